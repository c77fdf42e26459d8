//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` per
//! change, annotated on the schema file and line that declares the element, so
//! drift shows up on the pull request's diff.

use std::fmt::Write;

use crate::diff::Severity;
use crate::diff::{counts_as_drift, CheckReport};

/// `%`, CR and LF are escaped in messages; properties also escape `:` and `,`.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// The check as GitHub Actions workflow commands (`::error file=…,line=…::…`).
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
            properties.push(format!("file={}", escape_property(&origin.file)));
            properties.push(format!("line={}", origin.line));
            properties.push(format!("col={}", origin.column));
        }
        properties.push(format!(
            "title={}",
            escape_property(&format!("{} {}", change.kind, change.object.path()))
        ));
        let mut message = change.message.clone();
        if let Some(expected) = &change.expected {
            message.push_str(&format!("\nschema:   {expected}"));
        }
        if let Some(actual) = &change.actual {
            message.push_str(&format!("\ndatabase: {actual}"));
        }
        let _ = writeln!(
            out,
            "::{command} {}::{}",
            properties.join(","),
            escape_data(&message)
        );
    }
    let drift = report.drift().count();
    let _ = writeln!(
        out,
        "prisma-drift: {} against {}: {drift} drift, {} change(s) in all.",
        if drift == 0 { "in sync" } else { "drift" },
        report.target,
        report.changes.len()
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_workflow_command_rules() {
        assert_eq!(escape_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
