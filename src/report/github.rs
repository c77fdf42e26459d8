//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` per
//! change, annotated on the schema file and line that declares the element, so
//! drift shows up on the pull request's diff.
//!
//! Database text is first made visible with [`escape_text`] (so a newline in a
//! name reads `\n` and cannot even break the annotation), then encoded as the
//! workflow-command syntax requires: no value can end its line and start
//! another command, and no ESC reaches the log.

use std::fmt::Write;

use super::escape::{escape_text, escape_workflow_data, escape_workflow_property};
use crate::diff::Severity;
use crate::diff::{counts_as_drift, CheckReport};

/// The check as GitHub Actions workflow commands (`::error file=…,line=…::…`): one per
/// change, then a summary line.
pub fn render_github(report: &CheckReport) -> String {
    let mut out = String::new();
    for change in &report.changes {
        let command = match change.severity {
            _ if counts_as_drift(change, report.strict) => "error",
            Severity::Warning => "warning",
            _ => "notice",
        };
        let mut properties = Vec::new();
        if let Some(origin) = &change.origin {
            properties.push(format!("file={}", escape_workflow_property(&origin.file)));
            properties.push(format!("line={}", origin.line));
            properties.push(format!("col={}", origin.column));
        }
        properties.push(format!(
            "title={}",
            escape_workflow_property(&escape_text(&format!(
                "{} {}",
                change.kind,
                change.object.path()
            )))
        ));
        // Our own line breaks separate the parts; the parts' own are made visible.
        let mut message = escape_text(&change.message).into_owned();
        if let Some(expected) = &change.expected {
            message.push_str(&format!("\nschema:   {}", escape_text(expected)));
        }
        if let Some(actual) = &change.actual {
            message.push_str(&format!("\ndatabase: {}", escape_text(actual)));
        }
        let _ = writeln!(
            out,
            "::{command} {}::{}",
            properties.join(","),
            escape_workflow_data(&message)
        );
    }
    let drift = report.drift().count();
    // A plain log line: nothing in it may start a command.
    let _ = writeln!(
        out,
        "prisma-drift: {} against {}: {drift} drift, {} change(s) in all.",
        if drift == 0 { "in sync" } else { "drift" },
        escape_text(&report.target),
        report.changes.len()
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_workflow_command_rules() {
        assert_eq!(escape_workflow_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(escape_workflow_property("a:b,c"), "a%3Ab%2Cc");
    }
}
