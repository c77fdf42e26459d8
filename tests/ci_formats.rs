//! The CI outputs against their real consumers' rules.
//!
//! * `--format github`: every workflow command has a repository-relative
//!   `file=` and a `line=`, whatever folder the command runs in and however the
//!   schema path is written; at most ten annotations of each level; the job
//!   summary gets every change.
//! * `--format sarif`: Microsoft's SARIF multitool (`validate --rule-kind
//!   "Gh;Sarif"`, GitHub code scanning's ingestion rules) finds no error, for
//!   drift with a table the schema lacks, an empty database, `--migrations`
//!   mode, and every SARIF snapshot. The multitool comes from npm
//!   (`@microsoft/sarif-multitool`): `PRISMA_DRIFT_SARIF_MULTITOOL` names its
//!   binary, else `.ci/run`'s cache is looked in; without it the SARIF part is
//!   skipped with a message, unless `PRISMA_DRIFT_REQUIRE_SARIF_TOOL=1`.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_prisma-drift");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A scratch repository: `.git`, and the shop schema at `apps/api/prisma/schema.prisma`.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join(".git")).unwrap();
    let prisma = dir.path().join("apps/api/prisma");
    std::fs::create_dir_all(&prisma).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/check/shop.prisma"),
        prisma.join("schema.prisma"),
    )
    .unwrap();
    dir
}

fn run_in(cwd: &Path, args: &[&str], summary: Option<&Path>) -> Output {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .current_dir(cwd)
        .env_remove("DATABASE_URL")
        .env_remove("GITHUB_WORKSPACE")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env("NO_COLOR", "1");
    if let Some(file) = summary {
        command.env("GITHUB_STEP_SUMMARY", file);
    }
    command.output().expect("the binary runs")
}

/// A database with the shop schema's tables, then drift: an extra table, a
/// changed column, an index the schema lacks — and more errors than GitHub shows.
async fn drifted_database() -> support::ScratchDb {
    let db = support::scratch_database("ci_formats").await;
    let client = db.client().await;
    let shop = std::fs::read_to_string(root().join("tests/fixtures/check/shop.sql")).unwrap();
    client.batch_execute(&shop).await.unwrap();
    let mut drift = String::from(
        "CREATE TABLE audit_log (id int PRIMARY KEY);
         ALTER TABLE \"Product\" ALTER COLUMN name TYPE varchar(20);
         CREATE INDEX product_price_idx ON \"Product\"(price);",
    );
    for n in 0..12 {
        drift.push_str(&format!("CREATE TABLE extra_{n} (id int);"));
    }
    client.batch_execute(&drift).await.unwrap();
    db
}

#[tokio::test]
async fn github_annotations_name_repository_files_and_lines() {
    let db = drifted_database().await;
    let repo = repository();
    let summary = repo.path().join("summary.md");
    // From the app's folder, the schema named with `./`, and from the root with an absolute path.
    let app = repo.path().join("apps/api");
    let absolute = app.join("prisma/schema.prisma").display().to_string();
    for (cwd, schema) in [
        (&app, "./prisma/schema.prisma"),
        (&repo.path().to_path_buf(), absolute.as_str()),
    ] {
        let args = [
            "check",
            "--schema",
            schema,
            "--url",
            &db.url(),
            "--format",
            "github",
        ];
        let output = run_in(cwd, &args, Some(&summary));
        let text = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(2), "{text}");
        let commands: Vec<&str> = text.lines().filter(|l| l.starts_with("::")).collect();
        let annotations: Vec<&&str> = commands
            .iter()
            .filter(|l| !l.starts_with("::notice title=prisma-drift::"))
            .collect();
        assert!(!annotations.is_empty(), "{text}");
        for line in &annotations {
            assert!(
                line.contains(" file=apps/api/prisma/schema.prisma,"),
                "{line}"
            );
            assert!(line.contains(",line="), "{line}");
        }
        let errors = annotations
            .iter()
            .filter(|l| l.starts_with("::error "))
            .count();
        assert_eq!(errors, 10, "GitHub shows ten errors a step:\n{text}");
        assert!(text.contains("::notice title=prisma-drift::"), "{text}");
        // Every change still appears in the log.
        for n in 0..12 {
            assert!(
                text.contains(&format!("public.extra_{n}")),
                "extra_{n} missing:\n{text}"
            );
        }
    }
    let markdown = std::fs::read_to_string(&summary).unwrap();
    assert_eq!(
        markdown.matches("## prisma-drift: drift").count(),
        2,
        "{markdown}"
    );
    assert!(
        markdown.contains("`table_extra` | `public.extra_11`"),
        "{markdown}"
    );
    assert!(
        markdown.contains("`apps/api/prisma/schema.prisma:"),
        "{markdown}"
    );
}

