//! A throwaway PostgreSQL server: the embedded default when no `--shadow-url` is given.
//!
//! [`EphemeralServer::start`] finds the server binaries ([`find_binaries`]), creates a cluster
//! in a temporary directory (RAM-backed `/dev/shm` unless `$TMPDIR` says otherwise), and starts `postgres` listening only on a unix socket inside that
//! directory, tuned for speed over durability (`fsync=off`, `synchronous_commit=off`,
//! `full_page_writes=off`, `autovacuum=off`).
//!
//! * **Template cache.** `initdb` takes a second or more, so the first cluster made for a
//!   PostgreSQL version is also kept, unused, as a template in the user's cache directory
//!   (`$XDG_CACHE_HOME/prisma-drift/templates/`, or `~/.cache/...`); later starts copy it.
//!   The template is built in a temporary directory and renamed into place, so a
//!   half-written template is never seen, even with several processes racing.
//! * **Root.** `initdb` and `postgres` refuse to run as root. When the process is root, both
//!   run as an unprivileged user instead: `$PRISMA_DRIFT_PG_USER`, else `postgres`, else
//!   `nobody`; the temporary directory is handed to that user.
//! * **Cleanup.** The server is stopped (immediate shutdown) and its directory removed when the
//!   handle is dropped, when starting fails, and on SIGINT/SIGTERM/SIGHUP: the first start
//!   installs a handler that stops every live server and then exits with 128 + the signal
//!   number (130 for Ctrl-C, 143 for SIGTERM). If the process dies without running any of
//!   that (SIGKILL, abort), a watchdog notices: `postgres` runs under a small `sh` that holds
//!   the read end of a pipe whose write end only this process has; when the pipe closes the
//!   shell stops the server and removes the directory.
//! * **Environment.** Every process the launcher starts gets only the variables it needs
//!   (see `child_env`), never ours: a migration replayed on the server could read them.

use std::ffi::{CString, OsString};
use std::fs;
use std::io;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Once};
use std::time::{Duration, Instant};

use super::child_env::{current_uid, scrub};
use super::config::{ConnConfig, Host, SslMode};
use super::connect::{connect, ConnectError};
use crate::sql::quote_ident_always;

/// Environment variable naming a directory with `initdb` and `postgres`; it wins over the search.
pub const PG_BIN_ENV: &str = "PRISMA_DRIFT_PG_BIN";
/// Environment variable naming the user to run PostgreSQL as when the process is root.
pub const PG_USER_ENV: &str = "PRISMA_DRIFT_PG_USER";
/// The superuser of every ephemeral cluster.
pub const SUPERUSER: &str = "postgres";
/// Bump when the `initdb` arguments change, so old templates are not reused.
const TEMPLATE_LAYOUT: &str = "v1";
/// The socket is private to its directory, so the port number only names the socket file.
const SOCKET_PORT: u16 = 5432;

/// Why an ephemeral server could not be had. One line each.
#[derive(Debug, thiserror::Error)]
pub enum EphemeralError {
    /// No `initdb`/`postgres` anywhere we looked.
    #[error(
        "no PostgreSQL server binaries found (looked for initdb and postgres in ${PG_BIN_ENV}, PATH, \
         pg_config --bindir, /usr/lib/postgresql/*/bin, /usr/local/pgsql/bin and other usual places); \
         install PostgreSQL (Debian/Ubuntu: apt-get install postgresql; Fedora: dnf install postgresql-server; \
         macOS: brew install postgresql) or pass --shadow-url"
    )]
    BinariesNotFound,
    /// `$PRISMA_DRIFT_PG_BIN` points at a directory without the binaries.
    #[error("{PG_BIN_ENV}={dir} does not contain executable initdb and postgres")]
    BadBinDir {
        /// The directory given.
        dir: String,
    },
    /// Running as root and no user to drop to.
    #[error(
        "running as root, and PostgreSQL refuses to: no unprivileged user found to run it as \
         (tried ${PG_USER_ENV}, postgres, nobody); set {PG_USER_ENV} to an existing user"
    )]
    NoUnprivilegedUser,
    /// `$PRISMA_DRIFT_PG_USER` names no user.
    #[error("{PG_USER_ENV}={name}: no such user")]
    UnknownUser {
        /// The name given.
        name: String,
    },
    /// `initdb` failed.
    #[error("initdb failed: {0}")]
    Initdb(String),
    /// The server exited or did not become ready.
    #[error("PostgreSQL did not start: {0}")]
    Start(String),
    /// A file-system or process operation failed.
    #[error("{context}: {reason}")]
    Io {
        /// What was being done.
        context: String,
        /// The system's answer.
        reason: String,
    },
    /// Connecting to the server failed.
    #[error(transparent)]
    Connect(#[from] ConnectError),
    /// A statement run on the server failed.
    #[error("{context}: {reason}")]
    Sql {
        /// What was being done.
        context: String,
        /// The server's answer.
        reason: String,
    },
}

