//! Migrations without a database (`check --migrations`, replayed in a throwaway
//! PostgreSQL) and `status` against `_prisma_migrations`.

mod support;

use support::fixtures::copy_dir;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};
use support::cli::{snapshot_settings, text};

const BIN: &str = env!("CARGO_BIN_EXE_prisma-drift");

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/migrations")
}

fn shop_schema() -> String {
    fixtures().join("shop.prisma").display().to_string()
}

fn shop_migrations() -> PathBuf {
    fixtures().join("shop")
}

fn command(args: &[&str]) -> Command {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .env_remove("DATABASE_URL")
        .env("NO_COLOR", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

#[test]
fn replayed_migrations_in_sync_then_drift() {
    let migrations = shop_migrations().display().to_string();
    let output = command(&[
        "check",
        "--schema",
        &shop_schema(),
        "--migrations",
        &migrations,
    ])
    .output()
    .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}{}",
        text(&output.stdout),
        text(&output.stderr)
    );

    // A migration the schema does not know about is drift.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&shop_migrations(), dir.path());
    let extra = dir.path().join("20240401000000_hotfix");
    std::fs::create_dir(&extra).unwrap();
    std::fs::write(
        extra.join("migration.sql"),
        "CREATE INDEX \"Order_status_idx\" ON \"Order\"(\"status\");\n",
    )
    .unwrap();
    let output = command(&[
        "check",
        "--schema",
        &shop_schema(),
        "--migrations",
        &dir.path().display().to_string(),
        "--format",
        "json",
    ])
    .output()
    .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let change = &json["changes"][0];
    assert_eq!(change["kind"], "index_extra");
    assert_eq!(change["object"]["name"], "Order_status_idx");
}

/// `check --migrations` on the shop migrations, then `script` as `20240401000000_broken`,
/// then a migration that would succeed.
fn check_with_broken(script: &[u8]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&shop_migrations(), dir.path());
    for (name, sql) in [
        ("20240401000000_broken", script),
        (
            "20240402000000_after",
            b"CREATE TABLE \"After\" (id int);\n".as_slice(),
        ),
    ] {
        std::fs::create_dir(dir.path().join(name)).unwrap();
        std::fs::write(dir.path().join(name).join("migration.sql"), sql).unwrap();
    }
    command(&[
        "check",
        "--schema",
        &shop_schema(),
        "--migrations",
        &dir.path().display().to_string(),
    ])
    .output()
    .unwrap()
}

/// Every folder of `tests/fixtures/migrations/broken/` (see its README): the replay stops at
/// the broken migration with exit 1 and one line that names it, where and why.
#[test]
fn broken_migrations_stop_the_replay_with_one_line() {
    let cases = support::fixtures::case_dirs("migrations/broken");
    assert!(cases.len() >= 6, "{cases:?}");
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let output = check_with_broken(&std::fs::read(case.join("migration.sql")).unwrap());
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{name}: {stderr}");
        let lines: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error")).collect();
        assert_eq!(lines.len(), 1, "{name}: {stderr}");
        assert!(
            lines[0].contains("20240401000000_broken"),
            "{name}: {stderr}"
        );
        assert!(
            lines[0].len() < 3_000,
            "{name}: a line of {} bytes",
            lines[0].len()
        );
        snapshot_settings().bind(|| {
            insta::assert_snapshot!(format!("broken_migration__{name}"), lines[0]);
        });
    }
}

/// A failing migration runs once: finding the failing statement must not run it again (a
/// rollback does not undo everything: here, a file the server writes).
#[test]
fn a_failing_migration_runs_once() {
    let markers = tempfile::tempdir().unwrap();
    std::fs::set_permissions(
        markers.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o777),
    )
    .unwrap();
    let script = format!(
        "DO $$ BEGIN EXECUTE pg_catalog.format('COPY (SELECT 1) TO %L', \
           '{}/run-' || pg_catalog.clock_timestamp()); END $$;\n\nSELECT 1 / 0;\n",
        markers.path().display()
    );
    let output = check_with_broken(script.as_bytes());
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("line 3"), "{stderr}");
    let runs = std::fs::read_dir(markers.path()).unwrap().count();
    assert_eq!(runs, 1, "the migration ran {runs} times: {stderr}");
}

