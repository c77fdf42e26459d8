//! Fix-up SQL fixtures: every folder of `tests/fixtures/fixup/` is one case,
//! holding the schema (`schema.prisma`) and the database (`database.sql`, run
//! on an empty database). The fix-up SQL planned for the drift between them
//! is snapshotted (`snapshots/fixup__<case>.snap`), so the order of the
//! statements is part of what is checked. Then the script is run, statement
//! by statement, and the database must be in sync with the schema: the check
//! exits 0 and plans no step.
//!
//! A case whose script PostgreSQL must refuse (a destructive step that fails
//! on the rows the database holds) says so in a `case.toml`:
//!
//! ```toml
//! refused = "why the script fails"
//! sqlstate = "23502"   # the error PostgreSQL must answer with
//! ```
//!
//! To add a case, make a folder and run
//! `INSTA_UPDATE=always cargo test --test fixup_fixtures`, then read the new
//! snapshot before committing it.

mod support;

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use support::fixtures::read;

use prisma_drift::fixup::{self, Fixup};
use prisma_drift::migrations::split::split;
use prisma_drift::pg::ConnConfig;
use prisma_drift::run::{self, CheckOptions, CheckOutcome, Target};
use prisma_drift::schema::ParsedSchema;

/// `case.toml`: a case whose script must fail.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    /// Why PostgreSQL refuses the script.
    refused: Option<String>,
    /// The SQLSTATE it refuses it with.
    sqlstate: Option<String>,
}

fn cases() -> Vec<PathBuf> {
    support::fixtures::case_dirs("fixup")
}

fn case_file(dir: &Path) -> CaseFile {
    let path = dir.join("case.toml");
    if !path.exists() {
        return CaseFile::default();
    }
    let case: CaseFile =
        toml::from_str(&read(&path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(
        case.refused.is_some(),
        case.sqlstate.is_some(),
        "{}: `refused` and `sqlstate` go together",
        path.display()
    );
    case
}

async fn check(parsed: &ParsedSchema, config: &ConnConfig) -> CheckOutcome {
    run::check(parsed, Target::Url(config), &CheckOptions::default())
        .await
        .unwrap_or_else(|e| panic!("the check fails: {e}"))
}

fn plan(outcome: &CheckOutcome) -> Fixup {
    fixup::plan(&outcome.report.changes, &outcome.expected, &outcome.actual)
}

/// Runs the script a statement at a time, outside a transaction block (as
/// `psql` runs a file): the SQLSTATE and message of the first failure.
async fn apply(client: &tokio_postgres::Client, script: &str) -> Result<(), (String, String)> {
    for statement in split(script) {
        if let Err(e) = client.batch_execute(statement.sql).await {
            let (code, message) = match e.as_db_error() {
                Some(db) => (db.code().code().to_string(), db.message().to_string()),
                None => (String::new(), e.to_string()),
            };
            return Err((code, format!("{message}\n    in: {}", statement.sql)));
        }
    }
    Ok(())
}

/// One case: its snapshot text, and what went wrong besides the snapshot.
async fn run_case(dir: &Path) -> (String, Vec<String>) {
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let case = case_file(dir);
    let db = support::scratch_database(&format!("fixup_{name}")).await;
    let client = db.client().await;
    client
        .batch_execute(&read(&dir.join("database.sql")))
        .await
        .unwrap_or_else(|e| panic!("{name}: database.sql fails: {e:?}"));
    let parsed = prisma_drift::schema::load_schema(&dir.join("schema.prisma")).unwrap();
    let before = check(&parsed, db.config()).await;
    let fix = plan(&before);
    let sql = fix.render();
    let mut problems = Vec::new();
    if before.report.exit_code() != 2 && !fix.is_empty() {
        problems.push(format!("no drift, yet {} steps", fix.steps.len()));
    }
    if !fix.unsupported.is_empty() || fix.cyclic_steps > 0 {
        problems.push(format!(
            "not written: {:?}; {} steps in a cycle",
            fix.unsupported, fix.cyclic_steps
        ));
    }
    // Same input, same script.
    if plan(&before) != fix {
        problems.push("a second plan differs from the first".into());
    }
    match (apply(&client, &sql).await, &case.sqlstate) {
        (Ok(()), None) => {
            let after = check(&parsed, db.config()).await;
            let again = plan(&after);
            if after.report.exit_code() != 0 || !again.is_empty() {
                problems.push(format!(
                    "not in sync after the script (exit {}):\n{}",
                    after.report.exit_code(),
                    again.render()
                ));
            }
        }
        (Ok(()), Some(code)) => problems.push(format!(
            "the script ran, but case.toml says PostgreSQL refuses it with {code}"
        )),
        (Err((code, message)), None) => {
            problems.push(format!("the script fails: {code}: {message}"));
        }
        (Err((code, message)), Some(expected)) if code != *expected => problems.push(format!(
            "the script fails with {code}, not {expected}: {message}"
        )),
        (Err(_), Some(_)) => {}
    }
    (sql, problems)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fixup_fixtures() {
    let cases = cases();
    assert!(!cases.is_empty(), "no fix-up fixtures");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    let mut failures = Vec::new();
    for dir in &cases {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let (sql, problems) = run_case(dir).await;
        failures.extend(problems.into_iter().map(|p| format!("{name}: {p}")));
        settings.set_input_file(dir.join("schema.prisma"));
        // Keep going after a mismatch so one run reports (and, with
        // INSTA_UPDATE, writes) every changed snapshot.
        let result = panic::catch_unwind(AssertUnwindSafe(|| {
            settings.bind(|| insta::assert_snapshot!(format!("fixup__{name}"), sql));
        }));
        if result.is_err() {
            failures.push(format!("{name}: snapshot differs"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} problems in {} fix-up fixtures:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
