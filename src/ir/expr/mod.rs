//! A canonical spelling of SQL expressions, so that what PostgreSQL prints back
//! (`pg_get_expr`) and what a user writes (`dbgenerated("…")`) compare equal when
//! they mean the same.
//!
//! The canonical form is produced by parsing with `sqlparser` (PostgreSQL
//! dialect), rewriting the tree, and printing it again:
//!
//! - parentheses the user wrote are dropped; every operator expression that is an
//!   operand of another operator is parenthesized, the top level never is;
//! - `CAST(x AS t)`, `x::t`, `t 'lit'` and `interval 'lit'` all become `x::t`;
//! - type names are canonical `typname`s (`character varying(3)` → `varchar(3)`,
//!   `timestamp without time zone` → `timestamp`, `integer` → `int4`);
//! - unquoted identifiers are folded to lower case, and any identifier is quoted
//!   only when it needs to be; a `pg_catalog.` qualifier is dropped;
//! - numbers lose redundant signs, leading zeros and exponents (`+5` → `5`,
//!   `1.5e3` → `1500`), `E'…'` and `$$…$$` strings become plain `'…'` strings;
//! - `LIKE`/`ILIKE` become PostgreSQL's `~~`/`~~*` operators (as it prints them);
//! - a cast of a string literal is dropped: PostgreSQL prints every constant
//!   with its resolved type (`lower('ABC'::text)`, `to_tsvector('english'::regconfig, …)`)
//!   where the user wrote an untyped literal. A string that is a number cast to a
//!   numeric type becomes that number (kept with its cast when the number's own
//!   type differs: `'5'::bigint` ≡ `5::bigint` → `5::int8`).

use sqlparser::ast::{
    ArrayElemTypeDef, BinaryOperator, CastKind, DataType, Expr, Ident, ObjectName, UnaryOperator,
    Value, ValueWithSpan,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Span, Token};

mod names;
mod numbers;
mod traverse;

pub(crate) use names::canonical_type;
pub(crate) use numbers::{canonical_number, parse_bool};

use names::{canonical_ident, canonical_object_name};
use numbers::natural_type;
use traverse::{map_children, Slot};

/// The canonical spelling of a SQL expression (see the module docs). Text that
/// does not parse as one expression is returned trimmed.
pub fn canonical_expression(sql: &str) -> String {
    match parse(sql) {
        Some(expr) => render(simplify(expr)),
        None => sql.trim().to_string(),
    }
}

/// `sql` (canonical) with the schema qualifier dropped from every call into one
/// of `schemas`: the schemas PostgreSQL printed the other side's names relative
/// to, where it writes `uuid_generate_v4()` for what a schema may spell
/// `extensions.uuid_generate_v4()`. Text that does not parse is returned as is.
pub fn without_call_qualifiers(sql: &str, schemas: &[&str]) -> String {
    fn unqualify(expr: Expr, schemas: &[&str]) -> Expr {
        let expr = map_children(expr, &|child, _| unqualify(child, schemas), &|node| node);
        match expr {
            Expr::Function(mut function) => {
                let qualified_in_path = function.name.0.len() == 2
                    && matches!(&function.name.0[0],
                        sqlparser::ast::ObjectNamePart::Identifier(schema)
                            if schemas.contains(&schema.value.as_str()));
                if qualified_in_path {
                    function.name.0.remove(0);
                }
                Expr::Function(function)
            }
            other => other,
        }
    }
    match parse(sql) {
        Some(expr) => render(simplify(unqualify(expr, schemas))),
        None => sql.to_string(),
    }
}

