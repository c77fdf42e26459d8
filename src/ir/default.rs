//! Column defaults in a normalized form, so that a default built from a schema
//! and one read back from PostgreSQL (which rewrites what it stores) can be
//! compared by meaning.

use serde::Serialize;
use sqlparser::ast::{
    Expr, Function, FunctionArg, FunctionArgExpr, FunctionArguments, ObjectNamePart, Value,
};

use super::expr::{self, TypeClass};
use super::types::{ColumnType, TypeKind};

/// A constant value, compared by meaning (`'5'::int4` is the number 5).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Literal {
    /// `NULL`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number as written, without redundant signs or leading zeros.
    Number(String),
    /// A string literal's value (escapes resolved), whatever type it is cast to.
    String(String),
    /// `ARRAY[…]` or `'{…}'`.
    Array(Vec<Literal>),
}

/// A column default, or what stands in for one (identity, generated).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DefaultValue {
    /// A constant.
    Literal(Literal),
    /// `CURRENT_TIMESTAMP`, `now()` and their spellings.
    Now,
    /// `nextval('<sequence>')`: a serial column. The sequence name is unqualified.
    Sequence(String),
    /// `GENERATED … AS IDENTITY`.
    Identity {
        /// `ALWAYS` rather than `BY DEFAULT`.
        always: bool,
    },
    /// `GENERATED ALWAYS AS (…) STORED` or (PostgreSQL 18) `VIRTUAL`: a
    /// generated column, with its expression in canonical spelling.
    /// PostgreSQL keeps it where it keeps defaults, and a column cannot have
    /// both.
    Generated {
        /// The expression, in canonical spelling.
        expression: String,
        /// `STORED` (computed on write) rather than `VIRTUAL` (on read).
        stored: bool,
    },
    /// Any other expression, in a canonical SQL spelling.
    Expression(String),
    /// The schema leaves the default to the database without saying which
    /// (`@default(dbgenerated())`): whatever default the database has matches.
    Unspecified,
}

impl DefaultValue {
    /// Reads a default expression, as `pg_get_expr(adbin, adrelid)` prints it or
    /// as a user writes it in `dbgenerated("…")`, into its normalized form.
    ///
    /// - Literals lose their casts and parentheses: `'x'::text` and
    ///   `'ACTIVE'::"Status"` are `String`, `'-1'::integer` and `-1` are `Number`,
    ///   `NULL::text` is `Null`, `'2020-01-01'::date` is `String`.
    /// - Arrays, whether `ARRAY[…]` or `'{…}'` text, are `Array`. Elements of the
    ///   text form are `Number` only when the cast's element type is numeric
    ///   (`'{1,2}'::int4[]`), `Bool` only when it is `bool`, `Null` when unquoted
    ///   `NULL`, otherwise `String` (so `'{1,2}'::text[]` holds strings). Elements
    ///   of `ARRAY[…]` follow the same rule, with bare numbers always `Number`.
    /// - `now()`, `transaction_timestamp()`, `CURRENT_TIMESTAMP` and
    ///   `CURRENT_TIMESTAMP(p)` are `Now` (all the transaction start time).
    ///   `LOCALTIMESTAMP`, `statement_timestamp()`, `clock_timestamp()` are not.
    /// - `nextval('…')` is `Sequence` with the bare, unquoted sequence name.
    /// - Anything else is an `Expression` in the canonical spelling of
    ///   [`crate::ir::canonical_expression`]; text that does not parse is kept
    ///   trimmed. Never panics.
    pub fn from_sql(expr: &str) -> DefaultValue {
        Self::parse_with(expr, &TypeClass::Other)
    }

    /// Like [`DefaultValue::from_sql`], for a default of a column of type `ty`:
    /// literals without a cast are read as that type would read them, so
    /// `'{}'` on a `text[]` column is `Array([])` and `'5'` on an `int4`
    /// column is `Number("5")`, as PostgreSQL stores them.
    pub fn from_sql_typed(expr: &str, ty: &ColumnType) -> DefaultValue {
        let element = match &ty.kind {
            TypeKind::Builtin { name, .. } => expr::type_class_of_name(name),
            _ => TypeClass::Other,
        };
        let class = if ty.array {
            TypeClass::Array(Box::new(element))
        } else {
            element
        };
        Self::parse_with(expr, &class)
    }

