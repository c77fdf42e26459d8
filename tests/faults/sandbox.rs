//! A private world for one run of the binary: its own `TMPDIR`, template cache and server
//! binaries (wrappers around the real ones that can hold a phase open), a migrations
//! project, and counters for everything a run could leave behind.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::Duration;

pub const BIN: &str = env!("CARGO_BIN_EXE_prisma-drift");

pub struct Sandbox {
    /// Kept for its `Drop`.
    _root: tempfile::TempDir,
    pub dir: PathBuf,
    pub tmp: PathBuf,
    pub cache: PathBuf,
    pub bin: PathBuf,
    pub project: PathBuf,
}

/// Where a phase marker or a gate lives.
pub fn marker(sandbox: &Sandbox, name: &str) -> PathBuf {
    sandbox.dir.join("markers").join(name)
}

fn open_dir(path: &Path) {
    fs::create_dir_all(path).unwrap();
    // The server runs as another user when the tests run as root: it must get through.
    fs::set_permissions(path, fs::Permissions::from_mode(0o777)).unwrap();
}

impl Sandbox {
    /// A project whose migrations are `migrations` (name, SQL), in order.
    pub fn new(migrations: &[(&str, &str)]) -> Sandbox {
        let root = tempfile::Builder::new()
            .prefix("faults-")
            .tempdir_in("/tmp")
            .unwrap();
        let dir = root.path().to_path_buf();
        open_dir(&dir);
        let sandbox = Sandbox {
            tmp: dir.join("tmp"),
            cache: dir.join("cache"),
            bin: dir.join("bin"),
            project: dir.join("project"),
            dir,
            _root: root,
        };
        for d in [
            &sandbox.tmp,
            &sandbox.cache,
            &sandbox.bin,
            &sandbox.dir.join("markers"),
        ] {
            open_dir(d);
        }
        sandbox.write_project(migrations);
        sandbox.write_wrappers("");
        sandbox
    }

    fn write_project(&self, migrations: &[(&str, &str)]) {
        let dir = self.project.join("migrations");
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            self.project.join("schema.prisma"),
            "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel A {\n  id Int @id\n}\n",
        )
        .unwrap();
        fs::write(
            dir.join("migration_lock.toml"),
            "provider = \"postgresql\"\n",
        )
        .unwrap();
        for (name, sql) in migrations {
            self.add_migration(name, sql);
        }
    }

    /// Adds migration `name` to the project.
    pub fn add_migration(&self, name: &str, sql: &str) {
        let dir = self.project.join("migrations").join(name);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("migration.sql"), sql).unwrap();
    }

    /// `initdb` and `postgres` wrappers: `postgres` is the real one; `initdb` marks the
    /// phase, waits while the `hold-initdb` gate exists, runs the real one, then runs
    /// `after_initdb` (shell, `$D` the data directory).
    pub fn write_wrappers(&self, after_initdb: &str) {
        let real = prisma_drift::pg::find_binaries().expect("PostgreSQL server binaries");
        let markers = self.dir.join("markers");
        let _ = fs::remove_file(self.bin.join("postgres"));
        std::os::unix::fs::symlink(real.postgres(), self.bin.join("postgres")).unwrap();
        let script = format!(
            "#!/bin/sh\n\
             touch '{m}/phase-initdb'\n\
             while [ -e '{m}/hold-initdb' ]; do sleep 0.02; done\n\
             '{real}' \"$@\" || exit $?\n\
             while [ $# -gt 0 ]; do [ \"$1\" = -D ] && D=$2; shift; done\n\
             {after_initdb}\n",
            m = markers.display(),
            real = real.initdb().display(),
        );
        fs::write(self.bin.join("initdb"), script).unwrap();
        fs::set_permissions(self.bin.join("initdb"), fs::Permissions::from_mode(0o755)).unwrap();
    }

    /// `prisma-drift check --migrations` in this sandbox, plus `extra` arguments, started.
    pub fn spawn_check(&self, extra: &[&str]) -> Child {
        self.check_command(extra).spawn().unwrap()
    }

    /// `prisma-drift check --migrations` in this sandbox, plus `extra` arguments.
    pub fn check_command(&self, extra: &[&str]) -> Command {
        let mut command = Command::new(BIN);
        command
            .args([
                "check",
                "--schema",
                "schema.prisma",
                "--migrations",
                "migrations",
            ])
            .args(extra)
            .current_dir(&self.project)
            .env("TMPDIR", &self.tmp)
            .env("XDG_CACHE_HOME", &self.cache)
            .env("PRISMA_DRIFT_PG_BIN", &self.bin)
            .env("NO_COLOR", "1")
            .env_remove("DATABASE_URL")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    }

    /// Leftovers of finished runs: entries in `TMPDIR`, staging or broken entries in the
    /// template cache, `/dev/shm/prisma-drift-pg-<pid>-*` of `pid`, live processes naming
    /// the sandbox.
    pub fn leftovers(&self, pid: u32) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        found.extend(entries(&self.tmp));
        let templates = self.cache.join("prisma-drift").join("templates");
        found.extend(
            entries(&templates)
                .into_iter()
                .filter(|e| e.contains(".building-")),
        );
        found.extend(
            entries(Path::new("/dev/shm"))
                .into_iter()
                .filter(|e| e.contains(&format!("prisma-drift-pg-{pid}-"))),
        );
        found.extend(processes_naming(&self.dir));
        found
    }
}

fn entries(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path().display().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Processes whose command line mentions `dir` (a helper or server we failed to stop).
fn processes_naming(dir: &Path) -> Vec<String> {
    let needle = dir.display().to_string();
    let mut found = Vec::new();
    for entry in fs::read_dir("/proc").unwrap().flatten() {
        if let Ok(cmdline) = fs::read(entry.path().join("cmdline")) {
            let text = String::from_utf8_lossy(&cmdline).replace('\0', " ");
            if text.contains(&needle) {
                found.push(format!(
                    "process {}: {text}",
                    entry.file_name().to_string_lossy()
                ));
            }
        }
    }
    found
}

/// Waits until `path` exists, or `child` exits (then panics with its output).
pub fn wait_for(path: &Path, child: &mut Child) {
    loop {
        if path.exists() {
            return;
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!(
                "the run ended ({status}) before {} appeared: {}",
                path.display(),
                output(child)
            );
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// Waits until some entry matching `pred` appears under `dir` (recursively one level).
pub fn wait_for_entry(dir: &Path, child: &mut Child, pred: impl Fn(&Path) -> bool) -> PathBuf {
    loop {
        for top in fs::read_dir(dir).into_iter().flatten().flatten() {
            if pred(&top.path()) {
                return top.path();
            }
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!(
                "the run ended ({status}) before the phase was seen: {}",
                output(child)
            );
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}

pub fn output(child: &mut Child) -> String {
    use std::io::Read;
    let mut text = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut text);
    }
    text
}

/// Sends `signal` and waits for the run to end.
pub fn interrupt(child: &mut Child, signal: i32) -> ExitStatus {
    // SAFETY: a plain syscall on our own child.
    unsafe { libc::kill(child.id() as libc::pid_t, signal) };
    child.wait().unwrap()
}
