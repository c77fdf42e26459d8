//! Cast safety: which type changes keep every value, and which need a
//! `USING` clause because PostgreSQL has no assignment cast for them.

use super::statements::{type_sql, STYLE};
use crate::ir::{ColumnType, TypeKind};

/// Whether converting `from` to `to` keeps every value as it is.
pub(super) fn lossless(from: &ColumnType, to: &ColumnType) -> bool {
    if from.array != to.array {
        return false;
    }
    match (&from.kind, &to.kind) {
        // Any value has a text form.
        (_, TypeKind::Builtin { name, args }) if name == "text" && args.is_empty() => true,
        (TypeKind::Enum(_), TypeKind::Builtin { name, args }) if name == "varchar" => {
            args.is_empty()
        }
        (
            TypeKind::Builtin {
                name: from_name,
                args: from_args,
            },
            TypeKind::Builtin {
                name: to_name,
                args: to_args,
            },
        ) => builtin_lossless(from_name, from_args, to_name, to_args),
        _ => false,
    }
}

/// [`lossless`] between two built-in types, with their modifiers.
fn builtin_lossless(from_name: &str, from_args: &[u32], to_name: &str, to_args: &[u32]) -> bool {
    match (from_name, to_name) {
        ("int2", "int4" | "int8") | ("int4", "int8") | ("float4", "float8") => true,
        ("int2" | "int4" | "int8", "numeric") => to_args.is_empty(),
        ("jsonb", "json") => true,
        ("varchar", "varchar") | ("bpchar", "bpchar") | ("bit", "varbit") => {
            to_args.is_empty() || (to_args.first() >= from_args.first() && !from_args.is_empty())
        }
        ("varbit", "varbit") => {
            to_args.is_empty() || (to_args.first() >= from_args.first() && !from_args.is_empty())
        }
        ("numeric", "numeric") => match (from_args, to_args) {
            (_, []) => true,
            ([p, s], [p2, s2]) => s2 >= s && p2 - s2.min(p2) >= p - s.min(p),
            _ => false,
        },
        ("timestamp", "timestamp")
        | ("timestamptz", "timestamptz")
        | ("time", "time")
        | ("timetz", "timetz")
        | ("interval", "interval") => match (from_args.first(), to_args.first()) {
            (_, None) => true,
            (Some(a), Some(b)) => b >= a,
            (None, Some(b)) => *b >= 6,
        },
        _ => false,
    }
}

/// `USING …` for a type change, when PostgreSQL needs one (no assignment
/// cast): to an enum through text, between scalar and array by wrapping or
/// taking the first element, otherwise an explicit cast when the base type
/// changes. Modifier changes (lengths, precisions) need none.
pub(super) fn using_clause(column: &str, from: &ColumnType, to: &ColumnType) -> Option<String> {
    let col = STYLE.ident(column);
    let target = type_sql(to);
    match (from.array, to.array) {
        (false, true) => return Some(format!("ARRAY[{col}]::{target}")),
        (true, false) => {
            return Some(match &to.kind {
                TypeKind::Enum(_) => format!("{col}[1]::text::{target}"),
                _ => format!("{col}[1]::{target}"),
            })
        }
        _ => {}
    }
    let text = if to.array { "text[]" } else { "text" };
    match (&from.kind, &to.kind) {
        (_, TypeKind::Enum(_)) => Some(format!("{col}::{text}::{target}")),
        (_, TypeKind::Builtin { name, .. })
            if matches!(name.as_str(), "text" | "varchar" | "bpchar") =>
        {
            None
        }
        (TypeKind::Builtin { name: a, .. }, TypeKind::Builtin { name: b, .. })
            if a == b || ASSIGNMENT_CASTS.contains(&(a.as_str(), b.as_str())) =>
        {
            None
        }
        _ => Some(format!("{col}::{target}")),
    }
}

/// Built-in conversions PostgreSQL makes without `USING` (implicit and
/// assignment casts of `pg_cast`); conversions to text types always are.
const ASSIGNMENT_CASTS: &[(&str, &str)] = &[
    ("bit", "varbit"),
    ("varbit", "bit"),
    ("date", "timestamp"),
    ("date", "timestamptz"),
    ("float4", "float8"),
    ("float4", "int2"),
    ("float4", "int4"),
    ("float4", "int8"),
    ("float4", "numeric"),
    ("float8", "float4"),
    ("float8", "int2"),
    ("float8", "int4"),
    ("float8", "int8"),
    ("float8", "numeric"),
    ("int2", "float4"),
    ("int2", "float8"),
    ("int2", "int4"),
    ("int2", "int8"),
    ("int2", "numeric"),
    ("int4", "float4"),
    ("int4", "float8"),
    ("int4", "int2"),
    ("int4", "int8"),
    ("int4", "money"),
    ("int4", "numeric"),
    ("int8", "float4"),
    ("int8", "float8"),
    ("int8", "int2"),
    ("int8", "int4"),
    ("int8", "money"),
    ("int8", "numeric"),
    ("interval", "time"),
    ("json", "jsonb"),
    ("jsonb", "json"),
    ("money", "numeric"),
    ("numeric", "float4"),
    ("numeric", "float8"),
    ("numeric", "int2"),
    ("numeric", "int4"),
    ("numeric", "int8"),
    ("numeric", "money"),
    ("time", "interval"),
    ("time", "timetz"),
    ("timestamp", "date"),
    ("timestamp", "time"),
    ("timestamp", "timestamptz"),
    ("timestamptz", "date"),
    ("timestamptz", "time"),
    ("timestamptz", "timestamp"),
    ("timestamptz", "timetz"),
    ("timetz", "time"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn text() -> ColumnType {
        ColumnType::builtin("text", vec![])
    }

    fn int() -> ColumnType {
        ColumnType::builtin("int4", vec![])
    }

    #[test]
    fn widening_is_lossless_and_narrowing_is_not() {
        let varchar = |n| ColumnType::builtin("varchar", vec![n]);
        assert!(lossless(&varchar(10), &varchar(20)));
        assert!(!lossless(&varchar(20), &varchar(10)));
        assert!(lossless(&varchar(20), &text()));
        assert!(!lossless(&text(), &varchar(10)));
        assert!(lossless(&int(), &ColumnType::builtin("int8", vec![])));
        assert!(!lossless(&ColumnType::builtin("int8", vec![]), &int()));
        let numeric = |p, s| ColumnType::builtin("numeric", vec![p, s]);
        assert!(lossless(&numeric(10, 2), &numeric(12, 2)));
        assert!(!lossless(&numeric(10, 2), &numeric(10, 3)));
        assert!(!lossless(&text(), &text().into_array(true)));
    }

    #[test]
    fn using_only_without_an_assignment_cast() {
        let varchar = |n| ColumnType::builtin("varchar", vec![n]);
        assert_eq!(using_clause("a", &varchar(10), &varchar(20)), None);
        assert_eq!(
            using_clause("a", &text(), &int()).as_deref(),
            Some("\"a\"::integer")
        );
        assert_eq!(using_clause("a", &int(), &text()), None);
        assert_eq!(
            using_clause("a", &int(), &ColumnType::builtin("int8", vec![])),
            None
        );
        assert_eq!(
            using_clause("a", &text(), &text().into_array(true)).as_deref(),
            Some("ARRAY[\"a\"]::text[]")
        );
    }
}
