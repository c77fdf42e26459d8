//! Finding and loading a schema: one file, or every `.prisma` file of a folder.
//!
//! Without an explicit path, the schema is looked up the way Prisma does:
//! `prisma.config.ts` (`schema: "…"`), `package.json` (`"prisma": {"schema": …}`),
//! `./prisma/schema.prisma`, `./schema.prisma`, `./prisma/schema/`.

use std::path::{Path, PathBuf};

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

/// Where the schema is: the explicit path if given, else Prisma's defaults
/// relative to `cwd`.
pub fn locate(explicit: Option<&Path>, cwd: &Path) -> Result<PathBuf, LocateError> {
    if let Some(path) = explicit {
        return if path.exists() {
            Ok(path.to_path_buf())
        } else {
            Err(LocateError::Missing {
                path: path.to_path_buf(),
                from: "--schema",
            })
        };
    }
    if let Some(path) = from_prisma_config(cwd) {
        return if path.exists() {
            Ok(path)
        } else {
            Err(LocateError::Missing {
                path,
                from: "prisma.config.ts",
            })
        };
    }
    if let Some(path) = from_package_json(cwd) {
        return if path.exists() {
            Ok(path)
        } else {
            Err(LocateError::Missing {
                path,
                from: "package.json",
            })
        };
    }
    let candidates = [
        cwd.join("prisma").join("schema.prisma"),
        cwd.join("schema.prisma"),
        cwd.join("prisma").join("schema"),
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

fn relative_to(path: &Path, base: &Path) -> PathBuf {
    path.strip_prefix(base)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// `schema: "path"` in `prisma.config.ts` (or `.js`, `.mjs`), read as text:
/// only a string literal is understood, which is what nearly every config has.
fn from_prisma_config(cwd: &Path) -> Option<PathBuf> {
    for name in [
        "prisma.config.ts",
        "prisma.config.mts",
        "prisma.config.js",
        "prisma.config.mjs",
    ] {
        let Ok(text) = std::fs::read_to_string(cwd.join(name)) else {
            continue;
        };
        if let Some(value) = string_property(&text, "schema") {
            return Some(relative_to(&cwd.join(value), cwd));
        }
    }
    None
}

/// The first `key: "value"` (or `'value'`, `` `value` ``) outside comments.
fn string_property(text: &str, key: &str) -> Option<String> {
    for line in text.lines() {
        let line = line.trim_start();
        if line.starts_with("//") || line.starts_with('*') || line.starts_with("/*") {
            continue;
        }
        let mut rest = line;
        while let Some(position) = rest.find(key) {
            let before_ok = position == 0
                || !rest[..position]
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.');
            let after = rest[position + key.len()..].trim_start();
            let after = after
                .strip_prefix(['"', '\''])
                .map(|a| a.trim_start())
                .unwrap_or(after);
            if before_ok {
                if let Some(value) = after.strip_prefix(':') {
                    let value = value.trim_start();
                    if let Some(quote) = value
                        .chars()
                        .next()
                        .filter(|c| matches!(c, '"' | '\'' | '`'))
                    {
                        if let Some(end) = value[1..].find(quote) {
                            return Some(value[1..1 + end].to_string());
                        }
                    }
                }
            }
            rest = &rest[position + key.len()..];
        }
    }
    None
}

fn from_package_json(cwd: &Path) -> Option<PathBuf> {
    let text = std::fs::read_to_string(cwd.join("package.json")).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    let schema = json.get("prisma")?.get("schema")?.as_str()?;
    Some(relative_to(&cwd.join(schema), cwd))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_schema_from_config_string_literal() {
        let text = "import { defineConfig } from 'prisma/config'\n// schema: \"nope\"\nexport default defineConfig({\n  schema: \"db/schema.prisma\",\n})\n";
        assert_eq!(
            string_property(text, "schema").as_deref(),
            Some("db/schema.prisma")
        );
        assert_eq!(
            string_property("  schema: 'x/y'", "schema").as_deref(),
            Some("x/y")
        );
        assert_eq!(string_property("  schemaPath: 'x/y'", "schema"), None);
    }
}
