//! `status`: one line per migration (human) or a JSON document.

use std::fmt::Write;

use owo_colors::{OwoColorize, Style};
use serde::Serialize;

use super::escape::escape_text;
use crate::diagnostics::count;
use crate::migrations::history::{MigrationState, MigrationStatus};
use crate::migrations::status::StatusReport;

#[derive(Serialize)]
struct JsonStatus<'a> {
    version: u32,
    up_to_date: bool,
    target: &'a str,
    migrations_dir: String,
    history_table_exists: bool,
    summary: std::collections::BTreeMap<&'static str, usize>,
    migrations: &'a [MigrationStatus],
    folder_problems: Vec<String>,
}

/// The JSON form of a status (version 1; fields are only ever added).
pub fn render_status_json(report: &StatusReport) -> String {
    let json = JsonStatus {
        version: 1,
        up_to_date: report.up_to_date(),
        target: &report.target,
        migrations_dir: report.folder.dir.display().to_string(),
        history_table_exists: report.history_table_exists,
        summary: report.state_counts(),
        migrations: &report.statuses,
        folder_problems: report
            .folder
            .problems
            .iter()
            .map(ToString::to_string)
            .collect(),
    };
    serde_json::to_string_pretty(&json).unwrap_or_default()
}

/// The human form of a status: a header, folder problems, one line per migration.
pub fn render_status_human(report: &StatusReport, color: bool) -> String {
    let paint = |text: &str, style: Style| {
        if color {
            text.style(style).to_string()
        } else {
            text.to_string()
        }
    };
    let folder = &report.folder;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} in {}; database {}{}",
        count(folder.migrations.len(), "migration", "migrations"),
        escape_text(&folder.dir.display().to_string()),
        escape_text(&report.target),
        if report.history_table_exists {
            ""
        } else {
            " has no _prisma_migrations table"
        }
    );
    for problem in &folder.problems {
        let label = if problem.is_error() {
            "error"
        } else {
            "warning"
        };
        let _ = writeln!(
            out,
            "{}: {}",
            paint(label, Style::new().yellow().bold()),
            escape_text(&problem.to_string())
        );
    }
    let name_width = report
        .statuses
        .iter()
        .map(|s| s.name.len())
        .max()
        .unwrap_or(0);
    for status in &report.statuses {
        let style = match status.state {
            MigrationState::Applied => Style::new().green(),
            MigrationState::Pending | MigrationState::RolledBack => Style::new().yellow(),
            _ => Style::new().red().bold(),
        };
        let state = format!("{:<19}", status.state.as_str());
        let _ = writeln!(
            out,
            "  {}  {:<name_width$}  {}",
            paint(&state, style),
            escape_text(&status.name),
            status
                .applied_at
                .as_deref()
                .map(|a| format!("applied {a}"))
                .unwrap_or_default()
        );
        if let Some(logs) = &status.logs {
            for line in logs.lines().take(5) {
                let _ = writeln!(out, "      {}", escape_text(line));
            }
        }
    }
    let summary: Vec<String> = report
        .state_counts()
        .iter()
        .map(|(k, v)| format!("{v} {k}"))
        .collect();
    let _ = writeln!(
        out,
        "{}.",
        if summary.is_empty() {
            "no migrations".to_string()
        } else {
            summary.join(", ")
        }
    );
    out
}