/// Whether a predicate only leaves out rows where one of `columns` is NULL
/// (`a IS NOT NULL AND b IS NOT NULL`): a unique index on those columns with it
/// enforces what one without it does, since NULLs never conflict there.
pub fn only_excludes_nulls(predicate: &str, columns: &[String]) -> bool {
    fn terms(expr: Expr, out: &mut Vec<Expr>) {
        match expr {
            Expr::BinaryOp {
                left,
                op: BinaryOperator::And,
                right,
            } => {
                terms(*left, out);
                terms(*right, out);
            }
            other => out.push(other),
        }
    }
    let Some(expr) = parse(predicate) else {
        return false;
    };
    let mut all = Vec::new();
    terms(simplify(expr), &mut all);
    all.iter().all(|term| match term {
        Expr::IsNotNull(inner) => match inner.as_ref() {
            Expr::Identifier(ident) => columns.contains(&ident.value),
            _ => false,
        },
        _ => false,
    })
}

/// Parses exactly one expression; `None` for anything else.
pub(crate) fn parse(sql: &str) -> Option<Expr> {
    let dialect = PostgreSqlDialect {};
    let mut parser = Parser::new(&dialect).try_with_sql(sql).ok()?;
    let expr = parser.parse_expr().ok()?;
    if parser.peek_token().token != Token::EOF {
        return None;
    }
    Some(expr)
}

/// Prints an already simplified expression in canonical form.
pub(crate) fn render(expr: Expr) -> String {
    parenthesize(drop_literal_casts(expr)).to_string()
}

/// What a canonical type name tells about literals cast to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum TypeClass {
    /// `int2`, `int4`, `int8`, `numeric`, `float4`, `float8`, `oid`.
    Numeric(&'static str),
    Bool,
    Array(Box<TypeClass>),
    Other,
}

/// Classifies a data type that went through [`simplify`].
pub(crate) fn type_class(ty: &DataType) -> TypeClass {
    match ty {
        DataType::Array(
            ArrayElemTypeDef::SquareBracket(inner, _)
            | ArrayElemTypeDef::AngleBracket(inner)
            | ArrayElemTypeDef::Parenthesis(inner),
        ) => TypeClass::Array(Box::new(type_class(inner))),
        DataType::Custom(name, _) => type_class_of_name(&name.to_string()),
        _ => TypeClass::Other,
    }
}

/// Classifies a canonical type name (`int4`, `bool`, `text`, ...).
pub(crate) fn type_class_of_name(name: &str) -> TypeClass {
    match NUMERIC_TYPES.iter().find(|t| **t == name) {
        Some(t) => TypeClass::Numeric(t),
        None if name == "bool" => TypeClass::Bool,
        None => TypeClass::Other,
    }
}

const NUMERIC_TYPES: &[&str] = &["int2", "int4", "int8", "numeric", "float4", "float8", "oid"];

/// Structural normalization: no parentheses, one cast syntax, canonical type
/// names, identifiers and numbers. Literal casts are kept (defaults need them to
/// know what a literal is).
pub(crate) fn simplify(expr: Expr) -> Expr {
    map_children(expr, &|child, _| simplify(child), &simplify_node)
}

