//! Every one-change mutation of the corpus (`expected/mutations.jsonl`), judged
//! like Prisma judged it.
//!
//! Per project, the in-sync database is built once from Prisma's own SQL
//! (`expected/prisma-from-empty.sql`, after the extensions the groundtruth
//! pre-creates). Each mutation then runs inside a transaction on that
//! database; the check reads the catalog inside the same transaction (so it
//! sees the mutation) and the transaction is rolled back. A mutation that
//! PostgreSQL refuses to run in a transaction block (`CREATE INDEX
//! CONCURRENTLY`, …) is applied instead to a clone of the database
//! (`CREATE DATABASE … TEMPLATE …`).
//!
//! Requirements, for every case:
//! - the default-mode exit code equals Prisma's (`prisma_exit_code`);
//! - a change names the mutated object (`target`): with drift severity where
//!   Prisma reports drift, as a warning or info where Prisma ignores it;
//! - what Prisma ignores is a warning — `--strict` then exits 2 — except the
//!   one cosmetic difference, enum value order, which is info: `--strict`
//!   stays 0 for it (a reorder changes no behaviour the schema describes).
//!
//! The strict verdict is the same report read with `strict: true` (the option
//! only decides which severities count; the changes are the same). Some
//! unmutated databases already hold warnings (an extension the schema does
//! not declare, views it declares that Prisma never creates), so strict mode
//! is also judged on what the mutation adds: the changes that the unmutated
//! database does not have ("strict Δ"). For enum reorders that is info only,
//! so strict mode does not call a reorder drift — the order of values changes
//! nothing a Prisma schema describes.

mod mutation_cases;
mod shared;
mod support;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use prisma_drift::diff::{counts_as_drift, CheckReport};
use prisma_drift::diff::{Change, ChangeKind, Severity};
use prisma_drift::pg::ConnConfig;
use prisma_drift::run::{self, CheckOptions};

use mutation_cases::{connect, in_transaction_options, Mutation as Case};

/// The object a mutation's `target` names: an optional schema and one or two
/// identifiers (`public.Account`, `public.Account.access_token (text)`,
/// `public.Account(access_token) WHERE …`, `fuzzystrmatch in public`).
#[derive(Debug, PartialEq)]
struct Target {
    schema: Option<String>,
    names: Vec<String>,
}

fn parse_target(target: &str) -> Target {
    let head = target.split_whitespace().next().unwrap_or_default();
    let head = head.split('(').next().unwrap_or_default();
    let parts: Vec<String> = head
        .split('.')
        .map(|p| p.trim_matches('"').to_string())
        .collect();
    if parts.len() == 1 {
        Target {
            schema: None,
            names: parts,
        }
    } else {
        Target {
            schema: Some(parts[0].clone()),
            names: parts[1..].to_vec(),
        }
    }
}

/// Whether `change` is about the target: the object itself, or an object in
/// it (a column, index, constraint or trigger of a target table; a value of a
/// target enum), or — for `table.column` targets — an object of that table
/// whose SQL mentions the column (an extra index on it).
fn names_target(change: &Change, target: &Target) -> bool {
    let object = &change.object;
    if target.schema.as_ref().is_some_and(|s| *s != object.schema) {
        return false;
    }
    match target.names.as_slice() {
        [name] => object.name == *name || object.parent.as_deref() == Some(name),
        [parent, name] => {
            let in_parent = object.parent.as_deref() == Some(parent);
            let mentions =
                |text: &Option<String>| text.as_deref().is_some_and(|t| t.contains(name));
            in_parent
                && (object.name == *name || mentions(&change.expected) || mentions(&change.actual))
        }
        _ => false,
    }
}

#[derive(Debug)]
struct Outcome {
    case: Case,
    exit: u8,
    strict_exit: u8,
    /// The strict verdict on the changes the unmutated database lacks.
    strict_new: u8,
    /// The severity of the change that names the target, the most severe
    /// one when several do.
    named: Option<(Severity, ChangeKind)>,
    /// Changes, for failure messages.
    changes: Vec<String>,
}

impl Outcome {
    fn agrees(&self) -> bool {
        self.exit == self.case.prisma_exit
    }

    /// Named by a change of the severity that decides the verdict.
    fn named_ok(&self) -> bool {
        match (self.case.prisma_exit, self.named) {
            (2, Some((Severity::Drift, _))) => true,
            (0, Some((Severity::Warning, _))) => true,
            // Enum order is the one cosmetic difference (ARCHITECTURE.md).
            (0, Some((Severity::Info, kind))) => kind == ChangeKind::EnumValuesReordered,
            _ => false,
        }
    }

