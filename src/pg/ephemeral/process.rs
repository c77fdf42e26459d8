//! Live server processes: stopping them, the watchdog that outlives us, signals, and the
//! leftovers of runs that ended without any of that.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin};
use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Once};
use std::time::{Duration, Instant};

/// One server's process tree and files; shared with the signal handler from the moment its
/// directory exists, so that a signal at any phase of a start removes everything.
pub(super) struct Proc {
    pub(super) dir: PathBuf,
    /// The watchdog shell; `None` before spawning and after stopping.
    pub(super) child: Mutex<Option<Child>>,
    /// Write end of the watchdog's pipe: closing it stops the server.
    pub(super) stdin: Mutex<Option<ChildStdin>>,
    /// Process group of the helper running now (`initdb`); 0 when none. Held while the
    /// helper is spawned, so that a signal either prevents the spawn or sees the group.
    pub(super) helper_group: Mutex<i32>,
    /// A template being written into the cache; removed when we stop before it is in place.
    pub(super) staging: Mutex<Option<PathBuf>>,
}

pub(super) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic elsewhere must not prevent cleanup.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Proc {
    pub(super) fn new(dir: PathBuf) -> Proc {
        Proc {
            dir,
            child: Mutex::new(None),
            stdin: Mutex::new(None),
            helper_group: Mutex::new(0),
            staging: Mutex::new(None),
        }
    }

    /// Stops the helper and the server (immediate shutdown) and removes the directory and
    /// any half-written template. Idempotent.
    pub(super) fn shutdown(&self) {
        let helper = std::mem::take(&mut *lock(&self.helper_group));
        if helper > 0 {
            // SAFETY: plain syscall on a process group we created for the helper.
            unsafe { libc::kill(-helper, libc::SIGKILL) };
            // SIGKILL takes effect asynchronously, and on a signal this process exits right
            // after its handler: wait until the group is gone.
            let deadline = Instant::now() + Duration::from_secs(2);
            while process_exists(-helper) && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(5));
            }
        }
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
        if let Some(staging) = lock(&self.staging).take() {
            remove_tree(&staging);
        }
        remove_tree(&self.dir);
    }
}

/// Removes a directory tree; retries while something still writes into it (a helper that
/// is being killed, a copy that has not noticed the signal yet).
pub(super) fn remove_tree(dir: &Path) {
    for _ in 0..20 {
        match fs::remove_dir_all(dir) {
            Ok(()) => return,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return,
            Err(_) => std::thread::sleep(Duration::from_millis(25)),
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
/// What else the signal handler must undo before the process exits.
type Cleanup = Box<dyn FnOnce() + Send>;
static CLEANUPS: Mutex<Vec<(u64, Cleanup)>> = Mutex::new(Vec::new());

/// A [`Proc`] the signal handler knows about; dropping it stops the server and forgets it.
pub(super) struct Live {
    id: u64,
    pub(super) proc: Arc<Proc>,
}

impl Live {
    /// Registers a server directory the moment it exists.
    pub(super) fn register(dir: PathBuf) -> Live {
        let live = Live {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            proc: Arc::new(Proc::new(dir)),
        };
        lock(&LIVE).push((live.id, live.proc.clone()));
        live
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        self.proc.shutdown();
        lock(&LIVE).retain(|(id, _)| *id != self.id);
    }
}

/// Undo work the signal handler runs before exiting, until the guard is dropped.
#[derive(Debug)]
pub struct OnInterrupt {
    id: u64,
}

/// Registers `cleanup` to run if SIGINT/SIGTERM/SIGHUP/SIGQUIT ends the process before the returned
/// guard is dropped (and installs the handler if no server start did yet).
pub fn on_interrupt(cleanup: impl FnOnce() + Send + 'static) -> (OnInterrupt, Vec<String>) {
    let mut warnings = Vec::new();
    install_signal_handler(&mut warnings);
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    lock(&CLEANUPS).push((id, Box::new(cleanup)));
    (OnInterrupt { id }, warnings)
}

impl Drop for OnInterrupt {
    fn drop(&mut self) {
        lock(&CLEANUPS).retain(|(id, _)| *id != self.id);
    }
}

/// Whether a signal is being handled: long copies stop early.
pub(super) fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst) != 0
}

/// When a signal is being handled (servers being stopped before the process
/// exits with 128 + the signal), blocks until the handler ends the process:
/// the caller's own errors (a connection the handler just closed) are moot.
/// Returns at once otherwise.
pub fn wait_if_interrupted() {
    if interrupted() {
        loop {
            std::thread::park();
        }
    }
}

fn handle(sig: i32) -> ! {
    INTERRUPTED.store(sig, Ordering::SeqCst);
    let cleanups: Vec<Cleanup> = lock(&CLEANUPS).drain(..).map(|(_, c)| c).collect();
    for cleanup in cleanups {
        cleanup();
    }
    let live: Vec<Arc<Proc>> = lock(&LIVE).iter().map(|(_, p)| p.clone()).collect();
    for p in live {
        p.shutdown();
    }
    std::process::exit(128 + sig);
}

pub(super) fn install_signal_handler(warnings: &mut Vec<String>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut failed = None;
    SIGNALS.call_once(|| {
        match signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT]) {
            Ok(mut signals) => {
                let spawned = std::thread::Builder::new()
                    .name("prisma-drift-pg-signals".into())
                    .spawn(move || {
                        if let Some(sig) = signals.forever().next() {
                            handle(sig);
                        }
                    });
                if let Err(e) = spawned {
                    failed = Some(e.to_string());
                }
            }
            Err(e) => failed = Some(e.to_string()),
        }
    });
    if let Some(e) = failed {
        warnings.push(format!("cannot install signal handlers: {e}"));
    }
}

/// The name prefix of a directory this process owns: `<prefix><pid>-`, so that a later run can
/// tell a leftover (its owner gone) from one in use.
pub(super) fn owned_prefix(prefix: &str) -> String {
    format!("{prefix}{}-", std::process::id())
}

/// Removes the `<prefix><pid>-*` directories in `dir` whose process no longer exists: what a
/// run killed with SIGKILL, or by a power cut, left behind. Returns how many were removed.
pub(super) fn sweep_leftovers(dir: &Path, prefix: &str) -> usize {
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(prefix)) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<i32>().ok()) else {
            continue;
        };
        if pid > 0 && !process_exists(pid) && entry.file_type().is_ok_and(|t| t.is_dir()) {
            remove_tree(&entry.path());
            removed += 1;
        }
    }
    removed
}

fn process_exists(pid: i32) -> bool {
    // SAFETY: signal 0 only checks that the process exists.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

/// Runs the watchdog: `$1` is the directory to delete afterwards, the rest the server command.
/// The server stops when stdin (fd 3 after the shuffle) reaches end of file, i.e. when the
/// launching process closes its end or dies.
pub(super) const WATCHDOG: &str = r#"dir=$1; shift
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
