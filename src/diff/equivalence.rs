//! When two descriptions of the same database object mean the same thing.
//! Every equivalence rule of prisma-drift lives here.

use crate::ir::{
    canonical_expression, without_call_qualifiers, ColumnType, DefaultValue, IndexColumn, IndexKey,
    Literal, TypeKind,
};
use crate::sql::truncate_identifier;

/// Names are equal after PostgreSQL's 63-byte cut (a longer name in the schema
/// is cut by PostgreSQL when the object is created).
pub fn same_name(expected: &str, actual: &str) -> bool {
    truncate_identifier(expected) == truncate_identifier(actual)
}

/// What two names equal by [`same_name`] share (schema, name after the cut), for maps that
/// match thousands of objects.
pub fn name_key<'a>(schema: &'a str, name: &'a str) -> (&'a str, &'a str) {
    (schema, truncate_identifier(name))
}

/// Lists of names (key columns, included columns) equal name by name, after the 63-byte cut.
pub fn same_names(expected: &[String], actual: &[String]) -> bool {
    expected.len() == actual.len() && expected.iter().zip(actual).all(|(e, a)| same_name(e, a))
}

/// Tables equal: the same schema, and names equal after the 63-byte cut.
pub fn same_table(expected: &crate::ir::QualifiedName, actual: &crate::ir::QualifiedName) -> bool {
    expected.schema == actual.schema && same_name(&expected.name, &actual.name)
}

/// Index keys equal: columns by name after the 63-byte cut, expressions as spelled.
fn same_key(expected: &IndexKey, actual: &IndexKey) -> bool {
    match (expected, actual) {
        (IndexKey::Column(e), IndexKey::Column(a)) => same_name(e, a),
        (e, a) => e == a,
    }
}

fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '"')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Index predicates (`WHERE …`): equal when PostgreSQL would store the same
/// expression, as far as the canonical spelling tells (`IN (…)` and
/// `= ANY (ARRAY[…])`, typed literals, parentheses); `printed_path` as for
/// [`same_default`].
pub fn same_predicate(expected: Option<&str>, actual: Option<&str>, printed_path: &[&str]) -> bool {
    match (expected, actual) {
        (Some(e), Some(a)) => {
            let a = squash(&canonical_expression(a));
            squash(&canonical_expression(e)) == a || same_unqualified(e, &a, printed_path)
        }
        (e, a) => e == a,
    }
}

/// Whether the schema's expression, its calls into `printed_path` unqualified,
/// is the database's (`actual`, squashed canonical text).
fn same_unqualified(expected: &str, actual: &str, printed_path: &[&str]) -> bool {
    !printed_path.is_empty() && squash(&without_call_qualifiers(expected, printed_path)) == actual
}

/// Column types: the same built-in with the same modifiers, the same enum,
/// or the same spelling of anything else (`Unsupported("…")` vs `format_type`).
pub fn same_type(expected: &ColumnType, actual: &ColumnType) -> bool {
    if expected.array != actual.array {
        return false;
    }
    match (&expected.kind, &actual.kind) {
        (
            TypeKind::Builtin { name, args },
            TypeKind::Builtin {
                name: actual_name,
                args: actual_args,
            },
        ) => name == actual_name && precision(name, args) == precision(name, actual_args),
        (TypeKind::Enum(_), TypeKind::Enum(_)) => expected.kind == actual.kind,
        // `Unsupported("…")` is free text: compare spellings.
        _ => squash(&expected.sql()) == squash(&actual.sql()),
    }
}

/// A built-in type's modifiers, with the precision PostgreSQL gives the time types when none
/// is written: `timestamp`, `timestamptz`, `time` and `timetz` keep 6 fractional digits
/// then, exactly as with `(6)` (Prisma agrees: `@db.Timestamptz(6)` on a `timestamptz`
/// column is in sync).
fn precision<'a>(name: &str, args: &'a [u32]) -> &'a [u32] {
    const SIX: &[u32] = &[6];
    match (name, args) {
        ("timestamp" | "timestamptz" | "time" | "timetz", []) => SIX,
        _ => args,
    }
}

