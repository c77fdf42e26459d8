//! The front end never panics, whatever the input, and formatting settles.
//!
//! Every schema of the corpus, of Prisma's suites and of our own fixtures is
//! fed through the whole pipeline (parse, validate, summarize, render, JSON,
//! format):
//! cut at many offsets (at character boundaries, and at raw byte offsets read
//! back through `String::from_utf8_lossy`), and with seeded random byte edits.
//! Generated schemas join them: small grammar-shaped ones with odd values, and
//! one-field ones whose typed defaults and native types get character edits,
//! which reach the value checks that random bytes rarely get past.
//!
//! Every input is formatted; every input that parses without a syntax error
//! is formatted again, which must change nothing.
//!
//! The seed is fixed so every run checks the same inputs; set
//! `PRISMA_DRIFT_FUZZ_SEED=<n>` to explore others and `PRISMA_DRIFT_FUZZ_SCALE=<n>`
//! to multiply the number of inputs. An input that panics, or whose formatting
//! does not settle, is saved under `target/no-panic/` and named in the failure
//! message.

mod shared;

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::Instant;

use prisma_drift::diagnostics::{Diagnostics, FileId, SourceMap};
use prisma_drift::format::{format_schema, format_str};
use prisma_drift::schema::parse_schema;
use prisma_drift::syntax::{parse_file, summarize};

const DEFAULT_SEED: u64 = 0x5eed_0fd2_1f70;

/// Inputs per run, at the least.
const MIN_INPUTS: usize = 20_000;

/// Cuts per file at character boundaries, and again at raw byte offsets.
const CUTS_PER_FILE: usize = 12;
/// Randomly edited copies per file.
const EDITS_PER_FILE: usize = 32;
/// Inputs built from a larger file are taken from a window of about this many
/// bytes (starting at a line start) so a run stays fast in debug builds; each
/// large file is still checked whole, unedited and edited, a few times.
const WINDOW: usize = 12 * 1024;
const WHOLE_EDITS_OF_LARGE_FILES: usize = 2;

/// Bytes that matter to the grammar, plus a few that start multi-byte sequences.
const INTERESTING_BYTES: &[u8] =
    b"{}()[]\"\\@\n\r \t:,=/*?!.-_#0aZ\x00\x7f\xc3\xa9\xe2\x80\xf0\x9f\xff";

/// Whole fragments that open or close constructs.
const FRAGMENTS: &[&str] = &[
    "@@",
    "@",
    "model ",
    "enum ",
    "view ",
    "type ",
    "datasource ",
    "generator ",
    "type X = Int\n",
    "model M {",
    "}\n",
    "{\n",
    "Unsupported(\"",
    "Unsupported(",
    "\\u",
    "\\uD800",
    "\\uDC00",
    "\\uD83D\\uDE00",
    "\\x",
    "///",
    "//",
    "/*",
    "*/",
    "\r\n",
    "\r",
    "((((((((",
    "[[[[[[[[",
    ")]",
    "[]?",
    "!",
    "?",
    "@relation(",
    "fields: [",
    "references: [",
    "@default(",
    "@db.VarChar(",
    "@id",
    "@@id([",
    "@@index([",
    "@@unique([",
    "map: \"",
    "sort: Desc",
    "ops: raw(\"",
    "dbgenerated(\"",
    "autoincrement()",
    "now()",
    "url = env(\"",
    "provider = \"postgresql\"\n",
    "extensions = [",
    "schemas = [\"",
    "@@schema(\"",
    "-1.5e10",
    "99999999999999999999999",
    "\u{FEFF}",
    "\u{0301}",
    "\u{200B}",
    "é",
    "😀",
    "ǅ",
];

/// Generated schemas per run: small, grammar-shaped, with odd values, so that
/// validation (not just the parser's error recovery) sees unusual input.
const GENERATED: usize = 4000;

fn pick<'a>(rng: &mut Rng, items: &[&'a str]) -> &'a str {
    items[rng.below(items.len())]
}

/// One of the space-separated `words`.
fn word<'a>(rng: &mut Rng, words: &'a str) -> &'a str {
    let list: Vec<&str> = words.split_whitespace().collect();
    list[rng.below(list.len())]
}

