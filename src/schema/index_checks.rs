//! PostgreSQL index rules: which operator classes go with which index type and
//! column type (GiST, GIN, SP-GiST, BRIN), and SP-GiST's single column.

use super::{Field, FieldType, IndexDef, IndexType, Model, OperatorClass, ScalarType};
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics};

/// A named BRIN operator class: the native types it serves and, when a field
/// without `@db.*` may use it, that field's scalar type.
struct BrinClass {
    prefix: &'static str,
    natives: &'static [&'static str],
    scalar: Option<ScalarType>,
}

const BRIN_CLASSES: &[BrinClass] = &[
    BrinClass {
        prefix: "BitMinMax",
        natives: &["Bit"],
        scalar: None,
    },
    BrinClass {
        prefix: "VarBitMinMax",
        natives: &["VarBit"],
        scalar: None,
    },
    BrinClass {
        prefix: "Bpchar",
        natives: &["Char"],
        scalar: None,
    },
    BrinClass {
        prefix: "Bytea",
        natives: &["ByteA"],
        scalar: Some(ScalarType::Bytes),
    },
    BrinClass {
        prefix: "Date",
        natives: &["Date"],
        scalar: None,
    },
    BrinClass {
        prefix: "Float4",
        natives: &["Real"],
        scalar: None,
    },
    BrinClass {
        prefix: "Float8",
        natives: &["DoublePrecision"],
        scalar: Some(ScalarType::Float),
    },
    BrinClass {
        prefix: "Inet",
        natives: &["Inet"],
        scalar: None,
    },
    BrinClass {
        prefix: "Int2",
        natives: &["SmallInt"],
        scalar: None,
    },
    BrinClass {
        prefix: "Int4",
        natives: &["Integer"],
        scalar: Some(ScalarType::Int),
    },
    BrinClass {
        prefix: "Int8",
        natives: &["BigInt"],
        scalar: Some(ScalarType::BigInt),
    },
    BrinClass {
        prefix: "Numeric",
        natives: &["Decimal"],
        scalar: Some(ScalarType::Decimal),
    },
    BrinClass {
        prefix: "Oid",
        natives: &["Oid"],
        scalar: None,
    },
    BrinClass {
        prefix: "Text",
        natives: &["Text", "VarChar"],
        scalar: Some(ScalarType::String),
    },
    BrinClass {
        prefix: "TimestampTz",
        natives: &["Timestamptz"],
        scalar: None,
    },
    BrinClass {
        prefix: "Timestamp",
        natives: &["Timestamp"],
        scalar: Some(ScalarType::DateTime),
    },
    BrinClass {
        prefix: "TimeTz",
        natives: &["Timetz"],
        scalar: None,
    },
    BrinClass {
        prefix: "Time",
        natives: &["Time"],
        scalar: None,
    },
    BrinClass {
        prefix: "Uuid",
        natives: &["Uuid"],
        scalar: None,
    },
];

const BRIN_SUFFIXES: &[&str] = &["BloomOps", "MinMaxMultiOps", "MinMaxOps", "InclusionOps"];

fn brin_class(name: &str) -> Option<&'static BrinClass> {
    BRIN_SUFFIXES.iter().find_map(|suffix| {
        let prefix = name.strip_suffix(suffix)?;
        // `BitMinMaxOps` and `VarBitMinMaxOps` keep "MinMax" in their prefix.
        BRIN_CLASSES
            .iter()
            .find(|c| c.prefix == prefix || c.prefix == format!("{prefix}MinMax"))
    })
}

fn algorithm_name(index_type: IndexType) -> &'static str {
    match index_type {
        IndexType::BTree => "BTree",
        IndexType::Hash => "Hash",
        IndexType::Gist => "Gist",
        IndexType::Gin => "Gin",
        IndexType::SpGist => "SpGist",
        IndexType::Brin => "Brin",
    }
}

/// Index types a named operator class may be used with.
fn supports(opclass: &str, index_type: IndexType) -> bool {
    match opclass {
        "InetOps" => matches!(index_type, IndexType::Gist | IndexType::SpGist),
        "TextOps" => index_type == IndexType::SpGist,
        "ArrayOps" | "JsonbOps" | "JsonbPathOps" => index_type == IndexType::Gin,
        other => index_type == IndexType::Brin && brin_class(other).is_some(),
    }
}

/// Whether an index type can take a field of this type with no operator class
/// and no native type. `Unsupported("…")` fields are the user's responsibility.
fn supports_field_type(index_type: IndexType, field: &Field) -> bool {
    if matches!(field.field_type, FieldType::Unsupported(_)) {
        return true;
    }
    let scalar = field.scalar_type();
    match index_type {
        IndexType::BTree | IndexType::Hash => true,
        IndexType::Gist | IndexType::SpGist => scalar == Some(ScalarType::String),
        IndexType::Gin => scalar == Some(ScalarType::Json) || field.is_list(),
        IndexType::Brin => matches!(
            scalar,
            Some(
                ScalarType::String
                    | ScalarType::Bytes
                    | ScalarType::DateTime
                    | ScalarType::Float
                    | ScalarType::Int
                    | ScalarType::BigInt
                    | ScalarType::Decimal
            )
        ),
    }
}

