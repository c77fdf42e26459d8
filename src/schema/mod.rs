//! The semantic layer: syntax trees of one or more files → a resolved, validated
//! Prisma model (models, views, enums, composite types, relations, attributes),
//! with every problem reported as a diagnostic.
//!
//! What a later Prisma version deprecated or removed is a warning here, never an
//! error: Prisma 5, 6 and 7 schemas are all accepted.
//!
//! Laid out like Prisma's own `parser-database` and `psl-core`: the passes
//! in `analyze`, one file per attribute under `attributes/field` and
//! `attributes/block`, one file per relation rule under `relations`.

mod analyze;
mod attributes;
mod composite_types;
mod config;
mod declarations;
mod enums;
mod fields;
mod index_checks;
pub mod locate;
mod models;
pub mod native_types;
pub mod prisma_config;
mod relations;

use petgraph::graph::{DiGraph, NodeIndex};

use crate::diagnostics::{Diagnostics, SourceMap, Span};
use crate::syntax::{self, Arity};

mod sections;

pub use config::{
    is_retired_preview_feature, Datasource, Extension, Generator, GeneratorValue, RelationMode,
    UrlSource,
};
pub use native_types::NativeType;

/// A schema's files, parsed and analyzed.
#[derive(Debug, Clone)]
pub struct ParsedSchema {
    /// The files' text.
    pub sources: SourceMap,
    /// One syntax tree per file, in load order.
    pub files: Vec<syntax::SchemaFile>,
    /// What the files declare, as far as it resolved.
    pub schema: Schema,
    /// Every problem found, parsing and validating.
    pub diagnostics: Diagnostics,
}

/// Parses and validates every file of `sources`.
pub fn parse_schema(sources: SourceMap) -> ParsedSchema {
    let mut diagnostics = Diagnostics::new();
    let files: Vec<syntax::SchemaFile> = sources
        .files()
        .iter()
        .map(|file| syntax::parse_file(file.id, &file.text, &mut diagnostics))
        .collect();
    let schema = analyze::analyze(&files, &mut diagnostics);
    ParsedSchema {
        sources,
        files,
        schema,
        diagnostics,
    }
}

/// Parses and validates one schema file given as text (`path` names it in diagnostics).
pub fn parse_source(path: &str, text: &str) -> ParsedSchema {
    let mut sources = SourceMap::new();
    sources.add(path, text);
    parse_schema(sources)
}

/// Reads the schema at `path` (a file, or a folder whose `.prisma` files form
/// one schema), then parses and validates it.
pub fn load_schema(path: &std::path::Path) -> Result<ParsedSchema, locate::LocateError> {
    Ok(parse_schema(locate::load(path)?))
}

/// Identifies a model or view in [`Schema::models`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ModelId(pub usize);
/// Identifies an enum in [`Schema::enums`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EnumId(pub usize);
/// Identifies a composite type in [`Schema::composite_types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CompositeId(pub usize);
/// Identifies a field within its model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FieldId(pub usize);

/// The resolved schema.
#[derive(Debug, Clone, Default)]
pub struct Schema {
    /// The `datasource` block (the first, if several).
    pub datasource: Option<Datasource>,
    /// The `generator` blocks.
    pub generators: Vec<Generator>,
    /// Models and views, in declaration order (files in load order).
    pub models: Vec<Model>,
    /// Enums, in declaration order.
    pub enums: Vec<Enum>,
    /// Composite types, in declaration order.
    pub composite_types: Vec<CompositeType>,
    /// Every relation whose two sides pair up and check out.
    pub relations: Vec<Relation>,
    /// Models as nodes, relations as edges from the side holding the foreign
    /// key (or from model A of a many-to-many) to the other side.
    pub relation_graph: DiGraph<ModelId, usize>,
    /// The graph node of each model, by [`ModelId`].
    pub model_nodes: Vec<NodeIndex>,
}

impl Schema {
    /// The model or view with this id.
    pub fn model(&self, id: ModelId) -> &Model {
        &self.models[id.0]
    }

    /// The model or view with this name.
    pub fn find_model(&self, name: &str) -> Option<ModelId> {
        self.models.iter().position(|m| m.name == name).map(ModelId)
    }

    /// The enum with this id.
    pub fn enum_def(&self, id: EnumId) -> &Enum {
        &self.enums[id.0]
    }

    /// Preview features enabled in any generator.
    pub fn preview_features(&self) -> impl Iterator<Item = &str> {
        self.generators
            .iter()
            .flat_map(|g| g.preview_features.iter().map(|(name, _)| name.as_str()))
    }

    /// Whether any generator enables `feature` (case-insensitively).
    pub fn has_preview_feature(&self, feature: &str) -> bool {
        self.preview_features()
            .any(|f| f.eq_ignore_ascii_case(feature))
    }

