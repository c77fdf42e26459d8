//! Views: the ones the database has and the schema does not declare, the ones
//! the schema declares and the database lacks, and the columns of each
//! declared view (missing, extra, another type). Prisma Migrate does not
//! create views, so no fix-up SQL is planned for them.

use super::equivalence::same_type;
use super::{Change, ChangeKind, ObjectKind, ObjectRef, Severity};
use crate::ir::{self, QualifiedName};

pub(super) fn diff_views(
    expected: &ir::Database,
    actual: &ir::Database,
    changes: &mut Vec<Change>,
) {
    let declared = |name: &QualifiedName| expected.views.iter().any(|v| &v.name == name);
    for view in actual.views.iter().filter(|v| !declared(&v.name)) {
        let what = if view.materialized {
            "materialized view"
        } else {
            "view"
        };
        changes.push(Change {
            kind: ChangeKind::UnmanagedView,
            severity: Severity::Warning,
            object: ObjectRef::top(ObjectKind::View, &view.name),
            expected: None,
            actual: view.definition.clone(),
            message: format!(
                "The database has {what} {}, which the schema does not declare.",
                view.name
            ),
            origin: None,
        });
    }
    for view in &expected.views {
        if let Some(db) = actual.views.iter().find(|v| v.name == view.name) {
            view_columns(view, db, changes);
            continue;
        }
        if actual.tables.iter().any(|t| t.name == view.name) {
            continue;
        }
        changes.push(Change {
            kind: ChangeKind::ViewMissing,
            severity: Severity::Warning,
            object: ObjectRef::top(ObjectKind::View, &view.name),
            expected: Some(format!("view {}", view.name)),
            actual: None,
            message: format!(
                "View {} is declared in the schema but missing from the database (Prisma Migrate does not create views).",
                view.name
            ),
            origin: view.origin.clone(),
        });
    }
}

/// The columns of a declared view against the database view's. Nullability is
/// not compared: PostgreSQL marks every view column nullable.
fn view_columns(view: &ir::View, db: &ir::View, changes: &mut Vec<Change>) {
    let name = &view.name;
    for column in &view.columns {
        let object = ObjectRef::child(ObjectKind::Column, name, &column.name);
        let path = object.path();
        match db.columns.iter().find(|c| c.name == column.name) {
            None => changes.push(
                Change::new(
                    ChangeKind::ViewColumnMissing,
                    object,
                    format!(
                        "View {name} has no column {}, which the schema declares.",
                        column.name
                    ),
                )
                .expected(column.ty.sql())
                .at(column.origin.as_ref()),
            ),
            Some(found) if !same_type(&column.ty, &found.ty) => changes.push(
                Change::new(
                    ChangeKind::ViewColumnTypeChanged,
                    object,
                    format!(
                        "View column {path} is {} in the database, the schema says {}.",
                        found.ty.sql(),
                        column.ty.sql()
                    ),
                )
                .expected(column.ty.sql())
                .actual(found.ty.sql())
                .at(column.origin.as_ref()),
            ),
            Some(_) => {}
        }
    }
    for found in &db.columns {
        if view.columns.iter().any(|c| c.name == found.name) {
            continue;
        }
        changes.push(
            Change::new(
                ChangeKind::ViewColumnExtra,
                ObjectRef::child(ObjectKind::Column, name, &found.name),
                format!(
                    "View {name} has column {}, which the schema does not declare.",
                    found.name
                ),
            )
            .actual(found.ty.sql())
            .at(view.origin.as_ref()),
        );
    }
}
