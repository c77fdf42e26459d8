//! The inventory: what the database holds, counted from the introspected
//! [`ir::Database`]; the schema only names the groups (its `@@schema`s, or its
//! files when it is a folder) and the models.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::ir::{self, ReferentialAction, TypeKind};
use crate::schema::ParsedSchema;

/// What the database holds: totals, tables by group, indexes, keys, enums, views, extensions.
#[derive(Debug, Clone, Serialize)]
pub struct Inventory {
    /// Counts over the audited namespaces.
    pub totals: Totals,
    /// Tables by the schema's section comments when it has them, else by
    /// namespace (and by schema file when the schema is a folder).
    pub groups: Vec<TableGroup>,
    /// Every index (primary keys' left out), sorted by table and name.
    pub indexes: Vec<IndexEntry>,
    /// Indexes (primary keys' excluded) per access method.
    pub indexes_by_method: BTreeMap<String, usize>,
    /// Foreign keys per (ON DELETE, ON UPDATE) pair, sorted.
    pub foreign_keys_by_action: Vec<ActionCount>,
    /// Every foreign key, sorted by table and name.
    pub foreign_keys: Vec<ForeignKeyEntry>,
    /// Enums with their values and users.
    pub enums: Vec<EnumEntry>,
    /// Views.
    pub views: Vec<ViewEntry>,
    /// Extensions.
    pub extensions: Vec<ExtensionEntry>,
}

/// Counts over the whole database (the namespaces audited; Prisma's
/// `_prisma_migrations` left out).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Tables.
    pub tables: usize,
    /// Columns.
    pub columns: usize,
    /// Primary keys.
    pub primary_keys: usize,
    /// Indexes other than the primary keys' (unique ones and those backing
    /// UNIQUE constraints included).
    pub indexes: usize,
    /// Unique indexes other than the primary keys'.
    pub unique_indexes: usize,
    /// `UNIQUE` constraints (each backed by one of the unique indexes; Prisma
    /// makes unique indexes instead).
    pub unique_constraints: usize,
    /// Foreign keys.
    pub foreign_keys: usize,
    /// CHECK constraints.
    pub check_constraints: usize,
    /// Triggers.
    pub triggers: usize,
    /// Enum types.
    pub enums: usize,
    /// Enum values, over all enums.
    pub enum_values: usize,
    /// Views, materialized ones included.
    pub views: usize,
    /// Materialized views.
    pub materialized_views: usize,
    /// Extensions.
    pub extensions: usize,
}

/// One index.
#[derive(Debug, Clone, Serialize)]
pub struct IndexEntry {
    /// `schema.table`.
    pub table: String,
    /// Its name.
    pub name: String,
    /// Its keys: columns or expressions, `DESC` when descending.
    pub columns: Vec<String>,
    /// Access method.
    pub method: String,
    /// Unique.
    pub unique: bool,
    /// Backs a UNIQUE constraint.
    pub constraint: bool,
    /// Partial (`WHERE …`).
    pub partial: bool,
}

/// Tables of one group (a section of the schema, a `@@schema` namespace, or a schema file).
#[derive(Debug, Clone, Serialize)]
pub struct TableGroup {
    /// The schema's section comment the tables' models follow (`None`: the
    /// schema has no sections, or the tables are in none).
    pub section: Option<String>,
    /// The PostgreSQL schema.
    pub namespace: String,
    /// The schema file that declares the tables' models, when the schema is a
    /// folder (`None` there: tables the schema does not declare).
    pub file: Option<String>,
    /// Whether tables are grouped by schema file (the schema is a folder).
    pub by_file: bool,
    /// Its tables, sorted.
    pub tables: Vec<TableEntry>,
}

impl TableGroup {
    /// The section, `public`, or `public · prisma/schema/billing.prisma`.
    pub fn label(&self) -> String {
        if let Some(section) = &self.section {
            return section.clone();
        }
        match (&self.file, self.by_file) {
            (Some(file), _) => format!("{} · {file}", self.namespace),
            (None, true) => format!("{} · not in the schema", self.namespace),
            (None, false) => self.namespace.clone(),
        }
    }
}

/// One table with its counts.
#[derive(Debug, Clone, Serialize)]
pub struct TableEntry {
    /// `schema.table`.
    pub table: String,
    /// The table's name without its schema.
    pub name: String,
    /// The model the schema maps to this table.
    pub model: Option<String>,
    /// For the table of an implicit many-to-many relation: `Model.field` of
    /// the relation's first side.
    pub implicit_relation: Option<String>,
    /// Columns.
    pub columns: usize,
    /// Primary key columns.
    pub primary_key: Option<Vec<String>>,
    /// Indexes (unique ones included).
    pub indexes: usize,
    /// Unique indexes and UNIQUE constraints.
    pub unique_indexes: usize,
    /// Foreign keys.
    pub foreign_keys: usize,
}

