//! The migration and database synchronization audit: one document with every
//! figure computed from the schema, the migrations folder and the database.
//!
//! [`build`] makes an [`Audit`] from what the application layer gathered
//! ([`crate::run::audit`] reads a live database, statuses from
//! `_prisma_migrations`, or replays a migrations folder into a shadow
//! database, optionally seeded) plus the few queries of its own (data, security):
//!
//! - **header and overview**: date, tool, command, target; a computed paragraph and totals;
//! - **summary**: one [`SummaryItem`] per check, `pass` / `warn` / `fail` / `skip`;
//! - **migrations**: the folder's migrations with their status and size,
//!   naming, order and lock file ([`MigrationsSection`]);
//! - **schema**: validation result and diagnostics ([`SchemaSection`]);
//! - **drift**: the drift check's [`CheckReport`] grouped by model ([`DriftSection`]);
//! - **inventory**: tables, columns, indexes, keys, enums, views, extensions,
//!   read from the introspected [`ir::Database`] ([`Inventory`]);
//! - **data**: rows and size per table ([`DataSection`]);
//! - **prisma**: `prisma` and `@prisma/client` from the manifests and lock files, and
//!   readiness for Prisma 7; **formatting**: whether the schema is formatted;
//! - **security**: row-level security, owners, PUBLIC grants, the connecting role;
//! - **diagrams**: Mermaid ER diagrams per group;
//! - **findings** derived from all of the above ([`Finding`]), each with a severity, a priority
//!   and a suggestion, and the **action items** they make;
//! - **appendix**: the read-only SQL behind each headline figure.
//!
//! The JSON form of an audit is `serde_json` of [`Audit`]; its shape is part
//! of the public contract: fields are only ever added within one
//! [`AUDIT_FORMAT_VERSION`]. Everything is sorted, so the same inputs give the
//! same document.
//!
//! The inspected database is only read: introspection, `_prisma_migrations`,
//! the data and the security queries each run in a `READ ONLY` transaction. A shadow database
//! is written to (migrations, `--seed`, then `ANALYZE` so that the row
//! estimates are current) and dropped afterwards.

mod appendix;
mod data;
mod diagram;
mod finding;
pub mod history;
mod inventory;
pub mod prisma;
mod recommend;
mod sections;
mod security;
mod summary;

use serde::Serialize;

pub use appendix::AppendixQuery;
pub use data::{CountMethod, DataSection, TableData};
pub use diagram::{Diagram, DiagramRelation, Entity, MAX_ENTITIES, ONE_DIAGRAM_UP_TO};
pub use finding::{
    Finding, FindingKind, FindingObject, FindingSeverity, Priority, SchemaLocation, Suggestion,
};
pub use history::{
    HistorySource, MigrationEntry, MigrationStatus, MigrationsSection, Naming, Order, ProblemEntry,
};
pub use inventory::{
    ActionCount, EnumEntry, ExtensionEntry, ForeignKeyEntry, IndexEntry, Inventory, TableEntry,
    TableGroup, Totals, ViewEntry,
};
pub use prisma::{PackageSource, Prisma7Item, PrismaSection};
pub use security::{SecuritySection, TableSecurity, LARGE_TABLE_ROWS};

use crate::diagnostics::Severity as DiagnosticSeverity;
use crate::diff::{ChangeKind, CheckReport, Counts, Severity};
use crate::ir;
use crate::schema::ParsedSchema;

/// Version of the JSON shape of [`Audit`].
pub const AUDIT_FORMAT_VERSION: u32 = 2;

/// Why an audit could not be made (as opposed to what it found).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuditError {
    /// A query of the audit itself failed.
    #[error("the audit's {step} query failed: {}", describe(source))]
    Query {
        /// Which query.
        step: &'static str,
        /// The client's error.
        #[source]
        source: tokio_postgres::Error,
    },
}

/// Whether PostgreSQL refused for want of a privilege (SQLSTATE 42501).
pub(crate) fn is_privilege_error(error: &tokio_postgres::Error) -> bool {
    error.code() == Some(&tokio_postgres::error::SqlState::INSUFFICIENT_PRIVILEGE)
}

pub(crate) fn describe(error: &tokio_postgres::Error) -> String {
    match error.as_db_error() {
        Some(db) => format!(
            "{} ({})",
            crate::diagnostics::shorten(db.message(), crate::diagnostics::MESSAGE_LIMIT),
            db.code().code()
        ),
        None => error.to_string(),
    }
}

