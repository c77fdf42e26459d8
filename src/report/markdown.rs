//! The Markdown form of an [`Audit`]: a document to read, attach to a ticket or
//! commit beside the migrations. Every figure comes from the audit; nothing is
//! decided here.
//!
//! Text that comes from the database or the project (names, messages, server
//! errors) goes through [`cell`] or [`code`], which escape it for Markdown.

use std::fmt::Write;

use super::escape::{escape_markdown, escape_markdown_code};

use crate::audit::{
    Audit, CountMethod, DriftSection, HistorySource, Inventory, MigrationsSection, Mode,
    Recommendation, SchemaSection, Status,
};
use crate::diagnostics::Severity as DiagnosticSeverity;
use crate::ir::ReferentialAction;

/// Renders an audit as GitHub-flavoured Markdown.
pub fn render_markdown(audit: &Audit) -> String {
    let mut out = String::new();
    header(&mut out, audit);
    summary(&mut out, audit);
    migrations(&mut out, &audit.migrations);
    schema(&mut out, &audit.schema);
    drift(&mut out, &audit.drift);
    inventory(&mut out, &audit.inventory);
    data(&mut out, audit);
    recommendations(&mut out, &audit.recommendations);
    out
}

/// Text in a table cell or a line: one line, control characters visible, pipes escaped, no
/// HTML ([`escape_markdown`]).
fn cell(text: &str) -> String {
    escape_markdown(text)
}

/// Inline code, with a fence longer than any run of backticks inside, control characters
/// visible and pipes escaped ([`escape_markdown_code`]).
fn code(text: &str) -> String {
    let text = escape_markdown_code(text);
    let longest_run = text
        .chars()
        .fold((0usize, 0usize), |(run, max), c| {
            if c == '`' {
                (run + 1, max.max(run + 1))
            } else {
                (0, max)
            }
        })
        .1;
    let fence = "`".repeat(longest_run + 1);
    if longest_run > 0 {
        format!("{fence} {text} {fence}")
    } else {
        format!("{fence}{text}{fence}")
    }
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

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn status_mark(status: Status) -> &'static str {
    match status {
        Status::Pass => "✅ pass",
        Status::Warn => "⚠️ warn",
        Status::Fail => "❌ fail",
        Status::Skip => "⏭️ skip",
    }
}

fn action(action: ReferentialAction) -> &'static str {
    action.sql()
}

fn header(out: &mut String, audit: &Audit) {
    let _ = writeln!(out, "# Migration and database synchronization audit\n");
    let _ = writeln!(out, "| | |\n|---|---|");
    let files: Vec<String> = audit.schema.files.iter().map(|f| code(f)).collect();
    let _ = writeln!(out, "| Schema | {} |", files.join(", "));
    let folder = if audit.migrations.found {
        format!(
            "{} ({})",
            code(&audit.migrations.dir),
            plural(audit.migrations.folder_count, "migration", "migrations")
        )
    } else {
        format!("none at {}", code(&audit.migrations.dir))
    };
    let _ = writeln!(out, "| Migrations | {folder} |");
    let _ = writeln!(out, "| Database | {} |", cell(&audit.target));
    let _ = writeln!(out, "| PostgreSQL | {} |", cell(&audit.server_version));
    let namespaces: Vec<String> = audit.namespaces.iter().map(|n| code(n)).collect();
    let _ = writeln!(out, "| Namespaces | {} |", namespaces.join(", "));
    if audit.mode == Mode::Replay {
        let seed = match (&audit.migrations.seed, audit.migrations.seed_ran) {
            (Some(seed), true) => code(seed),
            (Some(seed), false) => format!("{} (not run: a migration failed)", code(seed)),
            (None, _) => "none (the tables are empty)".to_string(),
        };
        let _ = writeln!(out, "| Seed | {seed} |");
    }
    out.push('\n');
}

