//! Sets `PRISMA_DRIFT_VERSION` for `--version`: the crate version, followed by the commit
//! (`0.1.0 (abc1234)`, `0.1.0 (abc1234-dirty)`) when the crate is built from its own git
//! checkout. A crate built from crates.io, from an unpacked archive or from a folder inside
//! another project's repository gets the plain version.
//!
//! The script reruns only when git's HEAD or the branch it points to move (a commit, a checkout),
//! never on an ordinary edit, `git add` or `git status`: each rerun rebuilds the whole crate. The
//! `-dirty` mark therefore tells whether tracked files differed from the commit when the script
//! last ran, which is exact for a build from a fresh checkout (a release) and may be stale after
//! later edits.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let version = env!("CARGO_PKG_VERSION");
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-changed=build.rs");
    let full = match git_commit(&manifest_dir) {
        Some(commit) => format!("{version} ({commit})"),
        None => version.to_owned(),
    };
    println!("cargo:rustc-env=PRISMA_DRIFT_VERSION={full}");
}

/// `abc1234` or `abc1234-dirty`, or `None` when the crate is not the root of a git work tree.
fn git_commit(dir: &Path) -> Option<String> {
    let toplevel = git(dir, &["rev-parse", "--show-toplevel"])?;
    // A crate unpacked inside someone else's repository must not report that repository's commit.
    if std::fs::canonicalize(&toplevel).ok()? != std::fs::canonicalize(dir).ok()? {
        return None;
    }
    watch_git_files(dir);
    let commit = git(dir, &["rev-parse", "--short", "HEAD"])?;
    let status = git(dir, &["status", "--porcelain", "--untracked-files=no"])?;
    Some(if status.is_empty() {
        commit
    } else {
        format!("{commit}-dirty")
    })
}

/// Tells cargo which of git's files to watch; `git rev-parse --git-path` finds them also in a
/// linked worktree, where HEAD is per worktree and refs are shared.
fn watch_git_files(dir: &Path) {
    let mut paths = vec!["HEAD".to_owned(), "packed-refs".to_owned()];
    if let Some(branch) = git(dir, &["symbolic-ref", "-q", "HEAD"]) {
        paths.push(branch);
    }
    for name in paths {
        let Some(path) = git(dir, &["rev-parse", "--git-path", &name]) else {
            continue;
        };
        let path = dir.join(path);
        // A path that does not exist would make cargo rerun the script on every build; a branch
        // that is only in packed-refs is watched through packed-refs.
        if path.exists() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
}

/// Runs git in `dir`; its trimmed standard output, or `None` when git is missing or fails.
fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git")
        .args(args)
        .current_dir(dir)
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    Some(String::from_utf8(output.stdout).ok()?.trim().to_owned())
}
