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
pub use expr::{canonical_expression, only_excludes_nulls, without_call_qualifiers};
pub use types::{ColumnType, TypeKind};

/// A schema-qualified name (`public.User`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct QualifiedName {
    /// The schema (namespace).
    pub schema: String,
    /// The name within it.
    pub name: String,
}

impl QualifiedName {
    /// `schema.name`.
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
    /// 1-based column.
    pub column: u32,
    /// Prisma model (or enum / view) name.
    pub model: Option<String>,
    /// Prisma field name, for column-level elements.
    pub field: Option<String>,
}

/// A database: what a schema describes, or what the catalog holds.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Database {
    /// The namespaces (PostgreSQL schemas) this model covers, sorted.
    pub namespaces: Vec<String>,
    /// Tables, sorted by name.
    pub tables: Vec<Table>,
    /// Enum types.
    pub enums: Vec<Enum>,
    /// Views (and materialized views).
    pub views: Vec<View>,
    /// Installed extensions.
    pub extensions: Vec<Extension>,
    /// Free-standing or owned sequences (owned ones also show as column defaults).
    pub sequences: Vec<Sequence>,
    /// User-defined functions and procedures in the covered namespaces.
    pub functions: Vec<Function>,
    /// For an introspected database: the schemas besides `namespaces` that the
    /// names in its expressions were printed relative to (the schemas
    /// extensions live in, unless introspection left them off the path), so
    /// `uuid_generate_v4()` there may be `extensions.uuid_generate_v4()`.
    #[serde(skip)]
    pub printed_relative_to: Vec<String>,
    /// Where the schema declares the database (its datasource block), for the
    /// side lowered from a schema.
    pub origin: Option<Origin>,
}

/// A table with what lives in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// Its qualified name.
    pub name: QualifiedName,
    /// Columns, in their order.
    pub columns: Vec<Column>,
    /// The primary key, when it has one.
    pub primary_key: Option<PrimaryKey>,
    /// Unique and non-unique indexes, including those that back UNIQUE constraints
    /// (see [`Index::constraint`]). The primary key's index is not listed here.
    pub indexes: Vec<Index>,
    /// Foreign keys.
    pub foreign_keys: Vec<ForeignKey>,
    /// CHECK constraints.
    pub checks: Vec<Check>,
    /// Triggers (not internal ones).
    pub triggers: Vec<Trigger>,
    /// `COMMENT ON TABLE`, when set.
    pub comment: Option<String>,
    /// `PARTITION BY …` parent table.
    pub partitioned: bool,
    /// Row-level security is enabled on it (`ENABLE ROW LEVEL SECURITY`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub row_level_security: bool,
    /// Other tables inherit from it (`INHERITS`) or are its partitions.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub has_children: bool,
    /// Where the schema declares it (its model).
    pub origin: Option<Origin>,
}

impl Table {
    /// An empty table.
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
            row_level_security: false,
            has_children: false,
            origin: None,
        }
    }

    /// The column called `name`, if any.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
}

/// A column.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    /// Its name.
    pub name: String,
    /// Its type.
    pub ty: ColumnType,
    /// Whether it accepts NULL.
    pub nullable: bool,
    /// Its default, when it has one.
    pub default: Option<DefaultValue>,
    /// A collation other than the type's default.
    pub collation: Option<String>,
    /// `COMMENT ON COLUMN`, when set.
    pub comment: Option<String>,
    /// The default exactly as PostgreSQL prints it (`pg_get_expr`), on the
    /// side read from the catalog; what `pull` writes into `dbgenerated()`.
    pub default_text: Option<String>,
    /// Where the schema declares it (its field).
    pub origin: Option<Origin>,
}

/// A primary key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrimaryKey {
    /// The constraint's name.
    pub name: String,
    /// Its columns, in key order.
    pub columns: Vec<String>,
    /// Where the schema declares it.
    pub origin: Option<Origin>,
}

/// The order of an index key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SortOrder {
    /// Ascending (the default).
    Asc,
    /// Descending.
    Desc,
}

/// Where NULLs sort in an index key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NullsOrder {
    /// `NULLS FIRST`.
    First,
    /// `NULLS LAST`.
    Last,
}

/// What an index key is built on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexKey {
    /// A column, by name.
    Column(String),
    /// An expression, as PostgreSQL prints it (`lower((email)::text)`).
    Expression(String),
}

/// One key of an index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndexColumn {
    /// What it indexes.
    pub key: IndexKey,
    /// Its order.
    pub sort: SortOrder,
    /// `None` means the default for the sort order (LAST for ASC, FIRST for DESC).
    pub nulls: Option<NullsOrder>,
    /// Operator class when it is not the default one for the column type.
    /// Lowering fills in what the schema says; introspection fills in what the
    /// catalog says only when it differs from the type's default class.
    pub opclass: Option<String>,
}

impl IndexColumn {
    /// An ascending key on a column, default operator class.
    pub fn column(name: impl Into<String>) -> Self {
        IndexColumn {
            key: IndexKey::Column(name.into()),
            sort: SortOrder::Asc,
            nulls: None,
            opclass: None,
        }
    }
}