    /// `--strict` makes what we warn about drift, and only that.
    fn strict_ok(&self) -> bool {
        match self.named {
            Some((Severity::Drift | Severity::Warning, _)) => {
                self.strict_exit == 2 && self.strict_new == 2
            }
            Some((Severity::Info, _)) => self.strict_new == 0,
            None => false,
        }
    }
}

fn outcome(case: Case, report: &CheckReport, baseline: &CheckReport) -> Outcome {
    let target = parse_target(&case.target);
    let named = report
        .changes
        .iter()
        .filter(|c| names_target(c, &target))
        .map(|c| (c.severity, c.kind))
        .min();
    let strict = CheckReport {
        strict: true,
        ..report.clone()
    };
    let new_counts = report
        .changes
        .iter()
        .any(|c| !baseline.changes.contains(c) && counts_as_drift(c, true));
    Outcome {
        exit: report.exit_code(),
        strict_exit: strict.exit_code(),
        strict_new: if new_counts { 2 } else { 0 },
        named,
        changes: report
            .changes
            .iter()
            .map(|c| format!("{:?} {} {}", c.severity, c.kind, c.object.path()))
            .collect(),
        case,
    }
}

type Project = mutation_cases::InSync;

/// SQLSTATE 25001: "… cannot run inside a transaction block".
fn refuses_transactions(error: &tokio_postgres::Error) -> bool {
    error.code() == Some(&tokio_postgres::error::SqlState::ACTIVE_SQL_TRANSACTION)
}

/// Runs one case against a clone of the project's database (for statements
/// that cannot run in a transaction).
async fn run_on_clone(project: &Project, case: &Case) -> CheckReport {
    let admin = support::test_server().config().clone();
    let admin_client = connect(&admin).await;
    let clone = format!("{}_c{}", project.db.name(), case.line);
    let clone = &clone[clone.len().saturating_sub(63)..];
    admin_client
        .batch_execute(&format!(
            "CREATE DATABASE \"{clone}\" TEMPLATE \"{}\"",
            project.db.name()
        ))
        .await
        .unwrap_or_else(|e| panic!("{}: cannot clone the database: {e}", project.name));
    let config = ConnConfig {
        schema: project.namespace.clone(),
        ..admin.with_database(clone)
    };
    let client = connect(&config).await;
    client.batch_execute(&case.sql).await.unwrap_or_else(|e| {
        panic!(
            "{} line {}: the mutation fails: {e}\n{}",
            case.project, case.line, case.sql
        )
    });
    drop(client);
    let report = run::check(
        &project.parsed,
        run::Target::Url(&config),
        &CheckOptions::default(),
    )
    .await
    .map(|outcome| outcome.report)
    .unwrap_or_else(|e| panic!("{} line {}: {e}", case.project, case.line));
    admin_client
        .batch_execute(&format!("DROP DATABASE \"{clone}\" WITH (FORCE)"))
        .await
        .unwrap();
    report
}

async fn run_project(project: &Project, cases: Vec<Case>) -> (Vec<Outcome>, usize) {
    let mut client = Some(project.db.client().await);
    let options = in_transaction_options();
    let mut outcomes = Vec::new();
    let mut cloned = 0;
    for case in cases {
        let c = client.as_ref().unwrap();
        c.batch_execute("BEGIN").await.unwrap();
        let report = match c.batch_execute(&case.sql).await {
            Ok(()) => {
                let target = run::Target::Client {
                    client: c,
                    default_namespace: &project.namespace,
                    label: project.db.name(),
                };
                let report = run::check(&project.parsed, target, &options)
                    .await
                    .map(|outcome| outcome.report)
                    .unwrap_or_else(|e| panic!("{} line {}: {e}", case.project, case.line));
                c.batch_execute("ROLLBACK").await.unwrap();
                report
            }
            Err(e) if refuses_transactions(&e) => {
                c.batch_execute("ROLLBACK").await.unwrap();
                // A template must have no other session while it is copied.
                drop(client.take());
                cloned += 1;
                let report = run_on_clone(project, &case).await;
                client = Some(project.db.client().await);
                report
            }
            Err(e) => panic!(
                "{} line {}: the mutation fails: {e}\n{}",
                case.project, case.line, case.sql
            ),
        };
        outcomes.push(outcome(case, &report, &project.baseline.report));
    }
    (outcomes, cloned)
}

#[derive(Default)]
struct Row {
    cases: usize,
    prisma_drift: usize,
    agree: usize,
    named: usize,
    strict_drift: usize,
    strict_new_drift: usize,
    strict_ok: usize,
}

