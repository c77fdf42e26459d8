//! The OS account the server runs as: the current user, or an unprivileged one under root.

use std::ffi::CString;
use std::fs;
use std::io;
use std::path::Path;

use super::{EphemeralError, PG_USER_ENV};

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

pub(super) fn chown_tree(path: &Path, user: &RunAs) -> io::Result<()> {
    std::os::unix::fs::lchown(path, Some(user.uid), Some(user.gid))?;
    if fs::symlink_metadata(path)?.is_dir() {
        for entry in fs::read_dir(path)? {
            chown_tree(&entry?.path(), user)?;
        }
    }
    Ok(())
}
