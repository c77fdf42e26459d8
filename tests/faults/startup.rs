//! Failures say why: a server that does not start shows its log, a damaged template is
//! replaced without anyone's help.

use std::fs;

use super::sandbox::Sandbox;

const INIT: (&str, &str) = (
    "20240101000000_init",
    "CREATE TABLE \"A\" (id int PRIMARY KEY);\n",
);

fn run(sandbox: &Sandbox) -> (Option<i32>, String) {
    let out = sandbox.spawn_check(&[]).wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_server_that_does_not_start_shows_its_log() {
    let sandbox = Sandbox::new(&[INIT]);
    sandbox.write_wrappers("echo 'no_such_setting_here = 1' >> \"$D/postgresql.conf\"");
    let (code, stderr) = run(&sandbox);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("no_such_setting_here"), "{stderr}");
    assert!(!stderr.contains("no log output"), "{stderr}");
    assert_eq!(sandbox.leftovers(0), Vec::<String>::new());
}

#[test]
fn a_damaged_template_is_rebuilt() {
    let sandbox = Sandbox::new(&[INIT]);
    let (code, stderr) = run(&sandbox);
    assert_eq!(code, Some(0), "cold start: {stderr}");
    let template = fs::read_dir(sandbox.cache.join("prisma-drift").join("templates"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| !p.to_string_lossy().contains(".building-"))
        .expect("a template was stored");
    let control = template.join("global").join("pg_control");
    fs::write(&control, "").unwrap();
    let (code, stderr) = run(&sandbox);
    assert_eq!(code, Some(0), "damaged template: {stderr}");
    assert!(stderr.contains("rebuilt it"), "{stderr}");
    assert!(
        fs::metadata(&control).unwrap().len() > 0,
        "the template was not replaced"
    );
    let (code, stderr) = run(&sandbox);
    assert_eq!(code, Some(0), "after the rebuild: {stderr}");
    assert!(!stderr.contains("rebuilt"), "{stderr}");
    assert_eq!(sandbox.leftovers(0), Vec::<String>::new());
}

/// Mounts a tmpfs of `megabytes` on `dir` (root only); `false` when it cannot.
fn mount_small_tmpfs(dir: &std::path::Path, megabytes: u32) -> bool {
    std::process::Command::new("mount")
        .args([
            "-t",
            "tmpfs",
            "-o",
            &format!("size={megabytes}m,mode=1777"),
            "tmpfs",
        ])
        .arg(dir)
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn a_full_temporary_directory_is_a_clear_error_and_leaves_nothing() {
    let sandbox = Sandbox::new(&[INIT]);
    let (code, stderr) = run(&sandbox);
    assert_eq!(code, Some(0), "the template is made first: {stderr}");
    if unsafe { libc::geteuid() } != 0 || !mount_small_tmpfs(&sandbox.tmp, 4) {
        eprintln!("skipped: a small tmpfs needs root and mount");
        return;
    }
    // Warm (the cluster copied from the template) and cold (initdb, no cache) starts both
    // run out of room: 4 MB holds neither.
    let cold_cache = sandbox.dir.join("empty-cache");
    let warm = run(&sandbox);
    let cold = sandbox
        .check_command(&[])
        .env("XDG_CACHE_HOME", &cold_cache)
        .output()
        .unwrap();
    let left = sandbox.leftovers(0);
    let _ = std::process::Command::new("umount")
        .arg(&sandbox.tmp)
        .status();
    let cold = (
        cold.status.code(),
        String::from_utf8_lossy(&cold.stderr).into_owned(),
    );
    for (start, (code, stderr)) in [("warm", warm), ("cold", cold)] {
        assert_eq!(code, Some(1), "{start}: {stderr}");
        let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error")).collect();
        assert_eq!(errors.len(), 1, "{start}: {stderr}");
        assert!(errors[0].contains("no room"), "{start}: {stderr}");
        assert!(
            errors[0].contains(&sandbox.tmp.display().to_string()),
            "{start}: {stderr}"
        );
    }
    assert_eq!(left, Vec::<String>::new());
}
