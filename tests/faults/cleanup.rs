//! Nothing is left behind: signals during a cold start, leftovers of killed runs, the scratch
//! database on an existing server, a temporary directory the server cannot use.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use super::sandbox::{interrupt, marker, output, wait_for, wait_for_entry, Sandbox};

const INIT: (&str, &str) = (
    "20240101000000_init",
    "CREATE TABLE \"A\" (id int PRIMARY KEY);\n",
);

/// A migration that says it is running (a file written by the server) and then waits.
fn stalling_migration(sandbox: &Sandbox) -> String {
    format!(
        "CREATE TABLE \"A\" (id int PRIMARY KEY);\n\
         COPY (SELECT 1) TO PROGRAM 'touch {}';\n\
         SELECT pg_sleep(600);\n",
        marker(sandbox, "phase-replay").display()
    )
}

#[test]
fn a_signal_while_initdb_runs_leaves_nothing() {
    let sandbox = Sandbox::new(&[INIT]);
    fs::write(marker(&sandbox, "hold-initdb"), "").unwrap();
    let mut child = sandbox.spawn_check(&[]);
    wait_for(&marker(&sandbox, "phase-initdb"), &mut child);
    let status = interrupt(&mut child, libc::SIGTERM);
    let leftovers = sandbox.leftovers(child.id());
    let _ = fs::remove_file(marker(&sandbox, "hold-initdb"));
    assert_eq!(status.code(), Some(143), "{}", output(&mut child));
    assert_eq!(leftovers, Vec::<String>::new());
}

#[test]
fn a_signal_while_the_template_is_stored_leaves_nothing() {
    let sandbox = Sandbox::new(&[INIT]);
    // A large cluster, so that storing the template takes long enough to be interrupted.
    sandbox.write_wrappers("head -c 400000000 /dev/zero > \"$D/ballast\"");
    let mut child = sandbox.spawn_check(&[]);
    let templates = sandbox.cache.join("prisma-drift").join("templates");
    wait_for_entry(&templates, &mut child, |p| {
        p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with(".building-"))
    });
    let status = interrupt(&mut child, libc::SIGINT);
    assert_eq!(status.code(), Some(130), "{}", output(&mut child));
    assert_eq!(sandbox.leftovers(child.id()), Vec::<String>::new());
}

#[test]
fn leftovers_of_dead_runs_are_swept_and_live_ones_kept() {
    let sandbox = Sandbox::new(&[INIT]);
    let templates = sandbox.cache.join("prisma-drift").join("templates");
    // Process ids above the kernel's pid_max belong to no process.
    let dead = fs::read_to_string("/proc/sys/kernel/pid_max")
        .map_or(4_194_304, |t| t.trim().parse::<u32>().unwrap_or(4_194_304))
        + 1;
    let stale_tmp = sandbox.tmp.join(format!("prisma-drift-pg-{dead}-abc"));
    let stale_staging = templates.join(format!(".building-{dead}-xyz"));
    let live_tmp = sandbox
        .tmp
        .join(format!("prisma-drift-pg-{}-mine", std::process::id()));
    for dir in [&stale_tmp, &stale_staging, &live_tmp] {
        fs::create_dir_all(dir.join("data")).unwrap();
        fs::write(dir.join("data").join("file"), "x").unwrap();
    }
    let out = sandbox.spawn_check(&[]).wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!stale_tmp.exists() && !stale_staging.exists());
    assert!(live_tmp.exists(), "a live process's directory was removed");
    fs::remove_dir_all(&live_tmp).unwrap();
    assert_eq!(sandbox.leftovers(0), Vec::<String>::new());
}

#[test]
fn the_scratch_database_on_an_existing_server_is_dropped_on_a_signal() {
    let server = super::support::test_server().config().clone();
    let sandbox = Sandbox::new(&[]);
    sandbox.add_migration("20240101000000_init", &stalling_migration(&sandbox));
    let url = server.url_with_password();
    let mut child = sandbox.spawn_check(&["--shadow-url", &url]);
    wait_for(&marker(&sandbox, "phase-replay"), &mut child);
    let status = interrupt(&mut child, libc::SIGTERM);
    assert_eq!(status.code(), Some(143), "{}", output(&mut child));
    let pattern = format!("prisma_drift_shadow_{}_%", child.id());
    let left = super::admin_query(&format!(
        "SELECT count(*) FROM pg_database WHERE datname LIKE '{pattern}'"
    ));
    assert_eq!(left, "0", "the scratch database is still there");
}

#[test]
fn a_temporary_directory_the_server_cannot_use_is_a_clear_error_and_leaves_nothing() {
    let sandbox = Sandbox::new(&[INIT]);
    // Root: the server runs as another user, who cannot enter a private directory.
    // Anyone else: a directory without write permission.
    let mode = if unsafe { libc::geteuid() } == 0 {
        0o700
    } else {
        0o500
    };
    fs::set_permissions(&sandbox.tmp, fs::Permissions::from_mode(mode)).unwrap();
    let out = sandbox.spawn_check(&[]).wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    fs::set_permissions(&sandbox.tmp, fs::Permissions::from_mode(0o777)).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&sandbox.tmp.display().to_string()),
        "{stderr}"
    );
    assert!(stderr.contains("TMPDIR"), "{stderr}");
    assert_eq!(sandbox.leftovers(0), Vec::<String>::new());
}

#[test]
fn signals_while_migrations_replay_leave_nothing_cold_or_warm() {
    for (round, signal, code) in [
        ("cold", libc::SIGTERM, 143),
        ("warm", libc::SIGINT, 130),
        ("warm", libc::SIGHUP, 129),
        // npm's launcher forwards SIGQUIT too.
        ("warm", libc::SIGQUIT, 131),
    ] {
        let sandbox = Sandbox::new(&[]);
        if round == "warm" {
            // A first run stores the template.
            sandbox.add_migration("20240101000000_init", INIT.1);
            let out = sandbox.spawn_check(&[]).wait_with_output().unwrap();
            assert_eq!(
                out.status.code(),
                Some(0),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            fs::remove_dir_all(
                sandbox
                    .project
                    .join("migrations")
                    .join("20240101000000_init"),
            )
            .unwrap();
        }
        sandbox.add_migration("20240101000001_stall", &stalling_migration(&sandbox));
        let mut child = sandbox.spawn_check(&[]);
        wait_for(&marker(&sandbox, "phase-replay"), &mut child);
        let status = interrupt(&mut child, signal);
        assert_eq!(status.code(), Some(code), "{round}: {}", output(&mut child));
        assert_eq!(
            sandbox.leftovers(child.id()),
            Vec::<String>::new(),
            "{round}"
        );
    }
}

#[test]
fn a_signal_while_the_template_is_copied_leaves_nothing() {
    let sandbox = Sandbox::new(&[INIT]);
    sandbox.write_wrappers("head -c 400000000 /dev/zero > \"$D/ballast\"");
    let out = sandbox.spawn_check(&[]).wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Warm start: the copy of the large template is under way when the data folder appears.
    let mut child = sandbox.spawn_check(&[]);
    let tmp = sandbox.tmp.clone();
    wait_for_entry(&tmp, &mut child, |p| p.join("data").exists());
    let status = interrupt(&mut child, libc::SIGTERM);
    assert_eq!(status.code(), Some(143), "{}", output(&mut child));
    assert_eq!(sandbox.leftovers(child.id()), Vec::<String>::new());
}
