//! `prisma-drift format`.

use std::io::Write;
use std::path::Path;

use super::{fail, stdout_color, FormatArgs, EXIT_DRIFT, EXIT_ERROR, EXIT_OK};
use crate::check;
use crate::diagnostics::{Diagnostics, Severity, SourceMap};
use crate::format::{self, FormattedFile};
use crate::schema::{self, locate, ParsedSchema};

/// Formats (or with `--check`, checks) the schema; returns the exit code.
pub fn run(args: &FormatArgs) -> u8 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let path = match locate::locate(args.schema.schema.as_deref(), &cwd) {
        Ok(path) => path,
        Err(error) => return fail(error),
    };
    let parsed = match check::load_schema(&path) {
        Ok(parsed) => parsed,
        Err(error) => return fail(error),
    };
    let files = format::format_schema(&parsed);
    let mut out = std::io::stdout().lock();
    // Like Prisma, a schema that is still invalid once formatted is left alone.
    let code = if let Some((diagnostics, sources)) = remaining_errors(&parsed, &files) {
        let _ = write!(out, "{}", diagnostics.render(&sources, stdout_color()));
        let errors = diagnostics.errors().count();
        let _ = writeln!(
            out,
            "The schema at {} is invalid ({errors} error{}): it was not formatted.",
            path.display(),
            if errors == 1 { "" } else { "s" }
        );
        EXIT_ERROR
    } else if args.check {
        check(&mut out, &path, &parsed, &files)
    } else {
        write_files(&mut out, &path, &parsed, &files)
    };
    // The process ends right after this: freeing every tree node one by one
    // would only add time.
    std::mem::forget(parsed);
    std::mem::forget(files);
    code
}

/// `--check`: lists the files that are not formatted.
fn check(out: &mut impl Write, path: &Path, parsed: &ParsedSchema, files: &[FormattedFile]) -> u8 {
    let changed: Vec<&FormattedFile> = files.iter().filter(|f| f.changed).collect();
    for file in &changed {
        let _ = writeln!(out, "not formatted: {}", file.path);
        for span in &file.dropped_comments {
            let _ = writeln!(
                out,
                "  {}: formatting drops this comment after `{{`, as Prisma does; move it to a line of its own",
                parsed.sources.location(*span)
            );
        }
    }
    if changed.is_empty() {
        let _ = writeln!(out, "The schema at {} is formatted.", path.display());
        return EXIT_OK;
    }
    let _ = writeln!(
        out,
        "{} of {} file{} not formatted: run `prisma-drift format`.",
        changed.len(),
        files.len(),
        if files.len() == 1 { " is" } else { "s are" }
    );
    EXIT_DRIFT
}

/// Writes the files that change, unless a comment would be lost.
fn write_files(
    out: &mut impl Write,
    path: &Path,
    parsed: &ParsedSchema,
    files: &[FormattedFile],
) -> u8 {
    let changed: Vec<&FormattedFile> = files.iter().filter(|f| f.changed).collect();
    let lost: Vec<String> = changed
        .iter()
        .flat_map(|f| f.dropped_comments.iter())
        .map(|span| parsed.sources.location(*span))
        .collect();
    if !lost.is_empty() {
        return fail(format!(
            "nothing was written: formatting would drop the comment{} after `{{` at {} (Prisma's formatter drops them); move {} to a line of its own",
            if lost.len() == 1 { "" } else { "s" },
            lost.join(", "),
            if lost.len() == 1 { "it" } else { "them" }
        ));
    }
    for file in &changed {
        if let Err(error) = std::fs::write(&file.path, &file.text) {
            return fail(format!("cannot write {}: {error}", file.path));
        }
        let _ = writeln!(out, "Formatted {}", file.path);
    }
    if changed.is_empty() {
        let _ = writeln!(
            out,
            "The schema at {} is already formatted.",
            path.display()
        );
    }
    EXIT_OK
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
