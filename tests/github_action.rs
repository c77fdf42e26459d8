//! The GitHub Action (`action.yml`) runs two scripts; they are run here as the runner would,
//! with the inputs in `INPUT_*` variables and `GITHUB_OUTPUT` / `GITHUB_PATH` files, on a
//! scratch Prisma app. (actionlint checks `action.yml` itself and the example workflow in
//! `.ci/run`.) Also: the version a release carries is the same in every file that names it.

#[path = "support/packaging.rs"]
mod packaging;

use std::path::Path;
use std::process::Command;

use packaging::{fixture, path_with, repo_root, run, scratch_app, tool, Outcome, VERSION};

/// `action/run.sh` in the app with these inputs; its outcome and what it wrote to GITHUB_OUTPUT.
fn run_action(app: &Path, inputs: &[(&str, &str)]) -> (Outcome, String) {
    let output = app.join("github-output");
    std::fs::write(&output, "").unwrap();
    let mut command = Command::new("bash");
    command
        .arg(repo_root().join("action/run.sh"))
        .current_dir(app)
        .env("PATH", path_with(packaging::binary().parent().unwrap()))
        .env("GITHUB_OUTPUT", &output);
    for (name, value) in inputs {
        command.env(format!("INPUT_{name}"), value);
    }
    let out = run(&mut command);
    (out, std::fs::read_to_string(&output).unwrap())
}

/// Inputs of the action, and what the step does with them.
struct Case<'a> {
    inputs: Vec<(&'a str, &'a str)>,
    /// The step's exit code.
    step: i32,
    /// The exit-code output (prisma-drift's).
    output: i32,
    /// A line it prints.
    line: &'a str,
}

impl<'a> Case<'a> {
    fn new(inputs: &[(&'a str, &'a str)], step: i32, output: i32, line: &'a str) -> Self {
        Case {
            inputs: inputs.to_vec(),
            step,
            output,
            line,
        }
    }
}

#[test]
fn the_step_fails_with_the_exit_code_and_reports_it() {
    let tmp = tempfile::tempdir().unwrap();
    let app = scratch_app(tmp.path());
    let drifted = fixture("drifted/schema.prisma");
    let drifted = drifted.to_str().unwrap();
    let bad = tmp.path().join("bad.prisma");
    std::fs::write(&bad, "model {\n").unwrap();
    let bad = bad.to_str().unwrap();
    let cases = [
        Case::new(&[("ARGS", "--migrations")], 0, 0, "In sync"),
        Case::new(&[("COMMAND", "validate")], 0, 0, "is valid"),
        Case::new(
            &[
                ("SCHEMA", drifted),
                ("ARGS", " --migrations\n prisma/migrations "),
            ],
            2,
            2,
            "::error title=prisma-drift::prisma-drift check found drift (exit code 2)",
        ),
        Case::new(
            &[
                ("SCHEMA", drifted),
                ("ARGS", "--migrations prisma/migrations"),
                ("FAIL", "false"),
            ],
            0,
            2,
            "::warning title=prisma-drift::prisma-drift check found drift",
        ),
        Case::new(
            &[("COMMAND", "validate"), ("SCHEMA", bad)],
            1,
            1,
            "::error title=prisma-drift::prisma-drift validate failed (exit code 1)",
        ),
    ];
    for case in cases {
        let (out, written) = run_action(&app, &case.inputs);
        let context = format!("inputs {:?}: {out}", case.inputs);
        assert_eq!(out.code, Some(case.step), "{context}");
        assert_eq!(written, format!("exit-code={}\n", case.output), "{context}");
        assert!(
            out.output().contains(case.line),
            "no {:?}; {context}",
            case.line
        );
    }
}

