//! The server itself: starting it from a template or `initdb`, waiting for it, reaching it,
//! and creating scratch databases on it.

use std::ffi::CString;
use std::fs;
use std::io::{self, Read, Seek};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::super::child_env::scrub;
use super::super::config::{ConnConfig, Host, SslMode};
use super::super::connect::connect;
use super::binaries::{find_binaries, PgBinaries};
use super::process::{
    install_signal_handler, lock, owned_prefix, remove_tree, sweep_leftovers, Live, Proc, WATCHDOG,
};
use super::reach::check_runnable;
use super::template::{copy_tree, initdb, is_cluster, store_template, template_path};
use super::users::{chown_tree, run_as, RunAs};
use super::{
    io_err, ClusterSource, EphemeralError, EphemeralOptions, StartupReport, DIR_PREFIX,
    SOCKET_PORT, SUPERUSER,
};
use crate::sql::quote_ident_always;

/// A running throwaway PostgreSQL. Dropping it stops the server and deletes its files.
pub struct EphemeralServer {
    live: Live,
    /// A handle on the server log, opened before the server could delete it.
    log: Option<fs::File>,
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
            .field("dir", &self.live.proc.dir)
            .field("port", &self.port)
            .field("version", &self.binaries.version.text)
            .field("pid", &self.pid)
            .finish()
    }
}

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

    /// Starts a server. A cached template that does not start a server (damaged on disk) is
    /// replaced by a fresh `initdb`, with a warning.
    pub fn start_with(options: &EphemeralOptions) -> Result<EphemeralServer, EphemeralError> {
        let started = Instant::now();
        let mut warnings = Vec::new();
        let binaries = match &options.binaries {
            Some(b) => b.clone(),
            None => find_binaries()?,
        };
        let user = run_as()?;
        check_runnable(&binaries, &user)?;
        if options.handle_signals {
            install_signal_handler(&mut warnings);
        }
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
        let launch = |warnings: Vec<String>| {
            Self::launch(options, &binaries, &user, template.as_deref(), warnings)
        };
        let mut server = match launch(warnings.clone()) {
            Ok(server) => server,
            Err(Failure {
                error,
                from_template: Some(broken),
            }) => {
                discard_template(&broken);
                let mut server = launch(warnings).map_err(|f| f.error)?;
                server.report.warnings.push(format!(
                    "the cached template {} did not start a server ({error}); rebuilt it",
                    broken.display()
                ));
                server
            }
            Err(failure) => return Err(failure.error),
        };
        server.report.elapsed = started.elapsed();
        Ok(server)
    }

    /// One attempt: a directory, a cluster (from the template when there is one), a server.
    fn launch(
        options: &EphemeralOptions,
        binaries: &PgBinaries,
        user: &RunAs,
        template: Option<&Path>,
        mut warnings: Vec<String>,
    ) -> Result<EphemeralServer, Failure> {
        // From here on `live` owns the directory and removes it however we leave.
        let live = server_dir(options, user)?;
        let tmp = live.proc.dir.clone();
        let data = tmp.join("data");
        let source = make_cluster(&live.proc, binaries, user, template, &mut warnings)?;
        if user.switch {
            chown_tree(&data, user).map_err(io_err(format!(
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
        let from_template = match &source {
            ClusterSource::Template(t) => Some(t.clone()),
            _ => None,
        };
        let mut server = EphemeralServer {
            live,
            log: None,
            socket_dir: tmp,
            data_dir: data,
            port,
            tcp: options.listen_tcp,
            binaries: binaries.clone(),
            run_as: user.clone(),
            pid: 0,
            report: StartupReport {
                source,
                elapsed: Duration::ZERO,
                warnings,
            },
        };
        server.spawn_postgres(options)?;
        server.pid = server
            .wait_ready(options.startup_timeout)
            .map_err(|error| Failure {
                error,
                from_template,
            })?;
        Ok(server)
    }

    fn spawn_postgres(&mut self, options: &EphemeralOptions) -> Result<(), EphemeralError> {
        let dir = &self.live.proc.dir;
        let log = fs::File::create(dir.join("server.log"))
            .map_err(io_err("cannot create the server log"))?;
        let log2 = log
            .try_clone()
            .map_err(io_err("cannot create the server log"))?;
        // Our own handle: the log stays readable after a failed server's watchdog deletes it.
        self.log = fs::File::open(dir.join("server.log")).ok();
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
            // A migration is one transaction: room for the locks of thousands of tables
            // (about 14 MB of shared memory instead of 2 MB).
            "max_locks_per_transaction=512".into(),
            // Nothing reads this server's WAL: skip writing what only replicas need.
            "wal_level=minimal".into(),
            "max_wal_senders=0".into(),
        ]
        .into_iter()
        .chain(options.settings.iter().map(|(n, v)| format!("{n}={v}")))
        {
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
        *lock(&self.live.proc.stdin) = child.stdin.take();
        *lock(&self.live.proc.child) = Some(child);
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
            let exited = match lock(&self.live.proc.child).as_mut() {
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
        let mut log = String::new();
        if let Some(mut file) = self.log.as_ref() {
            let _ = file.seek(io::SeekFrom::Start(0));
            let _ = file.read_to_string(&mut log);
        }
        log_excerpt(&log).unwrap_or_else(|| "no log output".into())
    }

    /// Configuration for connecting to database `postgres` as the superuser.
    pub fn config(&self) -> ConnConfig {
        self.config_for("postgres")
    }

    /// Configuration for connecting to `database` as the superuser, over the unix socket. The
    /// server is ours, so sessions are [`Scratch`](crate::pg::SessionKind::Scratch) ones: server
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
            reason: crate::pg::server_message(&e),
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

    /// Stops the server and removes its files now (dropping does the same: the handle owns
    /// them through its registration with the signal handler).
    pub fn stop(self) {
        drop(self)
    }
}

/// Why one attempt to start failed, and the template the cluster came from, if it did.
struct Failure {
    error: EphemeralError,
    from_template: Option<PathBuf>,
}

impl From<EphemeralError> for Failure {
    fn from(error: EphemeralError) -> Self {
        Failure {
            error,
            from_template: None,
        }
    }
}

/// Moves a template that does not work out of the way (atomically, so that no other run
/// copies it half-deleted) and removes it.
fn discard_template(template: &Path) {
    let Some(parent) = template.parent() else {
        return;
    };
    let aside = parent.join(format!("{}broken", owned_prefix(".building-")));
    if fs::rename(template, &aside).is_ok() {
        remove_tree(&aside);
    }
}

/// Creates the server's temporary directory, named after this process so that a later run
/// can remove it if we die without cleaning up (and removing what dead runs left).
fn server_dir(options: &EphemeralOptions, user: &RunAs) -> Result<Live, EphemeralError> {
    let root = temp_root(options);
    sweep_leftovers(&root, DIR_PREFIX);
    if let Some(free) = free_bytes(&root).filter(|free| *free < CLUSTER_ROOM) {
        return Err(EphemeralError::Start(no_room(
            &root,
            &format!("only {} MB free", free / (1024 * 1024)),
        )));
    }
    let tmp = tempfile::Builder::new()
        .prefix(&owned_prefix(DIR_PREFIX))
        .tempdir_in(&root)
        .map_err(io_err(format!(
            "cannot create a temporary directory in {} (set TMPDIR to a writable directory)",
            root.display()
        )))?
        .keep();
    let live = Live::register(tmp.clone());
    let socket_file = tmp.join(format!(".s.PGSQL.{SOCKET_PORT}"));
    if socket_file.as_os_str().len() >= 100 {
        return Err(EphemeralError::Start(format!(
            "socket path {} is too long for a unix socket; set TMPDIR to a shorter directory",
            socket_file.display()
        )));
    }
    if user.switch {
        std::os::unix::fs::chown(&tmp, Some(user.uid), Some(user.gid)).map_err(io_err(format!(
            "cannot hand {} to user {}",
            tmp.display(),
            user.name
        )))?;
        if !reachable_by(&root, user) {
            return Err(EphemeralError::Start(format!(
                "{} is not reachable by user {}, who runs PostgreSQL (we run as root); \
                 set TMPDIR to a directory others can enter, e.g. /tmp",
                root.display(),
                user.name
            )));
        }
    }
    Ok(live)
}

/// Whether every directory from `/` to `dir` lets `user` through (search permission).
fn reachable_by(dir: &Path, user: &RunAs) -> bool {
    dir.ancestors().all(|d| {
        fs::metadata(d).is_ok_and(|m| {
            use std::os::unix::fs::MetadataExt;
            let mode = m.mode();
            if m.uid() == user.uid {
                mode & 0o100 != 0
            } else if m.gid() == user.gid {
                mode & 0o010 != 0
            } else {
                mode & 0o001 != 0
            }
        })
    })
}

/// Makes the cluster in `proc`'s `data` folder: copied from the template when there is a
/// good one, else by `initdb` (then stored as the template).
fn make_cluster(
    proc: &Proc,
    binaries: &PgBinaries,
    user: &RunAs,
    template: Option<&Path>,
    warnings: &mut Vec<String>,
) -> Result<ClusterSource, EphemeralError> {
    let data = proc.dir.join("data");
    if let Some(t) = template.filter(|t| is_cluster(t)) {
        match copy_tree(t, &data) {
            Ok(()) => return Ok(ClusterSource::Template(t.to_path_buf())),
            // A signal is being handled: the handler removes everything, start nothing more.
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                return Err(EphemeralError::Start("interrupted".into()))
            }
            Err(e) if is_full(&e) => {
                remove_tree(&data);
                let root = proc.dir.parent().unwrap_or(&proc.dir);
                return Err(EphemeralError::Start(no_room(root, &e.to_string())));
            }
            Err(e) => {
                warnings.push(format!(
                    "cannot copy template {}: {e}; running initdb",
                    t.display()
                ));
                remove_tree(&data);
            }
        }
    }
    initdb(proc, binaries, user, &data)?;
    let Some(t) = template else {
        return Ok(ClusterSource::Initdb);
    };
    match store_template(proc, &data, t) {
        Ok(()) => Ok(ClusterSource::InitdbCached(t.to_path_buf())),
        Err(e) => {
            warnings.push(format!("cannot cache template {}: {e}", t.display()));
            Ok(ClusterSource::Initdb)
        }
    }
}

/// A log's non-empty lines, trimmed, and where the one that says why stands: the last
/// FATAL/PANIC line, else the last line.
fn telling_line(log: &str) -> Option<(Vec<&str>, usize)> {
    let lines: Vec<&str> = log
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let at = lines
        .iter()
        .rposition(|l| l.contains("FATAL:") || l.contains("PANIC:"))
        .or(lines.len().checked_sub(1))?;
    Some((lines, at))
}

/// The server's last FATAL/PANIC line with the few lines before it (the setting or file it
/// complains about comes first), on one line, without the time stamps.
fn log_excerpt(log: &str) -> Option<String> {
    let (lines, end) = telling_line(log)?;
    let excerpt: Vec<&str> = lines[end.saturating_sub(3)..=end]
        .iter()
        .map(|l| l.split_once("] ").map_or(*l, |(_, rest)| rest))
        .collect();
    Some(excerpt.join("; "))
}

/// The line of a log that says why: the last FATAL/PANIC line, else the last line.
pub(super) fn last_meaningful_line(log: &str) -> Option<String> {
    let (lines, at) = telling_line(log)?;
    Some(lines[at].to_string())
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

/// Room a throwaway cluster needs in its temporary directory: about 40 MB to start, and
/// some for what the migrations write.
const CLUSTER_ROOM: u64 = 64 * 1024 * 1024;

/// The error for a temporary directory without room for a cluster.
fn no_room(root: &Path, why: &str) -> String {
    format!(
        "no room for a throwaway PostgreSQL in {} ({why}; it needs about {} MB): free some \
         space there, or set TMPDIR to a directory with room",
        root.display(),
        CLUSTER_ROOM / (1024 * 1024)
    )
}

/// A write refused for lack of room (a full file system or a quota).
fn is_full(error: &io::Error) -> bool {
    matches!(error.raw_os_error(), Some(libc::ENOSPC | libc::EDQUOT))
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

fn free_tcp_port() -> io::Result<u16> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0))?;
    Ok(listener.local_addr()?.port())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_excerpts_say_what_the_fatal_line_is_about() {
        let log =
            "2026-12-01 18:27:27.206 GMT [6613] LOG:  unrecognized configuration parameter \"x\"\n\
                   2026-12-01 18:27:27.206 GMT [6613] FATAL:  configuration file contains errors\n";
        assert_eq!(
            log_excerpt(log).as_deref(),
            Some("LOG:  unrecognized configuration parameter \"x\"; FATAL:  configuration file contains errors")
        );
        assert_eq!(log_excerpt("\n"), None);
        assert_eq!(log_excerpt("one line").as_deref(), Some("one line"));
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
}
