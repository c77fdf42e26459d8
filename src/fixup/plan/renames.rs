//! Renames: a primary key, an index or a foreign key the differ matched
//! under another name gets the schema's. An object that is dropped and
//! created again (changed, or moved aside for another step) is created under
//! the schema's name instead, so it gets no rename.

use super::{title, Planner};
use crate::diff::Change;
use crate::fixup::order::{cut, table_key, Node, Phase, Res};
use crate::fixup::statements::{qualified, rename_constraint, STYLE};
use crate::ir::{QualifiedName, Table};

impl<'a> Planner<'a> {
    pub(super) fn rename_primary_key(&mut self, change: &Change) {
        let (Some(exp), Some(act)) = self.tables(change) else {
            return self.skip(change, "the table was not found");
        };
        let (Some(pk), Some(db)) = (&exp.primary_key, &act.primary_key) else {
            return self.skip(change, "the primary key was not found");
        };
        let key = table_key(&act.name);
        let mut node = Node::new(Phase::Rename, title(change))
            .sql(rename_constraint(&act.name, &db.name, &pk.name));
        node.removes
            .push(Res::Constraint(key.clone(), cut(&db.name)));
        node.removes
            .push(Res::Relation(key.schema.clone(), cut(&db.name)));
        node.provides
            .push(Res::Constraint(key.clone(), cut(&pk.name)));
        node.provides
            .push(Res::Relation(key.schema.clone(), cut(&pk.name)));
        self.push(node);
    }

    pub(super) fn rename_index(&mut self, change: &Change) {
        // A changed index is dropped and created with the schema's name.
        let Some((act, old)) =
            self.renamed(change, "index", |p, key| p.index_changed.contains(key))
        else {
            return;
        };
        let schema = act.name.schema.clone();
        let mut node = Node::new(Phase::Rename, title(change)).sql(format!(
            "ALTER INDEX {} RENAME TO {}",
            qualified(&QualifiedName::new(schema.clone(), old.to_string())),
            STYLE.ident(&change.object.name)
        ));
        node.removes.push(Res::Relation(schema.clone(), cut(old)));
        node.provides
            .push(Res::Relation(schema, cut(&change.object.name)));
        self.push(node);
    }

    pub(super) fn rename_foreign_key(&mut self, change: &Change) {
        let Some((act, old)) =
            self.renamed(change, "foreign key", |p, key| p.fk_changed.contains(key))
        else {
            return;
        };
        let table = table_key(&act.name);
        // Dropped and added again under the schema's name.
        if self.readded_fks.contains(&(table.clone(), cut(old))) {
            return;
        }
        let mut node = Node::new(Phase::Rename, title(change)).sql(rename_constraint(
            &act.name,
            old,
            &change.object.name,
        ));
        node.removes.push(Res::Constraint(table.clone(), cut(old)));
        node.provides
            .push(Res::Constraint(table, cut(&change.object.name)));
        self.push(node);
    }

    /// The database's table and the object's name there, for a rename of
    /// `what`; `None` when the object is `replaced` anyway (dropped and
    /// created under the schema's name) or cannot be found (then it is noted
    /// as not written).
    fn renamed<'c>(
        &mut self,
        change: &'c Change,
        what: &str,
        replaced: impl Fn(&Self, &(QualifiedName, String)) -> bool,
    ) -> Option<(&'a Table, &'c str)> {
        let Some(parent) = Self::parent_name(change) else {
            self.skip(change, "no table named");
            return None;
        };
        if replaced(self, &(parent, change.object.name.clone())) {
            return None;
        }
        let (Some(_), Some(act)) = self.tables(change) else {
            self.skip(change, "the table was not found");
            return None;
        };
        let Some(old) = change.actual.as_deref() else {
            self.skip(change, &format!("the database's {what} name is unknown"));
            return None;
        };
        Some((act, old))
    }
}
