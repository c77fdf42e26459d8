//! `prisma-drift audit`: the Markdown and JSON documents of the medspa example
//! (snapshots), its inventory and row counts against independent SQL, the
//! recommendations on a fixture built to trigger each of them, migration
//! statuses from `_prisma_migrations`, and the ways an audit fails.

mod support;

use support::cli::{snapshot_settings, text, BIN};
use support::fixtures::copy_dir;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use prisma_drift::audit::{self, Audit, MigrationStatus};
use prisma_drift::migrations;
use prisma_drift::run::{self, AuditOptions, AuditSource};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Relative to the crate root (the binary runs there), so that reports name
/// the same paths on every machine.
const MEDSPA_SCHEMA: &str = "examples/medspa/schema.prisma";
const MEDSPA_MIGRATIONS: &str = "examples/medspa/migrations";
const MEDSPA_SEED: &str = "examples/medspa/seed.sql";

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env_remove("DATABASE_URL")
        .env("NO_COLOR", "1")
        // The audit's date: 2024-12-22T00:00:00Z, as the hand-written report's.
        .env("SOURCE_DATE_EPOCH", "1734825600")
        .current_dir(root())
        .output()
        .expect("the binary runs")
}

/// The test server's URL, for `--shadow-url` (scratch databases are made and dropped there).
fn shadow_url() -> String {
    support::test_server().config().url_with_password()
}

/// Runs the README's command (the ephemeral server, as on a fresh machine) in
/// both formats; returns (markdown, json).
fn medspa_audit_outputs() -> (String, serde_json::Value) {
    let mut outputs = Vec::new();
    for format in ["markdown", "json"] {
        let output = run(&[
            "audit",
            "--schema",
            MEDSPA_SCHEMA,
            "--migrations",
            "--seed",
            MEDSPA_SEED,
            "--format",
            format,
        ]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "medspa's audit passes every check; stderr: {}\nstdout: {}",
            text(&output.stderr),
            text(&output.stdout)
        );
        outputs.push(text(&output.stdout));
    }
    let json = serde_json::from_str(&outputs[1]).expect("--format json prints JSON");
    (outputs.remove(0), json)
}

/// What differs between machines and runs: where the server is, its version,
/// and sizes on disk (free-space and visibility maps come and go with
/// autovacuum). Sizes of migration scripts are the files' and stay.
fn redact_markdown(markdown: &str) -> String {
    let target = regex::Regex::new(r"(?m)^\| Database \| .* \|$").unwrap();
    let version = regex::Regex::new(r"(?m)^\| PostgreSQL \| .* \|$").unwrap();
    let row_size =
        regex::Regex::new(r"(?m)^(\| `[^`]+` \| (?:\d+|unknown) \| )\d+(?:\.\d)? [KMGT]?B \|$")
            .unwrap();
    let total = regex::Regex::new(r"\d+(?:\.\d)? [KMGT]?B on disk").unwrap();
    let out = target.replace_all(markdown, "| Database | [target] |");
    let out = version.replace_all(&out, "| PostgreSQL | [version] |");
    let header_target = regex::Regex::new(r"(?m)^- \*\*Target:\*\* .*$").unwrap();
    let header_version = regex::Regex::new(r"(?m)^- \*\*PostgreSQL:\*\* .*$").unwrap();
    let out = header_target.replace_all(&out, "- **Target:** [target]");
    let out = header_version.replace_all(&out, "- **PostgreSQL:** [version]");
    let out = row_size.replace_all(&out, "${1}[size] |");
    let out = total.replace_all(&out, "[size] on disk").into_owned();
    // Whether PUBLIC may CREATE in `public` is the server's default (granted
    // before PostgreSQL 15), not the migrations'.
    let out = out.replace("; PUBLIC may CREATE in `public`.", ".");
    // Rows are sorted by size, which varies: with sizes redacted, sort each run of them.
    let mut lines: Vec<String> = Vec::new();
    let mut run: Vec<String> = Vec::new();
    for line in out.lines() {
        if line.starts_with("| `") && line.ends_with(" | [size] |") {
            run.push(line.to_string());
            continue;
        }
        run.sort();
        lines.append(&mut run);
        lines.push(line.to_string());
    }
    run.sort();
    lines.append(&mut run);
    lines.join("\n") + "\n"
}

