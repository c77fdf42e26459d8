//! Real migration histories: each corpus project's `migrations/` replayed the
//! way `prisma-drift check --migrations` does with no URL (each `migration.sql`
//! sent whole, as `prisma migrate deploy` does, into a throwaway PostgreSQL),
//! then checked against the schema and compared with Prisma's verdict
//! (`expected/prisma-drift-migrations.txt`) and with the raw catalog
//! differences the corpus recorded
//! (`expected/catalog-diff-migrations-vs-from-empty.txt`).
//!
//! Requirements, per project:
//! - our default-mode exit code is Prisma's;
//! - every object Prisma's summary names is named by one of our drift changes,
//!   except what Prisma also reports on its own from-empty database (its
//!   round-trip artefacts, such as trigger.dev's `SecretStore` index);
//! - every drift change of ours is about a table or enum Prisma's summary
//!   names;
//! - every catalog difference Prisma does not name is reported by us as a
//!   warning or info, never as drift — except a column whose two sides differ
//!   only in the spelling of the default (`now()` vs `CURRENT_TIMESTAMP`, a
//!   `dbgenerated()` default the schema says not to compare), which we may
//!   find equal, and a view the schema declares (Prisma Migrate never creates
//!   views, so only the migrations database has it).
//!
//! civitai is left out: 9 of its 696 migrations fail. A project whose
//! migrations need an extension the server lacks (formbricks: pgvector;
//! webstudio: pgtap) is skipped with a message saying which.

mod shared;
mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use prisma_drift::diff::CheckReport;
use prisma_drift::diff::{Change, ChangeKind, ObjectKind, Severity};
use prisma_drift::lower;
use prisma_drift::migrations;
use prisma_drift::pg::Shadow;
use prisma_drift::run::{self, CheckOptions, MigrationsCheck, RunError, Target};
use prisma_drift::schema::ParsedSchema;

/// Projects whose migrations cannot be replayed from scratch (see the corpus README).
const NOT_REPLAYABLE: &[&str] = &["civitai"];

/// One thing Prisma's drift summary says about a table (or enum).
#[derive(Debug, Clone, PartialEq)]
struct PrismaItem {
    /// The table or enum.
    object: String,
    /// The summary line (`[-] Removed index on columns (title)`), or `table`
    /// for an entry of `Added tables` / `Removed tables`.
    line: String,
    /// Identifiers the line names (columns, index and constraint names).
    idents: Vec<String>,
    /// The whole object is added or removed.
    whole: bool,
}

/// Prisma's exit code (from the first line) and items.
fn parse_prisma_summary(text: &str) -> (Option<u8>, Vec<PrismaItem>) {
    let mut exit = None;
    let mut items = Vec::new();
    let mut list = false;
    let mut current: Option<String> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        if let Some(comment) = trimmed.strip_prefix('#') {
            if let Some(rest) = comment.split("exit code ").nth(1) {
                exit = rest.split_whitespace().next().and_then(|n| n.parse().ok());
            }
            continue;
        }
        if trimmed.is_empty() || trimmed == ")" {
            continue;
        }
        if !line.starts_with(' ') {
            // A header: `[+] Added tables`, `[*] Changed the `T` table`, …
            list = trimmed.ends_with("tables")
                || trimmed.ends_with("enums")
                || trimmed.ends_with("views");
            current = backticked(trimmed).into_iter().next();
            continue;
        }
        if list {
            if let Some(name) = trimmed.strip_prefix("- ") {
                items.push(PrismaItem {
                    object: name.trim().to_string(),
                    line: "table".into(),
                    idents: Vec::new(),
                    whole: true,
                });
            }
            continue;
        }
        let Some(object) = &current else { continue };
        let idents = match trimmed.split_once("on columns (") {
            Some((_, columns)) => columns
                .trim_end_matches(')')
                .split(',')
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .collect(),
            None => {
                // Cut explanations such as `(default changed from `…` to `…`)`.
                let head = trimmed.split(" (").next().unwrap_or(trimmed);
                backticked(head)
            }
        };
        items.push(PrismaItem {
            object: object.clone(),
            line: trimmed.to_string(),
            idents,
            whole: false,
        });
    }
    (exit, items)
}

/// The names between backticks or double quotes.
fn backticked(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for quote in ['`', '"'] {
        let parts: Vec<&str> = text.split(quote).collect();
        names.extend(
            parts
                .iter()
                .skip(1)
                .step_by(2)
                .take(parts.len() / 2)
                .map(|s| s.to_string()),
        );
    }
    names
}

