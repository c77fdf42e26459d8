//! The audit's summary: one line per check, from the sections.

use super::{
    DriftSection, HistorySource, MigrationsSection, Recommendation, SchemaSection, Status,
    SummaryItem,
};

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(super) fn summarize(
    schema: &SchemaSection,
    migrations: &MigrationsSection,
    drift: &DriftSection,
    recommendations: &[Recommendation],
) -> Vec<SummaryItem> {
    vec![
        schema_item(schema),
        folder_item(migrations),
        applied_item(migrations),
        drift_item(drift),
        recommendations_item(recommendations),
    ]
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
    let (status, detail) = if migrations.migrations.is_empty() {
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

/// How many recommendations of each kind.
fn recommendations_item(recommendations: &[Recommendation]) -> SummaryItem {
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
    SummaryItem {
        check: "recommendations",
        title: "Recommendations",
        status,
        detail,
    }
}
