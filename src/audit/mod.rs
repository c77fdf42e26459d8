//! The migration and database synchronization audit: one document with every
//! figure computed from the schema, the migrations folder and the database.
//!
//! [`audit`] reads a live database (statuses from `_prisma_migrations`) or
//! replays a migrations folder into a shadow database (optionally seeded),
//! then builds an [`Audit`]:
//!
//! - **summary**: one [`SummaryItem`] per check, `pass` / `warn` / `fail` / `skip`;
//! - **migrations**: the folder's migrations with their status and size,
//!   naming, order and lock file ([`MigrationsSection`]);
//! - **schema**: validation result and diagnostics ([`SchemaSection`]);
//! - **drift**: the [`check`](crate::check) result grouped by model ([`DriftSection`]);
//! - **inventory**: tables, columns, indexes, keys, enums, views, extensions,
//!   read from the introspected [`ir::Database`] ([`Inventory`]);
//! - **data**: rows and size per table ([`DataSection`]);
//! - **recommendations** derived from all of the above ([`Recommendation`]).
//!
//! The JSON form of an audit is `serde_json` of [`Audit`]; its shape is part
//! of the public contract: fields are only ever added within one
//! [`AUDIT_FORMAT_VERSION`]. Everything is sorted, so the same inputs give the
//! same document.
//!
//! The inspected database is only read: introspection, `_prisma_migrations`
//! and the data query each run in a `READ ONLY` transaction. A shadow database
//! is written to (migrations, `--seed`, then `ANALYZE` so that the row
//! estimates are current) and dropped afterwards.

mod data;
mod history;
mod inventory;
mod recommend;

use std::fmt;

use serde::Serialize;

pub use data::{CountMethod, DataSection, TableData};
pub use history::{
    HistorySource, MigrationEntry, MigrationStatus, MigrationsSection, Naming, Order, ProblemEntry,
};
pub use inventory::{
    ActionCount, EnumEntry, ExtensionEntry, ForeignKeyEntry, Inventory, TableEntry, TableGroup,
    Totals, ViewEntry,
};
pub use recommend::{Recommendation, RecommendationKind};

use crate::check::{self, CheckError, CheckOptions, CheckReport, MigrationsCheck, ShadowDatabase};
use crate::diagnostics::Severity as DiagnosticSeverity;
use crate::diff::{ChangeKind, Severity};
use crate::introspect::{self, IntrospectError};
use crate::migrations::replay::{self, ReplayError};
use crate::migrations::{self, MigrationsFolder};
use crate::pg::{self, ConnConfig};
use crate::schema::ParsedSchema;

/// Version of the JSON shape of [`Audit`].
pub const AUDIT_FORMAT_VERSION: u32 = 1;

/// What to audit.
#[derive(Debug, Clone)]
pub enum AuditSource {
    /// A live database. Migration statuses come from its `_prisma_migrations`,
    /// compared with `migrations` (the folder; `None` when there is none at
    /// `migrations_dir`).
    Live {
        config: ConnConfig,
        migrations: Option<MigrationsFolder>,
        migrations_dir: std::path::PathBuf,
    },
    /// A migrations folder replayed into a shadow database (see
    /// [`check::check_migrations`]), then `seed` (label, SQL) run on it.
    Replay {
        run: MigrationsCheck,
        seed: Option<(String, String)>,
    },
}

/// How to audit.
#[derive(Debug, Clone, Default)]
pub struct AuditOptions {
    /// Strictness and ignore rules of the drift check.
    pub check: CheckOptions,
    /// Count rows with `count(*)` (one query per table) instead of reading the
    /// planner's estimate (`pg_class.reltuples`).
    pub exact_counts: bool,
}

/// Why an audit could not be made (as opposed to what it found).
#[derive(Debug)]
pub enum AuditError {
    Connect(pg::ConnectError),
    Introspect(IntrospectError),
    /// The migrations folder cannot be replayed (missing scripts, wrong provider).
    Folder(Vec<String>),
    /// `--init-sql` or `--seed` failed.
    Script(ReplayError),
    /// The shadow database could not be had.
    Shadow(CheckError),
    /// A query of the audit itself failed.
    Query {
        step: &'static str,
        source: tokio_postgres::Error,
    },
}