/// Defaults by meaning. `column_type` is the column's (expected) type, which
/// decides how literals compare (JSON by value, timestamps by instant, numbers
/// by value). `printed_path` lists the schemas beside the introspected ones
/// that the database's expressions were printed relative to: a call the schema
/// qualifies with one of them is the call PostgreSQL printed unqualified.
pub fn same_default(
    expected: Option<&DefaultValue>,
    actual: Option<&DefaultValue>,
    column_type: &ColumnType,
    printed_path: &[&str],
) -> bool {
    match (expected, actual) {
        (Some(DefaultValue::Unspecified), _) => true,
        (None, None) => true,
        (None, Some(_)) | (Some(_), None) => false,
        (Some(e), Some(a)) => same_default_value(e, a, column_type, printed_path),
    }
}

fn same_default_value(
    expected: &DefaultValue,
    actual: &DefaultValue,
    ty: &ColumnType,
    printed_path: &[&str],
) -> bool {
    use DefaultValue::*;
    match (expected, actual) {
        // Serial and identity columns are both "autoincrement"; the sequence
        // name is PostgreSQL's business.
        (Sequence(_) | Identity { .. }, Sequence(_) | Identity { .. }) => true,
        (Now, Now) => true,
        (Literal(e), Literal(a)) => same_literal(e, a, ty),
        (Expression(e), Expression(a)) => {
            let a = squash(a);
            squash(e) == a || same_unqualified(e, &a, printed_path)
        }
        (
            Generated {
                expression: e,
                stored: stored_e,
            },
            Generated {
                expression: a,
                stored: stored_a,
            },
        ) => stored_e == stored_a && squash(e) == squash(a),
        _ => false,
    }
}

fn same_literal(expected: &Literal, actual: &Literal, ty: &ColumnType) -> bool {
    match (expected, actual) {
        (Literal::Array(e), Literal::Array(a)) => {
            e.len() == a.len() && e.iter().zip(a).all(|(x, y)| same_literal(x, y, ty))
        }
        (Literal::Null, Literal::Null) => true,
        (Literal::Bool(e), Literal::Bool(a)) => e == a,
        (Literal::Bool(e), Literal::String(a)) | (Literal::String(a), Literal::Bool(e)) => {
            parse_bool(a) == Some(*e)
        }
        _ => {
            let (Some(e), Some(a)) = (literal_text(expected), literal_text(actual)) else {
                return false;
            };
            if e == a {
                return true;
            }
            match type_class(ty) {
                TypeClass::Json => json_equal(e, a),
                TypeClass::Number => numbers_equal(e, a),
                TypeClass::Bytes => bytea_value(e).is_some_and(|v| bytea_value(a) == Some(v)),
                TypeClass::Timestamp => timestamps_equal(e, a),
                TypeClass::Instant => instant(e).is_some_and(|v| instant(a) == Some(v)),
                TypeClass::WallClock => wall_clock(e).is_some_and(|v| wall_clock(a) == Some(v)),
                TypeClass::Date => timestamp_fields(e).is_some_and(|(date, ..)| {
                    !date.is_empty() && timestamp_fields(a).is_some_and(|f| f.0 == date)
                }),
                TypeClass::Other => false,
            }
        }
    }
}

fn literal_text(literal: &Literal) -> Option<&str> {
    match literal {
        Literal::String(text) | Literal::Number(text) => Some(text),
        _ => None,
    }
}

fn parse_bool(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "t" | "true" | "y" | "yes" | "on" | "1" => Some(true),
        "f" | "false" | "n" | "no" | "off" | "0" => Some(false),
        _ => None,
    }
}

enum TypeClass {
    Json,
    Number,
    Bytes,
    /// `timestamptz`: the same instant, whatever the offset it is written with.
    Instant,
    /// `timestamp`: PostgreSQL drops a literal's offset and keeps the wall clock.
    WallClock,
    /// `date`: the date part.
    Date,
    /// `time`, `timetz`: compared by their fields.
    Timestamp,
    Other,
}

fn type_class(ty: &ColumnType) -> TypeClass {
    match &ty.kind {
        TypeKind::Builtin { name, .. } => match name.as_str() {
            "json" | "jsonb" => TypeClass::Json,
            "int2" | "int4" | "int8" | "float4" | "float8" | "numeric" | "money" | "oid" => {
                TypeClass::Number
            }
            "bytea" => TypeClass::Bytes,
            "timestamptz" => TypeClass::Instant,
            "timestamp" => TypeClass::WallClock,
            "date" => TypeClass::Date,
            "time" | "timetz" => TypeClass::Timestamp,
            _ => TypeClass::Other,
        },
        _ => TypeClass::Other,
    }
}

