//! `format` as one call: the schema's files formatted as Prisma formats them,
//! with what stops them from being written (errors formatting does not fix,
//! comments Prisma's formatter would drop).

use crate::diagnostics::{Diagnostics, Severity, SourceMap};
use crate::format::{self, FormattedFile};
use crate::schema::{self, ParsedSchema};

use super::RunError;

/// The formatted files of a schema.
#[derive(Debug)]
pub struct FormatOutcome {
    /// Every file, formatted (`changed` when the text differs).
    pub files: Vec<FormattedFile>,
    /// Errors that formatting does not fix, with the sources to show them
    /// in: the schema is not formatted then, as Prisma does.
    pub invalid: Option<(Diagnostics, SourceMap)>,
}

impl FormatOutcome {
    /// The files whose text changes.
    pub fn changed(&self) -> impl Iterator<Item = &FormattedFile> {
        self.files.iter().filter(|f| f.changed)
    }

    /// `file:line:column` of every comment formatting would drop.
    pub fn dropped_comments(&self, parsed: &ParsedSchema) -> Vec<String> {
        self.changed()
            .flat_map(|f| f.dropped_comments.iter())
            .map(|span| parsed.sources.location(*span))
            .collect()
    }
}

/// Formats every file of `parsed`.
pub fn format(parsed: &ParsedSchema) -> FormatOutcome {
    let files = format::format_schema(parsed);
    let invalid = remaining_errors(parsed, &files);
    FormatOutcome { files, invalid }
}

/// Writes the files that change; refuses (writing nothing) when the schema
/// is invalid or a comment would be lost. Returns the paths written.
pub fn write(outcome: &FormatOutcome, parsed: &ParsedSchema) -> Result<Vec<String>, RunError> {
    if outcome.invalid.is_some() {
        return Err(RunError::Message(
            "the schema is invalid: it was not formatted".into(),
        ));
    }
    let lost = outcome.dropped_comments(parsed);
    if !lost.is_empty() {
        return Err(RunError::Message(format!(
            "nothing was written: formatting would drop the comment{} after `{{` at {} (Prisma's formatter drops them); move {} to a line of its own",
            if lost.len() == 1 { "" } else { "s" },
            lost.join(", "),
            if lost.len() == 1 { "it" } else { "them" }
        )));
    }
    let mut written = Vec::new();
    for file in outcome.changed() {
        std::fs::write(&file.path, &file.text)
            .map_err(|error| RunError::Message(format!("cannot write {}: {error}", file.path)))?;
        written.push(file.path.clone());
    }
    Ok(written)
}

/// The errors of the schema that formatting does not fix, with the sources to
/// show them in, or `None` when the formatted schema is valid. They are shown
/// on the files as they are, so that their lines are the user's; errors that
/// formatting fixes (a missing back-relation field, …) are left out.
fn remaining_errors(
    parsed: &ParsedSchema,
    files: &[FormattedFile],
) -> Option<(Diagnostics, SourceMap)> {
    let formatted = files.iter().any(|f| f.changed).then(|| {
        let mut sources = SourceMap::new();
        for file in files {
            sources.add(file.path.clone(), file.text.clone());
        }
        schema::parse_schema(sources)
    });
    let after = formatted
        .as_ref()
        .map_or(&parsed.diagnostics, |f| &f.diagnostics);
    if !after.has_errors() {
        return None;
    }
    let mut remaining = Diagnostics::new();
    for diagnostic in parsed.diagnostics.iter() {
        if diagnostic.severity == Severity::Warning
            || after.errors().any(|e| e.code == diagnostic.code)
        {
            remaining.push(diagnostic.clone());
        }
    }
    match formatted {
        // Formatting itself made the schema invalid: show where, in its output.
        Some(formatted) if !remaining.has_errors() => {
            Some((formatted.diagnostics, formatted.sources))
        }
        _ => Some((remaining, parsed.sources.clone())),
    }
}
