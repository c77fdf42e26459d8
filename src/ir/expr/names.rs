//! Canonical names: identifiers folded and quoted like PostgreSQL, `pg_catalog.`
//! dropped, type names as `typname`s with their modifiers.

use sqlparser::ast::{ArrayElemTypeDef, DataType, Ident, ObjectName, ObjectNamePart};

use super::custom_type;
use crate::ir::types::canonical_builtin;
use crate::sql::{is_plain_word, quote_ident};

/// Folds an identifier the way PostgreSQL does (unquoted → lower case) and
/// quotes it only when needed.
pub(super) fn canonical_ident(ident: Ident) -> Ident {
    let value = match ident.quote_style {
        Some(_) => ident.value,
        None => ident.value.to_lowercase(),
    };
    plain_ident(&value)
}

/// An identifier, quoted unless it is a plain lower-case word. Keywords stay
/// unquoted here: sqlparser reads `CURRENT_DATE` and friends as identifiers,
/// and the canonical form prints them as PostgreSQL does.
fn plain_ident(value: &str) -> Ident {
    if is_plain_word(value) {
        Ident::new(value)
    } else {
        Ident::with_quote('"', value)
    }
}

pub(super) fn canonical_object_name(name: ObjectName) -> ObjectName {
    let mut parts: Vec<ObjectNamePart> = name
        .0
        .into_iter()
        .map(|part| match part {
            ObjectNamePart::Identifier(ident) => ObjectNamePart::Identifier(canonical_ident(ident)),
            other => other,
        })
        .collect();
    // pg_catalog is always searched first: a qualifier adds nothing.
    if parts.len() > 1 {
        if let Some(ObjectNamePart::Identifier(first)) = parts.first() {
            if first.value == "pg_catalog" {
                parts.remove(0);
            }
        }
    }
    ObjectName(parts)
}

/// Canonical type: built-in types by `typname` with their modifiers
/// (`varchar(3)`, `numeric(10,2)`, `timestamptz(3)`), others by their
/// identifier(s) quoted only when needed; arrays as `elem[]`.
pub(crate) fn canonical_type(ty: &DataType) -> DataType {
    if let DataType::Array(
        ArrayElemTypeDef::SquareBracket(inner, _)
        | ArrayElemTypeDef::AngleBracket(inner)
        | ArrayElemTypeDef::Parenthesis(inner),
    ) = ty
    {
        return DataType::Array(ArrayElemTypeDef::SquareBracket(
            Box::new(canonical_type(inner)),
            None,
        ));
    }
    let text = ty.to_string();
    let (name, args) = canonical_type_name(&text);
    custom_type(&name, args)
}

/// Splits a printed type (`TIMESTAMP(3) WITHOUT TIME ZONE`, `public."Status"`)
/// into a canonical name and its modifiers.
pub(crate) fn canonical_type_name(text: &str) -> (String, Vec<String>) {
    // Split into dotted parts, modifiers in parentheses, and words, honouring quotes.
    let mut parts: Vec<(String, bool)> = Vec::new(); // (text, quoted)
    let mut current = String::new();
    let mut current_quoted = false;
    let mut args: Vec<String> = Vec::new();
    let mut chars = text.trim().chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                current_quoted = true;
                while let Some(q) = chars.next() {
                    if q == '"' {
                        if chars.peek() == Some(&'"') {
                            chars.next();
                            current.push('"');
                        } else {
                            break;
                        }
                    } else {
                        current.push(q);
                    }
                }
            }
            '.' => {
                parts.push((std::mem::take(&mut current), current_quoted));
                current_quoted = false;
            }
            '(' => {
                let mut inner = String::new();
                for q in chars.by_ref() {
                    if q == ')' {
                        break;
                    }
                    inner.push(q);
                }
                args.extend(
                    inner
                        .split(',')
                        .map(|a| a.trim().to_string())
                        .filter(|a| !a.is_empty()),
                );
            }
            c if c.is_whitespace() => {
                if !current.is_empty() && !current.ends_with(' ') {
                    current.push(' ');
                }
            }
            c => current.push(if current_quoted {
                c
            } else {
                c.to_ascii_lowercase()
            }),
        }
    }
    let last = current.trim_end().to_string();
    parts.push((last, current_quoted));
    if parts.len() > 1 && !parts[0].1 && parts[0].0 == "pg_catalog" {
        parts.remove(0);
    }
    if parts.len() == 1 {
        let (name, quoted) = &parts[0];
        let builtin = if *quoted {
            canonical_builtin(name).filter(|b| b == name)
        } else {
            canonical_builtin(name)
        };
        if let Some(builtin) = builtin {
            return (builtin.to_string(), args);
        }
        // `timestamp(3) with time zone` leaves `timestamp with time zone` here
        // already; anything else unknown keeps its spelling.
        return (quote_ident(name), args);
    }
    let name = parts
        .iter()
        .map(|(p, _)| quote_ident(p))
        .collect::<Vec<_>>()
        .join(".");
    (name, args)
}
