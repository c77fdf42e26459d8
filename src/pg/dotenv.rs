//! `.env` files, read the way Prisma reads them: with the `dotenv` package's rules (the
//! `LINE` pattern of dotenv 16) and Prisma's own `${NAME}` expansion (`dotenvExpand` of
//! `@prisma/internals`).
//!
//! dotenv never fails: a line it cannot read is skipped, and an unterminated quote does not
//! swallow the lines after it. So a malformed line elsewhere in the file never stops us from
//! reading the variable we need. Skipped lines are reported by file and line number only —
//! a `.env` holds secrets, so nothing of its content is ever put in a message.
//!
//! The rules, as dotenv has them:
//! * `NAME=value` or `NAME: value`, optionally after `export `; `NAME` is letters, digits,
//!   `_`, `.` and `-`. Later assignments of a name win.
//! * A value is `'…'`, `"…"` or `` `…` `` (which may span lines), or unquoted text up to a
//!   `#` or the end of the line; it is trimmed, and its surrounding quotes removed.
//! * In a double-quoted value `\n` and `\r` become a newline and a carriage return.
//! * A `#` after the value starts a comment; lines that are only a comment are ignored.
//!
//! Then Prisma replaces `${NAME}` with the variable from the process environment, else from
//! the same file (recursively), else nothing; `\${NAME}` stays `${NAME}`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use regex::Regex;

/// dotenv 16's `LINE`, with `\w` spelled out as ASCII (JavaScript's `\w` is ASCII only).
const LINE: &str = r#"(?m)^\s*(?:export\s+)?([A-Za-z0-9_.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$"#;

/// How deep `${NAME}` references are followed (dotenv-expand has no limit and overflows the
/// stack on a cycle).
const MAX_EXPANSION_DEPTH: usize = 16;

/// A `.env` file as read: its assignments, and the lines that were skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DotEnvFile {
    /// The file.
    pub path: PathBuf,
    /// `(name, value)` in file order, values not yet expanded; a name may repeat.
    pub entries: Vec<(String, String)>,
    /// 1-based numbers of the lines that are neither an assignment, a comment nor blank.
    pub skipped_lines: Vec<usize>,
}

impl DotEnvFile {
    /// Reads and parses `path`. Invalid UTF-8 is read with replacement characters, as Node
    /// reads the file. The error is the system's (it holds nothing of the file's content).
    pub fn read(path: &Path) -> std::io::Result<DotEnvFile> {
        let bytes = std::fs::read(path)?;
        let (entries, skipped_lines) = parse(&String::from_utf8_lossy(&bytes));
        Ok(DotEnvFile {
            path: path.to_path_buf(),
            entries,
            skipped_lines,
        })
    }

    /// The value of `name`: its last assignment, with `${NAME}` references expanded (from
    /// `env`, else from this file). `None` when the file does not assign it.
    pub fn get(&self, name: &str, env: &dyn Fn(&str) -> Option<String>) -> Option<String> {
        let raw = self.raw(name)?;
        Some(self.expand(raw, env, 0))
    }

    /// One warning per skipped line: `file:line: …`, nothing of the line itself.
    pub fn warnings(&self) -> Vec<String> {
        self.skipped_lines
            .iter()
            .map(|line| {
                format!(
                    "{}:{line}: skipped a line that is not NAME=value, as Prisma does",
                    self.path.display()
                )
            })
            .collect()
    }

    fn raw(&self, name: &str) -> Option<&str> {
        self.entries
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn expand(&self, value: &str, env: &dyn Fn(&str) -> Option<String>, depth: usize) -> String {
        if depth >= MAX_EXPANSION_DEPTH || !value.contains("${") {
            return value.to_string();
        }
        let mut out = String::with_capacity(value.len());
        let mut rest = value;
        while let Some(start) = rest.find("${") {
            let Some(len) = reference_len(&rest[start + 2..]) else {
                out.push_str(&rest[..start + 2]);
                rest = &rest[start + 2..];
                continue;
            };
            let end = start + 2 + len + 1;
            if rest[..start].ends_with('\\') {
                // `\${NAME}` is the text `${NAME}`.
                out.push_str(&rest[..start - 1]);
                out.push_str(&rest[start..end]);
            } else {
                out.push_str(&rest[..start]);
                let name = &rest[start + 2..end - 1];
                let found = env(name).or_else(|| self.raw(name).map(str::to_string));
                out.push_str(&self.expand(&found.unwrap_or_default(), env, depth + 1));
            }
            rest = &rest[end..];
        }
        out.push_str(rest);
        out
    }
}

/// The length of `NAME` in `NAME}` (possibly empty), or `None` if no `}` closes it.
fn reference_len(after: &str) -> Option<usize> {
    let len = after
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
        .count();
    (after.as_bytes().get(len) == Some(&b'}')).then_some(len)
}

fn line_pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN.get_or_init(|| Regex::new(LINE).expect("the LINE pattern compiles"))
}

