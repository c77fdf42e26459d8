//! Diagnostics: what is wrong with a schema, where, and how to fix it.
//!
//! Every stage collects diagnostics instead of stopping at the first problem.
//! Rendering with source snippets is left to `codespan-reporting`; the JSON form
//! is a stable, documented shape other tools read.

use std::fmt;
use std::ops::Range;

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::{self as cs_files, Files};
use codespan_reporting::term::{self, termcolor};
use serde::Serialize;

/// Declares [`DiagnosticCode`]: each variant with its stable snake_case name
/// and what it means, in one place.
macro_rules! diagnostic_codes {
    ($($variant:ident => $name:literal : $description:literal,)*) => {
        /// Stable identifiers of the kinds of problem a schema can have, for
        /// filtering in CI and other tools. New codes may be added.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum DiagnosticCode {
            $(#[doc = $description] $variant,)*
        }

        impl DiagnosticCode {
            /// Every code, in declaration order, for documentation.
            pub const ALL: &'static [DiagnosticCode] = &[$(DiagnosticCode::$variant,)*];

            /// The stable snake_case name, as JSON output and rendered text show it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(DiagnosticCode::$variant => $name,)*
                }
            }

            /// What the code means, in one sentence.
            pub const fn description(self) -> &'static str {
                match self {
                    $(DiagnosticCode::$variant => $description,)*
                }
            }

            /// The code with this snake_case name.
            pub fn from_name(name: &str) -> Option<DiagnosticCode> {
                DiagnosticCode::ALL.iter().copied().find(|c| c.as_str() == name)
            }
        }
    };
}

