//! Renders results; rendering never decides anything. Check reports
//! ([`CheckReport`](crate::diff::CheckReport)) as human text (colour only when
//! asked), JSON (a stable, documented shape), GitHub workflow commands and
//! SARIF 2.1.0; the fix-up script that [`crate::fixup`] plans, as SQL text
//! ([`fixup_sql`]); audits ([`Audit`](crate::audit::Audit)) as Markdown and
//! JSON; migration status as text and JSON.
//!
//! Database text is escaped before it is shown ([`escape`]): every renderer but JSON applies
//! [`escape_text`] (and its format's additions) to names, messages and server errors.

pub mod escape;
mod github;
mod human;
mod json;
mod markdown;
mod paths;
mod sarif;
mod sql;
mod status;

/// `1 table`, `2 tables`: renderers and the binary count things the same way.
pub use crate::diagnostics::count;
/// Long messages cut the same way everywhere.
pub use crate::diagnostics::{shorten, LINE_LIMIT};
pub use escape::{
    escape_markdown, escape_markdown_code, escape_text, escape_workflow_data,
    escape_workflow_property,
};
pub use github::{render_github, render_github_summary, ANNOTATIONS_PER_LEVEL};
pub use human::render_human;
pub use json::{render_audit_json, render_json, JSON_FORMAT_VERSION};
pub use markdown::render_markdown;
pub use paths::SourcePaths;
pub use sarif::render_sarif;
pub use sql::fixup_sql;
pub use status::{render_status_human, render_status_json};