/// [`simplify`]'s rewrite of one node whose sub-expressions are already simplified.
fn simplify_node(expr: Expr) -> Expr {
    match expr {
        Expr::Nested(inner) => *inner,
        Expr::Cast {
            expr,
            data_type,
            format: None,
            kind: CastKind::Cast | CastKind::DoubleColon,
        } => cast(*expr, canonical_type(&data_type)),
        Expr::Interval(interval)
            if interval.leading_field.is_none()
                && interval.last_field.is_none()
                && interval.leading_precision.is_none()
                && interval.fractional_seconds_precision.is_none() =>
        {
            cast(*interval.value, custom_type("interval", Vec::new()))
        }
        Expr::TypedString { data_type, value } => cast(
            simplify_node(Expr::Value(value)),
            canonical_type(&data_type),
        ),
        Expr::UnaryOp { op, expr } => fold_sign(op, *expr),
        Expr::Value(v) => Expr::Value(ValueWithSpan {
            value: simplify_value(v.value),
            span: Span::empty(),
        }),
        Expr::Identifier(ident) => Expr::Identifier(canonical_ident(ident)),
        Expr::CompoundIdentifier(parts) => {
            Expr::CompoundIdentifier(parts.into_iter().map(canonical_ident).collect())
        }
        Expr::Function(mut function) => {
            function.name = canonical_object_name(function.name);
            Expr::Function(function)
        }
        // PostgreSQL prints `LIKE` as `~~` and `ILIKE` as `~~*`.
        Expr::Like {
            negated,
            any: false,
            expr,
            pattern,
            escape_char: None,
        } => {
            let op = if negated {
                BinaryOperator::PGNotLikeMatch
            } else {
                BinaryOperator::PGLikeMatch
            };
            binary(expr, op, pattern)
        }
        Expr::ILike {
            negated,
            any: false,
            expr,
            pattern,
            escape_char: None,
        } => {
            let op = if negated {
                BinaryOperator::PGNotILikeMatch
            } else {
                BinaryOperator::PGILikeMatch
            };
            binary(expr, op, pattern)
        }
        // `SOME` is another spelling of `ANY`.
        Expr::AnyOp {
            left,
            compare_op,
            right,
            is_some: _,
        } => Expr::AnyOp {
            left,
            compare_op,
            right,
            is_some: false,
        },
        Expr::Collate { expr, collation } => Expr::Collate {
            expr,
            collation: canonical_object_name(collation),
        },
        Expr::Array(mut array) => {
            array.named = true;
            Expr::Array(array)
        }
        Expr::InList {
            expr,
            list,
            negated,
        } => in_list(*expr, list, negated),
        Expr::Between {
            expr,
            negated,
            low,
            high,
        } => between(*expr, negated, *low, *high),
        other => other,
    }
}

/// PostgreSQL stores `x IN (a, b)` as `x = ANY (ARRAY[a, b])` and `x NOT IN
/// (a, b)` as `x <> ALL (ARRAY[a, b])`.
fn in_list(expr: Expr, list: Vec<Expr>, negated: bool) -> Expr {
    let array = Box::new(Expr::Array(sqlparser::ast::Array {
        elem: list,
        named: true,
    }));
    if negated {
        Expr::AllOp {
            left: Box::new(expr),
            compare_op: BinaryOperator::NotEq,
            right: array,
        }
    } else {
        Expr::AnyOp {
            left: Box::new(expr),
            compare_op: BinaryOperator::Eq,
            right: array,
            is_some: false,
        }
    }
}

/// PostgreSQL stores `x BETWEEN a AND b` as `x >= a AND x <= b`, and `NOT
/// BETWEEN` as `x < a OR x > b`.
fn between(expr: Expr, negated: bool, low: Expr, high: Expr) -> Expr {
    let (low_op, high_op, join) = if negated {
        (BinaryOperator::Lt, BinaryOperator::Gt, BinaryOperator::Or)
    } else {
        (
            BinaryOperator::GtEq,
            BinaryOperator::LtEq,
            BinaryOperator::And,
        )
    };
    binary(
        Box::new(binary(Box::new(expr.clone()), low_op, Box::new(low))),
        join,
        Box::new(binary(Box::new(expr), high_op, Box::new(high))),
    )
}

/// `+5` is `5`, `-5` a negative number; other signs stay operators.
fn fold_sign(op: UnaryOperator, inner: Expr) -> Expr {
    match (op, &inner) {
        (UnaryOperator::Plus, Expr::Value(v)) if matches!(v.value, Value::Number(..)) => inner,
        (UnaryOperator::Minus, Expr::Value(v)) => match &v.value {
            Value::Number(n, _) => match canonical_number(&format!("-{n}")) {
                Some(n) => number(n),
                None => unary(op, inner),
            },
            _ => unary(op, inner),
        },
        _ => unary(op, inner),
    }
}