    /// The datasource's relation mode (foreign keys without a datasource).
    pub fn relation_mode(&self) -> RelationMode {
        self.datasource
            .as_ref()
            .map(|d| d.relation_mode)
            .unwrap_or_default()
    }

    /// The namespace a model or enum lives in: its `@@schema`, else the
    /// datasource default (`public` unless the caller knows better).
    pub fn namespace_of<'a>(&'a self, declared: Option<&'a str>, default: &'a str) -> &'a str {
        declared.unwrap_or(default)
    }
}

/// A `model` or a `view`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModelKind {
    /// A table.
    Model,
    /// A view (preview feature `views`).
    View,
}

impl ModelKind {
    /// Prisma's word for it in messages.
    pub(crate) fn word(self) -> &'static str {
        match self {
            ModelKind::Model => "model",
            ModelKind::View => "view",
        }
    }
}

/// A model or view.
#[derive(Debug, Clone)]
pub struct Model {
    /// The Prisma name.
    pub name: String,
    /// Model or view.
    pub kind: ModelKind,
    /// `@@map`, else the name.
    pub database_name: String,
    /// `@@schema`.
    pub schema: Option<(String, Span)>,
    /// Fields whose types resolved, in declaration order; positions are [`FieldId`]s.
    pub fields: Vec<Field>,
    /// `@id` or `@@id`.
    pub primary_key: Option<PrimaryKey>,
    /// `@unique` and `@@unique`.
    pub unique_constraints: Vec<IndexDef>,
    /// `@@index` and `@@fulltext`.
    pub indexes: Vec<IndexDef>,
    /// `@@ignore`.
    pub ignored: bool,
    /// `///` lines above the block.
    pub documentation: Option<String>,
    /// The whole block.
    pub span: Span,
    /// Where the name is written.
    pub name_span: Span,
    /// Where `@@map` is written.
    pub map_span: Option<Span>,
}

impl Model {
    /// The field with this id.
    pub fn field(&self, id: FieldId) -> &Field {
        &self.fields[id.0]
    }

    /// The field with this name.
    pub fn find_field(&self, name: &str) -> Option<FieldId> {
        self.fields.iter().position(|f| f.name == name).map(FieldId)
    }

    /// The fields that are not relation fields, with their ids.
    pub fn scalar_fields(&self) -> impl Iterator<Item = (FieldId, &Field)> {
        self.fields
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.is_relation())
            .map(|(i, f)| (FieldId(i), f))
    }
}

/// The scalar types of Prisma on PostgreSQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScalarType {
    /// `String`: `text`.
    String,
    /// `Boolean`: `boolean`.
    Boolean,
    /// `Int`: `integer`.
    Int,
    /// `BigInt`: `bigint`.
    BigInt,
    /// `Float`: `double precision`.
    Float,
    /// `Decimal`: `numeric(65,30)`.
    Decimal,
    /// `DateTime`: `timestamp(3)`.
    DateTime,
    /// `Json`: `jsonb`.
    Json,
    /// `Bytes`: `bytea`.
    Bytes,
}

impl ScalarType {
    /// The scalar type with this Prisma name.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "String" => ScalarType::String,
            "Boolean" => ScalarType::Boolean,
            "Int" => ScalarType::Int,
            "BigInt" => ScalarType::BigInt,
            "Float" => ScalarType::Float,
            "Decimal" => ScalarType::Decimal,
            "DateTime" => ScalarType::DateTime,
            "Json" => ScalarType::Json,
            "Bytes" => ScalarType::Bytes,
            _ => return None,
        })
    }

    /// Its Prisma name.
    pub fn name(self) -> &'static str {
        match self {
            ScalarType::String => "String",
            ScalarType::Boolean => "Boolean",
            ScalarType::Int => "Int",
            ScalarType::BigInt => "BigInt",
            ScalarType::Float => "Float",
            ScalarType::Decimal => "Decimal",
            ScalarType::DateTime => "DateTime",
            ScalarType::Json => "Json",
            ScalarType::Bytes => "Bytes",
        }
    }
}

/// What a field's type resolved to.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldType {
    /// A built-in scalar type.
    Scalar(ScalarType),
    /// An enum.
    Enum(EnumId),
    /// A composite type (MongoDB only).
    Composite(CompositeId),
    /// `Unsupported("…")`: the SQL type, verbatim.
    Unsupported(String),
    /// A relation to another model (or view).
    Model(ModelId),
}