const SAMPLE_STRINGS: &[&str] = &[
    "",
    "a",
    "public",
    "auth",
    "postgresql",
    "postgres",
    "prisma",
    "foreignKeys",
    "2024-01-31T12:34:56Z",
    "2024-01-31T12:34:56.789+02:00",
    "2024-01-31 12:34:56-05",
    "1.5",
    "-0",
    "1e400",
    "{}",
    "[1, 2]",
    "gen_random_uuid()",
    "now()",
    "nextval('seq')",
    "gin_trgm_ops",
    "tsvector",
    "citext",
    "DATABASE_URL",
    "\\u00e9\\uD83D\\uDE00",
    "\\uD800",
    "\\q",
];

/// Characters that break assumptions about ASCII, lengths and positions.
const ODD_CHARS: &[char] = &[
    'é', '😀', '\u{301}', '\u{FEFF}', '\u{200B}', 'ǅ', 'Z', 'z', 'T', '+', '-', ':', '.', '0', '9',
    ' ', '"', '\\', '\t', '\u{7f}',
];

fn string_value(rng: &mut Rng) -> String {
    let mut text = pick(rng, SAMPLE_STRINGS).to_string();
    if rng.chance(50) {
        text = mutate_chars(&text, rng);
    }
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            // Mostly escape, sometimes leave a stray quote or backslash.
            '"' | '\\' if rng.chance(80) => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

fn value(rng: &mut Rng, names: &[String], depth: usize) -> String {
    let choice = if depth > 2 {
        rng.below(4)
    } else {
        rng.below(7)
    };
    match choice {
        0 => string_value(rng),
        1 => word(rng, "0 1 -1 3 6 7 65 30 1.5 -2.25 4294967296 99999999999999999999")
        .to_string(),
        2 => word(rng, "true false Cascade Restrict NoAction SetNull SetDefault Desc Asc Gin Gist Brin Hash BTree SpGist Inet Uuid null A B")
        .to_string(),
        3 => names[rng.below(names.len())].clone(),
        4 => {
            let function = word(rng, "autoincrement now uuid cuid nanoid ulid dbgenerated sequence env raw auto foo");
            format!("{function}({})", arguments(rng, names, depth + 1))
        }
        5 => {
            let n = rng.below(4);
            let items: Vec<String> = (0..n).map(|_| value(rng, names, depth + 1)).collect();
            format!("[{}]", items.join(", "))
        }
        _ => {
            // A field reference with index arguments: `a(sort: Desc, ops: …)`.
            let name = names[rng.below(names.len())].clone();
            format!("{name}({})", arguments(rng, names, depth + 1))
        }
    }
}

fn arguments(rng: &mut Rng, names: &[String], depth: usize) -> String {
    let n = rng.below(4);
    let mut list = Vec::new();
    for _ in 0..n {
        let argument = if rng.chance(60) {
            let key = word(rng, "fields references name map onDelete onUpdate sort length ops type clustered where schema version minValue start x");
            if rng.chance(5) {
                format!("{key}:")
            } else {
                format!("{key}: {}", value(rng, names, depth))
            }
        } else {
            value(rng, names, depth)
        };
        list.push(argument);
    }
    let mut out = list.join(", ");
    if rng.chance(5) {
        out.push(',');
    }
    out
}

fn generated_schema(rng: &mut Rng) -> String {
    let blocks = 1 + rng.below(5);
    let block_names: Vec<String> = (0..blocks)
        .map(|i| {
            word(rng, "User Post Tag A B Role Status Ünïcode post").to_string() + &i.to_string()
        })
        .collect();
    let mut field_names: Vec<String> = [
        "id",
        "a",
        "b",
        "userId",
        "user",
        "posts",
        "createdAt",
        "name",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    field_names.extend(block_names.iter().cloned());

    let mut out = String::new();
    out.push_str(&generated_header(rng, &field_names));
    for name in &block_names {
        let keyword = word(rng, "model model model view type enum");
        out.push_str(&format!("{keyword} {name} {{\n"));
        for _ in 0..rng.below(7) {
            if keyword == "enum" {
                let value_name = word(rng, "A B C Active deleted A");
                out.push_str(&format!("  {value_name}"));
            } else {
                out.push_str(&generated_field(rng, &field_names, &block_names));
            }
            for _ in 0..rng.below(4) {
                let attribute = word(rng, "id unique default default default map relation updatedAt ignore db.VarChar db.Timestamptz db.Decimal db.Uuid db.Char db.Bit db.Nope foo");
                if rng.chance(75) {
                    out.push_str(&format!(
                        " @{attribute}({})",
                        arguments(rng, &field_names, 1)
                    ));
                } else {
                    out.push_str(&format!(" @{attribute}"));
                }
            }
            out.push('\n');
        }
        for _ in 0..rng.below(4) {
            let attribute = word(rng, "id unique index fulltext map schema ignore foo");
            out.push_str(&format!(
                "  @@{attribute}({})\n",
                arguments(rng, &field_names, 1)
            ));
        }
        out.push_str("}\n");
    }
    out
}

/// A datasource and a generator block, each present or not, with random keys.
fn generated_header(rng: &mut Rng, field_names: &[String]) -> String {
    let mut out = String::new();
    if rng.chance(80) {
        out.push_str("datasource db {\n");
        for _ in 0..rng.below(5) {
            let key = word(rng, "provider url directUrl shadowDatabaseUrl relationMode schemas extensions referentialIntegrity foo");
            out.push_str(&format!("  {key} = {}\n", value(rng, field_names, 1)));
        }
        out.push_str("}\n");
    }
    if rng.chance(50) {
        out.push_str("generator client {\n  provider = \"prisma-client-js\"\n");
        if rng.chance(70) {
            let features: Vec<String> = (0..rng.below(4))
                .map(|_| {
                    format!(
                        "\"{}\"",
                        word(rng, "views multiSchema postgresqlExtensions fullTextSearchPostgres partialIndexes relationJoins nope")
                    )
                })
                .collect();
            out.push_str(&format!("  previewFeatures = [{}]\n", features.join(", ")));
        }
        out.push_str("}\n");
    }
    out
}

/// One field line's name and type: a scalar or a block, maybe optional or
/// a list, sometimes malformed.
fn generated_field(rng: &mut Rng, field_names: &[String], block_names: &[String]) -> String {
    let field = field_names[rng.below(field_names.len())].clone();
    let base = if rng.chance(60) {
        pick(
            rng,
            &[
                "String",
                "Int",
                "BigInt",
                "Float",
                "Decimal",
                "Boolean",
                "DateTime",
                "Json",
                "Bytes",
                "Unsupported(\"tsvector\")",
                "Foo",
            ],
        )
        .to_string()
    } else {
        block_names[rng.below(block_names.len())].clone()
    };
    let ty = match rng.below(8) {
        0 => format!("{base}?"),
        1 => format!("{base}[]"),
        2 if rng.chance(20) => format!("{base}!"),
        3 if rng.chance(20) => format!("[{base}]"),
        4 if rng.chance(20) => format!("{base}[]?"),
        _ => base,
    };
    format!("  {field} {ty}")
}

/// Schemas of one field whose type, default and native type fit together,
/// then get character-level edits: this reaches the checks of values (dates,
/// numbers, native type arguments) that random bytes rarely get past.
const FOCUSED: usize = 3000;

/// (type, defaults that are valid for it, native types that fit it).
const TYPED_VALUES: &[(&str, &[&str], &[&str])] = &[
    (
        "String",
        &[
            "\"hello\"",
            "uuid()",
            "uuid(7)",
            "cuid()",
            "cuid(2)",
            "nanoid(16)",
            "ulid()",
            "dbgenerated(\"gen_random_uuid()\")",
        ],
        &[
            "VarChar(255)",
            "Char(1)",
            "Text",
            "Uuid",
            "Citext",
            "Inet",
            "Xml",
            "Bit(3)",
            "VarBit",
        ],
    ),
    (
        "Int",
        &[
            "0",
            "-42",
            "autoincrement()",
            "sequence(start: 1, increment: 2)",
            "dbgenerated(\"1\")",
        ],
        &["Integer", "SmallInt", "Oid"],
    ),
    (
        "BigInt",
        &["9223372036854775807", "autoincrement()"],
        &["BigInt"],
    ),
    (
        "Float",
        &["1.5", "-0.25", "3"],
        &["DoublePrecision", "Real"],
    ),
    (
        "Decimal",
        &["1.5", "\"12.75\"", "0"],
        &["Decimal(10, 2)", "Decimal(65, 30)", "Money"],
    ),
    ("Boolean", &["true", "false"], &["Boolean"]),
    (
        "DateTime",
        &[
            "now()",
            "\"2024-01-31T12:34:56Z\"",
            "\"2024-01-31T12:34:56.789+02:00\"",
            "\"1999-12-31 23:59:59-05\"",
        ],
        &[
            "Timestamptz(6)",
            "Timestamp(3)",
            "Date",
            "Time(2)",
            "Timetz",
        ],
    ),
    (
        "Json",
        &["\"{}\"", "\"[1, 2, {\\\"a\\\": null}]\""],
        &["Json", "JsonB"],
    ),
    ("Bytes", &["\"\"", "\"AQID\""], &["ByteA"]),
    ("E", &["A", "B"], &[]),
    ("String[]", &["[]", "[\"a\", \"b\"]"], &["VarChar(3)"]),
    ("Int[]", &["[1, 2]", "[]"], &["Integer"]),
    ("E[]", &["[A, B]"], &[]),
];

fn mutate_chars(text: &str, rng: &mut Rng) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(chars.len() + 1);
        match rng.below(3) {
            0 => chars.insert(at, ODD_CHARS[rng.below(ODD_CHARS.len())]),
            1 if at < chars.len() => {
                chars.remove(at);
            }
            _ if at < chars.len() => chars[at] = ODD_CHARS[rng.below(ODD_CHARS.len())],
            _ => {}
        }
    }
    chars.into_iter().collect()
}