fn io_err(context: impl Into<String>) -> impl FnOnce(io::Error) -> EphemeralError {
    let context = context.into();
    move |e| EphemeralError::Io {
        context,
        reason: e.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Finding the binaries

/// A PostgreSQL version as `postgres --version` prints it, e.g. `15.20` or `17beta1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgVersion {
    /// The version text, e.g. `15.20`.
    pub text: String,
    /// Its numeric parts, for ordering: `[15, 20]`.
    pub parts: Vec<u32>,
}

impl PgVersion {
    /// Reads the version out of `postgres --version` output
    /// (`postgres (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)`).
    pub fn parse(output: &str) -> Option<PgVersion> {
        let after = output.split_once(")").map_or(output, |(_, rest)| rest);
        let text = after.split_whitespace().next()?.to_string();
        let parts: Vec<u32> = text
            .split('.')
            .map_while(|p| {
                let digits: String = p.chars().take_while(char::is_ascii_digit).collect();
                digits.parse().ok()
            })
            .collect();
        (!parts.is_empty()).then_some(PgVersion { text, parts })
    }

    /// The major version: the first number from 10 on, `9.6` style before.
    pub fn major(&self) -> String {
        match self.parts.as_slice() {
            [9, minor, ..] => format!("9.{minor}"),
            [major, ..] => major.to_string(),
            [] => self.text.clone(),
        }
    }
}

impl std::fmt::Display for PgVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// A directory with a usable `initdb` and `postgres`, and their version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgBinaries {
    /// The directory.
    pub bin_dir: PathBuf,
    /// What `postgres --version` says.
    pub version: PgVersion,
}

impl PgBinaries {
    /// Path of `initdb`.
    pub fn initdb(&self) -> PathBuf {
        self.bin_dir.join("initdb")
    }
    /// Path of `postgres`.
    pub fn postgres(&self) -> PathBuf {
        self.bin_dir.join("postgres")
    }
}

fn is_executable(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

fn probe(dir: &Path) -> Option<PgBinaries> {
    if !is_executable(&dir.join("initdb")) || !is_executable(&dir.join("postgres")) {
        return None;
    }
    let out = scrub(&mut Command::new(dir.join("postgres")), current_uid())
        .arg("--version")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let version = PgVersion::parse(&String::from_utf8_lossy(&out.stdout))?;
    Some(PgBinaries {
        bin_dir: dir.to_path_buf(),
        version,
    })
}

/// Finds the server binaries: `$PRISMA_DRIFT_PG_BIN` if set, else the newest version among
/// `PATH`, `pg_config --bindir`, `/usr/lib/postgresql/*/bin`, `/usr/local/pgsql/bin`,
/// `/usr/pgsql-*/bin` and Homebrew's `postgresql@*` folders.
pub fn find_binaries() -> Result<PgBinaries, EphemeralError> {
    find_binaries_in(std::env::var_os(PG_BIN_ENV), std::env::var_os("PATH"))
}

/// [`find_binaries`] with the environment given explicitly.
pub fn find_binaries_in(
    explicit: Option<OsString>,
    path: Option<OsString>,
) -> Result<PgBinaries, EphemeralError> {
    if let Some(dir) = explicit.filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        return probe(&dir).ok_or_else(|| EphemeralError::BadBinDir {
            dir: dir.display().to_string(),
        });
    }
    let mut dirs: Vec<PathBuf> = Vec::new();
    let path_dirs: Vec<PathBuf> = path
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    for dir in &path_dirs {
        // Debian links initdb into PATH without postgres beside it: follow the link.
        if let Ok(real) = dir.join("initdb").canonicalize() {
            if let Some(parent) = real.parent() {
                dirs.push(parent.to_path_buf());
            }
        }
    }
    if let Some(pg_config) = path_dirs
        .iter()
        .map(|d| d.join("pg_config"))
        .find(|p| is_executable(p))
    {
        if let Ok(out) = scrub(&mut Command::new(pg_config), current_uid())
            .arg("--bindir")
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
        {
            let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
            if out.status.success() && !text.is_empty() {
                dirs.push(PathBuf::from(text));
            }
        }
    }
    for (parent, prefix, suffix) in [
        ("/usr/lib/postgresql", "", "bin"),
        ("/usr", "pgsql-", "bin"),
        ("/opt/homebrew/opt", "postgresql", "bin"),
        ("/usr/local/opt", "postgresql", "bin"),
    ] {
        if let Ok(entries) = fs::read_dir(parent) {
            let mut found: Vec<PathBuf> = entries
                .flatten()
                .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
                .map(|e| e.path().join(suffix))
                .collect();
            found.sort();
            dirs.extend(found);
        }
    }
    dirs.push(PathBuf::from("/usr/local/pgsql/bin"));

    let mut seen = Vec::new();
    let mut best: Option<PgBinaries> = None;
    for dir in dirs {
        let key = dir.canonicalize().unwrap_or_else(|_| dir.clone());
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        if let Some(found) = probe(&dir) {
            if best
                .as_ref()
                .is_none_or(|b| found.version.parts > b.version.parts)
            {
                best = Some(found);
            }
        }
    }
    best.ok_or(EphemeralError::BinariesNotFound)
}

