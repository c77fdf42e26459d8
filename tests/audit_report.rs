//! The audit as a document: every appendix query gives the figure the report
//! printed; a role without privileges gets skips, not a failed run; a table
//! never analyzed has unknown rows, not zero (PostgreSQL 13's `reltuples = 0`
//! simulated); the ER diagrams parse; the main flow reads on GitHub (no table
//! wider than five columns outside `<details>`); and the Markdown and JSON
//! audit of a live database with drift, pending and failed migrations
//! (snapshots).

mod support;

use std::path::{Path, PathBuf};

use prisma_drift::audit::{Audit, CountMethod, Status};
use prisma_drift::migrations;
use prisma_drift::report;
use prisma_drift::run::{self, AuditOptions, AuditSource};
use support::{unique_name, RoleGuard};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

const MEDSPA_SCHEMA: &str = "examples/medspa/schema.prisma";

async fn audit_of(
    schema: &Path,
    config: &prisma_drift::pg::ConnConfig,
    folder_dir: Option<PathBuf>,
    exact_counts: bool,
) -> Result<Audit, run::RunError> {
    let parsed = prisma_drift::schema::load_schema(schema).unwrap();
    let dir = folder_dir.unwrap_or_else(|| migrations::default_dir(schema));
    let folder = migrations::read_folder(&dir, Some("postgresql")).ok();
    run::audit(
        &parsed,
        &AuditSource::Live {
            config: config.clone(),
            migrations: folder,
            migrations_dir: dir,
        },
        &AuditOptions {
            exact_counts,
            ..AuditOptions::default()
        },
    )
    .await
}

