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
//!   handle is dropped, when starting fails, and on SIGINT/SIGTERM/SIGHUP/SIGQUIT: the first start
//!   installs a handler that stops every live server and then exits with 128 + the signal
//!   number (130 for Ctrl-C, 143 for SIGTERM). If the process dies without running any of
//!   that (SIGKILL, abort), a watchdog notices: `postgres` runs under a small `sh` that holds
//!   the read end of a pipe whose write end only this process has; when the pipe closes the
//!   shell stops the server and removes the directory.
//! * **Environment.** Every process the launcher starts gets only the variables it needs
//!   (see `child_env`), never ours: a migration replayed on the server could read them.

mod binaries;
mod fallback;
mod process;
mod reach;
mod server;
mod template;
mod users;

use std::io;
use std::path::PathBuf;
use std::time::Duration;

use super::connect::ConnectError;

pub use binaries::{find_binaries, find_binaries_in, PgBinaries, PgVersion};
pub use fallback::PG_FALLBACK_BIN_ENV;
pub use process::{on_interrupt, wait_if_interrupted, OnInterrupt};
pub use server::EphemeralServer;
pub use users::{run_as, RunAs};

/// Environment variable naming a directory with `initdb` and `postgres`; it wins over the search.
pub const PG_BIN_ENV: &str = "PRISMA_DRIFT_PG_BIN";
/// Environment variable naming the user to run PostgreSQL as when the process is root.
pub const PG_USER_ENV: &str = "PRISMA_DRIFT_PG_USER";
/// The superuser of every ephemeral cluster.
pub const SUPERUSER: &str = "postgres";
/// Name prefix of a server's temporary directory (`prisma-drift-pg-<pid>-…`).
const DIR_PREFIX: &str = "prisma-drift-pg-";
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
         macOS: brew install postgresql)"
    )]
    BinariesNotFound,
    /// `$PRISMA_DRIFT_PG_BIN` points at a directory without the binaries.
    #[error("{PG_BIN_ENV}={dir} does not contain executable initdb and postgres")]
    BadBinDir {
        /// The directory given.
        dir: String,
    },
    /// Nothing found, and `$PRISMA_DRIFT_PG_FALLBACK_BIN` points at binaries that do not run.
    #[error(
        "no PostgreSQL server binaries found on this machine, and none that run in \
         {PG_FALLBACK_BIN_ENV}={dir} (the npm package's: reinstall it); install PostgreSQL \
         (Debian/Ubuntu: apt-get install postgresql)"
    )]
    BadFallbackDir {
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
    /// `/dev/shm` when it is shared (mode 1777) and has room (RAM-backed: copying a cluster
    /// there is many times faster than to disk), else `/tmp`.
    pub temp_root: Option<PathBuf>,
    /// Install the SIGINT/SIGTERM/SIGHUP/SIGQUIT handler that stops live servers and exits.
    pub handle_signals: bool,
    /// Server settings (`name`, `value`) passed with `-c` after the launcher's own, so they
    /// win over them.
    pub settings: Vec<(String, String)>,
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
            settings: Vec::new(),
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
