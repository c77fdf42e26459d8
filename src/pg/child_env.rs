//! The environment of every process the launcher starts (`postgres --version`, `pg_config`,
//! `initdb`, the watchdog shell and through it `postgres`): only what they need.
//!
//! Whoever writes a migration that is replayed on the throwaway server can read that server's
//! environment (`/proc/<pid>/environ`, or `COPY … TO PROGRAM 'env'` as the superuser the
//! replay runs as). Ours holds `DATABASE_URL`, `PGPASSWORD` and whatever tokens a CI job has,
//! so children start from an empty environment plus:
//!
//! * `PATH`, to find the server binaries and what the watchdog shell runs (`rm`);
//! * `LD_LIBRARY_PATH` when set, for binaries installed outside the linker's paths;
//! * `TZ` when set, which `initdb` writes into the cluster as its time zone;
//! * `LC_ALL=C` and `LANG=C`, the locale the cluster is made with;
//! * `HOME` of the account the server runs as.
//!
//! Variables the server itself reads (`PGDATA`, `PGPORT`, `PGOPTIONS`, …) are not passed:
//! the launcher gives everything on the command line.

use std::ffi::{CStr, OsString};
use std::os::unix::ffi::OsStringExt;
use std::path::PathBuf;
use std::process::Command;

/// Passed through from our environment when set.
const PASSED: [&str; 3] = ["PATH", "LD_LIBRARY_PATH", "TZ"];
/// When our environment has no `PATH`.
const DEFAULT_PATH: &str = "/usr/local/bin:/usr/bin:/bin";

/// Clears the environment of `cmd` and sets only the variables listed in the module
/// documentation; `HOME` is that of user `uid`.
pub(super) fn scrub(cmd: &mut Command, uid: u32) -> &mut Command {
    cmd.env_clear();
    for name in PASSED {
        if let Some(value) = std::env::var_os(name).filter(|v| !v.is_empty()) {
            cmd.env(name, value);
        }
    }
    if std::env::var_os("PATH").is_none_or(|p| p.is_empty()) {
        cmd.env("PATH", DEFAULT_PATH);
    }
    cmd.env("LC_ALL", "C").env("LANG", "C");
    if let Some(home) = home_of(uid) {
        cmd.env("HOME", home);
    }
    cmd
}

/// The home directory of user `uid` in the password database.
fn home_of(uid: u32) -> Option<PathBuf> {
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: passwd is plain data; getpwuid_r fills it with pointers into `buf`, which
    // outlives the one use below (the home directory is copied out before returning).
    unsafe {
        let mut pwd: libc::passwd = std::mem::zeroed();
        let mut result: *mut libc::passwd = std::ptr::null_mut();
        let rc = libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result);
        if rc != 0 || result.is_null() || pwd.pw_dir.is_null() {
            return None;
        }
        let dir = CStr::from_ptr(pwd.pw_dir).to_bytes().to_vec();
        (!dir.is_empty()).then(|| PathBuf::from(OsString::from_vec(dir)))
    }
}

/// The effective user id of this process.
pub(super) fn current_uid() -> u32 {
    // SAFETY: geteuid cannot fail and touches no memory.
    unsafe { libc::geteuid() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_listed_variables_reach_a_child() {
        let mut cmd = Command::new("/bin/sh");
        scrub(&mut cmd, current_uid());
        let names: Vec<String> = cmd
            .get_envs()
            .filter(|(_, value)| value.is_some())
            .map(|(name, _)| name.to_string_lossy().into_owned())
            .collect();
        for name in &names {
            assert!(
                ["PATH", "LD_LIBRARY_PATH", "TZ", "LC_ALL", "LANG", "HOME"]
                    .contains(&name.as_str()),
                "{name}"
            );
        }
        assert!(names.iter().any(|n| n == "PATH"));
    }
}