fn focused_schema(rng: &mut Rng) -> String {
    let (ty, defaults, natives) = TYPED_VALUES[rng.below(TYPED_VALUES.len())];
    let mut default = defaults[rng.below(defaults.len())].to_string();
    if rng.chance(70) {
        default = mutate_chars(&default, rng);
    }
    let mut field = format!("  f {ty} @default({default})");
    if !natives.is_empty() && rng.chance(50) {
        let mut native = natives[rng.below(natives.len())].to_string();
        if rng.chance(40) {
            native = mutate_chars(&native, rng);
        }
        field.push_str(&format!(" @db.{native}"));
    }
    if rng.chance(30) {
        field.push_str(&format!(" @map({})", string_value(rng)));
    }
    let index = match rng.below(4) {
        0 => format!(
            "  @@index([f(ops: {})], type: Gin)\n",
            pick(
                rng,
                &[
                    "raw(\"gin_trgm_ops\")",
                    "JsonbPathOps",
                    "ArrayOps",
                    "InetOps"
                ]
            )
        ),
        1 => format!("  @@unique([f(length: {})])\n", mutate_chars("10", rng)),
        _ => String::new(),
    };
    format!(
        "datasource db {{\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n}}\n\nenum E {{\n  A\n  B\n}}\n\nmodel M {{\n  id Int @id\n{field}\n{index}}}\n"
    )
}

