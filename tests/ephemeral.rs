//! The ephemeral PostgreSQL launcher: start, stop, template cache, signals, root and non-root.
//!
//! Some tests run this test binary again as a child process (the ignored `helper` test below),
//! to kill it with signals or to run it as another user.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use prisma_drift::pg::ephemeral::run_as;
use prisma_drift::pg::{connect, ClusterSource, EphemeralOptions, EphemeralServer};

const HELPER_ENV: &str = "PRISMA_DRIFT_TEST_HELPER";

fn alive(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
}

/// Children of `pid` (the postmaster's backends and auxiliary processes), from /proc.
fn children(pid: u32) -> Vec<u32> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(child) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // Fields after the parenthesised command name: state, ppid, ...
        let after = stat.rsplit_once(')').map_or("", |(_, r)| r);
        if after.split_whitespace().nth(1) == Some(&pid.to_string()) {
            found.push(child);
        }
    }
    found
}

/// Polls `done` for up to `limit`; the bound only keeps a broken build from hanging.
fn eventually(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + limit;
    while Instant::now() < end {
        if done() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    done()
}

async fn select_one(config: &prisma_drift::pg::ConnConfig) -> String {
    let (client, _task) = connect(config)
        .await
        .unwrap_or_else(|e| panic!("connect to {config}: {e}"));
    let row = client
        .query_one(
            "SELECT current_user::text || '@' || current_database()",
            &[],
        )
        .await
        .unwrap();
    row.get(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_use_stop_leaves_no_process_and_no_directory() {
    let server = EphemeralServer::start_async(EphemeralOptions::default())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let (pid, dir) = (server.pid(), server.socket_dir().to_path_buf());
    println!(
        "PostgreSQL {} as {} in {}: {:?} in {:?}",
        server.binaries().version,
        server.run_as().name,
        dir.display(),
        server.startup().source,
        server.startup().elapsed
    );
    assert!(alive(pid));
    assert!(server.data_dir().join("PG_VERSION").is_file());

    let who = run_as().unwrap();
    let meta = std::fs::metadata(server.data_dir()).unwrap();
    use std::os::unix::fs::MetadataExt;
    assert_eq!(
        meta.uid(),
        who.uid,
        "data directory belongs to the server's user"
    );
    if who.switch {
        assert_ne!(who.uid, 0, "running as root, the server must not");
        let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
        let uid_line = status.lines().find(|l| l.starts_with("Uid:")).unwrap();
        assert!(
            uid_line.split_whitespace().nth(1) == Some(&who.uid.to_string()),
            "postmaster runs as {}: {uid_line}",
            who.name
        );
    }

    // Only a unix socket: nothing listening on TCP.
    let settings = {
        let (client, _task) = connect(&server.config()).await.unwrap();
        let row = client
            .query_one(
                "SELECT current_setting('listen_addresses'), current_setting('fsync'), \
                 current_setting('full_page_writes'), current_setting('synchronous_commit'), \
                 current_setting('server_encoding')",
                &[],
            )
            .await
            .unwrap();
        (0..5).map(|i| row.get::<_, String>(i)).collect::<Vec<_>>()
    };
    assert_eq!(settings, ["", "off", "off", "off", "UTF8"]);

    assert_eq!(select_one(&server.config()).await, "postgres@postgres");
    let shadow = server.create_database("shadow \"db\"").await.unwrap();
    assert_eq!(select_one(&shadow).await, "postgres@shadow \"db\"");
    let again = server.create_database("shadow \"db\"").await.unwrap_err();
    assert!(again.to_string().contains("already exists"), "{again}");

    let helpers = children(pid);
    assert!(!helpers.is_empty(), "postmaster has auxiliary processes");
    drop(server);
    assert!(!alive(pid), "postmaster {pid} still running");
    for child in helpers {
        assert!(!alive(child), "server process {child} still running");
    }
    assert!(!dir.exists(), "{} still exists", dir.display());
}

#[test]
fn template_cache_makes_later_starts_warm() {
    let cache = tempfile::tempdir().unwrap();
    let options = EphemeralOptions {
        cache_dir: Some(cache.path().to_path_buf()),
        ..EphemeralOptions::default()
    };
    let cold = EphemeralServer::start_with(&options).unwrap_or_else(|e| panic!("{e}"));
    let template = match &cold.startup().source {
        ClusterSource::InitdbCached(t) => t.clone(),
        other => panic!(
            "first start should run initdb and cache a template, got {other:?} {:?}",
            cold.startup().warnings
        ),
    };
    assert!(template.starts_with(cache.path().join("templates")));
    assert!(template.join("PG_VERSION").is_file());
    let cold_time = cold.startup().elapsed;
    drop(cold);

    let warm = EphemeralServer::start_with(&options).unwrap();
    assert_eq!(
        warm.startup().source,
        ClusterSource::Template(template.clone())
    );
    let warm_time = warm.startup().elapsed;
    // The template is a copy, not the running cluster.
    assert!(!template.join("postmaster.pid").exists());
    drop(warm);

    let uncached = EphemeralServer::start_with(&EphemeralOptions {
        use_template_cache: false,
        ..options.clone()
    })
    .unwrap();
    assert_eq!(uncached.startup().source, ClusterSource::Initdb);
    drop(uncached);

    // No staging directories left behind.
    let leftovers: Vec<_> = std::fs::read_dir(cache.path().join("templates"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    println!(
        "cold start (initdb + cache): {cold_time:?}; warm start (template copy): {warm_time:?}"
    );
}

#[test]
fn a_broken_template_is_not_used() {
    let cache = tempfile::tempdir().unwrap();
    let options = EphemeralOptions {
        cache_dir: Some(cache.path().to_path_buf()),
        ..EphemeralOptions::default()
    };
    let first = EphemeralServer::start_with(&options).unwrap();
    let ClusterSource::InitdbCached(template) = first.startup().source.clone() else {
        panic!("expected a new template");
    };
    drop(first);
    std::fs::remove_file(template.join("global").join("pg_control")).unwrap();
    let second = EphemeralServer::start_with(&options).unwrap();
    assert!(
        matches!(second.startup().source, ClusterSource::InitdbCached(_)),
        "{:?}",
        second.startup().source
    );
    assert!(
        template.join("global").join("pg_control").is_file(),
        "template repaired"
    );
}

#[test]
fn concurrent_starts_share_one_template() {
    let cache = tempfile::tempdir().unwrap();
    let options = EphemeralOptions {
        cache_dir: Some(cache.path().to_path_buf()),
        ..EphemeralOptions::default()
    };
    let servers: Vec<EphemeralServer> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..3)
            .map(|_| s.spawn(|| EphemeralServer::start_with(&options).unwrap()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let dirs: Vec<PathBuf> = servers
        .iter()
        .map(|s| s.socket_dir().to_path_buf())
        .collect();
    assert_eq!(dirs.len(), 3);
    assert!(dirs[0] != dirs[1] && dirs[1] != dirs[2]);
    drop(servers);
    assert!(dirs.iter().all(|d| !d.exists()));
    let entries = std::fs::read_dir(cache.path().join("templates"))
        .unwrap()
        .count();
    assert_eq!(entries, 1);
}

// ---------------------------------------------------------------------------------------------
// Child processes: signals, hard kill, another user

/// Entry point of the child processes; does nothing unless started by the tests below.
#[test]
#[ignore = "helper process started by other tests in this file"]
fn helper() {
    let Ok(mode) = std::env::var(HELPER_ENV) else {
        return;
    };
    match mode.as_str() {
        "hold" => {
            let server = EphemeralServer::start().unwrap_or_else(|e| panic!("{e}"));
            println!("SERVER {} {}", server.pid(), server.socket_dir().display());
            // Bounded, so an orphaned helper ends by itself.
            std::thread::sleep(Duration::from_secs(60));
        }
        "check" => {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            for round in ["first", "second"] {
                let server = EphemeralServer::start().unwrap_or_else(|e| panic!("{e}"));
                let who = rt.block_on(select_one(&server.config()));
                println!(
                    "CHECK {round} uid={} as={} switch={} source={:?} who={who}",
                    euid(),
                    server.run_as().name,
                    server.run_as().switch,
                    server.startup().source,
                );
            }
        }
        other => panic!("unknown helper mode {other}"),
    }
}

fn euid() -> u32 {
    // SAFETY: cannot fail.
    unsafe { libc::geteuid() }
}

fn spawn_helper(mode: &str, configure: impl FnOnce(&mut Command)) -> Child {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args([
        "helper",
        "--exact",
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ])
    .env(HELPER_ENV, mode)
    .stdout(Stdio::piped())
    .stderr(Stdio::inherit());
    configure(&mut cmd);
    cmd.spawn().unwrap()
}

/// Reads the helper's `SERVER <pid> <dir>` line.
fn server_of(child: &mut Child) -> (u32, PathBuf) {
    let stdout = child.stdout.take().unwrap();
    for line in BufReader::new(stdout).lines() {
        let line = line.unwrap();
        // libtest may print "test helper ... " on the same line first.
        if let Some(rest) = line.find("SERVER ").map(|i| &line[i + 7..]) {
            let (pid, dir) = rest.split_once(' ').unwrap();
            return (pid.parse().unwrap(), PathBuf::from(dir));
        }
    }
    panic!("helper printed no SERVER line");
}

fn kill(pid: u32, signal: i32) {
    // SAFETY: plain syscall on a process this test started.
    assert_eq!(unsafe { libc::kill(pid as i32, signal) }, 0);
}

fn signal_test(signal: i32, expected_code: i32) {
    let mut child = spawn_helper("hold", |_| {});
    let (pid, dir) = server_of(&mut child);
    assert!(alive(pid) && dir.exists());
    kill(child.id(), signal);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(expected_code), "{status}");
    assert!(!alive(pid), "postmaster {pid} survived");
    assert!(!dir.exists(), "{} survived", dir.display());
}

#[test]
fn sigterm_stops_the_server_and_exits_143() {
    signal_test(libc::SIGTERM, 143);
}

#[test]
fn sigint_stops_the_server_and_exits_130() {
    signal_test(libc::SIGINT, 130);
}

#[test]
fn watchdog_cleans_up_after_sigkill() {
    let mut child = spawn_helper("hold", |_| {});
    let (pid, dir) = server_of(&mut child);
    kill(child.id(), libc::SIGKILL);
    child.wait().unwrap();
    assert!(
        eventually(Duration::from_secs(30), || !alive(pid) && !dir.exists()),
        "postmaster {pid} or {} survived the launcher's death",
        dir.display()
    );
}

/// As root, also run the launcher as an ordinary user (`nobody`); as an ordinary user, run it
/// as that same user. Either way the non-root path is exercised, cold then warm.
#[test]
fn works_for_an_unprivileged_user() {
    let me = euid();
    let cache = tempfile::tempdir().unwrap();
    let work = tempfile::tempdir().unwrap();
    let (uid, gid) = if me == 0 { (65534, 65534) } else { (me, me) };
    if me == 0 {
        for dir in [cache.path(), work.path()] {
            std::os::unix::fs::chown(dir, Some(uid), Some(gid)).unwrap();
        }
    }
    let child = spawn_helper("check", |cmd| {
        cmd.env("XDG_CACHE_HOME", cache.path())
            .env("HOME", work.path())
            .env_remove("PRISMA_DRIFT_PG_USER")
            .current_dir(work.path());
        if me == 0 {
            use std::os::unix::process::CommandExt;
            cmd.uid(uid).gid(gid);
        }
    });
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "helper failed: {text}");
    let checks: Vec<&str> = text
        .lines()
        .filter_map(|l| l.find("CHECK ").map(|i| &l[i..]))
        .collect();
    println!("{}", checks.join("\n"));
    assert_eq!(checks.len(), 2, "{text}");
    assert!(checks[0].contains(&format!("uid={uid} ")) && checks[0].contains("switch=false"));
    assert!(checks[0].contains("source=InitdbCached"), "{}", checks[0]);
    assert!(checks[1].contains("source=Template"), "{}", checks[1]);
    assert!(checks.iter().all(|c| c.ends_with("who=postgres@postgres")));
}