/// How many foreign keys have one ON DELETE / ON UPDATE pair.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ActionCount {
    /// The ON DELETE action.
    pub on_delete: ReferentialAction,
    /// The ON UPDATE action.
    pub on_update: ReferentialAction,
    /// How many.
    pub count: usize,
}

/// One foreign key.
#[derive(Debug, Clone, Serialize)]
pub struct ForeignKeyEntry {
    /// `schema.table`.
    pub table: String,
    /// Its name.
    pub name: String,
    /// Its columns.
    pub columns: Vec<String>,
    /// `schema.table`.
    pub references: String,
    /// The referenced columns.
    pub referenced_columns: Vec<String>,
    /// The ON DELETE action.
    pub on_delete: ReferentialAction,
    /// The ON UPDATE action.
    pub on_update: ReferentialAction,
}

/// An enum, its values and the columns that use it.
#[derive(Debug, Clone, Serialize)]
pub struct EnumEntry {
    /// `schema.enum`.
    pub name: String,
    /// In the database's sort order.
    pub values: Vec<String>,
    /// Columns of that type (or arrays of it): `schema.table.column`, sorted.
    pub used_by: Vec<String>,
}

/// A view.
#[derive(Debug, Clone, Serialize)]
pub struct ViewEntry {
    /// `schema.view`.
    pub name: String,
    /// Materialized.
    pub materialized: bool,
}

/// An extension.
#[derive(Debug, Clone, Serialize)]
pub struct ExtensionEntry {
    /// Its name.
    pub name: String,
    /// The schema it lives in.
    pub schema: Option<String>,
    /// Its version.
    pub version: Option<String>,
}

/// Columns of `database` whose type is `enum_name` (or an array of it).
pub(super) fn enum_users(database: &ir::Database, enum_name: &ir::QualifiedName) -> Vec<String> {
    let mut users: Vec<String> = database
        .tables
        .iter()
        .flat_map(|t| {
            t.columns
                .iter()
                .filter(|c| matches!(&c.ty.kind, TypeKind::Enum(e) if e == enum_name))
                .map(move |c| format!("{}.{}", t.name, c.name))
        })
        .collect();
    users.sort();
    users
}

pub(super) fn build(
    actual: &ir::Database,
    expected: Option<&ir::Database>,
    parsed: &ParsedSchema,
) -> Inventory {
    let by_file = parsed.sources.files().len() > 1;
    let (foreign_keys, foreign_keys_by_action) = foreign_keys(actual);
    let sections = parsed.model_sections();
    let mut groups = table_groups(actual, expected, by_file);
    if !sections.is_empty() {
        groups = by_section(groups, &sections);
    }
    Inventory {
        totals: totals(actual),
        groups,
        indexes: index_list(actual),
        indexes_by_method: indexes_by_method(actual),
        foreign_keys_by_action,
        foreign_keys,
        enums: actual
            .enums
            .iter()
            .map(|e| EnumEntry {
                name: e.name.to_string(),
                values: e.values.clone(),
                used_by: enum_users(actual, &e.name),
            })
            .collect(),
        views: actual
            .views
            .iter()
            .map(|v| ViewEntry {
                name: v.name.to_string(),
                materialized: v.materialized,
            })
            .collect(),
        extensions: actual
            .extensions
            .iter()
            .map(|x| ExtensionEntry {
                name: x.name.clone(),
                schema: x.schema.clone(),
                version: x.version.clone(),
            })
            .collect(),
    }
}

fn totals(actual: &ir::Database) -> Totals {
    let mut totals = Totals {
        tables: actual.tables.len(),
        enums: actual.enums.len(),
        enum_values: actual.enums.iter().map(|e| e.values.len()).sum(),
        views: actual.views.len(),
        materialized_views: actual.views.iter().filter(|v| v.materialized).count(),
        extensions: actual.extensions.len(),
        ..Totals::default()
    };
    for table in &actual.tables {
        totals.columns += table.columns.len();
        totals.primary_keys += usize::from(table.primary_key.is_some());
        totals.indexes += table.indexes.len();
        totals.unique_indexes += table.indexes.iter().filter(|i| i.unique).count();
        totals.unique_constraints += table.indexes.iter().filter(|i| i.constraint).count();
        totals.foreign_keys += table.foreign_keys.len();
        totals.check_constraints += table.checks.len();
        totals.triggers += table.triggers.len();
    }
    totals
}

fn indexes_by_method(actual: &ir::Database) -> BTreeMap<String, usize> {
    let mut by_method: BTreeMap<String, usize> = BTreeMap::new();
    for index in actual.tables.iter().flat_map(|t| &t.indexes) {
        *by_method.entry(index.method.clone()).or_default() += 1;
    }
    by_method
}