fn summary(out: &mut String, audit: &Audit) {
    let _ = writeln!(out, "## Summary\n");
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
    let verdict = match audit.exit_code {
        0 => "every check passes",
        1 => "the schema is invalid",
        _ => "at least one check fails",
    };
    let _ = writeln!(
        out,
        "\nResult: **{verdict}** (exit code {}).\n",
        audit.exit_code
    );
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
    if !section.migrations.is_empty() {
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
            "| Severity | Kind | Object | Schema | Database | Message |\n|---|---|---|---|---|---|"
        );
        for change in &group.changes {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                match change.severity {
                    crate::diff::Severity::Drift => "drift",
                    crate::diff::Severity::Warning => "warning",
                    crate::diff::Severity::Info => "info",
                },
                code(change.kind.as_str()),
                code(&change.object),
                change
                    .expected
                    .as_deref()
                    .map(code)
                    .unwrap_or_else(|| "—".into()),
                change
                    .actual
                    .as_deref()
                    .map(code)
                    .unwrap_or_else(|| "—".into()),
                cell(&change.message),
            );
        }
        out.push('\n');
    }
}

fn inventory(out: &mut String, inventory: &Inventory) {
    let t = &inventory.totals;
    let _ = writeln!(out, "## Inventory\n");
    let _ = writeln!(out, "| Object | Count |\n|---|---:|");
    let rows: [(&str, String); 13] = [
        ("Tables", t.tables.to_string()),
        ("Columns", t.columns.to_string()),
        ("Primary keys", t.primary_keys.to_string()),
        ("Indexes (primary keys' not counted)", t.indexes.to_string()),
        ("… of which unique", t.unique_indexes.to_string()),
        ("UNIQUE constraints", t.unique_constraints.to_string()),
        ("Foreign keys", t.foreign_keys.to_string()),
        ("CHECK constraints", t.check_constraints.to_string()),
        ("Triggers", t.triggers.to_string()),
        ("Enums", t.enums.to_string()),
        ("Enum values", t.enum_values.to_string()),
        (
            "Views (materialized)",
            format!("{} ({})", t.views, t.materialized_views),
        ),
        ("Extensions", t.extensions.to_string()),
    ];
    for (label, value) in rows {
        let _ = writeln!(out, "| {label} | {value} |");
    }
    out.push('\n');

    for group in &inventory.groups {
        let _ = writeln!(
            out,
            "### Tables in {} ({})\n",
            cell(&group.label()),
            group.tables.len()
        );
        let _ = writeln!(
            out,
            "| Table | Model | Columns | Primary key | Indexes | Unique | Foreign keys |\n|---|---|---:|---|---:|---:|---:|"
        );
        for table in &group.tables {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} |",
                code(&table.table),
                match (&table.model, &table.implicit_relation) {
                    (Some(model), _) => cell(model),
                    (None, Some(relation)) => format!("m:n {}", cell(relation)),
                    (None, None) => "—".into(),
                },
                table.columns,
                table
                    .primary_key
                    .as_ref()
                    .map(|c| code(&c.join(", ")))
                    .unwrap_or_else(|| "**none**".into()),
                table.indexes,
                table.unique_indexes,
                table.foreign_keys
            );
        }
        out.push('\n');
    }

    let _ = writeln!(out, "### Indexes by method\n");
    if inventory.indexes_by_method.is_empty() {
        let _ = writeln!(out, "No index besides the primary keys.\n");
    } else {
        let _ = writeln!(out, "| Method | Indexes |\n|---|---:|");
        for (method, n) in &inventory.indexes_by_method {
            let _ = writeln!(out, "| {} | {n} |", code(method));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "### Foreign keys by action\n");
    if inventory.foreign_keys_by_action.is_empty() {
        let _ = writeln!(out, "No foreign key.\n");
    } else {
        let _ = writeln!(
            out,
            "| ON DELETE | ON UPDATE | Foreign keys |\n|---|---|---:|"
        );
        for a in &inventory.foreign_keys_by_action {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                action(a.on_delete),
                action(a.on_update),
                a.count
            );
        }
        out.push('\n');
        let _ = writeln!(out, "### Foreign keys\n");
        let _ = writeln!(
            out,
            "| Table | Foreign key | Columns | References | ON DELETE | ON UPDATE |\n|---|---|---|---|---|---|"
        );
        for fk in &inventory.foreign_keys {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |",
                code(&fk.table),
                code(&fk.name),
                code(&fk.columns.join(", ")),
                code(&format!(
                    "{} ({})",
                    fk.references,
                    fk.referenced_columns.join(", ")
                )),
                action(fk.on_delete),
                action(fk.on_update)
            );
        }
        out.push('\n');
    }

    let _ = writeln!(out, "### Enums\n");
    if inventory.enums.is_empty() {
        let _ = writeln!(out, "No enum.\n");
    } else {
        let _ = writeln!(out, "| Enum | Values | Used by columns |\n|---|---|---:|");
        for e in &inventory.enums {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                code(&e.name),
                cell(&e.values.join(", ")),
                e.used_by.len()
            );
        }
        out.push('\n');
    }

    let _ = writeln!(out, "### Views\n");
    if inventory.views.is_empty() {
        let _ = writeln!(out, "No view.\n");
    } else {
        for v in &inventory.views {
            let _ = writeln!(
                out,
                "- {}{}",
                code(&v.name),
                if v.materialized {
                    " (materialized)"
                } else {
                    ""
                }
            );
        }
        out.push('\n');
    }

    let _ = writeln!(out, "### Extensions\n");
    if inventory.extensions.is_empty() {
        let _ = writeln!(out, "No extension.\n");
    } else {
        let _ = writeln!(out, "| Extension | Schema | Version |\n|---|---|---|");
        for x in &inventory.extensions {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                code(&x.name),
                x.schema.as_deref().map(code).unwrap_or_else(|| "—".into()),
                cell(x.version.as_deref().unwrap_or("—"))
            );
        }
        out.push('\n');
    }
}

