//! `pull --print` against Prisma's own `db pull` on small hand-made databases,
//! one class of behaviour per folder of `tests/fixtures/pull_cases/`:
//!
//! * `database.sql` — applied to a scratch database as one query string (or
//!   `database_of`, naming the case whose `database.sql` to apply);
//! * `schema.prisma`, or a folder `schema/` — the existing schema
//!   (re-introspection); `args`, optional — more arguments (`--force`);
//! * `expected.prisma`, `expected.stderr` — what Prisma's engine printed for
//!   them (`tests/fixtures/pull_cases/regenerate.sh` makes them with the
//!   oracle, applying `database.sql` the same way).
//!
//! Every case must be byte-identical, schema and warnings, through the binary.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pull_cases");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap()
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| database_sql(path).is_file())
        .collect();
    cases.sort();
    cases
}

/// The case's `database.sql`, or the one of the case its `database_of` names.
fn database_sql(dir: &Path) -> PathBuf {
    match std::fs::read_to_string(dir.join("database_of")) {
        Ok(other) => dir.with_file_name(other.trim()).join("database.sql"),
        Err(_) => dir.join("database.sql"),
    }
}

/// Prisma's stderr without the oracle's own notes.
fn prisma_warnings(text: &str) -> String {
    text.lines()
        .filter(|line| !line.starts_with("prisma-oracle:"))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// What differs between Prisma's output and ours for one case, if anything.
async fn run_case(dir: &Path) -> Option<String> {
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let db = support::scratch_database(&format!("pullcase_{name}")).await;
    let sql = std::fs::read_to_string(database_sql(dir)).unwrap();
    if let Err(e) = db.client().await.batch_execute(&sql).await {
        return Some(format!("{name}: database.sql fails: {e}"));
    }
    let file = dir.join("schema.prisma");
    let schema = if file.exists() {
        file
    } else {
        dir.join("schema")
    };
    let extra = std::fs::read_to_string(dir.join("args")).unwrap_or_default();
    let output = Command::new(support::cli::BIN)
        .args(["pull", "--print", "--url", &db.url(), "--schema"])
        .arg(&schema)
        .args(extra.split_whitespace())
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    let read = |file: &str| std::fs::read_to_string(dir.join(file)).unwrap();
    // A folder's files are printed with their paths: the fixtures spell the case folder <case>.
    let printed =
        support::cli::text(&output.stdout).replace(&format!("// {}/", dir.display()), "// <case>/");
    let warnings = support::cli::text(&output.stderr);
    let expected = read("expected.prisma");
    let expected_warnings = prisma_warnings(&read("expected.stderr"));
    if printed == expected && warnings == expected_warnings {
        return None;
    }
    let (label, want, got) = if printed != expected {
        ("schema", expected, printed)
    } else {
        ("warnings", expected_warnings, warnings)
    };
    let first = want
        .lines()
        .zip(got.lines())
        .position(|(w, g)| w != g)
        .unwrap_or_else(|| want.lines().count().min(got.lines().count()));
    Some(format!(
        "{name}: {label} differs at line {}:\n  Prisma: {:?}\n  ours:   {:?}",
        first + 1,
        want.lines().nth(first).unwrap_or("<end>"),
        got.lines().nth(first).unwrap_or("<end>")
    ))
}

#[tokio::test]
async fn pulled_like_prisma() {
    let mut problems = Vec::new();
    let cases = cases();
    for dir in &cases {
        if let Some(problem) = run_case(dir).await {
            problems.push(problem);
        }
    }
    println!(
        "byte-identical to Prisma: {} of {} cases",
        cases.len() - problems.len(),
        cases.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
