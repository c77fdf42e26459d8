//! `pull` against Prisma's own `db pull`: for every corpus project, the
//! database built from Prisma's SQL (`expected/prisma-from-empty.sql`) and the
//! one built by replaying `migrations/`, pulled with `--force` and
//! re-introspected with the project's schema. The oracle's outputs are in
//! `tests/fixtures/pull/<project>/<db>.<mode>.prisma` (and `.stderr`), made by
//! `tests/fixtures/pull/regenerate.py`.
//!
//! `tests/fixtures/pull/identical.txt` lists the cases that are byte-identical
//! today; each of them must stay so. Every case is reported.

mod shared;
mod support;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use prisma_drift::pull::{self, PullOptions, Pulled};

const NOT_REPLAYABLE: &[&str] = &["civitai"];

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pull")
}

/// Extensions and settings to create first, as the fixtures were made.
fn init_sql(project_dir: &Path, kind: &str) -> String {
    let truth = shared::groundtruth(project_dir);
    let mut sql = String::new();
    if kind == "empty" {
        for extension in shared::strings(&truth["from_empty"]["extensions_precreated"]) {
            sql.push_str(&format!(
                "CREATE EXTENSION IF NOT EXISTS \"{extension}\";\n"
            ));
        }
        return sql;
    }
    let mut schemas = Vec::new();
    for entry in shared::strings(&truth["extensions_precreated_for_migrations"]) {
        match entry.split_once('.') {
            Some((schema, extension)) => {
                sql.push_str(&format!(
                    "CREATE SCHEMA IF NOT EXISTS \"{schema}\";\nCREATE EXTENSION IF NOT EXISTS \"{extension}\" SCHEMA \"{schema}\";\n"
                ));
                schemas.push(format!("\"{schema}\""));
            }
            None => sql.push_str(&format!("CREATE EXTENSION IF NOT EXISTS \"{entry}\";\n")),
        }
    }
    if !schemas.is_empty() {
        sql.push_str(&format!(
            "SET search_path = \"$user\", public, {};\n",
            schemas.join(", ")
        ));
    }
    sql
}

/// The scripts that build the database, in order.
fn scripts(project_dir: &Path, kind: &str) -> Vec<String> {
    let mut scripts = vec![init_sql(project_dir, kind)];
    if kind == "empty" {
        scripts.push(
            std::fs::read_to_string(project_dir.join("expected/prisma-from-empty.sql")).unwrap(),
        );
        return scripts;
    }
    let mut folders: Vec<PathBuf> = std::fs::read_dir(project_dir.join("migrations"))
        .unwrap()
        .filter_map(|e| Some(e.ok()?.path().join("migration.sql")))
        .filter(|p| p.is_file())
        .collect();
    folders.sort();
    scripts.extend(folders.iter().map(|p| std::fs::read_to_string(p).unwrap()));
    scripts
}

/// The schema the fixtures re-introspected with.
fn project_schema(project_dir: &Path) -> PathBuf {
    let adapted = project_dir.join("expected/prisma7-schema/schema.prisma");
    if adapted.exists() {
        return adapted;
    }
    let file = project_dir.join("schema.prisma");
    if file.exists() {
        file
    } else {
        project_dir.join("schema")
    }
}

/// The oracle's stderr without its own notes.
fn oracle_warnings(text: &str) -> String {
    text.lines()
        .filter(|l| !l.starts_with("prisma-oracle:"))
        .map(|l| format!("{l}\n"))
        .collect()
}

struct Case {
    name: String,
    identical: bool,
    warnings_identical: bool,
    first_difference: String,
}

/// Multi-file schemas print each file's absolute path; the fixtures spell the
/// corpus folder `<corpus>` so they hold wherever the shared folder lives.
fn portable(printed: &str) -> String {
    let corpus = shared::dir("corpus").and_then(|dir| std::fs::canonicalize(dir).ok());
    match corpus {
        Some(corpus) => printed.replace(&format!("// {}/", corpus.display()), "// <corpus>/"),
        None => printed.to_string(),
    }
}

fn compare(name: String, pulled: &Pulled, expected_dir: &Path, stem: &str) -> Case {
    let expected = std::fs::read_to_string(expected_dir.join(format!("{stem}.prisma"))).unwrap();
    let expected_warnings = oracle_warnings(
        &std::fs::read_to_string(expected_dir.join(format!("{stem}.stderr"))).unwrap_or_default(),
    );
    let actual = portable(&pulled.print_text());
    let warnings = pulled.warnings_text();
    let first_difference = if actual != expected {
        first_difference(&expected, &actual)
    } else {
        format!(
            "warnings: {}",
            first_difference(&expected_warnings, &warnings)
        )
    };
    Case {
        name,
        identical: actual == expected,
        warnings_identical: warnings == expected_warnings,
        first_difference,
    }
}

