//! Access to `../shared` (the corpus and Prisma's suites), which lives beside
//! the repository, never inside it.

#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared/<relative>` when it exists. When it does not, says so on stderr
/// and returns `None`; set `PRISMA_DRIFT_REQUIRE_SHARED=1` (CI does) to make
/// that a failure instead.
pub fn dir(relative: &str) -> Option<PathBuf> {
    let root = std::env::var_os("PRISMA_DRIFT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let path = root.join(relative);
    if path.exists() {
        return Some(path);
    }
    let message = format!(
        "{} is missing: this test reads third-party data from ../shared (or PRISMA_DRIFT_SHARED)",
        path.display()
    );
    missing("PRISMA_DRIFT_REQUIRE_SHARED", &message)
}

/// Something a test needs is not there: a failure when `require` is set in the
/// environment, else a line on stderr and `None` (the test skips).
fn missing<T>(require: &str, message: &str) -> Option<T> {
    if std::env::var_os(require).is_some() {
        panic!("{message}");
    }
    eprintln!("skipped: {message}");
    None
}

/// Prisma's engines offline: the `oracle.mjs` of `PRISMA_DRIFT_ORACLE`, or
/// `../shared/tools/prisma-oracle/oracle.mjs` once its `npm ci` has run. When
/// neither is installed, says so and returns `None`; set
/// `PRISMA_DRIFT_REQUIRE_ORACLE=1` (CI does, after installing it) to make that
/// a failure instead.
pub fn oracle() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PRISMA_DRIFT_ORACLE") {
        return Some(PathBuf::from(path));
    }
    let tools = dir("tools/prisma-oracle")?;
    if tools
        .join("node_modules/@prisma/schema-engine-wasm")
        .exists()
    {
        return Some(tools.join("oracle.mjs"));
    }
    let message = format!(
        "{} has no node_modules: run `npm ci` there, or set PRISMA_DRIFT_ORACLE to an installed oracle.mjs",
        tools.display()
    );
    missing("PRISMA_DRIFT_REQUIRE_ORACLE", &message)
}

/// The corpus projects: (name, schema path: a file or a folder).
pub fn corpus_projects() -> Vec<(String, PathBuf)> {
    let Some(root) = dir("corpus") else {
        return Vec::new();
    };
    let mut projects: Vec<(String, PathBuf)> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            if !path.is_dir() {
                return None;
            }
            let name = path.file_name()?.to_string_lossy().to_string();
            let file = path.join("schema.prisma");
            let folder = path.join("schema");
            let schema = if file.exists() { file } else { folder };
            Some((name, schema))
        })
        .collect();
    projects.sort();
    projects
}

