//! Enums: created, dropped, values added in the schema's place, and — since
//! PostgreSQL cannot drop a value — recreated when values go, with the columns
//! that use the type converted to the new one.

use super::{title, Planner};
use crate::diff::equivalence::same_name;
use crate::diff::{Change, ChangeKind};
use crate::fixup::order::{cut, table_key, Node, Phase, Res};
use crate::fixup::statements::{
    alter_column, create_enum, default_sql, drop_type, qualified, rename_type, set_default,
    type_sql, STYLE,
};
use crate::ir::{self, Column, ColumnType, DefaultValue, Enum, QualifiedName, Table, TypeKind};
use crate::sql::names::with_suffix;
use crate::sql::quote_literal;

/// What to do to one enum that exists on both sides.
#[derive(Debug, Default, Clone)]
pub(super) struct EnumFix {
    missing: Vec<String>,
    extra: Vec<String>,
    /// `kind path` of each change, for the step's title.
    origin: Vec<String>,
}

impl EnumFix {
    /// Takes one of the enum's value changes into account.
    pub(super) fn add(&mut self, change: &Change) {
        let value = change.object.name.clone();
        if change.kind == ChangeKind::EnumValueMissing {
            self.missing.push(value);
        } else {
            self.extra.push(value);
        }
        self.origin
            .push(format!("{} {}", change.kind, change.object.path()));
    }
}

impl<'a> Planner<'a> {
    pub(super) fn create_enum(&mut self, change: &Change) {
        let Some(def) = self.expected.enum_type(&Self::object_name(change)) else {
            return self.skip(change, "the schema's enum was not found");
        };
        let mut node =
            Node::new(Phase::CreateType, title(change)).sql(create_enum(&def.name, &def.values));
        node.provides.push(Res::Type(table_key(&def.name)));
        node.requires.push(Res::Schema(def.name.schema.clone()));
        self.push(node);
    }

    pub(super) fn drop_enum(&mut self, change: &Change) {
        let Some(db) = self.actual.enum_type(&Self::object_name(change)) else {
            return self.skip(change, "the database's enum was not found");
        };
        let mut node = Node::new(Phase::DropType, title(change))
            .sql(drop_type(&db.name))
            .destructive(format!("drops enum {}", db.name));
        node.removes.push(Res::Type(table_key(&db.name)));
        self.push(node);
    }

    /// Values to add, or to remove (which recreates the type).
    pub(super) fn plan_enum(&mut self, name: &QualifiedName, fix: &EnumFix) {
        let (Some(def), Some(db)) = (self.expected.enum_type(name), self.actual.enum_type(name))
        else {
            self.unsupported
                .push(format!("{}: the enum was not found", fix.origin.join(", ")));
            return;
        };
        if fix.extra.is_empty() {
            self.add_enum_values(def, db, fix);
        } else {
            self.recreate_enum(name, def, db, fix);
        }
    }

    /// Only values to add: ADD VALUE, each placed after its predecessor in
    /// the schema (or before its successor).
    fn add_enum_values(&mut self, def: &Enum, db: &Enum, fix: &EnumFix) {
        let mut present: Vec<&str> = db.values.iter().map(String::as_str).collect();
        let mut node = Node::new(Phase::AddEnumValue, fix.origin.join(", "));
        for (i, value) in def.values.iter().enumerate() {
            if present.contains(&value.as_str()) {
                continue;
            }
            let before = def.values[..i]
                .iter()
                .rev()
                .find(|v| present.contains(&v.as_str()));
            let after = def.values[i + 1..]
                .iter()
                .find(|v| present.contains(&v.as_str()));
            let position = match (before, after) {
                (Some(prev), _) => format!(" AFTER {}", quote_literal(prev)),
                (None, Some(next)) => format!(" BEFORE {}", quote_literal(next)),
                (None, None) => String::new(),
            };
            node = node.sql(format!(
                "ALTER TYPE {} ADD VALUE {}{position}",
                qualified(&def.name),
                quote_literal(value)
            ));
            present.push(value);
        }
        node = node.note(
            "a value added by ALTER TYPE … ADD VALUE can be used only once the transaction that added it commits".into(),
        );
        node.provides.push(Res::Type(table_key(&def.name)));
        self.push(node);
    }

