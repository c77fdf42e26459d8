//! `sql` spells identifiers exactly as the server does: its keyword list and
//! `quote_ident` agree with the server's own `pg_get_keywords()` and
//! `quote_ident()` (on whatever major the tests run against).

mod support;

use prisma_drift::pg::connect;
use prisma_drift::sql::{is_quoted_keyword, quote_ident};

#[tokio::test]
async fn keyword_list_and_quoting_agree_with_the_server() {
    let server = support::test_server();
    let (client, _task) = connect(server.config())
        .await
        .unwrap_or_else(|e| panic!("{}: {e}", server.describe()));
    let rows = client
        .query(
            "SELECT word, catcode::text FROM pg_catalog.pg_get_keywords()",
            &[],
        )
        .await
        .unwrap();
    assert!(
        rows.len() > 400,
        "pg_get_keywords() returned {} rows",
        rows.len()
    );
    let mut names: Vec<String> = Vec::new();
    for row in &rows {
        let word: String = row.get(0);
        let category: String = row.get(1);
        assert_eq!(
            is_quoted_keyword(&word),
            category != "U",
            "keyword {word} (category {category})"
        );
        names.push(word);
    }
    names.extend(
        [
            "User",
            "user_id",
            "_x",
            "2fa",
            "a\"b",
            "naïve",
            "a b",
            "",
            "$x",
            "x$",
            "ID",
            "snake_case1",
        ]
        .map(String::from),
    );
    let server_quoted = client
        .query(
            "SELECT pg_catalog.quote_ident(name) FROM pg_catalog.unnest($1::text[]) AS name",
            &[&names],
        )
        .await
        .unwrap();
    for (name, row) in names.iter().zip(&server_quoted) {
        let expected: String = row.get(0);
        assert_eq!(quote_ident(name), expected, "quote_ident({name:?})");
    }
}

/// Names and strings with control characters are spelled with Unicode escapes,
/// and PostgreSQL reads them back as they were.
#[tokio::test]
async fn control_characters_round_trip_through_unicode_escapes() {
    use prisma_drift::sql::{quote_ident_always, quote_literal};
    let server = support::test_server();
    let (client, _task) = connect(server.config()).await.unwrap();
    for text in [
        "x\n::error file=README.md,line=1::boom",
        "a\u{1b}[31mb",
        "tab\there",
        "back\\slash\"q'",
        "\u{9b}c",
    ] {
        let ident = quote_ident_always(text);
        let literal = quote_literal(text);
        assert!(!ident.chars().any(char::is_control), "{ident:?}");
        assert!(!literal.chars().any(char::is_control), "{literal:?}");
        let row = client
            .query_one(&format!("SELECT {literal} AS {ident}"), &[])
            .await
            .unwrap_or_else(|e| panic!("{ident} / {literal}: {e}"));
        assert_eq!(row.columns()[0].name(), text);
        assert_eq!(row.get::<_, String>(0), text);
    }
}
