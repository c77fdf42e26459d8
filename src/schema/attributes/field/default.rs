//! `@default(…)`: a constant, or a function (`autoincrement()`, `now()`,
//! `uuid()`, `dbgenerated("…")`, …) that fits the field's type.

use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics};
use crate::schema::attributes::{attribute_error, take_string, Args};
use crate::schema::config::{render_expr, type_mismatch};
use crate::schema::{DefaultDef, DefaultKind, DefaultLiteral, Enum, Field, FieldType, ScalarType};
use crate::syntax::{Attribute, Expr, FunctionCall};

pub(super) fn apply(
    field: &mut Field,
    attribute: &Attribute,
    enums: &[Enum],
    diagnostics: &mut Diagnostics,
) {
    field.default = default_value(field, attribute, enums, diagnostics);
}

fn default_value(
    field: &Field,
    attribute: &Attribute,
    enums: &[Enum],
    diagnostics: &mut Diagnostics,
) -> Option<DefaultDef> {
    let mut args = Args::new(attribute, diagnostics);
    let value = args.require("value", true, diagnostics);
    let map = take_string(&mut args, "map", diagnostics);
    args.finish(diagnostics);
    let value = value?;
    let type_name = type_name(field, enums);
    let arguments = match value {
        Expr::Function(call) => call
            .arguments
            .arguments
            .iter()
            .filter_map(|argument| argument.value.as_ref().map(render_expr))
            .collect::<Vec<_>>()
            .join(", "),
        _ => String::new(),
    };
    let kind = match value {
        Expr::Function(call) => function_default(field, call, attribute, type_name, diagnostics)?,
        _ => DefaultKind::Value(literal_default(
            field,
            value,
            attribute,
            type_name,
            enums,
            diagnostics,
        )?),
    };
    Some(DefaultDef {
        value: kind,
        map,
        arguments,
        span: attribute.span,
    })
}

/// The field's type as messages name it.
fn type_name<'a>(field: &Field, enums: &'a [Enum]) -> &'a str {
    match &field.field_type {
        FieldType::Scalar(s) => s.name(),
        FieldType::Enum(e) => &enums[e.0].name,
        FieldType::Unsupported(_) => "Unsupported",
        FieldType::Composite(_) => "composite type",
        FieldType::Model(_) => "relation",
    }
}

/// `autoincrement()`, `now()`, `uuid()`, …: known, fitting the field's type,
/// and with valid arguments.
fn function_default(
    field: &Field,
    call: &FunctionCall,
    attribute: &Attribute,
    type_name: &str,
    diagnostics: &mut Diagnostics,
) -> Option<DefaultKind> {
    let function = call.name.name.as_str();
    let integer = matches!(
        field.scalar_type(),
        Some(ScalarType::Int | ScalarType::BigInt)
    );
    let allowed = match function {
        "autoincrement" | "sequence" => integer,
        "now" => field.scalar_type() == Some(ScalarType::DateTime),
        "uuid" | "cuid" | "nanoid" | "ulid" => field.scalar_type() == Some(ScalarType::String),
        "dbgenerated" => true,
        "auto" => false,
        _ => {
            diagnostics.push(attribute_error(
                attribute,
                format!("The function `{function}` is not a known function. You can read about the available functions here: https://pris.ly/d/attribute-functions"),
            ));
            return None;
        }
    };
    if !allowed {
        diagnostics.push(attribute_error(
            attribute,
            format!("The function `{function}()` cannot be used on fields of type `{type_name}`."),
        ));
        return None;
    }
    if field.is_list() && function != "dbgenerated" {
        diagnostics.push(attribute_error(
            attribute,
            format!("The function `{function}()` cannot be used on list fields."),
        ));
        return None;
    }
    let first = call
        .arguments
        .arguments
        .first()
        .and_then(|a| a.value.as_ref());
    Some(match function {
        "autoincrement" => DefaultKind::Autoincrement,
        "now" => DefaultKind::Now,
        "uuid" => {
            match first {
                None => {}
                Some(Expr::Number(n, _)) if n == "4" || n == "7" => {}
                Some(other) => {
                    diagnostics.push(attribute_error(
                        attribute,
                        format!(
                            "`uuid()` takes a single Int argument: 4 or 7, not `{}`.",
                            render_expr(other)
                        ),
                    ));
                    return None;
                }
            }
            DefaultKind::Uuid
        }
        "cuid" => DefaultKind::Cuid,
        "nanoid" => DefaultKind::Nanoid,
        "ulid" => DefaultKind::Ulid,
        "sequence" => DefaultKind::Sequence,
        _ => db_generated(first, diagnostics)?,
    })
}

/// `dbgenerated()` or `dbgenerated("expression")`.
fn db_generated(argument: Option<&Expr>, diagnostics: &mut Diagnostics) -> Option<DefaultKind> {
    match argument {
        None => Some(DefaultKind::DbGenerated(None)),
        Some(Expr::String(sql, span)) => {
            if sql.trim().is_empty() {
                diagnostics.push(Diagnostic::attribute_error(
                    DiagnosticCode::InvalidDefault,
                    *span,
                    "@default",
                    "dbgenerated() takes either no argument, or a single nonempty string argument.",
                ));
                return None;
            }
            Some(DefaultKind::DbGenerated(Some(sql.clone())))
        }
        Some(other) => {
            diagnostics.push(type_mismatch("a string", other));
            None
        }
    }
}