#[test]
fn a_folder_without_its_script_is_reported_not_skipped() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&shop_migrations(), dir.path());
    std::fs::create_dir(dir.path().join("20240401000000_empty")).unwrap();
    let output = command(&[
        "check",
        "--schema",
        &shop_schema(),
        "--migrations",
        &dir.path().display().to_string(),
    ])
    .output()
    .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("20240401000000_empty has no migration.sql"),
        "{stderr}"
    );
}

#[test]
fn init_sql_runs_before_the_first_migration() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&shop_migrations(), dir.path());
    // The first migration now needs a function only the platform provides.
    let init = dir.path().join("20240101000000_init/migration.sql");
    let script = std::fs::read_to_string(&init).unwrap();
    std::fs::write(&init, format!("SELECT platform_ready();\n{script}")).unwrap();
    let platform = dir.path().join("platform.sql");
    std::fs::write(
        &platform,
        "CREATE FUNCTION platform_ready() RETURNS int LANGUAGE sql AS 'SELECT 1';\n",
    )
    .unwrap();
    let migrations = dir.path().display().to_string();
    let without = command(&[
        "check",
        "--schema",
        &shop_schema(),
        "--migrations",
        &migrations,
    ])
    .output()
    .unwrap();
    assert_eq!(without.status.code(), Some(1), "{}", text(&without.stderr));
    let with = command(&[
        "check",
        "--schema",
        &shop_schema(),
        "--migrations",
        &migrations,
        "--init-sql",
        &platform.display().to_string(),
        "--ignore",
        "unmanaged_function:*",
    ])
    .output()
    .unwrap();
    assert_eq!(
        with.status.code(),
        Some(0),
        "{}{}",
        text(&with.stdout),
        text(&with.stderr)
    );
}

const HISTORY_DDL: &str = r#"
CREATE TABLE "_prisma_migrations" (
    "id" VARCHAR(36) NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "_prisma_migrations_pkey" PRIMARY KEY ("id")
);"#;

/// Inserts a history row the way Prisma writes one; the checksum is computed
/// by PostgreSQL from the script, independently of our code.
async fn record(
    client: &tokio_postgres::Client,
    name: &str,
    script: &str,
    finished: bool,
    rolled_back: bool,
    logs: Option<&str>,
) {
    client
        .execute(
            "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
             VALUES (md5(random()::text), encode(sha256(convert_to($1, 'UTF8')), 'hex'),
                     CASE WHEN $2 THEN '2024-05-01 10:00:00+00'::timestamptz END, $3, $4,
                     CASE WHEN $5 THEN '2024-05-02 10:00:00+00'::timestamptz END,
                     '2024-05-01 09:59:59+00', CASE WHEN $2 THEN 1 ELSE 0 END)",
            &[&script, &finished, &name, &logs, &rolled_back],
        )
        .await
        .unwrap();
}

fn script(name: &str) -> String {
    std::fs::read_to_string(shop_migrations().join(name).join("migration.sql")).unwrap()
}

struct StatusRun {
    code: Option<i32>,
    json: serde_json::Value,
    human: String,
}

fn status(url: &str, migrations: &Path) -> StatusRun {
    let migrations = migrations.display().to_string();
    let args = [
        "status",
        "--schema",
        &shop_schema(),
        "--migrations",
        &migrations,
        "--url",
        url,
    ];
    let json_out: Output = command(&[&args[..], &["--format", "json"]].concat())
        .output()
        .unwrap();
    let human_out: Output = command(&args).output().unwrap();
    assert_eq!(json_out.status.code(), human_out.status.code());
    StatusRun {
        code: json_out.status.code(),
        json: serde_json::from_slice(&json_out.stdout).unwrap_or_else(|e| {
            panic!("{e}: {}{}", text(&json_out.stdout), text(&json_out.stderr))
        }),
        human: text(&human_out.stdout),
    }
}

