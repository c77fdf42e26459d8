//! Conformance with Prisma's own validation fixtures (`shared/psl-suites/validation`):
//! a schema, then Prisma's expected diagnostics as a trailing `// ` block.
//!
//! Prints cases run and skipped (with reasons), agreement on valid cases, on
//! invalid cases, and on the line of the first error. Fails unless every valid
//! case is valid for us and at least 75 % of invalid cases get an error on the
//! line of Prisma's first error.

mod shared;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use prisma_drift::diagnostics::{Severity, SourceMap};
use prisma_drift::schema::parse_schema;

/// Cases where we differ from this Prisma version on purpose: prisma-drift
/// accepts Prisma 5, 6 and 7 schemas, and each of these rules belongs to one
/// version only.
const DELIBERATE: &[(&str, &str)] = &[
    (
        "preview_features/schema_engine_driver_adapters/postgres/url_is_still_required.prisma",
        "Prisma 7 schemas have no datasource url",
    ),
    (
        "views/view_with_pkey.prisma",
        "Prisma 5/6 views may have @id; a warning here",
    ),
];

/// What Prisma expects of one case.
struct Expected {
    errors: Vec<(String, u32)>,
    warnings: Vec<(String, u32)>,
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits a case into its schema and the trailing `//` block.
fn split_case(text: &str) -> (String, Option<Expected>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut start = lines.len();
    while start > 0 && lines[start - 1].starts_with("//") {
        start -= 1;
    }
    if start == lines.len() {
        return (text.to_string(), None);
    }
    let block: Vec<String> = lines[start..]
        .iter()
        .map(|l| strip_ansi(l.strip_prefix("// ").unwrap_or(&l[2..])))
        .collect();
    let mut expected = Expected {
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let mut pending: Option<(bool, String)> = None;
    for line in &block {
        if let Some(message) = line.strip_prefix("error: ") {
            pending = Some((true, message.trim().to_string()));
        } else if let Some(message) = line.strip_prefix("warning: ") {
            pending = Some((false, message.trim().to_string()));
        } else if let Some(location) = line.trim().strip_prefix("-->") {
            let line_no = location
                .trim()
                .rsplit(':')
                .next()
                .and_then(|n| n.trim().parse::<u32>().ok())
                .unwrap_or(0);
            if let Some((is_error, message)) = pending.take() {
                if is_error {
                    expected.errors.push((message, line_no));
                } else {
                    expected.warnings.push((message, line_no));
                }
            }
        }
    }
    // The schema is everything above the block (the block may be glued to it).
    let schema = lines[..start].join("\n") + "\n";
    (schema, Some(expected))
}

fn provider(text: &str) -> Option<String> {
    let position = text.find("provider")?;
    // The datasource's provider, not a generator's.
    let datasource = text.find("datasource")?;
    let after = &text[datasource..];
    let p = after.find("provider")?;
    let rest = &after[p..];
    let start = rest.find('"')? + 1;
    let end = rest[start..].find('"')? + start;
    let _ = position;
    Some(rest[start..end].to_string())
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "prisma") {
            out.push(path);
        }
    }
}

#[test]
fn prisma_validation_suite() {
    let Some(root) = shared::dir("psl-suites/validation") else {
        return;
    };
    let mut files = Vec::new();
    collect(&root, &mut files);
    let mut tally = Tally::default();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let relative = path.strip_prefix(&root).unwrap().display().to_string();
        if let Some(p) = provider(&text).as_deref() {
            if matches!(
                p,
                "mongodb" | "sqlserver" | "mysql" | "sqlite" | "cockroachdb"
            ) {
                *tally.skipped.entry(format!("{p} only")).or_default() += 1;
                continue;
            }
        }
        let (schema_text, expected) = split_case(&text);
        tally.record(&relative, expected, &our_diagnostics(schema_text));
    }
    tally.print(files.len());
    assert!(
        tally.valid_failures.is_empty(),
        "valid cases with errors:\n{}",
        tally.valid_failures.join("\n")
    );
    assert!(
        percent(tally.invalid_line_ok, tally.invalid_total) >= 75.0,
        "only {}/{} invalid cases have an error on Prisma's line",
        tally.invalid_line_ok,
        tally.invalid_total
    );
}