#[test]
fn sarif_file_gets_the_report_in_sarif() {
    let tmp = tempfile::tempdir().unwrap();
    let app = scratch_app(tmp.path());
    let drifted = fixture("drifted/schema.prisma");
    let inputs = [
        ("SCHEMA", drifted.to_str().unwrap()),
        ("ARGS", "--migrations prisma/migrations"),
        ("SARIF_FILE", "reports/drift.sarif"),
    ];
    let (out, written) = run_action(&app, &inputs);
    out.expect_code(2);
    assert_eq!(written, "exit-code=2\n");
    let text = std::fs::read_to_string(app.join("reports/drift.sarif")).unwrap();
    let sarif: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(sarif["version"], "2.1.0", "{text}");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert!(
        results.iter().any(|r| r["ruleId"] == "column_missing"),
        "{text}"
    );
    assert!(
        !out.stdout.contains("\"runs\""),
        "SARIF leaked into the log: {out}"
    );

    // An error before any report: no empty file is left for upload-sarif to choke on.
    let bad = tmp.path().join("bad.prisma");
    std::fs::write(&bad, "model {\n").unwrap();
    let inputs = [
        ("SCHEMA", bad.to_str().unwrap()),
        ("ARGS", "--migrations prisma/migrations"),
        ("SARIF_FILE", "error.sarif"),
    ];
    let (out, written) = run_action(&app, &inputs);
    out.expect_code(1);
    assert_eq!(written, "exit-code=1\n");
    match std::fs::read_to_string(app.join("error.sarif")) {
        Ok(text) => {
            serde_json::from_str::<serde_json::Value>(&text).unwrap();
        }
        Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::NotFound),
    }
}

#[test]
fn the_install_step_puts_the_npm_package_on_path() {
    if !tool("npm", "PRISMA_DRIFT_REQUIRE_NPM", "it comes with Node.js") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let packages = packaging::build_npm_packages(tmp.path());
    let runner_temp = tmp.path().join("runner-temp");
    std::fs::create_dir(&runner_temp).unwrap();
    let github_path = tmp.path().join("github-path");
    let spec = format!(
        "{} {}",
        packages.launcher.display(),
        packages.platform.display()
    );
    let out = run(
        packaging::npm_tool("bash", tmp.path(), &tmp.path().join("npm-cache"))
            .arg(repo_root().join("action/install.sh"))
            .env("PRISMA_DRIFT_PACKAGE", spec)
            .env("RUNNER_TEMP", &runner_temp)
            .env("GITHUB_PATH", &github_path),
    );
    out.expect_code(0);
    assert!(
        out.stdout.contains(&format!("prisma-drift {VERSION}")),
        "{out}"
    );
    let bin = runner_temp.join("prisma-drift/node_modules/.bin");
    assert_eq!(
        std::fs::read_to_string(&github_path).unwrap(),
        format!("{}\n", bin.display())
    );
    run(Command::new(bin.join("prisma-drift")).arg("--version")).expect_code(0);
}

/// The README shows the example workflow as it is in `examples/github/drift.yml`, which
/// actionlint checks.
#[test]
fn the_readme_shows_the_linted_example_workflow() {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).unwrap();
    let example = std::fs::read_to_string(repo_root().join("examples/github/drift.yml")).unwrap();
    assert!(
        readme.contains(&format!("```yaml\n{example}```\n")),
        "README.md does not show examples/github/drift.yml as it is"
    );
}

/// A release is `v<crate version>` everywhere: the action installs that npm version, and the
/// README's and the hooks' examples name that tag.
#[test]
fn every_file_names_the_crate_version() {
    let read = |name: &str| std::fs::read_to_string(repo_root().join(name)).unwrap();
    let action = read("action.yml");
    let default = regex::Regex::new(r#"(?m)^  version:\n(?:    .*\n)*?    default: "([^"]+)""#)
        .unwrap()
        .captures(&action)
        .expect("action.yml has a version input with a default")[1]
        .to_owned();
    assert_eq!(default, VERSION, "action.yml's version input");
    let versioned =
        regex::Regex::new(r"(?:rev: |prisma-drift@|--tag )(v?\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?)")
            .unwrap();
    for name in [
        "README.md",
        ".pre-commit-hooks.yaml",
        "examples/github/drift.yml",
    ] {
        let text = read(name);
        let found: Vec<&str> = versioned
            .captures_iter(&text)
            .map(|c| c.get(1).unwrap().as_str())
            .collect();
        assert!(!found.is_empty(), "{name} names no release");
        for version in found {
            let bare = version.trim_start_matches('v');
            assert!(
                bare == VERSION,
                "{name} names {version}, the crate is {VERSION}"
            );
        }
    }
}
