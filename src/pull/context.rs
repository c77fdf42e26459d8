//! What every part of `pull` needs to know about the database: which tables
//! become models (and which are Prisma's hidden many-to-many tables), the
//! schema names of tables, columns, enums and values, and the names of the
//! relations and their fields.

use std::collections::{HashMap, HashSet};

use super::names::{self, Name};
use super::previous::Previous;
use crate::ir::{Database, ForeignKey, QualifiedName, Table};
use crate::sql::names as default_names;

/// What a table becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableRole {
    /// A model.
    Model,
    /// The join table of an implicit many-to-many relation: no model.
    JoinTable,
    /// Prisma's own bookkeeping (`_prisma_migrations`): left out.
    Hidden,
}

/// A relation's name and its two fields' names: `[relation, forward, back]`
/// (for a many-to-many relation: `[relation, field in A, field in B]`).
pub type RelationNames = [String; 3];

/// The naming of the whole database.
pub struct Context<'a> {
    /// The database.
    pub db: &'a Database,
    /// The existing schema's matches, for re-introspection.
    pub previous: Previous<'a>,
    /// Per table of `db.tables`.
    pub roles: Vec<TableRole>,
    /// Per table: its model's name.
    pub table_names: Vec<Name>,
    /// Per table, per column: the field's name.
    pub column_names: Vec<Vec<Name>>,
    /// Per enum of `db.enums`: its name.
    pub enum_names: Vec<Name>,
    /// Per enum, per value: the value's name.
    pub value_names: Vec<Vec<Name>>,
    /// Whether models and enums get `@@schema`.
    pub uses_namespaces: bool,
    /// The views `pull` renders, in catalog order (none without the `views`
    /// preview feature).
    pub views: Vec<&'a crate::ir::View>,
    /// Per view of `views`: its name.
    pub view_names: HashMap<&'a QualifiedName, Name>,
    /// Types renamed `<namespace>_<name>` because their names are shared
    /// across namespaces: (kind, name), in Prisma's order.
    pub renamed_duplicates: Vec<(&'static str, String)>,
    /// `relationMode = "prisma"`: relations come from the existing schema.
    pub emulated_relations: bool,
    /// Table index by qualified name.
    table_index: HashMap<&'a QualifiedName, usize>,
    enum_index: HashMap<&'a QualifiedName, usize>,
    /// Per (table, foreign key): the relation's names; `None` for a foreign
    /// key that repeats an earlier one of its table (no relation).
    pub inline_names: HashMap<(usize, usize), RelationNames>,
    /// Per join table: the relation's names.
    pub m2m_names: HashMap<usize, RelationNames>,
    /// Per table: where its relation fields come from, made on first use.
    relation_sides: std::cell::OnceCell<Vec<Vec<super::relations::Side>>>,
}

impl<'a> Context<'a> {
    /// Names everything in `db`, keeping what `previous` says.
    pub fn new(
        db: &'a Database,
        previous: Previous<'a>,
        uses_namespaces: bool,
        views_wanted: bool,
    ) -> Self {
        let mut views: Vec<&crate::ir::View> = if views_wanted {
            super::views::pulled(db).collect()
        } else {
            Vec::new()
        };
        views.sort_by_key(|view| view.catalog_position);
        let table_index = db
            .tables
            .iter()
            .enumerate()
            .map(|(i, t)| (&t.name, i))
            .collect();
        let enum_index = db
            .enums
            .iter()
            .enumerate()
            .map(|(i, e)| (&e.name, i))
            .collect();
        let roles = db.tables.iter().map(table_role).collect();
        let mut context = Context {
            db,
            previous,
            roles,
            table_names: Vec::new(),
            column_names: Vec::new(),
            enum_names: Vec::new(),
            value_names: Vec::new(),
            uses_namespaces,
            views,
            view_names: HashMap::new(),
            renamed_duplicates: Vec::new(),
            emulated_relations: previous
                .schema
                .and_then(|s| s.datasource.as_ref())
                .is_some_and(|d| d.relation_mode == crate::schema::RelationMode::Prisma),
            table_index,
            enum_index,
            inline_names: HashMap::new(),
            m2m_names: HashMap::new(),
            relation_sides: std::cell::OnceCell::new(),
        };
        context.name_types();
        context.name_relations();
        context
    }

    /// Per table: where its relation fields come from, in Prisma's order.
    pub fn relation_sides(&self) -> &[Vec<super::relations::Side>] {
        self.relation_sides
            .get_or_init(|| super::relations::sides(self))
    }

    /// Whether the database has the table an existing model describes.
    pub fn has_table_for(&self, model: &crate::schema::Model) -> bool {
        let name = QualifiedName::new(self.previous.namespace_of(model), &model.database_name);
        self.table_index(&name).is_some()
    }

