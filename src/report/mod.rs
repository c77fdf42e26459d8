//! Renders check results: human (colour only when asked), JSON (a stable,
//! documented shape), and the fix-up SQL that would bring the database to the
//! schema. Rendering never decides anything; it shows a
//! [`CheckReport`](crate::check::CheckReport).

mod human;
mod json;
pub mod sql;

pub use human::render_human;
pub use json::{render_json, JSON_FORMAT_VERSION};
pub use sql::{fixup, fixup_sql, Fixup, FixupStep};
