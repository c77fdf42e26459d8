//! A column becomes nullable (`DROP NOT NULL`, once no primary key holds it)
//! or NOT NULL (`SET NOT NULL`, which fails on rows holding NULL).

use super::Pair;
use crate::fixup::order::{Node, Phase, Res};
use crate::fixup::plan::Planner;
use crate::fixup::statements::alter_column;

impl Planner<'_> {
    pub(super) fn change_nullability(&mut self, pair: &Pair<'_>) {
        let (act, db) = (pair.act, pair.db);
        let mut node = Node::new(
            Phase::AlterColumn,
            format!("column_nullability_changed: {}", pair.path),
        );
        if pair.column.nullable {
            node = node.sql(alter_column(&act.name, &db.name, "DROP NOT NULL"));
            node.requires
                .push(Res::NotInPrimaryKey(pair.key.clone(), pair.col_key.clone()));
        } else {
            node = node
                .sql(alter_column(&act.name, &db.name, "SET NOT NULL"))
                .destructive(format!(
                "makes {} NOT NULL: fails if any row holds NULL there (update those rows first)",
                pair.path
            ));
            node.requires
                .push(Res::ColumnType(pair.key.clone(), pair.col_key.clone()));
        }
        self.push(node);
    }
}
