//! Fix-up SQL (`check --sql`) against real drift.
//!
//! Corpus: for every one-change mutation of `expected/mutations.jsonl` that
//! Prisma reports as drift, the fix-up SQL we write for the mutated database,
//! applied to it, must make the check exit 0 again. As in `mutations.rs`, each
//! project's in-sync database is built once from Prisma's own SQL; each case
//! runs in a transaction (mutation, check, fix-up, check again), read by the
//! check inside that transaction and rolled back. A mutation or fix-up that
//! PostgreSQL refuses inside a transaction block runs on a clone of the
//! database instead (`CREATE DATABASE … TEMPLATE …`), statement by statement.
//!
//! Fixture: the fix-up SQL for a small schema with several kinds of drift is
//! snapshotted, and running it brings the database back in sync.

mod mutation_cases;
mod shared;
mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use prisma_drift::diff::IgnoreRule;
use prisma_drift::fixup::{self, Fixup};
use prisma_drift::migrations::split::split;
use prisma_drift::pg::ConnConfig;
use prisma_drift::run::{self, CheckOptions, CheckOutcome, Target};
use support::cli::{run, snapshot_settings};

use mutation_cases::{connect, in_transaction_options, Mutation as Case};

/// The cases Prisma calls drift (`prisma_exit_code` 2).
fn read_drift_cases(project: &str, project_dir: &Path) -> Vec<Case> {
    let mut cases = mutation_cases::read(project, project_dir);
    cases.retain(|case| case.prisma_exit == 2);
    cases
}

/// What happened to one case.
#[derive(Debug)]
enum Verdict {
    /// The fix-up SQL ran and the check exits 0.
    Fixed,
    /// We do not see drift after the mutation (mutations.rs judges that).
    NoDrift,
    /// The fix-up SQL failed to run.
    SqlFailed(String),
    /// The fix-up SQL ran but drift remains.
    StillDrift(Vec<String>),
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Verdict::Fixed => write!(f, "fixed"),
            Verdict::NoDrift => write!(f, "no drift after the mutation"),
            Verdict::SqlFailed(error) => write!(f, "the fix-up SQL fails: {error}"),
            Verdict::StillDrift(drift) => write!(f, "drift remains: {}", drift.join("; ")),
        }
    }
}

#[derive(Debug)]
struct Outcome {
    case: Case,
    verdict: Verdict,
    steps: usize,
    destructive: usize,
    /// Changes no SQL was written for, or steps in a dependency cycle.
    gaps: Vec<String>,
    sql: String,
}

impl Outcome {
    fn ok(&self) -> bool {
        matches!(self.verdict, Verdict::Fixed) && self.gaps.is_empty()
    }
}

type Project = mutation_cases::InSync;

/// The project's in-sync database, checked to need no fix.
async fn build_project(name: &str, schema_path: &Path) -> Result<Project, String> {
    let project = mutation_cases::build("fix", name, schema_path).await?;
    let baseline = &project.baseline;
    let fix = fixup::plan(
        &baseline.report.changes,
        &baseline.expected,
        &baseline.actual,
    );
    assert!(
        baseline.report.exit_code() == 0 && fix.is_empty(),
        "{name}: the unmutated database is not in sync or gets fix-up steps:\n{}",
        fix.render()
    );
    Ok(project)
}

/// Errors that mean "run this outside a transaction block": SQLSTATE 25001
/// (`… cannot run inside a transaction block`) and 55P04 (an enum value added
/// in this transaction is used before it commits).
fn needs_autocommit(error: &tokio_postgres::Error) -> bool {
    use tokio_postgres::error::SqlState;
    error.code() == Some(&SqlState::ACTIVE_SQL_TRANSACTION)
        || error.code() == Some(&SqlState::UNSAFE_NEW_ENUM_VALUE_USAGE)
}

fn describe(error: &tokio_postgres::Error) -> String {
    match error.as_db_error() {
        Some(db) => format!("{}: {}", db.code().code(), db.message()),
        None => error.to_string(),
    }
}

fn drift_of(outcome: &CheckOutcome) -> Vec<String> {
    outcome
        .report
        .drift()
        .map(|c| format!("{} {}", c.kind, c.object.path()))
        .collect()
}

fn outcome_for(case: Case, fix: &Fixup, verdict: Verdict) -> Outcome {
    let mut gaps = fix.unsupported.clone();
    if fix.cyclic_steps > 0 {
        gaps.push(format!("{} steps in a dependency cycle", fix.cyclic_steps));
    }
    Outcome {
        case,
        verdict,
        steps: fix.steps.len(),
        destructive: fix.steps.iter().filter(|s| s.destructive.is_some()).count(),
        gaps,
        sql: fix.render(),
    }
}