/// A constant, or for a list field a list of constants.
fn literal_default(
    field: &Field,
    value: &Expr,
    attribute: &Attribute,
    type_name: &str,
    enums: &[Enum],
    diagnostics: &mut Diagnostics,
) -> Option<DefaultLiteral> {
    if !field.is_list() {
        return literal(field, value, type_name, enums, diagnostics);
    }
    let Expr::Array(items, _) = value else {
        diagnostics.push(attribute_error(
            attribute,
            format!(
                "The default value of a list field must be a list, not `{}`.",
                render_expr(value)
            ),
        ));
        return None;
    };
    let mut list = Vec::new();
    for item in items {
        list.push(literal(field, item, type_name, enums, diagnostics)?);
    }
    Some(DefaultLiteral::List(list))
}

fn literal(
    field: &Field,
    value: &Expr,
    type_name: &str,
    enums: &[Enum],
    diagnostics: &mut Diagnostics,
) -> Option<DefaultLiteral> {
    let mismatch = |diagnostics: &mut Diagnostics, expected: &str| {
        diagnostics.push(type_mismatch(expected, value));
        None
    };
    match &field.field_type {
        FieldType::Enum(id) => {
            let Expr::Constant(name, span) = value else {
                return mismatch(diagnostics, "an enum");
            };
            let def = &enums[id.0];
            if !def.values.iter().any(|v| &v.name == name) {
                diagnostics.error(
                    DiagnosticCode::InvalidDefault,
                    *span,
                    format!("The defined default value `{name}` is not a valid value of the enum specified for the field."),
                );
                return None;
            }
            Some(DefaultLiteral::EnumValue(name.clone()))
        }
        FieldType::Scalar(scalar) => match (scalar, value) {
            (ScalarType::String | ScalarType::Json | ScalarType::Bytes, Expr::String(s, _)) => {
                Some(DefaultLiteral::String(s.clone()))
            }
            (ScalarType::DateTime, Expr::String(s, span)) => {
                if !looks_like_datetime(s) {
                    diagnostics.push(Diagnostic::attribute_error(
                        DiagnosticCode::InvalidDefault,
                        *span,
                        "@default",
                        format_args!(
                            "Parse error: \"{s}\" is not a valid rfc3339 datetime string."
                        ),
                    ));
                    return None;
                }
                Some(DefaultLiteral::String(s.clone()))
            }
            (ScalarType::Int | ScalarType::BigInt, Expr::Number(n, _)) if !n.contains('.') => {
                Some(DefaultLiteral::Number(n.clone()))
            }
            (ScalarType::Float | ScalarType::Decimal, Expr::Number(n, _)) => {
                Some(DefaultLiteral::Number(n.clone()))
            }
            (ScalarType::Decimal, Expr::String(s, _)) if s.parse::<f64>().is_ok() => {
                Some(DefaultLiteral::Number(s.clone()))
            }
            (ScalarType::Boolean, Expr::Constant(c, _)) if c == "true" || c == "false" => {
                Some(DefaultLiteral::Boolean(c == "true"))
            }
            _ => mismatch(diagnostics, &format!("a {type_name}")),
        },
        FieldType::Unsupported(_) => {
            diagnostics.error(
                DiagnosticCode::InvalidDefault,
                value.span(),
                "Only @default(dbgenerated(\"…\")) can be used for Unsupported types.",
            );
            None
        }
        _ => mismatch(diagnostics, "a scalar"),
    }
}

/// RFC 3339 date-time, by shape: `YYYY-MM-DDTHH:MM:SS[.fraction]` then `Z` or
/// `±HH:MM` (`t` or a space may replace `T`). Byte-wise, so non-ASCII text is
/// simply not a date.
fn looks_like_datetime(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let at = |i: usize, allowed: &[u8]| bytes.get(i).is_some_and(|b| allowed.contains(b));
    if !(digits(0..4)
        && at(4, b"-")
        && digits(5..7)
        && at(7, b"-")
        && digits(8..10)
        && at(10, b"Tt ")
        && digits(11..13)
        && at(13, b":")
        && digits(14..16)
        && at(16, b":")
        && digits(17..19))
    {
        return false;
    }
    let mut rest = &bytes[19..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let len = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
        if len == 0 {
            return false;
        }
        rest = &fraction[len..];
    }
    match rest {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => [h1, h2, m1, m2].iter().all(|d| d.is_ascii_digit()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetime_check_accepts_rfc3339_and_survives_non_ascii() {
        assert!(looks_like_datetime("2024-01-31T12:34:56Z"));
        assert!(looks_like_datetime("2024-01-31T12:34:56.789+02:00"));
        assert!(looks_like_datetime("2024-01-31 12:34:56-05:00"));
        assert!(!looks_like_datetime("2024-01-31"));
        assert!(!looks_like_datetime("2024-01-31T12:34:56"));
        assert!(!looks_like_datetime("2024-01-31T12:34:56.Z"));
        assert!(!looks_like_datetime("2024-01-31T12:34:56+0200"));
        // A multi-byte character across byte 19 once made the check slice
        // inside it and panic.
        assert!(!looks_like_datetime("2020-01-01T00:00:0é+00:00"));
        assert!(!looks_like_datetime("2024-01-31T12:34:5😀6.789+02:00"));
    }
}
