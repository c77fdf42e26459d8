//! `format` against Prisma's formatter.
//!
//! - Prisma's own reformat suite (`../shared/psl-suites/reformat`): every
//!   single-file case (`x.prisma` → `x.reformatted.prisma`) and every
//!   multi-file case (`case/` → `case.reformatted/`) byte for byte.
//! - Every schema of the shared corpus and of this repository: the SHA-256 and
//!   length of our output against what Prisma's formatter wrote
//!   (`tests/fixtures/format/prisma-format.sha256`, Prisma's formatter run until
//!   its output settles, which takes one run on all but one of them; the
//!   corpus is not copied).
//!   On a mismatch, with Node and the prisma-oracle at hand, the first
//!   difference from Prisma's own output is shown.
//! - Lossless on the corpus: the database the schema describes is the same
//!   before and after formatting, every comment's words are still there, and
//!   formatting twice changes nothing.
//! - Our own cases (`tests/fixtures/format`, expected outputs written by
//!   Prisma's formatter), and the command line: exit codes, what is written.
//!
//! Without `../shared` the shared parts are skipped with a message, unless
//! `PRISMA_DRIFT_REQUIRE_SHARED=1`.

mod shared;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use prisma_drift::diagnostics::SourceMap;
use prisma_drift::format::{format_schema, format_str};
use prisma_drift::lower::{lower, LowerOptions};
use prisma_drift::schema::{locate, parse_schema, ParsedSchema};
use prisma_drift::syntax::{BlockItem, CommentKind, SchemaFile, Top};
use regex::Regex;
use sha2::{Digest, Sha256};

