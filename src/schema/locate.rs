//! Finding and loading a schema: one file, or every `.prisma` file of a folder.
//!
//! Without an explicit path, the schema is looked up the way Prisma does:
//! `prisma.config.ts` (`schema: "…"`), `package.json` (`"prisma": {"schema": …}`),
//! `./prisma/schema.prisma`, `./schema.prisma`, `./prisma/schema/`.

use std::path::{Path, PathBuf};

use super::prisma_config::{ConfigFileError, PrismaConfig, ValueError};
use crate::diagnostics::SourceMap;

/// Why no schema could be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LocateError {
    /// Nothing found where Prisma looks.
    #[error("no Prisma schema found (looked in {}); pass --schema PATH", list(.searched))]
    NotFound {
        /// Every place looked in, in order.
        searched: Vec<PathBuf>,
    },
    /// The given (or configured) path does not exist.
    #[error("schema {} (from {from}) does not exist", .path.display())]
    Missing {
        /// The path.
        path: PathBuf,
        /// Who named it (`--schema`, `prisma.config.ts`, …).
        from: &'static str,
    },
    /// A folder without any `.prisma` file.
    #[error("schema folder {} holds no .prisma file", .0.display())]
    EmptyFolder(PathBuf),
    /// `prisma.config.ts` cannot be read.
    #[error(transparent)]
    ConfigFile(#[from] ConfigFileError),
    /// A property of `prisma.config.ts` cannot be known.
    #[error("{}: {property}: {error}; pass --schema instead", .config.display())]
    ConfigValue {
        /// The config file.
        config: PathBuf,
        /// The property (`schema`).
        property: &'static str,
        /// Why its value cannot be known.
        #[source]
        error: ValueError,
    },
    /// A file or folder could not be read.
    #[error("cannot read {}: {error}", .path.display())]
    Io {
        /// What could not be read.
        path: PathBuf,
        /// Why.
        #[source]
        error: std::io::Error,
    },
}

fn list(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Where the schema is: the explicit path if given, else the `schema` of
/// `prisma.config.ts` (relative to the config file), else `package.json`'s
/// `prisma.schema`, else Prisma's defaults relative to the config's folder
/// (or `cwd` without a config).
pub fn locate(
    explicit: Option<&Path>,
    config: Option<&PrismaConfig>,
    cwd: &Path,
) -> Result<PathBuf, LocateError> {
    if let Some(path) = explicit {
        return existing(path.to_path_buf(), "--schema");
    }
    if let Some(value) = config.and_then(|c| c.schema.as_ref().map(|v| (c, v))) {
        let (config, value) = value;
        let env = |name: &str| std::env::var(name).ok();
        let text = value
            .evaluate(&env)
            .map_err(|error| LocateError::ConfigValue {
                config: config.path.clone(),
                property: "schema",
                error,
            })?;
        if let Some(text) = text.filter(|t| !t.is_empty()) {
            return existing(
                relative_to(&config.resolve_path(&text), cwd),
                "prisma.config.ts",
            );
        }
    }
    let base = config
        .and_then(|c| c.path.parent())
        .filter(|dir| !dir.as_os_str().is_empty())
        .map_or_else(|| cwd.to_path_buf(), Path::to_path_buf);
    if let Some(path) = from_package_json(&base) {
        return existing(relative_to(&path, cwd), "package.json");
    }
    let candidates = [
        base.join("prisma").join("schema.prisma"),
        base.join("schema.prisma"),
        base.join("prisma").join("schema"),
    ];
    for candidate in &candidates {
        if candidate.exists() {
            return Ok(relative_to(candidate, cwd));
        }
    }
    Err(LocateError::NotFound {
        searched: candidates.iter().map(|c| relative_to(c, cwd)).collect(),
    })
}

fn existing(path: PathBuf, from: &'static str) -> Result<PathBuf, LocateError> {
    if path.exists() {
        Ok(path)
    } else {
        Err(LocateError::Missing { path, from })
    }
}

fn relative_to(path: &Path, base: &Path) -> PathBuf {
    path.strip_prefix(base)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

fn from_package_json(dir: &Path) -> Option<PathBuf> {
    let text = std::fs::read_to_string(dir.join("package.json")).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    let schema = json.get("prisma")?.get("schema")?.as_str()?;
    Some(dir.join(schema))
}

/// Loads a schema file, or every `.prisma` file under a folder (sorted by path,
/// so the load order and every report built from it are deterministic).
pub fn load(path: &Path) -> Result<SourceMap, LocateError> {
    let mut sources = SourceMap::new();
    if path.is_dir() {
        let mut files = Vec::new();
        collect_prisma_files(path, &mut files)?;
        files.sort();
        if files.is_empty() {
            return Err(LocateError::EmptyFolder(path.to_path_buf()));
        }
        for file in files {
            let text = read(&file)?;
            sources.add(file.display().to_string(), text);
        }
    } else {
        let text = read(path)?;
        sources.add(path.display().to_string(), text);
    }
    Ok(sources)
}

fn read(path: &Path) -> Result<String, LocateError> {
    let bytes = std::fs::read(path).map_err(|error| LocateError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    // Invalid UTF-8 is reported by the parser as odd characters, not refused.
    Ok(String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

fn collect_prisma_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), LocateError> {
    let entries = std::fs::read_dir(dir).map_err(|error| LocateError::Io {
        path: dir.to_path_buf(),
        error,
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        let file_type = entry.file_type().map_err(|error| LocateError::Io {
            path: path.clone(),
            error,
        })?;
        if file_type.is_dir() {
            // A migrations folder may hold schema snapshots; they are not the schema.
            if path
                .file_name()
                .is_some_and(|n| n == "migrations" || n == "node_modules")
            {
                continue;
            }
            collect_prisma_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "prisma") {
            out.push(path);
        }
    }
    Ok(())
}