    /// Whether the database has a view `pull` renders for an existing view.
    pub fn has_view_for(&self, model: &crate::schema::Model) -> bool {
        let name = QualifiedName::new(self.previous.namespace_of(model), &model.database_name);
        self.view_names.contains_key(&name)
    }

    /// The index of a table by name.
    pub fn table_index(&self, name: &QualifiedName) -> Option<usize> {
        self.table_index.get(name).copied()
    }

    /// The index of an enum by name.
    pub fn enum_index(&self, name: &QualifiedName) -> Option<usize> {
        self.enum_index.get(name).copied()
    }

    /// The model name of table `index`.
    pub fn model_name(&self, index: usize) -> &str {
        &self.table_names[index].prisma
    }

    /// The field name of a column of table `table`.
    pub fn field_name(&self, table: usize, column: &str) -> String {
        let columns = &self.db.tables[table].columns;
        match columns.iter().position(|c| c.name == column) {
            Some(at) => self.column_names[table][at].prisma.clone(),
            None => names::sanitize(column),
        }
    }

    /// How many top-level items (models, enums, views) each Prisma name would
    /// be given: names shared across namespaces get the namespace as a prefix.
    fn name_counts(&self) -> HashMap<String, usize> {
        let db = self.db;
        let mut counts: HashMap<String, usize> = HashMap::new();
        for (index, table) in db.tables.iter().enumerate() {
            if self.roles[index] != TableRole::JoinTable {
                let name = self
                    .previous
                    .model_name(table)
                    .map_or_else(|| names::sanitize(&table.name.name), |n| n.prisma);
                *counts.entry(name).or_default() += 1;
            }
        }
        for item in &db.enums {
            let name = self
                .previous
                .enum_name(item)
                .map_or_else(|| names::sanitize(&item.name.name), |n| n.prisma);
            *counts.entry(name).or_default() += 1;
        }
        for view in &self.views {
            let name = self
                .previous
                .view(view)
                .map_or_else(|| names::sanitize(&view.name.name), |(_, m)| m.name.clone());
            *counts.entry(name).or_default() += 1;
        }
        counts
    }

    fn name_types(&mut self) {
        let db = self.db;
        let counts = self.name_counts();
        let duplicate = |name: &'a QualifiedName| -> Option<&'a str> {
            (counts
                .get(&names::sanitize(&name.name))
                .copied()
                .unwrap_or(0)
                > 1)
            .then_some(name.schema.as_str())
        };
        let mut renamed = Vec::new();
        for item in &db.enums {
            let name = self.previous.enum_name(item).unwrap_or_else(|| {
                renamed_if_duplicate(&mut renamed, "enum", &item.name, duplicate(&item.name))
            });
            self.enum_names.push(name);
            let values = item
                .values
                .iter()
                .map(|value| {
                    self.previous
                        .value_name(item, value)
                        .unwrap_or_else(|| Name::for_field(value))
                })
                .collect();
            self.value_names.push(values);
        }
        for (index, table) in db.tables.iter().enumerate() {
            let name = self.previous.model_name(table).unwrap_or_else(|| {
                let kind = if self.roles[index] == TableRole::Model {
                    "model"
                } else {
                    ""
                };
                renamed_if_duplicate(&mut renamed, kind, &table.name, duplicate(&table.name))
            });
            self.table_names.push(name);
            let columns = table
                .columns
                .iter()
                .map(|column| {
                    self.previous
                        .field_name(table, &column.name)
                        .unwrap_or_else(|| Name::for_field(&column.name))
                })
                .collect();
            self.column_names.push(columns);
        }
        for view in self.views.clone() {
            let name = self.previous.view_name(view).unwrap_or_else(|| {
                renamed_if_duplicate(&mut renamed, "view", &view.name, duplicate(&view.name))
            });
            self.view_names.insert(&view.name, name);
        }
        self.renamed_duplicates = renamed;
    }

    /// The two tables of a join table, sorted (as Prisma sorts table ids).
    pub fn join_tables(&self, index: usize) -> Option<[usize; 2]> {
        let table = &self.db.tables[index];
        let mut ids: Vec<usize> = table
            .foreign_keys
            .iter()
            .filter_map(|fk| self.table_index(&fk.referenced_table))
            .collect();
        if ids.len() != 2 {
            return None;
        }
        ids.sort_unstable();
        Some([ids[0], ids[1]])
    }

