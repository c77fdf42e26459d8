//! String literals.

/// `'text'` with quotes doubled, for a server with `standard_conforming_strings`
/// (the default since PostgreSQL 9.1; backslashes are then ordinary characters).
/// Text with control characters is written with Unicode escapes (`U&'a\000Ab'`).
pub fn quote_literal(text: &str) -> String {
    if text.chars().any(char::is_control) {
        return super::ident::unicode_escaped('\'', text);
    }
    format!("'{}'", text.replace('\'', "''"))
}

/// `'a', 'b'`: a list of string literals, as in `CREATE TYPE … AS ENUM (…)`.
pub fn literal_list<S: AsRef<str>>(values: &[S]) -> String {
    values
        .iter()
        .map(|value| quote_literal(value.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_doubled() {
        assert_eq!(quote_literal("it's"), "'it''s'");
        assert_eq!(quote_literal("a\\b"), "'a\\b'");
        assert_eq!(literal_list(&["A", "B'"]), "'A', 'B'''");
    }
}
