//! Started by root, the server runs as another user, who must be able to run the binaries.
//! A folder above them that only root may enter (a project under `/root`, with the npm
//! package's PostgreSQL in its `node_modules`) would otherwise end in a bare "exit status 126"
//! from `initdb` or `postgres`; this check says what is wrong before anything is created.

use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

use super::super::child_env::scrub;
use super::binaries::PgBinaries;
use super::users::RunAs;
use super::{EphemeralError, PG_USER_ENV};

/// Fails unless `user` can run `postgres --version` from `binaries` (always fine when the
/// server runs as the current user: the search already ran it).
pub(super) fn check_runnable(binaries: &PgBinaries, user: &RunAs) -> Result<(), EphemeralError> {
    if !user.switch {
        return Ok(());
    }
    let postgres = binaries.postgres();
    let outcome = scrub(&mut Command::new(&postgres), user.uid)
        .arg("--version")
        .uid(user.uid)
        .gid(user.gid)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    let reason = match outcome {
        Ok(status) if status.success() => return Ok(()),
        Ok(status) => status.to_string(),
        Err(e) => e.to_string(),
    };
    Err(EphemeralError::Start(format!(
        "user {} cannot run {} ({reason}); started by root, PostgreSQL runs as that user, who \
         must be able to enter every folder above it: move the project (or the binaries) out of \
         a private folder such as /root, or set {PG_USER_ENV} to a user who can",
        user.name,
        postgres.display()
    )))
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use super::super::binaries::find_binaries_in;
    use super::super::users::run_as;
    use super::*;

    #[test]
    fn binaries_behind_a_folder_only_root_may_enter_are_named() {
        let user = run_as().unwrap();
        if !user.switch {
            eprintln!("skipped: not root, so the server runs as the current user");
            return;
        }
        let found = find_binaries_in(None, std::env::var_os("PATH")).unwrap();
        check_runnable(&found, &user).unwrap();

        let private = tempfile::tempdir().unwrap();
        std::fs::set_permissions(private.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        let link = private.path().join("bin");
        std::os::unix::fs::symlink(&found.bin_dir, &link).unwrap();
        let hidden = PgBinaries {
            bin_dir: link.clone(),
            version: found.version.clone(),
        };
        let message = check_runnable(&hidden, &user).unwrap_err().to_string();
        for needle in [user.name.as_str(), &link.display().to_string(), PG_USER_ENV] {
            assert!(message.contains(needle), "no {needle:?} in: {message}");
        }
    }
}