    fn parse_with(expr: &str, class: &TypeClass) -> DefaultValue {
        let trimmed = expr.trim();
        let Some(parsed) = expr::parse(trimmed) else {
            return DefaultValue::Expression(trimmed.to_string());
        };
        let simplified = expr::simplify(parsed);
        if is_now(&simplified) {
            return DefaultValue::Now;
        }
        if let Some(sequence) = sequence_name(&simplified) {
            return DefaultValue::Sequence(sequence);
        }
        if let Some(literal) = literal(&simplified, class) {
            return DefaultValue::Literal(literal);
        }
        DefaultValue::Expression(expr::render(simplified))
    }
}

fn function_name(function: &Function) -> Option<&str> {
    match function.name.0.as_slice() {
        [ObjectNamePart::Identifier(ident)] => Some(ident.value.as_str()),
        _ => None,
    }
}

fn function_args(function: &Function) -> Option<Vec<&Expr>> {
    match &function.args {
        FunctionArguments::None => Some(Vec::new()),
        FunctionArguments::List(list) if list.clauses.is_empty() => list
            .args
            .iter()
            .map(|arg| match arg {
                FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => Some(e),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

fn is_now(expr: &Expr) -> bool {
    let Expr::Function(function) = expr else {
        return false;
    };
    if function.over.is_some() || function.filter.is_some() {
        return false;
    }
    let (Some(name), Some(args)) = (function_name(function), function_args(function)) else {
        return false;
    };
    match name {
        "now" | "transaction_timestamp" => {
            args.is_empty() && matches!(function.args, FunctionArguments::List(_))
        }
        // CURRENT_TIMESTAMP(p) only rounds to a precision.
        "current_timestamp" => match args.as_slice() {
            [] => true,
            [Expr::Value(v)] => matches!(v.value, Value::Number(..)),
            _ => false,
        },
        _ => false,
    }
}

fn sequence_name(expr: &Expr) -> Option<String> {
    let Expr::Function(function) = expr else {
        return None;
    };
    if function_name(function)? != "nextval" {
        return None;
    }
    let args = function_args(function)?;
    let [arg] = args.as_slice() else {
        return None;
    };
    // `'"T_id_seq"'::regclass`, or older `('"T_id_seq"'::text)::regclass`.
    let mut arg: &Expr = arg;
    while let Expr::Cast { expr, .. } = arg {
        arg = expr;
    }
    let Expr::Value(v) = arg else {
        return None;
    };
    let Value::SingleQuotedString(text) = &v.value else {
        return None;
    };
    last_name_part(text)
}

/// The last part of a possibly qualified, possibly quoted name, as stored:
/// quoted parts keep their case, unquoted ones fold to lower case.
fn last_name_part(text: &str) -> Option<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut chars = text.trim().chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                quoted = true;
                loop {
                    match chars.next()? {
                        '"' if chars.peek() == Some(&'"') => {
                            chars.next();
                            current.push('"');
                        }
                        '"' => break,
                        other => current.push(other),
                    }
                }
            }
            '.' => {
                parts.push(std::mem::take(&mut current));
                quoted = false;
            }
            c if quoted => current.push(c),
            c => current.extend(c.to_lowercase()),
        }
    }
    parts.push(current);
    parts.pop().filter(|p| !p.is_empty())
}

/// A literal, given the type class the context casts it to.
fn literal(expr: &Expr, class: &TypeClass) -> Option<Literal> {
    match expr {
        Expr::Value(v) => match &v.value {
            Value::Null => Some(Literal::Null),
            Value::Boolean(b) => Some(Literal::Bool(*b)),
            Value::Number(n, _) => Some(Literal::Number(
                expr::canonical_number(n).unwrap_or_else(|| n.clone()),
            )),
            Value::SingleQuotedString(s) => Some(string_literal(s, class)),
            _ => None,
        },
        Expr::Cast {
            expr, data_type, ..
        } => literal(expr, &expr::type_class(data_type)),
        Expr::Array(array) => {
            let element = match class {
                TypeClass::Array(element) => element.as_ref(),
                _ => &TypeClass::Other,
            };
            array
                .elem
                .iter()
                .map(|e| literal(e, element))
                .collect::<Option<Vec<_>>>()
                .map(Literal::Array)
        }
        _ => None,
    }
}

