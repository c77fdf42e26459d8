//! The semantic layer: syntax trees of one or more files → a resolved, validated
//! Prisma model (models, views, enums, composite types, relations, attributes),
//! with every problem reported as a diagnostic.
//!
//! What a later Prisma version deprecated or removed is a warning here, never an
//! error: Prisma 5, 6 and 7 schemas are all accepted.

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
pub mod names;
pub mod native_types;
mod relations;

use petgraph::graph::{DiGraph, NodeIndex};

use crate::diagnostics::{Diagnostics, SourceMap, Span};
use crate::syntax::{self, Arity};

pub use config::{Datasource, Extension, Generator, RelationMode, UrlSource};
pub use native_types::NativeType;

/// A schema's files, parsed and analyzed.
#[derive(Debug, Clone)]
pub struct ParsedSchema {
    pub sources: SourceMap,
    pub files: Vec<syntax::SchemaFile>,
    pub schema: Schema,
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
    pub datasource: Option<Datasource>,
    pub generators: Vec<Generator>,
    /// Models and views, in declaration order (files in load order).
    pub models: Vec<Model>,
    pub enums: Vec<Enum>,
    pub composite_types: Vec<CompositeType>,
    pub relations: Vec<Relation>,
    /// Models as nodes, relations as edges from the side holding the foreign
    /// key (or from model A of a many-to-many) to the other side.
    pub relation_graph: DiGraph<ModelId, usize>,
    pub model_nodes: Vec<NodeIndex>,
}

impl Schema {
    pub fn model(&self, id: ModelId) -> &Model {
        &self.models[id.0]
    }

    pub fn find_model(&self, name: &str) -> Option<ModelId> {
        self.models.iter().position(|m| m.name == name).map(ModelId)
    }

    pub fn enum_def(&self, id: EnumId) -> &Enum {
        &self.enums[id.0]
    }

    /// Preview features enabled in any generator.
    pub fn preview_features(&self) -> impl Iterator<Item = &str> {
        self.generators
            .iter()
            .flat_map(|g| g.preview_features.iter().map(|(name, _)| name.as_str()))
    }

    pub fn has_preview_feature(&self, feature: &str) -> bool {
        self.preview_features()
            .any(|f| f.eq_ignore_ascii_case(feature))
    }

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ModelKind {
    Model,
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

#[derive(Debug, Clone)]
pub struct Model {
    pub name: String,
    pub kind: ModelKind,
    /// `@@map`, else the name.
    pub database_name: String,
    /// `@@schema`.
    pub schema: Option<(String, Span)>,
    pub fields: Vec<Field>,
    pub primary_key: Option<PrimaryKey>,
    /// `@unique` and `@@unique`.
    pub unique_constraints: Vec<IndexDef>,
    /// `@@index` and `@@fulltext`.
    pub indexes: Vec<IndexDef>,
    /// `@@ignore`.
    pub ignored: bool,
    pub documentation: Option<String>,
    pub span: Span,
    pub name_span: Span,
    pub map_span: Option<Span>,
}

impl Model {
    pub fn field(&self, id: FieldId) -> &Field {
        &self.fields[id.0]
    }

    pub fn find_field(&self, name: &str) -> Option<FieldId> {
        self.fields.iter().position(|f| f.name == name).map(FieldId)
    }

    pub fn scalar_fields(&self) -> impl Iterator<Item = (FieldId, &Field)> {
        self.fields
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.is_relation())
            .map(|(i, f)| (FieldId(i), f))
    }
}

/// The eight scalar types of Prisma on PostgreSQL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScalarType {
    String,
    Boolean,
    Int,
    BigInt,
    Float,
    Decimal,
    DateTime,
    Json,
    Bytes,
}

impl ScalarType {
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

#[derive(Debug, Clone, PartialEq)]
pub enum FieldType {
    Scalar(ScalarType),
    Enum(EnumId),
    Composite(CompositeId),
    /// `Unsupported("…")`: the SQL type, verbatim.
    Unsupported(String),
    /// A relation to another model (or view).
    Model(ModelId),
}

#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    /// `@map`, else the name.
    pub database_name: String,
    pub arity: Arity,
    pub field_type: FieldType,
    /// `@db.*`.
    pub native_type: Option<NativeType>,
    pub default: Option<DefaultDef>,
    pub updated_at: bool,
    /// `@ignore`.
    pub ignored: bool,
    /// For relation fields: what `@relation` says.
    pub relation: Option<RelationAttribute>,
    pub documentation: Option<String>,
    pub span: Span,
    pub name_span: Span,
}

impl Field {
    pub fn is_relation(&self) -> bool {
        matches!(self.field_type, FieldType::Model(_))
    }