/// A field of a model, view or composite type.
#[derive(Debug, Clone)]
pub struct Field {
    /// The Prisma name.
    pub name: String,
    /// `@map`, else the name.
    pub database_name: String,
    /// Required, optional or list.
    pub arity: Arity,
    /// What its type resolved to.
    pub field_type: FieldType,
    /// `@db.*`.
    pub native_type: Option<NativeType>,
    /// `@default(…)`.
    pub default: Option<DefaultDef>,
    /// `@updatedAt`.
    pub updated_at: bool,
    /// `@ignore`.
    pub ignored: bool,
    /// For relation fields: what `@relation` says.
    pub relation: Option<RelationAttribute>,
    /// `///` lines above the field.
    pub documentation: Option<String>,
    /// The whole field line.
    pub span: Span,
    /// Where the name is written.
    pub name_span: Span,
}

impl Field {
    /// Whether it points to another model (or view).
    pub fn is_relation(&self) -> bool {
        matches!(self.field_type, FieldType::Model(_))
    }

    /// `Type?`.
    pub fn is_optional(&self) -> bool {
        self.arity == Arity::Optional
    }

    /// `Type[]`.
    pub fn is_list(&self) -> bool {
        self.arity == Arity::List
    }

    /// Its scalar type, if it has one.
    pub fn scalar_type(&self) -> Option<ScalarType> {
        match self.field_type {
            FieldType::Scalar(scalar) => Some(scalar),
            _ => None,
        }
    }
}

/// What `@default(…)` says.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultDef {
    /// The value or function.
    pub value: DefaultKind,
    /// `map:` (the constraint name, SQL Server only; kept for completeness).
    pub map: Option<String>,
    /// A function's arguments as Prisma writes them (`7` of `uuid(7)`, `8` of
    /// `nanoid(8)`); empty for a literal or a call without arguments.
    pub arguments: String,
    /// The attribute as written.
    pub span: Span,
}

/// What a default is.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultKind {
    /// `autoincrement()`: a sequence.
    Autoincrement,
    /// `now()`: `CURRENT_TIMESTAMP`.
    Now,
    /// `uuid()`, `uuid(4)`, `uuid(7)`.
    Uuid,
    /// `cuid()`, set by the client.
    Cuid,
    /// `nanoid()`, set by the client.
    Nanoid,
    /// `ulid()`, set by the client.
    Ulid,
    /// `dbgenerated("expr")`; `None` for `dbgenerated()`.
    DbGenerated(Option<String>),
    /// `sequence()` (CockroachDB only).
    Sequence,
    /// `auth.uid()`-style or other unknown functions are rejected by validation;
    /// this is any other constant value.
    Value(DefaultLiteral),
}

/// A constant default value.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultLiteral {
    /// A string (also for `Json`, `Bytes` and `DateTime`).
    String(String),
    /// A number as written.
    Number(String),
    /// `true` or `false`.
    Boolean(bool),
    /// An enum value, by its Prisma name.
    EnumValue(String),
    /// The default of a list field.
    List(Vec<DefaultLiteral>),
}

/// `sort:` of an index field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortOrder {
    /// Ascending.
    Asc,
    /// Descending.
    Desc,
}

/// One field of an index, unique constraint or primary key.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexField {
    /// The field indexed.
    pub field: FieldId,
    /// For composite-type fields (MongoDB); empty on PostgreSQL.
    pub path: Vec<String>,
    /// `sort:`.
    pub sort: Option<SortOrder>,
    /// `length:` (MySQL).
    pub length: Option<u32>,
    /// `ops:` operator class, as written (`raw("…")` gives the raw text).
    pub operator_class: Option<OperatorClass>,
}

/// `ops:` of an index field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OperatorClass {
    /// A named class Prisma knows (`JsonbPathOps`, `GinTrgmOps` …).
    Named(String),
    /// `raw("…")`: the SQL name verbatim.
    Raw(String),
}

/// `type:` of an index: PostgreSQL's access methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IndexType {
    /// `BTree` (the default).
    BTree,
    /// `Hash`.
    Hash,
    /// `Gist`.
    Gist,
    /// `Gin`.
    Gin,
    /// `SpGist`.
    SpGist,
    /// `Brin`.
    Brin,
}

impl IndexType {
    /// The index type with this Prisma name.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "BTree" => IndexType::BTree,
            "Hash" => IndexType::Hash,
            "Gist" => IndexType::Gist,
            "Gin" => IndexType::Gin,
            "SpGist" => IndexType::SpGist,
            "Brin" => IndexType::Brin,
            _ => return None,
        })
    }

    /// PostgreSQL's access method name.
    pub fn method(self) -> &'static str {
        match self {
            IndexType::BTree => "btree",
            IndexType::Hash => "hash",
            IndexType::Gist => "gist",
            IndexType::Gin => "gin",
            IndexType::SpGist => "spgist",
            IndexType::Brin => "brin",
        }
    }
}

/// What an [`IndexDef`] declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IndexKind {
    /// `@unique` / `@@unique`.
    Unique,
    /// `@@index`.
    Normal,
    /// `@@fulltext` (MySQL / MongoDB only).
    Fulltext,
}

