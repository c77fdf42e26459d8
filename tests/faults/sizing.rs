//! The throwaway server is sized for migrations, and takes settings from the command line.

use super::sandbox::Sandbox;

/// One migration (one transaction) creating `n` tables, each with a primary key index: about
/// two locks a table, all held until the migration ends.
fn many_tables(n: usize) -> String {
    format!(
        "DO $$ BEGIN FOR i IN 1..{n} LOOP \
           EXECUTE format('CREATE TABLE %I (id int PRIMARY KEY)', 't' || i); \
         END LOOP; END $$;\n\
         CREATE TABLE \"A\" (id int PRIMARY KEY);\n"
    )
}

fn check(sandbox: &Sandbox, extra: &[&str]) -> (Option<i32>, String) {
    let out = sandbox.spawn_check(extra).wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code(), stderr)
}

#[test]
fn a_migration_creating_thousands_of_tables_replays() {
    // 5,000 tables need about 10,000 locks; the default lock table has 6,400 slots
    // (max_locks_per_transaction 64 × 100 connections).
    let sandbox = Sandbox::new(&[("20240101000000_many", &many_tables(5_000))]);
    let (code, stderr) = check(&sandbox, &[]);
    assert!(!stderr.contains("out of shared memory"), "{stderr}");
    // The schema describes only "A": the 5,000 others are drift, not a failed replay.
    assert_eq!(code, Some(2), "{stderr}");
}

#[test]
fn shadow_settings_reach_the_throwaway_server() {
    let sandbox = Sandbox::new(&[(
        "20240101000000_init",
        "DO $$ BEGIN IF current_setting('max_locks_per_transaction') <> '2048' \
            OR current_setting('work_mem') <> '7MB' THEN \
            RAISE EXCEPTION 'settings not passed: %', current_setting('max_locks_per_transaction'); \
         END IF; END $$;\n\
         CREATE TABLE \"A\" (id int PRIMARY KEY);\n",
    )]);
    let (code, stderr) = check(
        &sandbox,
        &[
            "--shadow-setting",
            "max_locks_per_transaction=2048",
            "--shadow-setting",
            "work_mem=7MB",
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    // Fewer locks than the migration needs: the setting really is the server's.
    let sandbox = Sandbox::new(&[("20240101000000_many", &many_tables(5_000))]);
    let (code, stderr) = check(
        &sandbox,
        &["--shadow-setting", "max_locks_per_transaction=10"],
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("20240101000000_many"), "{stderr}");
}

#[test]
fn bad_shadow_settings_are_clear_errors() {
    let sandbox = Sandbox::new(&[]);
    for (arg, expect) in [
        ("nonsense", "NAME=VALUE"),
        ("bad name=1", "not a server setting name"),
    ] {
        let (code, stderr) = check(&sandbox, &["--shadow-setting", arg]);
        assert_eq!(code, Some(1), "{arg}: {stderr}");
        assert!(stderr.contains(expect), "{arg}: {stderr}");
    }
    let (code, stderr) = check(&sandbox, &["--shadow-setting", "no_such_parameter=1"]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("no_such_parameter"), "{stderr}");
}
