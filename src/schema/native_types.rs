//! PostgreSQL native types (`@db.*`): which scalar type each one fits, how many
//! arguments it takes, and the database type it stands for (`lower` builds
//! the column type from it).

use super::ScalarType;
use crate::diagnostics::Span;

/// A validated `@db.Name(args)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NativeType {
    /// Prisma's name: `VarChar`, `Timestamptz`, …
    pub name: String,
    /// Its numeric arguments (length, precision, scale).
    pub args: Vec<u32>,
    /// The attribute as written.
    pub span: Span,
}

/// What a native type accepts.
#[derive(Debug, Clone, Copy)]
pub struct NativeTypeSpec {
    /// Prisma's name.
    pub name: &'static str,
    /// The scalar type of the fields it may be used on.
    pub scalar: ScalarType,
    /// Number of optional numeric arguments it takes (all or none).
    pub arity: usize,
    /// `pg_type.typname` it lowers to.
    pub typname: &'static str,
}

const fn spec(
    name: &'static str,
    scalar: ScalarType,
    arity: usize,
    typname: &'static str,
) -> NativeTypeSpec {
    NativeTypeSpec {
        name,
        scalar,
        arity,
        typname,
    }
}

/// Every PostgreSQL native type Prisma knows.
pub const POSTGRES_NATIVE_TYPES: &[NativeTypeSpec] = &[
    spec("SmallInt", ScalarType::Int, 0, "int2"),
    spec("Integer", ScalarType::Int, 0, "int4"),
    spec("Oid", ScalarType::Int, 0, "oid"),
    spec("BigInt", ScalarType::BigInt, 0, "int8"),
    spec("Decimal", ScalarType::Decimal, 2, "numeric"),
    spec("Money", ScalarType::Decimal, 0, "money"),
    spec("Real", ScalarType::Float, 0, "float4"),
    spec("DoublePrecision", ScalarType::Float, 0, "float8"),
    spec("Text", ScalarType::String, 0, "text"),
    spec("VarChar", ScalarType::String, 1, "varchar"),
    spec("Char", ScalarType::String, 1, "bpchar"),
    spec("Bit", ScalarType::String, 1, "bit"),
    spec("VarBit", ScalarType::String, 1, "varbit"),
    spec("Uuid", ScalarType::String, 0, "uuid"),
    spec("Xml", ScalarType::String, 0, "xml"),
    spec("Inet", ScalarType::String, 0, "inet"),
    spec("Citext", ScalarType::String, 0, "citext"),
    spec("Boolean", ScalarType::Boolean, 0, "bool"),
    spec("Timestamp", ScalarType::DateTime, 1, "timestamp"),
    spec("Timestamptz", ScalarType::DateTime, 1, "timestamptz"),
    spec("Date", ScalarType::DateTime, 0, "date"),
    spec("Time", ScalarType::DateTime, 1, "time"),
    spec("Timetz", ScalarType::DateTime, 1, "timetz"),
    spec("Json", ScalarType::Json, 0, "json"),
    spec("JsonB", ScalarType::Json, 0, "jsonb"),
    spec("ByteA", ScalarType::Bytes, 0, "bytea"),
];

/// The native type with this Prisma name.
pub fn find(name: &str) -> Option<&'static NativeTypeSpec> {
    POSTGRES_NATIVE_TYPES.iter().find(|s| s.name == name)
}

impl NativeType {
    /// What Prisma knows of this type (`None` only for names it does not know).
    pub fn spec(&self) -> Option<&'static NativeTypeSpec> {
        find(&self.name)
    }
}