fn states(run: &StatusRun) -> Vec<(String, String)> {
    run.json["migrations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["name"].as_str().unwrap().to_string(),
                m["state"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_reports_every_state() {
    let names = [
        "20240101000000_init",
        "20240201000000_orders",
        "20240301000000_order_status",
    ];
    let db = support::scratch_database("status").await;
    let client = db.client().await;
    let url = db.url();

    // No history table: everything is pending.
    let run = status(&url, &shop_migrations());
    assert_eq!(run.code, Some(2));
    assert_eq!(run.json["history_table_exists"], false);
    assert!(states(&run).iter().all(|(_, s)| s == "pending"));

    client.batch_execute(HISTORY_DDL).await.unwrap();
    for name in names {
        record(&client, name, &script(name), true, false, None).await;
    }
    let run = status(&url, &shop_migrations());
    assert_eq!(run.code, Some(0), "{}", run.human);
    assert!(
        states(&run).iter().all(|(_, s)| s == "applied"),
        "{:?}",
        states(&run)
    );
    let target = db.config().to_string();
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(
            "status__all_applied",
            run.human
                .replace(&target, "<database>")
                .replace(&shop_migrations().display().to_string(), "<migrations>")
        )
    });

    last_migration_states(&client, &url, &names).await;
    edited_and_removed_migrations(&client, &url, &names).await;
}

/// Pending, failed, rolled back: the last migration's row says which.
async fn last_migration_states(client: &tokio_postgres::Client, url: &str, names: &[&str; 3]) {
    for (finished, rolled_back, logs, expected) in [
        (None, false, None, "pending"),
        (
            Some(false),
            false,
            Some("ERROR: deadlock detected"),
            "failed",
        ),
        (Some(false), true, None, "rolled_back"),
    ] {
        client.batch_execute("DELETE FROM _prisma_migrations WHERE migration_name = '20240301000000_order_status'").await.unwrap();
        if let Some(finished) = finished {
            record(
                client,
                names[2],
                &script(names[2]),
                finished,
                rolled_back,
                logs,
            )
            .await;
        }
        let run = status(url, &shop_migrations());
        assert_eq!(run.code, Some(2));
        assert_eq!(
            states(&run)[2],
            (names[2].to_string(), expected.to_string()),
            "{}",
            run.human
        );
        if let Some(logs) = logs {
            assert!(run.human.contains(logs), "{}", run.human);
        }
    }
}

/// A migration edited after it was applied; one applied whose folder is gone.
async fn edited_and_removed_migrations(
    client: &tokio_postgres::Client,
    url: &str,
    names: &[&str; 3],
) {
    // Edited after it was applied.
    client
        .batch_execute(
            "DELETE FROM _prisma_migrations WHERE migration_name = '20240301000000_order_status'",
        )
        .await
        .unwrap();
    record(
        client,
        names[2],
        "-- the script as it was when applied\n",
        true,
        false,
        None,
    )
    .await;
    let run = status(url, &shop_migrations());
    assert_eq!(run.code, Some(2));
    assert_eq!(states(&run)[2].1, "edited");

    // Applied, but its folder is gone.
    record(client, names[2], &script(names[2]), true, false, None).await;
    client.batch_execute("DELETE FROM _prisma_migrations WHERE checksum = encode(sha256(convert_to('-- the script as it was when applied\n', 'UTF8')), 'hex')").await.unwrap();
    record(
        client,
        "20231201000000_removed",
        "SELECT 1;\n",
        true,
        false,
        None,
    )
    .await;
    let run = status(url, &shop_migrations());
    assert_eq!(run.code, Some(2));
    assert_eq!(
        states(&run).last().unwrap(),
        &(
            "20231201000000_removed".to_string(),
            "missing_from_folder".to_string()
        )
    );
    assert_eq!(run.json["summary"]["applied"], 3);
}

fn postgres_processes_under(dir: &Path) -> Vec<String> {
    let needle = dir.display().to_string();
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        if cmdline.contains(&needle) && (cmdline.contains("postgres") || cmdline.contains("pg_ctl"))
        {
            found.push(cmdline);
        }
    }
    found
}