impl fmt::Display for AuditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuditError::Connect(error) => write!(f, "{error}"),
            AuditError::Introspect(error) => write!(f, "{error}"),
            AuditError::Folder(problems) => write!(
                f,
                "the migrations folder cannot be replayed: {}",
                problems.join("; ")
            ),
            AuditError::Script(error) => {
                // ReplayError names a "migration"; here it is a script.
                write!(f, "{} failed", error.migration)?;
                if let Some(line) = error.line {
                    write!(f, " at line {line}")?;
                }
                if let Some(statement) = &error.statement {
                    write!(f, " (`{}`)", statement.trim())?;
                }
                write!(f, ": {}", error.message)?;
                if let Some(code) = &error.code {
                    write!(f, " [SQLSTATE {code}]")?;
                }
                Ok(())
            }
            AuditError::Shadow(error) => write!(f, "{error}"),
            AuditError::Query { step, source } => {
                write!(f, "the audit's {step} query failed: ")?;
                match source.as_db_error() {
                    Some(db) => write!(f, "{} ({})", db.message(), db.code().code()),
                    None => write!(f, "{source}"),
                }
            }
        }
    }
}

impl std::error::Error for AuditError {}

/// The audit, section by section. Serialized as is for `--format json`.
#[derive(Debug, Clone, Serialize)]
pub struct Audit {
    /// [`AUDIT_FORMAT_VERSION`].
    pub version: u32,
    /// 0 every check passes (warnings allowed), 1 the schema is invalid,
    /// 2 a check fails (drift, pending/failed migrations, a broken folder).
    pub exit_code: u8,
    /// `live` or `replay`.
    pub mode: Mode,
    /// Where the database is (never with a password).
    pub target: String,
    /// `server_version` of the PostgreSQL the figures come from.
    pub server_version: String,
    /// The namespaces (PostgreSQL schemas) audited.
    pub namespaces: Vec<String>,
    pub summary: Vec<SummaryItem>,
    pub migrations: MigrationsSection,
    pub schema: SchemaSection,
    pub drift: DriftSection,
    pub inventory: Inventory,
    pub data: DataSection,
    pub recommendations: Vec<Recommendation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// A live database.
    Live,
    /// A migrations folder replayed into a shadow database.
    Replay,
}

/// The outcome of one check of the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pass,
    Warn,
    Fail,
    /// Not run (what it needs failed first).
    Skip,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "pass",
            Status::Warn => "warn",
            Status::Fail => "fail",
            Status::Skip => "skip",
        }
    }
}

/// One line of the summary.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryItem {
    /// Stable identifier: `schema`, `migrations_folder`, `migrations_applied`,
    /// `drift`, `recommendations`.
    pub check: &'static str,
    /// What is checked, in words.
    pub title: &'static str,
    pub status: Status,
    /// The figures behind the status.
    pub detail: String,
}