fn data(out: &mut String, audit: &Audit) {
    let data = &audit.data;
    let _ = writeln!(out, "## Data\n");
    let how = match data.counts {
        CountMethod::Estimate => {
            "Rows are **estimates** (`pg_class.reltuples`, as of the last `ANALYZE`; exact with `--exact-counts`)"
        }
        CountMethod::Exact => "Rows are exact (`count(*)`)",
    };
    let _ = write!(
        out,
        "{how}; sizes are `pg_total_relation_size` (table, indexes and TOAST). "
    );
    if data.seeded == Some(false) {
        let _ = write!(
            out,
            "The replay was not seeded (`--seed`), so every table is empty. "
        );
    }
    let _ = writeln!(
        out,
        "{} rows in {}{}, {} on disk; {}.\n",
        data.total_rows,
        plural(data.tables.len(), "table", "tables"),
        if data.unknown_rows > 0 {
            format!(" ({} never analyzed, not counted)", data.unknown_rows)
        } else {
            String::new()
        },
        human_bytes(data.total_bytes),
        plural(data.empty_tables, "empty table", "empty tables"),
    );
    if data.tables.is_empty() {
        return;
    }
    let label = match data.counts {
        CountMethod::Estimate => "Rows (estimate)",
        CountMethod::Exact => "Rows",
    };
    let _ = writeln!(out, "| Table | {label} | Total size |\n|---|---:|---:|");
    for t in &data.tables {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            code(&t.table),
            t.rows
                .map(|r| r.to_string())
                .unwrap_or_else(|| "unknown".into()),
            human_bytes(t.total_bytes)
        );
    }
    out.push('\n');
}

fn recommendations(out: &mut String, list: &[Recommendation]) {
    let _ = writeln!(out, "## Recommendations\n");
    if list.is_empty() {
        let _ = writeln!(out, "None: nothing found to act on.");
        return;
    }
    let _ = writeln!(
        out,
        "{}.\n",
        plural(list.len(), "recommendation", "recommendations")
    );
    let mut start = 0;
    while start < list.len() {
        let kind = list[start].kind;
        let end = list[start..]
            .iter()
            .position(|r| r.kind != kind)
            .map_or(list.len(), |p| start + p);
        let _ = writeln!(out, "### {} ({})\n", code(kind.as_str()), end - start);
        for r in &list[start..end] {
            let _ = writeln!(
                out,
                "- {}: {}  \n  → {}",
                code(&r.object),
                cell(&r.message),
                cell(&r.suggestion)
            );
        }
        out.push('\n');
        start = end;
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