fn string_literal(text: &str, class: &TypeClass) -> Literal {
    match class {
        TypeClass::Numeric(_) => match expr::canonical_number(text) {
            Some(n) => Literal::Number(n),
            None => Literal::String(text.to_string()),
        },
        TypeClass::Bool => match expr::parse_bool(text) {
            Some(b) => Literal::Bool(b),
            None => Literal::String(text.to_string()),
        },
        TypeClass::Array(element) => match parse_array_text(text) {
            Some(items) => Literal::Array(
                items
                    .into_iter()
                    .map(|item| array_element(item, element))
                    .collect(),
            ),
            None => Literal::String(text.to_string()),
        },
        TypeClass::Other => Literal::String(text.to_string()),
    }
}

/// One element of PostgreSQL's array text form.
#[derive(Debug, PartialEq)]
enum ArrayItem {
    Null,
    Text(String),
    Nested(Vec<ArrayItem>),
}

fn array_element(item: ArrayItem, class: &TypeClass) -> Literal {
    match item {
        ArrayItem::Null => Literal::Null,
        // Multi-dimensional arrays have the same element type at every level.
        ArrayItem::Nested(items) => Literal::Array(
            items
                .into_iter()
                .map(|item| array_element(item, class))
                .collect(),
        ),
        ArrayItem::Text(text) => string_literal(&text, class),
    }
}

/// Parses `{a,"b c",NULL,{1,2}}` (optionally after a `[1:2]=` bounds
/// decoration). `None` when the text is not an array literal.
fn parse_array_text(text: &str) -> Option<Vec<ArrayItem>> {
    let mut text = text.trim();
    if text.starts_with('[') {
        text = text.split_once('=')?.1.trim_start();
    }
    let mut chars = text.chars().peekable();
    if chars.next()? != '{' {
        return None;
    }
    let items = parse_array_items(&mut chars, 1)?;
    if chars.any(|c| !c.is_whitespace()) {
        return None;
    }
    Some(items)
}

/// PostgreSQL's `MAXDIM`: arrays have at most 6 dimensions.
const MAX_ARRAY_DIMENSIONS: usize = 6;