// ---------------------------------------------------------------------------------------------
// Users

/// The OS account the server runs as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunAs {
    /// User name (for messages).
    pub name: String,
    /// User id.
    pub uid: u32,
    /// Primary group id.
    pub gid: u32,
    /// Whether this is another user than the current one (so ids must be switched).
    pub switch: bool,
}

fn lookup_user(name: &str) -> Option<(u32, u32)> {
    let cname = CString::new(name).ok()?;
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: passwd is plain data; getpwnam_r fills it with pointers into `buf`, which
    // outlives every use below (only the numeric ids are read).
    unsafe {
        let mut pwd: libc::passwd = std::mem::zeroed();
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc = libc::getpwnam_r(
            cname.as_ptr(),
            &mut pwd,
            buf.as_mut_ptr(),
            buf.len(),
            &mut result,
        );
        if rc != 0 || result.is_null() {
            return None;
        }
        Some((pwd.pw_uid, pwd.pw_gid))
    }
}

/// Who runs `initdb` and `postgres`: the current user, or when that is root an unprivileged
/// one (`$PRISMA_DRIFT_PG_USER`, `postgres`, `nobody`).
pub fn run_as() -> Result<RunAs, EphemeralError> {
    // SAFETY: these calls cannot fail and touch no memory.
    let (euid, egid) = unsafe { (libc::geteuid(), libc::getegid()) };
    if euid != 0 {
        return Ok(RunAs {
            name: std::env::var("USER").unwrap_or_else(|_| euid.to_string()),
            uid: euid,
            gid: egid,
            switch: false,
        });
    }
    if let Some(name) = std::env::var(PG_USER_ENV).ok().filter(|n| !n.is_empty()) {
        return match lookup_user(&name) {
            Some((uid, gid)) if uid != 0 => Ok(RunAs {
                name,
                uid,
                gid,
                switch: true,
            }),
            _ => Err(EphemeralError::UnknownUser { name }),
        };
    }
    for name in ["postgres", "nobody"] {
        if let Some((uid, gid)) = lookup_user(name).filter(|(uid, _)| *uid != 0) {
            return Ok(RunAs {
                name: name.to_string(),
                uid,
                gid,
                switch: true,
            });
        }
    }
    Err(EphemeralError::NoUnprivilegedUser)
}

fn chown_tree(path: &Path, user: &RunAs) -> io::Result<()> {
    std::os::unix::fs::lchown(path, Some(user.uid), Some(user.gid))?;
    if fs::symlink_metadata(path)?.is_dir() {
        for entry in fs::read_dir(path)? {
            chown_tree(&entry?.path(), user)?;
        }
    }
    Ok(())
}

fn copy_tree(src: &Path, dst: &Path) -> io::Result<()> {
    fs::create_dir(dst)?;
    for entry in fs::read_dir(src)? {
        let entry = entry?;
        let (from, to) = (entry.path(), dst.join(entry.file_name()));
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_tree(&from, &to)?;
        } else if kind.is_symlink() {
            std::os::unix::fs::symlink(fs::read_link(&from)?, &to)?;
        } else if kind.is_file() {
            fs::copy(&from, &to)?;
        }
    }
    fs::set_permissions(dst, fs::metadata(src)?.permissions())
}

// ---------------------------------------------------------------------------------------------
// Options and reports

