//! A column's type changes: `SET DATA TYPE`, with `USING` when PostgreSQL
//! needs it, the default taken off and put back when it may not convert, and
//! the foreign keys on the column dropped and added again around it.

use super::Pair;
use crate::fixup::cast::{lossless, using_clause};
use crate::fixup::order::{table_key, Node, Phase, Res};
use crate::fixup::plan::Planner;
use crate::fixup::statements::{alter_column, default_sql, set_default, type_sql};
use crate::ir::{DefaultValue, TypeKind};

impl Planner<'_> {
    /// The type change of one column; returns whether its default is now
    /// set (`default_done` as it was, or true when this step set it).
    pub(super) fn change_type(&mut self, pair: &Pair<'_>, mut default_done: bool) -> bool {
        let Pair {
            exp,
            act,
            column,
            db,
            ..
        } = *pair;
        let mut node = Node::new(
            Phase::AlterColumn,
            format!(
                "column_type_changed: {} ({} → {})",
                pair.path,
                db.ty.sql(),
                column.ty.sql()
            ),
        );
        let using = using_clause(&db.name, &db.ty, &column.ty);
        // A default of the old type may not convert (an enum literal to
        // text and back): take it off and put the schema's back.
        let resettable = matches!(
            db.default,
            Some(DefaultValue::Literal(_) | DefaultValue::Expression(_) | DefaultValue::Now)
        );
        let enum_involved =
            matches!(db.ty.kind, TypeKind::Enum(_)) || matches!(column.ty.kind, TypeKind::Enum(_));
        let reset = resettable
            && (using.is_some() || enum_involved)
            && !matches!(column.default, Some(DefaultValue::Unspecified));
        if reset {
            node = node.sql(alter_column(&act.name, &db.name, "DROP DEFAULT"));
        }
        let mut alter = format!("SET DATA TYPE {}", type_sql(&column.ty));
        if let Some(using) = using {
            alter.push_str(&format!(" USING {using}"));
        }
        node = node.sql(alter_column(&act.name, &db.name, &alter));
        if reset && !default_done {
            if let Some(sql) = column
                .default
                .as_ref()
                .and_then(|d| default_sql(d, &column.ty, &exp.name))
            {
                node = node.sql(set_default(&act.name, &db.name, &sql));
            }
            default_done = true;
        }
        if !lossless(&db.ty, &column.ty) {
            node = node.destructive(format!(
                "changes {} from {} to {}: values may be cut or fail to convert",
                pair.path,
                db.ty.sql(),
                column.ty.sql()
            ));
        }
        node.provides
            .push(Res::ColumnType(pair.key.clone(), pair.col_key.clone()));
        node.requires
            .push(Res::NoForeignKey(pair.key.clone(), pair.col_key.clone()));
        if let TypeKind::Enum(e) = &column.ty.kind {
            node.requires.push(Res::Type(table_key(e)));
        }
        if let TypeKind::Enum(e) = &db.ty.kind {
            node.releases.push(Res::Type(table_key(e)));
        }
        node = node.notes(self.dependent_objects(act, Some(&db.name)));
        self.push(node);
        self.readd_fks_on_column(
            act,
            &db.name,
            &format!("column_type_changed: {}", pair.path),
        );
        default_done
    }
}
