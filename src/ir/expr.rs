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
    ArrayElemTypeDef, BinaryOperator, CastKind, DataType, Expr, Function, FunctionArg,
    FunctionArgExpr, FunctionArguments, Ident, ObjectName, ObjectNamePart, UnaryOperator, Value,
    ValueWithSpan,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::{Span, Token};

use super::types::canonical_builtin;
use crate::sql::{is_plain_word, quote_ident};

/// The canonical spelling of a SQL expression (see the module docs). Text that
/// does not parse as one expression is returned trimmed.
pub fn canonical_expression(sql: &str) -> String {
    match parse(sql) {
        Some(expr) => render(simplify(expr)),
        None => sql.trim().to_string(),
    }
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
    match expr {
        Expr::Nested(inner) => simplify(*inner),
        Expr::Cast {
            expr,
            data_type,
            format: None,
            kind: CastKind::Cast | CastKind::DoubleColon,
        } => cast(simplify(*expr), canonical_type(&data_type)),
        Expr::Interval(interval)
            if interval.leading_field.is_none()
                && interval.last_field.is_none()
                && interval.leading_precision.is_none()
                && interval.fractional_seconds_precision.is_none() =>
        {
            cast(
                simplify(*interval.value),
                custom_type("interval", Vec::new()),
            )
        }
        Expr::TypedString { data_type, value } => {
            cast(simplify(Expr::Value(value)), canonical_type(&data_type))
        }
        Expr::UnaryOp { op, expr } => {
            let inner = simplify(*expr);
            match (op, &inner) {
                (UnaryOperator::Plus, Expr::Value(v)) if matches!(v.value, Value::Number(..)) => {
                    inner
                }
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
        Expr::Value(v) => Expr::Value(ValueWithSpan {
            value: simplify_value(v.value),
            span: Span::empty(),
        }),
        Expr::Identifier(ident) => Expr::Identifier(canonical_ident(ident)),
        Expr::CompoundIdentifier(parts) => {
            Expr::CompoundIdentifier(parts.into_iter().map(canonical_ident).collect())
        }
        Expr::Function(function) => Expr::Function(simplify_function(function)),
        Expr::BinaryOp { left, op, right } => Expr::BinaryOp {
            left: Box::new(simplify(*left)),
            op,
            right: Box::new(simplify(*right)),
        },
        Expr::Like {
            negated,
            any: false,
            expr,
            pattern,
            escape_char: None,
        } => Expr::BinaryOp {
            left: Box::new(simplify(*expr)),
            op: if negated {
                BinaryOperator::PGNotLikeMatch
            } else {
                BinaryOperator::PGLikeMatch
            },
            right: Box::new(simplify(*pattern)),
        },
        Expr::ILike {
            negated,
            any: false,
            expr,
            pattern,
            escape_char: None,
        } => Expr::BinaryOp {
            left: Box::new(simplify(*expr)),
            op: if negated {
                BinaryOperator::PGNotILikeMatch
            } else {
                BinaryOperator::PGILikeMatch
            },
            right: Box::new(simplify(*pattern)),
        },
        Expr::IsNull(e) => Expr::IsNull(Box::new(simplify(*e))),
        Expr::IsNotNull(e) => Expr::IsNotNull(Box::new(simplify(*e))),
        Expr::IsTrue(e) => Expr::IsTrue(Box::new(simplify(*e))),
        Expr::IsNotTrue(e) => Expr::IsNotTrue(Box::new(simplify(*e))),
        Expr::IsFalse(e) => Expr::IsFalse(Box::new(simplify(*e))),
        Expr::IsNotFalse(e) => Expr::IsNotFalse(Box::new(simplify(*e))),
        Expr::IsDistinctFrom(a, b) => {
            Expr::IsDistinctFrom(Box::new(simplify(*a)), Box::new(simplify(*b)))
        }
        Expr::IsNotDistinctFrom(a, b) => {
            Expr::IsNotDistinctFrom(Box::new(simplify(*a)), Box::new(simplify(*b)))
        }
        Expr::InList {
            expr,
            list,
            negated,
        } => Expr::InList {
            expr: Box::new(simplify(*expr)),
            list: list.into_iter().map(simplify).collect(),
            negated,
        },
        Expr::Between {
            expr,
            negated,
            low,
            high,
        } => Expr::Between {
            expr: Box::new(simplify(*expr)),
            negated,
            low: Box::new(simplify(*low)),
            high: Box::new(simplify(*high)),
        },
        Expr::AnyOp {
            left,
            compare_op,
            right,
            is_some: _,
        } => Expr::AnyOp {
            left: Box::new(simplify(*left)),
            compare_op,
            right: Box::new(simplify(*right)),
            is_some: false,
        },
        Expr::AllOp {
            left,
            compare_op,
            right,
        } => Expr::AllOp {
            left: Box::new(simplify(*left)),
            compare_op,
            right: Box::new(simplify(*right)),
        },
        Expr::AtTimeZone {
            timestamp,
            time_zone,
        } => Expr::AtTimeZone {
            timestamp: Box::new(simplify(*timestamp)),
            time_zone: Box::new(simplify(*time_zone)),
        },
        Expr::Collate { expr, collation } => Expr::Collate {
            expr: Box::new(simplify(*expr)),
            collation: canonical_object_name(collation),
        },
        Expr::Case {
            case_token,
            end_token,
            operand,
            conditions,
            else_result,
        } => Expr::Case {
            case_token,
            end_token,
            operand: operand.map(|e| Box::new(simplify(*e))),
            conditions: conditions
                .into_iter()
                .map(|mut when| {
                    when.condition = simplify(when.condition);
                    when.result = simplify(when.result);
                    when
                })
                .collect(),
            else_result: else_result.map(|e| Box::new(simplify(*e))),
        },
        Expr::Array(mut array) => {
            array.elem = array.elem.into_iter().map(simplify).collect();
            array.named = true;
            Expr::Array(array)
        }
        Expr::Tuple(items) => Expr::Tuple(items.into_iter().map(simplify).collect()),
        other => other,
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

fn simplify_function(mut function: Function) -> Function {
    function.name = canonical_object_name(function.name);
    if let FunctionArguments::List(list) = &mut function.args {
        for arg in &mut list.args {
            let slot = match arg {
                FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => e,
                FunctionArg::Named {
                    arg: FunctionArgExpr::Expr(e),
                    ..
                } => e,
                FunctionArg::ExprNamed {
                    arg: FunctionArgExpr::Expr(e),
                    ..
                } => e,
                _ => continue,
            };
            *slot = simplify(std::mem::replace(slot, null()));
        }
    }
    function
}

/// Drops casts of string literals (see the module docs), recursively.
fn drop_literal_casts(expr: Expr) -> Expr {
    map_children(expr, &drop_literal_casts, &|expr| match expr {
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
    })
}

/// Puts parentheses around every operator expression that is an operand.
fn parenthesize(expr: Expr) -> Expr {
    fn wrap(e: Expr) -> Expr {
        let e = parenthesize(e);
        if is_operator(&e) {
            Expr::Nested(Box::new(e))
        } else {
            e
        }
    }
    match expr {
        Expr::BinaryOp { left, op, right } => Expr::BinaryOp {
            left: Box::new(wrap(*left)),
            op,
            right: Box::new(wrap(*right)),
        },
        Expr::UnaryOp { op, expr } => unary(op, wrap(*expr)),
        Expr::Cast {
            kind,
            expr,
            data_type,
            format,
        } => Expr::Cast {
            kind,
            expr: Box::new(wrap(*expr)),
            data_type,
            format,
        },
        Expr::IsNull(e) => Expr::IsNull(Box::new(wrap(*e))),
        Expr::IsNotNull(e) => Expr::IsNotNull(Box::new(wrap(*e))),
        Expr::IsTrue(e) => Expr::IsTrue(Box::new(wrap(*e))),
        Expr::IsNotTrue(e) => Expr::IsNotTrue(Box::new(wrap(*e))),
        Expr::IsFalse(e) => Expr::IsFalse(Box::new(wrap(*e))),
        Expr::IsNotFalse(e) => Expr::IsNotFalse(Box::new(wrap(*e))),
        Expr::IsDistinctFrom(a, b) => Expr::IsDistinctFrom(Box::new(wrap(*a)), Box::new(wrap(*b))),
        Expr::IsNotDistinctFrom(a, b) => {
            Expr::IsNotDistinctFrom(Box::new(wrap(*a)), Box::new(wrap(*b)))
        }
        Expr::InList {
            expr,
            list,
            negated,
        } => Expr::InList {
            expr: Box::new(wrap(*expr)),
            list: list.into_iter().map(parenthesize).collect(),
            negated,
        },
        Expr::Between {
            expr,
            negated,
            low,
            high,
        } => Expr::Between {
            expr: Box::new(wrap(*expr)),
            negated,
            low: Box::new(wrap(*low)),
            high: Box::new(wrap(*high)),
        },
        Expr::AnyOp {
            left,
            compare_op,
            right,
            is_some,
        } => Expr::AnyOp {
            left: Box::new(wrap(*left)),
            compare_op,
            right: Box::new(parenthesize(*right)),
            is_some,
        },
        Expr::AllOp {
            left,
            compare_op,
            right,
        } => Expr::AllOp {
            left: Box::new(wrap(*left)),
            compare_op,
            right: Box::new(parenthesize(*right)),
        },
        Expr::AtTimeZone {
            timestamp,
            time_zone,
        } => Expr::AtTimeZone {
            timestamp: Box::new(wrap(*timestamp)),
            time_zone: Box::new(wrap(*time_zone)),
        },
        Expr::Collate { expr, collation } => Expr::Collate {
            expr: Box::new(wrap(*expr)),
            collation,
        },
        other => map_children(other, &parenthesize, &|e| e),
    }
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

/// Applies `child` to the direct sub-expressions this module rewrites, then
/// `node` to the result.
fn map_children(expr: Expr, child: &dyn Fn(Expr) -> Expr, node: &dyn Fn(Expr) -> Expr) -> Expr {
    let b = |e: Box<Expr>| Box::new(child(*e));
    let mapped = match expr {
        Expr::BinaryOp { left, op, right } => Expr::BinaryOp {
            left: b(left),
            op,
            right: b(right),
        },
        Expr::UnaryOp { op, expr } => Expr::UnaryOp { op, expr: b(expr) },
        Expr::Cast {
            kind,
            expr,
            data_type,
            format,
        } => Expr::Cast {
            kind,
            expr: b(expr),
            data_type,
            format,
        },
        Expr::IsNull(e) => Expr::IsNull(b(e)),
        Expr::IsNotNull(e) => Expr::IsNotNull(b(e)),
        Expr::IsTrue(e) => Expr::IsTrue(b(e)),
        Expr::IsNotTrue(e) => Expr::IsNotTrue(b(e)),
        Expr::IsFalse(e) => Expr::IsFalse(b(e)),
        Expr::IsNotFalse(e) => Expr::IsNotFalse(b(e)),
        Expr::IsDistinctFrom(x, y) => Expr::IsDistinctFrom(b(x), b(y)),
        Expr::IsNotDistinctFrom(x, y) => Expr::IsNotDistinctFrom(b(x), b(y)),
        Expr::InList {
            expr,
            list,
            negated,
        } => Expr::InList {
            expr: b(expr),
            list: list.into_iter().map(child).collect(),
            negated,
        },
        Expr::Between {
            expr,
            negated,
            low,
            high,
        } => Expr::Between {
            expr: b(expr),
            negated,
            low: b(low),
            high: b(high),
        },
        Expr::AnyOp {
            left,
            compare_op,
            right,
            is_some,
        } => Expr::AnyOp {
            left: b(left),
            compare_op,
            right: b(right),
            is_some,
        },
        Expr::AllOp {
            left,
            compare_op,
            right,
        } => Expr::AllOp {
            left: b(left),
            compare_op,
            right: b(right),
        },
        Expr::AtTimeZone {
            timestamp,
            time_zone,
        } => Expr::AtTimeZone {
            timestamp: b(timestamp),
            time_zone: b(time_zone),
        },
        Expr::Collate { expr, collation } => Expr::Collate {
            expr: b(expr),
            collation,
        },
        Expr::Nested(e) => Expr::Nested(b(e)),
        Expr::Case {
            case_token,
            end_token,
            operand,
            conditions,
            else_result,
        } => Expr::Case {
            case_token,
            end_token,
            operand: operand.map(b),
            conditions: conditions
                .into_iter()
                .map(|mut when| {
                    when.condition = child(when.condition);
                    when.result = child(when.result);
                    when
                })
                .collect(),
            else_result: else_result.map(b),
        },
        Expr::Array(mut array) => {
            array.elem = array.elem.into_iter().map(child).collect();
            Expr::Array(array)
        }
        Expr::Tuple(items) => Expr::Tuple(items.into_iter().map(child).collect()),
        Expr::Function(mut function) => {
            if let FunctionArguments::List(list) = &mut function.args {
                for arg in &mut list.args {
                    if let FunctionArg::Unnamed(FunctionArgExpr::Expr(e))
                    | FunctionArg::Named {
                        arg: FunctionArgExpr::Expr(e),
                        ..
                    }
                    | FunctionArg::ExprNamed {
                        arg: FunctionArgExpr::Expr(e),
                        ..
                    } = arg
                    {
                        *e = child(std::mem::replace(e, null()));
                    }
                }
            }
            Expr::Function(function)
        }
        other => other,
    };
    node(mapped)
}

fn cast(expr: Expr, data_type: DataType) -> Expr {
    Expr::Cast {
        kind: CastKind::DoubleColon,
        expr: Box::new(expr),
        data_type,
        format: None,
    }
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

fn null() -> Expr {
    Expr::Value(ValueWithSpan {
        value: Value::Null,
        span: Span::empty(),
    })
}

fn custom_type(name: &str, args: Vec<String>) -> DataType {
    DataType::Custom(ObjectName::from(vec![Ident::new(name)]), args)
}

/// Folds an identifier the way PostgreSQL does (unquoted → lower case) and
/// quotes it only when needed.
fn canonical_ident(ident: Ident) -> Ident {
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

fn canonical_object_name(name: ObjectName) -> ObjectName {
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

/// The type PostgreSQL gives a numeric constant written this way.
fn natural_type(n: &str) -> &'static str {
    if n.contains('.') {
        return "numeric";
    }
    if n.parse::<i32>().is_ok() {
        "int4"
    } else if n.parse::<i64>().is_ok() {
        "int8"
    } else {
        "numeric"
    }
}

/// A decimal number without sign noise, leading zeros or exponent, keeping the
/// digits after the point as written (`1.50` stays `1.50`, as `numeric` keeps
/// its scale). `None` when the text is not a plain decimal number.
pub(crate) fn canonical_number(text: &str) -> Option<String> {
    let text = text.trim();
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let rest = rest.replace('_', "");
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (&rest[..at], Some(rest[at + 1..].parse::<i64>().ok()?)),
        None => (rest.as_str(), None),
    };
    let (int_part, frac_part) = match mantissa.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    if !int_part.chars().all(|c| c.is_ascii_digit())
        || !frac_part.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let (mut int_digits, mut frac_digits) = (int_part.to_string(), frac_part.to_string());
    if let Some(exp) = exponent {
        // Guard against absurd exponents blowing up memory.
        if exp.unsigned_abs() > 1000 {
            return None;
        }
        let mut digits = format!("{int_digits}{frac_digits}");
        let mut point = int_digits.len() as i64 + exp;
        if point < 0 {
            digits = format!("{}{digits}", "0".repeat((-point) as usize));
            point = 0;
        }
        let point = point as usize;
        if point > digits.len() {
            digits.push_str(&"0".repeat(point - digits.len()));
        }
        int_digits = digits[..point].to_string();
        frac_digits = digits[point..].to_string();
    }
    let int_digits = int_digits.trim_start_matches('0');
    let int_digits = if int_digits.is_empty() {
        "0"
    } else {
        int_digits
    };
    let mut out = String::new();
    let zero = int_digits == "0" && frac_digits.chars().all(|c| c == '0');
    if negative && !zero {
        out.push('-');
    }
    out.push_str(int_digits);
    if !frac_digits.is_empty() {
        out.push('.');
        out.push_str(&frac_digits);
    }
    Some(out)
}

/// PostgreSQL's spellings of booleans (`boolin`).
pub(crate) fn parse_bool(text: &str) -> Option<bool> {
    match text.trim().to_ascii_lowercase().as_str() {
        "t" | "true" | "y" | "yes" | "on" | "1" => Some(true),
        "f" | "false" | "n" | "no" | "off" | "0" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(sql: &str) -> String {
        canonical_expression(sql)
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