/// Runs statements one at a time, outside any transaction block.
async fn run_each(client: &tokio_postgres::Client, script: &str) -> Result<(), String> {
    for statement in split(script) {
        client
            .batch_execute(statement.sql)
            .await
            .map_err(|e| format!("{}\n    in: {}", describe(&e), statement.sql))?;
    }
    Ok(())
}

/// One case on a clone of the project's database: for statements that
/// cannot run in a transaction block.
async fn run_on_clone(project: &Project, case: Case) -> Outcome {
    let admin = support::test_server().config().clone();
    let admin_client = connect(&admin).await;
    let clone = format!("{}_c{}", project.db.name(), case.line);
    let clone = clone[clone.len().saturating_sub(63)..].to_string();
    admin_client
        .batch_execute(&format!(
            "CREATE DATABASE \"{clone}\" TEMPLATE \"{}\"",
            project.db.name()
        ))
        .await
        .unwrap_or_else(|e| panic!("{}: cannot clone the database: {e}", project.name));
    let config = ConnConfig {
        schema: project.namespace.clone(),
        ..admin.with_database(&clone)
    };
    let client = connect(&config).await;
    run_each(&client, &case.sql).await.unwrap_or_else(|e| {
        panic!(
            "{} line {}: the mutation fails: {e}\n{}",
            case.project, case.line, case.sql
        )
    });
    let check = || async {
        run::check(
            &project.parsed,
            Target::Url(&config),
            &CheckOptions::default(),
        )
        .await
        .unwrap_or_else(|e| panic!("{} line {}: {e}", case.project, case.line))
    };
    let before = check().await;
    let fix = fixup::plan(&before.report.changes, &before.expected, &before.actual);
    let verdict = if before.report.exit_code() != 2 {
        Verdict::NoDrift
    } else {
        match run_each(&client, &fix.render()).await {
            Err(e) => Verdict::SqlFailed(e),
            Ok(()) => {
                let after = check().await;
                if after.report.exit_code() == 0 {
                    Verdict::Fixed
                } else {
                    Verdict::StillDrift(drift_of(&after))
                }
            }
        }
    };
    drop(client);
    admin_client
        .batch_execute(&format!("DROP DATABASE \"{clone}\" WITH (FORCE)"))
        .await
        .unwrap();
    outcome_for(case, &fix, verdict)
}

/// One case in a rolled-back transaction; `None` when it must run on a clone.
async fn run_in_transaction(
    client: &tokio_postgres::Client,
    project: &Project,
    case: &Case,
) -> Option<Outcome> {
    let options = in_transaction_options();
    let check = || async {
        let target = Target::Client {
            client,
            default_namespace: &project.namespace,
            label: project.db.name(),
        };
        run::check(&project.parsed, target, &options)
            .await
            .unwrap_or_else(|e| panic!("{} line {}: {e}", case.project, case.line))
    };
    client.batch_execute("BEGIN").await.unwrap();
    match client.batch_execute(&case.sql).await {
        Ok(()) => {}
        Err(e) if needs_autocommit(&e) => {
            client.batch_execute("ROLLBACK").await.unwrap();
            return None;
        }
        Err(e) => panic!(
            "{} line {}: the mutation fails: {e}\n{}",
            case.project, case.line, case.sql
        ),
    }
    let before = check().await;
    let fix = fixup::plan(&before.report.changes, &before.expected, &before.actual);
    let verdict = if before.report.exit_code() != 2 {
        Verdict::NoDrift
    } else {
        match client.batch_execute(&fix.render()).await {
            Err(e) if needs_autocommit(&e) => {
                client.batch_execute("ROLLBACK").await.unwrap();
                return None;
            }
            Err(e) => Verdict::SqlFailed(describe(&e)),
            Ok(()) => {
                let after = check().await;
                if after.report.exit_code() == 0 {
                    Verdict::Fixed
                } else {
                    Verdict::StillDrift(drift_of(&after))
                }
            }
        }
    };
    client.batch_execute("ROLLBACK").await.unwrap();
    Some(outcome_for(case.clone(), &fix, verdict))
}