    /// Values to remove: PostgreSQL cannot drop an enum value, so the type
    /// is recreated (Prisma's way): a new type, the columns converted
    /// through text, the old type dropped, the new one renamed.
    fn recreate_enum(&mut self, name: &QualifiedName, def: &Enum, db: &Enum, fix: &EnumFix) {
        let key = table_key(name);
        let new_name =
            QualifiedName::new(name.schema.clone(), with_suffix(name.name.clone(), "_new"));
        let old_name = with_suffix(name.name.clone(), "_old");
        let mut node = Node::new(Phase::RecreateEnum, fix.origin.join(", ")).destructive(format!(
            "recreates enum {} without {}: rows holding {} make the conversion fail (update them first)",
            name,
            fix.extra
                .iter()
                .map(|v| quote_literal(v))
                .collect::<Vec<_>>()
                .join(", "),
            if fix.extra.len() == 1 { "it" } else { "them" }
        ));
        if let ([missing], [extra]) = (fix.missing.as_slice(), fix.extra.as_slice()) {
            node = node.note(format!(
                "if {} was renamed to {}, `ALTER TYPE {} RENAME VALUE {} TO {}` keeps the rows instead",
                quote_literal(missing),
                quote_literal(extra),
                qualified(name),
                quote_literal(extra),
                quote_literal(missing)
            ));
        }
        node = node.sql(create_enum(&new_name, &def.values));
        let mut restore = Vec::new();
        let actual: &'a ir::Database = self.actual;
        for table in &actual.tables {
            if self.dropped_tables.contains(&table_key(&table.name)) {
                continue;
            }
            for column in &table.columns {
                node = self.convert_column(node, &mut restore, table, column, db, &new_name);
            }
        }
        node = node
            .sql(rename_type(name, &old_name))
            .sql(rename_type(&new_name, &name.name))
            .sql(drop_type(&QualifiedName::new(
                name.schema.clone(),
                old_name,
            )));
        for statement in restore {
            node = node.sql(statement);
        }
        node.provides.push(Res::Type(key.clone()));
        node.removes.push(Res::Type(key));
        self.push(node);
    }

    /// One column of the database, when it uses the recreated enum `db` and
    /// has no step of its own: converted to `new_name`, its default taken off
    /// (and the one to put back once the type is renamed added to `restore`).
    fn convert_column(
        &mut self,
        mut node: Node,
        restore: &mut Vec<String>,
        table: &Table,
        column: &Column,
        db: &Enum,
        new_name: &QualifiedName,
    ) -> Node {
        let table_k = table_key(&table.name);
        let TypeKind::Enum(e) = &column.ty.kind else {
            return node;
        };
        if e != &db.name
            || self
                .dropped_columns
                .contains(&(table_k.clone(), cut(&column.name)))
        {
            return node;
        }
        // Columns that change type have their own step (which runs before
        // this one, as it stops using the old type).
        let expected_table = self.expected_table(&table.name);
        let expected_column = expected_table
            .and_then(|t| t.columns.iter().find(|c| same_name(&c.name, &column.name)));
        if expected_column.is_some_and(|c| c.ty != column.ty) {
            return node;
        }
        let new_type = ColumnType {
            kind: TypeKind::Enum(new_name.clone()),
            array: column.ty.array,
        };
        let has_default = matches!(
            column.default,
            Some(DefaultValue::Literal(_) | DefaultValue::Expression(_))
        );
        if has_default {
            node = node.sql(alter_column(&table.name, &column.name, "DROP DEFAULT"));
        }
        let text = if column.ty.array { "text[]" } else { "text" };
        node = node.sql(alter_column(
            &table.name,
            &column.name,
            &format!(
                "SET DATA TYPE {} USING ({}::{text}::{})",
                type_sql(&new_type),
                STYLE.ident(&column.name),
                type_sql(&new_type)
            ),
        ));
        if has_default {
            // The schema's default, else the one the column had.
            let default = match expected_column.and_then(|c| c.default.as_ref()) {
                Some(DefaultValue::Unspecified) => column.default.as_ref(),
                Some(other) => Some(other),
                None if expected_column.is_some() => None,
                None => column.default.as_ref(),
            };
            if let Some(sql) = default.and_then(|d| default_sql(d, &column.ty, &table.name)) {
                restore.push(set_default(&table.name, &column.name, &sql));
            }
            if let (Some(expected_table), Some(expected_column)) = (expected_table, expected_column)
            {
                self.default_done
                    .insert((table_key(&expected_table.name), cut(&expected_column.name)));
            }
        }
        node.requires
            .push(Res::Column(table_k.clone(), cut(&column.name)));
        node.notes(self.dependent_objects(table, Some(&column.name)))
    }
}