/// An index, or the index behind a UNIQUE constraint.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Index {
    /// Its name.
    pub name: String,
    /// Its keys, in order.
    pub columns: Vec<IndexColumn>,
    /// Whether it enforces uniqueness.
    pub unique: bool,
    /// Backs a `UNIQUE` constraint rather than being a plain `CREATE UNIQUE INDEX`.
    pub constraint: bool,
    /// Access method: `btree`, `hash`, `gin`, `gist`, `spgist`, `brin`.
    pub method: String,
    /// `WHERE …` of a partial index, as PostgreSQL prints it.
    pub predicate: Option<String>,
    /// `INCLUDE (…)` columns.
    pub include: Vec<String>,
    /// `NULLS NOT DISTINCT` (PostgreSQL 15+).
    pub nulls_not_distinct: bool,
    /// For unique constraints: `DEFERRABLE` / `INITIALLY DEFERRED`.
    pub deferrable: bool,
    /// `INITIALLY DEFERRED` (with `deferrable`).
    pub initially_deferred: bool,
    /// The index of an exclusion constraint (`EXCLUDE USING …`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub exclusion: bool,
    /// Where the schema declares it.
    pub origin: Option<Origin>,
}

impl Index {
    /// A btree index with the defaults.
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
            exclusion: false,
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

/// What a foreign key does when the referenced row goes or changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferentialAction {
    /// `NO ACTION`.
    NoAction,
    /// `RESTRICT`.
    Restrict,
    /// `CASCADE`.
    Cascade,
    /// `SET NULL`.
    SetNull,
    /// `SET DEFAULT`.
    SetDefault,
}

impl ReferentialAction {
    /// The SQL spelling (`SET NULL`).
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

/// A foreign key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ForeignKey {
    /// The constraint's name.
    pub name: String,
    /// The referencing columns.
    pub columns: Vec<String>,
    /// The referenced table.
    pub referenced_table: QualifiedName,
    /// The referenced columns, in the same order.
    pub referenced_columns: Vec<String>,
    /// The ON DELETE action.
    pub on_delete: ReferentialAction,
    /// The ON UPDATE action.
    pub on_update: ReferentialAction,
    /// `DEFERRABLE`.
    pub deferrable: bool,
    /// `INITIALLY DEFERRED` (with `deferrable`).
    pub initially_deferred: bool,
    /// `NOT VALID` constraints are not validated.
    pub validated: bool,
    /// False for `NOT ENFORCED` keys (PostgreSQL 18): neither existing nor new
    /// rows are checked.
    pub enforced: bool,
    /// Where the schema declares it (the relation field).
    pub origin: Option<Origin>,
}

/// A CHECK constraint (the schema cannot declare one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    /// The constraint's name.
    pub name: String,
    /// As PostgreSQL prints it: `CHECK ((amount > 0))`.
    pub definition: String,
    /// False for `NOT VALID` constraints.
    pub validated: bool,
}

/// A trigger (the schema cannot declare one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Trigger {
    /// Its name.
    pub name: String,
    /// `pg_get_triggerdef`.
    pub definition: String,
}

/// An enum type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Enum {
    /// Its qualified name.
    pub name: QualifiedName,
    /// Values in declaration (schema) or sort (database) order.
    pub values: Vec<String>,
    /// Where the schema declares it.
    pub origin: Option<Origin>,
}

/// A view.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct View {
    /// Its qualified name.
    pub name: QualifiedName,
    /// A materialized view.
    pub materialized: bool,
    /// `None` when the view was built from a schema (Prisma does not know view SQL).
    pub definition: Option<String>,
    /// Its columns, in order (from the view block's fields, or the catalog).
    pub columns: Vec<Column>,
    /// Its comment (`COMMENT ON VIEW`).
    pub comment: Option<String>,
    /// Where the catalog row sits among the others (`pg_class` storage order),
    /// which is the order Prisma's `db pull` lists new views in; 0 for a view
    /// built from a schema.
    #[serde(skip)]
    pub catalog_position: u32,
    /// Where the schema declares it.
    pub origin: Option<Origin>,
}

/// An installed extension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Extension {
    /// Its name.
    pub name: String,
    /// The schema it was installed into, when known.
    pub schema: Option<String>,
    /// Its version, when known.
    pub version: Option<String>,
}

/// A sequence no column owns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sequence {
    /// Its qualified name.
    pub name: QualifiedName,
    /// `table.column` owning the sequence (serial columns).
    pub owned_by: Option<(String, String)>,
}

/// A function or procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Function {
    /// Its qualified name.
    pub name: QualifiedName,
    /// Argument types, as `pg_get_function_identity_arguments` prints them.
    pub arguments: String,
    /// `function`, `procedure`, `aggregate` or `window`.
    pub kind: String,
}

impl Database {
    /// The table called `name`, if any.
    pub fn table(&self, name: &QualifiedName) -> Option<&Table> {
        // Normalized databases are sorted by name, and thousands of tables are each looked up;
        // a database that is not (being built) is searched in order.
        match self.tables.binary_search_by(|t| t.name.cmp(name)) {
            Ok(i) => Some(&self.tables[i]),
            Err(_) => self.tables.iter().find(|t| &t.name == name),
        }
    }

    /// The enum type called `name`, if any.
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
