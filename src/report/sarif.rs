//! SARIF 2.1.0, for code scanning: one rule per change kind (with a full
//! description, help in text and Markdown, and a help link), one result per
//! change, each located in the schema — where the element is declared, its
//! model, or else the datasource block — with repository-relative paths
//! (`uriBaseId` `%SRCROOT%`), as GitHub code scanning requires.
//!
//! JSON encoding already keeps control characters out of the file, but code-scanning
//! viewers show the texts as they are: database text is passed through [`escape_text`]
//! so a name cannot fake lines or drive a terminal that prints them.

use serde_json::{json, Value};

use super::escape::escape_text;
use super::paths::SourcePaths;
use crate::diff::{counts_as_drift, Change, ChangeKind, CheckReport, Severity};

const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The base the artifact URIs are relative to: the repository root.
const SOURCE_ROOT: &str = "%SRCROOT%";

fn level(severity: Severity, drift: bool) -> &'static str {
    match severity {
        _ if drift => "error",
        Severity::Warning => "warning",
        _ => "note",
    }
}

fn rule_name(kind: ChangeKind) -> String {
    kind.as_str()
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// What a change of `kind` means for the check, and what to do about it.
fn help(kind: ChangeKind) -> (String, String) {
    let (meaning, remedy) = match kind.severity() {
        Severity::Drift => (
            "The database does not match the schema: the check exits 2.",
            "Bring them together: migrate the database (`prisma migrate deploy`, or a new migration from `prisma migrate dev`), apply the fix-up SQL `prisma-drift check --sql` prints, or change the schema to say what the database has.",
        ),
        Severity::Warning => (
            "The schema cannot describe this (or Prisma ignores it), so it is a warning: drift only with `--strict`.",
            "Keep it and silence it with an ignore rule (`--ignore KIND:PATTERN`, or `ignore` in prisma-drift.toml), or remove it from the database if nobody needs it.",
        ),
        Severity::Info => (
            "Cosmetic: never drift.",
            "Nothing to do; silence it with an ignore rule if it is noise.",
        ),
    };
    let text = format!("{} {meaning} {remedy}", kind.description());
    let markdown = format!(
        "**{}** (`{}`)\n\n{} {meaning}\n\n{remedy}",
        rule_name(kind),
        kind.as_str(),
        kind.description()
    );
    (text, markdown)
}

fn rule(kind: ChangeKind) -> Value {
    let default_level = level(kind.severity(), kind.severity() == Severity::Drift);
    let (text, markdown) = help(kind);
    json!({
        "id": kind.as_str(),
        "name": rule_name(kind),
        "shortDescription": { "text": kind.description() },
        "fullDescription": { "text": text },
        "help": { "text": text, "markdown": markdown },
        "helpUri": format!("{}#change-kinds", env!("CARGO_PKG_REPOSITORY")),
        "defaultConfiguration": { "level": default_level },
        "properties": { "tags": [format!("{:?}", kind.severity()).to_lowercase()] },
    })
}

/// The location of a change: file (repository-relative), line and column, and
/// the model or field as a logical location.
fn location(change: &Change, report: &CheckReport, paths: &SourcePaths) -> Option<Value> {
    let origin = report.location_of(change)?;
    let logical = match (&origin.model, &origin.field) {
        (Some(model), Some(field)) => format!("{model}.{field}"),
        (Some(model), None) => model.clone(),
        _ => change.object.path(),
    };
    Some(json!({
        "physicalLocation": {
            "artifactLocation": {
                "uri": escape_text(&paths.relative(&origin.file)),
                "uriBaseId": SOURCE_ROOT,
            },
            "region": { "startLine": origin.line, "startColumn": origin.column },
        },
        "logicalLocations": [{
            "name": escape_text(origin.field.as_deref().or(origin.model.as_deref()).unwrap_or(&logical)),
            "fullyQualifiedName": escape_text(&logical),
        }],
    }))
}

fn result(change: &Change, report: &CheckReport, paths: &SourcePaths) -> Value {
    let rule_index = ChangeKind::ALL
        .iter()
        .position(|k| *k == change.kind)
        .unwrap_or_default();
    let mut result = json!({
        "ruleId": change.kind.as_str(),
        "ruleIndex": rule_index,
        "level": level(change.severity, counts_as_drift(change, report.strict)),
        "message": { "text": escape_text(&change.message) },
        "properties": {
            "object": escape_text(&change.object.path()),
            "objectKind": change.object.kind,
            "severity": change.severity,
            "expected": change.expected.as_deref().map(escape_text),
            "actual": change.actual.as_deref().map(escape_text),
        },
    });
    if let Some(location) = location(change, report, paths) {
        result["locations"] = json!([location]);
    }
    result
}

/// `file:///…/` for a folder, percent-encoded.
fn file_uri(dir: &std::path::Path) -> String {
    use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
    const PATH: &AsciiSet = &CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'#')
        .add(b'%')
        .add(b'<')
        .add(b'>')
        .add(b'?')
        .add(b'`')
        .add(b'{')
        .add(b'}');
    let text = dir.to_string_lossy();
    format!(
        "file://{}/",
        utf8_percent_encode(text.trim_end_matches('/'), PATH)
    )
}

/// The check as SARIF 2.1.0, one rule per change kind; paths relative to `paths`' root.
pub fn render_sarif(report: &CheckReport, paths: &SourcePaths) -> String {
    let rules: Vec<Value> = ChangeKind::ALL.iter().copied().map(rule).collect();
    let results: Vec<Value> = report
        .changes
        .iter()
        .map(|change| result(change, report, paths))
        .collect();
    let root = file_uri(paths.root());
    let sarif = json!({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "prisma-drift",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": env!("CARGO_PKG_REPOSITORY"),
                    "rules": rules,
                }
            },
            "originalUriBaseIds": { SOURCE_ROOT: { "uri": root } },
            "results": results,
            "properties": {
                "target": escape_text(&report.target),
                "inSync": report.is_in_sync(),
                "strict": report.strict,
            },
        }]
    });
    serde_json::to_string_pretty(&sarif).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_pascal_case() {
        assert_eq!(
            rule_name(ChangeKind::ColumnTypeChanged),
            "ColumnTypeChanged"
        );
        assert_eq!(rule_name(ChangeKind::UnmanagedCheck), "UnmanagedCheck");
    }
}
