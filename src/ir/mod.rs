//! The database model that both front ends build: `lower` from a Prisma schema,
//! `introspect` from a live PostgreSQL catalog. `diff` compares two of them.
//!
//! The IR describes *what is in the database*, in PostgreSQL's terms, never in
//! Prisma's. It stores facts, not judgements: equivalence rules (which defaults
//! mean the same, which names are the same after truncation) live in `diff`.
//!
//! Every collection is kept sorted by [`Database::normalize`] so that output built
//! from an IR is deterministic.

pub mod default;
mod expr;
pub mod render;
pub mod types;

use serde::Serialize;

pub use default::{DefaultValue, Literal};
pub use expr::canonical_expression;
pub use types::{ColumnType, TypeKind};

/// A schema-qualified name (`public.User`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct QualifiedName {
    pub schema: String,
    pub name: String,
}

impl QualifiedName {
    pub fn new(schema: impl Into<String>, name: impl Into<String>) -> Self {
        QualifiedName {
            schema: schema.into(),
            name: name.into(),
        }
    }
}

impl std::fmt::Display for QualifiedName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.schema, self.name)
    }
}

/// Where an element built from a schema was declared. Elements built by
/// introspection carry none.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Origin {
    /// Path of the schema file, as given to the tool.
    pub file: String,
    /// 1-based line and column of the declaring attribute or field.
    pub line: u32,
    pub column: u32,
    /// Prisma model (or enum / view) name.
    pub model: Option<String>,
    /// Prisma field name, for column-level elements.
    pub field: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Database {
    /// The namespaces (PostgreSQL schemas) this model covers, sorted.
    pub namespaces: Vec<String>,
    pub tables: Vec<Table>,
    pub enums: Vec<Enum>,
    pub views: Vec<View>,
    pub extensions: Vec<Extension>,
    /// Free-standing or owned sequences (owned ones also show as column defaults).
    pub sequences: Vec<Sequence>,
    /// User-defined functions and procedures in the covered namespaces.
    pub functions: Vec<Function>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    pub name: QualifiedName,
    pub columns: Vec<Column>,
    pub primary_key: Option<PrimaryKey>,
    /// Unique and non-unique indexes, including those that back UNIQUE constraints
    /// (see [`Index::constraint`]). The primary key's index is not listed here.
    pub indexes: Vec<Index>,
    pub foreign_keys: Vec<ForeignKey>,
    pub checks: Vec<Check>,
    pub triggers: Vec<Trigger>,
    pub comment: Option<String>,
    /// `PARTITION BY …` parent table.
    pub partitioned: bool,
    pub origin: Option<Origin>,
}