/// An index or unique constraint.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexDef {
    /// Unique, normal or fulltext.
    pub kind: IndexKind,
    /// Its fields, in order.
    pub fields: Vec<IndexField>,
    /// `name:` — the client-side name of a compound unique.
    pub name: Option<String>,
    /// `map:` — the database name.
    pub map: Option<String>,
    /// `type:` (`@@index` only).
    pub index_type: Option<IndexType>,
    /// `clustered:` (SQL Server).
    pub clustered: Option<bool>,
    /// `where:` of a partial index (preview feature `partialIndexes`).
    pub predicate: Option<String>,
    /// Declared on a field (`@unique`) rather than the block.
    pub field_level: bool,
    /// The attribute as written.
    pub span: Span,
}

/// `@id` or `@@id`.
#[derive(Debug, Clone, PartialEq)]
pub struct PrimaryKey {
    /// Its fields, in order.
    pub fields: Vec<IndexField>,
    /// `name:` — the client-side name of a compound id.
    pub name: Option<String>,
    /// `map:` — the constraint's database name.
    pub map: Option<String>,
    /// Declared on a field (`@id`) rather than the block.
    pub field_level: bool,
    /// The attribute as written.
    pub span: Span,
}

/// `onDelete:` / `onUpdate:` of a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReferentialAction {
    /// `CASCADE`.
    Cascade,
    /// `RESTRICT`.
    Restrict,
    /// `NO ACTION`.
    NoAction,
    /// `SET NULL`.
    SetNull,
    /// `SET DEFAULT`.
    SetDefault,
}

impl ReferentialAction {
    /// The action with this Prisma name.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "Cascade" => ReferentialAction::Cascade,
            "Restrict" => ReferentialAction::Restrict,
            "NoAction" => ReferentialAction::NoAction,
            "SetNull" => ReferentialAction::SetNull,
            "SetDefault" => ReferentialAction::SetDefault,
            _ => return None,
        })
    }
}

/// What a relation field's `@relation(…)` says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RelationAttribute {
    /// The relation's name (first argument or `name:`).
    pub name: Option<String>,
    /// `fields:` — the scalar fields of this model holding the foreign key.
    pub fields: Vec<FieldId>,
    /// `references:` — the fields of the related model they point to.
    pub references: Vec<FieldId>,
    /// `onDelete:`.
    pub on_delete: Option<ReferentialAction>,
    /// `onUpdate:`.
    pub on_update: Option<ReferentialAction>,
    /// Foreign key constraint name.
    pub map: Option<String>,
    /// Where `@relation` is written, if it is.
    pub span: Option<Span>,
    /// `fields:` was given (even empty or unresolved).
    pub has_fields: bool,
    /// `references:` was given (even empty or unresolved).
    pub has_references: bool,
    /// A name in `fields` or `references` did not resolve (already reported),
    /// so the lists are incomplete.
    pub unresolved: bool,
}

/// The cardinality of a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelationKind {
    /// Both sides singular.
    OneToOne,
    /// One side a list.
    OneToMany,
    /// Implicit many-to-many: both sides lists, a join table `_Name`.
    ManyToMany,
}

/// A relation between two models, with both sides when both exist.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    /// One-to-one, one-to-many or many-to-many.
    pub kind: RelationKind,
    /// The relation's name: explicit, or `AToB` of the two model names in order.
    pub name: String,
    /// For 1:1 and 1:n, the side holding `fields`/`references` (the foreign
    /// key). For m:n, the model whose name sorts first.
    pub model_a: ModelId,
    /// The relation field of model A.
    pub field_a: FieldId,
    /// The other model.
    pub model_b: ModelId,
    /// `None` when the back-relation field is missing (an error, unless ignored).
    pub field_b: Option<FieldId>,
}

/// An enum.
#[derive(Debug, Clone)]
pub struct Enum {
    /// The Prisma name.
    pub name: String,
    /// `@@map`, else the name.
    pub database_name: String,
    /// `@@schema`.
    pub schema: Option<(String, Span)>,
    /// Its values, in declaration order.
    pub values: Vec<EnumValue>,
    /// `///` lines above the block.
    pub documentation: Option<String>,
    /// The whole block.
    pub span: Span,
    /// Where the name is written.
    pub name_span: Span,
}

/// A value of an enum.
#[derive(Debug, Clone)]
pub struct EnumValue {
    /// The Prisma name.
    pub name: String,
    /// `@map`, else the name.
    pub database_name: String,
    /// The value's line.
    pub span: Span,
}

/// A composite type (`type Name { … }`, MongoDB only).
#[derive(Debug, Clone)]
pub struct CompositeType {
    /// The Prisma name.
    pub name: String,
    /// Fields whose types resolved.
    pub fields: Vec<Field>,
    /// The whole block.
    pub span: Span,
}