/// Every foreign key, sorted, and how many have each ON DELETE / ON UPDATE pair.
fn foreign_keys(actual: &ir::Database) -> (Vec<ForeignKeyEntry>, Vec<ActionCount>) {
    let mut actions: BTreeMap<(ReferentialAction, ReferentialAction), usize> = BTreeMap::new();
    let mut entries = Vec::new();
    for table in &actual.tables {
        for fk in &table.foreign_keys {
            *actions.entry((fk.on_delete, fk.on_update)).or_default() += 1;
            entries.push(ForeignKeyEntry {
                table: table.name.to_string(),
                name: fk.name.clone(),
                columns: fk.columns.clone(),
                references: fk.referenced_table.to_string(),
                referenced_columns: fk.referenced_columns.clone(),
                on_delete: fk.on_delete,
                on_update: fk.on_update,
            });
        }
    }
    entries.sort_by(|a, b| (&a.table, &a.name).cmp(&(&b.table, &b.name)));
    let counts = actions
        .into_iter()
        .map(|((on_delete, on_update), count)| ActionCount {
            on_delete,
            on_update,
            count,
        })
        .collect();
    (entries, counts)
}

/// Tables by namespace (and by schema file for a folder schema); tables the
/// schema does not declare come last in their namespace.
fn table_groups(
    actual: &ir::Database,
    expected: Option<&ir::Database>,
    by_file: bool,
) -> Vec<TableGroup> {
    let origin_of = |name: &ir::QualifiedName| {
        expected
            .and_then(|e| e.table(name))
            .and_then(|t| t.origin.as_ref())
    };
    let mut groups: BTreeMap<(String, Option<String>), Vec<TableEntry>> = BTreeMap::new();
    for table in &actual.tables {
        let origin = origin_of(&table.name);
        let file = origin.filter(|_| by_file).map(|o| o.file.clone());
        groups
            .entry((table.name.schema.clone(), file))
            .or_default()
            .push(TableEntry {
                name: table.name.name.clone(),
                table: table.name.to_string(),
                model: origin
                    .filter(|o| o.field.is_none())
                    .and_then(|o| o.model.clone()),
                implicit_relation: origin
                    .and_then(|o| Some(format!("{}.{}", o.model.as_ref()?, o.field.as_ref()?))),
                columns: table.columns.len(),
                primary_key: table.primary_key.as_ref().map(|pk| pk.columns.clone()),
                indexes: table.indexes.len(),
                unique_indexes: table.indexes.iter().filter(|i| i.unique).count(),
                foreign_keys: table.foreign_keys.len(),
            });
    }
    let mut groups: Vec<TableGroup> = groups
        .into_iter()
        .map(|((namespace, file), tables)| TableGroup {
            section: None,
            namespace,
            file,
            by_file,
            tables,
        })
        .collect();
    groups.sort_by(|a, b| {
        (&a.namespace, a.file.is_none(), &a.file).cmp(&(&b.namespace, b.file.is_none(), &b.file))
    });
    groups
}

/// Every index but the primary keys', sorted by table and name.
fn index_list(actual: &ir::Database) -> Vec<IndexEntry> {
    let mut list: Vec<IndexEntry> = actual
        .tables
        .iter()
        .flat_map(|t| {
            t.indexes.iter().map(move |i| IndexEntry {
                table: t.name.to_string(),
                name: i.name.clone(),
                columns: i
                    .columns
                    .iter()
                    .map(|c| {
                        let key = match &c.key {
                            ir::IndexKey::Column(name) => name.clone(),
                            ir::IndexKey::Expression(expr) => expr.clone(),
                        };
                        match c.sort {
                            ir::SortOrder::Asc => key,
                            ir::SortOrder::Desc => format!("{key} DESC"),
                        }
                    })
                    .collect(),
                method: i.method.clone(),
                unique: i.unique,
                constraint: i.constraint,
                partial: i.predicate.is_some(),
            })
        })
        .collect();
    list.sort_by(|a, b| (&a.table, &a.name).cmp(&(&b.table, &b.name)));
    list
}

/// Regroups tables by the schema's sections, in the schema's order; tables in
/// no section, then tables the schema does not declare, come last.
fn by_section(
    groups: Vec<TableGroup>,
    sections: &BTreeMap<String, (usize, String)>,
) -> Vec<TableGroup> {
    let mut grouped: BTreeMap<(usize, String), Vec<TableEntry>> = BTreeMap::new();
    for table in groups.into_iter().flat_map(|g| g.tables) {
        let model = table.model.clone().or_else(|| {
            table
                .implicit_relation
                .as_ref()
                .and_then(|r| r.split('.').next().map(String::from))
        });
        let key = match model.as_ref().and_then(|m| sections.get(m)) {
            Some((i, title)) => (*i, title.clone()),
            None if model.is_some() => (usize::MAX - 1, "Other tables".to_string()),
            None => (usize::MAX, "Not in the schema".to_string()),
        };
        grouped.entry(key).or_default().push(table);
    }
    grouped
        .into_iter()
        .map(|((_, title), tables)| TableGroup {
            section: Some(title),
            namespace: String::new(),
            file: None,
            by_file: false,
            tables,
        })
        .collect()
}
