//! A Prisma 7 app end to end: `prisma.config.ts` with a schema path, a custom
//! migrations path and `datasource.url` from an environment variable set in
//! `.env`. Every command runs with no flags and gives the right answer.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_prisma-drift");

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The app in a temporary folder, its `.env` naming `url`.
fn app(url: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("prisma7_app"), dir.path());
    copy_dir(
        &fixtures().join("migrations/shop"),
        &dir.path().join("db/history"),
    );
    std::fs::write(dir.path().join(".env"), format!("APP_DB_URL=\"{url}\"\n")).unwrap();
    dir
}

fn run(app: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(app)
        .env_remove("DATABASE_URL")
        .env_remove("APP_DB_URL")
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

fn assert_exit(output: &Output, expected: i32, what: &str) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(
        output.status.code(),
        Some(expected),
        "{what}\nstdout: {stdout}\nstderr: {stderr}"
    );
    stdout
}

/// Applies the app's migrations the way `prisma migrate deploy` does, history rows included.
async fn deploy(client: &tokio_postgres::Client, history: &Path) {
    client
        .batch_execute(
            r#"CREATE TABLE "_prisma_migrations" (
                "id" VARCHAR(36) NOT NULL PRIMARY KEY, "checksum" VARCHAR(64) NOT NULL,
                "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT,
                "rolled_back_at" TIMESTAMPTZ, "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
                "applied_steps_count" INTEGER NOT NULL DEFAULT 0)"#,
        )
        .await
        .unwrap();
    let mut names: Vec<String> = std::fs::read_dir(history)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| history.join(name).is_dir())
        .collect();
    names.sort();
    for name in names {
        let script = std::fs::read_to_string(history.join(&name).join("migration.sql")).unwrap();
        client.batch_execute(&script).await.unwrap();
        client
            .execute(
                "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count)
                 VALUES (md5(random()::text), encode(sha256(convert_to($1, 'UTF8')), 'hex'), now(), $2, 1)",
                &[&script, &name],
            )
            .await
            .unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_command_reads_prisma_config_and_needs_no_flags() {
    let db = support::scratch_database("prisma7_app").await;
    let app = app(&db.url());
    let dir = app.path();

    let out = assert_exit(&run(dir, &["validate"]), 0, "validate");
    assert!(out.contains("db/schema.prisma"), "{out}");
    assert_exit(&run(dir, &["format", "--check"]), 0, "format --check");
    // The migrations folder is db/history, from migrations.path; no database is needed.
    let out = assert_exit(
        &run(dir, &["check", "--migrations", "--format", "json"]),
        0,
        "check --migrations",
    );
    assert!(out.contains("\"in_sync\": true"), "{out}");

    // The database named by env('APP_DB_URL') in .env is empty: nothing is applied yet.
    let out = assert_exit(
        &run(dir, &["status", "--format", "json"]),
        2,
        "status before deploy",
    );
    assert!(out.contains("\"pending\": 3"), "{out}");
    assert_exit(&run(dir, &["check"]), 2, "check before deploy");

    deploy(&db.client().await, &dir.join("db/history")).await;
    assert_exit(&run(dir, &["status"]), 0, "status after deploy");
    let out = assert_exit(&run(dir, &["check"]), 0, "check after deploy");
    assert!(out.contains("In sync"), "{out}");
    let out = assert_exit(
        &run(dir, &["audit", "--format", "json"]),
        0,
        "audit after deploy",
    );
    let audit: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(audit["migrations"]["dir"], "db/history", "{out}");
    assert_eq!(audit["drift"]["in_sync"], true, "{out}");
}

/// A value the config computes is one clear line naming the property and the flag instead.
#[test]
fn a_computed_url_names_the_property_and_the_flag() {
    let app = app("postgresql://unused@127.0.0.1:1/app");
    let config = app.path().join("prisma.config.ts");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, text.replace("env('APP_DB_URL')", "readUrl()")).unwrap();
    let output = run(app.path(), &["check"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("prisma.config.ts: datasource.url"),
        "{stderr}"
    );
    assert!(stderr.contains("pass --url instead"), "{stderr}");
}
