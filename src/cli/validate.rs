//! `prisma-drift validate`.

use super::{
    fail, out, out_line, stdout_color, DiagnosticsFormat, ValidateArgs, EXIT_ERROR, EXIT_OK,
};
use prisma_drift::report::count;
use prisma_drift::run;

pub(crate) fn run(args: &ValidateArgs) -> u8 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let (path, parsed) = match run::load_schema(&args.schema.inputs(), &cwd) {
        Ok((path, parsed, _config)) => (path, parsed),
        Err(error) => return fail(error),
    };
    let diagnostics = &parsed.diagnostics;
    match args.format {
        DiagnosticsFormat::Json => {
            let json = diagnostics.to_json(&parsed.sources);
            out_line(&serde_json::to_string_pretty(&json).unwrap_or_default());
        }
        DiagnosticsFormat::Human => {
            out(&diagnostics.render(&parsed.sources, stdout_color()));
            let errors = diagnostics.errors().count();
            let warnings = diagnostics.warnings().count();
            let files = parsed.sources.files().len();
            let what = if files == 1 {
                path.display().to_string()
            } else {
                format!("{} ({files} files)", path.display())
            };
            if errors == 0 {
                out_line(&format!(
                    "The schema at {what} is valid{}.",
                    match warnings {
                        0 => String::new(),
                        n => format!(" ({})", count(n, "warning", "warnings")),
                    }
                ));
            } else {
                out_line(&format!(
                    "The schema at {what} is invalid: {}{}.",
                    count(errors, "error", "errors"),
                    match warnings {
                        0 => String::new(),
                        n => format!(", {}", count(n, "warning", "warnings")),
                    }
                ));
            }
        }
    }
    let code = if diagnostics.has_errors() {
        EXIT_ERROR
    } else {
        EXIT_OK
    };
    // The process ends right after this: freeing every tree node one by one
    // would only add time (about 5% of a run on a large schema).
    std::mem::forget(parsed);
    code
}