fn json_equal(expected: &str, actual: &str) -> bool {
    match (
        serde_json::from_str::<serde_json::Value>(expected),
        serde_json::from_str::<serde_json::Value>(actual),
    ) {
        (Ok(e), Ok(a)) => e == a,
        _ => false,
    }
}

/// Decimal strings compared exactly: sign, integer digits and fraction digits
/// without leading or trailing zeros.
fn numbers_equal(expected: &str, actual: &str) -> bool {
    match (canonical_number(expected), canonical_number(actual)) {
        (Some(e), Some(a)) => e == a,
        _ => false,
    }
}

fn canonical_number(text: &str) -> Option<String> {
    let text = text.trim().trim_start_matches('+');
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if int.is_empty() && frac.is_empty()
        || !int.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let zero = int.is_empty() && frac.is_empty();
    Some(format!(
        "{}{}.{}",
        if negative && !zero { "-" } else { "" },
        if int.is_empty() { "0" } else { int },
        frac
    ))
}

/// A `bytea` literal's bytes: hex (`\x6869`, PostgreSQL's default output) or
/// the escape format (`hi`, `\\`, `\150`).
fn bytea_value(text: &str) -> Option<Vec<u8>> {
    if let Some(hex) = text.strip_prefix("\\x") {
        let hex: Vec<u8> = hex.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
        if !hex.len().is_multiple_of(2) {
            return None;
        }
        return hex
            .chunks(2)
            .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
            .collect();
    }
    let mut bytes = Vec::new();
    let mut rest = text.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        if first != b'\\' {
            bytes.push(first);
            rest = tail;
        } else if tail.first() == Some(&b'\\') {
            bytes.push(b'\\');
            rest = &tail[1..];
        } else {
            let octal = std::str::from_utf8(tail.get(..3)?).ok()?;
            bytes.push(u8::from_str_radix(octal, 8).ok()?);
            rest = &tail[3..];
        }
    }
    Some(bytes)
}

/// The date and time of a timestamp literal, and its offset in minutes when it has one.
fn date_time(text: &str) -> Option<(chrono::NaiveDateTime, Option<i32>)> {
    let (date, time, offset) = timestamp_fields(text)?;
    let text = format!("{date} {time}");
    let value = chrono::NaiveDateTime::parse_from_str(&text, "%Y-%m-%d %H:%M:%S%.f")
        .or_else(|_| chrono::NaiveDateTime::parse_from_str(&text, "%Y-%m-%d %H:%M:%S"))
        .ok()?;
    Some((value, offset))
}

/// A `timestamptz` literal as the instant it names, in UTC (no offset: UTC).
fn instant(text: &str) -> Option<chrono::NaiveDateTime> {
    let (value, offset) = date_time(text)?;
    value.checked_sub_signed(chrono::TimeDelta::minutes(i64::from(offset.unwrap_or(0))))
}

/// A `timestamp` literal as PostgreSQL stores it: the wall clock, the offset dropped.
fn wall_clock(text: &str) -> Option<chrono::NaiveDateTime> {
    date_time(text).map(|(value, _)| value)
}

/// Timestamps in any of the spellings Prisma writes (`2020-01-01T00:00:00Z`,
/// `2020-01-01T00:00:00.000+00:00`) and PostgreSQL prints
/// (`2020-01-01 00:00:00`, `2020-01-01 00:00:00+00`) compare by their fields,
/// with a zero offset meaning UTC.
fn timestamps_equal(expected: &str, actual: &str) -> bool {
    match (timestamp_fields(expected), timestamp_fields(actual)) {
        (Some(e), Some(a)) => e == a,
        _ => false,
    }
}

