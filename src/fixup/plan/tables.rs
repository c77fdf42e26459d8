//! Tables: created (with their indexes and foreign keys after them) and
//! dropped (their foreign keys to other tables first).

use std::collections::BTreeSet;

use super::dependents::mentions;
use super::{title, Planner};
use crate::diff::equivalence::same_name;
use crate::diff::Change;
use crate::fixup::order::{cut, key_columns, sorted_cut, table_key, Node, Phase, Res};
use crate::fixup::statements::{column_sql, primary_key_constraint, qualified, serial_type, STYLE};
use crate::ir::{self, Table, TypeKind};

impl<'a> Planner<'a> {
    pub(super) fn create_table(&mut self, change: &Change) {
        let Some(table) = self.expected.table(&Self::object_name(change)) else {
            return self.skip(change, "the schema's table was not found");
        };
        self.drop_views_named_like(table, change);
        let key = table_key(&table.name);
        let mut node = Node::new(Phase::CreateTable, title(change));
        // Autoincrement columns that cannot be SERIAL get their own sequence.
        let mut after = Vec::new();
        for column in table.columns.iter().filter(|c| serial_type(c).is_none()) {
            if let Some((before_create, after_create)) = self.sequence_statements(table, column) {
                node.step.statements.extend(before_create);
                after.extend(after_create);
            }
        }
        node.step.statements.push(create_table_sql(table));
        node.step.statements.extend(after);
        node.provides.push(Res::Table(key.clone()));
        node.requires.push(Res::Schema(key.schema.clone()));
        node.provides
            .push(Res::Relation(key.schema.clone(), key.name.clone()));
        for column in &table.columns {
            node.provides
                .push(Res::Column(key.clone(), cut(&column.name)));
            node.provides
                .push(Res::ColumnType(key.clone(), cut(&column.name)));
            if let TypeKind::Enum(e) = &column.ty.kind {
                node.requires.push(Res::Type(table_key(e)));
            }
        }
        if let Some(pk) = &table.primary_key {
            node.provides
                .push(Res::Relation(key.schema.clone(), cut(&pk.name)));
            node.provides
                .push(Res::Constraint(key.clone(), cut(&pk.name)));
            node.provides
                .push(Res::UniqueKey(key.clone(), sorted_cut(&pk.columns)));
        }
        self.push(node);
        let path = change.object.path();
        for index in &table.indexes {
            let title = format!("{}: {path} (index {})", change.kind, index.name);
            self.create_index(table, index, title);
        }
        for fk in &table.foreign_keys {
            let title = format!("{}: {path} (foreign key {})", change.kind, fk.name);
            self.add_foreign_key(&table.name, fk, title);
        }
    }

    /// A view the schema does not declare may hold the name of a table to
    /// create: it is dropped first.
    fn drop_views_named_like(&mut self, table: &Table, change: &Change) {
        let actual: &'a ir::Database = self.actual;
        for view in actual.views.iter().filter(|v| {
            v.name.schema == table.name.schema && same_name(&table.name.name, &v.name.name)
        }) {
            let what = if view.materialized {
                "MATERIALIZED VIEW"
            } else {
                "VIEW"
            };
            let mut node = Node::new(
                Phase::DropTable,
                format!("{} (a view holds its name)", title(change)),
            )
            .sql(format!("DROP {what} {}", qualified(&view.name)))
            .destructive(format!(
                "drops {} {}, which has the name of the schema's table",
                what.to_lowercase(),
                view.name
            ));
            node.removes.push(Res::Relation(
                view.name.schema.clone(),
                cut(&view.name.name),
            ));
            for other in &actual.views {
                let uses = other.name != view.name
                    && other
                        .definition
                        .as_deref()
                        .is_some_and(|d| mentions(d, &view.name.name));
                if uses {
                    node = node.note(format!(
                        "view {} seems to use it: PostgreSQL refuses this while that view exists (drop it first)",
                        other.name
                    ));
                }
            }
            self.push(node);
        }
    }