/// The medspa example replayed and seeded on the test server, then analyzed.
async fn medspa_database() -> support::ScratchDb {
    let db = support::scratch_database("audit_appendix").await;
    let client = db.client().await;
    let folder = migrations::read_folder(
        &root().join("examples/medspa/migrations"),
        Some("postgresql"),
    )
    .unwrap();
    migrations::replay::replay(&client, &folder, None, &mut |_, _, _| {})
        .await
        .unwrap();
    let seed = std::fs::read_to_string(root().join("examples/medspa/seed.sql")).unwrap();
    client.batch_execute(&seed).await.unwrap();
    client.batch_execute("ANALYZE").await.unwrap();
    db
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn appendix_queries_give_the_printed_figures() {
    let db = medspa_database().await;
    let audit = audit_of(&root().join(MEDSPA_SCHEMA), db.config(), None, false)
        .await
        .unwrap();
    let markdown = report::render_markdown(&audit);
    let client = db.client().await;
    assert!(audit.appendix.len() >= 10, "{:?}", audit.appendix);
    for query in &audit.appendix {
        let rows = client.simple_query(&query.sql).await.unwrap_or_else(|e| {
            panic!("{}: {e}\n{}", query.figure, query.sql);
        });
        let value = rows
            .iter()
            .find_map(|m| match m {
                tokio_postgres::SimpleQueryMessage::Row(row) => row.get(0).map(String::from),
                _ => None,
            })
            .unwrap();
        assert_eq!(value, query.value, "{}:\n{}", query.figure, query.sql);
        assert!(
            markdown.contains(&format!("**{}: {}**", query.figure, query.value)),
            "the report prints {}",
            query.figure
        );
    }
    // The figures are the inventory's, e.g. 54 tables and 26 foreign keys.
    let figure = |name: &str| {
        audit
            .appendix
            .iter()
            .find(|q| q.figure == name)
            .unwrap()
            .value
            .clone()
    };
    assert_eq!(figure("Tables"), "54");
    assert_eq!(figure("Foreign keys"), "26");
    assert_eq!(figure("Enums"), "64");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_role_without_privileges_gets_skips_not_a_failed_run() {
    let role = RoleGuard::new(unique_name("audit_noprivs"));
    let db = support::scratch_database("audit_noprivs").await;
    let admin = db.client().await;
    let shop = root().join("tests/fixtures/migrations/shop");
    let folder = migrations::read_folder(&shop, Some("postgresql")).unwrap();
    migrations::replay::replay(&admin, &folder, None, &mut |_, _, _| {})
        .await
        .unwrap();
    admin
        .batch_execute(&format!(
            r#"CREATE TABLE _prisma_migrations (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL,
                 finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text,
                 rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(),
                 applied_steps_count integer NOT NULL DEFAULT 0);
               CREATE ROLE "{r}" LOGIN;
               REVOKE ALL ON DATABASE "{d}" FROM PUBLIC;
               GRANT CONNECT ON DATABASE "{d}" TO "{r}";
               GRANT USAGE ON SCHEMA public TO "{r}";"#,
            r = role.name(),
            d = db.name()
        ))
        .await
        .unwrap();
    let mut config = db.config().clone();
    config.user = role.name().to_string();
    let audit = audit_of(
        &root().join("tests/fixtures/migrations/shop.prisma"),
        &config,
        Some(shop),
        true,
    )
    .await
    .unwrap_or_else(|e| panic!("the audit runs without privileges: {e}"));
    let applied = audit.check("migrations_applied").unwrap();
    assert_eq!(applied.status, Status::Skip, "{applied:?}");
    assert!(
        applied.detail.contains("_prisma_migrations") && applied.detail.contains("permission"),
        "{}",
        applied.detail
    );
    // count(*) is refused: the rows are the estimates, and the audit says why.
    assert_eq!(audit.data.counts, CountMethod::Estimate);
    assert!(audit
        .data
        .skipped
        .as_deref()
        .unwrap()
        .contains("permission denied"));
    assert!(!audit.security.superuser);
    assert_eq!(audit.security.role, role.name());
    let markdown = report::render_markdown(&audit);
    assert!(markdown.contains("| Migrations are applied | ⏭️ skip |"));
    drop(admin);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_table_never_analyzed_has_unknown_rows_not_zero() {
    let db = support::scratch_database("audit_reltuples").await;
    let client = db.client().await;
    client
        .batch_execute(
            r#"CREATE TABLE "Never" (id int PRIMARY KEY);
               CREATE TABLE "Analyzed" (id int PRIMARY KEY);
               ANALYZE "Analyzed";
               -- An estimate of 0 rows in 0 pages that is stale: the table has
               -- rows now (fewer than autovacuum's analyze threshold of 50). On
               -- PostgreSQL 13 a table never analyzed looks the same even when
               -- empty; tests/audit_estimates.rs covers that on a real 13.
               INSERT INTO "Never" SELECT pg_catalog.generate_series(1, 40);
               UPDATE pg_class SET reltuples = 0, relpages = 0
                WHERE oid = '"Never"'::regclass;"#,
        )
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("schema.prisma");
    std::fs::write(
        &schema,
        "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n\
         model Never {\n  id Int @id\n}\n\nmodel Analyzed {\n  id Int @id\n}\n",
    )
    .unwrap();
    let audit = audit_of(&schema, db.config(), None, false).await.unwrap();
    assert_eq!(audit.data.table("public.Never").unwrap().rows, None);
    assert_eq!(audit.data.table("public.Analyzed").unwrap().rows, Some(0));
    assert_eq!(audit.data.unknown_rows, 1);
    let empty: Vec<&str> = audit
        .findings
        .iter()
        .filter(|f| f.kind.as_str() == "empty_table")
        .map(|f| f.object.path.as_str())
        .collect();
    assert_eq!(empty, ["public.Analyzed"]);
}

/// The README's main job, in Markdown.
fn medspa_markdown() -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_prisma-drift"))
        .args([
            "audit",
            "--schema",
            MEDSPA_SCHEMA,
            "--migrations",
            "--seed",
            "examples/medspa/seed.sql",
        ])
        .env_remove("DATABASE_URL")
        .current_dir(root())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    String::from_utf8(output.stdout).unwrap()
}

/// A grammar check of the erDiagram subset the report writes: entity blocks
/// with `type name KEY` attributes, relations `A }o--|| B : "label"` between
/// declared entities.
fn check_er_diagram(text: &str) -> Result<(), String> {
    let word = r"[A-Za-z_][A-Za-z0-9_-]*";
    let open = regex::Regex::new(&format!(r"^    ({word}) \{{$")).unwrap();
    let attribute = regex::Regex::new(&format!(r"^        {word} {word} (PK|FK|PK, FK)$")).unwrap();
    let relation = regex::Regex::new(&format!(
        r#"^    ({word}) (\|o|\}}o|\|\||\}}\|)--(o\||\|\||o\{{|\|\{{) ({word}) : "[^"]*"$"#
    ))
    .unwrap();
    let mut lines = text.lines();
    if lines.next() != Some("erDiagram") {
        return Err("no erDiagram header".into());
    }
    let mut declared = std::collections::BTreeSet::new();
    let mut in_block = false;
    for line in lines {
        if in_block {
            if line == "    }" {
                in_block = false;
            } else if !attribute.is_match(line) {
                return Err(format!("bad attribute: {line}"));
            }
        } else if let Some(c) = open.captures(line) {
            declared.insert(c[1].to_string());
            in_block = true;
        } else if let Some(c) = relation.captures(line) {
            for name in [&c[1], &c[4]] {
                if !declared.contains(name) {
                    return Err(format!("relation to an undeclared entity: {line}"));
                }
            }
        } else {
            return Err(format!("bad line: {line}"));
        }
    }
    if in_block {
        return Err("unclosed entity".into());
    }
    Ok(())
}

fn mermaid_blocks(markdown: &str) -> Vec<String> {
    markdown
        .split("```mermaid\n")
        .skip(1)
        .map(|rest| rest.split("```").next().unwrap().to_string())
        .collect()
}

#[test]
fn the_er_diagrams_parse() {
    let markdown = medspa_markdown();
    let blocks = mermaid_blocks(&markdown);
    // Seven sections, one diagram each (the schema has more than 30 tables).
    assert_eq!(blocks.len(), 7);
    for block in &blocks {
        check_er_diagram(block).unwrap_or_else(|e| panic!("{e}\n{block}"));
    }
    // Every foreign key is one relation, in the diagram of its table's group.
    let relations: usize = blocks
        .iter()
        .map(|b| b.lines().filter(|l| l.contains("--")).count())
        .sum();
    assert_eq!(relations, 26);
    // The checker itself refuses what Mermaid refuses.
    assert!(check_er_diagram("erDiagram\n    A }o--|| B : \"x\"\n").is_err());
    assert!(check_er_diagram("erDiagram\n    A {\n        text id PK\n").is_err());
    assert!(check_er_diagram("graph TD\n").is_err());
    // Mermaid's own parser, headless, when the machine has the npm packages
    // (`npm install mermaid jsdom` in PRISMA_DRIFT_MERMAID_DIR, by default
    // ~/.cache/prisma-drift-ci/mermaid).
    let dir = std::env::var_os("PRISMA_DRIFT_MERMAID_DIR")
        .map(PathBuf::from)
        .or_else(|| dirs_home().map(|h| h.join(".cache/prisma-drift-ci/mermaid")))
        .filter(|d| {
            d.join("node_modules/mermaid").is_dir() && d.join("node_modules/jsdom").is_dir()
        });
    if let Some(dir) = dir {
        let scratch = tempfile::tempdir().unwrap();
        let files: Vec<String> = blocks
            .iter()
            .enumerate()
            .map(|(i, block)| {
                let file = scratch.path().join(format!("{i}.mmd"));
                std::fs::write(&file, block).unwrap();
                file.display().to_string()
            })
            .collect();
        let script =
            std::fs::read_to_string(root().join("tests/support/mermaid_parse.mjs")).unwrap();
        let output = std::process::Command::new("node")
            .args(["--input-type=module", "-e", &script])
            .env("MERMAID_FILES", files.join("\n"))
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "mermaid rejects a diagram: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        println!("mermaid parsed {} diagrams", blocks.len());
    } else {
        println!("mermaid not installed: grammar check only");
    }
}

fn dirs_home() -> Option<PathBuf> {
    std::env::var_os("HOME").map(PathBuf::from)
}

#[test]
fn the_main_flow_reads_on_github() {
    let markdown = medspa_markdown();
    let mut in_details = false;
    for line in markdown.lines() {
        if line.starts_with("<details>") {
            in_details = true;
        } else if line.starts_with("</details>") {
            in_details = false;
        } else if line.starts_with("|---") || line.starts_with("|--:") {
            let columns = line.matches('|').count() - 1;
            assert!(
                in_details || columns <= 5,
                "a table of {columns} columns in the main flow: {line}"
            );
        }
        assert!(!line.starts_with("| | |"), "an empty header row");
    }
    // One namespace: no `public.` prefix on the inventory's and data's rows.
    let inventory = markdown.split("## Inventory").nth(1).unwrap();
    let inventory = inventory.split("## Entity-relationship").next().unwrap();
    assert!(!inventory.contains("| `public."), "{inventory}");
}

fn snapshot_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings
}

/// What differs between machines and runs: the date, the server, sizes on disk.
fn redact(markdown: &str) -> String {
    let rules = [
        (r"(?m)^- \*\*Date:\*\* .*$", "- **Date:** [date]"),
        (r"(?m)^- \*\*Target:\*\* .*$", "- **Target:** [target]"),
        (
            r"(?m)^- \*\*PostgreSQL:\*\* .*$",
            "- **PostgreSQL:** [version]",
        ),
        // A throwaway test server is reached over a socket, a shared one by URL.
        (r"(?m)^- `sslmode`: .*$", "- `sslmode`: [sslmode]"),
        (r"\d+(?:\.\d)? [KMGT]?B(?: on disk| \|$)", "[size]"),
    ];
    let mut out = markdown.to_string();
    for (pattern, replacement) in rules {
        let re = regex::Regex::new(pattern).unwrap();
        out = re.replace_all(&out, replacement).into_owned();
    }
    out
}

/// A live database whose history has one migration applied, one failed and one
/// pending, and a column added by hand: drift.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_audit_with_drift_pending_and_failed_migrations_snapshots() {
    let db = support::scratch_database("audit_live_snap").await;
    let client = db.client().await;
    let shop = root().join("tests/fixtures/migrations/shop");
    let script =
        |name: &str| std::fs::read_to_string(shop.join(name).join("migration.sql")).unwrap();
    client
        .batch_execute(&script("20240101000000_init"))
        .await
        .unwrap();
    client
        .batch_execute(
            "CREATE TABLE _prisma_migrations (
                id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL,
                finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text,
                rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(),
                applied_steps_count integer NOT NULL DEFAULT 0);
             ALTER TABLE \"Customer\" ADD COLUMN \"nickname\" text;",
        )
        .await
        .unwrap();
    for (id, name, finished, logs) in [
        (
            "m1",
            "20240101000000_init",
            Some("2024-03-01 10:00:00+00"),
            None,
        ),
        (
            "m2",
            "20240201000000_orders",
            None,
            Some("ERROR: relation \"Order\" already exists"),
        ),
    ] {
        client
            .execute(
                "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count) \
                 VALUES ($1, encode(sha256(convert_to($2, 'UTF8')), 'hex'), $3::text::timestamptz, $4, $5, '2024-03-01 10:00:00+00', 1)",
                &[&id, &script(name), &finished, &name, &logs],
            )
            .await
            .unwrap();
    }
    client.batch_execute("ANALYZE").await.unwrap();
    let audit = audit_of(
        &root().join("tests/fixtures/migrations/shop.prisma"),
        db.config(),
        Some(shop),
        false,
    )
    .await
    .unwrap();
    assert_eq!(audit.exit_code, 2);
    let statuses: Vec<&str> = audit
        .migrations
        .migrations
        .iter()
        .map(|m| m.status.as_str())
        .collect();
    assert_eq!(statuses, ["applied", "failed", "pending"]);
    assert!(!audit.drift.in_sync);
    let markdown = redact(&report::render_markdown(&audit));
    let mut json: serde_json::Value =
        serde_json::from_str(&report::render_audit_json(&audit)).unwrap();
    json["generated_at"] = "[date]".into();
    json["target"] = "[target]".into();
    json["server_version"] = "[version]".into();
    json["security"]["sslmode"] = "[sslmode]".into();
    json["data"]["total_bytes"] = "[bytes]".into();
    for table in json["data"]["tables"].as_array_mut().unwrap() {
        table["total_bytes"] = "[bytes]".into();
    }
    // Paths are absolute here.
    let json = serde_json::to_string_pretty(&json)
        .unwrap()
        .replace(&root().display().to_string(), "[root]");
    let markdown = markdown.replace(&root().display().to_string(), "[root]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!("audit__live_drift_markdown", markdown);
        insta::assert_snapshot!("audit__live_drift_json", json);
    });
}