const BIN: &str = env!("CARGO_BIN_EXE_prisma-drift");

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures() -> PathBuf {
    repo().join("tests/fixtures/format")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The first line where `ours` and `expected` differ, with a little context.
fn first_difference(ours: &str, expected: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (ours.lines().collect(), expected.lines().collect());
    let line = (0..a.len().max(b.len()))
        .find(|&i| a.get(i) != b.get(i))
        .unwrap_or(a.len().min(b.len()));
    let from = line.saturating_sub(2);
    let show = |lines: &[&str]| -> String {
        lines
            .iter()
            .enumerate()
            .skip(from)
            .take(5)
            .map(|(i, l)| format!("      {:>5} | {l:?}\n", i + 1))
            .collect()
    };
    if line >= a.len() && line >= b.len() {
        return "    the same lines, but line endings or the final newline differ".to_string();
    }
    format!(
        "    first difference at line {}\n    ours:\n{}    Prisma:\n{}",
        line + 1,
        show(&a),
        show(&b)
    )
}

/// Formats the schema at `path` (a file or a folder) after `edit` of each file.
fn format_path(
    path: &Path,
    edit: impl Fn(&str) -> String,
) -> (ParsedSchema, Vec<(String, String)>) {
    let loaded = locate::load(path).unwrap_or_else(|e| panic!("{e}"));
    let mut sources = SourceMap::new();
    for file in loaded.files() {
        sources.add(file.path.clone(), edit(&file.text));
    }
    let parsed = parse_schema(sources);
    let files = format_schema(&parsed)
        .into_iter()
        .map(|file| {
            let relative = Path::new(&file.path)
                .strip_prefix(path)
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let name = if relative.is_empty() {
                ".".to_string()
            } else {
                relative
            };
            (name, file.text)
        })
        .collect();
    (parsed, files)
}

/// The `.prisma` files under `dir`, sorted.
fn prisma_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "prisma") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn prisma_reformat_suite_single_file_cases_are_identical() {
    let Some(root) = shared::dir("psl-suites/reformat/reformatter") else {
        return;
    };
    let mut failures = Vec::new();
    let mut total = 0;
    for input in prisma_files(&root) {
        let name = input.display().to_string();
        let Some(stem) = name
            .strip_suffix(".prisma")
            .filter(|s| !s.ends_with(".reformatted"))
        else {
            continue;
        };
        total += 1;
        let expected_path = PathBuf::from(format!("{stem}.reformatted.prisma"));
        // Prisma's harness: a missing expected file means an empty output.
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        let ours = format_str(&read(&input));
        if ours != expected {
            failures.push(format!("{name}\n{}", first_difference(&ours, &expected)));
        } else if format_str(&expected) != expected {
            failures.push(format!("{name}: formatting the expected output changes it"));
        }
    }
    println!(
        "reformat suite: {}/{total} single-file cases identical to Prisma's output",
        total - failures.len()
    );
    assert!(total > 0, "no case found under {}", root.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Compares a formatted folder with `expected/<same file name>`.
fn compare_folder(case: &Path, expected: &Path, failures: &mut Vec<String>) {
    let (_, files) = format_path(case, str::to_string);
    for (name, ours) in &files {
        let wanted = read(&expected.join(name));
        if *ours != wanted {
            failures.push(format!(
                "{}/{name}\n{}",
                case.display(),
                first_difference(ours, &wanted)
            ));
        }
    }
    let count = prisma_files(expected).len();
    if files.len() != count {
        failures.push(format!(
            "{}: {} files formatted, {count} expected",
            case.display(),
            files.len()
        ));
    }
}

#[test]
fn prisma_reformat_suite_multi_file_cases_are_identical() {
    let Some(root) = shared::dir("psl-suites/reformat/reformatter_multi_file") else {
        return;
    };
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() && !p.to_string_lossy().ends_with(".reformatted"))
        .collect();
    cases.sort();
    let mut failures = Vec::new();
    for case in &cases {
        let expected = PathBuf::from(format!("{}.reformatted", case.display()));
        compare_folder(case, &expected, &mut failures);
    }
    println!(
        "reformat suite: {}/{} multi-file cases identical to Prisma's output",
        cases.len() - failures.len().min(cases.len()),
        cases.len()
    );
    assert!(!cases.is_empty(), "no case found under {}", root.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What the prisma-oracle's `--strip-url` does before formatting: remove the
/// url lines of datasource blocks (Prisma 7 rejects them).
fn strip_urls(text: &str) -> String {
    let block = Regex::new(r"datasource\s+[A-Za-z0-9_]+\s*\{[^}]*\}").unwrap();
    let url = Regex::new(
        r"(?m)^[ \t]*(url|directUrl|shadowDatabaseUrl)[ \t]*=[^\n\r\u{2028}\u{2029}]*(\r?\n)?",
    )
    .unwrap();
    block
        .replace_all(text, |m: &regex::Captures<'_>| {
            url.replace_all(&m[0], "").into_owned()
        })
        .into_owned()
}

/// `schema → file → (bytes, sha256)` from the generated table.
fn prisma_hashes() -> BTreeMap<String, BTreeMap<String, (usize, String)>> {
    let mut table: BTreeMap<String, BTreeMap<String, (usize, String)>> = BTreeMap::new();
    for line in read(&fixtures().join("prisma-format.sha256")).lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let parts: Vec<&str> = line.split(' ').collect();
        let [schema, file, _runs, bytes, hash] = parts[..] else {
            panic!("bad line in prisma-format.sha256: {line}");
        };
        table
            .entry(schema.to_string())
            .or_default()
            .insert(file.to_string(), (bytes.parse().unwrap(), hash.to_string()));
    }
    table
}

/// Prisma's own output for one file of a schema, when Node and the oracle are here.
fn prisma_output(schema: &Path, file: &str) -> Option<String> {
    let oracle = shared::dir("tools/prisma-oracle/oracle.mjs")?;
    let output = Command::new("node")
        .arg(oracle)
        .args([
            "format".as_ref(),
            schema.as_os_str(),
            "--strip-url".as_ref(),
        ])
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    if file == "." {
        return Some(text);
    }
    let marker = format!("// {}\n", schema.join(file).display());
    let start = text.find(&marker)? + marker.len();
    let next = format!("\n// {}/", schema.display());
    let end = text[start..]
        .find(&next)
        .map_or(text.len(), |i| start + i + 1);
    Some(text[start..end].to_string())
}

#[test]
fn corpus_and_repository_schemas_are_identical_to_prismas_output() {
    let shared_root = shared::dir("corpus").and_then(|c| c.parent().map(Path::to_path_buf));
    let mut failures = Vec::new();
    let (mut files, mut identical, mut corpus_files) = (0, 0, 0);
    for (schema, expected) in prisma_hashes() {
        let path = match schema.split_once('/') {
            Some(("repo", rest)) => repo().join(rest),
            Some(("corpus", _)) => match &shared_root {
                Some(root) => root.join(&schema),
                None => continue,
            },
            _ => panic!("unknown schema {schema}"),
        };
        let (_, formatted) = format_path(&path, strip_urls);
        for (file, ours) in &formatted {
            files += 1;
            corpus_files += usize::from(schema.starts_with("corpus/"));
            let digest = format!("{:x}", Sha256::digest(ours.as_bytes()));
            match expected.get(file) {
                Some((bytes, hash)) if *bytes == ours.len() && *hash == digest => identical += 1,
                Some(_) => {
                    let detail = prisma_output(&path, file)
                        .map(|prisma| first_difference(ours, &prisma))
                        .unwrap_or_else(|| {
                            "    (run with Node and ../shared/tools/prisma-oracle for a diff)"
                                .into()
                        });
                    failures.push(format!(
                        "{schema} {file}: differs from Prisma's output\n{detail}"
                    ));
                }
                None => failures.push(format!("{schema} {file}: not in prisma-format.sha256")),
            }
        }
        if formatted.len() != expected.len() {
            failures.push(format!(
                "{schema}: {} files formatted, {} expected",
                formatted.len(),
                expected.len()
            ));
        }
    }
    println!(
        "corpus and repository: {identical}/{files} schema files identical to Prisma's output ({corpus_files} of them from the corpus)"
    );
    assert!(files > 0, "nothing was compared");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The database a schema describes, without where each object was declared
/// (line numbers move when formatting).
fn database_json(parsed: &ParsedSchema) -> serde_json::Value {
    fn drop_origins(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                map.remove("origin");
                map.values_mut().for_each(drop_origins);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(drop_origins),
            _ => {}
        }
    }
    let database = lower(&parsed.schema, &parsed.sources, &LowerOptions::default());
    let mut json = serde_json::to_value(&database).unwrap();
    drop_origins(&mut json);
    json
}

/// Every word of every comment (a block comment's `*` decoration aside).
fn comment_words(files: &[SchemaFile]) -> BTreeMap<String, usize> {
    let mut words = BTreeMap::new();
    let mut add = |text: &str, kind: CommentKind| {
        for word in text.split_whitespace() {
            let word = if kind == CommentKind::Block {
                word.replace('*', "")
            } else {
                word.to_string()
            };
            if !word.is_empty() {
                *words.entry(word).or_insert(0) += 1;
            }
        }
    };
    for file in files {
        for item in &file.items {
            match item {
                Top::Comment(c) => add(&c.text, c.kind),
                Top::Block(block) => {
                    if let Some(c) = &block.closing_comment {
                        add(&c.text, c.kind);
                    }
                    for item in &block.items {
                        let comment = match item {
                            BlockItem::Comment(c) => Some(c),
                            BlockItem::Field(f) => f.trailing_comment.as_ref(),
                            BlockItem::EnumValue(v) => v.trailing_comment.as_ref(),
                            BlockItem::Property(p) => p.trailing_comment.as_ref(),
                            BlockItem::Attribute(a) => a.trailing_comment.as_ref(),
                            _ => None,
                        };
                        if let Some(c) = comment {
                            add(&c.text, c.kind);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    words
}

#[test]
fn formatting_the_corpus_keeps_its_meaning_and_its_comments() {
    let projects = shared::corpus_projects();
    let mut failures = Vec::new();
    for (name, path) in &projects {
        let (parsed, formatted) = format_path(path, str::to_string);
        let mut sources = SourceMap::new();
        for (file, text) in &formatted {
            sources.add(file.clone(), text.as_str());
        }
        let after = parse_schema(sources);
        if database_json(&parsed) != database_json(&after) {
            failures.push(format!("{name}: the database described changed"));
        }
        if comment_words(&parsed.files) != comment_words(&after.files) {
            failures.push(format!("{name}: comments changed"));
        }
        let again: Vec<String> = format_schema(&after).into_iter().map(|f| f.text).collect();
        let once: Vec<String> = formatted.iter().map(|(_, text)| text.clone()).collect();
        if again != once {
            failures.push(format!("{name}: formatting twice changes it"));
        }
    }
    println!(
        "corpus: {}/{} schemas keep their database, comments and shape when formatted again",
        projects.len() - failures.len().min(projects.len()),
        projects.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn our_cases_are_formatted_as_prisma_formats_them() {
    let dir = fixtures();
    let mut failures = Vec::new();
    let mut total = 0;
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.contains(".formatted") {
            continue;
        }
        if path.is_dir() {
            total += 1;
            compare_folder(&path, &dir.join(format!("{name}.formatted")), &mut failures);
        } else if let Some(stem) = name.strip_suffix(".prisma") {
            total += 1;
            let expected = read(&dir.join(format!("{stem}.formatted.prisma")));
            let ours = format_str(&read(&path));
            if ours != expected {
                failures.push(format!("{name}\n{}", first_difference(&ours, &expected)));
            }
            if format_str(&expected) != expected {
                failures.push(format!("{name}: formatting the expected output changes it"));
            }
        }
    }
    println!(
        "fixtures: {}/{total} cases as expected",
        total - failures.len().min(total)
    );
    assert!(total >= 10, "fixtures missing in {}", dir.display());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn run(cwd: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("run prisma-drift")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

const UNFORMATTED: &str =
    "model User {\n  id Int @id\n  posts Post[]\n}\nmodel Post {\n  id Int @id\n}\n";
const FORMATTED: &str = "model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id     Int   @id\n  user   User? @relation(fields: [userId], references: [id])\n  userId Int?\n}\n";

#[test]
fn check_lists_unformatted_files_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("prisma/schema.prisma");
    std::fs::create_dir_all(schema.parent().unwrap()).unwrap();
    std::fs::write(&schema, UNFORMATTED).unwrap();

    let check = run(dir.path(), &["format", "--check"]);
    assert_eq!(check.status.code(), Some(2), "{}", stdout(&check));
    assert!(
        stdout(&check).contains("not formatted: prisma/schema.prisma"),
        "{}",
        stdout(&check)
    );
    assert_eq!(read(&schema), UNFORMATTED, "--check must not write");

    let write = run(dir.path(), &["format"]);
    assert_eq!(write.status.code(), Some(0), "{}", stdout(&write));
    assert!(
        stdout(&write).contains("Formatted prisma/schema.prisma"),
        "{}",
        stdout(&write)
    );
    assert_eq!(read(&schema), FORMATTED);

    let again = run(dir.path(), &["format", "--check"]);
    assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
    let write = run(dir.path(), &["format"]);
    assert!(
        stdout(&write).contains("already formatted"),
        "{}",
        stdout(&write)
    );
}

#[test]
fn a_folder_is_formatted_file_by_file_and_only_changed_files_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("schema");
    std::fs::create_dir_all(&folder).unwrap();
    let formatted_db = "datasource db {\n  provider = \"postgresql\"\n}\n";
    std::fs::write(folder.join("db.prisma"), formatted_db).unwrap();
    std::fs::write(
        folder.join("user.prisma"),
        "model User {\n  id Int @id\n  posts Post[]\n}\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("post.prisma"),
        "model Post {\n  id Int @id\n}\n",
    )
    .unwrap();
    // Make the formatted file's time easy to compare: it must not be rewritten.
    let before = std::fs::metadata(folder.join("db.prisma"))
        .unwrap()
        .modified()
        .unwrap();

    let check = run(dir.path(), &["format", "--check", "--schema", "schema"]);
    assert_eq!(check.status.code(), Some(2));
    let listed = stdout(&check);
    assert!(
        listed.contains("schema/post.prisma") && !listed.contains("db.prisma"),
        "{listed}"
    );

    let write = run(dir.path(), &["format", "--schema", "schema"]);
    assert_eq!(write.status.code(), Some(0), "{}", stdout(&write));
    assert_eq!(
        read(&folder.join("post.prisma")),
        "model Post {\n  id     Int   @id\n  user   User? @relation(fields: [userId], references: [id])\n  userId Int?\n}\n"
    );
    assert_eq!(read(&folder.join("db.prisma")), formatted_db);
    let after = std::fs::metadata(folder.join("db.prisma"))
        .unwrap()
        .modified()
        .unwrap();
    assert_eq!(before, after, "an unchanged file is not written");
    assert_eq!(
        run(dir.path(), &["format", "--check", "--schema", "schema"])
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn an_invalid_schema_is_not_formatted() {
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("schema.prisma");
    let text = "model User {\n  id Int @id\n  name String @default(\"x)\n}\n";
    std::fs::write(&schema, text).unwrap();
    for args in [&["format"][..], &["format", "--check"][..]] {
        let output = run(dir.path(), args);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{args:?}: {}",
            stdout(&output)
        );
        let shown = stdout(&output);
        assert!(
            shown.contains("unterminated_string") && shown.contains("not formatted"),
            "{shown}"
        );
        assert_eq!(read(&schema), text);
    }
    // An error formatting fixes (a missing back-relation field) is no reason to refuse.
    std::fs::write(&schema, UNFORMATTED).unwrap();
    assert_eq!(run(dir.path(), &["format"]).status.code(), Some(0));
    assert_eq!(read(&schema), FORMATTED);
}

#[test]
fn a_comment_prisma_would_drop_is_not_lost() {
    let dir = tempfile::tempdir().unwrap();
    let schema = dir.path().join("schema.prisma");
    let text = "model User { // the users\n  id Int @id\n}\n";
    std::fs::write(&schema, text).unwrap();
    let write = run(dir.path(), &["format"]);
    assert_eq!(write.status.code(), Some(1));
    let message = String::from_utf8_lossy(&write.stderr);
    assert!(message.contains("schema.prisma:1:14"), "{message}");
    assert_eq!(read(&schema), text, "nothing is written");
    let check = run(dir.path(), &["format", "--check"]);
    assert_eq!(check.status.code(), Some(2));
    assert!(
        stdout(&check).contains("drops this comment"),
        "{}",
        stdout(&check)
    );
}

#[test]
fn the_schema_is_found_as_for_the_other_commands() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("db")).unwrap();
    std::fs::write(dir.path().join("db/main.prisma"), UNFORMATTED).unwrap();
    std::fs::write(
        dir.path().join("prisma.config.ts"),
        "import { defineConfig } from 'prisma/config'\nexport default defineConfig({ schema: 'db/main.prisma' })\n",
    )
    .unwrap();
    let output = run(dir.path(), &["format", "--check"]);
    assert_eq!(output.status.code(), Some(2), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("db/main.prisma"),
        "{}",
        stdout(&output)
    );
    let missing = run(dir.path(), &["format", "--schema", "nope.prisma"]);
    assert_eq!(missing.status.code(), Some(1));
}
