//! Access to `../shared` (the corpus and Prisma's suites), which lives beside
//! the repository, never inside it.

#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared/<relative>` when it exists. When it does not, says so on stderr
/// and returns `None`; set `PRISMA_DRIFT_REQUIRE_SHARED=1` (CI does) to make
/// that a failure instead.
pub fn dir(relative: &str) -> Option<PathBuf> {
    let root = std::env::var_os("PRISMA_DRIFT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let path = root.join(relative);
    if path.exists() {
        return Some(path);
    }
    let message = format!(
        "{} is missing: this test reads third-party data from ../shared (or PRISMA_DRIFT_SHARED)",
        path.display()
    );
    if std::env::var_os("PRISMA_DRIFT_REQUIRE_SHARED").is_some() {
        panic!("{message}");
    }
    eprintln!("skipped: {message}");
    None
}

/// The corpus projects: (name, schema path: a file or a folder).
pub fn corpus_projects() -> Vec<(String, PathBuf)> {
    let Some(root) = dir("corpus") else {
        return Vec::new();
    };
    let mut projects: Vec<(String, PathBuf)> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            if !path.is_dir() {
                return None;
            }
            let name = path.file_name()?.to_string_lossy().to_string();
            let file = path.join("schema.prisma");
            let folder = path.join("schema");
            let schema = if file.exists() { file } else { folder };
            Some((name, schema))
        })
        .collect();
    projects.sort();
    projects
}
