//! A Prisma Migrate folder: `<timestamp>_<name>/migration.sql` folders in
//! order, `migration_lock.toml`, and checksums as Prisma computes them.
//!
//! Reading never guesses: a folder without `migration.sql`, a name that does
//! not follow Prisma's pattern, duplicate timestamps or a lock file for another
//! provider are reported as [`FolderProblem`]s.
//!
//! [`split`] splits a script into statements the way psql does.

pub mod history;
pub mod replay;
pub mod split;
pub mod status;

use std::fmt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::diagnostics::count;

/// The lock file Prisma writes beside the migrations.
pub const LOCK_FILE: &str = "migration_lock.toml";
/// The script of one migration.
pub const SCRIPT_FILE: &str = "migration.sql";

/// A migrations folder as read from disk.
#[derive(Debug, Clone)]
pub struct MigrationsFolder {
    /// The folder.
    pub dir: PathBuf,
    /// `provider` of `migration_lock.toml`, when the file exists.
    pub lock_provider: Option<String>,
    /// Migrations with a script, in Prisma's order (by folder name).
    pub migrations: Vec<Migration>,
    /// Files at the top level other than the lock file.
    pub other_files: Vec<String>,
    /// What is wrong or unusual in it.
    pub problems: Vec<FolderProblem>,
}

impl MigrationsFolder {
    /// The migrations whose names are off Prisma's `YYYYMMDDHHMMSS_description` pattern.
    pub fn unconventional_names(&self) -> Vec<String> {
        self.migrations
            .iter()
            .filter(|m| m.timestamp.is_none())
            .map(|m| m.name.clone())
            .collect()
    }
}

/// One migration: a `<timestamp>_<name>/` folder with its script.
#[derive(Debug, Clone)]
pub struct Migration {
    /// The folder name: `20240101120000_add_users`.
    pub name: String,
    /// Its `migration.sql`.
    pub path: PathBuf,
    /// The script's text.
    pub script: String,
    /// SHA-256 of the script, lower-case hex (what `_prisma_migrations.checksum` holds).
    pub checksum: String,
    /// `2024-01-01 12:00:00` from the name, when it follows Prisma's pattern.
    pub timestamp: Option<String>,
    /// Other files in the folder (data migrations, schema snapshots).
    pub other_files: Vec<String>,
}

impl Migration {
    /// The script's size in bytes.
    pub fn size(&self) -> usize {
        self.script.len()
    }
}

/// Something wrong or unusual in a migrations folder.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FolderProblem {
    /// A migration folder without `migration.sql`: Prisma cannot apply it.
    MissingScript {
        /// The folder's name.
        name: String,
    },
    /// `migration.sql` that is not UTF-8 or cannot be read.
    UnreadableScript {
        /// The folder's name.
        name: String,
        /// Why it cannot be read.
        reason: String,
    },
    /// Folder names not of the form `YYYYMMDDHHMMSS_description`.
    UnconventionalNames {
        /// The names.
        names: Vec<String>,
    },
    /// Two migrations with the same timestamp: their order rests on the description.
    DuplicateTimestamp {
        /// The migrations that share it.
        names: Vec<String>,
    },
    /// `migration_lock.toml` names another provider than the schema's.
    ProviderMismatch {
        /// The lock file's provider.
        lock: String,
        /// The schema's provider.
        schema: String,
    },
    /// No `migration_lock.toml`.
    MissingLockFile,
    /// `migration_lock.toml` without a readable `provider`.
    InvalidLockFile {
        /// Why it cannot be read.
        reason: String,
    },
}

impl FolderProblem {
    /// Problems that make the folder unusable (rather than merely unusual).
    pub fn is_error(&self) -> bool {
        matches!(
            self,
            FolderProblem::MissingScript { .. }
                | FolderProblem::UnreadableScript { .. }
                | FolderProblem::ProviderMismatch { .. }
                | FolderProblem::InvalidLockFile { .. }
        )
    }
}