diagnostic_codes! {
    // Reading the text.
    SyntaxError => "syntax_error": "The text could not be parsed at all.",
    NestingTooDeep => "nesting_too_deep": "A line nests brackets deeper than the parser allows.",
    InvalidBlock => "invalid_block": "A block does not start with a known keyword (model, view, enum, type, datasource, generator).",
    InvalidLine => "invalid_line": "A line that belongs to no declaration, or text where none may stand.",
    InvalidField => "invalid_field": "A line in a model or view that is not a field declaration.",
    InvalidEnumValue => "invalid_enum_value": "A line in an enum that is not a value.",
    InvalidProperty => "invalid_property": "A line in a datasource or generator that is not a property.",
    MissingPropertyValue => "missing_property_value": "A datasource or generator property has no value.",
    UnclosedBlock => "unclosed_block": "A block's closing `}` is missing.",
    UnterminatedComment => "unterminated_comment": "A block comment's closing `*/` is missing.",
    UnbalancedBrackets => "unbalanced_brackets": "A bracket is not closed, or closes nothing.",
    UnterminatedString => "unterminated_string": "A string literal's closing quote is missing.",
    InvalidUnsupportedType => "invalid_unsupported_type": "`Unsupported(…)` does not hold a string literal.",
    InvalidStringEscape => "invalid_string_escape": "A string literal holds an escape sequence Prisma does not know.",
    // Top-level declarations and names.
    DuplicateDatasource => "duplicate_datasource": "More than one datasource block.",
    DuplicateGenerator => "duplicate_generator": "Two generators with the same name.",
    DuplicateName => "duplicate_name": "Two models, views, enums or composite types with the same name.",
    ReservedName => "reserved_name": "A block named like a built-in type.",
    InvalidName => "invalid_name": "A name that starts with a digit or holds a `-`.",
    LegacyTypeAlias => "legacy_type_alias": "A type alias (`type Name = Base`), which Prisma removed.",
    // Datasource and generator blocks.
    DuplicateProperty => "duplicate_property": "A datasource property given twice.",
    UnknownProperty => "unknown_property": "A datasource property Prisma does not know.",
    MissingProvider => "missing_provider": "A datasource without `provider`.",
    UnknownProvider => "unknown_provider": "A datasource provider Prisma does not know.",
    UnsupportedProvider => "unsupported_provider": "A provider other than PostgreSQL; the schema is checked by PostgreSQL's rules.",
    InvalidRelationMode => "invalid_relation_mode": "A `relationMode` other than \"prisma\" or \"foreignKeys\".",
    InvalidEnv => "invalid_env": "`env()` without the name of a variable as a string.",
    DuplicateSchema => "duplicate_schema": "A name listed twice in the datasource's `schemas`.",
    InvalidExtension => "invalid_extension": "A malformed entry of the datasource's `extensions`.",
    PreviewFeatureRequired => "preview_feature_required": "Something that needs a preview feature the generators do not enable.",
    RenamedPreviewFeature => "renamed_preview_feature": "A preview feature that has another name on this provider.",
    DeprecatedPreviewFeature => "deprecated_preview_feature": "A preview feature that became generally available or was removed.",
    UnknownPreviewFeature => "unknown_preview_feature": "A preview feature Prisma does not know (perhaps a typo).",
    // Attribute arguments.
    DuplicateArgument => "duplicate_argument": "An attribute argument given twice.",
    MissingArgumentValue => "missing_argument_value": "A named attribute argument without a value.",
    MissingArgument => "missing_argument": "An attribute lacks an argument it requires.",
    UnknownArgument => "unknown_argument": "An argument the attribute (or function) does not take.",
    InvalidArgument => "invalid_argument": "An argument of the wrong form, such as an unnamed index field argument.",
    InvalidValue => "invalid_value": "A value of the wrong type or out of range.",
    InvalidAttribute => "invalid_attribute": "An attribute whose arguments or placement do not validate.",
    UnknownAttribute => "unknown_attribute": "An attribute Prisma does not know.",
    DuplicateAttribute => "duplicate_attribute": "An attribute given twice where only one is allowed.",
    // Fields and their types.
    DuplicateField => "duplicate_field": "Two fields with the same name in one model or view.",
    MissingFieldType => "missing_field_type": "A field declaration without a type.",
    LegacyFieldSyntax => "legacy_field_syntax": "Field syntax of old Prisma versions (`:`, `!`, `[Type]`).",
    OptionalList => "optional_list": "An optional list (`Type[]?`), which Prisma does not support.",
    UnknownType => "unknown_type": "A field type that is neither built in nor declared.",
    CompositeTypeUnsupported => "composite_type_unsupported": "A composite type, which only MongoDB supports.",
    // Enums.
    DuplicateEnumValue => "duplicate_enum_value": "An enum value given twice.",
    EmptyEnum => "empty_enum": "An enum without values.",
    DuplicateEnum => "duplicate_enum": "Two enums with the same database name.",
    // Models, views and their keys and indexes.
    DuplicateTable => "duplicate_table": "Two models or views with the same database name.",
    MissingUniqueCriteria => "missing_unique_criteria": "A model without an id or a unique constraint over required fields.",
    MultipleIds => "multiple_ids": "More than one id in a model.",
    OptionalId => "optional_id": "An `@id` on an optional field.",
    UnknownSchema => "unknown_schema": "An `@@schema` the datasource's `schemas` does not list.",
    MissingSchemaAttribute => "missing_schema_attribute": "A model, view or enum without `@@schema` in a multi-schema datasource.",
    ViewIndex => "view_index": "An index, or a mapped unique, on a view.",
    ViewPrimaryKey => "view_primary_key": "A primary key on a view, which Prisma 7 no longer allows.",
    UnknownField => "unknown_field": "An id, unique or index over a field the model does not have.",
    RelationFieldInIndex => "relation_field_in_index": "An id, unique or index over a relation field.",
    InvalidIndex => "invalid_index": "An index whose type, operator classes and field types do not fit together.",
    // Native types and defaults.
    UnknownNativeType => "unknown_native_type": "A native type (`@db.*`) PostgreSQL does not have.",
    IncompatibleNativeType => "incompatible_native_type": "A native type that does not fit the field's type.",
    InvalidNativeTypeArguments => "invalid_native_type_arguments": "A native type with the wrong number or range of arguments.",
    InvalidDefault => "invalid_default": "A default value that does not fit the field.",
    // Relations.
    AmbiguousRelation => "ambiguous_relation": "Several relation fields that cannot be told apart without relation names.",
    MissingOppositeRelation => "missing_opposite_relation": "A relation field without the opposite field on the other model.",
    InvalidManyToMany => "invalid_many_to_many": "An implicit many-to-many relation with `fields` or `references`.",
    ViewManyToMany => "view_many_to_many": "An implicit many-to-many relation involving a view.",
    ManyToManyWithoutId => "many_to_many_without_id": "An implicit many-to-many relation to a model without an id.",
    ManyToManyCompoundId => "many_to_many_compound_id": "An implicit many-to-many relation to a model with a compound id.",
    BothSidesHaveFields => "both_sides_have_fields": "Both fields of a relation give `fields`.",
    MissingRelationFields => "missing_relation_fields": "Neither field of a one-to-one or one-to-many relation gives `fields`.",
    ListRelationWithFields => "list_relation_with_fields": "A list relation field that gives `fields`.",
    MissingRelationReferences => "missing_relation_references": "A relation that gives `fields` but not `references`.",
    RelationArityMismatch => "relation_arity_mismatch": "`fields` and `references` of different lengths.",
    RelationTypeMismatch => "relation_type_mismatch": "A field in `fields` whose type differs from the one it references.",
    ReferencesNotUnique => "references_not_unique": "`references` that are not a unique criterion of the related model.",
    OneToOneNotUnique => "one_to_one_not_unique": "A one-to-one relation whose `fields` are not unique.",
    ActionsOnWrongSide => "actions_on_wrong_side": "`onDelete` or `onUpdate` on the side without the foreign key.",
    SetNullOnRequired => "set_null_on_required": "A `SetNull` referential action over a required field.",
    RelationArity => "relation_arity": "A required relation field over optional scalar fields.",
    InvalidReferentialAction => "invalid_referential_action": "A referential action Prisma does not know.",
}

