//! A schema for another database is an error for `check`, never "In sync".

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_prisma-drift");

fn schema_for(provider: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("schema.prisma"),
        format!("datasource db {{\n  provider = \"{provider}\"\n  url      = env(\"DATABASE_URL\")\n}}\n"),
    )
    .unwrap();
    dir
}

#[tokio::test]
async fn other_providers_are_an_error_not_in_sync() {
    // An empty database and a schema without models: a PostgreSQL schema is in sync here.
    let db = super::support::scratch_database("provider").await;
    for (provider, expect_code) in [
        ("postgresql", 0),
        ("postgres", 0),
        ("mysql", 1),
        ("sqlite", 1),
        ("cockroachdb", 1),
    ] {
        let dir = schema_for(provider);
        let out = Command::new(BIN)
            .args(["check", "--schema"])
            .arg(dir.path().join("schema.prisma"))
            .args(["--url", &db.url()])
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(expect_code), "{provider}: {stderr}");
        if expect_code == 1 {
            assert!(
                stderr.contains(&format!("provider is \"{provider}\""))
                    && stderr.contains("PostgreSQL"),
                "{provider}: {stderr}"
            );
        }
    }
}