#[test]
fn target_parsing() {
    assert_eq!(
        parse_target("public.Account.access_token (text -> VARCHAR(10))"),
        Target {
            schema: Some("public".into()),
            names: vec!["Account".into(), "access_token".into()]
        }
    );
    assert_eq!(
        parse_target("public.Account(access_token) WHERE access_token IS NOT NULL").names,
        vec!["Account"]
    );
    assert_eq!(
        parse_target("fuzzystrmatch in public"),
        Target {
            schema: None,
            names: vec!["fuzzystrmatch".into()]
        }
    );
    assert_eq!(
        parse_target("public.X_key (unique index)").names,
        vec!["X_key"]
    );
}

#[test]
fn targets_match_objects_and_their_parts() {
    use prisma_drift::diff::{ObjectKind, ObjectRef};
    let change =
        |kind: ObjectKind, parent: Option<&str>, name: &str, actual: Option<&str>| Change {
            kind: ChangeKind::IndexExtra,
            severity: Severity::Drift,
            object: ObjectRef {
                kind,
                schema: "public".into(),
                parent: parent.map(String::from),
                name: name.into(),
            },
            expected: None,
            actual: actual.map(String::from),
            message: String::new(),
            origin: None,
        };
    let table = parse_target("public.Account");
    assert!(names_target(
        &change(ObjectKind::Table, None, "Account", None),
        &table
    ));
    assert!(names_target(
        &change(ObjectKind::Check, Some("Account"), "gt_check", None),
        &table
    ));
    assert!(!names_target(
        &change(ObjectKind::Table, None, "AccountX", None),
        &table
    ));
    assert!(!names_target(
        &change(ObjectKind::Table, None, "Account", None),
        &parse_target("other.Account")
    ));
    let column = parse_target("public.Account.access_token (text)");
    assert!(names_target(
        &change(ObjectKind::Column, Some("Account"), "access_token", None),
        &column
    ));
    assert!(names_target(
        &change(
            ObjectKind::Index,
            Some("Account"),
            "gt_extra_idx",
            Some("CREATE INDEX gt_extra_idx ON public.\"Account\" (access_token)")
        ),
        &column
    ));
    assert!(!names_target(
        &change(ObjectKind::Column, Some("Account"), "metadata", None),
        &column
    ));
    assert!(!names_target(
        &change(ObjectKind::Column, Some("User"), "access_token", None),
        &column
    ));
}

/// The fallback for statements PostgreSQL refuses in a transaction block: a
/// corpus `add_index` case made `CONCURRENTLY` runs on a clone and keeps its
/// verdict.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_mutations_run_on_a_clone() {
    let Some((name, schema_path)) = shared::corpus_projects()
        .into_iter()
        .find(|(name, _)| name == "spliit")
    else {
        return;
    };
    let case = mutation_cases::read(&name, schema_path.parent().unwrap())
        .into_iter()
        .find(|c| c.kind == "add_index" && c.sql.starts_with("CREATE INDEX "))
        .expect("spliit has an add_index case");
    let concurrent = Case {
        sql: case
            .sql
            .replacen("CREATE INDEX ", "CREATE INDEX CONCURRENTLY ", 1),
        ..case
    };
    let Ok(project) = mutation_cases::build("mut", &name, &schema_path).await else {
        panic!("spliit needs no extension");
    };
    let (outcomes, cloned) = run_project(&project, vec![concurrent]).await;
    assert_eq!(cloned, 1);
    let o = &outcomes[0];
    assert!(o.agrees() && o.named_ok(), "{o:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mutations_agree_with_prisma() {
    let started = Instant::now();
    let projects = shared::projects_with_mutations();
    if projects.is_empty() {
        return; // shared::dir already said why (or failed under PRISMA_DRIFT_REQUIRE_SHARED)
    }
    let (outcomes, skipped) = shared::two_projects_at_a_time(projects, |name, path| async move {
        run_one_project(&name, &path).await
    })
    .await;
    print_kind_table(&outcomes);
    let total = outcomes.len();
    let agree = outcomes.iter().filter(|o| o.agrees()).count();
    let named = outcomes.iter().filter(|o| o.named_ok()).count();
    println!(
        "total: {total} cases, default-mode agreement {agree}/{total}, named {named}/{total}; \
         skipped: {}; {:.1}s",
        shared::describe_skipped(&skipped),
        started.elapsed().as_secs_f64()
    );
    let failures = failure_lines(&outcomes);
    assert!(
        failures.is_empty(),
        "{} of {total} cases disagree:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        outcomes.len() + skipped.iter().map(|s| s.1).sum::<usize>() > 0,
        "no mutation cases found"
    );
}