    fn name_relations(&mut self) {
        let ambiguous = self.ambiguous_relations();
        for (index, table) in self.db.tables.iter().enumerate() {
            if self.roles[index] == TableRole::JoinTable {
                let fresh = self.m2m_relation_names(index, &ambiguous);
                let kept = self.previous.m2m_relation(&table.name.name);
                let names = match (fresh, kept) {
                    (Some(_), Some((relation, Some([a, b])))) => Some([relation, a, b]),
                    (Some([_, a, b]), Some((relation, None))) => Some([relation, a, b]),
                    (fresh, _) => fresh,
                };
                if let Some(names) = names {
                    self.m2m_names.insert(index, names);
                }
                continue;
            }
            let duplicated = duplicated_foreign_keys(table);
            for (position, fk) in table.foreign_keys.iter().enumerate() {
                if duplicated.contains(&position) {
                    continue;
                }
                let Some(referenced) = self.table_index(&fk.referenced_table) else {
                    continue;
                };
                let names = self.previous.inline_relation(table, fk).unwrap_or_else(|| {
                    self.inline_relation_names(index, fk, referenced, &ambiguous)
                });
                self.inline_names.insert((index, position), names);
            }
        }
    }

    fn m2m_relation_names(
        &self,
        index: usize,
        ambiguous: &HashSet<[usize; 2]>,
    ) -> Option<RelationNames> {
        let ids = self.join_tables(index)?;
        let table_name = &self.db.tables[index].name.name;
        let self_relation = ids[0] == ids[1];
        let found = table_name.get(1..).unwrap_or_default();
        let (relation, suffix) = if ambiguous.contains(&ids) {
            (found.to_string(), table_name.as_str())
        } else {
            let default = format!("{}To{}", self.model_name(ids[0]), self.model_name(ids[1]));
            let relation = if found == default && !self_relation {
                ""
            } else {
                found
            };
            (relation.to_string(), "")
        };
        let (a, b) = if self_relation {
            ("_A", "_B")
        } else {
            ("", "")
        };
        Some([
            relation,
            format!("{}{suffix}{a}", self.model_name(ids[1])),
            format!("{}{suffix}{b}", self.model_name(ids[0])),
        ])
    }

    fn inline_relation_names(
        &self,
        index: usize,
        fk: &ForeignKey,
        referenced: usize,
        ambiguous: &HashSet<[usize; 2]>,
    ) -> RelationNames {
        let self_relation = index == referenced;
        let referencing_name = self.model_name(index);
        let referenced_name = self.model_name(referenced);
        let prefix = if self_relation { "other_" } else { "" };
        if !ambiguous.contains(&sorted(index, referenced)) {
            let relation = if self_relation {
                format!("{referencing_name}To{referenced_name}")
            } else {
                String::new()
            };
            return [
                relation,
                referenced_name.to_string(),
                format!("{prefix}{referencing_name}"),
            ];
        }
        let columns: Vec<String> = fk
            .columns
            .iter()
            .map(|c| self.field_name(index, c))
            .collect();
        let relation = format!(
            "{referencing_name}_{}To{referenced_name}",
            columns.join("_")
        );
        [
            relation.clone(),
            format!("{referenced_name}_{relation}"),
            format!("{prefix}{referencing_name}_{relation}"),
        ]
    }

    /// Pairs of tables with more than one relation between them (or whose
    /// relation field would be called like one of the foreign key's fields).
    fn ambiguous_relations(&self) -> HashSet<[usize; 2]> {
        let mut ambiguous = HashSet::new();
        for (index, table) in self.db.tables.iter().enumerate() {
            if self.roles[index] == TableRole::JoinTable {
                self.m2m_ambiguity(index, &mut ambiguous);
                continue;
            }
            for fk in &table.foreign_keys {
                let Some(referenced) = self.table_index(&fk.referenced_table) else {
                    continue;
                };
                let pair = sorted(index, referenced);
                if ambiguous.contains(&pair) {
                    continue;
                }
                let others = table.foreign_keys.iter().map(|other| (index, other)).chain(
                    self.db.tables[referenced]
                        .foreign_keys
                        .iter()
                        .map(|other| (referenced, other)),
                );
                let mut clash = false;
                for (owner, other) in others {
                    let distinct = !(owner == index
                        && (std::ptr::eq(other, fk) || other.columns == fk.columns));
                    let other_pair = self
                        .table_index(&other.referenced_table)
                        .map(|t| sorted(owner, t));
                    if distinct && other_pair == Some(pair) {
                        clash = true;
                        break;
                    }
                }
                let field = self.model_name(referenced);
                if clash
                    || fk
                        .columns
                        .iter()
                        .any(|c| self.field_name(index, c) == field)
                {
                    ambiguous.insert(pair);
                }
            }
        }
        ambiguous
    }