/// (date, time with fraction trimmed, offset in minutes or None).
fn timestamp_fields(text: &str) -> Option<(String, String, Option<i32>)> {
    let text = text.trim();
    let (date, rest) = if text.len() >= 10 && text.as_bytes().get(4) == Some(&b'-') {
        (&text[..10], text[10..].trim_start_matches(['T', 't', ' ']))
    } else {
        ("", text)
    };
    let mut time_end = rest.len();
    let mut offset = None;
    if let Some(stripped) = rest.strip_suffix(['Z', 'z']) {
        time_end = stripped.len();
        offset = Some(0);
    } else if let Some(position) = rest.rfind(['+', '-']).filter(|p| *p > 0) {
        let zone = &rest[position..];
        let sign = if zone.starts_with('-') { -1 } else { 1 };
        let digits: String = zone[1..].chars().filter(char::is_ascii_digit).collect();
        let (hours, minutes) = match digits.len() {
            1 | 2 => (digits.parse::<i32>().ok()?, 0),
            4 => (
                digits[..2].parse::<i32>().ok()?,
                digits[2..].parse::<i32>().ok()?,
            ),
            _ => return None,
        };
        offset = Some(sign * (hours * 60 + minutes));
        time_end = position;
    }
    let time = rest[..time_end].trim();
    let time = match time.split_once('.') {
        Some((whole, fraction)) => {
            let fraction = fraction.trim_end_matches('0');
            if fraction.is_empty() {
                whole.to_string()
            } else {
                format!("{whole}.{fraction}")
            }
        }
        None => time.to_string(),
    };
    let time = if time.is_empty() && !date.is_empty() {
        "00:00:00".to_string()
    } else {
        time
    };
    Some((date.to_string(), time, offset.filter(|o| *o != 0)))
}

/// Operator classes PostgreSQL uses when none is named, per access method and
/// column type: naming one of these is the same as naming none.
pub fn is_default_opclass(opclass: &str, method: &str, column_type: Option<&ColumnType>) -> bool {
    let opclass = opclass.to_ascii_lowercase();
    let Some(ty) = column_type else {
        return false;
    };
    let type_name = match &ty.kind {
        TypeKind::Builtin { name, .. } => name.as_str(),
        TypeKind::Enum(_) => "anyenum",
        TypeKind::Other(name) => name.as_str(),
    };
    match method {
        "gin" => {
            (ty.array && opclass == "array_ops")
                || (type_name == "jsonb" && !ty.array && opclass == "jsonb_ops")
        }
        "spgist" => {
            (matches!(type_name, "text" | "varchar" | "bpchar") && opclass == "text_ops")
                || (type_name == "inet" && opclass == "inet_ops")
        }
        "brin" => {
            let family = match type_name {
                "bpchar" => "bpchar",
                "varchar" | "text" => "text",
                "varbit" => "varbit",
                other => other,
            };
            opclass == format!("{family}_minmax_ops")
                || (family == "inet" && opclass == "inet_inclusion_ops")
        }
        "btree" | "hash" => {
            let family = match type_name {
                "varchar" => "text",
                "int2" | "int4" | "int8" => type_name,
                other => other,
            };
            opclass == format!("{family}_ops")
        }
        _ => false,
    }
}

/// Index key columns equal: same key, sort, nulls order and operator class
/// (a default class counts as none). A nulls order only the database has is
/// not compared: the schema cannot say one (see [`non_default_nulls`]).
pub fn same_index_column(
    expected: &IndexColumn,
    actual: &IndexColumn,
    method: &str,
    column_type: Option<&ColumnType>,
) -> bool {
    let opclass = |c: &IndexColumn| {
        c.opclass
            .as_deref()
            .filter(|o| !is_default_opclass(o, method, column_type))
            .map(str::to_ascii_lowercase)
    };
    let nulls_agree = match non_default_nulls(expected) {
        None => true,
        expected_nulls => expected_nulls == non_default_nulls(actual),
    };
    same_key(&expected.key, &actual.key)
        && expected.sort == actual.sort
        && nulls_agree
        && opclass(expected) == opclass(actual)
}