impl fmt::Display for FolderProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FolderProblem::MissingScript { name } => {
                write!(f, "migration folder {name} has no {SCRIPT_FILE}")
            }
            FolderProblem::UnreadableScript { name, reason } => {
                write!(f, "cannot read {name}/{SCRIPT_FILE}: {reason}")
            }
            FolderProblem::UnconventionalNames { names } => {
                let shown: Vec<&str> = names.iter().take(3).map(String::as_str).collect();
                let more = names.len().saturating_sub(shown.len());
                write!(
                    f,
                    "{} {} not follow Prisma's YYYYMMDDHHMMSS_description naming: {}{}",
                    count(names.len(), "migration folder", "migration folders"),
                    if names.len() == 1 { "does" } else { "do" },
                    shown.join(", "),
                    if more > 0 {
                        format!(" and {more} more")
                    } else {
                        String::new()
                    }
                )
            }
            FolderProblem::DuplicateTimestamp { names } => write!(
                f,
                "migrations {} share one timestamp; their order depends on their descriptions",
                names.join(", ")
            ),
            FolderProblem::ProviderMismatch { lock, schema } => write!(
                f,
                "{LOCK_FILE} says provider \"{lock}\" but the schema's datasource is \"{schema}\""
            ),
            FolderProblem::MissingLockFile => write!(f, "no {LOCK_FILE} in the migrations folder"),
            FolderProblem::InvalidLockFile { reason } => write!(f, "{LOCK_FILE}: {reason}"),
        }
    }
}

/// Why a migrations folder could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MigrationsError {
    /// There is no folder at the path.
    #[error("migrations folder {} does not exist", .0.display())]
    NotFound(PathBuf),
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

/// SHA-256 of a script as lower-case hex, as Prisma stores it.
pub fn checksum(script: &str) -> String {
    let digest = Sha256::digest(script.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `script` matches a stored checksum the way Prisma decides it: line
/// endings do not matter (git converts them), and checksums written by old
/// Prisma versions without zero padding still match.
pub fn checksum_matches(script: &str, stored: &str) -> bool {
    let variants = [
        script.to_string(),
        script.replace("\r\n", "\n"),
        script.replace('\n', "\r\n"),
    ];
    variants.iter().any(|variant| {
        let digest = Sha256::digest(variant.as_bytes());
        let padded: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        let unpadded: String = digest.iter().map(|b| format!("{b:x}")).collect();
        stored == padded || (stored.len() != 64 && stored == unpadded)
    })
}

/// `20240101120000_x` → `2024-01-01 12:00:00`, when the prefix is a plausible timestamp.
pub fn parse_timestamp(name: &str) -> Option<String> {
    let (stamp, _) = name.split_once('_')?;
    if stamp.len() != 14 || !stamp.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let part = |range: std::ops::Range<usize>| stamp[range].parse::<u32>().ok();
    let (month, day, hour, minute, second) = (
        part(4..6)?,
        part(6..8)?,
        part(8..10)?,
        part(10..12)?,
        part(12..14)?,
    );
    let valid = (1..=12).contains(&month)
        && (1..=31).contains(&day)
        && hour < 24
        && minute < 60
        && second < 61;
    valid.then(|| {
        format!(
            "{}-{}-{} {}:{}:{}",
            &stamp[0..4],
            &stamp[4..6],
            &stamp[6..8],
            &stamp[8..10],
            &stamp[10..12],
            &stamp[12..14]
        )
    })
}

/// Reads a migrations folder. `schema_provider` (the datasource's provider,
/// `postgresql`) is checked against the lock file when given.
pub fn read_folder(
    dir: &Path,
    schema_provider: Option<&str>,
) -> Result<MigrationsFolder, MigrationsError> {
    if !dir.is_dir() {
        return Err(MigrationsError::NotFound(dir.to_path_buf()));
    }
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |error| MigrationsError::Io { path, error }
    };
    let mut entries: Vec<(String, PathBuf, bool)> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .filter_map(Result::ok)
        .map(|e| {
            let path = e.path();
            let is_dir = path.is_dir();
            (e.file_name().to_string_lossy().into_owned(), path, is_dir)
        })
        .collect();
    entries.sort();

    let mut folder = MigrationsFolder {
        dir: dir.to_path_buf(),
        lock_provider: None,
        migrations: Vec::new(),
        other_files: Vec::new(),
        problems: Vec::new(),
    };
    for (name, path, is_dir) in entries {
        if !is_dir {
            if name == LOCK_FILE {
                read_lock(&path, schema_provider, &mut folder)?;
            } else {
                folder.other_files.push(name);
            }
            continue;
        }
        match read_migration(name, path)? {
            Ok(migration) => folder.migrations.push(migration),
            Err(problem) => folder.problems.push(problem),
        }
    }
    check_names(&mut folder);
    Ok(folder)
}

/// One `<name>/` folder: its migration, or the problem that keeps it from being one.
fn read_migration(
    name: String,
    path: PathBuf,
) -> Result<Result<Migration, FolderProblem>, MigrationsError> {
    let script_path = path.join(SCRIPT_FILE);
    let mut other_files: Vec<String> = std::fs::read_dir(&path)
        .map_err(|error| MigrationsError::Io {
            path: path.clone(),
            error,
        })?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n != SCRIPT_FILE)
        .collect();
    other_files.sort();
    if !script_path.is_file() {
        return Ok(Err(FolderProblem::MissingScript { name }));
    }
    let script = match std::fs::read(&script_path).map(String::from_utf8) {
        Ok(Ok(text)) => text,
        Ok(Err(_)) => {
            let reason = "not valid UTF-8".into();
            return Ok(Err(FolderProblem::UnreadableScript { name, reason }));
        }
        Err(error) => {
            let reason = error.to_string();
            return Ok(Err(FolderProblem::UnreadableScript { name, reason }));
        }
    };
    Ok(Ok(Migration {
        checksum: checksum(&script),
        timestamp: parse_timestamp(&name),
        name,
        path,
        script,
        other_files,
    }))
}