/// How to start an [`EphemeralServer`]. `Default` is what the CLI uses.
#[derive(Debug, Clone)]
pub struct EphemeralOptions {
    /// Use these binaries instead of searching ([`find_binaries`]).
    pub binaries: Option<PgBinaries>,
    /// Root of the template cache; `None` = `$XDG_CACHE_HOME/prisma-drift` or
    /// `~/.cache/prisma-drift`.
    pub cache_dir: Option<PathBuf>,
    /// Keep and reuse a template cluster per PostgreSQL version.
    pub use_template_cache: bool,
    /// Also listen on 127.0.0.1 at a free port (off by default: unix socket only).
    pub listen_tcp: bool,
    /// How long to wait for the server to accept connections.
    pub startup_timeout: Duration,
    /// Where to make the server's temporary directory; `None` = `$TMPDIR` when set, else
    /// `/dev/shm` when writable (RAM-backed: copying a cluster there is many times faster than
    /// to disk), else `/tmp`.
    pub temp_root: Option<PathBuf>,
    /// Install the SIGINT/SIGTERM/SIGHUP handler that stops live servers and exits.
    pub handle_signals: bool,
}

impl Default for EphemeralOptions {
    fn default() -> Self {
        EphemeralOptions {
            binaries: None,
            cache_dir: None,
            use_template_cache: true,
            listen_tcp: false,
            startup_timeout: Duration::from_secs(60),
            temp_root: None,
            handle_signals: true,
        }
    }
}

/// Where the cluster came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClusterSource {
    /// Copied from this cached template (warm start).
    Template(PathBuf),
    /// Made by `initdb`, and stored as this template for next time (cold start).
    InitdbCached(PathBuf),
    /// Made by `initdb`, no template kept (cache disabled or not writable; see warnings).
    Initdb,
}

/// What a start did and how long it took.
#[derive(Debug, Clone)]
pub struct StartupReport {
    /// Where the cluster came from.
    pub source: ClusterSource,
    /// From the call to the server accepting connections.
    pub elapsed: Duration,
    /// Things that did not work but did not prevent the start (e.g. the cache not writable).
    pub warnings: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// Live servers, cleanup and signals

/// One started server process tree and its directory; shared with the signal handler.
struct Proc {
    dir: PathBuf,
    /// The watchdog shell; `None` before spawning and after stopping.
    child: Mutex<Option<Child>>,
    /// Write end of the watchdog's pipe: closing it stops the server.
    stdin: Mutex<Option<ChildStdin>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic elsewhere must not prevent cleanup.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Proc {
    /// Stops the server (immediate shutdown) and removes the directory. Idempotent.
    fn shutdown(&self) {
        let child = lock(&self.child).take();
        drop(lock(&self.stdin).take());
        if let Some(mut child) = child {
            let deadline = Instant::now() + Duration::from_secs(15);
            loop {
                match child.try_wait() {
                    Ok(Some(_)) | Err(_) => break,
                    Ok(None) if Instant::now() >= deadline => {
                        // The watchdog's process group holds postgres and its backends.
                        // SAFETY: plain syscall on a process group we created.
                        unsafe { libc::kill(-(child.id() as libc::pid_t), libc::SIGKILL) };
                        let _ = child.wait();
                        break;
                    }
                    Ok(None) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        }
        match fs::remove_dir_all(&self.dir) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            // Something may still be writing; one retry is enough in practice.
            Err(_) => {
                std::thread::sleep(Duration::from_millis(50));
                let _ = fs::remove_dir_all(&self.dir);
            }
        }
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        self.shutdown();
    }
}

static LIVE: Mutex<Vec<(u64, Arc<Proc>)>> = Mutex::new(Vec::new());
static NEXT_ID: AtomicU64 = AtomicU64::new(1);
static SIGNALS: Once = Once::new();
/// The signal being handled, once the handler has started cleaning up.
static INTERRUPTED: AtomicI32 = AtomicI32::new(0);

/// When a signal is being handled (servers being stopped before the process
/// exits with 128 + the signal), blocks until the handler ends the process:
/// the caller's own errors (a connection the handler just closed) are moot.
/// Returns at once otherwise.
pub fn wait_if_interrupted() {
    if INTERRUPTED.load(Ordering::SeqCst) != 0 {
        loop {
            std::thread::park();
        }
    }
}

fn install_signal_handler(warnings: &mut Vec<String>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut failed = None;
    SIGNALS.call_once(
        || match signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) {
            Ok(mut signals) => {
                let spawned = std::thread::Builder::new()
                    .name("prisma-drift-pg-signals".into())
                    .spawn(move || {
                        if let Some(sig) = signals.forever().next() {
                            INTERRUPTED.store(sig, Ordering::SeqCst);
                            let live: Vec<Arc<Proc>> =
                                lock(&LIVE).iter().map(|(_, p)| p.clone()).collect();
                            for p in live {
                                p.shutdown();
                            }
                            std::process::exit(128 + sig);
                        }
                    });
                if let Err(e) = spawned {
                    failed = Some(e.to_string());
                }
            }
            Err(e) => failed = Some(e.to_string()),
        },
    );
    if let Some(e) = failed {
        warnings.push(format!("cannot install signal handlers: {e}"));
    }
}

// ---------------------------------------------------------------------------------------------
// The server

/// A running throwaway PostgreSQL. Dropping it stops the server and deletes its files.
pub struct EphemeralServer {
    id: u64,
    proc: Arc<Proc>,
    socket_dir: PathBuf,
    data_dir: PathBuf,
    port: u16,
    tcp: bool,
    binaries: PgBinaries,
    run_as: RunAs,
    pid: u32,
    report: StartupReport,
}

impl std::fmt::Debug for EphemeralServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EphemeralServer")
            .field("dir", &self.proc.dir)
            .field("port", &self.port)
            .field("version", &self.binaries.version.text)
            .field("pid", &self.pid)
            .finish()
    }
}

