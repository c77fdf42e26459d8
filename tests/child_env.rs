//! The throwaway server's environment. A test binary of its own: it changes the process
//! environment, which no other test may see.

use std::collections::BTreeSet;

use prisma_drift::pg::{EphemeralOptions, EphemeralServer};

/// The variables of a process, from `/proc/<pid>/environ`.
fn environment_of(pid: u32) -> Vec<(String, String)> {
    let raw = std::fs::read(format!("/proc/{pid}/environ"))
        .unwrap_or_else(|e| panic!("cannot read the environment of process {pid}: {e}"));
    raw.split(|b| *b == 0)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            let entry = String::from_utf8_lossy(entry);
            let (name, value) = entry.split_once('=').unwrap_or((&entry, ""));
            (name.to_string(), value.to_string())
        })
        .collect()
}

/// The parent of a process, from `/proc/<pid>/stat`.
fn parent_of(pid: u32) -> u32 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // `pid (comm) state ppid …`; comm may hold spaces, so count from the last ')'.
    let after = &stat[stat.rfind(')').unwrap() + 2..];
    after.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// Attacks: secrets of the caller read by a migration. Whoever writes a migration replayed on
/// the throwaway server can read that server's environment (`/proc/<pid>/environ`, or
/// `COPY … TO PROGRAM 'env'` as the superuser the replay runs as), so the server must start
/// without ours: no `DATABASE_URL`, no `PGPASSWORD`, no CI token — only what it needs.
#[test]
fn the_throwaway_server_does_not_inherit_our_environment() {
    let secrets = [
        (
            "DATABASE_URL",
            "postgresql://ci:env-secret-database-url@db/app",
        ),
        ("PGPASSWORD", "env-secret-pgpassword"),
        ("CI_JOB_TOKEN", "env-secret-ci-token"),
    ];
    for (name, value) in secrets {
        std::env::set_var(name, value);
    }
    // A cold start (initdb) and a warm one (template copy) both go through the launcher.
    let cache = tempfile::tempdir().unwrap();
    for round in ["initdb", "template"] {
        let server = EphemeralServer::start_with(&EphemeralOptions {
            cache_dir: Some(cache.path().to_path_buf()),
            handle_signals: false,
            ..EphemeralOptions::default()
        })
        .unwrap_or_else(|e| panic!("the ephemeral server starts: {e}"));
        let postmaster = server.pid();
        let watchdog = parent_of(postmaster);
        for (what, pid) in [("postgres", postmaster), ("its watchdog shell", watchdog)] {
            let env = environment_of(pid);
            for (name, value) in &env {
                assert!(
                    !value.contains("env-secret"),
                    "{round}: {what} inherited {name}={value}"
                );
            }
            let names: BTreeSet<&str> = env.iter().map(|(n, _)| n.as_str()).collect();
            let allowed = [
                "PATH",
                "HOME",
                "LANG",
                "LC_ALL",
                "TZ",
                "LD_LIBRARY_PATH",
                "PWD",
            ];
            let unexpected: Vec<&&str> = names
                .iter()
                .filter(|n| !allowed.contains(n) && !n.starts_with("LC_"))
                .collect();
            assert!(
                unexpected.is_empty(),
                "{round}: {what} has variables it does not need: {unexpected:?}"
            );
        }
    }
}