/// Identifier-like words of a text (`"createdAt" DESC` → createdAt, DESC).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
        .filter(|w| !w.is_empty())
}

fn has_word(text: &str, word: &str) -> bool {
    words(text).any(|w| w == word)
}

/// The text of a change: object path, both sides and message.
fn change_text(change: &Change) -> String {
    format!(
        "{} {} {} {}",
        change.object.path(),
        change.expected.as_deref().unwrap_or_default(),
        change.actual.as_deref().unwrap_or_default(),
        change.message
    )
}

/// The table or enum a change is about.
fn change_owner(change: &Change) -> &str {
    change
        .object
        .parent
        .as_deref()
        .unwrap_or(&change.object.name)
}

fn prisma_item_named_by(item: &PrismaItem, change: &Change) -> bool {
    if change_owner(change) != item.object {
        return false;
    }
    // Prisma lists the foreign keys of a table it removes; the table is what we name.
    if item.whole || item.idents.is_empty() || covers_whole_table(change) {
        return true;
    }
    let text = change_text(change);
    item.idents.iter().any(|ident| has_word(&text, ident))
}

/// One line of the corpus' catalog diff.
#[derive(Debug, Clone)]
struct CatalogItem {
    /// `-` only in the from-empty database, `+` only in the migrations one.
    side: char,
    category: String,
    schema: String,
    /// The table of a column, constraint, trigger or index.
    table: Option<String>,
    name: String,
    line: String,
}

fn parse_catalog_diff(text: &str) -> Vec<CatalogItem> {
    const CATEGORIES: &[&str] = &[
        "column",
        "constraint",
        "trigger",
        "index",
        "enum",
        "extension",
        "function",
        "table",
        "view",
        "sequence",
    ];
    let mut items = Vec::new();
    for line in text.lines() {
        let Some(side) = line.chars().next().filter(|c| *c == '-' || *c == '+') else {
            continue;
        };
        let rest = &line[1..];
        if !rest.starts_with(' ') {
            continue;
        }
        let mut tokens = rest.trim_start().splitn(2, ' ');
        let category = tokens.next().unwrap_or_default();
        let Some(body) = tokens.next() else { continue };
        if !CATEGORIES.contains(&category) || rest.starts_with("  ") {
            // Continuation lines of multi-line definitions.
            continue;
        }
        let head = body.split([':', ' ']).next().unwrap_or_default();
        let (schema, table, name) = match category {
            "column" | "constraint" | "trigger" => {
                let mut parts = head.splitn(3, '.');
                let schema = parts.next().unwrap_or_default();
                let table = parts.next().unwrap_or_default();
                let name = parts.next().unwrap_or_default();
                (
                    schema.to_string(),
                    Some(table.to_string()),
                    name.to_string(),
                )
            }
            "extension" => {
                // `pgcrypto in public`
                let schema = body.rsplit(" in ").next().unwrap_or("public");
                (schema.to_string(), None, head.to_string())
            }
            _ => {
                let head = head.split('(').next().unwrap_or_default();
                let (schema, name) = head.split_once('.').unwrap_or(("public", head));
                let table = (category == "index").then(|| index_table(body)).flatten();
                (schema.to_string(), table, name.to_string())
            }
        };
        items.push(CatalogItem {
            side,
            category: category.to_string(),
            schema,
            table,
            name,
            line: line.to_string(),
        });
    }
    items
}

/// `… ON [ONLY] public."T" USING …` → `T`.
fn index_table(definition: &str) -> Option<String> {
    let after = definition.split(" ON ").nth(1)?;
    let after = after.strip_prefix("ONLY ").unwrap_or(after);
    let qualified = after.split(" USING").next()?;
    let table = qualified.rsplit('.').next()?;
    Some(table.trim_matches('"').to_string())
}

/// Table-level changes that stand for everything in their table.
fn covers_whole_table(change: &Change) -> bool {
    use prisma_drift::diff::ChangeKind::*;
    change.object.kind == ObjectKind::Table
        && matches!(
            change.kind,
            TableExtra | TableMissing | UnmanagedPartitioning
        )
}

