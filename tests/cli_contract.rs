//! The command line's contract, class by class, through the binary: exit codes
//! (0 ok, 1 error — usage errors included —, 2 drift), and a closed stdout that
//! ends a command quietly, never with a panic.

mod support;

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_prisma-drift");

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn command(args: &[&str]) -> Command {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .env_remove("DATABASE_URL")
        .env("NO_COLOR", "1")
        .current_dir(root());
    command
}

fn run(args: &[&str]) -> Output {
    command(args).output().expect("the binary runs")
}

fn shop_schema() -> String {
    root()
        .join("tests/fixtures/check/shop.prisma")
        .display()
        .to_string()
}

fn migrations_schema() -> String {
    root()
        .join("tests/fixtures/migrations/shop.prisma")
        .display()
        .to_string()
}

fn migrations_dir() -> String {
    root()
        .join("tests/fixtures/migrations/shop")
        .display()
        .to_string()
}

fn code(output: &Output) -> Option<i32> {
    output.status.code()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn usage_errors_exit_1_with_clap_s_message() {
    let cases: &[&[&str]] = &[
        &["check", "--formt", "json"],
        &["chek"],
        &[],
        &["check", "--format", "yaml"],
        &["validate", "--schema"],
        &["audit", "--format", "html"],
    ];
    for args in cases {
        let output = run(args);
        let text = stderr(&output);
        assert_eq!(code(&output), Some(1), "{args:?}: {text}");
        assert!(
            text.contains("error:") || text.contains("Usage:"),
            "{args:?}: no usage message in {text:?}"
        );
        assert!(!text.contains("panicked"), "{args:?}: {text}");
    }
}

#[test]
fn help_and_version_exit_0_on_stdout() {
    for args in [
        &["--help"][..],
        &["check", "--help"],
        &["--version"],
        &["help", "audit"],
    ] {
        let output = run(args);
        assert_eq!(code(&output), Some(0), "{args:?}: {}", stderr(&output));
        assert!(!output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn each_class_has_its_exit_code() {
    // Invalid schema, bad URL, refused connection: 1.
    let invalid = root().join("tests/fixtures/check/invalid.prisma");
    let output = run(&["validate", "--schema", invalid.to_str().unwrap()]);
    assert_eq!(code(&output), Some(1), "invalid schema");
    let output = run(&[
        "check",
        "--schema",
        &shop_schema(),
        "--url",
        "postgres://a@b:c@:x/",
    ]);
    assert_eq!(code(&output), Some(1), "bad URL: {}", stderr(&output));
    let refused = "postgresql://app@127.0.0.1:1/shop";
    let output = run(&["check", "--schema", &shop_schema(), "--url", refused]);
    assert_eq!(code(&output), Some(1), "refused: {}", stderr(&output));
    // In sync and drift: the migrations replay as the schema says (0); another schema drifts (2).
    let args = [
        "check",
        "--schema",
        &migrations_schema(),
        "--migrations",
        &migrations_dir(),
    ];
    let output = run(&args);
    assert_eq!(code(&output), Some(0), "in sync: {}", stderr(&output));
    let args = [
        "check",
        "--schema",
        &shop_schema(),
        "--migrations",
        &migrations_dir(),
    ];
    let output = run(&args);
    assert_eq!(code(&output), Some(2), "drift: {}", stderr(&output));
}

/// Runs a command with stdout closed before it writes; returns (exit code, stderr).
fn with_closed_stdout(mut command: Command) -> (Option<i32>, String) {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    drop(child.stdout.take());
    let mut text = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    let status = child.wait().unwrap();
    (status.code(), text)
}

#[tokio::test]
async fn a_closed_stdout_ends_every_command_quietly() {
    let db = support::scratch_database("closed_stdout").await;
    let schema = migrations_schema();
    let dir = migrations_dir();
    let url = db.url();
    let large = root().join("tests/fixtures/check/invalid.prisma");
    let cases: Vec<(Vec<&str>, i32)> = vec![
        (vec!["validate", "--schema", &schema, "--format", "json"], 0),
        (vec!["validate", "--schema", large.to_str().unwrap()], 1),
        (vec!["--help"], 0),
        (
            vec![
                "check", "--schema", &schema, "--url", &url, "--format", "json",
            ],
            2,
        ),
        (
            vec!["check", "--schema", &schema, "--url", &url, "--sql"],
            2,
        ),
        (
            vec![
                "check", "--schema", &schema, "--url", &url, "--format", "sarif",
            ],
            2,
        ),
        (
            vec![
                "check",
                "--schema",
                &schema,
                "--migrations",
                &dir,
                "--format",
                "github",
            ],
            0,
        ),
        (
            vec![
                "status",
                "--schema",
                &schema,
                "--migrations",
                &dir,
                "--url",
                &url,
                "--format",
                "json",
            ],
            2,
        ),
        (
            vec![
                "status",
                "--schema",
                &schema,
                "--migrations",
                &dir,
                "--url",
                &url,
            ],
            2,
        ),
        (vec!["audit", "--schema", &schema, "--url", &url], 2),
        (
            vec![
                "audit", "--schema", &schema, "--url", &url, "--format", "json",
            ],
            2,
        ),
    ];
    for (args, expected) in cases {
        let (status, text) = with_closed_stdout(command(&args));
        assert!(!text.contains("panicked"), "{args:?}: {text}");
        assert!(!text.contains("Broken pipe"), "{args:?}: {text}");
        assert_eq!(status, Some(expected), "{args:?}: {text}");
    }
}

/// Every example line of every command's help is a whole command: none is
/// wrapped in the middle (`--help` output is at most 100 columns).
#[test]
fn help_examples_are_whole_lines() {
    let commands = [
        "",
        "validate",
        "check",
        "status",
        "audit",
        "format",
        "completions",
        "man",
    ];
    for name in commands {
        let args: Vec<&str> = [name, "--help"]
            .into_iter()
            .filter(|a| !a.is_empty())
            .collect();
        let output = run(&args);
        let text = String::from_utf8_lossy(&output.stdout);
        let mut in_examples = false;
        for line in text.lines() {
            if line.starts_with("Examples:") {
                in_examples = true;
                continue;
            }
            if line.trim().is_empty() {
                in_examples = false;
                continue;
            }
            assert!(line.chars().count() <= 100, "{name} --help: {line:?}");
            if in_examples {
                assert!(
                    line.starts_with("  prisma-drift"),
                    "{name} --help wraps an example: {line:?}"
                );
            }
        }
    }
}