/// Runs the watchdog: `$1` is the directory to delete afterwards, the rest the server command.
/// The server stops when stdin (fd 3 after the shuffle) reaches end of file, i.e. when the
/// launching process closes its end or dies.
const WATCHDOG: &str = r#"dir=$1; shift
exec 3<&0 </dev/null
"$@" 3<&- &
pg=$!
{ read -r _ <&3; kill -QUIT "$pg" 2>/dev/null; } &
guard=$!
exec 3<&-
wait "$pg"; code=$?
kill "$guard" 2>/dev/null
rm -rf -- "$dir"
exit "$code""#;

impl EphemeralServer {
    /// Starts a server with the default options (blocking; from async code use
    /// [`EphemeralServer::start_async`]).
    pub fn start() -> Result<EphemeralServer, EphemeralError> {
        Self::start_with(&EphemeralOptions::default())
    }

    /// Starts a server on a blocking thread of the current tokio runtime.
    pub async fn start_async(options: EphemeralOptions) -> Result<EphemeralServer, EphemeralError> {
        tokio::task::spawn_blocking(move || Self::start_with(&options))
            .await
            .map_err(|e| EphemeralError::Start(format!("launcher task failed: {e}")))?
    }

    /// Starts a server.
    pub fn start_with(options: &EphemeralOptions) -> Result<EphemeralServer, EphemeralError> {
        let started = Instant::now();
        let mut warnings = Vec::new();
        let binaries = match &options.binaries {
            Some(b) => b.clone(),
            None => find_binaries()?,
        };
        let user = run_as()?;
        if options.handle_signals {
            install_signal_handler(&mut warnings);
        }

        let tmp = tempfile::Builder::new()
            .prefix("prisma-drift-pg-")
            .tempdir_in(temp_root(options))
            .map_err(io_err("cannot create a temporary directory"))?
            .keep();
        // From here on the Proc owns the directory and removes it however we leave.
        let proc = Arc::new(Proc {
            dir: tmp.clone(),
            child: Mutex::new(None),
            stdin: Mutex::new(None),
        });
        let socket_file = tmp.join(format!(".s.PGSQL.{SOCKET_PORT}"));
        if socket_file.as_os_str().len() >= 100 {
            return Err(EphemeralError::Start(format!(
                "socket path {} is too long for a unix socket; set TMPDIR to a shorter directory",
                socket_file.display()
            )));
        }
        if user.switch {
            std::os::unix::fs::chown(&tmp, Some(user.uid), Some(user.gid)).map_err(io_err(
                format!("cannot hand {} to user {}", tmp.display(), user.name),
            ))?;
        }
        let data = tmp.join("data");

        let template = options
            .use_template_cache
            .then(|| {
                options
                    .cache_dir
                    .clone()
                    .or_else(|| dirs::cache_dir().map(|d| d.join("prisma-drift")))
            })
            .flatten()
            .map(|cache| template_path(&cache, &binaries.version));

        let mut source = ClusterSource::Initdb;
        if let Some(t) = template.as_ref().filter(|t| is_cluster(t)) {
            match copy_tree(t, &data) {
                Ok(()) => source = ClusterSource::Template(t.clone()),
                Err(e) => {
                    warnings.push(format!(
                        "cannot copy template {}: {e}; running initdb",
                        t.display()
                    ));
                    let _ = fs::remove_dir_all(&data);
                }
            }
        }
        if source == ClusterSource::Initdb {
            initdb(&binaries, &user, &tmp, &data)?;
            if let Some(t) = &template {
                match store_template(&data, t) {
                    Ok(()) => source = ClusterSource::InitdbCached(t.clone()),
                    Err(e) => warnings.push(format!("cannot cache template {}: {e}", t.display())),
                }
            }
        }
        if user.switch {
            chown_tree(&data, &user).map_err(io_err(format!(
                "cannot hand {} to user {}",
                data.display(),
                user.name
            )))?;
        }

        let port = if options.listen_tcp {
            free_tcp_port().map_err(io_err("cannot find a free TCP port"))?
        } else {
            SOCKET_PORT
        };
        let mut server = EphemeralServer {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            proc,
            socket_dir: tmp.clone(),
            data_dir: data.clone(),
            port,
            tcp: options.listen_tcp,
            binaries,
            run_as: user,
            pid: 0,
            report: StartupReport {
                source,
                elapsed: Duration::ZERO,
                warnings,
            },
        };
        lock(&LIVE).push((server.id, server.proc.clone()));
        server.spawn_postgres()?;
        server.pid = server.wait_ready(options.startup_timeout)?;
        server.report.elapsed = started.elapsed();
        Ok(server)
    }

