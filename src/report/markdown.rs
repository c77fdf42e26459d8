//! The Markdown form of an [`Audit`]: a document to read, attach to a ticket or
//! commit beside the migrations. Every figure comes from the audit; nothing is
//! decided here.
//!
//! Text that comes from the database or the project (names, messages, server
//! errors) goes through [`cell`] or [`code`], which escape it for Markdown.

use std::fmt::Write;

use super::escape::{code_span as code, escape_markdown};

use crate::audit::{
    Audit, DriftSection, HistorySource, MigrationsSection, Mode, SchemaSection, Status,
};
use crate::diagnostics::count as plural;
use crate::diagnostics::Severity as DiagnosticSeverity;

mod findings;
mod inventory;

/// Renders an audit as GitHub-flavoured Markdown.
pub fn render_markdown(audit: &Audit) -> String {
    let mut out = String::new();
    header(&mut out, audit);
    summary(&mut out, audit);
    findings::findings(&mut out, &audit.findings, &audit.namespaces);
    findings::action_items(&mut out, &audit.action_items);
    migrations(&mut out, &audit.migrations);
    schema(&mut out, &audit.schema);
    findings::prisma(&mut out, &audit.prisma);
    drift(&mut out, &audit.drift);
    inventory::inventory(&mut out, audit);
    inventory::diagrams(&mut out, &audit.diagrams);
    inventory::data(&mut out, audit);
    inventory::security(&mut out, audit);
    inventory::appendix(&mut out, audit);
    out
}

fn header(out: &mut String, audit: &Audit) {
    let _ = writeln!(out, "# Migration and database synchronization audit\n");
    let line = |out: &mut String, label: &str, value: String| {
        let _ = writeln!(out, "- **{label}:** {value}");
    };
    line(out, "Date", cell(&audit.generated_at));
    line(
        out,
        "Tool",
        format!("{} {}", audit.tool.name, cell(audit.tool.version)),
    );
    if let Some(command) = &audit.command {
        line(out, "Command", code(command));
    }
    line(out, "Target", cell(&audit.target));
    line(out, "PostgreSQL", cell(&audit.server_version));
    let files: Vec<String> = audit.schema.files.iter().map(|f| code(f)).collect();
    line(out, "Schema", files.join(", "));
    let folder = if audit.migrations.found {
        format!(
            "{} ({})",
            code(&audit.migrations.dir),
            plural(audit.migrations.folder_count, "migration", "migrations")
        )
    } else {
        format!("none at {}", code(&audit.migrations.dir))
    };
    line(out, "Migrations", folder);
    if audit.namespaces.len() > 1 {
        let namespaces: Vec<String> = audit.namespaces.iter().map(|n| code(n)).collect();
        line(out, "Namespaces", namespaces.join(", "));
    }
    if audit.mode == Mode::Replay {
        let seed = match (&audit.migrations.seed, audit.migrations.seed_ran) {
            (Some(seed), true) => code(seed),
            (Some(seed), false) => format!("{} (not run: a migration failed)", code(seed)),
            (None, _) => "none (the tables are empty)".to_string(),
        };
        line(out, "Seed", seed);
    }
    out.push('\n');
}

fn summary(out: &mut String, audit: &Audit) {
    let verdict = match audit.exit_code {
        0 => "✅ PASSING",
        1 => "❌ INVALID SCHEMA",
        _ => "❌ FAILING",
    };
    let _ = writeln!(out, "## Executive summary\n");
    let _ = writeln!(
        out,
        "**Audit status: {verdict}** (exit code {}).\n",
        audit.exit_code
    );
    let _ = writeln!(out, "{}\n", cell(&audit.overview));
    let t = &audit.inventory.totals;
    let migrations = audit.migrations.migrations.len();
    let _ = writeln!(
        out,
        "**{}** · **{}** · **{}** · **{}** · **{}** · **{}** · **{}**\n",
        plural(migrations, "migration", "migrations"),
        plural(t.tables, "table", "tables"),
        plural(t.indexes, "index", "indexes"),
        plural(t.unique_indexes, "unique index", "unique indexes"),
        plural(t.foreign_keys, "foreign key", "foreign keys"),
        plural(t.enums, "enum", "enums"),
        plural(audit.findings.len(), "finding", "findings"),
    );
    let _ = writeln!(out, "| Check | Status | Details |\n|---|---|---|");
    for item in &audit.summary {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            item.title,
            status_mark(item.status),
            cell(&item.detail)
        );
    }
    out.push('\n');
}