/// The folder-wide problems: no lock file, names off Prisma's pattern, shared timestamps.
fn check_names(folder: &mut MigrationsFolder) {
    if folder.lock_provider.is_none()
        && !folder
            .problems
            .iter()
            .any(|p| matches!(p, FolderProblem::InvalidLockFile { .. }))
    {
        folder.problems.push(FolderProblem::MissingLockFile);
    }
    let unconventional = folder.unconventional_names();
    if !unconventional.is_empty() {
        folder.problems.push(FolderProblem::UnconventionalNames {
            names: unconventional,
        });
    }
    // Migrations sharing a timestamp.
    let mut by_stamp: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for migration in &folder.migrations {
        if migration.timestamp.is_some() {
            let stamp = &migration.name[..14];
            by_stamp
                .entry(stamp)
                .or_default()
                .push(migration.name.clone());
        }
    }
    for names in by_stamp.into_values().filter(|n| n.len() > 1) {
        folder
            .problems
            .push(FolderProblem::DuplicateTimestamp { names });
    }
}

fn read_lock(
    path: &Path,
    schema_provider: Option<&str>,
    folder: &mut MigrationsFolder,
) -> Result<(), MigrationsError> {
    let text = std::fs::read_to_string(path).map_err(|error| MigrationsError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    let parsed: Result<toml::Table, _> = toml::from_str(&text);
    let provider = match parsed {
        Ok(table) => match table.get("provider").and_then(|v| v.as_str()) {
            Some(provider) => provider.to_string(),
            None => {
                folder.problems.push(FolderProblem::InvalidLockFile {
                    reason: "no provider".into(),
                });
                return Ok(());
            }
        },
        Err(error) => {
            folder.problems.push(FolderProblem::InvalidLockFile {
                reason: error.message().to_string(),
            });
            return Ok(());
        }
    };
    let normalize = |p: &str| {
        if p == "postgres" {
            "postgresql".to_string()
        } else {
            p.to_string()
        }
    };
    if let Some(schema) = schema_provider {
        if normalize(&provider) != normalize(schema) {
            folder.problems.push(FolderProblem::ProviderMismatch {
                lock: provider.clone(),
                schema: schema.to_string(),
            });
        }
    }
    folder.lock_provider = Some(provider);
    Ok(())
}

/// Where Prisma looks for migrations: `migrations/` beside the schema file, or
/// inside (else beside) a schema folder.
pub fn default_dir(schema: &Path) -> PathBuf {
    if schema.is_dir() {
        let inside = schema.join("migrations");
        if inside.is_dir() {
            return inside;
        }
        return schema
            .parent()
            .map(|p| p.join("migrations"))
            .unwrap_or(inside);
    }
    schema
        .parent()
        .map(|p| p.join("migrations"))
        .unwrap_or_else(|| PathBuf::from("migrations"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_are_prisma_compatible() {
        assert_eq!(
            checksum("hello"),
            "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
        );
        let unix = "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n";
        let windows = unix.replace('\n', "\r\n");
        assert!(checksum_matches(&windows, &checksum(unix)));
        assert!(checksum_matches(unix, &checksum(&windows)));
        assert!(!checksum_matches("abc\n", &checksum("abc")));
    }

    #[test]
    fn old_unpadded_checksums_match() {
        let script = "x";
        let digest = Sha256::digest(script.as_bytes());
        let unpadded: String = digest.iter().map(|b| format!("{b:x}")).collect();
        if unpadded.len() != 64 {
            assert!(checksum_matches(script, &unpadded));
        }
    }

    #[test]
    fn timestamps() {
        assert_eq!(
            parse_timestamp("20240131235959_add_users").as_deref(),
            Some("2024-01-31 23:59:59")
        );
        assert_eq!(parse_timestamp("20241331000000_bad_month"), None);
        assert_eq!(parse_timestamp("0001_init"), None);
        assert_eq!(parse_timestamp("20240101000000"), None);
    }
}
