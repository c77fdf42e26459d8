//! The `check` command end to end: exit codes, output formats, and one
//! readable line (never a password) for every way it can fail.

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;
use support::cli::{run, snapshot_settings, stderr};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/check")
        .join(name)
}

/// Exit 1, exactly one line on stderr starting with `error:`, no secret in it.
fn assert_one_line_error(output: &Output, secret: &str, expect: &str) {
    let text = stderr(output);
    assert_eq!(output.status.code(), Some(1), "stderr: {text}");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "want one line, got: {text}");
    assert!(lines[0].starts_with("error: "), "{text}");
    assert!(!text.contains(secret), "the password leaked: {text}");
    assert!(text.contains(expect), "want {expect:?} in: {text}");
}

fn shop_schema() -> String {
    fixture("shop.prisma").display().to_string()
}

#[test]
fn refused_connection_is_one_line_without_the_password() {
    let output = run(&[
        "check",
        "--schema",
        &shop_schema(),
        "--url",
        "postgresql://app:hunter2secret@127.0.0.1:1/shop",
    ]);
    assert_one_line_error(&output, "hunter2secret", "127.0.0.1:1");
}

#[test]
fn unknown_host_is_one_line() {
    let output = run(&[
        "check",
        "--schema",
        &shop_schema(),
        "--url",
        "postgresql://app:hunter2secret@no-such-host.invalid:5432/shop",
    ]);
    assert_one_line_error(&output, "hunter2secret", "no-such-host.invalid");
}

#[test]
fn malformed_url_is_one_line_without_the_password() {
    let output = run(&[
        "check",
        "--schema",
        &shop_schema(),
        "--url",
        "postgresql://app:hunter2secret@host:notaport/db",
    ]);
    assert_one_line_error(&output, "hunter2secret", "URL");
}

#[test]
fn missing_url_says_where_it_looked() {
    let output = run(&["check", "--schema", &shop_schema()]);
    assert_one_line_error(&output, "\u{0}", "DATABASE_URL");
}

#[test]
fn missing_schema_file_is_one_line() {
    let output = run(&[
        "check",
        "--schema",
        "no/such/schema.prisma",
        "--url",
        "postgresql://x@127.0.0.1:1/x",
    ]);
    assert_one_line_error(&output, "\u{0}", "no/such/schema.prisma");
}

