//! Renders check results: human (colour only when asked), JSON (a stable,
//! documented shape), GitHub workflow commands, SARIF 2.1.0, the fix-up SQL
//! that would bring the database to the schema, and audits as Markdown. Rendering
//! never decides anything; it shows a [`CheckReport`](crate::diff::CheckReport) or an
//! [`Audit`](crate::audit::Audit).

mod github;
mod human;
mod json;
mod markdown;
mod sarif;
mod sql;
mod status;

pub use github::render_github;
pub use human::render_human;
pub use json::{render_audit_json, render_json, JSON_FORMAT_VERSION};
pub use markdown::render_markdown;
pub use sarif::render_sarif;
pub use sql::fixup_sql;
pub use status::{render_status_human, render_status_json};