fn multitool() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("PRISMA_DRIFT_SARIF_MULTITOOL") {
        return Some(PathBuf::from(path));
    }
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    let path = cache.join(
        "prisma-drift-ci/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool",
    );
    path.is_file().then_some(path)
}

/// Runs the multitool's GitHub and SARIF rules on `sarif`; the errors it reports.
fn ingestion_errors(tool: &Path, name: &str, sarif: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join(format!("{name}.sarif"));
    let log = dir.path().join("validation.sarif");
    std::fs::write(&input, sarif).unwrap();
    let output = Command::new(tool)
        .args(["validate", "--rule-kind", "Gh;Sarif", "--output"])
        .arg(&log)
        .arg(&input)
        .output()
        .expect("the SARIF multitool runs");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&log).unwrap_or_else(|_| {
            panic!(
                "{name}: no validation log: {}",
                String::from_utf8_lossy(&output.stdout)
            )
        }))
        .unwrap();
    report["runs"][0]["results"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|r| r["level"] == "error")
        .map(|r| format!("{}: {}", r["ruleId"], r["message"]["text"]))
        .collect()
}

/// The SARIF document inside an insta snapshot.
fn snapshot_body(text: &str) -> Option<String> {
    let body = text.splitn(3, "---\n").nth(2)?;
    body.trim_start().starts_with('{').then(|| body.to_string())
}

#[tokio::test]
async fn sarif_passes_github_code_scanning_rules() {
    let Some(tool) = multitool() else {
        assert!(
            std::env::var_os("PRISMA_DRIFT_REQUIRE_SARIF_TOOL").is_none(),
            "the SARIF multitool is required: npm i @microsoft/sarif-multitool (see .ci/run)"
        );
        eprintln!("skipped: no SARIF multitool (npm i @microsoft/sarif-multitool; see .ci/run)");
        return;
    };
    let mut cases: Vec<(String, String)> = Vec::new();
    let repo = repository();
    let app = repo.path().join("apps/api");
    let schema = "./prisma/schema.prisma";
    let drifted = drifted_database().await;
    let empty = support::scratch_database("ci_formats_empty").await;
    for (name, url) in [("drift", drifted.url()), ("empty_database", empty.url())] {
        let output = run_in(
            &app,
            &[
                "check", "--schema", schema, "--url", &url, "--format", "sarif",
            ],
            None,
        );
        assert_eq!(output.status.code(), Some(2), "{name}");
        cases.push((name.into(), String::from_utf8(output.stdout).unwrap()));
    }
    let migrations_schema = root().join("tests/fixtures/migrations/shop.prisma");
    let migrations = root().join("tests/fixtures/migrations/shop");
    let args = [
        "check",
        "--schema",
        migrations_schema.to_str().unwrap(),
        "--migrations",
        migrations.to_str().unwrap(),
        "--format",
        "sarif",
    ];
    let output = run_in(&root(), &args, None);
    assert_eq!(output.status.code(), Some(0), "--migrations");
    cases.push((
        "migrations".into(),
        String::from_utf8(output.stdout).unwrap(),
    ));
    for entry in std::fs::read_dir(root().join("snapshots")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.contains("sarif") && name.ends_with(".snap") {
            let text = std::fs::read_to_string(&path).unwrap();
            cases.extend(snapshot_body(&text).map(|body| (name, body)));
        }
    }
    assert!(cases.len() >= 5, "{} cases", cases.len());
    for (name, sarif) in &cases {
        let document: serde_json::Value = serde_json::from_str(sarif).unwrap();
        for result in document["runs"][0]["results"].as_array().unwrap() {
            assert!(
                result["locations"].is_array(),
                "{name}: a result without a location: {result}"
            );
        }
        let errors = ingestion_errors(&tool, name, sarif);
        assert!(errors.is_empty(), "{name}:\n{}", errors.join("\n"));
    }
}
