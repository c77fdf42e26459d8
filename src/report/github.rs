//! GitHub Actions: workflow commands (`::error`/`::warning`/`::notice`)
//! annotated on the schema file and line that declares the element, with
//! repository-relative paths so that they land on the pull request's diff, and
//! a Markdown job summary of every change grouped by model.
//!
//! GitHub shows at most ten annotations of each level per step: the first ten
//! of each become annotations, the others plain log lines, and a notice says
//! how many and where they all are.
//!
//! Database text is first made visible with [`escape_text`] (so a newline in a
//! name reads `\n` and cannot even break the annotation), then encoded as the
//! workflow-command syntax requires: no value can end its line and start
//! another command, and no ESC reaches the log.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::escape::{
    code_span, escape_markdown, escape_text, escape_workflow_data, escape_workflow_property,
};
use super::paths::SourcePaths;
use crate::diagnostics::count;
use crate::diff::{counts_as_drift, Change, CheckReport, Severity};

/// GitHub shows at most this many annotations of each level in one step.
pub const ANNOTATIONS_PER_LEVEL: usize = 10;

fn command_of(change: &Change, strict: bool) -> &'static str {
    match change.severity {
        _ if counts_as_drift(change, strict) => "error",
        Severity::Warning => "warning",
        _ => "notice",
    }
}

/// The text of a change: its message, then what each side says, our own line
/// breaks between the parts and the parts' own made visible.
fn message_of(change: &Change) -> String {
    let mut message = escape_text(&change.message).into_owned();
    if let Some(expected) = &change.expected {
        message.push_str(&format!("\nschema:   {}", escape_text(expected)));
    }
    if let Some(actual) = &change.actual {
        message.push_str(&format!("\ndatabase: {}", escape_text(actual)));
    }
    message
}

/// One workflow command for a change. Every one has `file` and `line`: where
/// the schema declares the object, its model, or else the datasource block.
fn annotation(command: &str, change: &Change, report: &CheckReport, paths: &SourcePaths) -> String {
    let mut properties = Vec::new();
    if let Some(origin) = report.location_of(change) {
        let file = paths.relative(&origin.file);
        properties.push(format!("file={}", escape_workflow_property(&file)));
        properties.push(format!("line={}", origin.line));
        properties.push(format!("col={}", origin.column));
    }
    let title = format!("{} {}", change.kind, change.object.path());
    properties.push(format!(
        "title={}",
        escape_workflow_property(&escape_text(&title))
    ));
    format!(
        "::{command} {}::{}",
        properties.join(","),
        escape_workflow_data(&message_of(change))
    )
}

/// The check as GitHub Actions workflow commands, then a summary line.
pub fn render_github(report: &CheckReport, paths: &SourcePaths) -> String {
    let mut out = String::new();
    let mut shown: BTreeMap<&str, usize> = BTreeMap::new();
    let mut held_back = 0;
    for change in &report.changes {
        let command = command_of(change, report.strict);
        let count = shown.entry(command).or_default();
        if *count < ANNOTATIONS_PER_LEVEL {
            *count += 1;
            let _ = writeln!(out, "{}", annotation(command, change, report, paths));
        } else {
            // A plain log line, indented: nothing in it can start a command.
            held_back += 1;
            let _ = writeln!(
                out,
                "  {command}: {} {}: {}",
                change.kind,
                escape_text(&change.object.path()),
                escape_text(&change.message)
            );
        }
    }
    if held_back > 0 {
        let _ = writeln!(
            out,
            "::notice title=prisma-drift::{} not shown as annotations (GitHub shows {ANNOTATIONS_PER_LEVEL} of each level per step): every change is in the log above and in the job summary.",
            count(held_back, "change is", "changes are")
        );
    }
    let drift = report.drift().count();
    // A plain log line: nothing in it may start a command.
    let _ = writeln!(
        out,
        "prisma-drift: {} against {}: {drift} drift, {} in all.",
        if drift == 0 { "in sync" } else { "drift" },
        escape_text(&report.target),
        count(report.changes.len(), "change", "changes")
    );
    out
}

/// The job summary (`$GITHUB_STEP_SUMMARY`): the verdict, the counts, and
/// every change grouped by model in a table with its schema location.
pub fn render_github_summary(report: &CheckReport, paths: &SourcePaths) -> String {
    let counts = report.severity_counts();
    let mut out = format!(
        "## prisma-drift: {}\n\n{} against `{}` ({}): {} drift, {}, {} info{}.\n",
        if report.is_in_sync() {
            "in sync"
        } else {
            "drift"
        },
        count(report.expected_counts.tables, "table", "tables"),
        escape_markdown(&report.target),
        escape_markdown(&report.namespaces.join(", ")),
        counts.drift,
        count(counts.warning, "warning", "warnings"),
        counts.info,
        if report.strict {
            " (warnings count as drift: strict)"
        } else {
            ""
        }
    );
    for (group, changes) in &report.groups() {
        let declared = report
            .declared_at(changes)
            .map(|at| format!(" — {}", code_span(&relative_at(at, paths))))
            .unwrap_or_default();
        let _ = write!(
            out,
            "\n### {}{declared}\n\n| | kind | object | what differs | schema |\n|---|---|---|---|---|\n",
            escape_markdown(group)
        );
        for change in changes {
            let mark = match command_of(change, report.strict) {
                "error" => "✗",
                "warning" => "!",
                _ => "i",
            };
            let at = report
                .location_of(change)
                .map(|o| code_span(&format!("{}:{}", paths.relative(&o.file), o.line)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {mark} | `{}` | {} | {} | {at} |",
                change.kind,
                code_span(&change.object.path()),
                escape_markdown(&change.message)
            );
        }
    }
    out
}

/// `file:line` with the file made repository-relative.
fn relative_at(at: &str, paths: &SourcePaths) -> String {
    match at.rsplit_once(':') {
        Some((file, line)) => format!("{}:{line}", paths.relative(file)),
        None => at.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_objects_are_code_spans_that_show_their_text() {
        use crate::diff::{Change, ChangeKind, ObjectKind, ObjectRef};
        use crate::ir::{Database, QualifiedName};
        let name = QualifiedName::new("public", "a<b>`c|d");
        let change = Change::new(
            ChangeKind::TableExtra,
            ObjectRef::top(ObjectKind::Table, &name),
            "extra",
        );
        let empty = Database::default();
        let report = CheckReport::new(vec![change], &empty, &empty, "db", false);
        let summary = render_github_summary(&report, &SourcePaths::new("/", "/"));
        // A code span shows `<` as is; a backtick inside needs a longer fence.
        assert!(summary.contains("| `` public.a<b>`c\\|d `` |"), "{summary}");
    }

    #[test]
    fn escapes_follow_the_workflow_command_rules() {
        assert_eq!(escape_workflow_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(escape_workflow_property("a:b,c"), "a%3Ab%2Cc");
    }
}
