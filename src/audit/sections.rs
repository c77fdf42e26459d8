//! The schema and drift sections of an audit.

use super::{DiagnosticEntry, DriftChange, DriftGroup, DriftSection, SchemaSection};
use crate::diff::{CheckReport, Counts};
use crate::schema::{ModelKind, ParsedSchema};

pub(super) fn schema_section(parsed: &ParsedSchema) -> SchemaSection {
    let diagnostics: Vec<DiagnosticEntry> = parsed
        .diagnostics
        .sorted()
        .into_iter()
        .map(|d| {
            let file = parsed.sources.get(d.span.file);
            let (line, column) = file.line_column(d.span.start);
            DiagnosticEntry {
                severity: d.severity,
                code: d.code.as_str(),
                message: d.message.clone(),
                file: file.path.clone(),
                line,
                column,
            }
        })
        .collect();
    SchemaSection {
        files: parsed
            .sources
            .files()
            .iter()
            .map(|f| f.path.clone())
            .collect(),
        valid: !parsed.diagnostics.has_errors(),
        models: parsed
            .schema
            .models
            .iter()
            .filter(|m| m.kind == ModelKind::Model)
            .count(),
        views: parsed
            .schema
            .models
            .iter()
            .filter(|m| m.kind == ModelKind::View)
            .count(),
        enums: parsed.schema.enums.len(),
        errors: parsed.diagnostics.errors().count(),
        warnings: parsed.diagnostics.warnings().count(),
        diagnostics,
    }
}

pub(super) fn drift_section(report: Option<&CheckReport>) -> DriftSection {
    let Some(report) = report else {
        return DriftSection {
            checked: false,
            in_sync: false,
            strict: false,
            drift: 0,
            warnings: 0,
            info: 0,
            expected: Counts::default(),
            actual: Counts::default(),
            groups: Vec::new(),
        };
    };
    let counts = report.severity_counts();
    let groups = report
        .groups()
        .into_iter()
        .map(|(group, changes)| DriftGroup {
            declared_at: report.declared_at(&changes).map(String::from),
            group,
            changes: changes
                .into_iter()
                .map(|c| DriftChange {
                    kind: c.kind,
                    severity: c.severity,
                    object: c.object.path(),
                    expected: c.expected.clone(),
                    actual: c.actual.clone(),
                    message: c.message.clone(),
                    at: c.origin.as_ref().map(|o| format!("{}:{}", o.file, o.line)),
                })
                .collect(),
        })
        .collect();
    DriftSection {
        checked: true,
        in_sync: report.is_in_sync(),
        strict: report.strict,
        drift: counts.drift,
        warnings: counts.warning,
        info: counts.info,
        expected: report.expected_counts,
        actual: report.actual_counts,
        groups,
    }
}