fn simplify_value(value: Value) -> Value {
    match value {
        Value::Number(n, long) => match canonical_number(&n) {
            Some(n) => Value::Number(n, false),
            None => Value::Number(n, long),
        },
        Value::EscapedStringLiteral(s)
        | Value::NationalStringLiteral(s)
        | Value::UnicodeStringLiteral(s) => Value::SingleQuotedString(s),
        Value::DollarQuotedString(d) => Value::SingleQuotedString(d.value),
        other => other,
    }
}

/// Drops casts of string literals (see the module docs), recursively.
fn drop_literal_casts(expr: Expr) -> Expr {
    map_children(
        expr,
        &|child, _| drop_literal_casts(child),
        &|expr| match expr {
            Expr::Cast {
                kind,
                expr: inner,
                data_type,
                format,
            } => {
                let class = type_class(&data_type);
                match (*inner, class) {
                    (Expr::Value(v), TypeClass::Numeric(target)) => match &v.value {
                        Value::SingleQuotedString(s) | Value::Number(s, _) => {
                            match canonical_number(s.trim()) {
                                Some(n) if natural_type(&n) == target => number(n),
                                Some(n) => cast(number(n), data_type),
                                None if matches!(v.value, Value::SingleQuotedString(_)) => {
                                    Expr::Value(v)
                                }
                                None => cast(Expr::Value(v), data_type),
                            }
                        }
                        Value::Null => Expr::Value(v),
                        _ => cast(Expr::Value(v), data_type),
                    },
                    (Expr::Value(v), TypeClass::Bool) => match &v.value {
                        Value::SingleQuotedString(s) => match parse_bool(s) {
                            Some(b) => Expr::Value(ValueWithSpan {
                                value: Value::Boolean(b),
                                span: Span::empty(),
                            }),
                            None => Expr::Value(v),
                        },
                        Value::Null | Value::Boolean(_) => Expr::Value(v),
                        _ => cast(Expr::Value(v), data_type),
                    },
                    (Expr::Value(v), _)
                        if matches!(v.value, Value::SingleQuotedString(_) | Value::Null) =>
                    {
                        Expr::Value(v)
                    }
                    (inner, _) => Expr::Cast {
                        kind,
                        expr: Box::new(inner),
                        data_type,
                        format,
                    },
                }
            }
            other => other,
        },
    )
}

/// Puts parentheses around every operator expression that is an operand.
fn parenthesize(expr: Expr) -> Expr {
    let child = |child: Expr, slot: Slot| {
        let child = parenthesize(child);
        if slot == Slot::Operand && is_operator(&child) {
            Expr::Nested(Box::new(child))
        } else {
            child
        }
    };
    map_children(expr, &child, &|e| e)
}

fn is_operator(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::BinaryOp { .. }
            | Expr::UnaryOp { .. }
            | Expr::IsNull(_)
            | Expr::IsNotNull(_)
            | Expr::IsTrue(_)
            | Expr::IsNotTrue(_)
            | Expr::IsFalse(_)
            | Expr::IsNotFalse(_)
            | Expr::IsDistinctFrom(..)
            | Expr::IsNotDistinctFrom(..)
            | Expr::InList { .. }
            | Expr::Between { .. }
            | Expr::AnyOp { .. }
            | Expr::AllOp { .. }
            | Expr::AtTimeZone { .. }
            | Expr::Collate { .. }
            | Expr::Like { .. }
            | Expr::ILike { .. }
            | Expr::SimilarTo { .. }
    )
}

fn cast(expr: Expr, data_type: DataType) -> Expr {
    Expr::Cast {
        kind: CastKind::DoubleColon,
        expr: Box::new(expr),
        data_type,
        format: None,
    }
}

fn binary(left: Box<Expr>, op: BinaryOperator, right: Box<Expr>) -> Expr {
    Expr::BinaryOp { left, op, right }
}

fn unary(op: UnaryOperator, expr: Expr) -> Expr {
    Expr::UnaryOp {
        op,
        expr: Box::new(expr),
    }
}

fn number(n: String) -> Expr {
    Expr::Value(ValueWithSpan {
        value: Value::Number(n, false),
        span: Span::empty(),
    })
}

