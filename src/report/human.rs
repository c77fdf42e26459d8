//! The human form: changes grouped by model, each with where the schema
//! declares it and what each side has.

use std::fmt::Write;

use owo_colors::{OwoColorize, Style};

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
        .map(|o| format!("{}:{}", o.file, o.line))
}

/// Renders a report for a terminal or a log.
pub fn render_human(report: &CheckReport, color: bool) -> String {
    let palette = Palette { color };
    let mut out = String::new();
    for (group, changes) in &report.groups() {
        // The group's own location: where the schema declares the model or enum.
        let declared = report.declared_at(changes);
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
                palette.severity(change, report.strict),
                palette.paint(change.kind.as_str(), Style::new().bold()),
                change.object.path(),
            );
            let _ = writeln!(out, "      {}", change.message);
            if let Some(expected) = &change.expected {
                let _ = writeln!(
                    out,
                    "      {} {expected}",
                    palette.paint("schema:  ", Style::new().green())
                );
            }
            if let Some(actual) = &change.actual {
                let _ = writeln!(
                    out,
                    "      {} {actual}",
                    palette.paint("database:", Style::new().red())
                );
            }
        }
        out.push('\n');
    }
    let counts = report.severity_counts();
    let (drift, warnings, info) = (counts.drift, counts.warning, counts.info);
    let verdict = if report.is_in_sync() {
        palette.paint("In sync", Style::new().green().bold())
    } else {
        palette.paint("Drift", Style::new().red().bold())
    };
    let _ = writeln!(
        out,
        "{verdict}: {} table(s), {} enum(s) in the schema; {} table(s), {} enum(s) in {} ({}).",
        report.expected_counts.tables,
        report.expected_counts.enums,
        report.actual_counts.tables,
        report.actual_counts.enums,
        report.target,
        report.namespaces.join(", ")
    );
    let _ = writeln!(
        out,
        "{drift} drift, {warnings} warning(s){}, {info} info.",
        if report.strict {
            " (counted as drift: --strict)"
        } else if warnings > 0 {
            " (not drift; --strict counts them)"
        } else {
            ""
        }
    );
    out
}