#[test]
fn invalid_schema_fails_before_connecting() {
    let output = run(&[
        "check",
        "--schema",
        &fixture("invalid.prisma").display().to_string(),
        "--url",
        "postgresql://x@127.0.0.1:1/x",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(
        text.contains("invalid.prisma:"),
        "diagnostics name the file: {text}"
    );
    assert!(
        text.lines()
            .last()
            .unwrap()
            .starts_with("error: the schema at"),
        "{text}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_database_and_role_are_one_line() {
    let server = support::test_server().config().clone();
    let mut config = server.with_database("prisma_drift_no_such_db");
    config.password = Some("hunter2secret".into());
    let output = run(&[
        "check",
        "--schema",
        &shop_schema(),
        "--url",
        &config.url_with_password(),
    ]);
    assert_one_line_error(&output, "hunter2secret", "prisma_drift_no_such_db");

    let mut config = server.clone();
    config.user = "prisma_drift_no_such_role".into();
    config.password = Some("hunter2secret".into());
    let output = run(&[
        "check",
        "--schema",
        &shop_schema(),
        "--url",
        &config.url_with_password(),
    ]);
    assert_one_line_error(&output, "hunter2secret", "prisma_drift_no_such_role");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn permission_denied_is_one_line() {
    let db = support::scratch_database("cli_denied").await;
    let client = db.client().await;
    let role = format!("{}_nobody", db.name());
    client
        .batch_execute(&format!(
            "CREATE ROLE {role} LOGIN; REVOKE CONNECT ON DATABASE {} FROM PUBLIC;",
            db.name()
        ))
        .await
        .unwrap();
    let mut config = db.config().clone();
    config.user = role.clone();
    let output = run(&[
        "check",
        "--schema",
        &shop_schema(),
        "--url",
        &config.url_with_password(),
    ]);
    client
        .batch_execute(&format!("DROP ROLE IF EXISTS {role}"))
        .await
        .ok();
    let text = stderr(&output);
    assert_one_line_error(&output, "\u{0}", "permission denied");
    assert!(text.contains(&role) || text.contains(db.name()), "{text}");
}

/// An in-sync database exits 0; each kind of drift makes it exit 2; the
/// human and JSON outputs are snapshotted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_sync_then_drift_in_every_format() {
    let db = support::scratch_database("cli_shop").await;
    let client = db.client().await;
    client
        .batch_execute(&std::fs::read_to_string(fixture("shop.sql")).unwrap())
        .await
        .unwrap();
    let url = db.url();
    let schema = shop_schema();

    let in_sync = run(&["check", "--schema", &schema, "--url", &url]);
    let text = String::from_utf8_lossy(&in_sync.stdout).into_owned();
    assert_eq!(in_sync.status.code(), Some(0), "{text}{}", stderr(&in_sync));
    assert!(text.contains("In sync"), "{text}");

    client
        .batch_execute(
            "ALTER TABLE \"Product\" ALTER COLUMN name TYPE varchar(20);
             ALTER TABLE \"Product\" ADD COLUMN legacy_code text;
             CREATE INDEX product_price_idx ON \"Product\"(price);
             ALTER TABLE \"Product\" ADD CONSTRAINT price_positive CHECK (price > 0);
             ALTER TYPE \"OrderStatus\" RENAME VALUE 'SHIPPED' TO 'SENT';
             ALTER TABLE \"Order\" DROP CONSTRAINT \"Order_customerId_fkey\";",
        )
        .await
        .unwrap();

    let target = db.config().to_string();
    let clean = |bytes: &[u8]| {
        String::from_utf8_lossy(bytes)
            .replace(&target, "<database>")
            .replace(&schema, "<schema>")
            .replace(env!("CARGO_MANIFEST_DIR"), "<root>")
    };

    let human = run(&["check", "--schema", &schema, "--url", &url]);
    assert_eq!(human.status.code(), Some(2), "{}", stderr(&human));
    snapshot_settings().bind(|| insta::assert_snapshot!("check__human", clean(&human.stdout)));

    let json = run(&[
        "check", "--schema", &schema, "--url", &url, "--format", "json",
    ]);
    assert_eq!(json.status.code(), Some(2));
    let parsed: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    assert_eq!(parsed["exit_code"], 2);
    snapshot_settings().bind(|| insta::assert_snapshot!("check__json", clean(&json.stdout)));

    github_and_sarif_outputs(&schema, &url, &clean);
    strict_and_ignore_rules(&schema, &url);
}

/// `--format github` gives error and warning commands; `--format sarif`
/// one rule per change kind, each result pointing at its rule.
fn github_and_sarif_outputs(schema: &str, url: &str, clean: &dyn Fn(&[u8]) -> String) {
    let github = run(&[
        "check", "--schema", schema, "--url", url, "--format", "github",
    ]);
    assert_eq!(github.status.code(), Some(2));
    let github_text = clean(&github.stdout);
    assert!(
        github_text.lines().any(|l| l.starts_with("::error file=")),
        "{github_text}"
    );
    assert!(
        github_text.lines().any(|l| l.starts_with("::warning ")),
        "{github_text}"
    );
    snapshot_settings().bind(|| insta::assert_snapshot!("check__github", github_text));

    let sarif = run(&[
        "check", "--schema", schema, "--url", url, "--format", "sarif",
    ]);
    assert_eq!(sarif.status.code(), Some(2));
    let sarif_json: serde_json::Value =
        serde_json::from_slice(&sarif.stdout).expect("valid SARIF JSON");
    assert_eq!(sarif_json["version"], "2.1.0");
    let rules = sarif_json["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert_eq!(
        rules.len(),
        prisma_drift::diff::ChangeKind::ALL.len(),
        "one rule per change kind"
    );
    for result in sarif_json["runs"][0]["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(
            rules[index]["id"], result["ruleId"],
            "ruleIndex points at the rule"
        );
    }
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(
            "check__sarif",
            clean(&sarif.stdout).replace(env!("CARGO_PKG_VERSION"), "<version>")
        )
    });
}

/// The CHECK constraint is a warning: drift only with --strict, and an
/// ignore rule silences it.
fn strict_and_ignore_rules(schema: &str, url: &str) {
    let strict = run(&[
        "check", "--schema", schema, "--url", url, "--strict", "--format", "json",
    ]);
    let strict_json: serde_json::Value = serde_json::from_slice(&strict.stdout).unwrap();
    assert_eq!(strict_json["strict"], true);
    let ignored = run(&[
        "check",
        "--schema",
        schema,
        "--url",
        url,
        "--format",
        "json",
        "--ignore",
        "unmanaged_check:*",
        "--ignore",
        "public.Product.*",
    ]);
    let ignored_json: serde_json::Value = serde_json::from_slice(&ignored.stdout).unwrap();
    let kinds: Vec<&str> = ignored_json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    assert!(!kinds.contains(&"unmanaged_check"), "{kinds:?}");
    assert!(!kinds.contains(&"column_type_changed"), "{kinds:?}");
    assert!(kinds.contains(&"foreign_key_missing"), "{kinds:?}");
}