/// xorshift64*: tiny, deterministic, good enough to pick edits.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform-ish in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Every `.prisma` file to start from: corpus, suites and our own fixtures.
fn seed_files() -> Vec<(String, Vec<u8>)> {
    let mut roots: Vec<PathBuf> = Vec::new();
    roots.extend(shared::dir("corpus"));
    roots.extend(shared::dir("psl-suites/validation"));
    roots.extend(shared::dir("psl-suites/reformat"));
    roots.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"));
    let mut files = Vec::new();
    for root in &roots {
        let mut paths = Vec::new();
        collect_prisma_files(root, &mut paths);
        paths.sort();
        for path in paths {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path
                .strip_prefix(root.parent().unwrap_or(root))
                .unwrap_or(&path)
                .display()
                .to_string();
            files.push((name, bytes));
        }
    }
    files
}

fn collect_prisma_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_prisma_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "prisma") {
            out.push(path);
        }
    }
}

/// What one input did: a figure computed from every output (so that nothing
/// is optimized away), and, for an input without syntax errors, whether
/// formatting its formatted text left it unchanged.
struct Outcome {
    total: usize,
    settled: Option<bool>,
}

/// Everything a user of the library or the CLI can trigger for one file.
fn run_pipeline(text: &str) -> Outcome {
    let mut sources = SourceMap::new();
    sources.add("schema.prisma", text);
    let parsed = parse_schema(sources);
    let mut total = 0;
    for file in &parsed.files {
        total += summarize(file, &parsed.sources).len();
    }
    total += parsed.diagnostics.render(&parsed.sources, false).len();
    total += parsed.diagnostics.render(&parsed.sources, true).len();
    total += parsed
        .diagnostics
        .to_json(&parsed.sources)
        .to_string()
        .len();
    let formatted: String = format_schema(&parsed).into_iter().map(|f| f.text).collect();
    total += formatted.len();
    let mut syntax = Diagnostics::new();
    parse_file(FileId(0), text, &mut syntax);
    let settled = (!syntax.has_errors()).then(|| format_str(&formatted) == formatted);
    Outcome { total, settled }
}