    fn m2m_ambiguity(&self, index: usize, ambiguous: &mut HashSet<[usize; 2]>) {
        let Some(pair) = self.join_tables(index) else {
            return;
        };
        if ambiguous.contains(&pair) {
            return;
        }
        for model in pair {
            for fk in &self.db.tables[model].foreign_keys {
                if self
                    .table_index(&fk.referenced_table)
                    .map(|t| sorted(model, t))
                    == Some(pair)
                {
                    ambiguous.insert(pair);
                }
            }
        }
        for (other, role) in self.roles.iter().enumerate() {
            if other != index
                && *role == TableRole::JoinTable
                && self.join_tables(other) == Some(pair)
            {
                ambiguous.insert(pair);
            }
        }
    }
}

/// A fresh name for a type; one prefixed with its namespace (a duplicate
/// across namespaces) is recorded for Prisma's warning under `kind` (none when
/// `kind` is empty: join tables are not listed).
fn renamed_if_duplicate(
    renamed: &mut Vec<(&'static str, String)>,
    kind: &'static str,
    name: &QualifiedName,
    duplicate_in: Option<&str>,
) -> Name {
    let fresh = Name::for_type(&name.name, duplicate_in);
    if duplicate_in.is_some() && !kind.is_empty() {
        renamed.push((kind, fresh.prisma.clone()));
    }
    fresh
}

fn sorted(a: usize, b: usize) -> [usize; 2] {
    if a <= b {
        [a, b]
    } else {
        [b, a]
    }
}

/// Foreign keys of a table with the same columns and referenced columns as
/// an earlier one: Prisma makes no relation of them.
fn duplicated_foreign_keys(table: &Table) -> HashSet<usize> {
    let mut duplicated = HashSet::new();
    for (position, fk) in table.foreign_keys.iter().enumerate() {
        let earlier = &table.foreign_keys[..position];
        if earlier.iter().any(|other| {
            other.columns == fk.columns
                && other.referenced_table == fk.referenced_table
                && other.referenced_columns == fk.referenced_columns
        }) {
            duplicated.insert(position);
        }
    }
    duplicated
}

fn table_role(table: &Table) -> TableRole {
    if is_migrations_table(table) {
        TableRole::Hidden
    } else if is_join_table(table) {
        TableRole::JoinTable
    } else {
        TableRole::Model
    }
}

fn has_columns(table: &Table, names: &[&str]) -> bool {
    names.iter().all(|name| table.column(name).is_some())
}

fn is_migrations_table(table: &Table) -> bool {
    let name = table.name.name.as_str();
    (name == default_names::PRISMA_MIGRATIONS_TABLE
        && has_columns(
            table,
            &[
                "id",
                "checksum",
                "finished_at",
                "migration_name",
                "logs",
                "rolled_back_at",
                "started_at",
                "applied_steps_count",
            ],
        ))
        || (name == "_Migration"
            && has_columns(
                table,
                &[
                    "revision",
                    "name",
                    "datamodel",
                    "status",
                    "applied",
                    "rolled_back",
                    "datamodel_steps",
                    "database_migration",
                    "errors",
                    "started_at",
                    "finished_at",
                ],
            ))
        || (name == "_RelayId"
            && table.column("id").is_some()
            && table
                .columns
                .iter()
                .any(|c| c.name.eq_ignore_ascii_case("stablemodelidentifier")))
}

/// Prisma's implicit many-to-many table: `_Name` with columns `A` and `B`, a
/// primary key or unique index on (A, B), an index on B, and two foreign keys,
/// `A` referencing the table whose name sorts first.
fn is_join_table(table: &Table) -> bool {
    let is = |column: &str, name: &str| column.eq_ignore_ascii_case(name);
    if !table.name.name.starts_with('_') || table.foreign_keys.len() != 2 {
        return false;
    }
    let pair_key = table.primary_key.as_ref().is_some_and(|pk| {
        pk.columns.len() == 2 && is(&pk.columns[0], "a") && is(&pk.columns[1], "b")
    }) || table.indexes.iter().any(|index| {
        index.unique
            && index.predicate.is_none()
            && matches!(index.column_names().as_deref(), Some([a, b]) if is(a, "a") && is(b, "b"))
    });
    let b_index = table.indexes.iter().any(|index| {
        !index.unique && matches!(index.column_names().as_deref(), Some([b]) if is(b, "b"))
    });
    let (first, second) = (&table.foreign_keys[0], &table.foreign_keys[1]);
    let (Some(first_column), Some(second_column)) = (first.columns.first(), second.columns.first())
    else {
        return false;
    };
    let a_b = (first.referenced_table.name <= second.referenced_table.name
        && is(first_column, "a")
        && is(second_column, "b"))
        || (second.referenced_table.name <= first.referenced_table.name
            && is(first_column, "b")
            && is(second_column, "a"));
    pair_key && b_index && a_b
}