pub(super) fn null() -> Expr {
    Expr::Value(ValueWithSpan {
        value: Value::Null,
        span: Span::empty(),
    })
}

pub(super) fn custom_type(name: &str, args: Vec<String>) -> DataType {
    DataType::Custom(ObjectName::from(vec![Ident::new(name)]), args)
}

#[cfg(test)]
mod tests {
    use super::names::canonical_type_name;
    use super::*;

    fn canon(sql: &str) -> String {
        canonical_expression(sql)
    }

    #[test]
    fn null_exclusions_are_recognized() {
        let columns = vec!["slug".to_string(), "Tenant".to_string()];
        assert!(only_excludes_nulls("(slug IS NOT NULL)", &columns));
        assert!(only_excludes_nulls(
            "((slug IS NOT NULL) AND (\"Tenant\" IS NOT NULL))",
            &columns
        ));
        assert!(!only_excludes_nulls("slug IS NULL", &columns));
        assert!(!only_excludes_nulls("other IS NOT NULL", &columns));
        assert!(!only_excludes_nulls("slug IS NOT NULL OR active", &columns));
        assert!(!only_excludes_nulls("deleted_at IS NULL", &columns));
    }

    #[test]
    fn postgres_rewrites_compare_equal() {
        // (as written, as pg_get_expr prints it)
        let cases = [
            (
                "status IN ('a', 'b')",
                "(status = ANY (ARRAY['a'::text, 'b'::text]))",
            ),
            (
                "status NOT IN ('a', 'b')",
                "(status <> ALL (ARRAY['a'::text, 'b'::text]))",
            ),
            (
                "kind IN ('A', 'B')",
                "(kind = ANY (ARRAY['A'::\"Kind\", 'B'::\"Kind\"]))",
            ),
            ("n BETWEEN 1 AND 10", "((n >= 1) AND (n <= 10))"),
            ("n NOT BETWEEN 1 AND 10", "((n < 1) OR (n > 10))"),
            ("a != b", "(a <> b)"),
            (
                "current_setting('app.tenant')",
                "current_setting('app.tenant'::text)",
            ),
            ("gen_random_uuid()::text", "(gen_random_uuid())::text"),
            ("pg_catalog.lower(name)", "lower(name)"),
        ];
        for (written, stored) in cases {
            assert_eq!(canon(written), canon(stored), "{written}");
        }
        assert_ne!(canon("status IN ('a', 'b')"), canon("status IN ('a', 'c')"));
        assert_ne!(canon("n BETWEEN 1 AND 10"), canon("n BETWEEN 1 AND 11"));
    }

