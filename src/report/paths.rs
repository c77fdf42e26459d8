//! Paths as CI tools want them: relative to the repository root, with `/`,
//! whatever folder the command ran in and however the schema was named
//! (`./prisma/schema.prisma`, an absolute path, a monorepo sub-folder).

use std::path::{Component, Path, PathBuf};

/// Turns the paths a report carries (as given, relative to `cwd`) into
/// repository paths.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcePaths {
    root: PathBuf,
    cwd: PathBuf,
}

impl SourcePaths {
    /// Paths relative to `root`, for files named relative to `cwd`.
    pub fn new(root: impl Into<PathBuf>, cwd: impl Into<PathBuf>) -> SourcePaths {
        let root = root.into();
        let cwd = cwd.into();
        SourcePaths {
            root: std::fs::canonicalize(&root).unwrap_or(root),
            cwd: std::fs::canonicalize(&cwd).unwrap_or(cwd),
        }
    }

    /// The repository root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `file` relative to the root, `/`-separated; as given (normalized)
    /// when it lies outside the root.
    pub fn relative(&self, file: &str) -> String {
        let path = Path::new(file);
        let absolute = if path.is_absolute() {
            path.to_path_buf()
        } else {
            self.cwd.join(path)
        };
        let absolute = std::fs::canonicalize(&absolute).unwrap_or_else(|_| normalize(&absolute));
        match absolute.strip_prefix(&self.root) {
            Ok(inside) => slashed(inside),
            Err(_) => slashed(&normalize(path)),
        }
    }
}

/// `a/./b/../c` → `a/c`, without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

fn slashed(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_relative_to_the_root() {
        let paths = SourcePaths::new("/repo", "/repo/apps/api");
        assert_eq!(
            paths.relative("./prisma/schema.prisma"),
            "apps/api/prisma/schema.prisma"
        );
        assert_eq!(paths.relative("/repo/db/schema.prisma"), "db/schema.prisma");
        assert_eq!(paths.relative("../../db/x.prisma"), "db/x.prisma");
        assert_eq!(paths.relative("/elsewhere/x.prisma"), "/elsewhere/x.prisma");
    }
}
