//! Making clusters: `initdb`, and the per-version template cache that later starts copy.

use std::fs;
use std::io;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::super::child_env::scrub;

use super::binaries::{PgBinaries, PgVersion};
use super::process::{interrupted, lock, owned_prefix, sweep_leftovers, Proc};
use super::server::last_meaningful_line;
use super::users::RunAs;
use super::{io_err, EphemeralError, SUPERUSER};

/// Bump when the `initdb` arguments change, so old templates are not reused.
const TEMPLATE_LAYOUT: &str = "v1";

/// Name prefix of a template being written (`.building-<pid>-…`).
const STAGING_PREFIX: &str = ".building-";

/// Copies a directory tree, keeping modes and symbolic links; stops early when a signal is
/// being handled (the handler is removing the copy).
pub(super) fn copy_tree(src: &Path, dst: &Path) -> io::Result<()> {
    fs::create_dir(dst)?;
    for entry in fs::read_dir(src)? {
        if interrupted() {
            return Err(io::Error::new(io::ErrorKind::Interrupted, "interrupted"));
        }
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

pub(super) fn template_path(cache: &Path, version: &PgVersion) -> PathBuf {
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

pub(super) fn is_cluster(dir: &Path) -> bool {
    dir.join("PG_VERSION").is_file() && dir.join("global").join("pg_control").is_file()
}

/// Runs `initdb` into `data`, in a process group of its own that `proc`'s shutdown kills.
pub(super) fn initdb(
    proc: &Proc,
    bins: &PgBinaries,
    user: &RunAs,
    data: &Path,
) -> Result<(), EphemeralError> {
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
        .current_dir(&proc.dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .process_group(0);
    if user.switch {
        cmd.uid(user.uid).gid(user.gid);
    }
    let child = {
        let mut group = lock(&proc.helper_group);
        if interrupted() {
            return Err(EphemeralError::Start("interrupted".into()));
        }
        let child = cmd
            .spawn()
            .map_err(io_err(format!("cannot run {}", bins.initdb().display())))?;
        *group = child.id() as i32;
        child
    };
    let out = child.wait_with_output();
    *lock(&proc.helper_group) = 0;
    let out = out.map_err(io_err(format!("cannot run {}", bins.initdb().display())))?;
    if !out.status.success() {
        let text = String::from_utf8_lossy(&out.stderr);
        return Err(EphemeralError::Initdb(
            last_meaningful_line(&text).unwrap_or_else(|| out.status.to_string()),
        ));
    }
    Ok(())
}

/// Copies a fresh cluster into the cache under a temporary name, then renames it into place.
/// The staging folder is `proc`'s until then, so a signal removes it; so are the ones that
/// dead runs left.
pub(super) fn store_template(proc: &Proc, data: &Path, template: &Path) -> io::Result<()> {
    let parent = template
        .parent()
        .ok_or_else(|| io::Error::other("template path has no parent"))?;
    fs::create_dir_all(parent)?;
    sweep_leftovers(parent, STAGING_PREFIX);
    let staging = tempfile::Builder::new()
        .prefix(&owned_prefix(STAGING_PREFIX))
        .tempdir_in(parent)?;
    *lock(&proc.staging) = Some(staging.path().to_path_buf());
    let result = stage_and_rename(data, staging.path(), template);
    lock(&proc.staging).take();
    result
}

fn stage_and_rename(data: &Path, staging: &Path, template: &Path) -> io::Result<()> {
    let built = staging.join("cluster");
    copy_tree(data, &built)?;
    // Files of a cluster are private; so is the template.
    fs::set_permissions(&built, fs::Permissions::from_mode(0o700))?;
    if template.exists() && !is_cluster(template) {
        // A damaged template (never one being written: those live under a staging name).
        fs::rename(template, staging.join("broken"))?;
    }
    match fs::rename(&built, template) {
        Ok(()) => Ok(()),
        // Another process stored one first: theirs is as good as ours.
        Err(_) if is_cluster(template) => Ok(()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::MetadataExt;

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