/// Schema validation.
#[derive(Debug, Clone, Serialize)]
pub struct SchemaSection {
    /// The schema's files, as given.
    pub files: Vec<String>,
    pub valid: bool,
    pub models: usize,
    pub views: usize,
    pub enums: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Sorted by file and position.
    pub diagnostics: Vec<DiagnosticEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DiagnosticEntry {
    /// `error` or `warning`.
    pub severity: DiagnosticSeverity,
    pub code: &'static str,
    pub message: String,
    pub file: String,
    pub line: u32,
    pub column: u32,
}

/// The drift check, grouped by model.
#[derive(Debug, Clone, Serialize)]
pub struct DriftSection {
    /// False when the schema is invalid (nothing to compare with).
    pub checked: bool,
    pub in_sync: bool,
    pub strict: bool,
    pub drift: usize,
    pub warnings: usize,
    pub info: usize,
    /// Tables, enums and views the schema describes, and the database has.
    pub expected: check::Counts,
    pub actual: check::Counts,
    /// By model (or table / enum when the schema has none), sorted.
    pub groups: Vec<DriftGroup>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DriftGroup {
    /// `model User`, `enum Role`, `table public.audit_log`, …
    pub group: String,
    /// `file:line` of the model or enum in the schema.
    pub declared_at: Option<String>,
    pub changes: Vec<DriftChange>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DriftChange {
    pub kind: ChangeKind,
    pub severity: Severity,
    /// `schema.table.name`.
    pub object: String,
    pub expected: Option<String>,
    pub actual: Option<String>,
    pub message: String,
    /// `file:line` in the schema.
    pub at: Option<String>,
}

impl Audit {
    pub fn exit_code(&self) -> u8 {
        self.exit_code
    }

    /// The summary line of a check.
    pub fn check(&self, id: &str) -> Option<&SummaryItem> {
        self.summary.iter().find(|item| item.check == id)
    }
}

/// Runs the audit. See the module documentation.
pub async fn audit(
    parsed: &ParsedSchema,
    source: &AuditSource,
    options: &AuditOptions,
) -> Result<Audit, AuditError> {
    match source {
        AuditSource::Live {
            config,
            migrations,
            migrations_dir,
        } => {
            let (client, connection) = pg::connect(config).await.map_err(AuditError::Connect)?;
            let result = async {
                let rows = migrations::history::read_history(&client, &config.schema)
                    .await
                    .map_err(|source| AuditError::Query {
                        step: "_prisma_migrations",
                        source,
                    })?;
                let history = match migrations {
                    Some(folder) => history::from_database(folder, rows.as_deref()),
                    None => history::no_folder(migrations_dir, rows.as_deref()),
                };
                audit_database(
                    parsed,
                    &client,
                    &config.schema,
                    &config.to_string(),
                    Mode::Live,
                    history,
                    false,
                    options,
                )
                .await
            }
            .await;
            drop(client);
            connection.abort();
            result
        }
        AuditSource::Replay { run, seed } => {
            let errors: Vec<String> = run
                .folder
                .problems
                .iter()
                .filter(|p| p.is_error())
                .filter(|p| {
                    !(run.allow_missing_scripts
                        && matches!(p, migrations::FolderProblem::MissingScript { .. }))
                })
                .map(ToString::to_string)
                .collect();
            if !errors.is_empty() {
                return Err(AuditError::Folder(errors));
            }
            let shadow = ShadowDatabase::open(&run.shadow)
                .await
                .map_err(AuditError::Shadow)?;
            let result = async {
                let (client, connection) = pg::connect(&shadow.config)
                    .await
                    .map_err(AuditError::Connect)?;
                let result =
                    replay_and_audit(parsed, &client, run, seed.as_ref(), &shadow, options).await;
                drop(client);
                connection.abort();
                result
            }
            .await;
            shadow.close().await;
            result
        }
    }
}

async fn replay_and_audit(
    parsed: &ParsedSchema,
    client: &tokio_postgres::Client,
    run: &MigrationsCheck,
    seed: Option<&(String, String)>,
    shadow: &ShadowDatabase,
    options: &AuditOptions,
) -> Result<Audit, AuditError> {
    if let Some((label, sql)) = &run.init_sql {
        replay::apply_script(client, label, sql)
            .await
            .map_err(AuditError::Script)?;
    }
    // Migration by migration, so that a failure is a finding, not an error.
    let mut failure = None;
    for migration in &run.folder.migrations {
        if let Err(error) = replay::apply_script(client, &migration.name, &migration.script).await {
            failure = Some(error);
            break;
        }
    }
    let seeded = match (seed, &failure) {
        (Some((label, sql)), None) => {
            replay::apply_script(client, label, sql)
                .await
                .map_err(AuditError::Script)?;
            true
        }
        _ => false,
    };
    // The shadow database is ours: current statistics make the row estimates exact
    // for small tables.
    client
        .batch_execute("ANALYZE")
        .await
        .map_err(|source| AuditError::Query {
            step: "ANALYZE",
            source,
        })?;
    let history = history::from_replay(
        &run.folder,
        failure.as_ref(),
        seed.map(|(label, _)| label.as_str()),
        seeded,
    );
    audit_database(
        parsed,
        client,
        pg::config::DEFAULT_SCHEMA,
        &shadow.target,
        Mode::Replay,
        history,
        seeded,
        options,
    )
    .await
}

/// The sections that read the database, then the summary.
#[allow(clippy::too_many_arguments)]
async fn audit_database(
    parsed: &ParsedSchema,
    client: &tokio_postgres::Client,
    default_namespace: &str,
    target: &str,
    mode: Mode,
    migrations: MigrationsSection,
    seeded: bool,
    options: &AuditOptions,
) -> Result<Audit, AuditError> {
    let valid = !parsed.diagnostics.has_errors();
    let namespaces = check::namespaces(parsed, default_namespace);
    // An invalid schema cannot be lowered faithfully: no drift check then.
    let expected = valid.then(|| check::expected_database(parsed, default_namespace));
    let mut actual = introspect::introspect_with(client, &namespaces, &options.check.introspect)
        .await
        .map_err(AuditError::Introspect)?;
    let report = expected
        .as_ref()
        .map(|expected| check::compare(parsed, expected, &actual, target, &options.check));
    // Prisma's bookkeeping table is not part of the application's database.
    actual
        .tables
        .retain(|t| t.name.name != migrations::history::HISTORY_TABLE);

    let (server_version, data) = data::collect(client, &actual, options.exact_counts).await?;
    let data = DataSection {
        seeded: (mode == Mode::Replay).then_some(seeded),
        ..data
    };
    let inventory = inventory::build(&actual, expected.as_ref(), parsed);
    let schema = schema_section(parsed);
    let drift = drift_section(report.as_ref());
    let recommendations = recommend::recommend(&recommend::Input {
        actual: &actual,
        expected: expected.as_ref(),
        report: report.as_ref(),
        data: &data,
        migrations: &migrations,
        // An unseeded replay is empty by construction.
        judge_emptiness: mode == Mode::Live || seeded,
    });
    let summary = summarize(&schema, &migrations, &drift, &recommendations);
    let exit_code = if !schema.valid {
        1
    } else if summary.iter().any(|s| s.status == Status::Fail) {
        2
    } else {
        0
    };
    Ok(Audit {
        version: AUDIT_FORMAT_VERSION,
        exit_code,
        mode,
        target: target.to_string(),
        server_version,
        namespaces,
        summary,
        migrations,
        schema,
        drift,
        inventory,
        data,
        recommendations,
    })
}

fn schema_section(parsed: &ParsedSchema) -> SchemaSection {
    use crate::schema::ModelKind;
    let diagnostics: Vec<DiagnosticEntry> = parsed
        .diagnostics
        .sorted()
        .into_iter()
        .map(|d| {
            let file = parsed.sources.get(d.span.file);
            let (line, column) = file.line_column(d.span.start);
            DiagnosticEntry {
                severity: d.severity,
                code: d.code.as_str(),
                message: d.message.clone(),
                file: file.path.clone(),
                line,
                column,
            }
        })
        .collect();
    SchemaSection {
        files: parsed
            .sources
            .files()
            .iter()
            .map(|f| f.path.clone())
            .collect(),
        valid: !parsed.diagnostics.has_errors(),
        models: parsed
            .schema
            .models
            .iter()
            .filter(|m| m.kind == ModelKind::Model)
            .count(),
        views: parsed
            .schema
            .models
            .iter()
            .filter(|m| m.kind == ModelKind::View)
            .count(),
        enums: parsed.schema.enums.len(),
        errors: parsed.diagnostics.errors().count(),
        warnings: parsed.diagnostics.warnings().count(),
        diagnostics,
    }
}

fn drift_section(report: Option<&CheckReport>) -> DriftSection {
    let Some(report) = report else {
        return DriftSection {
            checked: false,
            in_sync: false,
            strict: false,
            drift: 0,
            warnings: 0,
            info: 0,
            expected: check::Counts::default(),
            actual: check::Counts::default(),
            groups: Vec::new(),
        };
    };
    let count = |s: Severity| report.changes.iter().filter(|c| c.severity == s).count();
    let mut groups: std::collections::BTreeMap<String, Vec<&crate::diff::Change>> =
        Default::default();
    for change in &report.changes {
        groups
            .entry(crate::report::group_of(change))
            .or_default()
            .push(change);
    }
    let groups = groups
        .into_iter()
        .map(|(group, changes)| DriftGroup {
            declared_at: changes
                .iter()
                .find_map(|c| c.origin.as_ref().and_then(|o| o.model.as_ref()))
                .and_then(|model| report.locations.get(model))
                .cloned(),
            group,
            changes: changes
                .into_iter()
                .map(|c| DriftChange {
                    kind: c.kind,
                    severity: c.severity,
                    object: c.object.path(),
                    expected: c.expected.clone(),
                    actual: c.actual.clone(),
                    message: c.message.clone(),
                    at: c.origin.as_ref().map(|o| format!("{}:{}", o.file, o.line)),
                })
                .collect(),
        })
        .collect();
    DriftSection {
        checked: true,
        in_sync: report.is_in_sync(),
        strict: report.strict,
        drift: count(Severity::Drift),
        warnings: count(Severity::Warning),
        info: count(Severity::Info),
        expected: report.expected_counts,
        actual: report.actual_counts,
        groups,
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn summarize(
    schema: &SchemaSection,
    migrations: &MigrationsSection,
    drift: &DriftSection,
    recommendations: &[Recommendation],
) -> Vec<SummaryItem> {
    let mut items = Vec::new();

    let (status, detail) = if !schema.valid {
        (
            Status::Fail,
            format!(
                "{}, {}",
                plural(schema.errors, "error", "errors"),
                plural(schema.warnings, "warning", "warnings")
            ),
        )
    } else {
        let shape = format!(
            "{}, {}, {} in {}",
            plural(schema.models, "model", "models"),
            plural(schema.views, "view", "views"),
            plural(schema.enums, "enum", "enums"),
            plural(schema.files.len(), "file", "files"),
        );
        if schema.warnings > 0 {
            (
                Status::Warn,
                format!(
                    "valid with {}; {shape}",
                    plural(schema.warnings, "warning", "warnings")
                ),
            )
        } else {
            (Status::Pass, format!("valid; {shape}"))
        }
    };
    items.push(SummaryItem {
        check: "schema",
        title: "Schema is valid",
        status,
        detail,
    });

    let errors = migrations.problems.iter().filter(|p| p.error).count();
    let warnings = migrations.problems.len() - errors;
    let (status, detail) = if !migrations.found {
        (
            Status::Warn,
            format!("no migrations folder at {}", migrations.dir),
        )
    } else if errors > 0 {
        (
            Status::Fail,
            format!(
                "{}, {}",
                plural(errors, "error", "errors"),
                plural(warnings, "warning", "warnings")
            ),
        )
    } else {
        let shape = format!(
            "{}, {}/{} named YYYYMMDDHHMMSS_description, lock file provider {}",
            plural(migrations.folder_count, "migration", "migrations"),
            migrations.naming.conventional,
            migrations.naming.total,
            migrations.lock_provider.as_deref().unwrap_or("missing"),
        );
        if warnings > 0 {
            (
                Status::Warn,
                format!("{}; {shape}", plural(warnings, "warning", "warnings")),
            )
        } else {
            (Status::Pass, shape)
        }
    };
    items.push(SummaryItem {
        check: "migrations_folder",
        title: "Migrations folder is well-formed",
        status,
        detail,
    });

    let not_applied = migrations
        .migrations
        .iter()
        .filter(|m| !m.status.is_done())
        .count();
    let counts: Vec<String> = migrations
        .states
        .iter()
        .map(|(state, n)| format!("{n} {state}"))
        .collect();
    let (status, detail) = if migrations.migrations.is_empty() {
        (Status::Pass, "no migrations".to_string())
    } else if not_applied > 0 {
        (Status::Fail, counts.join(", "))
    } else {
        (Status::Pass, counts.join(", "))
    };
    items.push(SummaryItem {
        check: "migrations_applied",
        title: match migrations.source {
            HistorySource::Replay => "Migrations replay cleanly",
            HistorySource::Database => "Migrations are applied",
        },
        status,
        detail,
    });

    let (status, detail) = if !drift.checked {
        (
            Status::Skip,
            "not checked: the schema is invalid".to_string(),
        )
    } else {
        let detail = format!(
            "{} drift, {}, {} info",
            drift.drift,
            plural(drift.warnings, "warning", "warnings"),
            drift.info
        );
        if !drift.in_sync {
            (Status::Fail, detail)
        } else if drift.warnings > 0 {
            (Status::Warn, detail)
        } else {
            (Status::Pass, detail)
        }
    };
    items.push(SummaryItem {
        check: "drift",
        title: "Database matches the schema",
        status,
        detail,
    });

    let mut kinds: std::collections::BTreeMap<&str, usize> = Default::default();
    for r in recommendations {
        *kinds.entry(r.kind.as_str()).or_default() += 1;
    }
    let (status, detail) = if recommendations.is_empty() {
        (Status::Pass, "none".to_string())
    } else {
        (
            Status::Warn,
            kinds
                .iter()
                .map(|(kind, n)| format!("{n} {kind}"))
                .collect::<Vec<_>>()
                .join(", "),
        )
    };
    items.push(SummaryItem {
        check: "recommendations",
        title: "Recommendations",
        status,
        detail,
    });
    items
}
