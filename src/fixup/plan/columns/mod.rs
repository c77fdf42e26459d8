//! Columns: added, dropped, and changed, by what changes: type
//! (`type_change`), nullability, default, and the sequence of an
//! autoincrement default (`autoincrement`).

mod autoincrement;
mod default;
mod nullability;
mod type_change;

use super::{title, Planner};
use crate::diff::equivalence::{same_name, same_type};
use crate::diff::{Change, ChangeKind};
use crate::fixup::order::{cut, table_key, Node, Phase, Res};
use crate::fixup::statements::{alter_table, column_sql, qualified, serial_type, STYLE};
use crate::ir::{Column, DefaultValue, QualifiedName, Table, TypeKind};

/// What to do to one column that exists on both sides.
#[derive(Debug, Default, Clone)]
pub(super) struct ColumnFix {
    ty: bool,
    nullability: bool,
    default: bool,
}

impl ColumnFix {
    /// Takes one of the column's changes into account.
    pub(super) fn add(&mut self, kind: ChangeKind) {
        match kind {
            ChangeKind::ColumnTypeChanged => self.ty = true,
            ChangeKind::ColumnNullabilityChanged => self.nullability = true,
            _ => self.default = true,
        }
    }
}

/// A column on both sides: the schema's and the database's tables and columns.
struct Pair<'t> {
    exp: &'t Table,
    act: &'t Table,
    column: &'t Column,
    db: &'t Column,
    /// The database's table, as resources key it.
    key: QualifiedName,
    /// The database's column name, as resources key it.
    col_key: String,
    /// `schema.table.column`, for titles and messages.
    path: String,
}

impl<'a> Planner<'a> {
    pub(in crate::fixup::plan) fn add_column(&mut self, change: &Change) {
        let (Some(exp), Some(act)) = self.tables(change) else {
            return self.skip(change, "the table was not found");
        };
        let Some(column) = exp.column(&change.object.name) else {
            return self.skip(change, "the schema's column was not found");
        };
        let key = table_key(&act.name);
        let mut node = Node::new(Phase::AddColumn, title(change));
        let add = alter_table(
            &act.name,
            &format!("ADD COLUMN {}", column_sql(column, &exp.name)),
        );
        match (serial_type(column), self.sequence_statements(exp, column)) {
            (None, Some((before, after))) => {
                node.step.statements.extend(before);
                node.step.statements.push(add);
                node.step.statements.extend(after);
            }
            _ => node.step.statements.push(add),
        }
        let has_default = column
            .default
            .as_ref()
            .is_some_and(|d| !matches!(d, DefaultValue::Unspecified));
        if !column.nullable && !has_default {
            node = node.note(format!(
                "fails if {} has rows: the column is NOT NULL and has no default",
                act.name
            ));
        }
        if let Some(hint) = renamed_column_hint(exp, act, column) {
            node = node.note(hint);
        }
        node.requires.push(Res::Table(key.clone()));
        if let TypeKind::Enum(e) = &column.ty.kind {
            node.requires.push(Res::Type(table_key(e)));
        }
        node.provides
            .push(Res::Column(key.clone(), cut(&column.name)));
        node.provides
            .push(Res::ColumnType(key.clone(), cut(&column.name)));
        self.push(node);
    }

    pub(in crate::fixup::plan) fn drop_column(&mut self, change: &Change) {
        let (_, Some(act)) = self.tables(change) else {
            return self.skip(change, "the table was not found");
        };
        let Some(column) = act.column(&change.object.name) else {
            return self.skip(change, "the database's column was not found");
        };
        let key = table_key(&act.name);
        let mut node = Node::new(Phase::DropColumn, title(change))
            .sql(alter_table(
                &act.name,
                &format!("DROP COLUMN {}", STYLE.ident(&column.name)),
            ))
            .destructive(format!(
                "drops column {}.{} and its values",
                act.name, column.name
            ))
            .notes(self.dependent_objects(act, Some(&column.name)));
        node.removes
            .push(Res::Column(key.clone(), cut(&column.name)));
        node.removes
            .push(Res::ColumnType(key.clone(), cut(&column.name)));
        if let TypeKind::Enum(e) = &column.ty.kind {
            node.releases.push(Res::Type(table_key(e)));
        }
        self.push(node);
    }

    /// The steps for one column that exists on both sides: its type, then
    /// its nullability, then its default (unless the type change or an enum
    /// recreation set it).
    pub(in crate::fixup::plan) fn plan_column(
        &mut self,
        table: &QualifiedName,
        column_name: &str,
        fix: &ColumnFix,
    ) {
        let Some(pair) = self.pair(table, column_name) else {
            return;
        };
        let mut default_done = self
            .default_done
            .contains(&(pair.key.clone(), pair.col_key.clone()));
        if fix.ty {
            default_done = self.change_type(&pair, default_done);
        }
        if fix.nullability && pair.column.nullable != pair.db.nullable {
            self.change_nullability(&pair);
        }
        if fix.default && !default_done {
            self.change_default(&pair);
        }
    }

    /// The column on both sides; `None` (and a line in `unsupported`) when
    /// one is missing.
    fn pair(&mut self, table: &QualifiedName, column_name: &str) -> Option<Pair<'a>> {
        let Some(exp) = self.expected.table(table) else {
            self.unsupported.push(format!(
                "{table}.{column_name}: the schema's table was not found"
            ));
            return None;
        };
        let Some(act) = self.actual_table(table) else {
            self.unsupported.push(format!(
                "{table}.{column_name}: the database's table was not found"
            ));
            return None;
        };
        let (Some(column), Some(db)) = (
            exp.column(column_name),
            act.columns.iter().find(|c| same_name(column_name, &c.name)),
        ) else {
            self.unsupported
                .push(format!("{table}.{column_name}: the column was not found"));
            return None;
        };
        Some(Pair {
            exp,
            act,
            column,
            db,
            key: table_key(&act.name),
            col_key: cut(&db.name),
            path: format!("{}.{}", exp.name, column.name),
        })
    }
}

/// When the database has a column the schema lacks, of the same type as
/// the missing one, it was perhaps renamed.
fn renamed_column_hint(exp: &Table, act: &Table, column: &Column) -> Option<String> {
    let mut candidates = act.columns.iter().filter(|c| {
        exp.columns.iter().all(|e| !same_name(&e.name, &c.name)) && same_type(&column.ty, &c.ty)
    });
    let old = candidates.next()?;
    if candidates.next().is_some() {
        return None;
    }
    Some(format!(
        "if {} was renamed to {}, `ALTER TABLE {} RENAME COLUMN {} TO {}` keeps its values instead of this and the drop",
        column.name,
        old.name,
        qualified(&act.name),
        STYLE.ident(&old.name),
        STYLE.ident(&column.name)
    ))
}
