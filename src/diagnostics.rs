//! Diagnostics: what is wrong with a schema, where, and how to fix it.
//!
//! Every stage collects diagnostics instead of stopping at the first problem.
//! Rendering with source snippets is left to `codespan-reporting`; the JSON form
//! is a stable, documented shape other tools read.

use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::{self as cs_files, Files};
use codespan_reporting::term::{self, termcolor};
use serde::Serialize;

/// Identifies a loaded schema file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct FileId(pub u32);

/// A byte range in one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, start: usize, end: usize) -> Self {
        Span {
            file,
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// One source file of a schema.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub id: FileId,
    /// The path as given (or as found), used in every report.
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(id: FileId, path: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let mut line_starts = vec![0];
        let bytes = text.as_bytes();
        for (i, b) in bytes.iter().enumerate() {
            // "\r\n" counts once; a lone "\r" is a line break too.
            if *b == b'\n' || (*b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                line_starts.push(i + 1);
            }
        }
        SourceFile {
            id,
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: u32) -> (u32, u32) {
        let offset = (offset as usize).min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        };
        let start = self.line_starts[line];
        let column = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(offset - start);
        (line as u32 + 1, column as u32 + 1)
    }

    /// Byte range of a 0-based line, line break included.
    fn line_range(&self, line: usize) -> Option<Range<usize>> {
        let start = *self.line_starts.get(line)?;
        let end = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        Some(start..end)
    }

    pub fn slice(&self, span: Span) -> &str {
        self.text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }
}

/// The files of one schema, by id.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn new() -> Self {
        SourceMap::default()
    }

    pub fn add(&mut self, path: impl Into<String>, text: impl Into<String>) -> FileId {
        let id = FileId(self.files.len() as u32);
        self.files.push(SourceFile::new(id, path, text));
        id
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    /// `path:line:column` of a span's start.
    pub fn location(&self, span: Span) -> String {
        let file = self.get(span.file);
        let (line, column) = file.line_column(span.start);
        format!("{}:{line}:{column}", file.path)
    }
}

/// The files as codespan-reporting sees them. Our own line starts are used, so
/// a lone `\r` ends a line in rendered snippets as it does everywhere else
/// (codespan's `SimpleFiles` only knows `\n`), and nothing is recomputed per
/// render.
impl<'a> Files<'a> for SourceMap {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, cs_files::Error> {
        self.files
            .get(id.0 as usize)
            .map(|f| f.path.as_str())
            .ok_or(cs_files::Error::FileMissing)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, cs_files::Error> {
        self.files
            .get(id.0 as usize)
            .map(|f| f.text.as_str())
            .ok_or(cs_files::Error::FileMissing)
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, cs_files::Error> {
        let file = self
            .files
            .get(id.0 as usize)
            .ok_or(cs_files::Error::FileMissing)?;
        Ok(match file.line_starts.binary_search(&byte_index) {
            Ok(line) => line,
            Err(next) => next - 1,
        })
    }

    fn line_range(
        &'a self,
        id: FileId,
        line_index: usize,
    ) -> Result<Range<usize>, cs_files::Error> {
        let file = self
            .files
            .get(id.0 as usize)
            .ok_or(cs_files::Error::FileMissing)?;
        file.line_range(line_index)
            .ok_or(cs_files::Error::LineTooLarge {
                given: line_index,
                max: file.line_starts.len() - 1,
            })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable snake_case identifier of the kind of problem.
    pub code: &'static str,
    pub message: String,
    pub span: Span,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            span,
            help: None,
        }
    }

    pub fn warning(code: &'static str, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, span, message)
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// All diagnostics of a run, in the order they were found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Diagnostics::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.list.push(diagnostic);
    }

    pub fn error(&mut self, code: &'static str, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::error(code, span, message));
    }

    pub fn warning(&mut self, code: &'static str, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::warning(code, span, message));
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.list.extend(other.list);
    }

    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter().filter(|d| d.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter().filter(|d| d.severity == Severity::Warning)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Sorted by file, position, then severity and message: stable output.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut list: Vec<&Diagnostic> = self.list.iter().collect();
        list.sort_by(|a, b| {
            (a.span.file, a.span.start, a.severity, &a.message).cmp(&(
                b.span.file,
                b.span.start,
                b.severity,
                &b.message,
            ))
        });
        list
    }