fn catalog_item_named_by(item: &CatalogItem, change: &Change) -> bool {
    let object = &change.object;
    if object.schema != item.schema {
        return false;
    }
    let in_text = |name: &str| {
        change
            .expected
            .as_deref()
            .is_some_and(|t| has_word(t, name))
            || change.actual.as_deref().is_some_and(|t| has_word(t, name))
    };
    match (item.category.as_str(), &item.table) {
        ("table", _) => object.kind == ObjectKind::Table && object.name == item.name,
        ("view", _) => object.kind == ObjectKind::View && object.name == item.name,
        ("function", _) => object.kind == ObjectKind::Function && object.name == item.name,
        ("extension", _) => object.kind == ObjectKind::Extension && object.name == item.name,
        ("sequence", _) => object.kind == ObjectKind::Sequence && object.name == item.name,
        ("enum", _) => {
            (object.kind == ObjectKind::Enum && object.name == item.name)
                || (object.kind == ObjectKind::EnumValue
                    && object.parent.as_deref() == Some(&item.name))
        }
        (_, Some(table)) => {
            (object.parent.as_deref() == Some(table)
                && (object.name == item.name || in_text(&item.name)))
                || (object.parent.is_none() && object.name == *table && covers_whole_table(change))
        }
        _ => false,
    }
}

fn prisma_names_catalog_item(item: &CatalogItem, prisma: &[PrismaItem]) -> bool {
    let owner = item.table.as_deref().unwrap_or(&item.name);
    prisma.iter().any(|p| {
        p.object == owner && (p.whole || p.idents.iter().any(|ident| has_word(&item.line, ident)))
    })
}

/// A column whose `-` and `+` lines differ only after `DEFAULT`.
fn default_spelling_only(item: &CatalogItem, all: &[CatalogItem]) -> bool {
    if item.category != "column" {
        return false;
    }
    let before_default = |line: &str| {
        line[1..]
            .split(" DEFAULT ")
            .next()
            .unwrap_or("")
            .to_string()
    };
    all.iter().any(|other| {
        other.side != item.side
            && other.category == "column"
            && other.table == item.table
            && other.name == item.name
            && before_default(&other.line) == before_default(&item.line)
    })
}

/// What the corpus created before replaying, as `--init-sql` would give it:
/// `extensions.uuid-ossp` means the Supabase layout (schema `extensions`
/// holding the extension, on the search_path); a bare name is
/// `CREATE EXTENSION name`.
fn init_sql(project_dir: &Path) -> Option<(String, String)> {
    let groundtruth = shared::groundtruth(project_dir);
    assert!(
        groundtruth["setup"].is_null(),
        "{}: unsupported setup {}",
        project_dir.display(),
        groundtruth["setup"]
    );
    let mut sql = String::new();
    let mut extra_schemas: Vec<String> = Vec::new();
    for entry in shared::strings(&groundtruth["extensions_precreated_for_migrations"]) {
        match entry.split_once('.') {
            Some((schema, extension)) => {
                sql.push_str(&format!(
                    "CREATE SCHEMA IF NOT EXISTS \"{schema}\";\n\
                     CREATE EXTENSION IF NOT EXISTS \"{extension}\" SCHEMA \"{schema}\";\n"
                ));
                extra_schemas.push(format!("\"{schema}\""));
            }
            None => sql.push_str(&format!("CREATE EXTENSION IF NOT EXISTS \"{entry}\";\n")),
        }
    }
    if !extra_schemas.is_empty() {
        extra_schemas.dedup();
        sql.push_str(&format!(
            "SET search_path = \"$user\", public, {};\n",
            extra_schemas.join(", ")
        ));
    }
    (!sql.is_empty()).then(|| ("init.sql".to_string(), sql))
}

struct ProjectResult {
    name: String,
    /// Drift of ours Prisma does not report, of the kinds [`beyond_prisma`] explains.
    beyond: Vec<String>,
    prisma_exit: u8,
    exit: u8,
    strict_exit: u8,
    drift: Vec<String>,
    by_severity: BTreeMap<(Severity, String), usize>,
    equivalent: Vec<String>,
    failures: Vec<String>,
    seconds: f64,
}

/// Drift kinds where the check deliberately says more than Prisma: why Prisma
/// misses them.
fn beyond_prisma(kind: ChangeKind) -> Option<&'static str> {
    match kind {
        ChangeKind::ViewColumnMissing
        | ChangeKind::ViewColumnExtra
        | ChangeKind::ViewColumnTypeChanged => Some("Prisma Migrate does not diff views"),
        ChangeKind::UniqueIndexPartial => {
            Some("Prisma does not read index predicates; the index enforces less than @unique")
        }
        _ => None,
    }
}

