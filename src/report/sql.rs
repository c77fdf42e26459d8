//! Fix-up SQL as text: the plan of [`crate::fixup`], rendered.

use crate::diff::Change;
use crate::ir;

/// The SQL that would bring `actual` to `expected`, for the `changes` the
/// differ found between them (usually `CheckOutcome::report.changes` with
/// `CheckOutcome::expected` and `::actual`): [`crate::fixup::plan`] as text.
pub fn fixup_sql(changes: &[Change], expected: &ir::Database, actual: &ir::Database) -> String {
    crate::fixup::plan(changes, expected, actual).render()
}