    fn spawn_postgres(&mut self) -> Result<(), EphemeralError> {
        let dir = &self.proc.dir;
        let log = fs::File::create(dir.join("server.log"))
            .map_err(io_err("cannot create the server log"))?;
        let log2 = log
            .try_clone()
            .map_err(io_err("cannot create the server log"))?;
        let listen = if self.tcp { "127.0.0.1" } else { "" };
        let mut cmd = Command::new("/bin/sh");
        scrub(&mut cmd, self.run_as.uid);
        cmd.arg("-c")
            .arg(WATCHDOG)
            .arg("prisma-drift-pg-watchdog")
            .arg(dir)
            .arg(self.binaries.postgres())
            .arg("-D")
            .arg(&self.data_dir)
            .arg("-k")
            .arg(&self.socket_dir)
            .arg("-p")
            .arg(self.port.to_string());
        for setting in [
            format!("listen_addresses={listen}"),
            "unix_socket_permissions=0700".into(),
            "fsync=off".into(),
            "synchronous_commit=off".into(),
            "full_page_writes=off".into(),
            "autovacuum=off".into(),
            "max_connections=100".into(),
        ] {
            cmd.arg("-c").arg(setting);
        }
        cmd.current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(log)
            .stderr(log2)
            // Its own process group: a terminal's Ctrl-C reaches only us, and we stop it in order.
            .process_group(0);
        if self.run_as.switch {
            cmd.uid(self.run_as.uid).gid(self.run_as.gid);
        }
        let mut child = cmd
            .spawn()
            .map_err(io_err("cannot start the PostgreSQL server"))?;
        *lock(&self.proc.stdin) = child.stdin.take();
        *lock(&self.proc.child) = Some(child);
        Ok(())
    }

