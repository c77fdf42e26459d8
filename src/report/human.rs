//! The human form: changes grouped by model, each with where the schema
//! declares it and what each side has.

use std::fmt::Write;

use owo_colors::{OwoColorize, Style};

use super::escape::escape_text;
use crate::diagnostics::count;
use crate::diff::{Change, CheckReport, Severity};

struct Palette {
    color: bool,
}

impl Palette {
    fn paint(&self, text: &str, style: Style) -> String {
        if self.color {
            text.style(style).to_string()
        } else {
            text.to_string()
        }
    }

    fn severity(&self, change: &Change, strict: bool) -> String {
        let (mark, style) = match change.severity {
            Severity::Drift => ("✗", Style::new().red().bold()),
            Severity::Warning if strict => ("✗", Style::new().red().bold()),
            Severity::Warning => ("!", Style::new().yellow().bold()),
            Severity::Info => ("i", Style::new().blue()),
        };
        self.paint(mark, style)
    }
}

fn location(change: &Change) -> Option<String> {
    change
        .origin
        .as_ref()
        .map(|o| format!("{}:{}", escape_text(&o.file), o.line))
}

/// One change: its line, message, and what each side has.
fn write_change(out: &mut String, palette: &Palette, change: &Change, strict: bool) {
    let at = location(change)
        .map(|l| {
            format!(
                "  {}",
                palette.paint(&format!("at {l}"), Style::new().dimmed())
            )
        })
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "  {} {} {}{at}",
        palette.severity(change, strict),
        palette.paint(change.kind.as_str(), Style::new().bold()),
        escape_text(&change.object.path()),
    );
    let _ = writeln!(out, "      {}", escape_text(&change.message));
    if let Some(expected) = &change.expected {
        let _ = writeln!(
            out,
            "      {} {}",
            palette.paint("schema:  ", Style::new().green()),
            escape_text(expected)
        );
    }
    if let Some(actual) = &change.actual {
        let _ = writeln!(
            out,
            "      {} {}",
            palette.paint("database:", Style::new().red()),
            escape_text(actual)
        );
    }
}

/// Renders a report for a terminal or a log. Every name and message is passed through
/// [`escape_text`]: database text never reaches the terminal raw.
pub fn render_human(report: &CheckReport, color: bool) -> String {
    let palette = Palette { color };
    let mut out = String::new();
    if report.looks_empty() {
        write_empty(&mut out, &palette, report);
    } else {
        write_groups(&mut out, &palette, report);
    }
    write_verdict(&mut out, &palette, report);
    out
}

/// A database with none of the schema's tables: one paragraph instead of a
/// `table_missing` per table (JSON and the CI formats still list them all).
fn write_empty(out: &mut String, palette: &Palette, report: &CheckReport) {
    let _ = writeln!(
        out,
        "{} {} has none of the schema's {} ({} in all, {} of them drift).",
        palette.paint("✗", Style::new().red().bold()),
        escape_text(&report.target),
        count(report.expected_counts.tables, "table", "tables"),
        count(report.changes.len(), "change", "changes"),
        report.drift().count()
    );
    let _ = writeln!(
        out,
        "  The migrations were probably never applied to it: run `prisma migrate deploy`\n  \
         (or `prisma db push`), or check that the URL names the right database and ?schema= \
         ({}).\n  `--format json` lists every change.\n",
        escape_text(&report.namespaces.join(", "))
    );
}

/// Changes grouped by model, each group with where the schema declares it.
fn write_groups(out: &mut String, palette: &Palette, report: &CheckReport) {
    for (group, changes) in &report.groups() {
        // The group's own location: where the schema declares the model or enum.
        let group = escape_text(group);
        let declared = report.declared_at(changes).map(|at| escape_text(at));
        let header = match declared {
            Some(at) => format!(
                "{group}  {}",
                palette.paint(&format!("({at})"), Style::new().dimmed())
            ),
            None => format!(
                "{group}  {}",
                palette.paint("(not in the schema)", Style::new().dimmed())
            ),
        };
        let _ = writeln!(out, "{}", palette.paint(&header, Style::new().bold()));
        for change in changes {
            write_change(out, palette, change, report.strict);
        }
        out.push('\n');
    }
}

/// The verdict and the counts.
fn write_verdict(out: &mut String, palette: &Palette, report: &CheckReport) {
    let counts = report.severity_counts();
    let (drift, warnings, info) = (counts.drift, counts.warning, counts.info);
    let verdict = if report.is_in_sync() {
        palette.paint("In sync", Style::new().green().bold())
    } else {
        palette.paint("Drift", Style::new().red().bold())
    };
    let _ = writeln!(
        out,
        "{verdict}: {}, {} in the schema; {}, {} in {} ({}).",
        count(report.expected_counts.tables, "table", "tables"),
        count(report.expected_counts.enums, "enum", "enums"),
        count(report.actual_counts.tables, "table", "tables"),
        count(report.actual_counts.enums, "enum", "enums"),
        escape_text(&report.target),
        escape_text(&report.namespaces.join(", "))
    );
    let _ = writeln!(
        out,
        "{drift} drift, {}{}, {info} info.",
        count(warnings, "warning", "warnings"),
        if report.strict {
            " (counted as drift: --strict)"
        } else if warnings > 0 {
            " (not drift; --strict counts them)"
        } else {
            ""
        }
    );
}
