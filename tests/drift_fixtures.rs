//! Drift fixtures: every folder of `tests/fixtures/drift/` is one case of a
//! class of schema that is easy to read wrong. A case holds
//!
//! * `schema.prisma` — the schema;
//! * `in_sync.sql` — Prisma's own SQL for it (`prisma migrate diff
//!   --from-empty --to-schema … --script`), with what that SQL needs and does
//!   not create (a sequence it names, a view), which must check in sync;
//! * `change.sql` — applied to that in-sync database;
//! * `case.toml` — what the check must then say:
//!
//! ```toml
//! about = "what the case shows"
//! exit = 2                                   # 0 in sync, 2 drift
//! kinds = ["column_default_changed"]         # every drift and warning kind, sorted, repeats kept
//! prisma_exit = 2                            # what Prisma's engine answers on the same database
//! prisma_wrong = "why our answer is right"   # required when prisma_exit differs from exit
//! min_major = 18                             # optional: the case needs this PostgreSQL
//! fixup_unsupported = "why"                  # optional: no fix-up SQL can be planned
//! ```
//!
//! When the verdict is drift, the planned fix-up SQL must run and bring the
//! database back in sync (unless `fixup_unsupported` says why it cannot be written). `fixtures_agree_with_prisma` asks Prisma's engine
//! (`../shared/tools/prisma-oracle`) for its verdict on each changed database
//! and compares it with `prisma_exit`.

mod shared;
mod support;

use std::path::{Path, PathBuf};

use support::fixtures::read;

use prisma_drift::diff::Severity;
use prisma_drift::fixup;
use prisma_drift::migrations::split::split;
use prisma_drift::pg::ConnConfig;
use prisma_drift::run::{self, CheckOptions, CheckOutcome, Target};
use prisma_drift::schema::ParsedSchema;

/// `case.toml`.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    /// What the case shows (for people).
    #[allow(dead_code)]
    about: String,
    /// Our exit code after `change.sql`.
    exit: u8,
    /// Every drift and warning kind reported, sorted.
    kinds: Vec<String>,
    /// Prisma's exit code on the same database.
    prisma_exit: u8,
    /// Why our answer is right where Prisma's differs.
    prisma_wrong: Option<String>,
    /// The oldest PostgreSQL major the case runs on.
    min_major: Option<u32>,
    /// Why no fix-up SQL is planned for the drift.
    fixup_unsupported: Option<String>,
}

fn cases() -> Vec<PathBuf> {
    support::fixtures::case_dirs("drift")
}

