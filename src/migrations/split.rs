//! Splits a SQL script into statements the way `psql` does, so that a
//! migration can be replayed statement by statement with `psql -f`
//! semantics: each statement sent on its own (autocommit), which is what lets
//! `CREATE INDEX CONCURRENTLY` or `ALTER TYPE … ADD VALUE` followed by a use of
//! the value work in a script that PostgreSQL would refuse as one implicit
//! transaction.
//!
//! The lexing rules follow psql's own scanner (`psqlscan.l`): a `;` ends a
//! statement unless it is inside
//! - a string: `'…'` (with `''`), `E'…'` (with backslash escapes), `B'…'`,
//!   `X'…'`, `N'…'`, `U&'…'` (with `standard_conforming_strings` on, the
//!   default since PostgreSQL 9.1, only `E'…'` knows backslashes);
//! - a quoted identifier `"…"` (with `""`);
//! - a dollar-quoted string `$tag$…$tag$` (`$1` is a parameter, and `$` inside
//!   an identifier such as `a$b` belongs to it);
//! - a comment: `-- …` to the end of the line, `/* … */` nested;
//! - parentheses;
//! - the `BEGIN … END` body of `CREATE [OR REPLACE] FUNCTION|PROCEDURE …
//!   BEGIN ATOMIC` (psql's heuristic: after such a start, `BEGIN` and — inside
//!   one — `CASE` open a block, `END` closes one).
//!
//! Unlike psql, backslash meta-commands (`\set`, `\i`, …) and `:variable`
//! interpolation are not interpreted: migration scripts are plain SQL.

/// One statement of a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Statement<'a> {
    /// The text from the statement's first token (leading whitespace and
    /// comments are left out) through its terminating `;`.
    pub sql: &'a str,
    /// Byte offset of `sql` in the script.
    pub offset: usize,
    /// 1-based line of the script where the statement starts.
    pub line: usize,
    /// `false` for text at the end of the script that no `;` ends, or that
    /// ends inside a string, quoted identifier, dollar quote or comment
    /// (psql sends it anyway; the server decides).
    pub terminated: bool,
}

/// Splits `script` into its statements, in order. Empty statements (a lone
/// `;`, or only whitespace and comments) are left out.
pub fn split(script: &str) -> Vec<Statement<'_>> {
    Splitter::new(script).run()
}

struct Splitter<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    statements: Vec<Statement<'a>>,
    /// Start of the current statement's first token.
    start: Option<usize>,
    paren_depth: usize,
    begin_depth: usize,
    /// First letters of the statement's leading keywords, as psql records
    /// them to recognise `CREATE [OR REPLACE] FUNCTION|PROCEDURE`.
    identifiers: [u8; 4],
    identifier_count: usize,
    /// The last construct reached the end of the script unclosed.
    unclosed: bool,
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_ident_cont(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit() || b == b'$'
}

