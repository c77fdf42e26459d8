//! Renders check results: human (colour only when asked), JSON (a stable,
//! documented shape); and audits as Markdown. Rendering never decides
//! anything; it shows a [`CheckReport`](crate::check::CheckReport) or an
//! [`Audit`](crate::audit::Audit).

mod human;
mod json;
mod markdown;

pub(crate) use human::group_of;
pub use human::render_human;
pub use json::{render_audit_json, render_json, JSON_FORMAT_VERSION};
pub use markdown::render_markdown;