async fn run_project(project: &Project, cases: Vec<Case>) -> (Vec<Outcome>, usize) {
    let mut client = Some(project.db.client().await);
    let mut outcomes = Vec::new();
    let mut cloned = 0;
    for case in cases {
        let c = client.as_ref().unwrap();
        match run_in_transaction(c, project, &case).await {
            Some(outcome) => outcomes.push(outcome),
            None => {
                // A template must have no other session while it is copied.
                drop(client.take());
                cloned += 1;
                outcomes.push(run_on_clone(project, case).await);
                client = Some(project.db.client().await);
            }
        }
    }
    (outcomes, cloned)
}

#[derive(Default)]
struct Row {
    cases: usize,
    fixed: usize,
    steps: usize,
    destructive: usize,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fixup_sql_repairs_every_drift_mutation() {
    let started = Instant::now();
    let projects = shared::projects_with_mutations();
    if projects.is_empty() {
        return; // shared::dir already said why (or failed under PRISMA_DRIFT_REQUIRE_SHARED)
    }
    let (mut outcomes, skipped) =
        shared::two_projects_at_a_time(projects, |name, path| async move {
            fix_one_project(&name, &path).await
        })
        .await;
    outcomes.sort_by(|a, b| (&a.case.project, a.case.line).cmp(&(&b.case.project, b.case.line)));
    print_kind_table(&outcomes);
    let total = outcomes.len();
    let fixed = outcomes.iter().filter(|o| o.ok()).count();
    println!(
        "total: {total} drift cases, fixed {fixed}/{total}; skipped: {}; {:.1}s",
        shared::describe_skipped(&skipped),
        started.elapsed().as_secs_f64()
    );
    let failures = failure_lines(&outcomes);
    assert!(
        failures.is_empty(),
        "{} of {total} cases are not fixed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        total + skipped.iter().map(|s| s.1).sum::<usize>() > 0,
        "no drift mutation cases found"
    );
}

/// One project's drift cases, each fixed with our SQL and checked again.
async fn fix_one_project(
    name: &str,
    schema_path: &Path,
) -> Result<Vec<Outcome>, shared::SkippedProject> {
    let project_started = Instant::now();
    let cases = read_drift_cases(name, schema_path.parent().unwrap());
    let project = match build_project(name, schema_path).await {
        Ok(project) => project,
        Err(reason) => {
            println!("{name}: skipped ({} cases): {reason}", cases.len());
            return Err((name.to_string(), cases.len(), reason));
        }
    };
    let count = cases.len();
    let (outcomes, cloned) = run_project(&project, cases).await;
    println!(
        "{name}: {count} drift cases in {:.1}s ({cloned} on a clone)",
        project_started.elapsed().as_secs_f64()
    );
    Ok(outcomes)
}

/// One row per mutation kind: cases fixed, steps, destructive steps.
fn print_kind_table(outcomes: &[Outcome]) {
    let mut table: BTreeMap<&str, Row> = BTreeMap::new();
    for o in outcomes {
        let row = table.entry(o.case.kind.as_str()).or_default();
        row.cases += 1;
        row.fixed += usize::from(o.ok());
        row.steps += o.steps;
        row.destructive += o.destructive;
    }
    println!(
        "\n{:<38} {:>5} {:>7} {:>7} {:>12}",
        "mutation kind", "cases", "fixed", "steps", "destructive"
    );
    for (kind, row) in &table {
        println!(
            "{:<38} {:>5} {:>7} {:>7} {:>12}",
            kind,
            row.cases,
            format!("{}/{}", row.fixed, row.cases),
            row.steps,
            row.destructive
        );
    }
}

/// Every case our SQL does not bring back in sync, described.
fn failure_lines(outcomes: &[Outcome]) -> Vec<String> {
    outcomes
        .iter()
        .filter(|o| !o.ok())
        .map(|o| {
            format!(
                "{} line {} {} `{}`: {}; gaps: {:?}\n  mutation: {}\n  fix-up:\n    {}",
                o.case.project,
                o.case.line,
                o.case.kind,
                o.case.target,
                o.verdict,
                o.gaps,
                o.case.sql.replace('\n', "\n    "),
                o.sql.trim_end().replace('\n', "\n    ")
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------
// The shop fixture through the command line

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/check")
        .join(name)
}

/// Several kinds of drift at once: the SQL is snapshotted, exits like the
/// report (2), and running it makes the check exit 0.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shop_fixup_sql_brings_the_database_back() {
    let db = support::scratch_database("fix_shop").await;
    let client = db.client().await;
    client
        .batch_execute(&std::fs::read_to_string(fixture("shop.sql")).unwrap())
        .await
        .unwrap();
    let url = db.url();
    let schema = fixture("shop.prisma").display().to_string();

    let in_sync = run(&["check", "--schema", &schema, "--url", &url, "--sql"]);
    let text = String::from_utf8_lossy(&in_sync.stdout).into_owned();
    assert_eq!(in_sync.status.code(), Some(0), "{text}");
    assert!(text.contains("Nothing to change"), "{text}");

    client
        .batch_execute(
            "DROP INDEX \"Product_name_idx\";
             ALTER INDEX \"Customer_email_key\" RENAME TO customer_email_unique;
             ALTER TABLE \"Customer\" RENAME CONSTRAINT \"Customer_pkey\" TO customer_pk;
             ALTER TABLE \"Customer\" ALTER COLUMN email DROP NOT NULL;
             ALTER TABLE \"Product\" ALTER COLUMN name TYPE varchar(20);
             ALTER TABLE \"Product\" ADD COLUMN legacy_code text;
             ALTER TABLE \"Product\" ADD CONSTRAINT price_positive CHECK (price > 0);
             ALTER TABLE \"OrderItem\" ALTER COLUMN quantity DROP DEFAULT;
             ALTER TABLE \"Order\" DROP CONSTRAINT \"Order_customerId_fkey\";
             ALTER TYPE \"OrderStatus\" RENAME VALUE 'SHIPPED' TO 'SENT';
             CREATE TYPE \"Priority\" AS ENUM ('LOW', 'HIGH');
             CREATE TABLE legacy_audit (
                 id serial PRIMARY KEY,
                 customer_id integer REFERENCES \"Customer\"(id),
                 priority \"Priority\"
             );",
        )
        .await
        .unwrap();

    let drift = run(&["check", "--schema", &schema, "--url", &url, "--sql"]);
    let sql = String::from_utf8_lossy(&drift.stdout).into_owned();
    assert_eq!(
        drift.status.code(),
        Some(2),
        "{sql}{}",
        String::from_utf8_lossy(&drift.stderr)
    );
    snapshot_settings().bind(|| insta::assert_snapshot!("check__sql", sql));

    client.batch_execute(&sql).await.unwrap_or_else(|e| {
        panic!("the fix-up SQL fails: {e:?}\n{sql}");
    });
    let after = run(&["check", "--schema", &schema, "--url", &url]);
    assert_eq!(
        after.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&after.stdout)
    );
    // Only the CHECK constraint (a warning) is left, and --sql says so.
    let again = run(&["check", "--schema", &schema, "--url", &url, "--sql"]);
    let text = String::from_utf8_lossy(&again.stdout).into_owned();
    assert_eq!(again.status.code(), Some(0), "{text}");
    assert!(text.contains("Nothing to change"), "{text}");
    assert!(
        text.contains("warning unmanaged_check public.Product.price_positive"),
        "{text}"
    );
}

/// `--sql` is a way of printing the result, not a format of the report.
#[test]
fn sql_and_format_exclude_each_other() {
    let output = run(&[
        "check",
        "--schema",
        &fixture("shop.prisma").display().to_string(),
        "--url",
        "postgresql://x@127.0.0.1:1/x",
        "--sql",
        "--format",
        "json",
    ]);
    let text = String::from_utf8_lossy(&output.stderr);
    assert_ne!(output.status.code(), Some(0), "{text}");
    assert!(output.stdout.is_empty());
    assert!(text.contains("cannot be used with"), "{text}");
}

// ---------------------------------------------------------------------------
// The corpus migrations databases: real drift, many changes at once

/// Projects whose migrations cannot be replayed from scratch (see the corpus README).
const NOT_REPLAYABLE: &[&str] = &["civitai"];

/// What the corpus created before replaying (as `migrations_corpus.rs` does):
/// `extensions.uuid-ossp` is the Supabase layout (schema `extensions` on the
/// search_path); a bare name is `CREATE EXTENSION name`.
fn migrations_init_sql(project_dir: &Path) -> String {
    let groundtruth = shared::groundtruth(project_dir);
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
    sql
}

/// Printed with `Debug` (which the dead-code lint does not count as reading).
#[allow(dead_code)]
#[derive(Debug)]
enum MigrationsVerdict {
    /// In sync before (and no step written).
    InSync,
    /// Drift before, none after running the script.
    Fixed {
        steps: usize,
    },
    /// A step failed.
    Blocked {
        step: String,
        error: String,
        /// The step carried a NOTE and PostgreSQL refused it for an object
        /// that depends on what it changes (2BP01 / 0A000): what the note
        /// warned about.
        warned: bool,
    },
    StillDrift(Vec<String>),
    /// The database could not be had (an extension the server lacks).
    Skipped(String),
}

async fn fix_migrations_database(name: &str, schema_path: &Path) -> MigrationsVerdict {
    let project_dir = schema_path.parent().unwrap();
    let parsed = prisma_drift::schema::load_schema(schema_path).unwrap();
    let provider = parsed
        .schema
        .datasource
        .as_ref()
        .map(|d| d.provider.clone());
    let folder =
        prisma_drift::migrations::read_folder(&project_dir.join("migrations"), provider.as_deref())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    let db = support::scratch_database(&format!("fixmig_{name}")).await;
    let client = db.client().await;
    let init = migrations_init_sql(project_dir);
    let init = (!init.is_empty()).then_some(("init.sql", init.as_str()));
    if let Err(error) =
        prisma_drift::migrations::replay::replay(&client, &folder, init, &mut |_, _, _| {}).await
    {
        if shared::missing_extension_in(&error.message).is_some() {
            return MigrationsVerdict::Skipped(error.message.clone());
        }
        panic!("{name}: replaying the migrations failed: {error}");
    }
    let namespace = shared::url_schema(project_dir);
    // Views are the team's SQL: the fix-up plans nothing for their columns
    // (webstudio's differ), so they are left out of what must converge.
    let options = CheckOptions {
        ignore: vec![IgnoreRule::parse("view_column_*:*").unwrap()],
        ..in_transaction_options()
    };
    let check = || async {
        let target = Target::Client {
            client: &client,
            default_namespace: &namespace,
            label: db.name(),
        };
        run::check(&parsed, target, &options)
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    client.batch_execute("BEGIN").await.unwrap();
    let before = check().await;
    let fix = fixup::plan(&before.report.changes, &before.expected, &before.actual);
    assert!(
        fix.unsupported.is_empty() && fix.cyclic_steps == 0,
        "{name}: {:?}, {} cyclic steps",
        fix.unsupported,
        fix.cyclic_steps
    );
    if before.report.exit_code() == 0 {
        client.batch_execute("ROLLBACK").await.unwrap();
        assert!(fix.is_empty(), "{name}: in sync, yet:\n{}", fix.render());
        return MigrationsVerdict::InSync;
    }
    for step in &fix.steps {
        let script = step.statements.join(";\n");
        if let Err(e) = client.batch_execute(&script).await {
            use tokio_postgres::error::SqlState;
            let blocked_by_dependents = e.code() == Some(&SqlState::DEPENDENT_OBJECTS_STILL_EXIST)
                || e.code() == Some(&SqlState::FEATURE_NOT_SUPPORTED);
            client.batch_execute("ROLLBACK").await.unwrap();
            let detail = e
                .as_db_error()
                .and_then(|d| d.detail())
                .map(|d| format!(" ({})", d.replace('\n', "; ")))
                .unwrap_or_default();
            return MigrationsVerdict::Blocked {
                step: step.title.clone(),
                error: format!("{}{detail}", describe(&e)),
                warned: blocked_by_dependents && !step.notes.is_empty(),
            };
        }
    }
    let after = check().await;
    client.batch_execute("ROLLBACK").await.unwrap();
    if after.report.exit_code() == 0 {
        MigrationsVerdict::Fixed {
            steps: fix.steps.len(),
        }
    } else {
        MigrationsVerdict::StillDrift(drift_of(&after))
    }
}

/// Each replayable corpus project's migrations database (where Prisma finds
/// drift in four of them, hundreds of changes in trigger.dev) is brought to
/// its schema by our script — or stopped at a step whose NOTE said which
/// view or function of the database blocks it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fixup_sql_repairs_the_migrations_databases() {
    let started = Instant::now();
    let mut failures = Vec::new();
    let mut seen = 0;
    for (name, schema_path) in shared::corpus_projects() {
        if NOT_REPLAYABLE.contains(&name.as_str())
            || !schema_path.parent().unwrap().join("migrations").is_dir()
        {
            continue;
        }
        seen += 1;
        let project_started = Instant::now();
        let verdict = fix_migrations_database(&name, &schema_path).await;
        println!(
            "{name}: {verdict:?} ({:.1}s)",
            project_started.elapsed().as_secs_f64()
        );
        let ok = match &verdict {
            MigrationsVerdict::InSync
            | MigrationsVerdict::Fixed { .. }
            | MigrationsVerdict::Skipped(_) => true,
            MigrationsVerdict::Blocked { warned, .. } => *warned,
            MigrationsVerdict::StillDrift(_) => false,
        };
        if !ok {
            failures.push(format!("{name}: {verdict:?}"));
        }
    }
    println!(
        "{seen} migrations databases in {:.1}s",
        started.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