#[test]
fn medspa_audit_snapshots() {
    let (markdown, mut json) = medspa_audit_outputs();

    // Sizes vary slightly between runs: assert them, then leave them out.
    let tables = json["data"]["tables"].as_array().unwrap().clone();
    assert_eq!(
        tables.len() as u64,
        json["inventory"]["totals"]["tables"].as_u64().unwrap()
    );
    for table in &tables {
        assert!(
            table["total_bytes"].as_i64().unwrap() > 0,
            "every table has a size: {table}"
        );
    }
    let sum: i64 = tables
        .iter()
        .map(|t| t["total_bytes"].as_i64().unwrap())
        .sum();
    assert_eq!(json["data"]["total_bytes"].as_i64(), Some(sum));
    for table in json["data"]["tables"].as_array_mut().unwrap() {
        table["total_bytes"] = "[bytes]".into();
    }
    json["data"]["total_bytes"] = "[bytes]".into();
    assert!(json["target"]
        .as_str()
        .unwrap()
        .starts_with("migrations replayed in an ephemeral PostgreSQL"));
    json["target"] = "[target]".into();
    assert!(!json["server_version"].as_str().unwrap().is_empty());
    json["server_version"] = "[version]".into();
    // Granted by default before PostgreSQL 15 (see redact_markdown).
    json["security"]["public_create"] = serde_json::json!([]);

    let redacted = redact_markdown(&markdown);
    assert!(
        !redacted.contains(" KB |\n| `public."),
        "every data row's size is redacted"
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!("audit__medspa_markdown", redacted);
        insta::assert_json_snapshot!("audit__medspa_json", json);
    });
}

/// The medspa migrations replayed and seeded into a scratch database on the
/// test server (then made read-only), the way `--migrations --seed` does.
async fn medspa_database() -> support::ScratchDb {
    let db = support::scratch_database("audit_medspa").await;
    let client = db.client().await;
    let folder = migrations::read_folder(&root().join(MEDSPA_MIGRATIONS), Some("postgresql"))
        .expect("the medspa folder reads");
    migrations::replay::replay(&client, &folder, None, &mut |_, _, _| {})
        .await
        .expect("the medspa migrations apply");
    let seed = std::fs::read_to_string(root().join(MEDSPA_SEED)).unwrap();
    client.batch_execute(&seed).await.expect("the seed applies");
    client.batch_execute("ANALYZE").await.unwrap();
    // From here on every new session is read-only: the audit must not write.
    client
        .batch_execute(&format!(
            "ALTER DATABASE \"{}\" SET default_transaction_read_only = on",
            db.name()
        ))
        .await
        .unwrap();
    db
}

async fn live_audit(schema: &Path, db: &support::ScratchDb, exact_counts: bool) -> Audit {
    let parsed = prisma_drift::schema::load_schema(schema).unwrap();
    let dir = migrations::default_dir(schema);
    let folder = migrations::read_folder(&dir, Some("postgresql")).ok();
    run::audit(
        &parsed,
        &AuditSource::Live {
            config: db.config().clone(),
            migrations: folder,
            migrations_dir: dir,
        },
        &AuditOptions {
            exact_counts,
            ..AuditOptions::default()
        },
    )
    .await
    .unwrap_or_else(|e| panic!("the audit runs: {e}"))
}

async fn count(client: &tokio_postgres::Client, sql: &str) -> usize {
    let n: i64 = client.query_one(sql, &[]).await.unwrap().get(0);
    usize::try_from(n).unwrap()
}