    pub fn is_optional(&self) -> bool {
        self.arity == Arity::Optional
    }

    pub fn is_list(&self) -> bool {
        self.arity == Arity::List
    }

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
    pub value: DefaultKind,
    /// `map:` (the constraint name, SQL Server only; kept for completeness).
    pub map: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DefaultKind {
    Autoincrement,
    Now,
    /// `uuid()`, `uuid(4)`, `uuid(7)`.
    Uuid,
    Cuid,
    Nanoid,
    Ulid,
    /// `dbgenerated("expr")`; `None` for `dbgenerated()`.
    DbGenerated(Option<String>),
    /// `sequence()` (CockroachDB only).
    Sequence,
    /// `auth.uid()`-style or other unknown functions are rejected by validation;
    /// this is any other constant value.
    Value(DefaultLiteral),
}

#[derive(Debug, Clone, PartialEq)]
pub enum DefaultLiteral {
    String(String),
    Number(String),
    Boolean(bool),
    /// An enum value, by its Prisma name.
    EnumValue(String),
    List(Vec<DefaultLiteral>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortOrder {
    Asc,
    Desc,
}

/// One field of an index, unique constraint or primary key.
#[derive(Debug, Clone, PartialEq)]
pub struct IndexField {
    pub field: FieldId,
    /// For composite-type fields (MongoDB); empty on PostgreSQL.
    pub path: Vec<String>,
    pub sort: Option<SortOrder>,
    pub length: Option<u32>,
    /// `ops:` operator class, as written (`raw("…")` gives the raw text).
    pub operator_class: Option<OperatorClass>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OperatorClass {
    /// A named class Prisma knows (`JsonbPathOps`, `GinTrgmOps` …).
    Named(String),
    /// `raw("…")`: the SQL name verbatim.
    Raw(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IndexType {
    BTree,
    Hash,
    Gist,
    Gin,
    SpGist,
    Brin,
}

impl IndexType {
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
    pub kind: IndexKind,
    pub fields: Vec<IndexField>,
    /// `name:` — the client-side name of a compound unique.
    pub name: Option<String>,
    /// `map:` — the database name.
    pub map: Option<String>,
    pub index_type: Option<IndexType>,
    pub clustered: Option<bool>,
    /// `where:` of a partial index (preview feature `partialIndexes`).
    pub predicate: Option<String>,
    /// Declared on a field (`@unique`) rather than the block.
    pub field_level: bool,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PrimaryKey {
    pub fields: Vec<IndexField>,
    pub name: Option<String>,
    pub map: Option<String>,
    pub field_level: bool,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReferentialAction {
    Cascade,
    Restrict,
    NoAction,
    SetNull,
    SetDefault,
}

impl ReferentialAction {
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
    pub name: Option<String>,
    pub fields: Vec<FieldId>,
    pub references: Vec<FieldId>,
    pub on_delete: Option<ReferentialAction>,
    pub on_update: Option<ReferentialAction>,
    /// Foreign key constraint name.
    pub map: Option<String>,
    pub span: Option<Span>,
    /// `fields:` was given (even empty or unresolved).
    pub has_fields: bool,
    /// `references:` was given (even empty or unresolved).
    pub has_references: bool,
    /// A name in `fields` or `references` did not resolve (already reported),
    /// so the lists are incomplete.
    pub unresolved: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RelationKind {
    OneToOne,
    OneToMany,
    /// Implicit many-to-many: both sides lists, a join table `_Name`.
    ManyToMany,
}

/// A relation between two models, with both sides when both exist.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    pub kind: RelationKind,
    /// The relation's name: explicit, or `AToB` of the two model names in order.
    pub name: String,
    /// For 1:1 and 1:n, the side holding `fields`/`references` (the foreign
    /// key). For m:n, the model whose name sorts first.
    pub model_a: ModelId,
    pub field_a: FieldId,
    pub model_b: ModelId,
    /// `None` when the back-relation field is missing (an error, unless ignored).
    pub field_b: Option<FieldId>,
}

#[derive(Debug, Clone)]
pub struct Enum {
    pub name: String,
    /// `@@map`, else the name.
    pub database_name: String,
    pub schema: Option<(String, Span)>,
    pub values: Vec<EnumValue>,
    pub documentation: Option<String>,
    pub span: Span,
    pub name_span: Span,
}

#[derive(Debug, Clone)]
pub struct EnumValue {
    pub name: String,
    /// `@map`, else the name.
    pub database_name: String,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct CompositeType {
    pub name: String,
    pub fields: Vec<Field>,
    pub span: Span,
}