/// Text in a table cell or a line: one line, control characters visible, pipes escaped, no
/// HTML ([`escape_markdown`]).
fn cell(text: &str) -> String {
    escape_markdown(text)
}

/// `1.5 KB`, `12 B`, `3.2 MB` (powers of 1024).
pub(crate) fn human_bytes(bytes: i64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

fn status_mark(status: Status) -> &'static str {
    match status {
        Status::Pass => "✅ pass",
        Status::Warn => "⚠️ warn",
        Status::Fail => "❌ fail",
        Status::Skip => "⏭️ skip",
    }
}

fn migrations(out: &mut String, section: &MigrationsSection) {
    let _ = writeln!(out, "## Migration history\n");
    if !section.found {
        let _ = writeln!(out, "No migrations folder at {}.", code(&section.dir));
    }
    let source = match section.source {
        HistorySource::Replay => {
            "statuses from replaying the folder in order, as `prisma migrate deploy` does"
        }
        HistorySource::Database => match section.history_table {
            Some(false) => {
                "statuses from `_prisma_migrations`, which does not exist in the database"
            }
            _ => "statuses from `_prisma_migrations`",
        },
    };
    if section.found {
        let _ = writeln!(
            out,
            "{} in {}, {} in all; {source}.\n",
            plural(section.folder_count, "migration", "migrations"),
            code(&section.dir),
            human_bytes(section.total_bytes as i64),
        );
    } else {
        let _ = writeln!(out, "{}.\n", capitalize(source));
    }
    if let Some(reason) = &section.skipped {
        let _ = writeln!(out, "Statuses: {}.\n", cell(reason));
    }
    migration_table(out, section);
    if section.found {
        let naming = &section.naming;
        let _ = write!(
            out,
            "- Naming: {} of {} follow `YYYYMMDDHHMMSS_description`",
            naming.conventional, naming.total
        );
        if naming.unconventional.is_empty() {
            let _ = writeln!(out, ".");
        } else {
            let names: Vec<String> = naming.unconventional.iter().map(|n| code(n)).collect();
            let _ = writeln!(out, "; not: {}.", names.join(", "));
        }
        let order = &section.order;
        let _ = write!(
            out,
            "- Order: applied by folder name; timestamps ascending in that order: {}; duplicate timestamps: ",
            if order.timestamps_ascending { "yes" } else { "no" }
        );
        if order.duplicate_timestamps.is_empty() {
            let _ = write!(out, "none");
        } else {
            let groups: Vec<String> = order
                .duplicate_timestamps
                .iter()
                .map(|g| g.iter().map(|n| code(n)).collect::<Vec<_>>().join(" = "))
                .collect();
            let _ = write!(out, "{}", groups.join("; "));
        }
        if section.source == HistorySource::Database {
            if order.applied_out_of_order.is_empty() {
                let _ = write!(out, "; applied out of order: none");
            } else {
                let names: Vec<String> =
                    order.applied_out_of_order.iter().map(|n| code(n)).collect();
                let _ = write!(out, "; applied out of order: {}", names.join(", "));
            }
        }
        let _ = writeln!(out, ".");
        match &section.lock_provider {
            Some(provider) => {
                let _ = writeln!(
                    out,
                    "- Lock file: `migration_lock.toml`, provider {}.",
                    code(provider)
                );
            }
            None => {
                let _ = writeln!(out, "- Lock file: none readable.");
            }
        }
        if section.problems.is_empty() {
            let _ = writeln!(out, "- Folder problems: none.");
        } else {
            let _ = writeln!(out, "- Folder problems:");
            for problem in &section.problems {
                let _ = writeln!(
                    out,
                    "  - {}: {}",
                    if problem.error { "error" } else { "warning" },
                    cell(&problem.message)
                );
            }
        }
    }
    out.push('\n');
}

