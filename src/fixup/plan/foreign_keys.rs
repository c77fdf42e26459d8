//! Foreign keys: added, dropped, replaced when their definition changed, and
//! moved aside (dropped, then added again) for a step that changes what they
//! depend on: a column's type, a primary key or a unique index. Renames are
//! in `renames`.

use super::{title, Planner};
use crate::diff::equivalence::same_name;
use crate::diff::{Change, ChangeKind};
use crate::fixup::order::{cut, sorted_cut, table_key, Node, Phase, Res};
use crate::fixup::statements::{add_constraint, drop_constraint, STYLE};
use crate::ir::render::foreign_key_definition_in;
use crate::ir::{self, ForeignKey, QualifiedName, Table};

/// A table's foreign key of that name, with the table.
fn foreign_key_named<'t>(
    table: Option<&'t Table>,
    name: &str,
) -> Option<(&'t Table, &'t ForeignKey)> {
    let table = table?;
    table
        .foreign_keys
        .iter()
        .find(|f| f.name == name)
        .map(|f| (table, f))
}

impl<'a> Planner<'a> {
    /// The foreign keys that some step drops anyway (extra or changed ones),
    /// so that moving them aside does not drop them twice.
    pub(super) fn note_dropped_foreign_keys(&mut self) {
        for change in &self.deferred {
            match change.kind {
                ChangeKind::ForeignKeyExtra => {
                    if let (_, Some(actual)) = self.tables(change) {
                        self.dropped_fks
                            .insert((table_key(&actual.name), cut(&change.object.name)));
                    }
                }
                ChangeKind::ForeignKeyChanged => {
                    if let (Some(exp), Some(act)) = self.tables(change) {
                        if let Some(fk) = self.actual_fk(exp, act, &change.object.name) {
                            self.dropped_fks
                                .insert((table_key(&act.name), cut(&fk.name)));
                        }
                    }
                }
                _ => {}
            }
        }
    }

    pub(super) fn foreign_key_missing(&mut self, change: &Change) {
        let (exp, _) = self.tables(change);
        match foreign_key_named(exp, &change.object.name) {
            Some((table, fk)) => self.add_foreign_key(&table.name, fk, title(change)),
            None => self.skip(change, "the schema's foreign key was not found"),
        }
    }

    pub(super) fn foreign_key_extra(&mut self, change: &Change) {
        let (_, act) = self.tables(change);
        match foreign_key_named(act, &change.object.name) {
            Some((table, fk)) => self.drop_foreign_key(table, fk, title(change), None),
            None => self.skip(change, "the database's foreign key was not found"),
        }
    }

    pub(super) fn add_foreign_key(
        &mut self,
        table: &QualifiedName,
        fk: &ForeignKey,
        title: String,
    ) {
        let key = table_key(table);
        let target = table_key(&fk.referenced_table);
        let mut node = Node::new(Phase::AddForeignKey, title).sql(add_constraint(
            table,
            &fk.name,
            &foreign_key_definition_in(fk, STYLE, false),
        ));
        node.requires.push(Res::Table(key.clone()));
        node.requires.push(Res::Table(target.clone()));
        for column in &fk.columns {
            node.requires.push(Res::Column(key.clone(), cut(column)));
            node.requires
                .push(Res::ColumnType(key.clone(), cut(column)));
        }
        for column in &fk.referenced_columns {
            node.requires.push(Res::Column(target.clone(), cut(column)));
            node.requires
                .push(Res::ColumnType(target.clone(), cut(column)));
        }
        node.requires
            .push(Res::UniqueKey(target, sorted_cut(&fk.referenced_columns)));
        node.provides.push(Res::Constraint(key, cut(&fk.name)));
        self.push(node);
    }

    pub(super) fn drop_foreign_key(
        &mut self,
        table: &Table,
        fk: &ForeignKey,
        title: String,
        why: Option<&str>,
    ) {
        let key = table_key(&table.name);
        let target = table_key(&fk.referenced_table);
        let mut node = Node::new(Phase::DropForeignKey, title)
            .sql(drop_constraint(&table.name, &fk.name))
            .destructive(format!(
                "drops foreign key {} on {}{}",
                fk.name,
                table.name,
                why.map(|w| format!(" ({w})")).unwrap_or_default()
            ));
        node.removes
            .push(Res::Constraint(key.clone(), cut(&fk.name)));
        node.releases.push(Res::Table(target.clone()));
        for column in &fk.columns {
            node.releases.push(Res::Column(key.clone(), cut(column)));
        }
        for column in &fk.referenced_columns {
            node.releases.push(Res::Column(target.clone(), cut(column)));
        }
        node.releases.push(Res::UniqueKey(
            target.clone(),
            sorted_cut(&fk.referenced_columns),
        ));
        for column in &fk.columns {
            node.provides
                .push(Res::NoForeignKey(key.clone(), cut(column)));
        }
        for column in &fk.referenced_columns {
            node.provides
                .push(Res::NoForeignKey(target.clone(), cut(column)));
        }
        self.push(node);
    }

