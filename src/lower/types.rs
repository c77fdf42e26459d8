//! Column types of scalar fields: the native type's (`@db.*`), else Prisma's
//! default for the scalar.

use crate::ir::ColumnType;
use crate::schema::{NativeType, ScalarType};

/// The column type a native type creates.
pub(super) fn native_column_type(native: &NativeType) -> ColumnType {
    let Some(spec) = native.spec() else {
        return ColumnType::other(native.name.to_ascii_lowercase());
    };
    let args = match (spec.typname, native.args.as_slice()) {
        // A bare `@db.Char` / `@db.Bit` is length 1 in PostgreSQL.
        ("bpchar" | "bit", []) => vec![1],
        _ => native.args.clone(),
    };
    ColumnType::builtin(spec.typname, args)
}

/// The column type of a scalar without `@db.*`, as Prisma creates it.
pub(super) fn default_column_type(scalar: ScalarType) -> ColumnType {
    match scalar {
        ScalarType::String => ColumnType::builtin("text", vec![]),
        ScalarType::Boolean => ColumnType::builtin("bool", vec![]),
        ScalarType::Int => ColumnType::builtin("int4", vec![]),
        ScalarType::BigInt => ColumnType::builtin("int8", vec![]),
        ScalarType::Float => ColumnType::builtin("float8", vec![]),
        ScalarType::Decimal => ColumnType::builtin("numeric", vec![65, 30]),
        ScalarType::DateTime => ColumnType::builtin("timestamp", vec![3]),
        ScalarType::Json => ColumnType::builtin("jsonb", vec![]),
        ScalarType::Bytes => ColumnType::builtin("bytea", vec![]),
    }
}
