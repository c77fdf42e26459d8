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

fn compare(name: String, pulled: &Pulled, expected_dir: &Path, stem: &str) -> Case {
    let expected = std::fs::read_to_string(expected_dir.join(format!("{stem}.prisma"))).unwrap();
    let expected_warnings = oracle_warnings(
        &std::fs::read_to_string(expected_dir.join(format!("{stem}.stderr"))).unwrap_or_default(),
    );
    let actual = pulled.print_text();
    let first_difference = expected
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
        });
    Case {
        name,
        identical: actual == expected,
        warnings_identical: pulled.warnings_text() == expected_warnings,
        first_difference,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pulled_schemas_are_prismas() {
    let projects = shared::corpus_projects();
    if projects.is_empty() {
        return;
    }
    let listed: BTreeSet<String> = std::fs::read_to_string(fixtures().join("identical.txt"))
        .unwrap()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    let mut cases = Vec::new();
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
                    println!("{project} {kind}: not built: {e}");
                    built = false;
                    break;
                }
            }
            if !built {
                continue;
            }
            let database = prisma_drift::introspect::introspect(&client, &["public".to_string()])
                .await
                .unwrap();
            let blank = prisma_drift::schema::parse_source(
                "schema.prisma",
                "datasource db {\n  provider = \"postgresql\"\n}\n",
            );
            let forced = pull::pull(
                &database,
                Some(&blank),
                &PullOptions {
                    force: true,
                    ..Default::default()
                },
            );
            cases.push(compare(
                format!("{project}/{kind}.force"),
                &forced,
                &expected_dir,
                &format!("{kind}.force"),
            ));
            let existing = prisma_drift::schema::load_schema(&project_schema(project_dir)).unwrap();
            let again = pull::pull(&database, Some(&existing), &PullOptions::default());
            cases.push(compare(
                format!("{project}/{kind}.reintrospect"),
                &again,
                &expected_dir,
                &format!("{kind}.reintrospect"),
            ));
        }
    }
    let mut regressions = Vec::new();
    for case in &cases {
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
            if case.identical {
                ""
            } else {
                &case.first_difference
            }
        );
        if listed.contains(&case.name) && !(case.identical && case.warnings_identical) {
            regressions.push(format!("{}: {}", case.name, case.first_difference));
        }
    }
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