fn migration_table(out: &mut String, section: &MigrationsSection) {
    if section.migrations.is_empty() {
        return;
    }
    {
        let live = section.source == HistorySource::Database;
        let _ = write!(out, "| # | Migration | Date | Status |");
        if live {
            let _ = write!(out, " Applied at |");
        }
        let _ = writeln!(out, " Size |");
        let _ = write!(out, "|---:|---|---|---|");
        if live {
            let _ = write!(out, "---|");
        }
        let _ = writeln!(out, "---:|");
        for (i, entry) in section.migrations.iter().enumerate() {
            let _ = write!(
                out,
                "| {} | {} | {} | {} |",
                i + 1,
                code(&entry.name),
                entry.timestamp.as_deref().unwrap_or("—"),
                entry.status.as_str()
            );
            if live {
                let _ = write!(
                    out,
                    " {} |",
                    cell(entry.applied_at.as_deref().unwrap_or("—"))
                );
            }
            let _ = writeln!(
                out,
                " {} |",
                entry
                    .bytes
                    .map(|b| human_bytes(b as i64))
                    .unwrap_or_else(|| "—".into())
            );
        }
        let states: Vec<String> = section
            .states
            .iter()
            .map(|(state, n)| format!("{n} {state}"))
            .collect();
        let _ = writeln!(out, "\nStatuses: {}.\n", states.join(", "));
        for entry in section.migrations.iter().filter(|e| e.error.is_some()) {
            let _ = writeln!(
                out,
                "- {} failed: {}",
                code(&entry.name),
                cell(entry.error.as_deref().unwrap_or_default())
            );
        }
        if section.migrations.iter().any(|e| e.error.is_some()) {
            out.push('\n');
        }
    }
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn schema(out: &mut String, section: &SchemaSection) {
    let _ = writeln!(out, "## Schema validation\n");
    let _ = writeln!(
        out,
        "{}: {}, {}, {} in {}; {}, {}.\n",
        if section.valid { "Valid" } else { "Invalid" },
        plural(section.models, "model", "models"),
        plural(section.views, "view", "views"),
        plural(section.enums, "enum", "enums"),
        plural(section.files.len(), "file", "files"),
        plural(section.errors, "error", "errors"),
        plural(section.warnings, "warning", "warnings"),
    );
    if !section.diagnostics.is_empty() {
        let _ = writeln!(
            out,
            "| Severity | Location | Code | Message |\n|---|---|---|---|"
        );
        for d in &section.diagnostics {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                match d.severity {
                    DiagnosticSeverity::Error => "error",
                    DiagnosticSeverity::Warning => "warning",
                },
                code(&format!("{}:{}:{}", d.file, d.line, d.column)),
                code(d.code),
                cell(&d.message)
            );
        }
        out.push('\n');
    }
}

fn drift(out: &mut String, section: &DriftSection) {
    let _ = writeln!(out, "## Drift\n");
    if !section.checked {
        let _ = writeln!(out, "Not checked: the schema is invalid.\n");
        return;
    }
    let _ = writeln!(
        out,
        "{}: {}, {}, {} in the schema; {}, {}, {} in the database. {} drift, {}{}, {} info.\n",
        if section.in_sync { "In sync" } else { "Drift" },
        plural(section.expected.tables, "table", "tables"),
        plural(section.expected.enums, "enum", "enums"),
        plural(section.expected.views, "view", "views"),
        plural(section.actual.tables, "table", "tables"),
        plural(section.actual.enums, "enum", "enums"),
        plural(section.actual.views, "view", "views"),
        section.drift,
        plural(section.warnings, "warning", "warnings"),
        if section.strict {
            " (counted as drift: strict)"
        } else if section.warnings > 0 {
            " (not drift)"
        } else {
            ""
        },
        section.info,
    );
    for group in &section.groups {
        let _ = writeln!(
            out,
            "### {}{}\n",
            cell(&group.group),
            group
                .declared_at
                .as_ref()
                .map(|at| format!(" ({})", code(at)))
                .unwrap_or_else(|| " (not in the schema)".into())
        );
        let _ = writeln!(
            out,
            "| Severity | Kind | Object | Message |\n|---|---|---|---|"
        );
        for change in &group.changes {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                match change.severity {
                    crate::diff::Severity::Drift => "drift",
                    crate::diff::Severity::Warning => "warning",
                    crate::diff::Severity::Info => "info",
                },
                code(change.kind.as_str()),
                code(&change.object),
                cell(&change.message),
            );
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_read_like_people_write_them() {
        assert_eq!(human_bytes(0), "0 B");
        assert_eq!(human_bytes(1023), "1023 B");
        assert_eq!(human_bytes(1024), "1.0 KB");
        assert_eq!(human_bytes(1536), "1.5 KB");
        assert_eq!(human_bytes(5 * 1024 * 1024), "5.0 MB");
    }

    #[test]
    fn cells_and_code_survive_pipes_and_backticks() {
        assert_eq!(cell("a|b\nc<br>"), "a\\|b\\nc&lt;br>");
        assert_eq!(code("x"), "`x`");
        assert_eq!(code("a`b"), "`` a`b ``");
    }
}