async fn run_project(name: &str, schema_path: &Path) -> Result<ProjectResult, String> {
    let project_dir = schema_path.parent().unwrap();
    let parsed = prisma_drift::schema::load_schema(schema_path).unwrap();
    let started = Instant::now();
    let (report, count) = replay_and_check(name, project_dir, &parsed).await?;
    let seconds = started.elapsed().as_secs_f64();
    println!("{name}: replayed {count} migrations and checked in {seconds:.1}s");
    let namespace = shared::url_schema(project_dir);
    let strict = CheckReport {
        strict: true,
        ..report.clone()
    };

    let summary =
        std::fs::read_to_string(project_dir.join("expected/prisma-drift-migrations.txt")).unwrap();
    let (prisma_exit, items) = parse_prisma_summary(&summary);
    let prisma_exit = prisma_exit.unwrap_or_else(|| panic!("{name}: no exit code in the summary"));
    // What Prisma also says about its own from-empty database is its
    // round-trip artefact, not drift of the migrations.
    let artefacts = shared::groundtruth(project_dir)["from_empty"]["drift_summary"]
        .as_str()
        .map(|s| parse_prisma_summary(s).1)
        .unwrap_or_default();
    let items: Vec<PrismaItem> = items
        .into_iter()
        .filter(|i| !artefacts.contains(i))
        .collect();
    let catalog = parse_catalog_diff(
        &std::fs::read_to_string(
            project_dir.join("expected/catalog-diff-migrations-vs-from-empty.txt"),
        )
        .unwrap(),
    );

    let mut failures = differences_from_prisma(&report, prisma_exit, &items);
    let beyond: Vec<String> = report
        .drift()
        .filter(|c| !items.iter().any(|i| i.object == change_owner(c)))
        .filter_map(|c| {
            beyond_prisma(c.kind).map(|why| format!("{} {} ({why})", c.kind, c.object.path()))
        })
        .collect();
    let declared_views: Vec<String> = lower::expected_database(&parsed, &namespace)
        .views
        .iter()
        .map(|v| v.name.name.clone())
        .collect();
    let equivalent = what_prisma_ignores(&report, &catalog, &items, &declared_views, &mut failures);

    let mut by_severity = BTreeMap::new();
    for change in &report.changes {
        *by_severity
            .entry((change.severity, change.kind.to_string()))
            .or_insert(0) += 1;
    }
    Ok(ProjectResult {
        name: name.to_string(),
        beyond,
        prisma_exit,
        exit: report.exit_code(),
        strict_exit: strict.exit_code(),
        drift: report
            .drift()
            .map(|c| format!("{} {}", c.kind, c.object.path()))
            .collect(),
        by_severity,
        equivalent,
        failures,
        seconds,
    })
}

/// Replays the project's migrations folder as `prisma-drift check
/// --migrations` does with no URL and checks the schema against the result;
/// the report and the number of migrations, or why the project is skipped.
async fn replay_and_check(
    name: &str,
    project_dir: &Path,
    parsed: &ParsedSchema,
) -> Result<(CheckReport, usize), String> {
    let provider = parsed
        .schema
        .datasource
        .as_ref()
        .map(|d| d.provider.clone());
    let folder = migrations::read_folder(&project_dir.join("migrations"), provider.as_deref())
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let count = folder.migrations.len();
    // What `prisma-drift check --migrations` does with no URL: replay the
    // folder as `prisma migrate deploy` would, in a throwaway PostgreSQL.
    let run = MigrationsCheck {
        folder,
        shadow: Shadow::Ephemeral,
        init_sql: init_sql(project_dir),
        // webstudio keeps data migrations (TypeScript, run by its own tool)
        // in folders of their own.
        allow_missing_scripts: true,
        shadow_settings: Vec::new(),
    };
    let target = Target::Migrations {
        run: &run,
        progress: &mut |_, _, _| {},
    };
    match run::check(parsed, target, &CheckOptions::default()).await {
        Ok(outcome) => Ok((outcome.report, count)),
        Err(RunError::Replay(error)) => {
            if let Some(extension) = shared::missing_extension_in(&error.message) {
                return Err(format!(
                    "needs the PostgreSQL extension `{extension}`, which this server lacks"
                ));
            }
            panic!("{name}: {error}");
        }
        Err(error) => panic!("{name}: {error}"),
    }
}