/// `bytes[start..]` of a large file, from the line start at or before `start`,
/// about `WINDOW` bytes long (also ending at a line break when one is near).
fn window(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    if bytes.len() <= WINDOW {
        return bytes.to_vec();
    }
    let mut start = rng.below(bytes.len() - WINDOW / 2);
    while start > 0 && bytes[start - 1] != b'\n' {
        start -= 1;
    }
    let mut end = (start + WINDOW).min(bytes.len());
    if let Some(newline) = bytes[end..].iter().take(4096).position(|b| *b == b'\n') {
        end += newline + 1;
    }
    bytes[start..end].to_vec()
}

fn random_edit(bytes: &mut Vec<u8>, rng: &mut Rng) {
    let at = rng.below(bytes.len() + 1);
    match rng.below(7) {
        // Insert one interesting byte.
        0 => bytes.insert(at, INTERESTING_BYTES[rng.below(INTERESTING_BYTES.len())]),
        // Insert any byte.
        1 => bytes.insert(at, rng.next() as u8),
        // Insert a fragment.
        2 => {
            let fragment = FRAGMENTS[rng.below(FRAGMENTS.len())].as_bytes();
            bytes.splice(at..at, fragment.iter().copied());
        }
        // Delete a short run.
        3 => {
            let len = 1 + rng.below(8);
            let end = (at + len).min(bytes.len());
            bytes.drain(at..end);
        }
        // Replace one byte.
        4 => {
            if at < bytes.len() {
                bytes[at] = if rng.chance(50) {
                    INTERESTING_BYTES[rng.below(INTERESTING_BYTES.len())]
                } else {
                    rng.next() as u8
                };
            }
        }
        // Delete a whole line (drops braces, headers, …).
        5 => {
            let start = bytes[..at]
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |i| i + 1);
            let end = bytes[at..]
                .iter()
                .position(|b| *b == b'\n')
                .map_or(bytes.len(), |i| at + i + 1);
            bytes.drain(start..end);
        }
        // Duplicate a short run in place.
        _ => {
            let len = 1 + rng.below(16);
            let end = (at + len).min(bytes.len());
            let copy: Vec<u8> = bytes[at..end].to_vec();
            bytes.splice(at..at, copy);
        }
    }
}

/// Largest char boundary of `text` at or before `at`.
fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

struct Harness {
    inputs: usize,
    bytes: usize,
    /// Inputs without syntax errors, formatted twice.
    formatted_twice: usize,
    failures: Vec<String>,
    out_dir: PathBuf,
}

