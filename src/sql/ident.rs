//! Identifiers: quoted only when PostgreSQL needs it (for messages, where
//! `"User".email` reads like `psql`), or always (for SQL that is run or
//! handed to a user, as Prisma Migrate writes it).

use super::keywords::is_quoted_keyword;

/// Quotes an identifier exactly when PostgreSQL's `quote_ident` would: unless
/// it is a lower-case ASCII word (`[a-z_][a-z0-9_]*`) that is not a keyword.
pub fn quote_ident(name: &str) -> String {
    if needs_quotes(name) {
        quote_ident_always(name)
    } else {
        name.to_string()
    }
}

/// Always quotes an identifier: safe for keywords, mixed case and anything
/// else. A name with control characters (a newline, ESC) is written with
/// Unicode escapes (`U&"a\000Ab"`), so that SQL we print never carries them
/// raw into a terminal or a CI log.
pub fn quote_ident_always(name: &str) -> String {
    if name.chars().any(char::is_control) {
        return unicode_escaped('"', name);
    }
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `U&"…"` / `U&'…'` with every control character as `\XXXX`, backslashes
/// doubled and the quote character doubled.
pub(super) fn unicode_escaped(quote: char, text: &str) -> String {
    let mut out = format!("U&{quote}");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            c if c == quote => {
                out.push(c);
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Whether `name` must be quoted to be read back as itself.
pub fn needs_quotes(name: &str) -> bool {
    !is_plain_word(name) || is_quoted_keyword(name)
}

/// Whether `name` is a lower-case ASCII word (`[a-z_][a-z0-9_]*`), which the
/// lexer reads back unchanged when it is not a keyword.
pub fn is_plain_word(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// How a piece of SQL spells names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Quote every identifier, not only those that need it.
    pub always_quote: bool,
    /// Write `public.` in front of names in the `public` schema.
    pub qualify_public: bool,
}

impl Style {
    /// For messages and reports: quoted when needed, `public` left out.
    pub const MESSAGE: Style = Style {
        always_quote: false,
        qualify_public: false,
    };

    /// For SQL a person reads and pastes into `psql`: quoted when needed, always qualified.
    pub const PSQL: Style = Style {
        always_quote: false,
        qualify_public: true,
    };

    /// For SQL that runs, or that a tool writes for a user: every name quoted and qualified.
    pub const SCRIPT: Style = Style {
        always_quote: true,
        qualify_public: true,
    };

    /// One identifier in this style.
    pub fn ident(self, name: &str) -> String {
        if self.always_quote {
            quote_ident_always(name)
        } else {
            quote_ident(name)
        }
    }

    /// `schema.name` in this style (`name` alone for `public` in messages).
    pub fn qualified(self, schema: &str, name: &str) -> String {
        if schema == "public" && !self.qualify_public {
            self.ident(name)
        } else {
            format!("{}.{}", self.ident(schema), self.ident(name))
        }
    }

    /// `a, b, c`, each name in this style.
    pub fn list<S: AsRef<str>>(self, names: &[S]) -> String {
        names
            .iter()
            .map(|name| self.ident(name.as_ref()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_when_postgresql_needs_it() {
        assert_eq!(quote_ident("email"), "email");
        assert_eq!(quote_ident("_id2"), "_id2");
        assert_eq!(quote_ident("User"), "\"User\"");
        assert_eq!(quote_ident("a\"b"), "\"a\"\"b\"");
        assert_eq!(quote_ident("2fa"), "\"2fa\"");
        assert_eq!(quote_ident(""), "\"\"");
        assert_eq!(quote_ident("naïve"), "\"naïve\"");
        assert_eq!(quote_ident("a$b"), "\"a$b\"");
    }

    #[test]
    fn keywords_are_quoted_like_quote_ident_does() {
        assert_eq!(quote_ident("group"), "\"group\"");
        assert_eq!(quote_ident("user"), "\"user\"");
        assert_eq!(quote_ident("name"), "name");
    }

    #[test]
    fn styles_qualify_and_quote() {
        assert_eq!(Style::MESSAGE.qualified("public", "User"), "\"User\"");
        assert_eq!(Style::MESSAGE.qualified("auth", "users"), "auth.users");
        assert_eq!(
            Style::SCRIPT.qualified("public", "users"),
            "\"public\".\"users\""
        );
        assert_eq!(Style::SCRIPT.list(&["a", "B"]), "\"a\", \"B\"");
        assert_eq!(Style::PSQL.qualified("public", "User"), "public.\"User\"");
    }
}