impl fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl Serialize for DiagnosticCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Identifies a loaded schema file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct FileId(pub u32);

/// A byte range in one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    /// The file the range is in.
    pub file: FileId,
    /// Byte offset of the first byte.
    pub start: u32,
    /// Byte offset just past the last byte.
    pub end: u32,
}

impl Span {
    /// The range `start..end` of `file`.
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
    /// Its id in the [`SourceMap`].
    pub id: FileId,
    /// The path as given (or as found), used in every report.
    pub path: String,
    /// The file's text.
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// A file with its line starts computed once.
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

    /// The text of a span (empty if the span lies outside the file).
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
    /// No files yet.
    pub fn new() -> Self {
        SourceMap::default()
    }

    /// Adds a file and returns its id.
    pub fn add(&mut self, path: impl Into<String>, text: impl Into<String>) -> FileId {
        let id = FileId(self.files.len() as u32);
        self.files.push(SourceFile::new(id, path, text));
        id
    }

    /// The file with this id (which must come from this map).
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// Every file, in the order added.
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

/// How bad a problem is: errors make a schema unusable, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The schema cannot be used.
    Error,
    /// Worth knowing; the schema is still used.
    Warning,
}

/// One problem: what, where, and possibly how to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable identifier of the kind of problem.
    pub code: DiagnosticCode,
    /// The message, worded as Prisma words it where Prisma has the rule.
    pub message: String,
    /// Where the problem is.
    pub span: Span,
    /// A suggestion, shown as a note.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error with this message.
    pub fn error(code: DiagnosticCode, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            span,
            help: None,
        }
    }

    /// A warning with this message.
    pub fn warning(code: DiagnosticCode, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, span, message)
        }
    }

    /// An error about no declaration in particular, in Prisma's form
    /// `Error validating: {message}`.
    pub fn validation_error(code: DiagnosticCode, span: Span, message: impl fmt::Display) -> Self {
        Diagnostic::error(code, span, format!("Error validating: {message}"))
    }

    /// An error about a model, view, enum or composite type (`kind` is the
    /// word for it), in Prisma's form `Error validating {kind} "{name}": {message}`.
    pub fn block_error(
        code: DiagnosticCode,
        span: Span,
        kind: &str,
        name: &str,
        message: impl fmt::Display,
    ) -> Self {
        Diagnostic::error(
            code,
            span,
            format!("Error validating {kind} \"{name}\": {message}"),
        )
    }

    /// An error about a field of a model or view, in Prisma's form
    /// ``Error validating field `{field}` in {kind} `{container}`: {message}``.
    pub fn field_error(
        code: DiagnosticCode,
        span: Span,
        kind: &str,
        container: &str,
        field: &str,
        message: impl fmt::Display,
    ) -> Self {
        Diagnostic::error(
            code,
            span,
            format!("Error validating field `{field}` in {kind} `{container}`: {message}"),
        )
    }

    /// An error about an attribute's arguments (`attribute` with its `@` or
    /// `@@`), in Prisma's form `Error parsing attribute "{attribute}": {message}`.
    pub fn attribute_error(
        code: DiagnosticCode,
        span: Span,
        attribute: &str,
        message: impl fmt::Display,
    ) -> Self {
        Diagnostic::error(
            code,
            span,
            format!("Error parsing attribute \"{attribute}\": {message}"),
        )
    }

    /// The same diagnostic with a suggestion.
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
    /// None yet.
    pub fn new() -> Self {
        Diagnostics::default()
    }

    /// Adds a diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.list.push(diagnostic);
    }

    /// Adds an error.
    pub fn error(&mut self, code: DiagnosticCode, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::error(code, span, message));
    }

    /// Adds a warning.
    pub fn warning(&mut self, code: DiagnosticCode, span: Span, message: impl Into<String>) {
        self.push(Diagnostic::warning(code, span, message));
    }

    /// Adds all of `other`'s, in their order.
    pub fn extend(&mut self, other: Diagnostics) {
        self.list.extend(other.list);
    }

    /// Whether any is an error.
    pub fn has_errors(&self) -> bool {
        self.list.iter().any(|d| d.severity == Severity::Error)
    }

    /// The errors, in the order found.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter().filter(|d| d.severity == Severity::Error)
    }

    /// The warnings, in the order found.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter().filter(|d| d.severity == Severity::Warning)
    }

    /// All of them, in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.list.iter()
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether there are none.
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
            .with_code(diagnostic.code.as_str())
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
            code: d.code.as_str(),
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

