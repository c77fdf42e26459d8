//! SARIF 2.1.0, for code-scanning tools: one rule per change kind, one result
//! per change, located in the schema where the element is declared.
//!
//! JSON encoding already keeps control characters out of the file, but code-scanning
//! viewers show the texts as they are: database text is passed through [`escape_text`]
//! so a name cannot fake lines or drive a terminal that prints them.

use serde_json::{json, Value};

use super::escape::escape_text;
use crate::diff::{counts_as_drift, CheckReport};
use crate::diff::{ChangeKind, Severity};

const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

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

/// The check as SARIF 2.1.0, one rule per change kind.
pub fn render_sarif(report: &CheckReport) -> String {
    let rules: Vec<Value> = ChangeKind::ALL
        .iter()
        .map(|kind| {
            let default_level = match kind {
                ChangeKind::EnumValuesReordered => "note",
                k if k.as_str().starts_with("unmanaged_")
                    || matches!(
                        k,
                        ChangeKind::DuplicateIndex
                            | ChangeKind::ViewMissing
                            | ChangeKind::ExtensionMissing
                            | ChangeKind::UniqueConstraintNotIndex
                    ) =>
                {
                    "warning"
                }
                _ => "error",
            };
            json!({
                "id": kind.as_str(),
                "name": rule_name(*kind),
                "shortDescription": { "text": kind.description() },
                "defaultConfiguration": { "level": default_level },
            })
        })
        .collect();
    let results: Vec<Value> = report
        .changes
        .iter()
        .map(|change| {
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
            if let Some(origin) = &change.origin {
                result["locations"] = json!([{
                    "physicalLocation": {
                        "artifactLocation": { "uri": escape_text(&origin.file) },
                        "region": { "startLine": origin.line, "startColumn": origin.column },
                    },
                    "logicalLocations": [{
                        "name": escape_text(&origin.field.clone().unwrap_or_else(|| origin.model.clone().unwrap_or_default())),
                        "fullyQualifiedName": escape_text(&match (&origin.model, &origin.field) {
                            (Some(model), Some(field)) => format!("{model}.{field}"),
                            (Some(model), None) => model.clone(),
                            _ => change.object.path(),
                        }),
                    }],
                }]);
            }
            result
        })
        .collect();
    let sarif = json!({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "prisma-drift",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
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