/// Our diagnostics for one case: severity, line, message, in order.
fn our_diagnostics(schema_text: String) -> Vec<(Severity, u32, String)> {
    let mut sources = SourceMap::new();
    sources.add("schema.prisma", schema_text);
    let parsed = parse_schema(sources);
    parsed
        .diagnostics
        .sorted()
        .into_iter()
        .map(|d| {
            let (line, _) = parsed.sources.get(d.span.file).line_column(d.span.start);
            (d.severity, line, d.message.clone())
        })
        .collect()
}

fn percent(a: usize, b: usize) -> f64 {
    if b == 0 {
        100.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// How the suite's cases came out.
#[derive(Default)]
struct Tally {
    skipped: BTreeMap<String, usize>,
    valid_total: usize,
    valid_ok: usize,
    invalid_total: usize,
    invalid_any_error: usize,
    invalid_line_ok: usize,
    warning_total: usize,
    warning_ok: usize,
    valid_failures: Vec<String>,
    line_misses: Vec<String>,
}

impl Tally {
    fn record(
        &mut self,
        relative: &str,
        expected: Option<Expected>,
        ours: &[(Severity, u32, String)],
    ) {
        let our_errors: Vec<&(Severity, u32, String)> =
            ours.iter().filter(|d| d.0 == Severity::Error).collect();
        match expected {
            None => {
                self.valid_total += 1;
                if our_errors.is_empty() {
                    self.valid_ok += 1;
                } else {
                    self.valid_failures
                        .push(format!("{relative}: {:?}", our_errors));
                }
            }
            Some(expected) if expected.errors.is_empty() => {
                self.warning_total += 1;
                let ok = our_errors.is_empty()
                    && expected
                        .warnings
                        .iter()
                        .all(|w| ours.iter().any(|d| d.0 == Severity::Warning && d.1 == w.1));
                if ok {
                    self.warning_ok += 1;
                } else if !our_errors.is_empty() {
                    self.valid_failures
                        .push(format!("{relative} (warnings only): {:?}", our_errors));
                }
            }
            Some(expected) => {
                self.invalid_total += 1;
                if !our_errors.is_empty() {
                    self.invalid_any_error += 1;
                }
                let first_line = expected.errors[0].1;
                if our_errors.iter().any(|d| d.1 == first_line) {
                    self.invalid_line_ok += 1;
                } else {
                    self.line_misses.push(format!(
                        "{relative}: expected line {first_line} ({}), ours {:?}",
                        expected.errors[0].0,
                        our_errors.iter().map(|d| (d.1, &d.2)).collect::<Vec<_>>()
                    ));
                }
            }
        }
    }

    fn print(&self, files: usize) {
        let run = self.valid_total + self.invalid_total + self.warning_total;
        let skipped_total: usize = self.skipped.values().sum();
        println!("psl validation suite: {files} files, {run} cases run, {skipped_total} skipped");
        for (reason, count) in &self.skipped {
            println!("  skipped {count}: {reason}");
        }
        let line = |label: &str, a: usize, b: usize, what: &str| {
            println!("  {label:<16}{a}/{b} {what} ({:.1} %)", percent(a, b));
        };
        line(
            "valid cases:",
            self.valid_ok,
            self.valid_total,
            "valid for us",
        );
        line(
            "warning cases:",
            self.warning_ok,
            self.warning_total,
            "same warnings, no error",
        );
        line(
            "invalid cases:",
            self.invalid_any_error,
            self.invalid_total,
            "give an error",
        );
        line(
            "first error line:",
            self.invalid_line_ok,
            self.invalid_total,
            "on Prisma's line",
        );
        for miss in &self.line_misses {
            let deliberate = DELIBERATE
                .iter()
                .find(|(case, _)| miss.starts_with(case))
                .map(|(_, why)| format!(" [deliberate: {why}]"))
                .unwrap_or_default();
            println!("  line miss: {miss}{deliberate}");
        }
    }
}