/// The audit, section by section. Serialized as is for `--format json`.
#[derive(Debug, Clone, Serialize)]
pub struct Audit {
    /// [`AUDIT_FORMAT_VERSION`].
    pub version: u32,
    /// 0 every check passes (warnings allowed), 1 the schema is invalid,
    /// 2 a check fails (drift, pending/failed migrations, a broken folder).
    pub exit_code: u8,
    /// When the audit ran: RFC 3339, UTC (`SOURCE_DATE_EPOCH` when set).
    pub generated_at: String,
    /// The tool and its version.
    pub tool: Tool,
    /// The command line, with passwords masked (`None` when not run from one).
    pub command: Option<String>,
    /// `live` or `replay`.
    pub mode: Mode,
    /// Where the database is (never with a password).
    pub target: String,
    /// `server_version` of the PostgreSQL the figures come from.
    pub server_version: String,
    /// The namespaces (PostgreSQL schemas) audited.
    pub namespaces: Vec<String>,
    /// The executive summary's paragraph (plain text).
    pub overview: String,
    /// One line per check.
    pub summary: Vec<SummaryItem>,
    /// Whether the schema is formatted (`None`: not checked, the schema is invalid).
    pub formatting: Option<FormatCheck>,
    /// The Prisma packages and Prisma 7 readiness.
    pub prisma: PrismaSection,
    /// The migration history.
    pub migrations: MigrationsSection,
    /// Schema validation.
    pub schema: SchemaSection,
    /// The drift check, grouped by model.
    pub drift: DriftSection,
    /// What the database holds.
    pub inventory: Inventory,
    /// Rows and sizes.
    pub data: DataSection,
    /// Row-level security, owners, grants, the connecting role, `sslmode`.
    pub security: SecuritySection,
    /// Entity-relationship diagrams (one per group when the schema is large).
    pub diagrams: Vec<Diagram>,
    /// What was found, most severe first.
    pub findings: Vec<Finding>,
    /// The findings as immediate, short-term and long-term actions.
    pub action_items: ActionItems,
    /// The SQL that reproduces each headline figure.
    pub appendix: Vec<AppendixQuery>,
}

/// The tool that wrote the audit.
#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    /// `prisma-drift`.
    pub name: &'static str,
    /// Its version.
    pub version: &'static str,
}

/// Whether the schema is formatted as `prisma format` formats it.
#[derive(Debug, Clone, Serialize)]
pub struct FormatCheck {
    /// Files of the schema.
    pub files: usize,
    /// Those that formatting would change.
    pub unformatted: Vec<String>,
}

/// The findings as actions, by priority.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ActionItems {
    /// High priority.
    pub immediate: Vec<ActionItem>,
    /// Medium priority.
    pub short_term: Vec<ActionItem>,
    /// Low priority.
    pub long_term: Vec<ActionItem>,
}

/// One action: every finding of one kind.
#[derive(Debug, Clone, Serialize)]
pub struct ActionItem {
    /// The findings' kind.
    pub kind: FindingKind,
    /// How many findings.
    pub count: usize,
    /// What to do (plain text).
    pub text: String,
}

/// Where the figures come from.
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
    /// The check passes.
    Pass,
    /// The check passes with something to look at.
    Warn,
    /// The check fails.
    Fail,
    /// Not run (what it needs failed first).
    Skip,
}

impl Status {
    /// `pass`, `warn`, `fail` or `skip`.
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
    /// Stable identifier: `schema`, `schema_formatted`, `migrations_folder`,
    /// `migrations_applied`, `drift`, `prisma_version`, `findings`.
    pub check: &'static str,
    /// What is checked, in words.
    pub title: &'static str,
    /// The outcome.
    pub status: Status,
    /// The figures behind the status.
    pub detail: String,
}

/// Schema validation.
#[derive(Debug, Clone, Serialize)]
pub struct SchemaSection {
    /// The schema's files, as given.
    pub files: Vec<String>,
    /// No errors.
    pub valid: bool,
    /// Models.
    pub models: usize,
    /// Views.
    pub views: usize,
    /// Enums.
    pub enums: usize,
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Sorted by file and position.
    pub diagnostics: Vec<DiagnosticEntry>,
}