/// Reports every problem of a PostgreSQL `@@index` with its index type and
/// operator classes.
pub(super) fn check(model: &Model, index: &IndexDef, diagnostics: &mut Diagnostics) {
    let algo = index.index_type.unwrap_or(IndexType::BTree);
    let error = |message: String| {
        Diagnostic::attribute_error(DiagnosticCode::InvalidIndex, index.span, "@@index", message)
    };
    if algo == IndexType::SpGist && index.fields.len() > 1 {
        diagnostics.push(error(
            "SpGist does not support multi-column indices.".into(),
        ));
        return;
    }
    for index_field in &index.fields {
        let field = model.field(index_field.field);
        let opclass = match &index_field.operator_class {
            // Raw classes are the user's responsibility.
            Some(OperatorClass::Raw(_)) => continue,
            Some(OperatorClass::Named(name)) => Some(name.as_str()),
            None => None,
        };
        if let Some(op) = opclass {
            if !supports(op, algo) {
                diagnostics.push(error(format!(
                    "The given operator class `{op}` is not supported with the `{}` index type.",
                    algorithm_name(algo)
                )));
                continue;
            }
        }
        if let Some(message) = field_problem(algo, field, opclass) {
            diagnostics.push(error(message));
        }
    }
}

/// What is wrong, if anything, with indexing `field` (with operator class
/// `opclass`) by an index of type `algo`.
fn field_problem(algo: IndexType, field: &Field, opclass: Option<&str>) -> Option<String> {
    let native = field.native_type.as_ref().map(|n| n.name.as_str());
    let scalar = field.scalar_type();
    let name = &field.name;
    let not_of = |op: &str, ty: &str| {
        format!("The given operator class `{op}` points to the field `{name}` that is not of {ty} type.")
    };
    // What is wrong, if anything, with this (native type, operator class) pair.
    let generic = |native: Option<&str>, op: Option<&str>| -> Option<String> {
        match (native, op) {
            (Some(n), Some(op)) => Some(format!("The given operator class `{op}` does not support native type `{n}` of field `{name}`.")),
            (Some(n), None) => Some(format!("The {} index field type `{n}` has no default operator class.", algorithm_name(algo))),
            (None, Some(op)) => Some(format!("The given operator class `{op}` expects the field `{name}` to define a valid native type.")),
            // Neither given: only the field's type can be wrong.
            (None, None) => (!supports_field_type(algo, field)).then(|| {
                format!("The {} index type does not support the type of the field `{name}`.", algorithm_name(algo))
            }),
        }
    };
    match algo {
            IndexType::BTree | IndexType::Hash => None,
            IndexType::Gist => match (native, opclass) {
                (Some("Inet"), Some("InetOps")) => None,
                _ => generic(native, opclass),
            },
            IndexType::Gin => match (native, opclass) {
                (None, None) if scalar == Some(ScalarType::Json) => None,
                (_, None) if field.is_list() => None,
                (Some("JsonB"), Some("JsonbOps" | "JsonbPathOps") | None) => None,
                (None, Some(op @ ("JsonbOps" | "JsonbPathOps"))) => {
                    (scalar != Some(ScalarType::Json)).then(|| not_of(op, "Json"))
                }
                (_, Some("ArrayOps")) => (!field.is_list()).then(|| {
                    format!("The given operator class `ArrayOps` expects the type of field `{name}` to be an array.")
                }),
                _ => generic(native, opclass),
            },
            IndexType::SpGist => match (native, opclass) {
                (Some("Inet"), Some("InetOps") | None) => None,
                (None, None) if scalar == Some(ScalarType::String) => None,
                (None, Some(op @ "TextOps")) => {
                    (scalar != Some(ScalarType::String)).then(|| not_of(op, "String"))
                }
                (Some("Text" | "VarChar" | "Char"), Some("TextOps") | None) => None,
                _ => generic(native, opclass),
            },
            IndexType::Brin => match (native, opclass) {
                (Some(n), None) => {
                    let has_default = BRIN_CLASSES.iter().any(|c| c.natives.contains(&n));
                    if has_default {
                        None
                    } else {
                        generic(native, None)
                    }
                }
                (Some(n), Some(op)) => {
                    let fits = brin_class(op).is_some_and(|c| c.natives.contains(&n));
                    if fits {
                        None
                    } else {
                        generic(native, opclass)
                    }
                }
                (None, None) => generic(None, None),
                (None, Some(op)) => match brin_class(op).and_then(|c| c.scalar) {
                    Some(expected) if scalar == Some(expected) => None,
                    Some(expected) => Some(not_of(op, expected.name())),
                    None => generic(None, opclass),
                },
            },
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::SourceMap;
    use crate::schema::parse_schema;

    fn index_errors(fields: &str, indexes: &str) -> Vec<String> {
        let text = format!(
            "datasource db {{\n  provider = \"postgresql\"\n  url = env(\"DB\")\n}}\nmodel A {{\n  id Int @id\n{fields}\n{indexes}\n}}\n"
        );
        let mut sources = SourceMap::new();
        sources.add("schema.prisma", text);
        let parsed = parse_schema(sources);
        parsed
            .diagnostics
            .errors()
            .map(|d| d.message.clone())
            .collect()
    }

    #[test]
    fn unsupported_fields_fit_every_index_type() {
        let errors = index_errors(
            "  a Unsupported(\"tsvector\")\n  b Unsupported(\"box\")\n  c Unsupported(\"point\")\n  d Unsupported(\"int4range\")",
            "  @@index([a], type: Gin)\n  @@index([b], type: Gist)\n  @@index([c], type: SpGist)\n  @@index([d], type: Brin)",
        );
        assert_eq!(errors, Vec::<String>::new());
    }

    #[test]
    fn plain_strings_fit_gist_and_spgist_but_booleans_do_not_fit_brin() {
        let errors = index_errors(
            "  s String\n  f Boolean",
            "  @@index([s], type: Gist)\n  @@index([s], type: SpGist, map: \"s2\")\n  @@index([f], type: Brin)",
        );
        assert_eq!(
            errors,
            vec!["Error parsing attribute \"@@index\": The Brin index type does not support the type of the field `f`."]
        );
    }
}