/// Where two texts part, for the report.
fn first_difference(expected: &str, actual: &str) -> String {
    expected
        .lines()
        .zip(actual.lines())
        .enumerate()
        .find(|(_, (e, a))| e != a)
        .map(|(n, (e, a))| format!("line {}: expected `{e}`, got `{a}`", n + 1))
        .unwrap_or_else(|| {
            format!(
                "{} vs {} lines",
                expected.lines().count(),
                actual.lines().count()
            )
        })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pulled_schemas_are_prismas() {
    let projects = shared::corpus_projects();
    if projects.is_empty() {
        return;
    }
    let listed = listed_cases("identical.txt");
    let mut cases = Vec::new();
    let mut round_trips: Vec<(String, Vec<String>)> = Vec::new();
    for (project, schema_path) in &projects {
        let project_dir = schema_path.parent().unwrap();
        let expected_dir = fixtures().join(project);
        for kind in ["empty", "migrations"] {
            if kind == "migrations" && NOT_REPLAYABLE.contains(&project.as_str()) {
                continue;
            }
            if !expected_dir.join(format!("{kind}.force.prisma")).exists() {
                println!("{project} {kind}: no fixture (see skipped.txt)");
                continue;
            }
            let db =
                support::scratch_database(&format!("pull_{}", project.replace(['.', '-'], "_")))
                    .await;
            let client = db.client().await;
            let mut built = true;
            for script in scripts(project_dir, kind) {
                if let Err(e) = client.batch_execute(&script).await {
                    println!(
                        "{project} {kind}: not built: {}",
                        e.as_db_error()
                            .map_or(e.to_string(), |d| d.message().to_string())
                    );
                    built = false;
                    break;
                }
            }
            if !built {
                continue;
            }
            pull_both_ways(
                &client,
                project,
                project_dir,
                kind,
                &mut cases,
                &mut round_trips,
            )
            .await;
        }
    }
    report_cases(&cases, &round_trips, &listed);
}

/// Pulls one database fresh (`--force`) and again with the project's schema;
/// each result compared with Prisma's and lowered and diffed again.
async fn pull_both_ways(
    client: &tokio_postgres::Client,
    project: &str,
    project_dir: &Path,
    kind: &str,
    cases: &mut Vec<Case>,
    round_trips: &mut Vec<(String, Vec<String>)>,
) {
    let expected_dir = fixtures().join(project);
    let public = ["public".to_string()];
    // As `pull` reads the database, and as `check` then reads it for the round trip.
    let printed = prisma_drift::introspect::IntrospectOptions::as_prisma_prints();
    let pulled_from = prisma_drift::introspect::introspect_with(client, &public, &printed)
        .await
        .unwrap();
    let database = prisma_drift::introspect::introspect(client, &public)
        .await
        .unwrap();
    let blank = prisma_drift::schema::parse_source(
        "schema.prisma",
        "datasource db {\n  provider = \"postgresql\"\n}\n",
    );
    let forced = pull::pull(
        &pulled_from,
        Some(&blank),
        &PullOptions {
            force: true,
            ..Default::default()
        },
    );
    round_trips.push((
        format!("{project}/{kind}.force"),
        drift_after_round_trip(&forced, &database),
    ));
    cases.push(compare(
        format!("{project}/{kind}.force"),
        &forced,
        &expected_dir,
        &format!("{kind}.force"),
    ));
    let schema = std::fs::canonicalize(project_schema(project_dir)).unwrap();
    let existing = prisma_drift::schema::load_schema(&schema).unwrap();
    let again = pull::pull(&pulled_from, Some(&existing), &PullOptions::default());
    round_trips.push((
        format!("{project}/{kind}.reintrospect"),
        drift_after_round_trip(&again, &database),
    ));
    cases.push(compare(
        format!("{project}/{kind}.reintrospect"),
        &again,
        &expected_dir,
        &format!("{kind}.reintrospect"),
    ));
}

/// Prints every case and fails on those listed as identical or drift-free
/// that no longer are.
fn report_cases(cases: &[Case], round_trips: &[(String, Vec<String>)], listed: &BTreeSet<String>) {
    let mut regressions = Vec::new();
    for case in cases {
        println!(
            "{:40} schema {:9} warnings {:9} {}",
            case.name,
            if case.identical {
                "identical"
            } else {
                "differs"
            },
            if case.warnings_identical {
                "identical"
            } else {
                "differ"
            },
            if case.identical && case.warnings_identical {
                ""
            } else {
                &case.first_difference
            }
        );
        if listed.contains(&case.name) && !(case.identical && case.warnings_identical) {
            regressions.push(format!("{}: {}", case.name, case.first_difference));
        }
    }
    let round_trip_listed = listed_cases("round_trip.txt");
    for (name, drift) in round_trips {
        println!("round trip {name:40} {} drift", drift.len());
        for change in drift.iter().take(3) {
            println!("    {change}");
        }
        if round_trip_listed.contains(name) && !drift.is_empty() {
            regressions.push(format!("round trip {name}: {}", drift.join("; ")));
        }
    }
    let clean = round_trips.iter().filter(|(_, d)| d.is_empty()).count();
    println!("round trip without drift: {clean} of {}", round_trips.len());
    let identical = cases
        .iter()
        .filter(|c| c.identical && c.warnings_identical)
        .count();
    println!(
        "byte-identical (schema and warnings): {identical} of {}",
        cases.len()
    );
    assert!(
        regressions.is_empty(),
        "no longer identical:\n{}",
        regressions.join("\n")
    );
}

/// The cases a fixture list names (one per line, `#` comments).
fn listed_cases(file: &str) -> BTreeSet<String> {
    std::fs::read_to_string(fixtures().join(file))
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// The drift between the database and the pulled schema lowered again:
/// pull, lower and diff must agree.
fn drift_after_round_trip(pulled: &Pulled, database: &prisma_drift::ir::Database) -> Vec<String> {
    let mut sources = prisma_drift::diagnostics::SourceMap::new();
    for file in &pulled.files {
        sources.add(file.path.clone(), file.text.clone());
    }
    let parsed = prisma_drift::schema::parse_schema(sources);
    let expected = prisma_drift::lower::expected_database(&parsed, "public");
    let options = prisma_drift::run::diff_options(&parsed, vec![]);
    prisma_drift::diff::diff(&expected, database, &options)
        .into_iter()
        .filter(|c| c.severity == prisma_drift::diff::Severity::Drift)
        .map(|c| format!("{} {}: {}", c.kind, c.object.path(), c.message))
        .collect()
}