    #[test]
    fn numbers_are_canonical() {
        let cases = [
            ("0", "0"),
            ("-1", "-1"),
            ("+5", "5"),
            ("007", "7"),
            ("1.50", "1.50"),
            (".5", "0.5"),
            ("5.", "5"),
            ("-0", "0"),
            ("1.5e3", "1500"),
            ("1E-2", "0.01"),
            ("1.50e1", "15.0"),
            ("1_000", "1000"),
        ];
        for (input, expected) in cases {
            assert_eq!(
                canonical_number(input).as_deref(),
                Some(expected),
                "{input}"
            );
        }
        for bad in ["", "-", "abc", "1.2.3", "0x1F", "1e", "NaN"] {
            assert_eq!(canonical_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn type_names_are_typnames() {
        let cases = [
            ("CHARACTER VARYING(10)", "varchar", vec!["10"]),
            ("TIMESTAMP(3) WITHOUT TIME ZONE", "timestamp", vec!["3"]),
            ("timestamp with time zone", "timestamptz", vec![]),
            ("double precision", "float8", vec![]),
            ("INT", "int4", vec![]),
            ("NUMERIC(10, 2)", "numeric", vec!["10", "2"]),
            ("\"bit\"", "bit", vec![]),
            ("\"Status\"", "\"Status\"", vec![]),
            ("public.\"DomainColor\"", "public.\"DomainColor\"", vec![]),
            (
                "\"public\".\"DomainColor\"",
                "public.\"DomainColor\"",
                vec![],
            ),
            ("pg_catalog.int4", "int4", vec![]),
            ("regclass", "regclass", vec![]),
            ("vector(3)", "vector", vec!["3"]),
        ];
        for (input, name, args) in cases {
            let (n, a) = canonical_type_name(input);
            assert_eq!(
                (n.as_str(), a),
                (name, args.iter().map(|s| s.to_string()).collect()),
                "{input}"
            );
        }
    }

    #[test]
    fn equivalent_spellings_compare_equal() {
        let pairs = [
            (
                "(CURRENT_DATE + '3 days'::interval)",
                "CURRENT_DATE + interval '3 days'",
            ),
            ("(now() + '7 days'::interval)", "NOW() + INTERVAL '7 days'"),
            (
                "(now() + '7 days'::interval)",
                "now() + CAST('7 days' AS interval)",
            ),
            ("gen_random_uuid()", "GEN_RANDOM_UUID()"),
            ("gen_random_uuid()", "pg_catalog.gen_random_uuid()"),
            ("lower('ABC'::text)", "lower('ABC')"),
            (
                "to_tsvector('english'::regconfig, 'abc'::text)",
                "to_tsvector('english', 'abc')",
            ),
            ("('a'::text || 'b'::text)", "'a' || 'b'"),
            ("(1 + 2)", "1+2"),
            ("((1 + 2) * 3)", "(1 + 2) * 3"),
            ("(+ 5)", "5"),
            ("(x + '-1'::integer)", "x + -1"),
            ("(x + '5'::bigint)", "x + 5::bigint"),
            ("(x + '5'::bigint)", "x + CAST(5 AS int8)"),
            ("(\"Col\" ~~ 'a%'::text)", "\"Col\" LIKE 'a%'"),
            ("(name ~~* 'a%'::text)", "NAME ilike 'a%'"),
            ("(x)::character varying(3)", "x::varchar(3)"),
            ("(x)::timestamp without time zone", "CAST(X AS timestamp)"),
            ("E'it\\'s'", "'it''s'"),
            ("$$abc$$", "'abc'"),
            (
                "(date_trunc('day'::text, now()) + '1 day'::interval)",
                "date_trunc('day', now()) + interval '1 day'",
            ),
        ];
        for (pg, user) in pairs {
            assert_eq!(canon(pg), canon(user), "{pg}  vs  {user}");
        }
    }

    #[test]
    fn different_meanings_stay_different() {
        let pairs = [
            ("(1 + 2) * 3", "1 + 2 * 3"),
            ("x + 5::bigint", "x + 5"),
            ("\"Col\"", "col"),
            ("uuid_generate_v4()", "extensions.uuid_generate_v4()"),
            ("now()", "clock_timestamp()"),
            ("1.50", "1.5"),
            ("'1'::numeric", "1"),
        ];
        for (a, b) in pairs {
            assert_ne!(canon(a), canon(b), "{a}  vs  {b}");
        }
    }

    #[test]
    fn canonical_spellings() {
        let cases = [
            (
                "(CURRENT_DATE + '3 days'::interval)",
                "current_date + '3 days'",
            ),
            ("(now() + '7 days'::interval)", "now() + '7 days'"),
            (
                "extensions.uuid_generate_v4()",
                "extensions.uuid_generate_v4()",
            ),
            ("lower((email)::text)", "lower(email::text)"),
            ("  gen_random_uuid( )  ", "gen_random_uuid()"),
        ];
        for (input, expected) in cases {
            assert_eq!(canon(input), expected, "{input}");
        }
    }

    #[test]
    fn unparseable_text_is_kept_trimmed() {
        assert_eq!(canon("  not ( valid sql  "), "not ( valid sql");
        assert_eq!(canon(""), "");
        assert_eq!(canon("1 2"), "1 2");
    }
}