/// A project's `expected/groundtruth.json`.
pub fn groundtruth(project_dir: &std::path::Path) -> serde_json::Value {
    let path = project_dir.join("expected/groundtruth.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The strings of a JSON array (empty when absent or null).
pub fn strings(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Extensions to create before Prisma's from-empty SQL (which does not create them).
pub fn from_empty_extensions(project_dir: &std::path::Path) -> Vec<String> {
    strings(&groundtruth(project_dir)["from_empty"]["extensions_precreated"])
}

/// When `error` says the server lacks an extension (`extension "vector" is not
/// available`: its files are not installed), the extension's name. Corpus
/// projects that need such an extension (formbricks: pgvector; webstudio's
/// migrations: pgtap) are skipped with that message rather than failed.
pub fn missing_extension(error: &tokio_postgres::Error) -> Option<String> {
    missing_extension_in(error.as_db_error()?.message()).map(String::from)
}

/// The extension a server error message says is missing: `extension "x" is not
/// available` (PostgreSQL 15 on), `could not open extension control file
/// ".../x.control": …` (before).
pub fn missing_extension_in(message: &str) -> Option<&str> {
    if let Some(rest) = message.strip_prefix("extension \"") {
        let (name, tail) = rest.split_once('"')?;
        return tail
            .trim_start()
            .starts_with("is not available")
            .then_some(name);
    }
    let path = message.strip_prefix("could not open extension control file \"")?;
    let (path, _) = path.split_once('"')?;
    path.rsplit('/').next()?.strip_suffix(".control")
}

/// The `?schema=` of the URL the corpus checked the project with (`public`
/// when the groundtruth names none).
pub fn url_schema(project_dir: &std::path::Path) -> String {
    groundtruth(project_dir)["url_schema"]
        .as_str()
        .unwrap_or("public")
        .to_string()
}

/// Names the CI matrix allows to be skipped on this server build, from
/// `PRISMA_DRIFT_CORPUS_MAY_SKIP` (comma-separated): `None` when unset.
fn corpus_may_skip() -> Option<Vec<String>> {
    let list = std::env::var("PRISMA_DRIFT_CORPUS_MAY_SKIP").ok()?;
    Some(
        list.split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(String::from)
            .collect(),
    )
}

/// Fails when a project was skipped (for an extension the server lacks) that
/// `PRISMA_DRIFT_CORPUS_MAY_SKIP` does not name. Returns whether that variable
/// is set, i.e. whether the skips were judged one by one.
pub fn check_corpus_skips(skipped: &[String]) -> bool {
    let Some(allowed) = corpus_may_skip() else {
        return false;
    };
    let unexpected: Vec<&String> = skipped
        .iter()
        .filter(|name| !allowed.iter().any(|a| a == *name))
        .collect();
    assert!(
        unexpected.is_empty(),
        "skipped on this server, but PRISMA_DRIFT_CORPUS_MAY_SKIP={} does not allow it: {unexpected:?}",
        allowed.join(",")
    );
    true
}

/// The corpus projects that have mutation cases (`expected/mutations.jsonl`).
pub fn projects_with_mutations() -> Vec<(String, PathBuf)> {
    corpus_projects()
        .into_iter()
        .filter(|(_, schema)| {
            schema
                .parent()
                .is_some_and(|dir| dir.join("expected/mutations.jsonl").exists())
        })
        .collect()
}

/// A project that could not be run: its name, its number of cases, why.
pub type SkippedProject = (String, usize, String);

/// Runs `run` on every project, two at a time (the machine has two cores and
/// PostgreSQL does most of the work); the outcomes of all, and the skipped.
pub async fn two_projects_at_a_time<T, F, Fut>(
    projects: Vec<(String, PathBuf)>,
    run: F,
) -> (Vec<T>, Vec<SkippedProject>)
where
    T: Send + 'static,
    F: Fn(String, PathBuf) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = Result<Vec<T>, SkippedProject>> + Send,
{
    use std::sync::{Arc, Mutex};
    let queue = Arc::new(Mutex::new(projects));
    let results = Arc::new(Mutex::new(Vec::new()));
    let skipped = Arc::new(Mutex::new(Vec::new()));
    let mut workers = Vec::new();
    for _ in 0..2 {
        let (queue, results, skipped) = (queue.clone(), results.clone(), skipped.clone());
        let run = run.clone();
        workers.push(tokio::spawn(async move {
            loop {
                let next = queue.lock().unwrap().pop();
                let Some((name, schema_path)) = next else {
                    break;
                };
                match run(name, schema_path).await {
                    Ok(outcomes) => results.lock().unwrap().extend(outcomes),
                    Err(skip) => skipped.lock().unwrap().push(skip),
                }
            }
        }));
    }
    for worker in workers {
        worker.await.unwrap();
    }
    let outcomes = std::mem::take(&mut *results.lock().unwrap());
    let skipped = std::mem::take(&mut *skipped.lock().unwrap());
    (outcomes, skipped)
}

/// `none`, or each skipped project with its case count and reason.
pub fn describe_skipped(skipped: &[SkippedProject]) -> String {
    if skipped.is_empty() {
        return "none".to_string();
    }
    skipped
        .iter()
        .map(|(project, cases, why)| format!("{project} ({cases} cases: {why})"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Builds the project's database from Prisma's own from-empty SQL (its
/// extensions first); `Err` says why this server cannot, e.g. a missing
/// extension. Any other failure of Prisma's SQL is a panic.
pub async fn apply_prisma_from_empty(
    client: &tokio_postgres::Client,
    name: &str,
    project_dir: &std::path::Path,
) -> Result<(), String> {
    for extension in from_empty_extensions(project_dir) {
        let sql = format!("CREATE EXTENSION IF NOT EXISTS \"{extension}\"");
        if let Err(e) = client.batch_execute(&sql).await {
            return Err(format!("cannot create extension {extension}: {e}"));
        }
    }
    let sql = std::fs::read_to_string(project_dir.join("expected/prisma-from-empty.sql")).unwrap();
    if let Err(e) = client.batch_execute(&sql).await {
        if let Some(extension) = missing_extension(&e) {
            return Err(format!(
                "needs the PostgreSQL extension `{extension}`, which this server lacks"
            ));
        }
        panic!("{name}: applying Prisma's from-empty SQL failed: {e}");
    }
    Ok(())
}