/// One project's cases; its unmutated database must get Prisma's verdict.
async fn run_one_project(
    name: &str,
    schema_path: &Path,
) -> Result<Vec<Outcome>, shared::SkippedProject> {
    let project_started = Instant::now();
    let cases = mutation_cases::read(name, schema_path.parent().unwrap());
    let project = match mutation_cases::build("mut", name, schema_path).await {
        Ok(project) => project,
        Err(reason) => {
            println!("{name}: skipped ({} cases): {reason}", cases.len());
            return Err((name.to_string(), cases.len(), reason));
        }
    };
    let baseline = &project.baseline.report;
    let gt = shared::groundtruth(schema_path.parent().unwrap());
    let prisma_baseline = gt["from_empty"]["drift_exit_code"].as_u64();
    assert_eq!(
        Some(baseline.exit_code() as u64),
        prisma_baseline,
        "{name}: the unmutated database: {:?}",
        baseline
            .drift()
            .map(|c| c.object.path())
            .collect::<Vec<_>>()
    );
    let built = project_started.elapsed();
    let count = cases.len();
    let (outcomes, cloned) = run_project(&project, cases).await;
    let strict_baseline = CheckReport {
        strict: true,
        ..baseline.clone()
    }
    .exit_code();
    println!(
        "{name}: {count} cases in {:.1}s (database built in {:.1}s, {cloned} on a clone); \
             unmutated: exit {}, strict exit {strict_baseline} ({} warnings)",
        project_started.elapsed().as_secs_f64(),
        built.as_secs_f64(),
        baseline.exit_code(),
        baseline
            .changes
            .iter()
            .filter(|c| c.severity == Severity::Warning)
            .count()
    );
    Ok(outcomes)
}

/// One row per mutation kind: agreement with Prisma and how we report it.
fn print_kind_table(outcomes: &[Outcome]) {
    let mut table: BTreeMap<&str, Row> = BTreeMap::new();
    for o in outcomes {
        let row = table.entry(o.case.kind.as_str()).or_default();
        row.cases += 1;
        row.prisma_drift += usize::from(o.case.prisma_exit == 2);
        row.agree += usize::from(o.agrees());
        row.named += usize::from(o.named_ok());
        row.strict_drift += usize::from(o.strict_exit == 2);
        row.strict_new_drift += usize::from(o.strict_new == 2);
        row.strict_ok += usize::from(o.strict_ok());
    }
    println!(
        "\n{:<38} {:>5} {:>7} {:>9} {:>7} {:>9} {:>9}  how we report it",
        "mutation kind", "cases", "prisma", "default=", "named", "strict=2", "strict Δ"
    );
    for (kind, row) in &table {
        let mut severities: BTreeMap<String, usize> = BTreeMap::new();
        for o in outcomes.iter().filter(|o| o.case.kind == *kind) {
            let key = match o.named {
                Some((severity, kind)) => format!("{severity:?} {kind}").to_lowercase(),
                None => "not named".into(),
            };
            *severities.entry(key).or_default() += 1;
        }
        let how: Vec<String> = severities
            .iter()
            .map(|(k, n)| {
                if *n == row.cases {
                    k.clone()
                } else {
                    format!("{k} ×{n}")
                }
            })
            .collect();
        println!(
            "{:<38} {:>5} {:>7} {:>9} {:>7} {:>9} {:>9}  {}",
            kind,
            row.cases,
            if row.prisma_drift == row.cases {
                "drift".to_string()
            } else if row.prisma_drift == 0 {
                "sync".to_string()
            } else {
                format!("{}/{}", row.prisma_drift, row.cases)
            },
            format!("{}/{}", row.agree, row.cases),
            format!("{}/{}", row.named, row.cases),
            format!("{}/{}", row.strict_drift, row.cases),
            format!("{}/{}", row.strict_new_drift, row.cases),
            how.join(", ")
        );
    }
}

/// Every case where we disagree with Prisma, misname the object or get
/// `--strict` wrong, described for the failure message.
fn failure_lines(outcomes: &[Outcome]) -> Vec<String> {
    outcomes
        .iter()
        .filter(|o| !o.agrees() || !o.named_ok() || !o.strict_ok())
        .map(|o| {
            format!(
                "{} line {} {} `{}`: prisma {} / ours {} (strict {}, strict Δ {}), named by {:?}\n    {}\n    changes: {}",
                o.case.project,
                o.case.line,
                o.case.kind,
                o.case.target,
                o.case.prisma_exit,
                o.exit,
                o.strict_exit,
                o.strict_new,
                o.named,
                o.case.sql.replace('\n', "\n    "),
                o.changes.join("; ")
            )
        })
        .collect()
}