    /// The database's foreign key for a schema foreign key, as the differ
    /// matched it: by name, else by columns and target.
    fn actual_fk(&self, exp: &Table, act: &'a Table, name: &str) -> Option<&'a ForeignKey> {
        let key = (exp.name.clone(), name.to_string());
        if let Some(actual_name) = self.fk_renamed.get(&key) {
            if let Some(fk) = act.foreign_keys.iter().find(|f| f.name == *actual_name) {
                return Some(fk);
            }
        }
        if let Some(fk) = act.foreign_keys.iter().find(|f| same_name(name, &f.name)) {
            return Some(fk);
        }
        let schema_fk = exp.foreign_keys.iter().find(|f| f.name == name)?;
        act.foreign_keys.iter().find(|f| {
            f.columns == schema_fk.columns
                && f.referenced_table == schema_fk.referenced_table
                && f.referenced_columns == schema_fk.referenced_columns
                && !exp.foreign_keys.iter().any(|e| same_name(&e.name, &f.name))
        })
    }

    pub(super) fn replace_foreign_key(&mut self, change: &Change) {
        let (Some(exp), Some(act)) = self.tables(change) else {
            return self.skip(change, "the table was not found");
        };
        let Some(fk) = exp
            .foreign_keys
            .iter()
            .find(|f| f.name == change.object.name)
        else {
            return self.skip(change, "the schema's foreign key was not found");
        };
        let Some(db) = self.actual_fk(exp, act, &fk.name) else {
            return self.skip(change, "the database's foreign key was not found");
        };
        self.drop_foreign_key(
            act,
            db,
            title(change),
            Some("added again below with the schema's definition"),
        );
        self.add_foreign_key(&act.name, fk, title(change));
    }

    /// Dropping a primary key or unique index that foreign keys reference
    /// fails; those foreign keys are dropped first and added again after
    /// (the schema's definition when it has one).
    pub(super) fn readd_dependent_fks(&mut self, table: &Table, columns: &[String], path: &str) {
        let referenced = table_key(&table.name);
        self.readd_fks(
            |_, fk| {
                table_key(&fk.referenced_table) == referenced
                    && sorted_cut(&fk.referenced_columns) == columns
            },
            path,
        );
    }

    /// A column's type cannot change under a foreign key (its two sides
    /// would differ in between): the foreign keys on it, or referencing it,
    /// are dropped first and added again after.
    pub(super) fn readd_fks_on_column(&mut self, table: &Table, column: &str, path: &str) {
        let key = table_key(&table.name);
        let column = cut(column);
        self.readd_fks(
            |owner, fk| {
                (table_key(&owner.name) == key && fk.columns.iter().any(|c| cut(c) == column))
                    || (table_key(&fk.referenced_table) == key
                        && fk.referenced_columns.iter().any(|c| cut(c) == column))
            },
            path,
        );
    }

    /// Drops the database's foreign keys that `matches` picks (unless a step
    /// drops them anyway) and adds them again, with the schema's definition
    /// (and name) when it has one.
    fn readd_fks(&mut self, matches: impl Fn(&Table, &ForeignKey) -> bool, title: &str) {
        let actual: &'a ir::Database = self.actual;
        let mut found: Vec<(&'a Table, &'a ForeignKey)> = Vec::new();
        for owner in &actual.tables {
            let owner_key = table_key(&owner.name);
            if self.dropped_tables.contains(&owner_key) {
                continue;
            }
            for fk in &owner.foreign_keys {
                let id = (owner_key.clone(), cut(&fk.name));
                if matches(owner, fk)
                    && !self.dropped_fks.contains(&id)
                    && !self.readded_fks.contains(&id)
                {
                    found.push((owner, fk));
                }
            }
        }
        for (owner, fk) in found {
            self.readded_fks
                .insert((table_key(&owner.name), cut(&fk.name)));
            let drop_title = format!(
                "{title}: drop foreign key {}.{} first (it depends on what changes)",
                owner.name, fk.name
            );
            self.drop_foreign_key(owner, fk, drop_title, Some("added again below"));
            let definition = self.schema_fk(owner, fk).unwrap_or(fk);
            let add_title = format!(
                "{title}: add foreign key {}.{} again",
                owner.name, definition.name
            );
            self.add_foreign_key(&owner.name, definition, add_title);
        }
    }

    /// The schema's foreign key for one of the database's: same name, or the
    /// one the differ found renamed to it.
    fn schema_fk(&self, owner: &Table, fk: &ForeignKey) -> Option<&'a ForeignKey> {
        let table = self.expected_table(&owner.name)?;
        let renamed_from = self
            .fk_renamed
            .iter()
            .find(|((t, _), actual)| table_key(t) == table_key(&table.name) && **actual == fk.name)
            .map(|((_, name), _)| name.clone());
        table.foreign_keys.iter().find(|f| {
            same_name(&f.name, &fk.name) || renamed_from.as_deref() == Some(f.name.as_str())
        })
    }
}