impl Table {
    pub fn new(name: QualifiedName) -> Self {
        Table {
            name,
            columns: Vec::new(),
            primary_key: None,
            indexes: Vec::new(),
            foreign_keys: Vec::new(),
            checks: Vec::new(),
            triggers: Vec::new(),
            comment: None,
            partitioned: false,
            origin: None,
        }
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    pub name: String,
    pub ty: ColumnType,
    pub nullable: bool,
    pub default: Option<DefaultValue>,
    /// A collation other than the type's default.
    pub collation: Option<String>,
    pub comment: Option<String>,
    pub origin: Option<Origin>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrimaryKey {
    pub name: String,
    pub columns: Vec<String>,
    pub origin: Option<Origin>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    Asc,
    Desc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NullsOrder {
    First,
    Last,
}

/// What an index key is built on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexKey {
    Column(String),
    /// An expression, as PostgreSQL prints it (`lower((email)::text)`).
    Expression(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndexColumn {
    pub key: IndexKey,
    pub sort: SortOrder,
    /// `None` means the default for the sort order (LAST for ASC, FIRST for DESC).
    pub nulls: Option<NullsOrder>,
    /// Operator class when it is not the default one for the column type.
    /// Lowering fills in what the schema says; introspection fills in what the
    /// catalog says only when it differs from the type's default class.
    pub opclass: Option<String>,
}

impl IndexColumn {
    pub fn column(name: impl Into<String>) -> Self {
        IndexColumn {
            key: IndexKey::Column(name.into()),
            sort: SortOrder::Asc,
            nulls: None,
            opclass: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Index {
    pub name: String,
    pub columns: Vec<IndexColumn>,
    pub unique: bool,
    /// Backs a `UNIQUE` constraint rather than being a plain `CREATE UNIQUE INDEX`.
    pub constraint: bool,
    /// Access method: `btree`, `hash`, `gin`, `gist`, `spgist`, `brin`.
    pub method: String,
    /// `WHERE …` of a partial index, as PostgreSQL prints it.
    pub predicate: Option<String>,
    /// `INCLUDE (…)` columns.
    pub include: Vec<String>,
    pub nulls_not_distinct: bool,
    /// For unique constraints: `DEFERRABLE` / `INITIALLY DEFERRED`.
    pub deferrable: bool,
    pub initially_deferred: bool,
    pub origin: Option<Origin>,
}

impl Index {
    pub fn new(name: impl Into<String>, columns: Vec<IndexColumn>, unique: bool) -> Self {
        Index {
            name: name.into(),
            columns,
            unique,
            constraint: false,
            method: "btree".into(),
            predicate: None,
            include: Vec::new(),
            nulls_not_distinct: false,
            deferrable: false,
            initially_deferred: false,
            origin: None,
        }
    }

    /// The plain column names of the key, when every key is a column.
    pub fn column_names(&self) -> Option<Vec<&str>> {
        self.columns
            .iter()
            .map(|c| match &c.key {
                IndexKey::Column(name) => Some(name.as_str()),
                IndexKey::Expression(_) => None,
            })
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferentialAction {
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault,
}

impl ReferentialAction {
    pub fn sql(self) -> &'static str {
        match self {
            ReferentialAction::NoAction => "NO ACTION",
            ReferentialAction::Restrict => "RESTRICT",
            ReferentialAction::Cascade => "CASCADE",
            ReferentialAction::SetNull => "SET NULL",
            ReferentialAction::SetDefault => "SET DEFAULT",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ForeignKey {
    pub name: String,
    pub columns: Vec<String>,
    pub referenced_table: QualifiedName,
    pub referenced_columns: Vec<String>,
    pub on_delete: ReferentialAction,
    pub on_update: ReferentialAction,
    pub deferrable: bool,
    pub initially_deferred: bool,
    /// `NOT VALID` constraints are not validated.
    pub validated: bool,
    pub origin: Option<Origin>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    pub name: String,
    /// As PostgreSQL prints it: `CHECK ((amount > 0))`.
    pub definition: String,
    pub validated: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Trigger {
    pub name: String,
    pub definition: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Enum {
    pub name: QualifiedName,
    /// Values in declaration (schema) or sort (database) order.
    pub values: Vec<String>,
    pub origin: Option<Origin>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct View {
    pub name: QualifiedName,
    pub materialized: bool,
    /// `None` when the view was built from a schema (Prisma does not know view SQL).
    pub definition: Option<String>,
    pub origin: Option<Origin>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Extension {
    pub name: String,
    pub schema: Option<String>,
    pub version: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sequence {
    pub name: QualifiedName,
    /// `table.column` owning the sequence (serial columns).
    pub owned_by: Option<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Function {
    pub name: QualifiedName,
    /// Argument types, as `pg_get_function_identity_arguments` prints them.
    pub arguments: String,
    /// `function`, `procedure`, `aggregate` or `window`.
    pub kind: String,
}

impl Database {
    pub fn table(&self, name: &QualifiedName) -> Option<&Table> {
        self.tables.iter().find(|t| &t.name == name)
    }

    pub fn enum_type(&self, name: &QualifiedName) -> Option<&Enum> {
        self.enums.iter().find(|e| &e.name == name)
    }

    /// Sorts every collection (but not the order of columns, key columns or enum
    /// values, which carry meaning) so that equal databases compare equal and
    /// render identically.
    pub fn normalize(&mut self) {
        self.namespaces.sort();
        self.namespaces.dedup();
        self.tables.sort_by(|a, b| a.name.cmp(&b.name));
        for table in &mut self.tables {
            table.indexes.sort_by(|a, b| a.name.cmp(&b.name));
            table.foreign_keys.sort_by(|a, b| a.name.cmp(&b.name));
            table.checks.sort_by(|a, b| a.name.cmp(&b.name));
            table.triggers.sort_by(|a, b| a.name.cmp(&b.name));
        }
        self.enums.sort_by(|a, b| a.name.cmp(&b.name));
        self.views.sort_by(|a, b| a.name.cmp(&b.name));
        self.extensions.sort_by(|a, b| a.name.cmp(&b.name));
        self.sequences.sort_by(|a, b| a.name.cmp(&b.name));
        self.functions
            .sort_by(|a, b| (&a.name, &a.arguments).cmp(&(&b.name, &b.arguments)));
    }
}
