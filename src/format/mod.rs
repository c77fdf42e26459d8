//! Formatting a schema byte for byte as `prisma format` does.
//!
//! The layout is Prisma's: fields, values and properties in aligned columns
//! (an empty line starts a new alignment), attributes in Prisma's order, block
//! attributes last after one empty line, one empty line after each block, block
//! comments in the `/** … */` shape, two-space indentation. Like Prisma's
//! formatter, it also completes relations: a missing back-relation field, a
//! missing forward field or `@relation(fields: …, references: …)`, and missing
//! relation scalar fields are added, named as Prisma names them. A line Prisma
//! cannot read is kept as it is.
//!
//! A multi-file schema is formatted file by file, with relations completed
//! across files.
//!
//! ```
//! use prisma_drift::format::format_str;
//!
//! let schema = "model Post {\n  id Int @id\n  author User\n}\nmodel User {\n  id Int @id\n}\n";
//! assert_eq!(
//!     format_str(schema),
//!     "model Post {\n  id     Int  @id\n  author User @relation(fields: [userId], references: [id])\n  userId Int\n}\n\n\
//!      model User {\n  id    Int    @id\n  posts Post[]\n}\n"
//! );
//! // Formatting is idempotent.
//! assert_eq!(format_str(&format_str(schema)), format_str(schema));
//! ```

mod complete;
mod lines;
mod render;
mod table;

use crate::diagnostics::{Diagnostics, FileId, SourceMap, Span};
use crate::schema::{self, ParsedSchema};
use crate::syntax;

/// One formatted file of a schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormattedFile {
    /// The file in the schema's [`SourceMap`].
    pub file: FileId,
    /// The path as loaded.
    pub path: String,
    /// The formatted text.
    pub text: String,
    /// Whether `text` differs from the file as loaded.
    pub changed: bool,
    /// Comments that the formatted text no longer holds: Prisma's formatter
    /// drops what follows a block's `{` on its first line. A caller that must
    /// not lose comments refuses to write such a file.
    pub dropped_comments: Vec<Span>,
}

/// Formats one schema file's text, as `prisma format` formats a schema of
/// that one file.
pub fn format_str(source: &str) -> String {
    let mut sources = SourceMap::new();
    sources.add("schema.prisma", source);
    let parsed = schema::parse_schema(sources);
    format_schema(&parsed)
        .pop()
        .map(|file| file.text)
        .unwrap_or_default()
}

/// Lays out one file's text as Prisma's formatter does, in one pass and
/// without completing relations: for text that is complete already, such as
/// what `pull` writes (Prisma formats its introspection result once, too).
/// Parses the syntax only, so it costs a fraction of [`format_str`].
pub fn layout_str(source: &str) -> String {
    let tree = syntax::parse_file(FileId(0), source, &mut Diagnostics::new());
    render::render_file(&tree, source)
}

/// Formats every file of a parsed schema (one file, or the files of a schema
/// folder), completing relations across files.
///
/// Relations are completed only when the schema has no errors besides the
/// ones Prisma reports after formatting (a missing relation field among them),
/// as Prisma does; every file is formatted either way.
///
/// On a few inputs Prisma's formatter needs a second run to settle (a comment
/// after a block's `}`, for one); the text returned is the settled one, so that
/// formatting twice changes nothing and the result passes `prisma format
/// --check`.
pub fn format_schema(parsed: &ParsedSchema) -> Vec<FormattedFile> {
    let mut texts = one_pass(parsed);
    let unchanged = parsed
        .files
        .iter()
        .zip(&texts)
        .all(|(tree, text)| *text == parsed.sources.get(tree.file).text);
    if !unchanged {
        for _ in 0..MAX_PASSES {
            let mut sources = SourceMap::new();
            for (tree, text) in parsed.files.iter().zip(&texts) {
                sources.add(parsed.sources.get(tree.file).path.clone(), text.clone());
            }
            let next = one_pass(&schema::parse_schema(sources));
            if next == texts {
                break;
            }
            texts = next;
        }
    }
    parsed
        .files
        .iter()
        .zip(texts)
        .map(|(tree, text)| {
            let source = parsed.sources.get(tree.file);
            FormattedFile {
                file: tree.file,
                path: source.path.clone(),
                changed: text != source.text,
                dropped_comments: render::header_comments(tree, &source.text),
                text,
            }
        })
        .collect()
}

/// Runs of the formatter after the first, at most, while the text still changes.
const MAX_PASSES: usize = 4;

/// Prisma's formatter run once over every file.
fn one_pass(parsed: &ParsedSchema) -> Vec<String> {
    let insertions = complete::insertions(parsed);
    parsed
        .files
        .iter()
        .map(|tree| {
            let source = &parsed.sources.get(tree.file).text;
            let here: Vec<&complete::Insertion> = insertions
                .iter()
                .filter(|insertion| insertion.file == tree.file)
                .collect();
            if here.is_empty() {
                render::render_file(tree, source)
            } else {
                let completed = insert(source, &here);
                let tree = syntax::parse_file(tree.file, &completed, &mut Diagnostics::new());
                render::render_file(&tree, &completed)
            }
        })
        .collect()
}

/// `text` with each insertion (sorted by position) put in place.
fn insert(text: &str, insertions: &[&complete::Insertion]) -> String {
    let extra: usize = insertions.iter().map(|i| i.text.len()).sum();
    let mut out = String::with_capacity(text.len() + extra);
    let mut copied = 0;
    for insertion in insertions {
        let position = insertion.position.clamp(copied, text.len());
        out.push_str(&text[copied..position]);
        out.push_str(&insertion.text);
        copied = position;
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insertions_go_in_position_order() {
        let at = |position: usize, text: &str| complete::Insertion {
            file: FileId(0),
            position,
            text: text.to_string(),
        };
        let (a, b, c) = (at(1, "x"), at(1, "y"), at(3, "z"));
        assert_eq!(insert("abc", &[&a, &b, &c]), "axybcz");
    }
}
