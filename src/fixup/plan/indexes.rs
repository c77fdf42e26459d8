//! Indexes: created, dropped (a unique one with the foreign keys that need
//! it, added again after), and replaced when their definition changed.
//! Renames are in `renames`.

use super::{title, Planner};
use crate::diff::equivalence::same_name;
use crate::diff::Change;
use crate::fixup::order::{cut, key_columns, sorted_cut, table_key, Node, Phase, Res};
use crate::fixup::statements::{drop_constraint, qualified, STYLE};
use crate::ir::render::index_definition_in;
use crate::ir::{Index, IndexKey, QualifiedName, Table};

/// A table's index of that name, with the table.
fn index_named<'t>(table: Option<&'t Table>, name: &str) -> Option<(&'t Table, &'t Index)> {
    let table = table?;
    table
        .indexes
        .iter()
        .find(|i| i.name == name)
        .map(|i| (table, i))
}

impl<'a> Planner<'a> {
    pub(super) fn index_missing(&mut self, change: &Change) {
        let (exp, _) = self.tables(change);
        match index_named(exp, &change.object.name) {
            Some((table, index)) => self.create_index(table, index, title(change)),
            None => self.skip(change, "the schema's index was not found"),
        }
    }

    pub(super) fn index_extra(&mut self, change: &Change) {
        let (_, act) = self.tables(change);
        match index_named(act, &change.object.name) {
            Some((table, index)) => self.drop_index(table, index, title(change), false),
            None => self.skip(change, "the database's index was not found"),
        }
    }

    pub(super) fn create_index(&mut self, table: &Table, index: &Index, title: String) {
        let key = table_key(&table.name);
        let mut node = Node::new(Phase::CreateIndex, title).sql(index_definition_in(
            index,
            &table.name,
            STYLE,
        ));
        if index.unique {
            node = node.note(format!(
                "fails if {} holds duplicate values in the indexed columns",
                table.name
            ));
        }
        node.requires.push(Res::Table(key.clone()));
        for column in &index.columns {
            if let IndexKey::Column(name) = &column.key {
                node.requires.push(Res::Column(key.clone(), cut(name)));
                node.requires.push(Res::ColumnType(key.clone(), cut(name)));
            }
        }
        for name in &index.include {
            node.requires.push(Res::Column(key.clone(), cut(name)));
        }
        node.provides
            .push(Res::Relation(key.schema.clone(), cut(&index.name)));
        if index.unique && index.predicate.is_none() {
            if let Some(columns) = key_columns(index) {
                node.provides.push(Res::UniqueKey(key.clone(), columns));
            }
        }
        self.push(node);
    }

    fn drop_index(&mut self, table: &'a Table, index: &Index, title: String, replaced: bool) {
        let key = table_key(&table.name);
        let statement = if index.constraint {
            drop_constraint(&table.name, &index.name)
        } else {
            let name = QualifiedName::new(table.name.schema.clone(), index.name.clone());
            format!("DROP INDEX {}", qualified(&name))
        };
        let mut node = Node::new(Phase::DropIndex, title.clone())
            .sql(statement)
            .destructive(format!(
                "drops index {} on {}{}",
                index.name,
                table.name,
                if replaced {
                    " (created again below with the schema's definition)"
                } else {
                    ""
                }
            ));
        for column in &index.columns {
            if let IndexKey::Column(name) = &column.key {
                node.releases.push(Res::Column(key.clone(), cut(name)));
            }
        }
        for name in &index.include {
            node.releases.push(Res::Column(key.clone(), cut(name)));
        }
        node.removes
            .push(Res::Relation(key.schema.clone(), cut(&index.name)));
        let unique_key = if index.unique && index.predicate.is_none() {
            key_columns(index)
        } else {
            None
        };
        if let Some(columns) = &unique_key {
            node.removes
                .push(Res::UniqueKey(key.clone(), columns.clone()));
        }
        self.push(node);
        if let Some(columns) = unique_key {
            if !still_unique(table, index, &columns) {
                self.readd_dependent_fks(table, &columns, &title);
            }
        }
    }

    /// The database's index for a schema index, as the differ matched it.
    fn actual_index(&self, exp: &Table, act: &'a Table, name: &str) -> Option<&'a Index> {
        let key = (exp.name.clone(), name.to_string());
        if let Some(actual_name) = self.index_renamed.get(&key) {
            if let Some(index) = act.indexes.iter().find(|i| i.name == *actual_name) {
                return Some(index);
            }
        }
        act.indexes.iter().find(|i| same_name(name, &i.name))
    }

    pub(super) fn replace_index(&mut self, change: &Change) {
        let (Some(exp), Some(act)) = self.tables(change) else {
            return self.skip(change, "the table was not found");
        };
        let Some(index) = exp.indexes.iter().find(|i| i.name == change.object.name) else {
            return self.skip(change, "the schema's index was not found");
        };
        let Some(db) = self.actual_index(exp, act, &index.name) else {
            return self.skip(change, "the database's index was not found");
        };
        self.drop_index(act, db, title(change), true);
        self.create_index(exp, index, title(change));
    }
}

/// Whether the table keeps another unique key on `columns` once `index` is
/// dropped (then the foreign keys that reference them can stay).
fn still_unique(table: &Table, index: &Index, columns: &[String]) -> bool {
    table
        .primary_key
        .as_ref()
        .is_some_and(|pk| sorted_cut(&pk.columns) == columns)
        || table.indexes.iter().any(|other| {
            other.name != index.name
                && other.unique
                && other.predicate.is_none()
                && key_columns(other).as_deref() == Some(columns)
        })
}