/// One diagnostic of the schema.
#[derive(Debug, Clone, Serialize)]
pub struct DiagnosticEntry {
    /// `error` or `warning`.
    pub severity: DiagnosticSeverity,
    /// The diagnostic's stable code.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// The file, as given.
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (in characters).
    pub column: u32,
}

/// The drift check, grouped by model.
#[derive(Debug, Clone, Serialize)]
pub struct DriftSection {
    /// False when the schema is invalid (nothing to compare with).
    pub checked: bool,
    /// No change counts as drift.
    pub in_sync: bool,
    /// Warnings counted as drift.
    pub strict: bool,
    /// Changes of severity drift.
    pub drift: usize,
    /// Warnings.
    pub warnings: usize,
    /// Info.
    pub info: usize,
    /// Tables, enums and views the schema describes, and the database has.
    pub expected: Counts,
    /// …and the database has.
    pub actual: Counts,
    /// By model (or table / enum when the schema has none), sorted.
    pub groups: Vec<DriftGroup>,
}

/// The changes of one model (or table, or enum).
#[derive(Debug, Clone, Serialize)]
pub struct DriftGroup {
    /// `model User`, `enum Role`, `table public.audit_log`, …
    pub group: String,
    /// `file:line` of the model or enum in the schema.
    pub declared_at: Option<String>,
    /// Its changes, sorted.
    pub changes: Vec<DriftChange>,
}

/// One change of a drift group.
#[derive(Debug, Clone, Serialize)]
pub struct DriftChange {
    /// Its stable kind.
    pub kind: ChangeKind,
    /// Its severity.
    pub severity: Severity,
    /// `schema.table.name`.
    pub object: String,
    /// What the schema says.
    pub expected: Option<String>,
    /// What the database has.
    pub actual: Option<String>,
    /// One sentence saying what differs.
    pub message: String,
    /// `file:line` in the schema.
    pub at: Option<String>,
}

impl Audit {
    /// 0 every check passes (warnings allowed), 1 the schema is invalid, 2 a check fails.
    pub fn exit_code(&self) -> u8 {
        self.exit_code
    }

    /// The summary line of a check.
    pub fn check(&self, id: &str) -> Option<&SummaryItem> {
        self.summary.iter().find(|item| item.check == id)
    }
}

/// What [`build`] needs: the schema, a connection to the audited database
/// and what the application layer already read from it.
pub struct AuditInput<'a> {
    /// The schema, valid or not (an invalid one is reported, not lowered).
    pub parsed: &'a ParsedSchema,
    /// The audited database (live, or the shadow database after the replay).
    pub client: &'a tokio_postgres::Client,
    /// Where the database is, for the report (never with a password).
    pub target: &'a str,
    /// Live database or replay.
    pub mode: Mode,
    /// The migration history section.
    pub migrations: MigrationsSection,
    /// Whether a seed ran (replay only).
    pub seeded: bool,
    /// Count rows with `count(*)` instead of reading the planner's estimate.
    pub exact_counts: bool,
    /// The namespaces audited.
    pub namespaces: Vec<String>,
    /// The database the schema describes (`None` when the schema is invalid).
    pub expected: Option<&'a ir::Database>,
    /// The database as introspected, `_prisma_migrations` included.
    pub actual: ir::Database,
    /// The drift check of `expected` against `actual`.
    pub report: Option<&'a CheckReport>,
    /// Whether the schema is formatted (`None` when it is invalid).
    pub formatting: Option<FormatCheck>,
    /// The Prisma packages' versions.
    pub prisma: PrismaSection,
    /// The command line, passwords masked.
    pub command: Option<String>,
    /// The URL's `sslmode` (live databases).
    pub sslmode: Option<String>,
}

/// Now, or `SOURCE_DATE_EPOCH` (reproducible documents), as RFC 3339 in UTC.
fn generated_at() -> String {
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .map(|secs| std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs))
        .unwrap_or_else(std::time::SystemTime::now);
    humantime::format_rfc3339_seconds(now).to_string()
}

