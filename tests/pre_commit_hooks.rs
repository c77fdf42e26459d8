//! The hooks of `.pre-commit-hooks.yaml`, run by the pre-commit framework itself
//! (`pre-commit try-repo <this repository> <hook> --all-files`) in a scratch git repository
//! holding a Prisma app: the `-system` hooks with the test binary on PATH, the `-npx` hooks
//! with the npm packages installed in the app. The `language: rust` hooks are only validated
//! (building the crate takes minutes). Skipped without pre-commit, unless
//! `PRISMA_DRIFT_REQUIRE_PRE_COMMIT=1` (CI).

#[path = "support/packaging.rs"]
mod packaging;

use std::path::{Path, PathBuf};
use std::process::Command;

use packaging::{
    build_npm_packages, fixture, npm_install, path_with, repo_root, run, tool, Outcome,
};

const REQUIRE: &str = "PRISMA_DRIFT_REQUIRE_PRE_COMMIT";
const INSTALL: &str = "pip install pre-commit";

/// A git repository holding the fixture app, committed.
fn scratch_repo(dir: &Path) -> PathBuf {
    let app = packaging::scratch_app(dir);
    std::fs::write(app.join(".gitignore"), "node_modules/\n").unwrap();
    let git = |args: &[&str]| {
        run(Command::new("git")
            .current_dir(&app)
            .args(["-c", "user.name=test", "-c", "user.email=test@example.com"])
            .args(args))
        .expect_code(0);
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "app"]);
    app
}

/// `pre-commit try-repo <repo> <hook> --all-files` in `app`, with PATH as given.
fn try_hook(app: &Path, home: &Path, hook: &str, path: &std::ffi::OsStr) -> Outcome {
    run(Command::new("pre-commit")
        .current_dir(app)
        .env("PRE_COMMIT_HOME", home)
        .env("PATH", path)
        .env("npm_config_offline", "true")
        // try-repo commits uncommitted changes of the hooks' repository to a shadow copy.
        .env("GIT_AUTHOR_NAME", "test")
        .env("GIT_AUTHOR_EMAIL", "test@example.com")
        .env("GIT_COMMITTER_NAME", "test")
        .env("GIT_COMMITTER_EMAIL", "test@example.com")
        .args(["try-repo"])
        .arg(repo_root())
        .args([hook, "--all-files", "--color", "never"]))
}

/// Runs each hook of a pair on the app in sync (passes), then on a drifted schema: validate
/// still passes, the migrations hook fails with pre-commit's report of exit code 2.
fn check_pair(app: &Path, home: &Path, suffix: &str, path: &std::ffi::OsStr) {
    let validate = format!("prisma-drift-validate{suffix}");
    let migrations = format!("prisma-drift-migrations{suffix}");
    for hook in [&validate, &migrations] {
        let out = try_hook(app, home, hook, path);
        out.expect_code(0);
        assert!(out.stdout.contains("Passed"), "{out}");
    }
    let schema = app.join("prisma/schema.prisma");
    let original = std::fs::read(&schema).unwrap();
    std::fs::copy(fixture("drifted/schema.prisma"), &schema).unwrap();
    try_hook(app, home, &validate, path).expect_code(0);
    let out = try_hook(app, home, &migrations, path);
    out.expect_code(1);
    for needle in ["Failed", "exit code: 2", "column_missing"] {
        assert!(out.stdout.contains(needle), "no {needle:?} in: {out}");
    }
    std::fs::write(&schema, original).unwrap();
}

#[test]
fn the_hooks_manifest_is_valid() {
    if !tool("pre-commit", REQUIRE, INSTALL) {
        return;
    }
    run(Command::new("pre-commit")
        .arg("validate-manifest")
        .arg(repo_root().join(".pre-commit-hooks.yaml")))
    .expect_code(0);
}

#[test]
fn system_hooks_use_the_prisma_drift_on_path() {
    if !tool("pre-commit", REQUIRE, INSTALL) {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let app = scratch_repo(tmp.path());
    let home = tmp.path().join("pre-commit-home");
    let path = path_with(packaging::binary().parent().unwrap());
    check_pair(&app, &home, "-system", &path);

    // No schema among the files: the hook does not run.
    std::fs::remove_dir_all(app.join("prisma")).unwrap();
    run(Command::new("git").current_dir(&app).args(["add", "-A"])).expect_code(0);
    let out = try_hook(&app, &home, "prisma-drift-validate-system", &path);
    out.expect_code(0);
    assert!(out.stdout.contains("no files to check"), "{out}");
}

#[test]
fn npx_hooks_use_the_projects_npm_package() {
    if !tool("pre-commit", REQUIRE, INSTALL) || !tool("npm", REQUIRE, "it comes with Node.js") {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let app = scratch_repo(tmp.path());
    let packages = build_npm_packages(tmp.path());
    let tarballs = [packages.launcher.as_path(), &packages.platform];
    npm_install(&app, &tmp.path().join("npm-cache"), &[], &tarballs);
    // PATH as the machine has it: no prisma-drift on it, only the app's node_modules.
    let path = std::env::var_os("PATH").unwrap_or_default();
    check_pair(&app, &tmp.path().join("pre-commit-home"), "-npx", &path);
}
