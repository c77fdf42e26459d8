//! Shared by the tests of how prisma-drift is installed and wired into other tools (npm,
//! pre-commit, the GitHub Action). Include it with
//! `#[path = "support/packaging.rs"] mod packaging;`.
//!
//! * [`tool`] — whether an outside tool is there; without it a test is skipped with a message,
//!   or fails when the variable that requires it is `1` (CI sets them).
//! * [`scratch_app`] — a copy of the Prisma app in `tests/fixtures/packaging/app` (package.json,
//!   schema, one migration and the lock file) in a temporary folder.
//! * [`build_npm_packages`] — `npm/build.mjs` run on the test binary: the launcher and this
//!   platform's package, packed.
//! * [`run`] — runs a command and keeps its exit code and output for the assertions.
#![allow(dead_code)]

use std::fmt;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "fixtures.rs"]
mod fixtures;
pub use fixtures::copy_dir;
use std::process::Command;

/// The repository's root.
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The binary under test (the one `cargo test` built).
pub fn binary() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_prisma-drift"))
}

/// A file or folder of `tests/fixtures/packaging`.
pub fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/fixtures/packaging").join(name)
}

/// The crate's version, which every package and example must carry.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// True when `program --version` runs. When it does not, panics if the environment variable
/// `require` is `1`, else prints why the test is skipped and returns false.
pub fn tool(program: &str, require: &str, install: &str) -> bool {
    let runs = Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success());
    if runs {
        return true;
    }
    let message =
        format!("`{program}` is not installed ({install}); {require}=1 makes this a failure");
    if std::env::var(require).is_ok_and(|v| v == "1") {
        panic!("{message}");
    }
    eprintln!("skipped: {message}");
    false
}

/// A copy of the fixture app at `dir/app`.
pub fn scratch_app(dir: &Path) -> PathBuf {
    let app = dir.join("app");
    copy_dir(&fixture("app"), &app);
    app
}

/// What a command did.
pub struct Outcome {
    /// What was run, for messages.
    pub what: String,
    /// The exit code; `None` when a signal ended it.
    pub code: Option<i32>,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} exited with {:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.what, self.code, self.stdout, self.stderr
        )
    }
}

impl Outcome {
    /// Panics with the whole outcome unless the exit code is `code`.
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(self.code, Some(code), "{self}");
        self
    }

    /// Standard output and error together.
    pub fn output(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// Runs `command` to its end.
pub fn run(command: &mut Command) -> Outcome {
    let what = format!("{command:?}");
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
    Outcome {
        what,
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// `program` (npm, npx) in `dir`, offline, with its own cache, quiet about audits and funding.
pub fn npm_tool(program: &str, dir: &Path, cache: &Path) -> Command {
    let mut command = Command::new(program);
    command
        .current_dir(dir)
        .env("npm_config_cache", cache)
        .env("npm_config_offline", "true")
        .env("npm_config_audit", "false")
        .env("npm_config_fund", "false")
        .env("npm_config_update_notifier", "false");
    command
}

/// npm in `dir`, as [`npm_tool`] sets it up.
pub fn npm(dir: &Path, cache: &Path) -> Command {
    npm_tool("npm", dir, cache)
}

/// `npm install --save-dev FLAGS TARBALLS` in `app`; panics unless it succeeds.
pub fn npm_install(app: &Path, cache: &Path, flags: &[&str], tarballs: &[&Path]) {
    run(npm(app, cache)
        .args(["install", "--save-dev"])
        .args(flags)
        .args(tarballs))
    .expect_code(0);
}

/// The packed npm packages.
pub struct NpmPackages {
    /// `prisma-drift-<version>.tgz`, the launcher.
    pub launcher: PathBuf,
    /// `prisma-drift-cli-<platform>-<version>.tgz`, this platform's binary.
    pub platform: PathBuf,
}

/// Builds the npm packages into `dir/dist` with `npm/build.mjs` from a stripped copy of the
/// test binary (packing its debug information would take most of the test's time).
pub fn build_npm_packages(dir: &Path) -> NpmPackages {
    let bin_dir = dir.join("bin");
    std::fs::create_dir_all(&bin_dir).unwrap();
    let copy = bin_dir.join("prisma-drift");
    let stripped = Command::new("strip")
        .arg("-o")
        .arg(&copy)
        .arg(binary())
        .status()
        .is_ok_and(|s| s.success());
    if !stripped {
        std::fs::copy(binary(), &copy).unwrap();
    }
    let out = run(Command::new("node")
        .arg(repo_root().join("npm/build.mjs"))
        .arg("--binary")
        .arg(&copy)
        .arg("--out")
        .arg(dir.join("dist")));
    out.expect_code(0);
    let tarballs: Vec<PathBuf> = out.stdout.lines().map(PathBuf::from).collect();
    let named = |name: String| {
        tarballs
            .iter()
            .find(|t| t.file_name().is_some_and(|f| f.to_string_lossy() == name))
            .unwrap_or_else(|| panic!("npm/build.mjs made no {name}: {out}"))
            .clone()
    };
    let platform = format!("prisma-drift-cli-{}-{VERSION}.tgz", node_platform());
    NpmPackages {
        launcher: named(format!("prisma-drift-{VERSION}.tgz")),
        platform: named(platform),
    }
}

/// Node's name for this platform (`linux-x64`), as in the platform packages' names.
pub fn node_platform() -> String {
    let os = match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    };
    let cpu = match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        other => other,
    };
    format!("{os}-{cpu}")
}

/// `PATH` with `dir` first.
pub fn path_with(dir: &Path) -> std::ffi::OsString {
    let mut paths = vec![dir.to_path_buf()];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(paths).unwrap()
}