/// A folder whose replay takes long enough to interrupt.
fn slow_migrations(dir: &Path, count: usize) {
    std::fs::write(
        dir.join("migration_lock.toml"),
        "provider = \"postgresql\"\n",
    )
    .unwrap();
    for i in 0..count {
        let folder = dir.join(format!(
            "20240101{:02}{:02}{:02}_step",
            i / 3600,
            (i / 60) % 60,
            i % 60
        ));
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(
            folder.join("migration.sql"),
            format!("CREATE TABLE t{i} (id int);\nSELECT pg_sleep(0.05);\n"),
        )
        .unwrap();
    }
}

#[test]
fn sigint_during_a_replay_leaves_no_server_and_no_directory() {
    let work = tempfile::tempdir().unwrap();
    let temp_root = work.path().join("tmp");
    std::fs::create_dir(&temp_root).unwrap();
    // The server process runs as another user when we are root.
    std::fs::set_permissions(
        &temp_root,
        std::os::unix::fs::PermissionsExt::from_mode(0o1777),
    )
    .unwrap();
    let migrations = work.path().join("migrations");
    std::fs::create_dir(&migrations).unwrap();
    slow_migrations(&migrations, 400);
    let mut child = command(&[
        "check",
        "--schema",
        &shop_schema(),
        "--migrations",
        &migrations.display().to_string(),
    ])
    .env("TMPDIR", &temp_root)
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    // Wait until the server runs and the replay is under way.
    let started = Instant::now();
    while postgres_processes_under(&temp_root).is_empty() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the server never started"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the command ended early"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the replay ended before the signal"
    );
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(130), "{}", text(&output.stderr));
    // Cleanup is synchronous in the handler; give the kernel a moment to reap.
    let deadline = Instant::now() + Duration::from_secs(10);
    while !postgres_processes_under(&temp_root).is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        postgres_processes_under(&temp_root).is_empty(),
        "{:?}",
        postgres_processes_under(&temp_root)
    );
    let left: Vec<_> = std::fs::read_dir(&temp_root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn works_as_root_and_as_an_ordinary_user() {
    let migrations = shop_migrations().display().to_string();
    let as_me = command(&[
        "check",
        "--schema",
        &shop_schema(),
        "--migrations",
        &migrations,
    ])
    .output()
    .unwrap();
    assert_eq!(as_me.status.code(), Some(0), "{}", text(&as_me.stderr));
    if unsafe { libc::geteuid() } != 0 {
        println!(
            "running as an ordinary user: the root path is exercised in CI, which runs as root"
        );
        return;
    }
    // As root, also run as `nobody`, with its own writable cache and temp dirs.
    let home = tempfile::tempdir().unwrap();
    std::fs::set_permissions(
        home.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o1777),
    )
    .unwrap();
    let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .expect("setpriv (util-linux)");
    let output = Command::new(setpriv)
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(BIN)
        .args([
            "check",
            "--schema",
            &shop_schema(),
            "--migrations",
            &migrations,
        ])
        .env_remove("DATABASE_URL")
        .env("HOME", home.path())
        .env("XDG_CACHE_HOME", home.path().join("cache"))
        .env("TMPDIR", home.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "as nobody: {}{}",
        text(&output.stdout),
        text(&output.stderr)
    );
}
