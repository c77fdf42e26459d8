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

    let mut skipped: BTreeMap<String, usize> = BTreeMap::new();
    let (mut valid_total, mut valid_ok) = (0, 0);
    let (mut invalid_total, mut invalid_any_error, mut invalid_line_ok) = (0, 0, 0);
    let (mut warning_total, mut warning_ok) = (0, 0);
    let mut valid_failures = Vec::new();
    let mut line_misses = Vec::new();

    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let relative = path.strip_prefix(&root).unwrap().display().to_string();
        let provider = provider(&text);
        if let Some(p) = provider.as_deref() {
            if matches!(
                p,
                "mongodb" | "sqlserver" | "mysql" | "sqlite" | "cockroachdb"
            ) {
                *skipped.entry(format!("{p} only")).or_default() += 1;
                continue;
            }
        }
        let (schema_text, expected) = split_case(&text);
        let mut sources = SourceMap::new();
        sources.add("schema.prisma", schema_text);
        let parsed = parse_schema(sources);
        let ours: Vec<(Severity, u32, String)> = parsed
            .diagnostics
            .sorted()
            .into_iter()
            .map(|d| {
                let (line, _) = parsed.sources.get(d.span.file).line_column(d.span.start);
                (d.severity, line, d.message.clone())
            })
            .collect();
        let our_errors: Vec<&(Severity, u32, String)> =
            ours.iter().filter(|d| d.0 == Severity::Error).collect();
        match expected {
            None => {
                valid_total += 1;
                if our_errors.is_empty() {
                    valid_ok += 1;
                } else {
                    valid_failures.push(format!("{relative}: {:?}", our_errors));
                }
            }
            Some(expected) if expected.errors.is_empty() => {
                warning_total += 1;
                let expected_lines: Vec<u32> = expected.warnings.iter().map(|w| w.1).collect();
                let ok = our_errors.is_empty()
                    && expected_lines
                        .iter()
                        .all(|l| ours.iter().any(|d| d.0 == Severity::Warning && d.1 == *l));
                if ok {
                    warning_ok += 1;
                } else if !our_errors.is_empty() {
                    valid_failures.push(format!("{relative} (warnings only): {:?}", our_errors));
                }
            }
            Some(expected) => {
                invalid_total += 1;
                if !our_errors.is_empty() {
                    invalid_any_error += 1;
                }
                let first_line = expected.errors[0].1;
                if our_errors.iter().any(|d| d.1 == first_line) {
                    invalid_line_ok += 1;
                } else {
                    line_misses.push(format!(
                        "{relative}: expected line {first_line} ({}), ours {:?}",
                        expected.errors[0].0,
                        our_errors.iter().map(|d| (d.1, &d.2)).collect::<Vec<_>>()
                    ));
                }
            }
        }
    }

    let run = valid_total + invalid_total + warning_total;
    let skipped_total: usize = skipped.values().sum();
    let pct = |a: usize, b: usize| {
        if b == 0 {
            100.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    println!(
        "psl validation suite: {} files, {run} cases run, {skipped_total} skipped",
        files.len()
    );
    for (reason, count) in &skipped {
        println!("  skipped {count}: {reason}");
    }
    println!(
        "  valid cases:    {valid_ok}/{valid_total} valid for us ({:.1} %)",
        pct(valid_ok, valid_total)
    );
    println!(
        "  warning cases:  {warning_ok}/{warning_total} same warnings, no error ({:.1} %)",
        pct(warning_ok, warning_total)
    );
    println!(
        "  invalid cases:  {invalid_any_error}/{invalid_total} give an error ({:.1} %)",
        pct(invalid_any_error, invalid_total)
    );
    println!(
        "  first error line: {invalid_line_ok}/{invalid_total} on Prisma's line ({:.1} %)",
        pct(invalid_line_ok, invalid_total)
    );
    for miss in &line_misses {
        let deliberate = DELIBERATE
            .iter()
            .find(|(case, _)| miss.starts_with(case))
            .map(|(_, why)| format!(" [deliberate: {why}]"))
            .unwrap_or_default();
        println!("  line miss: {miss}{deliberate}");
    }
    assert!(
        valid_failures.is_empty(),
        "valid cases with errors:\n{}",
        valid_failures.join("\n")
    );
    assert!(
        pct(invalid_line_ok, invalid_total) >= 75.0,
        "only {invalid_line_ok}/{invalid_total} invalid cases have an error on Prisma's line"
    );
}
