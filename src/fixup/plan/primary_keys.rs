//! Primary keys: dropped (with the foreign keys that reference them, added
//! again after), added, or both when they changed. Renames are in `renames`.

use super::{title, Planner};
use crate::diff::{Change, ChangeKind};
use crate::fixup::order::{cut, sorted_cut, table_key, Node, Phase, Res};
use crate::fixup::statements::{add_constraint, drop_constraint, STYLE};
use crate::ir::Table;
use crate::sql::ddl;

impl Planner<'_> {
    /// A primary key missing, extra or changed (dropped, then added).
    pub(super) fn primary_key(&mut self, change: &Change) {
        let (Some(exp), Some(act)) = self.tables(change) else {
            return self.skip(change, "the table was not found");
        };
        let drop = matches!(
            change.kind,
            ChangeKind::PrimaryKeyExtra | ChangeKind::PrimaryKeyChanged
        );
        let add = matches!(
            change.kind,
            ChangeKind::PrimaryKeyMissing | ChangeKind::PrimaryKeyChanged
        );
        if drop && !self.drop_primary_key(change, act, add) {
            return;
        }
        if add {
            self.add_primary_key(change, exp, act);
        }
    }

    /// Drops the database's primary key (and, around it, the foreign keys
    /// that reference it); false when it was not found.
    fn drop_primary_key(&mut self, change: &Change, act: &Table, added_again: bool) -> bool {
        let Some(db) = &act.primary_key else {
            self.skip(change, "the database's primary key was not found");
            return false;
        };
        let key = table_key(&act.name);
        let mut node = Node::new(Phase::DropPrimaryKey, title(change))
            .sql(drop_constraint(&act.name, &db.name))
            .destructive(format!(
                "drops primary key {} of {}{}",
                db.name,
                act.name,
                if added_again {
                    " (added again below)"
                } else {
                    ""
                }
            ));
        node.removes
            .push(Res::Constraint(key.clone(), cut(&db.name)));
        node.removes
            .push(Res::Relation(key.schema.clone(), cut(&db.name)));
        let columns = sorted_cut(&db.columns);
        node.removes
            .push(Res::UniqueKey(key.clone(), columns.clone()));
        for column in &db.columns {
            node.releases.push(Res::Column(key.clone(), cut(column)));
            node.provides
                .push(Res::NotInPrimaryKey(key.clone(), cut(column)));
        }
        self.push(node);
        self.readd_dependent_fks(act, &columns, &title(change));
        true
    }

    /// Adds the schema's primary key to the database's table.
    fn add_primary_key(&mut self, change: &Change, exp: &Table, act: &Table) {
        let Some(pk) = &exp.primary_key else {
            return self.skip(change, "the schema's primary key was not found");
        };
        let key = table_key(&act.name);
        let mut node = Node::new(Phase::AddPrimaryKey, title(change))
            .sql(add_constraint(
                &act.name,
                &pk.name,
                &ddl::primary_key(&pk.columns, STYLE),
            ))
            .note(format!(
                "fails if {} holds duplicate or NULL values in ({})",
                act.name,
                pk.columns.join(", ")
            ));
        node.provides
            .push(Res::Constraint(key.clone(), cut(&pk.name)));
        node.provides
            .push(Res::Relation(key.schema.clone(), cut(&pk.name)));
        node.provides
            .push(Res::UniqueKey(key.clone(), sorted_cut(&pk.columns)));
        for column in &pk.columns {
            node.requires.push(Res::Column(key.clone(), cut(column)));
            node.requires
                .push(Res::ColumnType(key.clone(), cut(column)));
        }
        self.push(node);
    }
}
