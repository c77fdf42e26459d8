//! The npm path, as a Prisma project takes it: the packages built by `npm/build.mjs` from the
//! test binary, installed from their tarballs into a scratch Prisma app, run with `npx`; the
//! binary's exit codes (0 in sync, 1 error, 2 drift) come through the launcher unchanged, and
//! so does a signal. Skipped without npm, unless `PRISMA_DRIFT_REQUIRE_NPM=1` (CI).

#[path = "support/packaging.rs"]
mod packaging;

use std::path::{Path, PathBuf};
use std::process::Command;

use packaging::{
    build_npm_packages, fixture, npm_install, npm_tool, run, scratch_app, tool, Outcome, VERSION,
};

const REQUIRE: &str = "PRISMA_DRIFT_REQUIRE_NPM";
const INSTALL: &str = "it comes with Node.js";

/// A scratch app in `dir` with the npm packages installed (`npm install --save-dev FLAGS …`),
/// the launcher and, unless `launcher_only`, this platform's package; the app and npm's cache.
fn installed_app(dir: &Path, flags: &[&str], launcher_only: bool) -> (PathBuf, PathBuf) {
    let cache = dir.join("npm-cache");
    let packages = build_npm_packages(dir);
    let app = scratch_app(dir);
    let mut tarballs = vec![packages.launcher.as_path()];
    if !launcher_only {
        tarballs.push(&packages.platform);
    }
    npm_install(&app, &cache, flags, &tarballs);
    (app, cache)
}

/// `npx prisma-drift ARGS` in the app, as the README says.
fn npx(app: &Path, cache: &Path, args: &[&str]) -> Outcome {
    run(npm_tool("npx", app, cache).arg("prisma-drift").args(args))
}

#[test]
fn npx_runs_the_installed_binary_and_passes_its_exit_codes() {
    if !tool("npm", REQUIRE, INSTALL) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let (app, cache) = installed_app(tmp.path(), &[], false);

    let version = npx(&app, &cache, &["--version"]);
    version.expect_code(0);
    assert!(
        version
            .stdout
            .starts_with(&format!("prisma-drift {VERSION}")),
        "{version}"
    );
    npx(&app, &cache, &["validate"]).expect_code(0);
    npx(&app, &cache, &["check", "--migrations"]).expect_code(0);

    // The schema gains a column the migrations never create: drift.
    let schema = app.join("prisma/schema.prisma");
    std::fs::copy(fixture("drifted/schema.prisma"), &schema).unwrap();
    let drift = npx(&app, &cache, &["check", "--migrations"]);
    drift.expect_code(2);
    assert!(drift.stdout.contains("column_missing"), "{drift}");

    std::fs::write(&schema, "model {\n").unwrap();
    npx(&app, &cache, &["validate"]).expect_code(1);
}

#[test]
fn without_the_platform_package_the_launcher_says_how_to_fix_it() {
    if !tool("npm", REQUIRE, INSTALL) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    // What `npm install --omit=optional` leaves: the launcher alone.
    let (app, cache) = installed_app(tmp.path(), &["--omit=optional"], true);
    let out = npx(&app, &cache, &["validate"]);
    out.expect_code(1);
    let platform = packaging::node_platform();
    for needle in [
        format!("@prisma-drift/cli-{platform}"),
        "--no-optional".to_owned(),
        "cargo install --locked prisma-drift".to_owned(),
    ] {
        assert!(out.stderr.contains(&needle), "no {needle:?} in: {out}");
    }
}

/// The launcher straight from the repository, running a shell script as the binary.
#[cfg(unix)]
fn launcher_running(script: &Path) -> Command {
    let mut command = Command::new("node");
    command
        .arg(packaging::repo_root().join("npm/prisma-drift/bin/prisma-drift"))
        .env("PRISMA_DRIFT_BINARY", script);
    command
}

#[cfg(unix)]
fn script(dir: &Path, name: &str, body: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[cfg(unix)]
#[test]
fn the_launcher_passes_arguments_and_exit_codes_through() {
    if !tool("node", REQUIRE, INSTALL) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let echo = script(tmp.path(), "echo", r#"printf '%s|' "$@"; exit "$1""#);
    for code in [0, 1, 2, 3] {
        let out = run(launcher_running(&echo).args([&code.to_string(), "a b", "--x"]));
        out.expect_code(code);
        assert_eq!(out.stdout, format!("{code}|a b|--x|"), "{out}");
    }
}

#[cfg(unix)]
#[test]
fn the_launcher_dies_of_the_signal_that_ended_the_binary() {
    use std::os::unix::process::ExitStatusExt;
    if !tool("node", REQUIRE, INSTALL) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let suicide = script(tmp.path(), "suicide", "kill -TERM $$");
    let status = launcher_running(&suicide).status().unwrap();
    assert_eq!(status.signal(), Some(libc::SIGTERM), "{status:?}");
}

#[cfg(unix)]
#[test]
fn the_launcher_forwards_sigterm_to_the_binary() {
    use std::time::{Duration, Instant};
    if !tool("node", REQUIRE, INSTALL) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let ready = tmp.path().join("ready");
    let got = tmp.path().join("got-term");
    let body = format!(
        "trap 'echo > {got}; exit 7' TERM\necho > {ready}\nwhile :; do sleep 0.05; done",
        got = got.display(),
        ready = ready.display()
    );
    let trapping = script(tmp.path(), "trapping", &body);
    let mut child = launcher_running(&trapping).spawn().unwrap();
    let start = Instant::now();
    while !ready.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the script never started"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    // SAFETY: kill(2) on a child process this test started and has not yet waited for.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    let status = child.wait().unwrap();
    assert!(got.exists(), "the binary did not get SIGTERM");
    assert_eq!(status.code(), Some(7), "{status:?}");
}
