//! Small readers of raw schema text: line boundaries, comments on a line, and
//! which names Prisma's grammar reads.

use crate::syntax::{Comment, CommentKind};

/// A comment as the formatter writes it: its kind and its text without markers.
#[derive(Debug, Clone, Copy)]
pub(super) struct Note<'a> {
    pub(super) kind: CommentKind,
    pub(super) text: &'a str,
    /// For a block comment that is not the first of its group: Prisma's
    /// grammar then reads the spaces before `/*` as part of the comment, and
    /// its formatter cuts two characters from that start instead of `/*`.
    later_text: &'a str,
}

impl<'a> Note<'a> {
    pub(super) fn of(comment: &Comment, source: &'a str) -> Note<'a> {
        let (start, end) = (comment.span.start as usize, comment.span.end as usize);
        let spaces = source[..start].len() - source[..start].trim_end_matches([' ', '\t']).len();
        Note::new(comment.kind, source, start - spaces, start, end)
    }

    /// The comment `source[start..end]`, with spaces before it from `lead`.
    fn new(kind: CommentKind, source: &'a str, lead: usize, start: usize, end: usize) -> Note<'a> {
        let (open, close) = match kind {
            CommentKind::Line => (2, 0),
            CommentKind::Doc => (3, 0),
            CommentKind::Block => (2, 2),
        };
        let cut = |from: usize| {
            source
                .get(from + open..end.saturating_sub(close))
                .unwrap_or("")
        };
        let later_text = if kind == CommentKind::Block {
            settled(cut(lead))
        } else {
            cut(start)
        };
        Note {
            kind,
            text: cut(start),
            later_text,
        }
    }

    /// This comment as read after another one of the same group.
    pub(super) fn later(self) -> Note<'a> {
        Note {
            text: self.later_text,
            ..self
        }
    }
}

/// A block comment already in the `/** … */` shape, read the way a later
/// comment of a group is, starts with its own `/**` line; Prisma would keep
/// that line as text, one more each time it formats. Dropping it lets the
/// formatting settle.
fn settled(text: &str) -> &str {
    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_end].trim() == "/**" {
        &text[first_end..]
    } else {
        text
    }
}

/// Adds the comments of one line to a group: the first comment of a group is
/// read as it is, the others with the spaces before them.
pub(super) fn extend_group<'a>(
    group: &mut Vec<Note<'a>>,
    notes: impl IntoIterator<Item = Note<'a>>,
) {
    for note in notes {
        let note = if group.is_empty() { note } else { note.later() };
        group.push(note);
    }
}

/// The comments that make up `line` (block comments, then maybe one line
/// comment, spaces around them), or `None` when anything else is there.
pub(super) fn comments_of_line(line: &str) -> Option<Vec<Note<'_>>> {
    let mut notes = Vec::new();
    let mut at = 0;
    loop {
        let lead = at;
        at += line[at..].len() - line[at..].trim_start_matches([' ', '\t']).len();
        let rest = &line[at..];
        if rest.is_empty() {
            break;
        }
        let kind = if rest.starts_with("///") {
            CommentKind::Doc
        } else if rest.starts_with("//") {
            CommentKind::Line
        } else {
            CommentKind::Block
        };
        if kind != CommentKind::Block {
            notes.push(Note::new(kind, line, lead, at, line.len()));
            break;
        }
        let inner = rest.strip_prefix("/*")?;
        let end = at + 2 + inner.find("*/")? + 2;
        notes.push(Note::new(kind, line, lead, at, end));
        at = end;
    }
    (!notes.is_empty()).then_some(notes)
}

/// Where the line holding `pos` starts.
pub(super) fn line_start(source: &str, pos: usize) -> usize {
    source[..pos.min(source.len())]
        .rfind(['\n', '\r'])
        .map_or(0, |i| i + 1)
}

/// Where the line holding `pos` ends, before its line break.
pub(super) fn content_end(source: &str, pos: usize) -> usize {
    let pos = pos.min(source.len());
    source[pos..]
        .find(['\n', '\r'])
        .map_or(source.len(), |i| pos + i)
}

/// Where the line holding `pos` ends, after its line break.
pub(super) fn line_end_with_break(source: &str, pos: usize) -> usize {
    let end = content_end(source, pos);
    let rest = &source[end..];
    if rest.starts_with("\r\n") {
        end + 2
    } else if rest.starts_with(['\n', '\r']) {
        end + 1
    } else {
        end
    }
}

/// The end of a region of whole lines reaching `pos`: `pos` itself when only
/// spaces precede it on its line (the line belongs to what comes next).
pub(super) fn region_end(source: &str, pos: usize) -> usize {
    let start = line_start(source, pos);
    if source[start..pos.min(source.len())]
        .chars()
        .all(|c| c == ' ' || c == '\t')
    {
        start
    } else {
        line_end_with_break(source, pos)
    }
}

/// `text` cut into lines, each with its line break (`\n`, `\r\n` or `\r`).
pub(super) fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = line_end_with_break(rest, 0);
        let (line, tail) = rest.split_at(end);
        rest = tail;
        Some(line)
    })
}

/// Whether Prisma's grammar reads `name` as an identifier: a letter or digit,
/// then letters, digits, `_` and `-` (so no leading `_`, and no combining marks).
pub(super) fn is_prisma_identifier(name: &str) -> bool {
    let letter_or_digit =
        |c: char| c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphabetic());
    let mut chars = name.chars();
    chars.next().is_some_and(letter_or_digit)
        && chars.all(|c| letter_or_digit(c) || c == '_' || c == '-')
}

/// A dotted name (`db.VarChar`) whose every part is an identifier for Prisma.
pub(super) fn is_prisma_path(name: &str) -> bool {
    name.split('.').all(is_prisma_identifier)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_keep_their_breaks() {
        let lines: Vec<&str> = split_lines("a\r\nb\rc\n\nd").collect();
        assert_eq!(lines, ["a\r\n", "b\r", "c\n", "\n", "d"]);
        assert_eq!(line_end_with_break("ab\r\ncd", 1), 4);
        assert_eq!(content_end("ab\r\ncd", 1), 2);
        assert_eq!(line_start("ab\r\ncd", 5), 4);
    }

    #[test]
    fn a_line_of_comments_is_read_in_order() {
        let mut group = Vec::new();
        extend_group(
            &mut group,
            comments_of_line("  /* a */   /* b */ /// c").expect("comments"),
        );
        let read: Vec<(CommentKind, &str)> = group.iter().map(|n| (n.kind, n.text)).collect();
        assert_eq!(
            read,
            [
                (CommentKind::Block, " a "),
                // Read with the spaces before it: two of them are cut instead of `/*`.
                (CommentKind::Block, " /* b "),
                (CommentKind::Doc, " c")
            ]
        );
        assert!(comments_of_line("/* a */ x").is_none());
        assert!(comments_of_line("x // a").is_none());
    }

    #[test]
    fn prisma_identifiers_start_with_a_letter_or_digit() {
        assert!(is_prisma_identifier("nämé"));
        assert!(is_prisma_identifier("1a-b_c"));
        assert!(!is_prisma_identifier("_id"));
        assert!(!is_prisma_identifier("e\u{301}"));
        assert!(is_prisma_path("db.VarChar"));
        assert!(!is_prisma_path("db._x"));
    }
}
