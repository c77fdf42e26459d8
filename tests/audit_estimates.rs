//! Row estimates on every major: `pg_class.reltuples` is -1 for a table never
//! analyzed from PostgreSQL 14 on, but 0 on 13, where 0 also means "empty".
//! A never-analyzed table with rows must read as unknown (no empty-table
//! advice), an analyzed empty one as 0.

mod support;

use std::path::Path;

use prisma_drift::migrations;
use prisma_drift::run::{self, AuditOptions, AuditSource};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn never_analyzed_is_unknown_not_empty() {
    let db = support::scratch_database("audit_estimates").await;
    let client = db.client().await;
    client
        .batch_execute(
            r#"CREATE TABLE "Filled" (id int PRIMARY KEY);
               CREATE TABLE "Empty" (id int PRIMARY KEY);
               CREATE TABLE "Unanalyzed" (id int PRIMARY KEY);
               INSERT INTO "Filled" SELECT g FROM generate_series(1, 500) g;
               ANALYZE "Filled";
               ANALYZE "Empty";
               INSERT INTO "Unanalyzed" SELECT g FROM generate_series(1, 500) g;"#,
        )
        .await
        .unwrap();
    let schema =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audit_estimates/schema.prisma");
    let parsed = prisma_drift::schema::load_schema(&schema).unwrap();
    let audit = run::audit(
        &parsed,
        &AuditSource::Live {
            config: db.config().clone(),
            migrations: None,
            migrations_dir: migrations::default_dir(&schema),
        },
        &AuditOptions::default(),
    )
    .await
    .unwrap_or_else(|e| panic!("the audit runs: {e}"));
    let major = support::server_major(&client).await;
    let rows = |table: &str| audit.data.table(table).unwrap().rows;
    assert_eq!(rows("public.Filled"), Some(500), "PostgreSQL {major}");
    assert_eq!(rows("public.Empty"), Some(0), "PostgreSQL {major}");
    assert_eq!(rows("public.Unanalyzed"), None, "PostgreSQL {major}");
    let empty_advice: Vec<&str> = audit
        .findings
        .iter()
        .filter(|f| f.kind.as_str() == "empty_table")
        .map(|f| f.message.as_str())
        .collect();
    assert!(
        empty_advice.iter().all(|m| !m.contains("Unanalyzed")),
        "PostgreSQL {major}: {empty_advice:?}"
    );
}
