//! A server with a small lock table: what the tool reads must never hold more locks at once
//! than a batch, whatever the number of tables.

use std::process::Command;

use prisma_drift::pg::ephemeral::{EphemeralOptions, EphemeralServer};

use super::sandbox::BIN;

/// Tables made one small transaction at a time (a `DO` block may commit), so that making
/// them fits the small lock table too.
fn tables_sql(n: usize) -> String {
    format!(
        "DO $$ BEGIN FOR i IN 1..{n} LOOP \
           EXECUTE format('CREATE TABLE %I (id int NOT NULL)', 't' || i); \
           IF i % 20 = 0 THEN COMMIT; END IF; \
         END LOOP; END $$"
    )
}

/// `audit --exact-counts` on 2,000 tables, on a server whose lock table has a few hundred
/// slots (10 locks a transaction, 20 connections): counting every table in one transaction
/// fails with "out of shared memory" (and so would other sessions meanwhile); counting in
/// batches that each end their transaction fits.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exact_counts_of_thousands_of_tables_fit_a_small_lock_table() {
    let server = EphemeralServer::start_async(EphemeralOptions {
        listen_tcp: true,
        settings: vec![
            ("max_locks_per_transaction".into(), "10".into()),
            ("max_connections".into(), "20".into()),
        ],
        ..EphemeralOptions::default()
    })
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    let config = server.tcp_config_for("postgres").unwrap();
    let (client, _task) = prisma_drift::pg::connect(&config).await.unwrap();
    client.batch_execute(&tables_sql(2_000)).await.unwrap();

    let project = tempfile::tempdir().unwrap();
    let schema = project.path().join("schema.prisma");
    std::fs::write(
        &schema,
        "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel t1 {\n  id Int @id\n}\n",
    )
    .unwrap();
    let output = Command::new(BIN)
        .args(["audit", "--exact-counts", "--format", "json", "--url"])
        .arg(config.url_with_password())
        .arg("--schema")
        .arg(&schema)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("shared memory"), "{stderr}");
    assert!(matches!(output.status.code(), Some(0 | 2)), "{stderr}");
    let audit: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(audit["data"]["counts"], "exact", "{stderr}");
    let tables = audit["data"]["tables"].as_array().unwrap();
    assert_eq!(tables.len(), 2_000);
    assert!(tables.iter().all(|t| t["rows"] == 0), "{stderr}");
}