fn case_file(dir: &Path) -> CaseFile {
    let path = dir.join("case.toml");
    let case: CaseFile =
        toml::from_str(&read(&path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(
        case.prisma_exit != case.exit,
        case.prisma_wrong.is_some(),
        "{}: `prisma_wrong` says why, exactly when Prisma's exit code differs",
        path.display()
    );
    let mut sorted = case.kinds.clone();
    sorted.sort();
    assert_eq!(sorted, case.kinds, "{}: sort `kinds`", path.display());
    case
}

async fn check(parsed: &ParsedSchema, config: &ConnConfig) -> CheckOutcome {
    run::check(parsed, Target::Url(config), &CheckOptions::default())
        .await
        .unwrap_or_else(|e| panic!("the check fails: {e}"))
}

/// The drift and warning kinds of a check, sorted.
fn kinds(outcome: &CheckOutcome) -> Vec<String> {
    let mut kinds: Vec<String> = outcome
        .report
        .changes
        .iter()
        .filter(|c| c.severity != Severity::Info)
        .map(|c| c.kind.to_string())
        .collect();
    kinds.sort();
    kinds
}

fn describe(outcome: &CheckOutcome) -> String {
    outcome
        .report
        .changes
        .iter()
        .map(|c| format!("  {} {}: {}", c.kind, c.object.path(), c.message))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs a script a statement at a time, as `psql` runs a file.
async fn apply(client: &tokio_postgres::Client, script: &str) -> Result<(), String> {
    for statement in split(script) {
        client
            .batch_execute(statement.sql)
            .await
            .map_err(|e| format!("{e:?}\n    in: {}", statement.sql))?;
    }
    Ok(())
}

/// A case's database after `change.sql`, or `None` when the server is too old
/// for it (said on stdout). Problems before the change are pushed.
async fn changed_database(
    dir: &Path,
    case: &CaseFile,
    problems: &mut Vec<String>,
) -> Option<(support::ScratchDb, ParsedSchema)> {
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let db = support::scratch_database(&format!("drift_{name}")).await;
    let client = db.client().await;
    let major = support::server_major(&client).await;
    if case.min_major.is_some_and(|min| major < min) {
        println!(
            "{name}: needs PostgreSQL {}, server is {major}",
            case.min_major.unwrap()
        );
        return None;
    }
    let parsed = prisma_drift::schema::load_schema(&dir.join("schema.prisma")).unwrap();
    if let Err(e) = apply(&client, &read(&dir.join("in_sync.sql"))).await {
        panic!("{name}: in_sync.sql fails: {e}");
    }
    let before = check(&parsed, db.config()).await;
    if before.report.exit_code() != 0 {
        problems.push(format!(
            "not in sync on Prisma's own SQL:\n{}",
            describe(&before)
        ));
    }
    if let Err(e) = apply(&client, &read(&dir.join("change.sql"))).await {
        panic!("{name}: change.sql fails: {e}");
    }
    Some((db, parsed))
}

/// One case: what went wrong.
async fn run_case(dir: &Path) -> Vec<String> {
    let case = case_file(dir);
    let mut problems = Vec::new();
    let Some((db, parsed)) = changed_database(dir, &case, &mut problems).await else {
        return problems;
    };
    let outcome = check(&parsed, db.config()).await;
    if outcome.report.exit_code() != case.exit || kinds(&outcome) != case.kinds {
        problems.push(format!(
            "exit {} with {:?}, case.toml says exit {} with {:?}:\n{}",
            outcome.report.exit_code(),
            kinds(&outcome),
            case.exit,
            case.kinds,
            describe(&outcome)
        ));
    }
    let fix = fixup::plan(&outcome.report.changes, &outcome.expected, &outcome.actual);
    if case.fixup_unsupported.is_some() {
        if fix.unsupported.is_empty() {
            problems.push("case.toml says no fix-up can be planned, yet it was".into());
        }
        return problems;
    }
    if !fix.unsupported.is_empty() {
        problems.push(format!("fix-up not written: {:?}", fix.unsupported));
    }
    if outcome.report.exit_code() == 2 {
        let client = db.client().await;
        match apply(&client, &fix.render()).await {
            Err(e) => problems.push(format!("the fix-up SQL fails: {e}")),
            Ok(()) => {
                let after = check(&parsed, db.config()).await;
                if after.report.exit_code() != 0 {
                    problems.push(format!(
                        "not in sync after the fix-up SQL:\n{}\n{}",
                        fix.render(),
                        describe(&after)
                    ));
                }
            }
        }
    }
    problems
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drift_fixtures() {
    let cases = cases();
    assert!(!cases.is_empty(), "no drift fixtures");
    let mut failures = Vec::new();
    for dir in &cases {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        failures.extend(
            run_case(dir)
                .await
                .into_iter()
                .map(|p| format!("{name}: {p}")),
        );
    }
    assert!(
        failures.is_empty(),
        "{} problems in {} drift fixtures:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Prisma's exit code for a database and a schema, from its engine.
fn prisma_exit(oracle: &Path, url: &str, schema: &Path) -> u8 {
    let output = std::process::Command::new("node")
        .arg(oracle)
        .arg("drift")
        .arg(url)
        .arg(schema)
        .output()
        .unwrap_or_else(|e| panic!("cannot run node {}: {e}", oracle.display()));
    let code = output.status.code().unwrap_or(-1);
    assert!(
        code == 0 || code == 2,
        "the oracle failed on {}: {}",
        schema.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    u8::try_from(code).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fixtures_agree_with_prisma() {
    let Some(oracle) = shared::oracle() else {
        return;
    };
    let mut disagreements = Vec::new();
    for dir in &cases() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let case = case_file(dir);
        let mut ignored = Vec::new();
        let Some((db, _)) = changed_database(dir, &case, &mut ignored).await else {
            continue;
        };
        let exit = prisma_exit(&oracle, &db.url(), &dir.join("schema.prisma"));
        if exit != case.prisma_exit {
            disagreements.push(format!(
                "{name}: Prisma exits {exit}, case.toml says {}",
                case.prisma_exit
            ));
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}