/// The key's nulls order when it is not its direction's default (NULLS LAST
/// for ASC, NULLS FIRST for DESC).
pub fn non_default_nulls(column: &IndexColumn) -> Option<crate::ir::NullsOrder> {
    use crate::ir::{NullsOrder, SortOrder};
    match (column.sort, column.nulls) {
        (SortOrder::Asc, Some(NullsOrder::Last)) | (SortOrder::Desc, Some(NullsOrder::First)) => {
            None
        }
        (_, other) => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytea_compares_bytes() {
        assert_eq!(bytea_value("\\x6869"), Some(b"hi".to_vec()));
        assert_eq!(bytea_value("hi"), Some(b"hi".to_vec()));
        assert_eq!(bytea_value("a\\\\b\\001"), Some(b"a\\b\x01".to_vec()));
        assert_eq!(bytea_value("\\x686"), None);
    }

    #[test]
    fn timestamptz_compares_instants_timestamp_wall_clocks() {
        let instant_of = |t| instant(t).unwrap();
        assert_eq!(
            instant_of("2024-01-01T12:00:00+02:00"),
            instant_of("2024-01-01 11:00:00+01")
        );
        assert_eq!(
            instant_of("2024-01-01T12:00:00+02:00"),
            instant_of("2024-01-01 10:00:00+00")
        );
        assert_ne!(
            instant_of("2024-01-01T12:00:00+02:00"),
            instant_of("2024-01-01 12:00:00+00")
        );
        assert_eq!(
            wall_clock("2024-01-01T12:00:00+02:00"),
            wall_clock("2024-01-01 12:00:00")
        );
        assert_ne!(
            wall_clock("2024-01-01T12:00:00+02:00"),
            wall_clock("2024-01-01 10:00:00")
        );
        assert_eq!(
            wall_clock("2024-01-01 12:00:00.500"),
            wall_clock("2024-01-01T12:00:00.5Z")
        );
    }

    #[test]
    fn numbers_compare_by_value() {
        assert!(numbers_equal("1.50", "1.5"));
        assert!(numbers_equal("-0", "0"));
        assert!(numbers_equal("007", "7"));
        assert!(!numbers_equal("1", "-1"));
    }

    #[test]
    fn timestamps_compare_across_spellings() {
        assert!(timestamps_equal(
            "2020-01-01T00:00:00Z",
            "2020-01-01 00:00:00"
        ));
        assert!(timestamps_equal(
            "2020-01-01T00:00:00.000+00:00",
            "2020-01-01 00:00:00+00"
        ));
        assert!(!timestamps_equal(
            "2020-01-01T00:00:00Z",
            "2020-01-02 00:00:00"
        ));
        assert!(timestamps_equal("2024-05-01", "2024-05-01"));
    }

    #[test]
    fn json_compares_by_value() {
        let ty = ColumnType::builtin("jsonb", vec![]);
        assert!(same_literal(
            &Literal::String(r#"{"users": [], "tags": []}"#.into()),
            &Literal::String(r#"{"tags": [], "users": []}"#.into()),
            &ty
        ));
    }

    #[test]
    fn calls_into_extension_schemas_compare_unqualified() {
        let text = ColumnType::builtin("text", vec![]);
        let schema = DefaultValue::Expression("extensions.uuid_generate_v4()".into());
        let database = DefaultValue::Expression("uuid_generate_v4()".into());
        let path = ["extensions"];
        assert!(same_default(Some(&schema), Some(&database), &text, &path));
        assert!(!same_default(Some(&schema), Some(&database), &text, &[]));
        let other = DefaultValue::Expression("uuid_generate_v1()".into());
        assert!(!same_default(Some(&schema), Some(&other), &text, &path));
        // A qualifier naming a schema off the path is meaningful.
        let elsewhere = DefaultValue::Expression("auth.uid()".into());
        let unqualified = DefaultValue::Expression("uid()".into());
        assert!(!same_default(
            Some(&elsewhere),
            Some(&unqualified),
            &text,
            &path
        ));
        assert!(same_predicate(
            Some("extensions.unaccent(name) <> ''"),
            Some("(unaccent(name) <> ''::text)"),
            &path
        ));
        assert!(!same_predicate(
            Some("extensions.unaccent(name) <> ''"),
            Some("(lower(name) <> ''::text)"),
            &path
        ));
    }

    #[test]
    fn long_names_compare_after_the_cut() {
        let long = "x".repeat(70);
        assert!(same_name(&long, &"x".repeat(63)));
        assert!(!same_name("a", "b"));
    }

    #[test]
    fn default_opclasses_equal_none() {
        let jsonb = ColumnType::builtin("jsonb", vec![]);
        assert!(is_default_opclass("jsonb_ops", "gin", Some(&jsonb)));
        assert!(!is_default_opclass("jsonb_path_ops", "gin", Some(&jsonb)));
        let text = ColumnType::builtin("text", vec![]);
        assert!(is_default_opclass("text_ops", "btree", Some(&text)));
        assert!(!is_default_opclass(
            "text_pattern_ops",
            "btree",
            Some(&text)
        ));
    }
}
