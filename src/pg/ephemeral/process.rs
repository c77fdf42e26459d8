//! Live server processes: stopping them, the watchdog that outlives us, and signals.

use std::fs;
use std::io;
use std::path::PathBuf;
use std::process::{Child, ChildStdin};
use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Once};
use std::time::{Duration, Instant};

/// One started server process tree and its directory; shared with the signal handler.
pub(super) struct Proc {
    pub(super) dir: PathBuf,
    /// The watchdog shell; `None` before spawning and after stopping.
    pub(super) child: Mutex<Option<Child>>,
    /// Write end of the watchdog's pipe: closing it stops the server.
    pub(super) stdin: Mutex<Option<ChildStdin>>,
}

pub(super) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic elsewhere must not prevent cleanup.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Proc {
    /// Stops the server (immediate shutdown) and removes the directory. Idempotent.
    pub(super) fn shutdown(&self) {
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

pub(super) static LIVE: Mutex<Vec<(u64, Arc<Proc>)>> = Mutex::new(Vec::new());
pub(super) static NEXT_ID: AtomicU64 = AtomicU64::new(1);
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

pub(super) fn install_signal_handler(warnings: &mut Vec<String>) {
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
