//! Database text made safe for where it is shown. Names, comments, messages and server
//! errors come from a database whose owner may not be the person reading: a table named
//! `x\n::error file=README.md::…` would start a GitHub workflow command in a CI log, an ESC
//! sequence would drive the reader's terminal, a `|` would break a Markdown table.
//!
//! [`escape_text`] is the one escaping every human-readable renderer applies to database
//! text; [`escape_markdown`], [`escape_markdown_code`] and [`escape_workflow_data`] /
//! [`escape_workflow_property`] add what their formats need on top. JSON needs none of it:
//! the encoder escapes control characters and consumers want the exact names.
//!
//! ```
//! use prisma_drift::report::escape_text;
//!
//! assert_eq!(escape_text("users\n::error::x"), "users\\n::error::x");
//! assert_eq!(escape_text("\u{1b}[31mred"), "\\u{1b}[31mred");
//! assert_eq!(escape_text("plain café"), "plain café");
//! ```

use std::borrow::Cow;
use std::fmt::Write;

/// Whether a character must not reach a terminal or a log as itself: the C0 controls (tab,
/// newline and carriage return included), DEL, the C1 controls (U+0080–U+009F, which some
/// terminals read as 8-bit escape sequences), the line and paragraph separators, and the
/// bidirectional formatting characters that reorder what is displayed.
pub fn is_unsafe_char(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{2028}' | '\u{2029}'
        | '\u{200e}' | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}')
}

fn push_visible(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        _ => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
}

/// Text for a terminal or a plain log, on one line: newline, carriage return and tab become
/// `\n`, `\r` and `\t`, every other [unsafe character](is_unsafe_char) `\u{…}` (ESC is
/// `\u{1b}`). Backslashes are left alone, so escaping twice changes nothing: the result is
/// for reading, not for parsing back (JSON output has the exact text).
pub fn escape_text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe_char(c) {
            push_visible(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text for a Markdown table cell or paragraph: [`escape_text`], then `|` escaped (so a cell
/// cannot split its row) and `<` written `&lt;` (so no HTML tag or comment opens).
pub fn escape_markdown(text: &str) -> String {
    escape_text(text).replace('|', "\\|").replace('<', "&lt;")
}

/// Text for inside a Markdown code span: [`escape_text`] and `|` escaped. (A code span shows
/// `<` as itself; the caller picks a backtick fence longer than any run inside.)
pub fn escape_markdown_code(text: &str) -> String {
    escape_text(text).replace('|', "\\|")
}

/// Inline code, with a fence longer than any run of backticks inside, control characters
/// visible and pipes escaped ([`escape_markdown_code`]).
pub(crate) fn code_span(text: &str) -> String {
    let text = escape_markdown_code(text);
    let longest_run = text
        .chars()
        .fold((0usize, 0usize), |(run, max), c| {
            if c == '`' {
                (run + 1, max.max(run + 1))
            } else {
                (0, max)
            }
        })
        .1;
    let fence = "`".repeat(longest_run + 1);
    if longest_run > 0 {
        format!("{fence} {text} {fence}")
    } else {
        format!("{fence}{text}{fence}")
    }
}

/// The message of a GitHub workflow command (`::error …::<message>`): `%`, CR and LF encoded
/// as `%25`, `%0D` and `%0A`, as the runner decodes them, so nothing in it can end the line
/// and start another command; every other [unsafe character](is_unsafe_char) (ESC above all)
/// is written visibly as by [`escape_text`]. Apply [`escape_text`] to database text first
/// when its line breaks should stay visible rather than break the annotation.
pub fn escape_workflow_data(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c if is_unsafe_char(c) => push_visible(&mut out, c),
            c => out.push(c),
        }
    }
    out
}

/// A property value of a workflow command (`file=…`, `title=…`): as
/// [`escape_workflow_data`], and `:` and `,` encoded as `%3A` and `%2C`, which would
/// otherwise end the value.
pub fn escape_workflow_property(text: &str) -> String {
    escape_workflow_data(text)
        .replace(':', "%3A")
        .replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_visible_and_escaping_is_idempotent() {
        let hostile = "a\nb\rc\td\u{1b}[2Je\u{7}f\u{9b}g\u{202e}h\u{0}";
        let once = escape_text(hostile);
        assert_eq!(
            once,
            "a\\nb\\rc\\td\\u{1b}[2Je\\u{7}f\\u{9b}g\\u{202e}h\\u{0}"
        );
        assert!(!once.chars().any(is_unsafe_char));
        assert_eq!(escape_text(&once), once);
        assert!(matches!(escape_text("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn markdown_keeps_cells_and_html_closed() {
        assert_eq!(
            escape_markdown("a|b<img src=x>\nc"),
            "a\\|b&lt;img src=x>\\nc"
        );
        assert_eq!(escape_markdown_code("a|<b>"), "a\\|<b>");
    }

    #[test]
    fn workflow_commands_cannot_be_started_from_data() {
        assert_eq!(escape_workflow_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(
            escape_workflow_data("x\r\n::error::y\u{1b}"),
            "x%0D%0A::error::y\\u{1b}"
        );
        assert_eq!(escape_workflow_property("a:b,c\n"), "a%3Ab%2Cc%0A");
    }
}
