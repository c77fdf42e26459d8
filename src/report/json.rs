//! The JSON form of a check. Its shape is part of the public contract:
//!
//! ```json
//! {
//!   "version": 1,
//!   "in_sync": false,
//!   "exit_code": 2,
//!   "strict": false,
//!   "target": "127.0.0.1:5432",
//!   "namespaces": ["public"],
//!   "summary": {"drift": 1, "warning": 0, "info": 0},
//!   "changes": [{
//!     "kind": "column_type_changed",
//!     "severity": "drift",
//!     "object": {"kind": "column", "schema": "public", "parent": "User", "name": "email", "path": "public.User.email"},
//!     "expected": "text",
//!     "actual": "character varying(10)",
//!     "message": "…",
//!     "origin": {"file": "prisma/schema.prisma", "line": 14, "column": 3, "model": "User", "field": "email"}
//!   }]
//! }
//! ```
//!
//! Fields are only ever added, never renamed or removed, within one `version`.

use serde::Serialize;

use crate::diff::CheckReport;
use crate::diff::{Change, ObjectRef, Severity};
use crate::ir::Origin;

/// Version of the JSON shape of a check; fields are only ever added within a version.
pub const JSON_FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    in_sync: bool,
    exit_code: u8,
    strict: bool,
    target: &'a str,
    namespaces: &'a [String],
    summary: Summary,
    changes: Vec<JsonChange<'a>>,
}

#[derive(Serialize)]
struct Summary {
    drift: usize,
    warning: usize,
    info: usize,
}

#[derive(Serialize)]
struct JsonObject<'a> {
    #[serde(flatten)]
    object: &'a ObjectRef,
    path: String,
}

#[derive(Serialize)]
struct JsonChange<'a> {
    kind: &'static str,
    severity: Severity,
    object: JsonObject<'a>,
    expected: Option<&'a str>,
    actual: Option<&'a str>,
    message: &'a str,
    origin: Option<&'a Origin>,
}

impl<'a> JsonChange<'a> {
    fn new(change: &'a Change) -> Self {
        JsonChange {
            kind: change.kind.as_str(),
            severity: change.severity,
            object: JsonObject {
                object: &change.object,
                path: change.object.path(),
            },
            expected: change.expected.as_deref(),
            actual: change.actual.as_deref(),
            message: &change.message,
            origin: change.origin.as_ref(),
        }
    }
}

/// The check as a stable JSON document (see the README).
pub fn render_json(report: &CheckReport) -> String {
    let count = |s: Severity| report.changes.iter().filter(|c| c.severity == s).count();
    let json = JsonReport {
        version: JSON_FORMAT_VERSION,
        in_sync: report.is_in_sync(),
        exit_code: report.exit_code(),
        strict: report.strict,
        target: &report.target,
        namespaces: &report.namespaces,
        summary: Summary {
            drift: count(Severity::Drift),
            warning: count(Severity::Warning),
            info: count(Severity::Info),
        },
        changes: report.changes.iter().map(JsonChange::new).collect(),
    };
    serde_json::to_string_pretty(&json).unwrap_or_default()
}

/// The JSON form of an audit: `serde_json` of [`Audit`](crate::audit::Audit),
/// whose fields document the shape (see [`crate::audit::AUDIT_FORMAT_VERSION`]).
pub fn render_audit_json(audit: &crate::audit::Audit) -> String {
    serde_json::to_string_pretty(audit).unwrap_or_default()
}
