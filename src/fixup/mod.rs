//! The fix-up plan: the statements that would bring the database to the schema.
//!
//! The differ's [`Change`]s say *what* differs; the two databases say what
//! each object looks like, which is what the statements need. Every change of
//! severity drift becomes one or more steps; warnings and info (objects the
//! schema cannot describe, enum value order) are listed at the end and left
//! alone.
//!
//! The work is done in four parts:
//!
//! * `plan` (the `plan/` folder) turns changes into steps, one
//!   file per kind of object: tables, columns (by what changes: type,
//!   nullability, default, autoincrement), primary keys, indexes, foreign
//!   keys, enums and renames. It also decides what is destructive.
//! * `cast` knows which type changes keep every value and which need `USING`.
//! * `order` sorts the steps. Each step says which database objects it
//!   creates (or brings to the schema's shape), which it needs, which it
//!   removes and which it stops depending on; a `petgraph` graph gets an edge
//!   for each such pair, and a topological sort that breaks ties by phase
//!   (types, drops of foreign keys and indexes, tables, columns, indexes,
//!   foreign keys) and then by the order of the changes gives a stable script.
//!   The edges make, for example, a foreign key be dropped before the table it
//!   references, an index before the column it covers, a name be freed before
//!   it is taken again, and an enum be dropped only after the columns that use
//!   it changed type.
//! * [`Fixup::render`] prints the sorted steps as a script.
//!
//! Every name is quoted and schema-qualified (through [`crate::sql`]), so the
//! script does not depend on the `search_path` of the session that runs it.
//!
//! ```
//! use prisma_drift::diff::{diff, DiffOptions};
//! use prisma_drift::fixup;
//! use prisma_drift::ir::{Column, ColumnType, Database, QualifiedName, Table};
//!
//! let mut log = Table::new(QualifiedName::new("public", "Log"));
//! log.columns.push(Column {
//!     name: "message".into(),
//!     ty: ColumnType::builtin("text", vec![]),
//!     nullable: true,
//!     default: None,
//!     collation: None,
//!     comment: None,
//!     default_text: None,
//!     origin: None,
//! });
//! let mut expected = Database { namespaces: vec!["public".into()], ..Database::default() };
//! expected.tables.push(log);
//! let actual = Database { namespaces: vec!["public".into()], ..Database::default() };
//!
//! let changes = diff(&expected, &actual, &DiffOptions::default());
//! let fix = fixup::plan(&changes, &expected, &actual);
//! let statements: Vec<&str> = fix
//!     .steps
//!     .iter()
//!     .flat_map(|step| &step.statements)
//!     .map(String::as_str)
//!     .collect();
//! // The database shows nothing in `public`: the schema may not exist.
//! assert_eq!(
//!     statements,
//!     [
//!         "CREATE SCHEMA IF NOT EXISTS \"public\"",
//!         "CREATE TABLE \"public\".\"Log\" (\n    \"message\" text\n)",
//!     ]
//! );
//! assert!(fix.render().starts_with("-- Fix-up SQL from prisma-drift"));
//! ```

mod cast;
mod order;
mod plan;
mod render;
mod statements;

use crate::diff::{Change, Severity};
use crate::ir;

/// One step of a fix-up script: statements that belong together, with what
/// to know before running them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixupStep {
    /// What the step does and which change it answers, shown as a comment.
    pub title: String,
    /// Why the step can lose data (or fail on existing rows), when it can.
    pub destructive: Option<String>,
    /// Other things to know: when the step fails, a gentler alternative.
    pub notes: Vec<String>,
    /// The statements, in order, without their terminating `;`.
    pub statements: Vec<String>,
}

/// A fix-up script as data, its steps in order; [`Fixup::render`] prints it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fixup {
    /// The steps, in an order PostgreSQL accepts.
    pub steps: Vec<FixupStep>,
    /// Changes that are not drift (warnings, info), which no step touches:
    /// `severity kind path` each.
    pub not_changed: Vec<String>,
    /// Drift changes no statement could be written for, with the reason.
    pub unsupported: Vec<String>,
    /// Steps whose dependencies form a cycle, so that their order could not
    /// be derived (they are printed last, in phase order).
    pub cyclic_steps: usize,
}

/// The plan that brings `actual` to `expected`, for the `changes` the differ
/// found between them (usually `CheckOutcome::report.changes` with
/// `CheckOutcome::expected` and `::actual`).
///
/// Changes that point at objects neither database has are listed in
/// [`Fixup::unsupported`], never a panic.
pub fn plan(changes: &[Change], expected: &ir::Database, actual: &ir::Database) -> Fixup {
    let mut planner = plan::Planner::new(expected, actual);
    let mut not_changed = Vec::new();
    for change in changes {
        if change.severity == Severity::Drift {
            planner.gather(change);
        } else {
            let severity = match change.severity {
                Severity::Drift => "drift",
                Severity::Warning => "warning",
                Severity::Info => "info",
            };
            not_changed.push(format!(
                "{severity} {} {}",
                change.kind,
                change.object.path()
            ));
        }
    }
    let (nodes, unsupported) = planner.finish();
    let (order, cyclic_steps) = order::sort(&nodes);
    let mut nodes: Vec<Option<order::Node>> = nodes.into_iter().map(Some).collect();
    let steps = order
        .into_iter()
        .filter_map(|i| nodes.get_mut(i).and_then(Option::take))
        .map(|node| node.step)
        .collect();
    Fixup {
        steps,
        not_changed,
        unsupported,
        cyclic_steps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::{ChangeKind, ObjectKind, ObjectRef};

    /// Changes that point at objects the databases lack (no differ makes
    /// them, but the changes are public data) are reported, never a panic.
    #[test]
    fn odd_input_is_reported_not_fatal() {
        let mut database = ir::Database {
            namespaces: vec!["public".into()],
            tables: vec![ir::Table::new(ir::QualifiedName::new("public", "User"))],
            ..ir::Database::default()
        };
        database.normalize();
        let bogus = |kind, object, parent: Option<&str>| Change {
            kind,
            severity: Severity::Drift,
            object: ObjectRef {
                kind: object,
                schema: "public".into(),
                parent: parent.map(Into::into),
                name: "x".into(),
            },
            expected: None,
            actual: None,
            message: String::new(),
            origin: None,
        };
        let changes = [
            bogus(ChangeKind::IndexMissing, ObjectKind::Index, Some("Nope")),
            bogus(
                ChangeKind::ColumnTypeChanged,
                ObjectKind::Column,
                Some("Nope"),
            ),
            bogus(
                ChangeKind::EnumValueExtra,
                ObjectKind::EnumValue,
                Some("Nope"),
            ),
            bogus(ChangeKind::TableExtra, ObjectKind::Table, None),
        ];
        let fix = plan(&changes, &database, &database);
        assert!(fix.steps.is_empty());
        assert_eq!(
            fix.unsupported.len(),
            changes.len(),
            "{:?}",
            fix.unsupported
        );
        assert!(fix.render().contains("Not written"));
    }
}
