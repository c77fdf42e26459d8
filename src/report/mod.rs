//! Renders check results: human (colour only when asked), JSON (a stable,
//! documented shape). Rendering never decides anything; it shows a
//! [`CheckReport`](crate::check::CheckReport).

mod human;
mod json;

pub use human::render_human;
pub use json::{render_json, JSON_FORMAT_VERSION};
