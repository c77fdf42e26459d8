//! Canonical column types.
//!
//! Built-in types are named by their `pg_type.typname` (`int4`, `varchar`,
//! `timestamptz`, …) with their type modifiers decoded into `args`, so a type
//! built from `@db.VarChar(255)` and one read from the catalog compare equal
//! without any string matching.

use serde::Serialize;

use super::QualifiedName;
use crate::sql::Style;

/// What a column type is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeKind {
    /// A type PostgreSQL ships (or `citext`), by `typname`, with decoded modifiers:
    /// `varchar`/`bpchar`/`bit`/`varbit` → `[length]`, `numeric` → `[precision, scale]`,
    /// `timestamp`/`timestamptz`/`time`/`timetz`/`interval` → `[precision]`.
    Builtin {
        /// The canonical `typname` (`int4`, `varchar`).
        name: String,
        /// The decoded modifiers.
        args: Vec<u32>,
    },
    /// A user-defined enum type.
    Enum(QualifiedName),
    /// Anything else, spelled as PostgreSQL's `format_type` prints it
    /// (`geometry(Point,4326)`, `tsvector`, `vector(1536)`); from a schema, the
    /// text of `Unsupported("…")`.
    Other(String),
}

/// A column's type, canonical on both sides (`varchar(3)`, not `character varying(3)`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct ColumnType {
    /// What the element type is.
    pub kind: TypeKind,
    /// One-dimensional array of the element type (PostgreSQL does not enforce
    /// dimensions, so `int[][]` is the same type).
    pub array: bool,
}

impl ColumnType {
    /// A built-in type by canonical `typname` (or any spelling of it), with modifiers.
    pub fn builtin(name: &str, args: Vec<u32>) -> Self {
        ColumnType {
            kind: TypeKind::Builtin {
                name: name.to_string(),
                args,
            },
            array: false,
        }
    }

    /// A user-defined enum type.
    pub fn enumeration(name: QualifiedName) -> Self {
        ColumnType {
            kind: TypeKind::Enum(name),
            array: false,
        }
    }

    /// A type spelled as `format_type` prints it (extensions' types, domains, `Unsupported`).
    pub fn other(spelling: impl Into<String>) -> Self {
        ColumnType {
            kind: TypeKind::Other(spelling.into()),
            array: false,
        }
    }

    /// The array of this type when `array` is true.
    pub fn into_array(mut self, array: bool) -> Self {
        self.array = array;
        self
    }

    /// Builds a built-in type from `pg_type.typname` (of the element type) and
    /// `pg_attribute.atttypmod`. Returns `None` for type names this module does
    /// not know; the caller then uses [`ColumnType::other`] with `format_type`.
    pub fn from_catalog(typname: &str, typmod: i32) -> Option<Self> {
        let canonical = canonical_builtin(typname)?;
        let args = decode_typmod(canonical, typmod);
        Some(ColumnType::builtin(canonical, args))
    }

    /// The SQL spelling, as PostgreSQL's `format_type` would print it.
    pub fn sql(&self) -> String {
        let base = match &self.kind {
            TypeKind::Builtin { name, args } => builtin_sql(name, args),
            TypeKind::Enum(name) => Style::MESSAGE.qualified(&name.schema, &name.name),
            TypeKind::Other(text) => text.clone(),
        };
        if self.array {
            format!("{base}[]")
        } else {
            base
        }
    }
}

impl std::fmt::Display for ColumnType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.sql())
    }
}

/// Built-in types, by `typname`, with their `format_type` spelling.
const BUILTINS: &[(&str, &str)] = &[
    ("bool", "boolean"),
    ("bpchar", "character"),
    ("bytea", "bytea"),
    ("citext", "citext"),
    ("date", "date"),
    ("float4", "real"),
    ("float8", "double precision"),
    ("inet", "inet"),
    ("int2", "smallint"),
    ("int4", "integer"),
    ("int8", "bigint"),
    ("interval", "interval"),
    ("json", "json"),
    ("jsonb", "jsonb"),
    ("money", "money"),
    ("numeric", "numeric"),
    ("oid", "oid"),
    ("text", "text"),
    ("time", "time without time zone"),
    ("timestamp", "timestamp without time zone"),
    ("timestamptz", "timestamp with time zone"),
    ("timetz", "time with time zone"),
    ("uuid", "uuid"),
    ("bit", "bit"),
    ("varbit", "bit varying"),
    ("varchar", "character varying"),
    ("xml", "xml"),
];

/// Maps a `typname` (or one of PostgreSQL's SQL-standard spellings) to the
/// canonical `typname`, for built-in types only.
pub fn canonical_builtin(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let alias = match lower.as_str() {
        "boolean" => "bool",
        "character" | "char" => "bpchar",
        "real" => "float4",
        "double precision" => "float8",
        "smallint" => "int2",
        "integer" | "int" => "int4",
        "bigint" => "int8",
        "decimal" => "numeric",
        "character varying" => "varchar",
        "bit varying" => "varbit",
        "timestamp without time zone" => "timestamp",
        "timestamp with time zone" => "timestamptz",
        "time without time zone" => "time",
        "time with time zone" => "timetz",
        other => other,
    };
    BUILTINS
        .iter()
        .find(|(typname, _)| *typname == alias)
        .map(|(typname, _)| *typname)
}

fn decode_typmod(typname: &str, typmod: i32) -> Vec<u32> {
    if typmod < 0 {
        return Vec::new();
    }
    let typmod = typmod as u32;
    match typname {
        // Length types store length + VARHDRSZ.
        "varchar" | "bpchar" => vec![typmod.saturating_sub(4)],
        "bit" | "varbit" => vec![typmod],
        "numeric" => {
            let packed = typmod.saturating_sub(4);
            vec![(packed >> 16) & 0xffff, packed & 0xffff]
        }
        "timestamp" | "timestamptz" | "time" | "timetz" => vec![typmod],
        // interval's typmod packs a field mask with the precision in the low 16 bits.
        "interval" => {
            let precision = typmod & 0xffff;
            if precision == 0xffff {
                Vec::new()
            } else {
                vec![precision]
            }
        }
        _ => Vec::new(),
    }
}

fn builtin_sql(name: &str, args: &[u32]) -> String {
    let spelled = BUILTINS
        .iter()
        .find(|(typname, _)| *typname == name)
        .map(|(_, sql)| *sql)
        .unwrap_or(name);
    if args.is_empty() {
        return spelled.to_string();
    }
    let list = args
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",");
    // PostgreSQL puts the precision of time types before "with(out) time zone".
    match spelled.split_once(" with") {
        Some((head, zone)) if name.starts_with("time") => format!("{head}({list}) with{zone}"),
        _ => format!("{spelled}({list})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_types_spell_like_format_type() {
        let cases = [
            ("varchar", 259, "character varying(255)"),
            ("varchar", -1, "character varying"),
            ("numeric", (65 << 16 | 30) + 4, "numeric(65,30)"),
            ("timestamp", 3, "timestamp(3) without time zone"),
            ("timestamptz", 6, "timestamp(6) with time zone"),
            ("bpchar", 5, "character(1)"),
            ("int4", -1, "integer"),
        ];
        for (typname, typmod, expected) in cases {
            let ty = ColumnType::from_catalog(typname, typmod).unwrap();
            assert_eq!(ty.sql(), expected, "{typname}/{typmod}");
        }
    }

    #[test]
    fn unknown_types_are_not_builtin() {
        assert!(ColumnType::from_catalog("geometry", -1).is_none());
        assert_eq!(canonical_builtin("integer"), Some("int4"));
    }
}