    pub(super) fn drop_table(&mut self, change: &Change) {
        let name = Self::object_name(change);
        let Some(table) = self.actual.table(&name) else {
            return self.skip(change, "the database's table was not found");
        };
        let key = table_key(&table.name);
        // Its foreign keys to other tables go first, as Prisma does it: then
        // no two dropped tables wait for each other.
        for fk in &table.foreign_keys {
            if table_key(&fk.referenced_table) != key {
                let title = format!("{} (drop its foreign key {} first)", title(change), fk.name);
                self.drop_foreign_key(table, fk, title, Some("the table is dropped below"));
            }
        }
        let mut node = Node::new(Phase::DropTable, title(change))
            .sql(format!("DROP TABLE {}", qualified(&table.name)))
            .destructive(format!("drops table {} and all its rows", table.name));
        if let Some(hint) = self.renamed_table_hint(table) {
            node = node.note(hint);
        }
        node = node.notes(self.dependent_objects(table, None));
        node.removes = self.table_objects(table);
        for column in &table.columns {
            if let TypeKind::Enum(e) = &column.ty.kind {
                node.releases.push(Res::Type(table_key(e)));
            }
        }
        self.push(node);
    }

    /// What a dropped table takes with it: its name, columns, keys, indexes,
    /// constraints and the sequences it owns.
    fn table_objects(&self, table: &Table) -> Vec<Res> {
        let key = table_key(&table.name);
        let schema = key.schema.clone();
        let mut removes = vec![
            Res::Table(key.clone()),
            Res::Relation(schema.clone(), key.name.clone()),
        ];
        for column in &table.columns {
            removes.push(Res::Column(key.clone(), cut(&column.name)));
        }
        if let Some(pk) = &table.primary_key {
            removes.push(Res::Relation(schema.clone(), cut(&pk.name)));
            removes.push(Res::Constraint(key.clone(), cut(&pk.name)));
            removes.push(Res::UniqueKey(key.clone(), sorted_cut(&pk.columns)));
        }
        for index in &table.indexes {
            removes.push(Res::Relation(schema.clone(), cut(&index.name)));
            if index.unique {
                if let Some(columns) = key_columns(index) {
                    removes.push(Res::UniqueKey(key.clone(), columns));
                }
            }
        }
        for fk in &table.foreign_keys {
            removes.push(Res::Constraint(key.clone(), cut(&fk.name)));
        }
        for sequence in &self.actual.sequences {
            if sequence.name.schema == table.name.schema
                && sequence
                    .owned_by
                    .as_ref()
                    .is_some_and(|(t, _)| *t == table.name.name)
            {
                removes.push(Res::Relation(
                    sequence.name.schema.clone(),
                    cut(&sequence.name.name),
                ));
            }
        }
        removes
    }

    /// When a table the schema lacks has the columns of one the database
    /// lacks, it was probably renamed: say how to keep its rows.
    fn renamed_table_hint(&self, table: &Table) -> Option<String> {
        let columns: BTreeSet<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
        let missing = self.expected.tables.iter().find(|t| {
            t.name.schema == table.name.schema
                && self.actual.table(&t.name).is_none()
                && t.columns
                    .iter()
                    .map(|c| c.name.as_str())
                    .collect::<BTreeSet<_>>()
                    == columns
        })?;
        Some(format!(
            "if {} was renamed from {}, `ALTER TABLE {} RENAME TO {}` (and renaming its constraints and indexes) keeps the rows instead",
            table.name,
            missing.name,
            qualified(&table.name),
            STYLE.ident(&missing.name.name)
        ))
    }
}

/// `CREATE TABLE "schema"."name" (columns, primary key)`.
fn create_table_sql(table: &Table) -> String {
    let mut lines: Vec<String> = table
        .columns
        .iter()
        .map(|c| format!("    {}", column_sql(c, &table.name)))
        .collect();
    if let Some(pk) = &table.primary_key {
        lines.push(format!(
            "    {}",
            primary_key_constraint(&pk.name, &pk.columns)
        ));
    }
    if lines.is_empty() {
        format!("CREATE TABLE {} ()", qualified(&table.name))
    } else {
        format!(
            "CREATE TABLE {} (\n{}\n)",
            qualified(&table.name),
            lines.join(",\n")
        )
    }
}
