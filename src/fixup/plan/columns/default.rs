//! A column's default changes: `SET DEFAULT`, `DROP DEFAULT`, `DROP IDENTITY`,
//! or an autoincrement sequence (see `autoincrement`).

use super::Pair;
use crate::fixup::order::{table_key, Node, Phase, Res};
use crate::fixup::plan::Planner;
use crate::fixup::statements::{alter_column, default_sql, set_default};
use crate::ir::{DefaultValue, TypeKind};

impl Planner<'_> {
    pub(super) fn change_default(&mut self, pair: &Pair<'_>) {
        let (act, db) = (pair.act, pair.db);
        let mut node = Node::new(
            Phase::AlterColumn,
            format!("column_default_changed: {}", pair.path),
        );
        let identity = matches!(db.default, Some(DefaultValue::Identity { .. }));
        if identity {
            node = node.sql(alter_column(&act.name, &db.name, "DROP IDENTITY IF EXISTS"));
        }
        match &pair.column.default {
            None => {
                if !identity {
                    node = node.sql(alter_column(&act.name, &db.name, "DROP DEFAULT"));
                }
            }
            Some(DefaultValue::Sequence(name)) => {
                for statement in self.sequence_default(act, db, name) {
                    node = node.sql(statement);
                }
            }
            Some(default) => match default_sql(default, &pair.column.ty, &pair.exp.name) {
                Some(sql) => node = node.sql(set_default(&act.name, &db.name, &sql)),
                None => {
                    self.unsupported.push(format!(
                        "column_default_changed {}: the schema's default cannot be written as SQL",
                        pair.path
                    ));
                    return;
                }
            },
        }
        node.requires
            .push(Res::ColumnType(pair.key.clone(), pair.col_key.clone()));
        if let TypeKind::Enum(e) = &pair.column.ty.kind {
            node.requires.push(Res::Type(table_key(e)));
        }
        if !node.step.statements.is_empty() {
            self.push(node);
        }
    }
}