/// `1 table`, `2 tables`: a count with its noun in the right number.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The longest server message kept whole, in characters (see [`shorten`]).
pub const MESSAGE_LIMIT: usize = 1_000;

/// The longest error or warning line printed whole, in characters: room for a server
/// message cut to [`MESSAGE_LIMIT`] and what is said around it.
pub const LINE_LIMIT: usize = 4_000;

/// `text` cut to `limit` characters, saying how many were left out: a server message (a
/// `RAISE`, a statement quoted back) can be megabytes, which no terminal, CI log or report
/// should get whole.
pub fn shorten(text: &str, limit: usize) -> std::borrow::Cow<'_, str> {
    match text.char_indices().nth(limit) {
        None => std::borrow::Cow::Borrowed(text),
        Some((at, _)) => std::borrow::Cow::Owned(format!(
            "{}… ({} cut)",
            &text[..at],
            count(
                text[at..].chars().count(),
                "more character",
                "more characters"
            )
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_messages_are_cut_on_a_character_boundary() {
        let short = "é".repeat(MESSAGE_LIMIT);
        assert_eq!(shorten(&short, MESSAGE_LIMIT), short.as_str());
        let long = "é".repeat(MESSAGE_LIMIT + 5);
        let cut = shorten(&long, MESSAGE_LIMIT);
        assert!(cut.starts_with(&short), "{cut}");
        assert!(cut.ends_with("… (5 more characters cut)"), "{cut}");
    }

    #[test]
    fn codes_are_unique_snake_case_names() {
        let mut names: Vec<&str> = DiagnosticCode::ALL.iter().map(|c| c.as_str()).collect();
        for name in &names {
            assert!(
                name.split('_')
                    .all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())),
                "{name}"
            );
            assert_eq!(
                DiagnosticCode::from_name(name).map(|c| c.as_str()),
                Some(*name)
            );
        }
        for code in DiagnosticCode::ALL {
            assert!(code.description().ends_with('.'), "{code}");
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), DiagnosticCode::ALL.len());
        assert_eq!(
            serde_json::to_value(DiagnosticCode::UnknownType).unwrap(),
            "unknown_type"
        );
    }

    #[test]
    fn prefixed_messages_take_prisma_forms() {
        let span = Span::default();
        let code = DiagnosticCode::InvalidAttribute;
        let message = |d: Diagnostic| d.message;
        assert_eq!(
            message(Diagnostic::validation_error(code, span, "Bad.")),
            "Error validating: Bad."
        );
        assert_eq!(
            message(Diagnostic::block_error(code, span, "view", "V", "Bad.")),
            "Error validating view \"V\": Bad."
        );
        assert_eq!(
            message(Diagnostic::field_error(
                code, span, "model", "M", "f", "Bad."
            )),
            "Error validating field `f` in model `M`: Bad."
        );
        assert_eq!(
            message(Diagnostic::attribute_error(code, span, "@@index", "Bad.")),
            "Error parsing attribute \"@@index\": Bad."
        );
    }

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
        diags.error(
            DiagnosticCode::UnknownType,
            Span::new(id, 27, 31),
            "unknown",
        );
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
            Diagnostic::error(DiagnosticCode::UnknownType, Span::new(id, 14, 17), "Type \"Foo\" is neither a built-in type, nor refers to another model, composite type, or enum.")
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