/// The medspa database's tables, from information_schema.
const BASE_TABLES: &str = "SELECT table_name FROM information_schema.tables \
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn medspa_inventory_matches_independent_sql() {
    let db = medspa_database().await;
    let report = live_audit(&root().join(MEDSPA_SCHEMA), &db, true).await;
    let client = db.client().await;
    totals_match_information_schema(&client, &report).await;
    indexes_per_method_match(&client, &report).await;
    foreign_keys_per_action_match(&client, &report).await;
    enums_match_pg_enum(&client, &report).await;
    rows_match_count_star(&client, &db, &report).await;
    replay_finds_the_same_inventory(&report);
}

/// information_schema and pg_indexes, not the catalog queries introspection uses.
async fn totals_match_information_schema(client: &tokio_postgres::Client, report: &Audit) {
    let totals = &report.inventory.totals;
    let base_tables = BASE_TABLES;
    assert_eq!(
        totals.tables,
        count(client, &format!("SELECT count(*) FROM ({base_tables}) t")).await
    );
    assert_eq!(
        totals.columns,
        count(
            client,
            &format!(
                "SELECT count(*) FROM information_schema.columns \
                 WHERE table_schema = 'public' AND table_name IN ({base_tables})"
            )
        )
        .await
    );
    let constraints = |kind: &str| {
        format!(
            "SELECT count(*) FROM information_schema.table_constraints \
             WHERE constraint_schema = 'public' AND constraint_type = '{kind}'"
        )
    };
    let primary_keys = count(client, &constraints("PRIMARY KEY")).await;
    assert_eq!(totals.primary_keys, primary_keys);
    assert_eq!(
        totals.unique_constraints,
        count(client, &constraints("UNIQUE")).await
    );
    assert_eq!(
        totals.foreign_keys,
        count(client, &constraints("FOREIGN KEY")).await
    );
    // pg_indexes lists the primary keys' indexes too.
    let all_indexes = count(
        client,
        "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'",
    )
    .await;
    assert_eq!(totals.indexes, all_indexes - primary_keys);
    let unique_indexes = count(
        client,
        "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' \
         AND indexdef LIKE 'CREATE UNIQUE INDEX%'",
    )
    .await;
    assert_eq!(totals.unique_indexes, unique_indexes - primary_keys);
    assert_eq!(
        totals.views,
        count(
            client,
            "SELECT (SELECT count(*) FROM pg_views WHERE schemaname = 'public') \
                  + (SELECT count(*) FROM pg_matviews WHERE schemaname = 'public')"
        )
        .await
    );
    assert_eq!(
        totals.extensions,
        count(client, "SELECT count(*) FROM pg_extension").await
    );
}