/// Parses items up to and including the closing `}`.
fn parse_array_items(
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
    depth: usize,
) -> Option<Vec<ArrayItem>> {
    if depth > MAX_ARRAY_DIMENSIONS {
        return None;
    }
    let mut items = Vec::new();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        match chars.peek()? {
            '}' if items.is_empty() => {
                chars.next();
                return Some(items);
            }
            '{' => {
                chars.next();
                items.push(ArrayItem::Nested(parse_array_items(chars, depth + 1)?));
            }
            '"' => {
                chars.next();
                let mut value = String::new();
                loop {
                    match chars.next()? {
                        '\\' => value.push(chars.next()?),
                        '"' => break,
                        c => value.push(c),
                    }
                }
                items.push(ArrayItem::Text(value));
            }
            _ => {
                let mut value = String::new();
                let mut escaped = false;
                while let Some(&c) = chars.peek() {
                    if c == ',' || c == '}' {
                        break;
                    }
                    chars.next();
                    if c == '\\' {
                        value.push(chars.next()?);
                        escaped = true;
                    } else {
                        value.push(c);
                    }
                }
                let value = value.trim_end().to_string();
                if value.is_empty() {
                    return None;
                }
                if !escaped && value.eq_ignore_ascii_case("null") {
                    items.push(ArrayItem::Null);
                } else {
                    items.push(ArrayItem::Text(value));
                }
            }
        }
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        match chars.next()? {
            ',' => continue,
            '}' => return Some(items),
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Literal {
        Literal::String(v.to_string())
    }
    fn n(v: &str) -> Literal {
        Literal::Number(v.to_string())
    }
    fn lit(l: Literal) -> DefaultValue {
        DefaultValue::Literal(l)
    }
    fn expr(e: &str) -> DefaultValue {
        DefaultValue::Expression(e.to_string())
    }

    /// Spellings PostgreSQL 15 prints with `pg_get_expr`, next to how they were
    /// written (Prisma's SQL, migrations, `dbgenerated`).
    #[test]
    fn literals() {
        let cases = [
            ("'x'::text", lit(s("x"))),
            ("'x'", lit(s("x"))),
            ("'ACTIVE'::\"Status\"", lit(s("ACTIVE"))),
            ("'Day'::public.\"MetricTimeframe\"", lit(s("Day"))),
            ("'x'::character varying", lit(s("x"))),
            ("E''", lit(s(""))),
            ("E'it\\'s\\n'", lit(s("it's\n"))),
            ("'it''s\n'::text", lit(s("it's\n"))),
            ("0", lit(n("0"))),
            ("-1", lit(n("-1"))),
            ("'-1'::integer", lit(n("-1"))),
            ("(+ 5)", lit(n("5"))),
            ("1.50", lit(n("1.50"))),
            ("2.00", lit(n("2.00"))),
            ("'-1500'::numeric", lit(n("-1500"))),
            ("-1.5e3", lit(n("-1500"))),
            ("'12345678901234'::bigint", lit(n("12345678901234"))),
            ("33554431", lit(n("33554431"))),
            ("'NaN'::numeric", lit(s("NaN"))),
            ("true", lit(Literal::Bool(true))),
            ("FALSE", lit(Literal::Bool(false))),
            ("'t'::boolean", lit(Literal::Bool(true))),
            ("NULL", lit(Literal::Null)),
            ("NULL::text", lit(Literal::Null)),
            ("'{\"a\": 1}'::jsonb", lit(s("{\"a\": 1}"))),
            ("'{}'::jsonb", lit(s("{}"))),
            ("'[]'", lit(s("[]"))),
            (
                "'2020-01-01 00:00:00'::timestamp without time zone",
                lit(s("2020-01-01 00:00:00")),
            ),
            (
                "'1970-01-01 00:00:00+00'::timestamp with time zone",
                lit(s("1970-01-01 00:00:00+00")),
            ),
            ("'1 day'::interval", lit(s("1 day"))),
            ("interval '1 day'", lit(s("1 day"))),
            ("DATE '2020-01-01'", lit(s("2020-01-01"))),
            ("'101'::\"bit\"", lit(s("101"))),
            ("'\\x00'::bytea", lit(s("\\x00"))),
            ("(('x'::text))", lit(s("x"))),
            ("CAST('x' AS text)", lit(s("x"))),
        ];
        for (input, expected) in cases {
            assert_eq!(DefaultValue::from_sql(input), expected, "{input}");
        }
    }

    #[test]
    fn arrays() {
        let empty = lit(Literal::Array(vec![]));
        let ab = lit(Literal::Array(vec![s("a"), s("b")]));
        let cases = [
            ("'{}'::text[]", empty.clone()),
            ("ARRAY[]::text[]", empty.clone()),
            ("ARRAY[]::TEXT[]", empty.clone()),
            ("ARRAY [] :: TEXT []", empty.clone()),
            ("ARRAY[]::jsonb[]", empty.clone()),
            ("ARRAY[]::\"ModelType\"[]", empty.clone()),
            ("ARRAY[]::INTEGER[]", empty.clone()),
            ("'{}'::integer[]", empty),
            ("ARRAY['a'::text, 'b'::text]", ab.clone()),
            ("ARRAY['a', 'b']::text[]", ab.clone()),
            ("'{a,b}'::text[]", ab.clone()),
            ("'{ a , b }'::text[]", ab.clone()),
            ("'{\"a\",\"b\"}'::text[]", ab),
            (
                "'{a,b,\"c d\"}'::text[]",
                lit(Literal::Array(vec![s("a"), s("b"), s("c d")])),
            ),
            (
                "'{NULL,\"NULL\",\"\",\"x\\\"y\"}'::text[]",
                lit(Literal::Array(vec![Literal::Null, s("NULL"), s(""), s("x\"y")])),
            ),
            (
                "'{authorization_code,refresh_token}'::text[]",
                lit(Literal::Array(vec![
                    s("authorization_code"),
                    s("refresh_token"),
                ])),
            ),
            (
                "ARRAY['authorization_code', 'refresh_token']::TEXT[]",
                lit(Literal::Array(vec![
                    s("authorization_code"),
                    s("refresh_token"),
                ])),
            ),
            ("'{1,2}'::integer[]", lit(Literal::Array(vec![n("1"), n("2")]))),
            ("ARRAY[1, 2]", lit(Literal::Array(vec![n("1"), n("2")]))),
            ("ARRAY['1', '2']::int4[]", lit(Literal::Array(vec![n("1"), n("2")]))),
            // Text arrays keep digits as strings.
            ("'{1,2}'::text[]", lit(Literal::Array(vec![s("1"), s("2")]))),
            (
                "'{t,f}'::boolean[]",
                lit(Literal::Array(vec![Literal::Bool(true), Literal::Bool(false)])),
            ),
            (
                "'{{1,2},{3,4}}'::integer[]",
                lit(Literal::Array(vec![
                    Literal::Array(vec![n("1"), n("2")]),
                    Literal::Array(vec![n("3"), n("4")]),
                ])),
            ),
            ("ARRAY['all'::\"DomainColor\"]", lit(Literal::Array(vec![s("all")]))),
            ("ARRAY['all']::\"DomainColor\"[]", lit(Literal::Array(vec![s("all")]))),
            (
                "ARRAY['all']::\"public\".\"DomainColor\"[]",
                lit(Literal::Array(vec![s("all")])),
            ),
            (
                "ARRAY['STAGING'::\"RuntimeEnvironmentType\", 'PRODUCTION'::\"RuntimeEnvironmentType\"]",
                lit(Literal::Array(vec![s("STAGING"), s("PRODUCTION")])),
            ),
            // Not an array literal: kept as the string it is.
            ("'{a,'::text[]", lit(s("{a,"))),
        ];
        for (input, expected) in cases {
            assert_eq!(DefaultValue::from_sql(input), expected, "{input}");
        }
    }

    #[test]
    fn now_and_sequences() {
        for input in [
            "now()",
            "NOW()",
            "CURRENT_TIMESTAMP",
            "current_timestamp",
            "CURRENT_TIMESTAMP(3)",
            "transaction_timestamp()",
            "pg_catalog.now()",
            "(now())",
        ] {
            assert_eq!(DefaultValue::from_sql(input), DefaultValue::Now, "{input}");
        }
        for input in [
            "LOCALTIMESTAMP",
            "clock_timestamp()",
            "statement_timestamp()",
            "now(1)",
        ] {
            assert_ne!(DefaultValue::from_sql(input), DefaultValue::Now, "{input}");
        }
        let cases = [
            ("nextval('\"Table_id_seq\"'::regclass)", "Table_id_seq"),
            ("nextval('s2.myseq'::regclass)", "myseq"),
            ("nextval('collection_id_seq')", "collection_id_seq"),
            ("nextval('Collection_Id_Seq')", "collection_id_seq"),
            ("nextval(('\"T_id_seq\"'::text)::regclass)", "T_id_seq"),
            ("nextval('\"public\".\"a.b\"'::regclass)", "a.b"),
        ];
        for (input, expected) in cases {
            assert_eq!(
                DefaultValue::from_sql(input),
                DefaultValue::Sequence(expected.to_string()),
                "{input}"
            );
        }
    }

    #[test]
    fn expressions() {
        let cases = [
            ("gen_random_uuid()", "gen_random_uuid()"),
            ("uuid_generate_v4()", "uuid_generate_v4()"),
            (
                "extensions.uuid_generate_v4()",
                "extensions.uuid_generate_v4()",
            ),
            ("CURRENT_DATE", "current_date"),
            ("LOCALTIMESTAMP", "localtimestamp"),
            ("CURRENT_USER", "current_user"),
            (
                "(CURRENT_DATE + '3 days'::interval)",
                "current_date + '3 days'",
            ),
            ("(now() + '7 days'::interval)", "now() + '7 days'"),
            ("(1 + 2)", "1 + 2"),
            ("lower('ABC'::text)", "lower('ABC')"),
            (
                "to_tsvector('english'::regconfig, 'abc'::text)",
                "to_tsvector('english', 'abc')",
            ),
            ("not ( valid", "not ( valid"),
            ("   ", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(DefaultValue::from_sql(input), expr(expected), "{input}");
        }
    }

    /// What PostgreSQL stores and what users write mean the same.
    #[test]
    fn catalog_and_user_spellings_agree() {
        let pairs = [
            (
                "(CURRENT_DATE + '3 days'::interval)",
                "CURRENT_DATE + interval '3 days'",
            ),
            ("(now() + '7 days'::interval)", "now() + INTERVAL '7 days'"),
            (
                "(now() + '7 days'::interval)",
                "NOW() + CAST('7 days' AS INTERVAL)",
            ),
            ("gen_random_uuid()", "GEN_RANDOM_UUID()"),
            ("CURRENT_DATE", "current_date"),
            ("'x'::character varying", "'x'"),
            ("'{}'::text[]", "ARRAY[]::TEXT[]"),
            ("'{}'::text[]", "ARRAY []::text[]"),
            ("ARRAY['a'::text, 'b'::text]", "'{a,b}'::text[]"),
            ("'{1,2}'::integer[]", "ARRAY[1,2]"),
            ("'-1'::integer", "-1"),
            ("'{\"a\": 1}'::jsonb", "'{\"a\": 1}'"),
            (
                "date_trunc('day'::text, (now() + '1 day'::interval))",
                "date_trunc('day', now() + interval '1 day')",
            ),
            ("(x)::character varying(10)", "CAST(x AS VARCHAR(10))"),
            ("((a + b) * c)", "(a+b)*c"),
        ];
        for (pg, user) in pairs {
            assert_eq!(
                DefaultValue::from_sql(pg),
                DefaultValue::from_sql(user),
                "{pg}  vs  {user}"
            );
        }
        assert_ne!(
            DefaultValue::from_sql("(a + b) * c"),
            DefaultValue::from_sql("a + b * c")
        );
    }

    #[test]
    fn column_types_read_uncast_literals() {
        let text_array = ColumnType::builtin("text", vec![]).into_array(true);
        let int = ColumnType::builtin("int4", vec![]);
        let boolean = ColumnType::builtin("bool", vec![]);
        let cases = [
            ("'{}'", &text_array, lit(Literal::Array(vec![]))),
            (
                "'{a,b}'",
                &text_array,
                lit(Literal::Array(vec![s("a"), s("b")])),
            ),
            ("ARRAY['a']", &text_array, lit(Literal::Array(vec![s("a")]))),
            ("'5'", &int, lit(n("5"))),
            ("'t'", &boolean, lit(Literal::Bool(true))),
            // An explicit cast wins over the column type.
            ("'5'::text", &int, lit(s("5"))),
            ("now()", &int, DefaultValue::Now),
        ];
        for (input, ty, expected) in cases {
            assert_eq!(
                DefaultValue::from_sql_typed(input, ty),
                expected,
                "{input} on {ty}"
            );
        }
        assert_eq!(
            DefaultValue::from_sql_typed("'{}'::text[]", &text_array),
            DefaultValue::from_sql_typed("'{}'", &text_array)
        );
    }

    #[test]
    fn odd_input_never_panics() {
        let long = "(".repeat(5000);
        let nested_arrays = format!("'{}'::int[]", "{".repeat(5000));
        for input in [
            "",
            "'",
            "\"",
            "::",
            "ARRAY[",
            "nextval()",
            "nextval(1)",
            "nextval('\"unterminated')",
            "nextval('')",
            "'{\"a'::text[]",
            "'{\\'::text[]",
            "1e999999999",
            "--comment",
            "/* x */ 1",
            long.as_str(),
            nested_arrays.as_str(),
            "SELECT 1",
            "1; DROP TABLE x",
        ] {
            let _ = DefaultValue::from_sql(input);
        }
        assert_eq!(DefaultValue::from_sql("/* x */ 1"), lit(n("1")));
        assert_eq!(
            DefaultValue::from_sql("1; DROP TABLE x"),
            expr("1; DROP TABLE x")
        );
    }
}
