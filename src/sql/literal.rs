//! String literals.

/// `'text'` with quotes doubled, for a server with `standard_conforming_strings`
/// (the default since PostgreSQL 9.1; backslashes are then ordinary characters).
pub fn quote_literal(text: &str) -> String {
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