/// Parses `.env` text: the assignments, and the numbers of the lines skipped.
pub fn parse(text: &str) -> (Vec<(String, String)>, Vec<usize>) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut entries = Vec::new();
    let mut covered = vec![false; text.len()];
    for captures in line_pattern().captures_iter(&text) {
        let whole = captures.get(0).expect("group 0 is the match");
        covered[whole.range()].iter_mut().for_each(|c| *c = true);
        let name = captures[1].to_string();
        let value = captures.get(2).map_or("", |m| m.as_str()).trim();
        entries.push((name, unquote(value)));
    }
    let mut skipped = Vec::new();
    let mut offset = 0;
    for (index, line) in text.split('\n').enumerate() {
        let trimmed = line.trim();
        let outside = line
            .char_indices()
            .any(|(i, c)| !c.is_whitespace() && !covered[offset + i]);
        if outside && !trimmed.starts_with('#') {
            skipped.push(index + 1);
        }
        offset += line.len() + 1;
    }
    (entries, skipped)
}

fn unquote(value: &str) -> String {
    let mut chars = value.chars();
    let first = chars.next();
    let quoted = match first {
        Some(q @ ('\'' | '"' | '`')) if value.len() >= 2 && value.ends_with(q) => {
            Some(&value[1..value.len() - 1])
        }
        _ => None,
    };
    match (first, quoted) {
        (Some('"'), Some(inner)) => inner.replace("\\n", "\n").replace("\\r", "\r"),
        (Some('"'), None) => value.replace("\\n", "\n").replace("\\r", "\r"),
        (_, Some(inner)) => inner.to_string(),
        (_, None) => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(text: &str) -> Vec<(String, String)> {
        parse(text).0
    }

    fn pair(name: &str, value: &str) -> (String, String) {
        (name.to_string(), value.to_string())
    }

    #[test]
    fn dotenv_rules() {
        let text = "# comment\n\
                    BASIC=basic\n\
                    export EXPORTED = yes \n\
                    SPACED= some value  # a comment\n\
                    HASH=pass#word\n\
                    SINGLE='quoted # not a comment'\n\
                    DOUBLE=\"new\\nline\"\n\
                    BACKTICK=`it's`\n\
                    EMPTY=\n\
                    YAML: style\n\
                    MULTI=\"first\nsecond\"\n\
                    dotted.name-x=1\n";
        assert_eq!(
            entries(text),
            vec![
                pair("BASIC", "basic"),
                pair("EXPORTED", "yes"),
                pair("SPACED", "some value"),
                pair("HASH", "pass"),
                pair("SINGLE", "quoted # not a comment"),
                pair("DOUBLE", "new\nline"),
                pair("BACKTICK", "it's"),
                pair("EMPTY", ""),
                pair("YAML", "style"),
                pair("MULTI", "first\nsecond"),
                pair("dotted.name-x", "1"),
            ]
        );
    }

    #[test]
    fn an_unterminated_quote_swallows_nothing_and_bad_lines_are_skipped() {
        let (entries, skipped) =
            parse("A=1\r\nB='open\nnot an assignment\nC=\"x\"\n  # indented comment\n\nD=4");
        assert_eq!(
            entries,
            vec![
                pair("A", "1"),
                pair("B", "'open"),
                pair("C", "x"),
                pair("D", "4")
            ]
        );
        assert_eq!(skipped, vec![3]);
    }

    #[test]
    fn prisma_expands_braced_references_only() {
        let file = DotEnvFile {
            path: PathBuf::from(".env"),
            entries: entries(
                "HOST=db\nURL=postgresql://${USER}@${HOST}/$PLAIN/\\${HOST}\nLOOP=${LOOP}x\nURL=${HOST}2\n",
            ),
            skipped_lines: vec![],
        };
        let env = |name: &str| (name == "USER").then(|| "ci".to_string());
        // The last assignment wins.
        assert_eq!(file.get("URL", &env).as_deref(), Some("db2"));
        let first = DotEnvFile {
            entries: file.entries[..2].to_vec(),
            ..file.clone()
        };
        assert_eq!(
            first.get("URL", &env).as_deref(),
            Some("postgresql://ci@db/$PLAIN/${HOST}")
        );
        assert!(file.get("LOOP", &env).unwrap().ends_with('x'));
        assert_eq!(file.get("MISSING", &env), None);
    }

    #[test]
    fn warnings_name_the_line_not_its_content() {
        let file = DotEnvFile {
            path: PathBuf::from("/p/.env"),
            entries: vec![],
            skipped_lines: vec![4],
        };
        assert_eq!(
            file.warnings(),
            vec!["/p/.env:4: skipped a line that is not NAME=value, as Prisma does".to_string()]
        );
    }
}