impl Harness {
    fn check(&mut self, label: &str, text: &str) {
        self.inputs += 1;
        self.bytes += text.len();
        let result = panic::catch_unwind(AssertUnwindSafe(|| run_pipeline(text)));
        let problem = match result {
            Ok(outcome) => {
                std::hint::black_box(outcome.total);
                self.formatted_twice += usize::from(outcome.settled.is_some());
                match outcome.settled {
                    Some(false) => Some("formatting the formatted text changes it".to_string()),
                    _ => None,
                }
            }
            Err(payload) => Some(
                payload
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "(no message)".into()),
            ),
        };
        if let Some(message) = problem {
            let file = self
                .out_dir
                .join(format!("failed-{:03}.prisma", self.failures.len()));
            let _ = std::fs::create_dir_all(&self.out_dir);
            let _ = std::fs::write(&file, text);
            self.failures.push(format!(
                "{label}: {message}\n    input saved to {}",
                file.display()
            ));
        }
    }
}

#[test]
fn no_input_makes_the_front_end_panic_or_formatting_unsettled() {
    let seed = std::env::var("PRISMA_DRIFT_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SEED);
    let scale: usize = std::env::var("PRISMA_DRIFT_FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let files = seed_files();
    assert!(!files.is_empty(), "no seed .prisma files found");

    let mut rng = Rng::new(seed);
    let mut harness = Harness {
        inputs: 0,
        bytes: 0,
        formatted_twice: 0,
        failures: Vec::new(),
        out_dir: Path::new(env!("CARGO_MANIFEST_DIR")).join("target/no-panic"),
    };
    // Silence the default hook's backtrace noise; failures are collected and
    // reported at the end with their messages.
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let started = Instant::now();

    for (name, original) in &files {
        let large = original.len() > WINDOW;
        let text = String::from_utf8_lossy(original);
        harness.check(&format!("{name} (whole)"), &text);

        for round in 0..CUTS_PER_FILE * scale {
            // Cut at a character boundary.
            let source = window(original, &mut rng);
            let source_text = String::from_utf8_lossy(&source);
            let at = floor_char_boundary(&source_text, rng.below(source_text.len() + 1));
            harness.check(
                &format!("{name} cut #{round} at char {at}"),
                &source_text[..at],
            );
            // Cut at any byte: may split a UTF-8 sequence.
            let at = rng.below(source.len() + 1);
            let lossy = String::from_utf8_lossy(&source[..at]);
            harness.check(&format!("{name} cut #{round} at byte {at}"), &lossy);
        }

        for round in 0..EDITS_PER_FILE * scale {
            let whole = large && round < WHOLE_EDITS_OF_LARGE_FILES;
            let mut bytes = if whole {
                original.clone()
            } else {
                window(original, &mut rng)
            };
            let most = if rng.chance(20) { 12 } else { 3 };
            let edits = 1 + rng.below(most);
            for _ in 0..edits {
                random_edit(&mut bytes, &mut rng);
            }
            let lossy = String::from_utf8_lossy(&bytes);
            harness.check(&format!("{name} edit #{round} ({edits} edits)"), &lossy);
        }
    }

    for round in 0..FOCUSED * scale {
        let text = focused_schema(&mut rng);
        harness.check(&format!("focused #{round}"), &text);
    }

    // Generated schemas last, topping the run up to its minimum size when the
    // shared corpus is missing and only our fixtures seed it.
    let generated = (GENERATED * scale).max(MIN_INPUTS.saturating_sub(harness.inputs));
    for round in 0..generated {
        let mut text = generated_schema(&mut rng);
        if rng.chance(30) {
            let mut bytes = text.into_bytes();
            for _ in 0..1 + rng.below(3) {
                random_edit(&mut bytes, &mut rng);
            }
            text = String::from_utf8_lossy(&bytes).into_owned();
        }
        harness.check(&format!("generated #{round}"), &text);
    }

    panic::set_hook(default_hook);
    println!(
        "no-panic: seed {seed:#x}, {} files, {} inputs (all formatted; {} without syntax errors formatted twice), {:.1} MB, {:.1} s, {} failures",
        files.len(),
        harness.inputs,
        harness.formatted_twice,
        harness.bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        harness.failures.len()
    );
    assert!(
        harness.failures.is_empty(),
        "{} inputs panicked or did not settle when formatted:\n{}",
        harness.failures.len(),
        harness.failures.join("\n")
    );
}