/// Where our verdict differs from Prisma's: the exit code, objects Prisma
/// names that we do not, drift Prisma does not see.
fn differences_from_prisma(
    report: &CheckReport,
    prisma_exit: u8,
    items: &[PrismaItem],
) -> Vec<String> {
    let mut failures = Vec::new();
    if report.exit_code() != prisma_exit {
        failures.push(format!(
            "exit code {} where Prisma says {prisma_exit}",
            report.exit_code()
        ));
    }
    for item in items {
        if !report.drift().any(|c| prisma_item_named_by(item, c)) {
            failures.push(format!(
                "Prisma names `{}`: {}, no drift change of ours does",
                item.object, item.line
            ));
        }
    }
    for change in report.drift() {
        if !items.iter().any(|i| i.object == change_owner(change))
            && beyond_prisma(change.kind).is_none()
        {
            failures.push(format!(
                "drift Prisma does not see: {} {}: {}",
                change.kind,
                change.object.path(),
                change.message
            ));
        }
    }
    failures
}

/// The catalog differences Prisma ignores: each must be reported by us as
/// something other than drift, or be a spelling of the same default; the
/// equivalent ones are returned, the others added to `failures`.
fn what_prisma_ignores(
    report: &CheckReport,
    catalog: &[CatalogItem],
    items: &[PrismaItem],
    declared_views: &[String],
    failures: &mut Vec<String>,
) -> Vec<String> {
    let mut equivalent = Vec::new();
    for item in catalog {
        if prisma_names_catalog_item(item, items) {
            continue;
        }
        if item.category == "view" && declared_views.contains(&item.name) {
            equivalent.push(format!("{} (declared in the schema)", item.line));
            continue;
        }
        let naming: Vec<&Change> = report
            .changes
            .iter()
            .filter(|c| catalog_item_named_by(item, c))
            .collect();
        if let Some(drift) = naming.iter().find(|c| c.severity == Severity::Drift) {
            if beyond_prisma(drift.kind).is_some() {
                continue;
            }
            failures.push(format!(
                "Prisma ignores `{}`, we call it drift: {} {}",
                item.line,
                drift.kind,
                drift.object.path()
            ));
        } else if naming.is_empty() {
            if default_spelling_only(item, catalog) {
                equivalent.push(item.line.clone());
            } else {
                failures.push(format!(
                    "Prisma ignores `{}`; we do not report it at all",
                    item.line
                ));
            }
        }
    }
    equivalent
}

#[test]
fn prisma_summaries_parse() {
    let text = "# oracle drift --summary on a DB …; exit code 2 (drift)\n\n[-] Removed tables\n  - a\n\n\
                [*] Changed the `T` table\n  [*] Altered column `id` (default changed from `Some(x)` to `None`, type changed)\n  \
                [+] Added primary key on columns (A, B)\n)\n  [*] Renamed index `old` to `new`\n  \
                [*] Renamed the foreign key \"f1\" to \"f2\"\n";
    let (exit, items) = parse_prisma_summary(text);
    assert_eq!(exit, Some(2));
    let idents: Vec<(&str, Vec<String>)> = items
        .iter()
        .map(|i| (i.object.as_str(), i.idents.clone()))
        .collect();
    assert_eq!(
        idents,
        vec![
            ("a", vec![]),
            ("T", vec!["id".to_string()]),
            ("T", vec!["A".to_string(), "B".to_string()]),
            ("T", vec!["old".to_string(), "new".to_string()]),
            ("T", vec!["f1".to_string(), "f2".to_string()]),
        ]
    );
    assert!(items[0].whole);
    assert_eq!(
        parse_prisma_summary("# …; exit code 0 (sync)\nNo difference detected.").1,
        vec![]
    );
}

