//! The audit's summary: one line per check, from the sections.

use super::finding::{Finding, FindingSeverity, Priority};
use super::prisma::PrismaSection;
use super::{
    ActionItem, ActionItems, DriftSection, FormatCheck, HistorySource, Inventory,
    MigrationsSection, SchemaSection, Status, SummaryItem,
};
use crate::diagnostics::count as plural;

pub(super) struct Sections<'a> {
    pub schema: &'a SchemaSection,
    pub formatting: Option<&'a FormatCheck>,
    pub migrations: &'a MigrationsSection,
    pub drift: &'a DriftSection,
    pub prisma: &'a PrismaSection,
    pub findings: &'a [Finding],
}

pub(super) fn summarize(s: &Sections<'_>) -> Vec<SummaryItem> {
    vec![
        schema_item(s.schema),
        formatted_item(s.formatting),
        folder_item(s.migrations),
        applied_item(s.migrations),
        drift_item(s.drift),
        prisma_item(s.prisma),
        findings_item(s.findings),
    ]
}

/// Whether the schema is formatted as `prisma format` formats it.
fn formatted_item(formatting: Option<&FormatCheck>) -> SummaryItem {
    let (status, detail) = match formatting {
        None => (
            Status::Skip,
            "not checked: the schema is invalid".to_string(),
        ),
        Some(check) if check.unformatted.is_empty() => (
            Status::Pass,
            format!(
                "{} as prisma format writes them",
                plural(check.files, "file", "files")
            ),
        ),
        Some(check) => (
            Status::Warn,
            format!(
                "{} of {} not formatted: {}",
                check.unformatted.len(),
                plural(check.files, "file", "files"),
                check.unformatted.join(", ")
            ),
        ),
    };
    SummaryItem {
        check: "schema_formatted",
        title: "Schema is formatted",
        status,
        detail,
    }
}

/// The Prisma packages' versions.
fn prisma_item(prisma: &PrismaSection) -> SummaryItem {
    let version = |v: &Option<String>| v.clone().unwrap_or_else(|| "not found".into());
    let (status, detail) = if prisma.prisma.is_none() && prisma.client.is_none() {
        (
            Status::Skip,
            "no package.json or lock file names prisma".to_string(),
        )
    } else {
        let mut detail = format!(
            "prisma {}, @prisma/client {}",
            version(&prisma.prisma),
            version(&prisma.client)
        );
        if prisma.mismatch {
            detail.push_str(" (mismatch)");
        }
        if !prisma.prisma7.is_empty() && prisma.major.is_some_and(|m| m < 7) {
            detail.push_str(&format!(
                "; {} before Prisma 7",
                plural(prisma.prisma7.len(), "change", "changes")
            ));
        }
        let status = if prisma.mismatch {
            Status::Warn
        } else {
            Status::Pass
        };
        (status, detail)
    };
    SummaryItem {
        check: "prisma_version",
        title: "Prisma version",
        status,
        detail,
    }
}

/// Schema validation.
fn schema_item(schema: &SchemaSection) -> SummaryItem {
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
    SummaryItem {
        check: "schema",
        title: "Schema is valid",
        status,
        detail,
    }
}

/// The migrations folder's shape.
fn folder_item(migrations: &MigrationsSection) -> SummaryItem {
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
    SummaryItem {
        check: "migrations_folder",
        title: "Migrations folder is well-formed",
        status,
        detail,
    }
}

/// Whether the migrations are applied (or replay).
fn applied_item(migrations: &MigrationsSection) -> SummaryItem {
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
    let (status, detail) = if let Some(reason) = &migrations.skipped {
        (Status::Skip, reason.clone())
    } else if migrations.migrations.is_empty() {
        (Status::Pass, "no migrations".to_string())
    } else if not_applied > 0 {
        (Status::Fail, counts.join(", "))
    } else {
        (Status::Pass, counts.join(", "))
    };
    SummaryItem {
        check: "migrations_applied",
        title: match migrations.source {
            HistorySource::Replay => "Migrations replay cleanly",
            HistorySource::Database => "Migrations are applied",
        },
        status,
        detail,
    }
}

/// Whether the database matches the schema.
fn drift_item(drift: &DriftSection) -> SummaryItem {
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
    SummaryItem {
        check: "drift",
        title: "Database matches the schema",
        status,
        detail,
    }
}

/// How many findings of each severity.
fn findings_item(findings: &[Finding]) -> SummaryItem {
    let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
    let (critical, warnings, recommendations) = (
        count(FindingSeverity::Critical),
        count(FindingSeverity::Warning),
        count(FindingSeverity::Recommendation),
    );
    let status = if critical > 0 {
        Status::Fail
    } else if warnings + recommendations > 0 {
        Status::Warn
    } else {
        Status::Pass
    };
    SummaryItem {
        check: "findings",
        title: "Findings",
        status,
        detail: format!(
            "{critical} critical, {}, {}",
            plural(warnings, "warning", "warnings"),
            plural(recommendations, "recommendation", "recommendations")
        ),
    }
}

/// The executive summary's paragraph, from the figures.
pub(super) fn overview(s: &Sections<'_>, inventory: &Inventory, mode: super::Mode) -> String {
    let t = &inventory.totals;
    let mut out = String::new();
    let done = s
        .migrations
        .migrations
        .iter()
        .filter(|m| m.status.is_done())
        .count();
    let all = s.migrations.migrations.len();
    let migrations = match mode {
        super::Mode::Replay => format!("{done} of {all} migrations replay cleanly"),
        super::Mode::Live => format!("{done} of {all} migrations are applied"),
    };
    let sync = if !s.drift.checked {
        "the schema is invalid, so the database was not compared with it".to_string()
    } else if s.drift.in_sync {
        "the database matches the schema (no drift)".to_string()
    } else {
        format!(
            "the database differs from the schema ({})",
            plural(s.drift.drift, "drift change", "drift changes")
        )
    };
    out.push_str(&format!(
        "{}; {sync}. The database holds {}, {}, {}, {} and {}.",
        migrations,
        plural(t.tables, "table", "tables"),
        plural(t.indexes, "index", "indexes"),
        plural(t.unique_indexes, "unique index", "unique indexes"),
        plural(t.foreign_keys, "foreign key", "foreign keys"),
        plural(t.enums, "enum", "enums"),
    ));
    let count = |severity| s.findings.iter().filter(|f| f.severity == severity).count();
    out.push_str(&format!(
        " The audit found {}, {} and {}.",
        plural(
            count(FindingSeverity::Critical),
            "critical issue",
            "critical issues"
        ),
        plural(count(FindingSeverity::Warning), "warning", "warnings"),
        plural(
            count(FindingSeverity::Recommendation),
            "recommendation",
            "recommendations"
        ),
    ));
    out
}
/// Action items from the findings: high priority now, medium soon, low later;
/// one item per kind.
pub(super) fn action_items(findings: &[Finding]) -> ActionItems {
    let mut items = ActionItems::default();
    let mut kinds: std::collections::BTreeMap<_, usize> = Default::default();
    for f in findings {
        *kinds.entry((f.priority, f.kind)).or_default() += 1;
    }
    for ((priority, kind), count) in kinds {
        let item = ActionItem {
            kind,
            count,
            text: format!("{} ({count}): {}", kind.title(), kind.rationale()),
        };
        match priority {
            Priority::High => items.immediate.push(item),
            Priority::Medium => items.short_term.push(item),
            Priority::Low => items.long_term.push(item),
        }
    }
    items
}
