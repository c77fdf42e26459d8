//! Column types and defaults in Prisma's terms: the scalar type, the
//! `@db.*` native type when it is not the scalar's default, and `@default`.

use crate::ir::{ColumnType, DefaultValue, Literal, TypeKind};

/// The Prisma type family of a column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Family {
    /// `Int`.
    Int,
    /// `BigInt`.
    BigInt,
    /// `Float`.
    Float,
    /// `Decimal`.
    Decimal,
    /// `Boolean`.
    Boolean,
    /// `String`.
    String,
    /// `DateTime`.
    DateTime,
    /// `Json`.
    Json,
    /// `Bytes`.
    Bytes,
    /// An enum, by index in the database's enums.
    Enum(usize),
    /// `Unsupported("…")`, with the database's spelling.
    Unsupported(String),
}

impl Family {
    /// The scalar type's name (not for enums and unsupported types).
    pub fn scalar_name(&self) -> &'static str {
        match self {
            Family::Int => "Int",
            Family::BigInt => "BigInt",
            Family::Float => "Float",
            Family::Decimal => "Decimal",
            Family::Boolean => "Boolean",
            Family::String => "String",
            Family::DateTime => "DateTime",
            Family::Json => "Json",
            Family::Bytes => "Bytes",
            Family::Enum(_) | Family::Unsupported(_) => "",
        }
    }
}

/// A column type as Prisma introspects it: its family and, when not the
/// family's default, the native type (`VarChar`, `["255"]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrismaType {
    /// The family.
    pub family: Family,
    /// `@db.<name>(<args>)`.
    pub native: Option<(&'static str, Vec<String>)>,
}

/// Prisma's reading of a column type. `enum_index` finds an enum type.
pub fn prisma_type(
    ty: &ColumnType,
    enum_index: impl Fn(&crate::ir::QualifiedName) -> Option<usize>,
) -> PrismaType {
    let plain = |family| PrismaType {
        family,
        native: None,
    };
    let native = |family, name: &'static str, args: Vec<String>| PrismaType {
        family,
        native: Some((name, args)),
    };
    let unsupported = || plain(Family::Unsupported(element_sql(ty)));
    match &ty.kind {
        TypeKind::Enum(name) => match enum_index(name) {
            Some(index) => plain(Family::Enum(index)),
            None => unsupported(),
        },
        TypeKind::Other(_) => unsupported(),
        TypeKind::Builtin { name, args } => {
            let first = |default: u32| args.first().copied().unwrap_or(default).to_string();
            let optional = || {
                args.first()
                    .map(|n| vec![n.to_string()])
                    .unwrap_or_default()
            };
            match name.as_str() {
                "bool" => plain(Family::Boolean),
                "int2" => native(Family::Int, "SmallInt", vec![]),
                "int4" => plain(Family::Int),
                "oid" => native(Family::Int, "Oid", vec![]),
                "int8" => plain(Family::BigInt),
                "float4" => native(Family::Float, "Real", vec![]),
                "float8" => plain(Family::Float),
                "numeric" => match args.as_slice() {
                    [65, 30] => plain(Family::Decimal),
                    [p, s] => native(
                        Family::Decimal,
                        "Decimal",
                        vec![p.to_string(), s.to_string()],
                    ),
                    _ => native(Family::Decimal, "Decimal", vec![]),
                },
                "money" => native(Family::Decimal, "Money", vec![]),
                "text" => plain(Family::String),
                "varchar" => native(Family::String, "VarChar", optional()),
                "bpchar" => native(Family::String, "Char", vec![first(1)]),
                "uuid" => native(Family::String, "Uuid", vec![]),
                "xml" => native(Family::String, "Xml", vec![]),
                "inet" => native(Family::String, "Inet", vec![]),
                "citext" => native(Family::String, "Citext", vec![]),
                "bit" => native(Family::String, "Bit", vec![first(1)]),
                "varbit" => native(Family::String, "VarBit", optional()),
                "timestamp" => match args.as_slice() {
                    [3] => plain(Family::DateTime),
                    _ => native(Family::DateTime, "Timestamp", vec![first(6)]),
                },
                "timestamptz" => native(Family::DateTime, "Timestamptz", vec![first(6)]),
                "date" => native(Family::DateTime, "Date", vec![]),
                "time" => native(Family::DateTime, "Time", vec![first(6)]),
                "timetz" => native(Family::DateTime, "Timetz", vec![first(6)]),
                "json" => native(Family::Json, "Json", vec![]),
                "jsonb" => plain(Family::Json),
                "bytea" => plain(Family::Bytes),
                _ => unsupported(),
            }
        }
    }
}

/// The element type as PostgreSQL's `format_type` prints it.
fn element_sql(ty: &ColumnType) -> String {
    ColumnType {
        kind: ty.kind.clone(),
        array: false,
    }
    .sql()
}

/// A string as a Prisma string literal.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Any other control character (ESC from a hostile name, say) cannot stand raw in a
            // Prisma string, and must not reach a terminal: a JSON escape.
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What `@default(…)` holds for a column, or `None` when Prisma prints no
/// default. `variant` names an enum's value in the schema (`None` when the
/// value has no valid name).
pub fn default_argument(
    default: &DefaultValue,
    printed: Option<&str>,
    family: &Family,
    variant: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    let integer = matches!(family, Family::Int | Family::BigInt);
    match default {
        DefaultValue::Identity { .. } if integer => Some("autoincrement()".into()),
        DefaultValue::Identity { .. } => None,
        DefaultValue::Sequence(_) => Some("autoincrement()".into()),
        DefaultValue::Now if *family == Family::DateTime => Some("now()".into()),
        DefaultValue::Now => None,
        DefaultValue::Literal(literal) => {
            literal_argument(literal, family, &variant).or_else(|| printed.map(db_generated))
        }
        DefaultValue::Expression(expr) => Some(db_generated(printed.unwrap_or(expr))),
        // Prisma reads a generated column's expression where defaults live.
        DefaultValue::Generated { expression, .. } => {
            Some(db_generated(printed.unwrap_or(expression)))
        }
        DefaultValue::Unspecified => None,
    }
}

fn db_generated(expr: &str) -> String {
    format!("dbgenerated({})", quote(expr))
}

fn literal_argument(
    literal: &Literal,
    family: &Family,
    variant: &impl Fn(&str) -> Option<String>,
) -> Option<String> {
    match literal {
        Literal::Null => None,
        Literal::Array(items) => {
            let items: Option<Vec<String>> = items
                .iter()
                .map(|item| scalar_literal(item, family, variant))
                .collect();
            Some(format!("[{}]", items?.join(", ")))
        }
        other => scalar_literal(other, family, variant),
    }
}

fn scalar_literal(
    literal: &Literal,
    family: &Family,
    variant: &impl Fn(&str) -> Option<String>,
) -> Option<String> {
    match (literal, family) {
        (Literal::Bool(value), _) => Some(value.to_string()),
        (Literal::Number(n), _) => Some(n.clone()),
        (Literal::String(s), Family::Enum(_)) => {
            Some(variant(s).unwrap_or_else(|| db_generated(s)))
        }
        (Literal::String(s), Family::Int | Family::BigInt | Family::Float | Family::Decimal) => {
            Some(s.clone())
        }
        (Literal::String(s), Family::Boolean) => Some(s.clone()),
        (Literal::String(s), Family::String | Family::Json) => Some(quote(s)),
        (Literal::String(_), _) => None,
        (Literal::Null, _) => Some("null".into()),
        (Literal::Array(_), _) => None,
    }
}