    /// Renders every diagnostic with a source snippet. `color` adds ANSI
    /// colours; callers decide (TTY and no `NO_COLOR`).
    pub fn render(&self, sources: &SourceMap, color: bool) -> String {
        let config = term::Config::default();
        let mut buffer = if color {
            termcolor::Buffer::ansi()
        } else {
            termcolor::Buffer::no_color()
        };
        for diagnostic in self.sorted() {
            let start = diagnostic.span.start as usize;
            // A zero-width span still needs something to point at.
            let end = (diagnostic.span.end as usize).max(start);
            let label = Label::primary(diagnostic.span.file, start..end);
            let mut rendered = match diagnostic.severity {
                Severity::Error => CsDiagnostic::error(),
                Severity::Warning => CsDiagnostic::warning(),
            }
            .with_code(diagnostic.code)
            .with_message(&diagnostic.message)
            .with_labels(vec![label]);
            if let Some(help) = &diagnostic.help {
                rendered = rendered.with_notes(vec![format!("help: {help}")]);
            }
            // Writing to an in-memory buffer only fails on a span outside the
            // file, which would be our bug; fall back to a plain line.
            if term::emit(&mut buffer, &config, sources, &rendered).is_err() {
                let line = format!(
                    "{}: {} [{}] at {}\n",
                    severity_word(diagnostic.severity),
                    diagnostic.message,
                    diagnostic.code,
                    sources.location(diagnostic.span)
                );
                let _ = std::io::Write::write_all(&mut buffer, line.as_bytes());
            }
        }
        String::from_utf8_lossy(buffer.as_slice()).into_owned()
    }

    /// The JSON form: `{"diagnostics": [{severity, code, message, file, line,
    /// column, end_line, end_column, help}]}`, lines and columns 1-based.
    pub fn to_json(&self, sources: &SourceMap) -> serde_json::Value {
        let list: Vec<JsonDiagnostic> = self
            .sorted()
            .into_iter()
            .map(|d| JsonDiagnostic::new(d, sources))
            .collect();
        serde_json::json!({ "diagnostics": list })
    }
}

fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    code: &'a str,
    message: &'a str,
    file: &'a str,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    help: Option<&'a str>,
}

impl<'a> JsonDiagnostic<'a> {
    fn new(d: &'a Diagnostic, sources: &'a SourceMap) -> Self {
        let file = sources.get(d.span.file);
        let (line, column) = file.line_column(d.span.start);
        let (end_line, end_column) = file.line_column(d.span.end.max(d.span.start));
        JsonDiagnostic {
            severity: d.severity,
            code: d.code,
            message: &d.message,
            file: &file.path,
            line,
            column,
            end_line,
            end_column,
            help: d.help.as_deref(),
        }
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_columns_count_characters_and_all_line_breaks() {
        let file = SourceFile::new(FileId(0), "s.prisma", "ab\r\ncé x\rz\n");
        assert_eq!(file.line_column(0), (1, 1));
        assert_eq!(file.line_column(4), (2, 1));
        // 'é' is two bytes but one column.
        assert_eq!(file.line_column(7), (2, 3));
        assert_eq!(file.line_column(10), (3, 1));
    }

    #[test]
    fn rendered_snippets_break_lines_at_a_lone_carriage_return() {
        let mut sources = SourceMap::new();
        let id = sources.add("s.prisma", "model A {\r  id Int @id\r  x Nope\r}\r");
        let mut diags = Diagnostics::new();
        diags.error("unknown_type", Span::new(id, 27, 31), "unknown");
        let rendered = diags.render(&sources, false);
        assert!(rendered.contains("s.prisma:3:5"), "{rendered}");
        assert!(rendered.contains("3 │   x Nope\n"), "{rendered}");
    }

    #[test]
    fn json_form_has_one_based_positions() {
        let mut sources = SourceMap::new();
        let id = sources.add("schema.prisma", "model A {\n  x Foo\n}\n");
        let mut diags = Diagnostics::new();
        diags.push(
            Diagnostic::error("unknown_type", Span::new(id, 14, 17), "Type \"Foo\" is neither a built-in type, nor refers to another model, composite type, or enum.")
                .with_help("declare it"),
        );
        let json = diags.to_json(&sources);
        let d = &json["diagnostics"][0];
        assert_eq!(d["line"], 2);
        assert_eq!(d["column"], 5);
        assert_eq!(d["end_column"], 8);
        assert_eq!(d["file"], "schema.prisma");
        assert_eq!(d["help"], "declare it");
    }
}
