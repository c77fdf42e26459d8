//! No false drift: for every corpus project, a database built from Prisma's own
//! SQL for the schema (`expected/prisma-from-empty.sql`) is in sync with the
//! schema — including trigger.dev, where Prisma itself reports drift on its own
//! SQL because it drops BTree operator classes when it reads the database back.

mod shared;
mod support;

use prisma_drift::diff::Severity;
use prisma_drift::run::{self, CheckOptions, Target};

fn extensions_to_create(project_dir: &std::path::Path) -> Vec<String> {
    let text = std::fs::read_to_string(project_dir.join("expected/groundtruth.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["from_empty"]["extensions_precreated"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Projects whose from-empty SQL needs an extension this server may lack.
fn required_extension(project: &str) -> Option<&'static str> {
    (project == "formbricks").then_some("vector")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn from_empty_databases_are_in_sync() {
    let projects = shared::corpus_projects();
    let mut checked = Vec::new();
    let mut skipped = Vec::new();
    let mut failures = Vec::new();
    for (name, schema_path) in &projects {
        let project_dir = schema_path.parent().unwrap();
        let db =
            support::scratch_database(&format!("corpus_{}", name.replace(['.', '-'], "_"))).await;
        let client = db.client().await;
        let mut extensions = extensions_to_create(project_dir);
        extensions.extend(required_extension(name).map(String::from));
        let mut missing_extension = None;
        for extension in &extensions {
            let sql = format!("CREATE EXTENSION IF NOT EXISTS \"{extension}\"");
            if let Err(e) = client.batch_execute(&sql).await {
                missing_extension = Some(format!("{extension}: {e}"));
            }
        }
        if let Some(reason) = missing_extension {
            println!("{name}: skipped, needs extension {reason}");
            skipped.push(name.clone());
            continue;
        }
        let sql =
            std::fs::read_to_string(project_dir.join("expected/prisma-from-empty.sql")).unwrap();
        client
            .batch_execute(&sql)
            .await
            .unwrap_or_else(|e| panic!("{name}: applying Prisma's SQL failed: {e}"));

        let parsed = prisma_drift::schema::load_schema(schema_path).unwrap();
        let report = run::check(&parsed, Target::Url(db.config()), &CheckOptions::default())
            .await
            .map(|outcome| outcome.report)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let count = |s: Severity| report.changes.iter().filter(|c| c.severity == s).count();
        println!(
            "{name}: {} tables, exit {}, {} drift, {} warnings, {} info",
            report.actual_counts.tables,
            report.exit_code(),
            count(Severity::Drift),
            count(Severity::Warning),
            count(Severity::Info)
        );
        if !report.is_in_sync() {
            let lines: Vec<String> = report
                .drift()
                .map(|c| format!("  {} {}: {}", c.kind, c.object.path(), c.message))
                .collect();
            failures.push(format!("{name}:\n{}", lines.join("\n")));
        }
        checked.push(name.clone());
    }
    println!(
        "checked {}: {}; skipped {}: {}",
        checked.len(),
        checked.join(", "),
        skipped.len(),
        skipped.join(", ")
    );
    assert!(failures.is_empty(), "false drift:\n{}", failures.join("\n"));
    if !shared::check_corpus_skips(&skipped) && !projects.is_empty() {
        assert!(checked.len() >= 10, "too few projects checked: {checked:?}");
    }
}