/// Indexes per access method, from the index definitions PostgreSQL prints.
async fn indexes_per_method_match(client: &tokio_postgres::Client, report: &Audit) {
    let mut methods: BTreeMap<String, usize> = BTreeMap::new();
    for row in client
        .query(
            "SELECT indexdef FROM pg_indexes i WHERE schemaname = 'public' \
             AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c \
                 WHERE c.constraint_schema = 'public' AND c.constraint_type = 'PRIMARY KEY' \
                 AND c.constraint_name = i.indexname)",
            &[],
        )
        .await
        .unwrap()
    {
        let def: String = row.get(0);
        let method = def
            .split(" USING ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .unwrap()
            .to_string();
        *methods.entry(method).or_default() += 1;
    }
    assert_eq!(report.inventory.indexes_by_method, methods);
}

/// Foreign keys per action pair.
async fn foreign_keys_per_action_match(client: &tokio_postgres::Client, report: &Audit) {
    let totals = &report.inventory.totals;
    let mut actions: BTreeMap<(String, String), usize> = BTreeMap::new();
    for row in client
        .query(
            "SELECT delete_rule::text, update_rule::text, count(*) \
             FROM information_schema.referential_constraints \
             WHERE constraint_schema = 'public' GROUP BY 1, 2",
            &[],
        )
        .await
        .unwrap()
    {
        let n: i64 = row.get(2);
        actions.insert((row.get(0), row.get(1)), n as usize);
    }
    let reported: BTreeMap<(String, String), usize> = report
        .inventory
        .foreign_keys_by_action
        .iter()
        .map(|a| {
            (
                (a.on_delete.sql().to_string(), a.on_update.sql().to_string()),
                a.count,
            )
        })
        .collect();
    assert_eq!(reported, actions);
    assert_eq!(report.inventory.foreign_keys.len(), totals.foreign_keys);
}

/// Enums and their values, in order, and the columns of each.
async fn enums_match_pg_enum(client: &tokio_postgres::Client, report: &Audit) {
    let totals = &report.inventory.totals;
    let mut enums: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in client
        .query(
            "SELECT 'public.' || t.typname, e.enumlabel::text FROM pg_enum e \
             JOIN pg_type t ON t.oid = e.enumtypid \
             JOIN pg_namespace n ON n.oid = t.typnamespace \
             WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder",
            &[],
        )
        .await
        .unwrap()
    {
        enums.entry(row.get(0)).or_default().push(row.get(1));
    }
    let reported: BTreeMap<String, Vec<String>> = report
        .inventory
        .enums
        .iter()
        .map(|e| (e.name.clone(), e.values.clone()))
        .collect();
    assert_eq!(reported, enums);
    assert_eq!(totals.enums, enums.len());
    assert_eq!(
        totals.enum_values,
        enums.values().map(Vec::len).sum::<usize>()
    );
    // Columns per enum.
    for entry in &report.inventory.enums {
        let name = entry.name.trim_start_matches("public.");
        let users = count(
            client,
            &format!(
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' \
                 AND udt_schema = 'public' AND udt_name IN ('{name}', '_{name}')"
            ),
        )
        .await;
        assert_eq!(entry.used_by.len(), users, "columns of enum {name}");
    }
}

/// count(*) per table, against the exact counts and the estimates.
async fn rows_match_count_star(
    client: &tokio_postgres::Client,
    db: &support::ScratchDb,
    report: &Audit,
) {
    let estimated = live_audit(&root().join(MEDSPA_SCHEMA), db, false).await;
    let tables: Vec<String> = client
        .query(&format!("{BASE_TABLES} ORDER BY 1"), &[])
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(report.data.tables.len(), tables.len());
    let mut total_rows = 0;
    for table in &tables {
        let rows = count(client, &format!("SELECT count(*) FROM public.\"{table}\"")).await;
        total_rows += rows as i64;
        let name = format!("public.{table}");
        assert_eq!(
            report.data.table(&name).and_then(|t| t.rows),
            Some(rows as i64),
            "exact count of {name}"
        );
        // ANALYZE reads every row of tables this small: the estimate is exact.
        assert_eq!(
            estimated.data.table(&name).and_then(|t| t.rows),
            Some(rows as i64),
            "estimate of {name}"
        );
        let size: i64 = client
            .query_one(
                &format!("SELECT pg_total_relation_size('public.\"{table}\"')"),
                &[],
            )
            .await
            .unwrap()
            .get(0);
        assert!(size > 0);
        assert!(report.data.table(&name).unwrap().total_bytes > 0);
    }
    assert!(total_rows > 0, "the seed fills the tables");
    assert_eq!(report.data.total_rows, total_rows);
    assert_eq!(
        report.data.empty_tables,
        report
            .data
            .tables
            .iter()
            .filter(|t| t.rows == Some(0))
            .count()
    );
}

/// The replay through the command line finds the same inventory and rows.
fn replay_finds_the_same_inventory(report: &Audit) {
    let output = run(&[
        "audit",
        "--schema",
        MEDSPA_SCHEMA,
        "--migrations",
        "--seed",
        MEDSPA_SEED,
        "--shadow-url",
        &shadow_url(),
        "--exact-counts",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let replayed: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        replayed["inventory"],
        serde_json::to_value(&report.inventory).unwrap()
    );
    let rows = |v: &serde_json::Value| -> Vec<(String, i64)> {
        v["data"]["tables"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    t["table"].as_str().unwrap().to_string(),
                    t["rows"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(
        rows(&replayed),
        rows(&serde_json::to_value(report).unwrap())
    );
}

fn blog_schema() -> PathBuf {
    root().join("tests/fixtures/audit/blog.prisma")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recommendations_find_what_the_fixture_hides() {
    let db = support::scratch_database("audit_blog").await;
    let client = db.client().await;
    client
        .batch_execute(
            &std::fs::read_to_string(root().join("tests/fixtures/audit/blog.sql")).unwrap(),
        )
        .await
        .unwrap();
    client
        .batch_execute(&format!(
            "ALTER DATABASE \"{}\" SET default_transaction_read_only = on",
            db.name()
        ))
        .await
        .unwrap();
    let report = live_audit(&blog_schema(), &db, true).await;
    let found: Vec<(&str, &str, &str)> = report
        .findings
        .iter()
        .map(|r| (r.severity.as_str(), r.kind.as_str(), r.object.path.as_str()))
        .collect();
    assert_eq!(
        found,
        vec![
            ("critical", "drift", "public"),
            // The test server's role.
            ("warning", "superuser_connection", "postgres"),
            (
                "warning",
                "unindexed_foreign_key",
                "public.Post.Post_editorId_fkey"
            ),
            ("warning", "missing_primary_key", "public.audit_log"),
            // The copy the schema does not declare goes, not Post_title_idx.
            (
                "warning",
                "duplicate_index",
                "public.Post.Post_title_copy_idx"
            ),
            // The drift check's duplicate_index warning is the duplicate above;
            // the CHECK constraint is left.
            (
                "warning",
                "unmanaged_object",
                "public.Post.Post_title_check"
            ),
            (
                "recommendation",
                "redundant_index",
                "public.Post.Post_authorId_idx"
            ),
            ("recommendation", "prisma7_readiness", "datasource_url"),
            ("recommendation", "unused_enum", "public.Mood"),
            ("recommendation", "empty_table", "public.Tag"),
        ],
        "{:#?}",
        report.findings
    );
    findings_carry_their_fix(&report);
    // The table_extra drift fails the audit.
    assert_eq!(report.exit_code, 2);
    assert_eq!(report.check("drift").unwrap().status, audit::Status::Fail);
    assert_eq!(
        report.check("findings").unwrap().status,
        audit::Status::Fail
    );
    // The inventory counts what the database has, the extras too.
    assert_eq!(report.inventory.totals.tables, 4);
    let audit_log = report
        .inventory
        .groups
        .iter()
        .flat_map(|g| &g.tables)
        .find(|t| t.table == "public.audit_log")
        .unwrap();
    assert_eq!(audit_log.model, None);
    assert_eq!(audit_log.primary_key, None);

    // Estimates: Tag was never analyzed here, so its row count is unknown and no
    // empty-table recommendation is made from it.
    let estimated = live_audit(&blog_schema(), &db, false).await;
    assert!(estimated
        .findings
        .iter()
        .all(|r| r.kind.as_str() != "empty_table"));
    assert_eq!(estimated.data.table("public.Tag").unwrap().rows, None);
}

/// Each finding names its object, its schema line, its SQL; no Markdown.
fn findings_carry_their_fix(report: &Audit) {
    let by_kind = |kind: &str| {
        report
            .findings
            .iter()
            .find(|f| f.kind.as_str() == kind)
            .unwrap()
    };
    let fk = by_kind("unindexed_foreign_key");
    assert_eq!(fk.object.model.as_deref(), Some("Post"));
    assert_eq!(fk.object.columns, ["editorId"]);
    assert_eq!(
        fk.suggestion.schema_line.as_deref(),
        Some("@@index([editorId])")
    );
    assert_eq!(
        fk.suggestion.sql.as_deref(),
        Some("CREATE INDEX ON public.\"Post\" (\"editorId\");")
    );
    assert!(fk.location.as_ref().unwrap().file.ends_with("blog.prisma"));
    let duplicate = by_kind("duplicate_index");
    assert!(
        duplicate.message.contains("Post_title_idx"),
        "{}",
        duplicate.message
    );
    assert!(
        duplicate
            .suggestion
            .sql
            .as_deref()
            .unwrap()
            .starts_with("DROP INDEX"),
        "{:?}",
        duplicate.suggestion
    );
    assert!(by_kind("redundant_index")
        .message
        .contains("Post_authorId_createdAt_idx"));
    // No Markdown in the texts: the renderers add it.
    for f in &report.findings {
        assert!(
            !f.message.contains('`') && !f.suggestion.text.contains('`'),
            "{f:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn live_statuses_come_from_prisma_migrations() {
    let db = support::scratch_database("audit_history").await;
    let client = db.client().await;
    let shop = root().join("tests/fixtures/migrations/shop");
    let folder = migrations::read_folder(&shop, Some("postgresql")).unwrap();
    migrations::replay::replay(&client, &folder, None, &mut |_, _, _| {})
        .await
        .unwrap();
    record_a_history(&client, &shop).await;
    let report = live_audit(
        &root().join("tests/fixtures/migrations/shop.prisma"),
        &db,
        false,
    )
    .await;
    // shop.prisma's migrations are in shop/, not beside it: read that folder.
    let parsed =
        prisma_drift::schema::load_schema(&root().join("tests/fixtures/migrations/shop.prisma"))
            .unwrap();
    let report2 = run::audit(
        &parsed,
        &AuditSource::Live {
            config: db.config().clone(),
            migrations: Some(folder),
            migrations_dir: shop.clone(),
        },
        &AuditOptions::default(),
    )
    .await
    .unwrap();
    // Without the folder, every recorded migration is missing from it.
    assert!(!report.migrations.found);
    assert!(report
        .migrations
        .migrations
        .iter()
        .all(|m| m.status == MigrationStatus::MissingFromFolder));

    statuses_and_findings_of_the_history(&report2, &shop);
}

/// A `_prisma_migrations` table with one migration applied out of order, one
/// edited after it ran, one failed and one whose folder is gone.
async fn record_a_history(client: &tokio_postgres::Client, shop: &Path) {
    client
        .batch_execute(
            "CREATE TABLE _prisma_migrations (
                id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL,
                finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text,
                rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(),
                applied_steps_count integer NOT NULL DEFAULT 0)",
        )
        .await
        .unwrap();
    let script =
        |name: &str| std::fs::read_to_string(shop.join(name).join("migration.sql")).unwrap();
    // (name, script whose checksum PostgreSQL records, started, finished, logs)
    let rows = [
        // Applied second although it comes first: out of order.
        (
            "20240101000000_init",
            script("20240101000000_init"),
            "2024-03-02",
            Some("2024-03-02"),
            None,
        ),
        // Its script changed after it ran.
        (
            "20240201000000_orders",
            "-- the script as it was\n".to_string(),
            "2024-03-01",
            Some("2024-03-01"),
            None,
        ),
        // Started, never finished.
        (
            "20240301000000_order_status",
            script("20240301000000_order_status"),
            "2024-03-03",
            None,
            Some("ERROR: lock timeout"),
        ),
        // Applied, folder gone.
        (
            "20231201000000_legacy",
            "SELECT 1;".to_string(),
            "2024-02-01",
            Some("2024-02-01"),
            None,
        ),
    ];
    for (i, (name, script, started, finished, logs)) in rows.iter().enumerate() {
        client
            .execute(
                "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, started_at, applied_steps_count) \
                 VALUES ($1, encode(sha256(convert_to($2, 'UTF8')), 'hex'), $3::text::timestamptz, $4, $5, $6::text::timestamptz, 1)",
                &[&format!("m{i}"), script, finished, name, logs, started],
            )
            .await
            .unwrap();
    }
}

/// What the audit of that history says: statuses, order, findings, checks.
fn statuses_and_findings_of_the_history(report2: &Audit, shop: &Path) {
    let script =
        |name: &str| std::fs::read_to_string(shop.join(name).join("migration.sql")).unwrap();
    let statuses: Vec<(&str, MigrationStatus)> = report2
        .migrations
        .migrations
        .iter()
        .map(|m| (m.name.as_str(), m.status))
        .collect();
    assert_eq!(
        statuses,
        vec![
            ("20240101000000_init", MigrationStatus::Applied),
            ("20240201000000_orders", MigrationStatus::Edited),
            ("20240301000000_order_status", MigrationStatus::Failed),
            ("20231201000000_legacy", MigrationStatus::MissingFromFolder),
        ]
    );
    assert_eq!(report2.migrations.history_table, Some(true));
    assert_eq!(
        report2.migrations.order.applied_out_of_order,
        vec!["20240101000000_init".to_string()]
    );
    assert_eq!(
        report2.migrations.migrations[0].bytes,
        Some(script("20240101000000_init").len())
    );
    let kinds: Vec<&str> = report2
        .findings
        .iter()
        .filter(|r| r.kind.as_str().ends_with("_migration"))
        .map(|r| r.kind.as_str())
        .collect();
    assert_eq!(
        kinds,
        vec!["failed_migration", "edited_migration", "missing_migration"]
    );
    assert!(report2.findings[0].message.contains("lock timeout"));
    assert_eq!(
        report2.check("migrations_applied").unwrap().status,
        audit::Status::Fail
    );
    assert_eq!(report2.exit_code, 2);
    // Prisma's bookkeeping table is not part of the inventory.
    assert_eq!(report2.inventory.totals.tables, 2);
    assert!(report2.data.table("public._prisma_migrations").is_none());
    // The Markdown shows when each was applied.
    let markdown = prisma_drift::report::render_markdown(report2);
    assert!(markdown.contains("| Applied at |"), "{markdown}");
    assert!(
        markdown.contains("applied out of order: `20240101000000_init`"),
        "{markdown}"
    );
}

#[test]
fn a_failing_migration_is_a_finding_and_stops_the_seed() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("tests/fixtures/migrations/shop"), dir.path());
    let broken = dir.path().join("20240201000000_orders/migration.sql");
    let mut script = std::fs::read_to_string(&broken).unwrap();
    script.push_str("\nALTER TABLE \"NoSuchTable\" ADD COLUMN \"x\" INT;\n");
    std::fs::write(&broken, script).unwrap();
    let seed = dir.path().join("seed.sql");
    std::fs::write(&seed, "INSERT INTO \"NoSuchTable\" VALUES (1);\n").unwrap();
    let output = run(&[
        "audit",
        "--schema",
        "tests/fixtures/migrations/shop.prisma",
        "--migrations",
        &dir.path().display().to_string(),
        "--seed",
        &seed.display().to_string(),
        "--shadow-url",
        &shadow_url(),
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let statuses: Vec<&str> = json["migrations"]["migrations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["replayed", "failed", "not_replayed"]);
    let error = json["migrations"]["migrations"][1]["error"]
        .as_str()
        .unwrap();
    assert!(error.contains("NoSuchTable"), "{error}");
    assert_eq!(json["migrations"]["seed_ran"], false);
    assert_eq!(json["findings"][0]["kind"], "failed_migration");
    assert_eq!(json["findings"][0]["severity"], "critical");
    assert_eq!(json["findings"][0]["priority"], "high");
    // The partial database lacks what the failed migration makes: drift.
    assert_eq!(json["drift"]["in_sync"], false);
}

#[test]
fn a_failing_seed_is_an_error_naming_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("seed.sql");
    std::fs::write(
        &seed,
        "INSERT INTO \"Customer\" (\"email\") VALUES ('a@example.com');\nINSERT INTO \"Nope\" VALUES (1);\n",
    )
    .unwrap();
    let output = run(&[
        "audit",
        "--schema",
        "tests/fixtures/migrations/shop.prisma",
        "--migrations",
        "tests/fixtures/migrations/shop",
        "--seed",
        &seed.display().to_string(),
        "--shadow-url",
        &shadow_url(),
    ]);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(output.stdout.is_empty());
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with(&format!("error: {} failed at line 2", seed.display())),
        "{stderr}"
    );
    assert!(lines[0].contains("\"Nope\""), "{stderr}");
}

#[test]
fn an_invalid_schema_is_reported_and_exits_1() {
    let output = run(&[
        "audit",
        "--schema",
        "tests/fixtures/check/invalid.prisma",
        "--migrations",
        "tests/fixtures/migrations/shop",
        "--shadow-url",
        &shadow_url(),
    ]);
    let markdown = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    assert!(
        markdown.contains("| Schema is valid | ❌ fail | 1 error"),
        "{markdown}"
    );
    assert!(
        markdown.contains("Not checked: the schema is invalid."),
        "{markdown}"
    );
    assert!(
        markdown.contains("`tests/fixtures/check/invalid.prisma:8:9`"),
        "diagnostics name file and line: {markdown}"
    );
    // The database part still runs.
    assert!(markdown.contains("| Tables | 2 |"), "{markdown}");
}

#[test]
fn replay_flags_need_migrations_and_url_excludes_them() {
    // Usage errors exit 1, never 2 (which means drift).
    for flag in ["--seed", "--shadow-url", "--init-sql"] {
        let output = run(&[
            "audit",
            "--schema",
            MEDSPA_SCHEMA,
            flag,
            "x",
            "--url",
            "postgresql://x@127.0.0.1:1/x",
        ]);
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(
            text(&output.stderr),
            format!(
                "error: {flag} needs --migrations: it applies to the database the migrations are replayed into\n"
            )
        );
    }
    let output = run(&[
        "audit",
        "--schema",
        MEDSPA_SCHEMA,
        "--url",
        "postgresql://x@127.0.0.1:1/x",
        "--migrations",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr).starts_with("error: --url and --migrations exclude each other"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn help_teaches_with_examples() {
    let output = run(&["audit", "--help"]);
    assert_eq!(output.status.code(), Some(0));
    let help = text(&output.stdout);
    for needle in [
        "--seed",
        "--exact-counts",
        "Examples:",
        "prisma-drift audit --migrations --seed prisma/seed.sql",
        "Exit codes:",
    ] {
        assert!(help.contains(needle), "{needle} missing from:\n{help}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_schema_folder_groups_tables_by_file() {
    let db = support::scratch_database("audit_folder").await;
    let client = db.client().await;
    let shop = root().join("tests/fixtures/migrations/shop");
    let folder = migrations::read_folder(&shop, Some("postgresql")).unwrap();
    migrations::replay::replay(&client, &folder, None, &mut |_, _, _| {})
        .await
        .unwrap();
    client
        .batch_execute("CREATE TABLE extra (id int PRIMARY KEY)")
        .await
        .unwrap();
    // shop.prisma split in two files.
    let schema =
        std::fs::read_to_string(root().join("tests/fixtures/migrations/shop.prisma")).unwrap();
    let split = schema.find("model Order").unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("customers.prisma"), &schema[..split]).unwrap();
    std::fs::write(dir.path().join("orders.prisma"), &schema[split..]).unwrap();
    let report = live_audit(dir.path(), &db, false).await;
    let groups: Vec<(String, Vec<&str>)> = report
        .inventory
        .groups
        .iter()
        .map(|g| {
            (
                g.label(),
                g.tables.iter().map(|t| t.table.as_str()).collect(),
            )
        })
        .collect();
    let file = |name: &str| dir.path().join(name).display().to_string();
    assert_eq!(
        groups,
        vec![
            (
                format!("public · {}", file("customers.prisma")),
                vec!["public.Customer"]
            ),
            (
                format!("public · {}", file("orders.prisma")),
                vec!["public.Order"]
            ),
            (
                "public · not in the schema".to_string(),
                vec!["public.extra"]
            ),
        ]
    );
    assert_eq!(report.schema.files.len(), 2);
}