#[test]
fn catalog_diffs_parse() {
    let text = "# header\n- column public.T.c text NOT NULL\n+ constraint public.T.T_x_key: UNIQUE (x) DEFERRABLE\n\
                +     ELSE (x)\n+ index public.i: CREATE INDEX i ON ONLY public.\"T\" USING btree (x)\n\
                + extension pgcrypto in public\n+ function public.f(a integer)\n+ table public.P (partitioned)\n\
                + enum public.E: A,B\n";
    let items = parse_catalog_diff(text);
    let summary: Vec<(char, &str, Option<&str>, &str)> = items
        .iter()
        .map(|i| {
            (
                i.side,
                i.category.as_str(),
                i.table.as_deref(),
                i.name.as_str(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            ('-', "column", Some("T"), "c"),
            ('+', "constraint", Some("T"), "T_x_key"),
            ('+', "index", Some("T"), "i"),
            ('+', "extension", None, "pgcrypto"),
            ('+', "function", None, "f"),
            ('+', "table", None, "P"),
            ('+', "enum", None, "E"),
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn migration_histories_agree_with_prisma() {
    let started = Instant::now();
    let mut projects: Vec<(String, PathBuf)> = shared::corpus_projects()
        .into_iter()
        .filter(|(name, _)| !NOT_REPLAYABLE.contains(&name.as_str()))
        .collect();
    if projects.is_empty() {
        return; // shared::dir said why (or failed under PRISMA_DRIFT_REQUIRE_SHARED)
    }
    // Largest history last in the list: popped first, so the long replay
    // overlaps the others.
    projects.sort_by_key(|(_, schema)| {
        std::fs::read_dir(schema.parent().unwrap().join("migrations"))
            .map(|d| d.count())
            .unwrap_or(0)
    });
    let queue = Arc::new(Mutex::new(projects));
    let results = Arc::new(Mutex::new(Vec::new()));
    let skipped = Arc::new(Mutex::new(Vec::new()));
    let mut workers = Vec::new();
    for _ in 0..2 {
        let (queue, results, skipped) = (queue.clone(), results.clone(), skipped.clone());
        workers.push(tokio::spawn(async move {
            loop {
                let next = queue.lock().unwrap().pop();
                let Some((name, schema_path)) = next else {
                    break;
                };
                match run_project(&name, &schema_path).await {
                    Ok(result) => results.lock().unwrap().push(result),
                    Err(reason) => {
                        println!("{name}: skipped: {reason}");
                        skipped.lock().unwrap().push((name, reason));
                    }
                }
            }
        }));
    }
    for worker in workers {
        worker.await.unwrap();
    }
    let mut results = std::mem::take(&mut *results.lock().unwrap());
    results.sort_by(|a, b| a.name.cmp(&b.name));
    let skipped = std::mem::take(&mut *skipped.lock().unwrap());

    println!();
    results.iter().for_each(print_result);
    println!(
        "\n{} projects checked, {} agree; skipped: {}; {:.1}s",
        results.len(),
        results.iter().filter(|r| r.failures.is_empty()).count(),
        if skipped.is_empty() {
            "none".to_string()
        } else {
            skipped
                .iter()
                .map(|(name, reason)| format!("{name} ({reason})"))
                .collect::<Vec<_>>()
                .join("; ")
        },
        started.elapsed().as_secs_f64()
    );
    let failed: Vec<String> = results
        .iter()
        .filter(|r| !r.failures.is_empty())
        .map(|r| format!("{}:\n  {}", r.name, r.failures.join("\n  ")))
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    let skipped_names: Vec<String> = skipped.iter().map(|(name, _)| name.clone()).collect();
    shared::check_corpus_skips(&skipped_names);
    assert!(
        !results.is_empty(),
        "no project could be replayed: {skipped:?}"
    );
}

/// One project's verdicts, drift, warnings and failures.
fn print_result(r: &ProjectResult) {
    println!(
        "== {}: ours {} / Prisma {} (strict {}); replay and check {:.1}s",
        r.name, r.exit, r.prisma_exit, r.strict_exit, r.seconds
    );
    for d in &r.drift {
        println!("   drift   {d}");
    }
    for severity in [Severity::Warning, Severity::Info] {
        let kinds: Vec<String> = r
            .by_severity
            .iter()
            .filter(|((s, _), _)| *s == severity)
            .map(|((_, k), n)| format!("{k} ×{n}"))
            .collect();
        if !kinds.is_empty() {
            println!(
                "   {:<7} {}",
                format!("{severity:?}").to_lowercase(),
                kinds.join(", ")
            );
        }
    }
    for e in &r.equivalent {
        println!("   equal   {e}");
    }
    for b in &r.beyond {
        println!("   beyond  {b}");
    }
    for f in &r.failures {
        println!("   FAIL    {f}");
    }
}