    /// Waits for `postmaster.pid` to report `ready`; returns the postmaster's pid.
    fn wait_ready(&self, limit: Duration) -> Result<u32, EphemeralError> {
        let deadline = Instant::now() + limit;
        let pid_file = self.data_dir.join("postmaster.pid");
        loop {
            if let Ok(text) = fs::read_to_string(&pid_file) {
                let lines: Vec<&str> = text.lines().collect();
                if lines.get(7).map(|s| s.trim()) == Some("ready") {
                    if let Some(pid) = lines.first().and_then(|l| l.trim().parse().ok()) {
                        return Ok(pid);
                    }
                }
            }
            let exited = match lock(&self.proc.child).as_mut() {
                Some(c) => c.try_wait().ok().flatten(),
                None => None,
            };
            if let Some(status) = exited {
                return Err(EphemeralError::Start(format!(
                    "the server exited ({status}): {}",
                    self.log_tail()
                )));
            }
            if Instant::now() >= deadline {
                return Err(EphemeralError::Start(format!(
                    "not ready after {}s: {}",
                    limit.as_secs(),
                    self.log_tail()
                )));
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn log_tail(&self) -> String {
        let log = fs::read_to_string(self.proc.dir.join("server.log")).unwrap_or_default();
        last_meaningful_line(&log).unwrap_or_else(|| "no log output".into())
    }

    /// Configuration for connecting to database `postgres` as the superuser.
    pub fn config(&self) -> ConnConfig {
        self.config_for("postgres")
    }

    /// Configuration for connecting to `database` as the superuser, over the unix socket. The
    /// server is ours, so sessions are [`Scratch`](super::SessionKind::Scratch) ones: server
    /// defaults, no timeouts.
    pub fn config_for(&self, database: &str) -> ConnConfig {
        let mut config = ConnConfig::new(
            Host::Socket(self.socket_dir.clone()),
            self.port,
            SUPERUSER,
            database,
        )
        .scratch();
        config.ssl_mode = SslMode::Disable;
        config
    }

    /// Configuration for connecting over TCP to 127.0.0.1, when started with
    /// [`EphemeralOptions::listen_tcp`].
    pub fn tcp_config_for(&self, database: &str) -> Option<ConnConfig> {
        self.tcp.then(|| {
            let mut c = self.config_for(database);
            c.host = Host::Tcp("127.0.0.1".into());
            c
        })
    }

    /// Creates database `name` and returns the configuration to reach it.
    pub async fn create_database(&self, name: &str) -> Result<ConnConfig, EphemeralError> {
        let (client, task) = connect(&self.config()).await?;
        let result = client
            .batch_execute(&format!("CREATE DATABASE {}", quote_ident_always(name)))
            .await;
        drop(client);
        let _ = task.await;
        result.map_err(|e| EphemeralError::Sql {
            context: format!("cannot create database \"{name}\""),
            reason: e
                .as_db_error()
                .map_or_else(|| e.to_string(), |d| d.message().to_string()),
        })?;
        Ok(self.config_for(name))
    }

    /// The directory holding the unix socket (the server's temporary directory).
    pub fn socket_dir(&self) -> &Path {
        &self.socket_dir
    }
    /// The cluster's data directory (inside the temporary directory).
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }
    /// The port: part of the socket file name, and the TCP port with `listen_tcp`.
    pub fn port(&self) -> u16 {
        self.port
    }
    /// The postmaster's process id.
    pub fn pid(&self) -> u32 {
        self.pid
    }
    /// The binaries used.
    pub fn binaries(&self) -> &PgBinaries {
        &self.binaries
    }
    /// The OS account the server runs as.
    pub fn run_as(&self) -> &RunAs {
        &self.run_as
    }
    /// How the start went.
    pub fn startup(&self) -> &StartupReport {
        &self.report
    }

    /// Stops the server and removes its files now (dropping does the same).
    pub fn stop(self) {
        drop(self)
    }
}

impl Drop for EphemeralServer {
    fn drop(&mut self) {
        self.proc.shutdown();
        lock(&LIVE).retain(|(id, _)| *id != self.id);
    }
}

fn last_meaningful_line(log: &str) -> Option<String> {
    // FATAL/PANIC lines say why; else the last line.
    let lines: Vec<&str> = log
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines
        .iter()
        .rev()
        .find(|l| l.contains("FATAL:") || l.contains("PANIC:"))
        .or(lines.last())
        .map(|l| l.to_string())
}

fn temp_root(options: &EphemeralOptions) -> PathBuf {
    if let Some(dir) = &options.temp_root {
        return dir.clone();
    }
    if std::env::var_os("TMPDIR").is_some_and(|d| !d.is_empty()) {
        return std::env::temp_dir();
    }
    let shm = Path::new("/dev/shm");
    let shared =
        fs::metadata(shm).is_ok_and(|m| m.is_dir() && m.permissions().mode() & 0o1777 == 0o1777);
    // Containers often give /dev/shm only 64 MiB; a cluster needs about 40 MiB to start.
    if shared && free_bytes(shm).is_some_and(|b| b >= 512 * 1024 * 1024) {
        shm.to_path_buf()
    } else {
        std::env::temp_dir()
    }
}

fn free_bytes(path: &Path) -> Option<u64> {
    let cpath = CString::new(path.as_os_str().as_encoded_bytes()).ok()?;
    // SAFETY: statvfs only writes into the struct we pass.
    unsafe {
        let mut st: libc::statvfs = std::mem::zeroed();
        if libc::statvfs(cpath.as_ptr(), &mut st) != 0 {
            return None;
        }
        Some(st.f_bavail as u64 * st.f_frsize as u64)
    }
}

fn template_path(cache: &Path, version: &PgVersion) -> PathBuf {
    let clean: String = version
        .text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    cache
        .join("templates")
        .join(format!("pg-{clean}-{TEMPLATE_LAYOUT}"))
}

fn is_cluster(dir: &Path) -> bool {
    dir.join("PG_VERSION").is_file() && dir.join("global").join("pg_control").is_file()
}

fn initdb(bins: &PgBinaries, user: &RunAs, cwd: &Path, data: &Path) -> Result<(), EphemeralError> {
    let mut cmd = Command::new(bins.initdb());
    scrub(&mut cmd, user.uid);
    cmd.arg("-D")
        .arg(data)
        .args([
            "-U",
            SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        ])
        .current_dir(cwd)
        .stdin(Stdio::null());
    if user.switch {
        cmd.uid(user.uid).gid(user.gid);
    }
    let out = cmd
        .output()
        .map_err(io_err(format!("cannot run {}", bins.initdb().display())))?;
    if !out.status.success() {
        let text = String::from_utf8_lossy(&out.stderr);
        return Err(EphemeralError::Initdb(
            last_meaningful_line(&text).unwrap_or_else(|| out.status.to_string()),
        ));
    }
    Ok(())
}

/// Copies a fresh cluster into the cache under a temporary name, then renames it into place.
fn store_template(data: &Path, template: &Path) -> io::Result<()> {
    let parent = template
        .parent()
        .ok_or_else(|| io::Error::other("template path has no parent"))?;
    fs::create_dir_all(parent)?;
    let staging = tempfile::Builder::new()
        .prefix(".building-")
        .tempdir_in(parent)?;
    let built = staging.path().join("cluster");
    copy_tree(data, &built)?;
    // Files of a cluster are private; so is the template.
    fs::set_permissions(&built, fs::Permissions::from_mode(0o700))?;
    if template.exists() && !is_cluster(template) {
        // A damaged template (never one being written: those live under a staging name).
        fs::rename(template, staging.path().join("broken"))?;
    }
    match fs::rename(&built, template) {
        Ok(()) => Ok(()),
        // Another process stored one first: theirs is as good as ours.
        Err(_) if is_cluster(template) => Ok(()),
        Err(e) => Err(e),
    }
}

fn free_tcp_port() -> io::Result<u16> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0))?;
    Ok(listener.local_addr()?.port())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::MetadataExt;

    #[test]
    fn version_parsing() {
        let v = PgVersion::parse("postgres (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n").unwrap();
        assert_eq!(v.text, "15.20");
        assert_eq!(v.parts, vec![15, 20]);
        assert_eq!(v.major(), "15");
        let v = PgVersion::parse("postgres (PostgreSQL) 17beta1").unwrap();
        assert_eq!(v.parts, vec![17]);
        let v = PgVersion::parse("postgres (PostgreSQL) 9.6.24").unwrap();
        assert_eq!(v.major(), "9.6");
        assert!(PgVersion::parse("garbage").is_none());
        assert!(PgVersion::parse("").is_none());
        let newer = PgVersion::parse("postgres (PostgreSQL) 16.1").unwrap();
        assert!(
            newer.parts
                > PgVersion::parse("postgres (PostgreSQL) 15.20")
                    .unwrap()
                    .parts
        );
    }

    #[test]
    fn bad_explicit_bin_dir_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = find_binaries_in(Some(dir.path().into()), None).unwrap_err();
        assert!(matches!(err, EphemeralError::BadBinDir { .. }), "{err}");
    }

    #[test]
    fn not_found_message_says_what_to_install() {
        let msg = EphemeralError::BinariesNotFound.to_string();
        assert!(msg.contains("apt-get install postgresql"), "{msg}");
        assert!(msg.contains("--shadow-url"), "{msg}");
        assert!(!msg.contains('\n'));
    }

    #[test]
    fn log_lines() {
        let log =
            "LOG:  starting\nFATAL:  data directory has wrong ownership\nLOG:  shutting down\n";
        assert_eq!(
            last_meaningful_line(log).as_deref(),
            Some("FATAL:  data directory has wrong ownership")
        );
        assert_eq!(last_meaningful_line("\n\n"), None);
    }

    #[test]
    fn template_paths_are_per_version() {
        let v = PgVersion::parse("postgres (PostgreSQL) 15.20").unwrap();
        assert_eq!(
            template_path(Path::new("/c"), &v),
            Path::new("/c/templates/pg-15.20-v1")
        );
    }

    #[test]
    fn copy_tree_keeps_modes_and_links() {
        let src = tempfile::tempdir().unwrap();
        fs::create_dir(src.path().join("sub")).unwrap();
        fs::write(src.path().join("sub/f"), "x").unwrap();
        fs::set_permissions(src.path().join("sub/f"), fs::Permissions::from_mode(0o600)).unwrap();
        std::os::unix::fs::symlink("sub/f", src.path().join("link")).unwrap();
        let dst = tempfile::tempdir().unwrap();
        let to = dst.path().join("copy");
        copy_tree(src.path(), &to).unwrap();
        assert_eq!(fs::read_to_string(to.join("sub/f")).unwrap(), "x");
        assert_eq!(
            fs::metadata(to.join("sub/f")).unwrap().mode() & 0o777,
            0o600
        );
        assert_eq!(fs::read_link(to.join("link")).unwrap(), Path::new("sub/f"));
    }
}