/// Builds the audit. See the module documentation.
pub async fn build(input: AuditInput<'_>) -> Result<Audit, AuditError> {
    let AuditInput {
        parsed,
        client,
        target,
        mode,
        migrations,
        seeded,
        exact_counts,
        namespaces,
        expected,
        mut actual,
        report,
        formatting,
        prisma,
        command,
        sslmode,
    } = input;
    // Prisma's bookkeeping table is not part of the application's database.
    actual
        .tables
        .retain(|t| t.name.name != crate::migrations::history::HISTORY_TABLE);

    let (server_version, data) = data::collect(client, &actual, exact_counts).await?;
    let data = DataSection {
        seeded: (mode == Mode::Replay).then_some(seeded),
        ..data
    };
    let security = security::collect(client, &namespaces, sslmode).await?;
    let inventory = inventory::build(&actual, expected, parsed);
    let diagrams = diagram::build(&actual, &inventory);
    let schema = sections::schema_section(parsed);
    let drift = sections::drift_section(report);
    let findings = all_findings(&FindingSources {
        parsed,
        actual: &actual,
        expected,
        report,
        data: &data,
        migrations: &migrations,
        security: &security,
        prisma: &prisma,
        mode,
        seeded,
    });
    let sections = summary::Sections {
        schema: &schema,
        formatting: formatting.as_ref(),
        migrations: &migrations,
        drift: &drift,
        prisma: &prisma,
        findings: &findings,
    };
    let summary = summary::summarize(&sections);
    let overview = summary::overview(&sections, &inventory, mode);
    let exit_code = if !schema.valid {
        1
    } else if summary
        .iter()
        .any(|s| s.status == Status::Fail && s.check != "findings")
    {
        2
    } else {
        0
    };
    let appendix = appendix::build(&namespaces, &inventory.totals, &data, &security);
    Ok(Audit {
        version: AUDIT_FORMAT_VERSION,
        exit_code,
        generated_at: generated_at(),
        tool: Tool {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
        },
        command,
        mode,
        target: target.to_string(),
        server_version,
        namespaces,
        overview,
        summary,
        formatting,
        prisma,
        migrations,
        schema,
        drift,
        inventory,
        data,
        security,
        diagrams,
        action_items: summary::action_items(&findings),
        findings,
        appendix,
    })
}

struct FindingSources<'a> {
    parsed: &'a ParsedSchema,
    actual: &'a ir::Database,
    expected: Option<&'a ir::Database>,
    report: Option<&'a CheckReport>,
    data: &'a DataSection,
    migrations: &'a MigrationsSection,
    security: &'a SecuritySection,
    prisma: &'a PrismaSection,
    mode: Mode,
    seeded: bool,
}

/// Every finding, most severe first, then by priority, kind and object.
fn all_findings(s: &FindingSources<'_>) -> Vec<Finding> {
    let mut findings = recommend::recommend(&recommend::Input {
        actual: s.actual,
        expected: s.expected,
        report: s.report,
        data: s.data,
        migrations: s.migrations,
        // An unseeded replay is empty by construction.
        judge_emptiness: s.mode == Mode::Live || s.seeded,
    });
    security::findings(s.security, s.mode == Mode::Live, &mut findings);
    security::schema_checks(s.parsed, s.expected, s.data, &mut findings);
    if s.prisma.mismatch {
        findings.push(Finding::new(
            FindingKind::PrismaVersionMismatch,
            FindingObject::named("@prisma/client"),
            format!(
                "prisma is {} and @prisma/client is {}.",
                s.prisma.prisma.as_deref().unwrap_or("?"),
                s.prisma.client.as_deref().unwrap_or("?")
            ),
            "Install the same version of both packages.",
        ));
    }
    if s.prisma.major.is_none_or(|m| m < 7) {
        for item in &s.prisma.prisma7 {
            let (file, line) = item.at.rsplit_once(':').unwrap_or((&item.at, "0"));
            let mut finding = Finding::new(
                FindingKind::Prisma7Readiness,
                FindingObject::named(item.code),
                item.message.clone(),
                "Change it before upgrading to Prisma 7.",
            );
            finding.location = Some(SchemaLocation {
                file: file.to_string(),
                line: line.parse().unwrap_or(0),
            });
            findings.push(finding);
        }
    }
    findings.sort_by(|a, b| {
        (a.severity, a.priority, a.kind, &a.object.path, &a.message).cmp(&(
            b.severity,
            b.priority,
            b.kind,
            &b.object.path,
            &b.message,
        ))
    });
    findings.dedup();
    findings
}