impl<'a> Splitter<'a> {
    fn new(text: &'a str) -> Self {
        Splitter {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            statements: Vec::new(),
            start: None,
            paren_depth: 0,
            begin_depth: 0,
            identifiers: [0; 4],
            identifier_count: 0,
            unclosed: false,
        }
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos + ahead).copied()
    }

    /// Marks the current position as the statement's start if none is set.
    fn token(&mut self) {
        if self.start.is_none() {
            self.start = Some(self.pos);
        }
    }

    fn finish(&mut self, end: usize, terminated: bool) {
        if let Some(start) = self.start.take() {
            let sql = &self.text[start..end];
            let body = sql.strip_suffix(';').unwrap_or(sql);
            if !body.trim().is_empty() {
                self.statements.push(Statement {
                    sql,
                    offset: start,
                    line: self.text[..start].matches('\n').count() + 1,
                    terminated,
                });
            }
        }
        self.paren_depth = 0;
        self.begin_depth = 0;
        self.identifiers = [0; 4];
        self.identifier_count = 0;
    }

    fn run(mut self) -> Vec<Statement<'a>> {
        while let Some(b) = self.peek(0) {
            match b {
                b'-' if self.peek(1) == Some(b'-') => self.line_comment(),
                b'/' if self.peek(1) == Some(b'*') => self.block_comment(),
                b'\'' => {
                    self.token();
                    self.quoted(b'\'', false);
                }
                b'"' => {
                    self.token();
                    self.quoted(b'"', false);
                }
                b'$' => {
                    self.token();
                    self.dollar();
                }
                b'(' => {
                    self.token();
                    self.paren_depth += 1;
                    self.pos += 1;
                }
                b')' => {
                    self.token();
                    self.paren_depth = self.paren_depth.saturating_sub(1);
                    self.pos += 1;
                }
                b';' => {
                    self.pos += 1;
                    if self.paren_depth == 0 && self.begin_depth == 0 {
                        // A `;` alone still closes an (empty) statement.
                        self.token_at(self.pos - 1);
                        self.finish(self.pos, true);
                    } else {
                        self.token();
                    }
                }
                b if b.is_ascii_whitespace() => self.pos += 1,
                b if is_ident_start(b) => {
                    self.token();
                    self.identifier();
                }
                b if b.is_ascii_digit() => {
                    // Numbers (and anything glued to them, such as `1e5` or
                    // `123abc`) hold nothing that ends a statement.
                    self.token();
                    while self.peek(0).is_some_and(|c| is_ident_cont(c) || c == b'.') {
                        self.pos += 1;
                    }
                }
                _ => {
                    self.token();
                    self.pos += 1;
                }
            }
        }
        let unclosed = self.unclosed;
        self.finish(self.bytes.len(), false);
        if unclosed {
            if let Some(last) = self.statements.last_mut() {
                last.terminated = false;
            }
        }
        self.statements
    }

    fn token_at(&mut self, position: usize) {
        if self.start.is_none() {
            self.start = Some(position);
        }
    }

    fn line_comment(&mut self) {
        while let Some(b) = self.peek(0) {
            self.pos += 1;
            if b == b'\n' {
                return;
            }
        }
    }

    /// `/* … */`, nested as PostgreSQL nests them.
    fn block_comment(&mut self) {
        let mut depth = 0usize;
        while self.pos < self.bytes.len() {
            if self.peek(0) == Some(b'/') && self.peek(1) == Some(b'*') {
                depth += 1;
                self.pos += 2;
            } else if self.peek(0) == Some(b'*') && self.peek(1) == Some(b'/') {
                depth -= 1;
                self.pos += 2;
                if depth == 0 {
                    return;
                }
            } else {
                self.pos += 1;
            }
        }
        self.unclosed = true;
    }

    /// A string or quoted identifier opened at `self.pos`; a doubled quote
    /// stands for itself, and with `backslashes` a backslash escapes the next
    /// byte.
    fn quoted(&mut self, quote: u8, backslashes: bool) {
        self.pos += 1;
        while let Some(b) = self.peek(0) {
            if backslashes && b == b'\\' {
                self.pos += 2;
            } else if b == quote {
                if self.peek(1) == Some(quote) {
                    self.pos += 2;
                } else {
                    self.pos += 1;
                    return;
                }
            } else {
                self.pos += 1;
            }
        }
        self.pos = self.bytes.len();
        self.unclosed = true;
    }

    /// `$tag$…$tag$`, or a lone `$`, or a parameter `$1`.
    fn dollar(&mut self) {
        let rest = &self.bytes[self.pos + 1..];
        let tag_len = match rest.first() {
            Some(&b) if is_ident_start(b) => rest
                .iter()
                .position(|&c| !(is_ident_start(c) || c.is_ascii_digit()))
                .unwrap_or(rest.len()),
            _ => 0,
        };
        if rest.get(tag_len) != Some(&b'$') {
            // `$1` or a stray `$`: part of the statement, nothing opened.
            self.pos += 1;
            while self.peek(0).is_some_and(|c| c.is_ascii_digit()) {
                self.pos += 1;
            }
            return;
        }
        let delimiter = &self.text[self.pos..self.pos + tag_len + 2];
        let body = self.pos + delimiter.len();
        match self.text[body..].find(delimiter) {
            Some(at) => self.pos = body + at + delimiter.len(),
            None => {
                self.pos = self.bytes.len();
                self.unclosed = true;
            }
        }
    }

    fn identifier(&mut self) {
        let start = self.pos;
        while self.peek(0).is_some_and(is_ident_cont) {
            self.pos += 1;
        }
        let word = &self.text[start..self.pos];
        // `E'…'`: a string with backslash escapes.
        if word.eq_ignore_ascii_case("e") && self.peek(0) == Some(b'\'') {
            self.quoted(b'\'', true);
            return;
        }
        self.track_blocks(word);
    }

    /// psql's heuristic for `BEGIN ATOMIC … END` function bodies.
    fn track_blocks(&mut self, word: &str) {
        let lower = word.to_ascii_lowercase();
        if matches!(
            lower.as_str(),
            "create" | "function" | "procedure" | "or" | "replace"
        ) && self.identifier_count < self.identifiers.len()
        {
            self.identifiers[self.identifier_count] = lower.as_bytes()[0];
        }
        self.identifier_count += 1;
        let ids = &self.identifiers;
        let creates_routine = ids[0] == b'c'
            && (ids[1] == b'f'
                || ids[1] == b'p'
                || (ids[1] == b'o' && ids[2] == b'r' && (ids[3] == b'f' || ids[3] == b'p')));
        if creates_routine && self.paren_depth == 0 {
            match lower.as_str() {
                "begin" => self.begin_depth += 1,
                "case" if self.begin_depth >= 1 => self.begin_depth += 1,
                "end" => self.begin_depth = self.begin_depth.saturating_sub(1),
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(script: &str) -> Vec<&str> {
        split(script).into_iter().map(|s| s.sql).collect()
    }

    #[test]
    fn splits_on_semicolons_and_drops_empty_statements() {
        assert_eq!(
            texts("CREATE TABLE a (id int);\n\n;  ; SELECT 1;SELECT 2"),
            vec!["CREATE TABLE a (id int);", "SELECT 1;", "SELECT 2"]
        );
        assert!(texts("").is_empty());
        assert!(texts("  -- only a comment\n/* and another */\n").is_empty());
    }

    #[test]
    fn offsets_lines_and_termination() {
        let script = "-- header\nSELECT 1;\n\n  SELECT\n 2";
        let statements = split(script);
        assert_eq!(statements.len(), 2);
        assert_eq!(statements[0].line, 2);
        assert_eq!(&script[statements[0].offset..][..9], "SELECT 1;");
        assert!(statements[0].terminated);
        assert_eq!(statements[1].line, 4);
        assert_eq!(statements[1].sql, "SELECT\n 2");
        assert!(!statements[1].terminated);
    }

    #[test]
    fn semicolons_in_strings_identifiers_and_comments_do_not_split() {
        let script = concat!(
            "INSERT INTO \"a;b\" VALUES ('x;y', 'it''s;', E'q\\';r', \"c\"\"d;\");\n",
            "SELECT 1 -- trailing; comment\n + 2;\n",
            "SELECT /* a; /* nested; */ still; */ 3;\n",
            "SELECT U&'d\\0061t;a', B'01', X'1f';"
        );
        assert_eq!(
            texts(script),
            vec![
                "INSERT INTO \"a;b\" VALUES ('x;y', 'it''s;', E'q\\';r', \"c\"\"d;\");",
                "SELECT 1 -- trailing; comment\n + 2;",
                "SELECT /* a; /* nested; */ still; */ 3;",
                "SELECT U&'d\\0061t;a', B'01', X'1f';",
            ]
        );
    }

    #[test]
    fn standard_strings_keep_backslashes() {
        // With standard_conforming_strings, 'a\' is a complete string.
        assert_eq!(
            texts("SELECT 'a\\'; SELECT 2;"),
            vec!["SELECT 'a\\';", "SELECT 2;"]
        );
        // An identifier ending in e is not an E string.
        assert_eq!(
            texts("SELECT name'x\\'; SELECT 2;"),
            vec!["SELECT name'x\\';", "SELECT 2;"]
        );
    }

    #[test]
    fn dollar_quotes() {
        let function = "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.x := 1;\n  RETURN NEW;\nEND;\n$$;";
        let tagged = "DO $body$ BEGIN PERFORM 1; RAISE NOTICE '$$;'; END $body$;";
        let script = format!("{function}\n{tagged}\nSELECT $1, a$b$c FROM t;\nSELECT 1;");
        assert_eq!(
            texts(&script),
            vec![function, tagged, "SELECT $1, a$b$c FROM t;", "SELECT 1;"]
        );
        // A different tag inside does not close the quote.
        assert_eq!(
            texts("SELECT $a$ x $b$; $ab$; $a$; SELECT 2;"),
            vec!["SELECT $a$ x $b$; $ab$; $a$;", "SELECT 2;"]
        );
    }

    #[test]
    fn parentheses_hold_semicolons() {
        assert_eq!(
            texts("CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2); SELECT 3;"),
            vec![
                "CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2);",
                "SELECT 3;"
            ]
        );
    }

    #[test]
    fn begin_atomic_bodies() {
        let function = "CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\n  SELECT 2;\nEND;";
        let procedure = "create procedure p() begin atomic insert into t values (1); end;";
        let script = format!("{function}\n{procedure}\nBEGIN;\nSELECT 1;\nEND;");
        assert_eq!(
            texts(&script),
            vec![function, procedure, "BEGIN;", "SELECT 1;", "END;"]
        );
        // CREATE TABLE … is no routine: a column named `begin` opens nothing.
        assert_eq!(
            texts("CREATE TABLE t (\"x\" int, begin_at int); SELECT 1;"),
            vec!["CREATE TABLE t (\"x\" int, begin_at int);", "SELECT 1;"]
        );
    }

    #[test]
    fn unclosed_constructs_end_the_script() {
        for script in ["SELECT 'abc; SELECT 2;", "SELECT $$ x; ", "SELECT /* x; "] {
            let statements = split(script);
            assert_eq!(statements.len(), 1, "{script}");
            assert!(!statements[0].terminated, "{script}");
            assert_eq!(statements[0].sql, script);
        }
    }

    #[test]
    fn multibyte_text_is_kept_whole() {
        assert_eq!(
            texts("COMMENT ON TABLE t IS 'é;ü'; SELECT 'ß';"),
            vec!["COMMENT ON TABLE t IS 'é;ü';", "SELECT 'ß';"]
        );
    }
}
