//! `prisma-drift format`.

use super::{fail, out, out_line, stdout_color, FormatArgs, EXIT_ERROR, EXIT_OK};
use prisma_drift::report::count;
use prisma_drift::run;

/// `format --check` found files that are not formatted (the "needs attention" code).
const EXIT_UNFORMATTED: u8 = 2;

/// Formats (or with `--check`, checks) the schema; returns the exit code.
pub(crate) fn run(args: &FormatArgs) -> u8 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let (path, parsed) = match run::load_schema(&args.schema.inputs(), &cwd) {
        Ok((path, parsed, _config)) => (path, parsed),
        Err(error) => return fail(error),
    };
    let outcome = run::format(&parsed);
    let code = if let Some((diagnostics, sources)) = &outcome.invalid {
        out(&diagnostics.render(sources, stdout_color()));
        let errors = diagnostics.errors().count();
        out_line(&format!(
            "The schema at {} is invalid ({}): it was not formatted.",
            path.display(),
            count(errors, "error", "errors")
        ));
        EXIT_ERROR
    } else if args.check {
        check(&outcome, &parsed, &path)
    } else {
        match run::write_formatted(&outcome, &parsed) {
            Ok(written) if written.is_empty() => {
                out_line(&format!(
                    "The schema at {} is already formatted.",
                    path.display()
                ));
                EXIT_OK
            }
            Ok(written) => {
                for file in written {
                    out_line(&format!("Formatted {file}"));
                }
                EXIT_OK
            }
            Err(error) => fail(error),
        }
    };
    // The process ends right after this: freeing every tree node one by one
    // would only add time.
    std::mem::forget(parsed);
    std::mem::forget(outcome);
    code
}

/// `--check`: lists the files that are not formatted.
fn check(
    outcome: &run::FormatOutcome,
    parsed: &prisma_drift::ParsedSchema,
    path: &std::path::Path,
) -> u8 {
    let changed: Vec<_> = outcome.changed().collect();
    for file in &changed {
        out_line(&format!("not formatted: {}", file.path));
        for span in &file.dropped_comments {
            out_line(&format!(
                "  {}: formatting drops this comment after `{{`, as Prisma does; move it to a line of its own",
                parsed.sources.location(*span)
            ));
        }
    }
    if changed.is_empty() {
        out_line(&format!("The schema at {} is formatted.", path.display()));
        return EXIT_OK;
    }
    out_line(&format!(
        "{} of {} file{} not formatted: run `prisma-drift format`.",
        changed.len(),
        outcome.files.len(),
        if outcome.files.len() == 1 {
            " is"
        } else {
            "s are"
        }
    ));
    EXIT_UNFORMATTED
}
