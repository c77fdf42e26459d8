//! Renders check results: human (colour only when asked), JSON (a stable,
//! documented shape), GitHub workflow commands, SARIF 2.1.0, and the fix-up
//! SQL that would bring the database to the schema. Rendering never decides anything; it shows a
//! [`CheckReport`](crate::check::CheckReport).

mod github;
mod human;
mod json;
mod sarif;
pub mod sql;

pub use github::render_github;
pub use human::render_human;
pub use json::{render_json, JSON_FORMAT_VERSION};
pub use sarif::render_sarif;
pub use sql::{fixup, fixup_sql, Fixup, FixupStep};
