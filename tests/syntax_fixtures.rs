//! Fixture folders for the front end, in the style of ruff's parser tests:
//! every file of `tests/fixtures/syntax/valid` and `…/invalid` gets one snapshot
//! (in `snapshots/`) holding the input, the syntax tree summary and the rendered
//! diagnostics. Files in `valid/` must give no error (warnings are allowed),
//! files in `invalid/` at least one.
//!
//! To add a case, drop a `.prisma` file in a folder and run
//! `INSTA_UPDATE=always cargo test --test syntax_fixtures` (or `cargo insta
//! review`), then read the new snapshot before committing it.

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use prisma_drift::diagnostics::SourceMap;
use prisma_drift::schema::parse_schema;
use prisma_drift::syntax::summarize;

fn fixtures(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/syntax")
        .join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "prisma"))
        .collect();
    files.sort();
    files
}

/// Carriage returns would vanish in a snapshot (insta normalizes line
/// endings), so they are shown as `␍`.
fn show_cr(text: &str) -> String {
    text.replace('\r', "␍")
}

/// The snapshot of one fixture, and its error count.
fn snapshot(folder: &str, path: &Path) -> (String, usize) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = format!(
        "{folder}/{}",
        path.file_name().unwrap_or_default().to_string_lossy()
    );
    let mut sources = SourceMap::new();
    sources.add(name, text.as_str());
    let parsed = parse_schema(sources);
    let tree: String = parsed
        .files
        .iter()
        .map(|file| summarize(file, &parsed.sources))
        .collect();
    let rendered = parsed.diagnostics.render(&parsed.sources, false);
    let errors = parsed.diagnostics.errors().count();
    let warnings = parsed.diagnostics.warnings().count();
    let mut input = show_cr(&text);
    if !input.ends_with('\n') {
        input.push_str("\n(no newline at end of file)\n");
    }
    let content = format!(
        "## Input\n\n{input}\n## Syntax tree\n\n{tree}\n## Diagnostics ({errors} errors, {warnings} warnings)\n\n{}",
        show_cr(&rendered)
    );
    (content, errors)
}

fn check_folder(folder: &str, must_be_valid: bool) {
    let files = fixtures(folder);
    assert!(!files.is_empty(), "no fixtures in {folder}/");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);

    let mut failures = Vec::new();
    for path in &files {
        let stem = path.file_stem().unwrap_or_default().to_string_lossy();
        let (content, errors) = snapshot(folder, path);
        if must_be_valid && errors > 0 {
            failures.push(format!(
                "{}: {errors} errors, expected none",
                path.display()
            ));
        }
        if !must_be_valid && errors == 0 {
            failures.push(format!(
                "{}: no error, expected at least one",
                path.display()
            ));
        }
        settings.set_input_file(path);
        // Keep going after a mismatch so one run reports (and, with
        // INSTA_UPDATE, writes) every changed snapshot.
        let result = panic::catch_unwind(AssertUnwindSafe(|| {
            settings.bind(|| {
                insta::assert_snapshot!(format!("syntax__{folder}__{stem}"), content);
            })
        }));
        if result.is_err() {
            failures.push(format!("{}: snapshot differs", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} {folder} fixtures failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn valid_fixtures_have_no_errors() {
    check_folder("valid", true);
}

#[test]
fn invalid_fixtures_have_errors() {
    check_folder("invalid", false);
}
