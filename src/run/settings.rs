//! The project settings file, `prisma-drift.toml` (or `--settings FILE`),
//! looked for in the working directory, then beside the schema and in its
//! parent folder. Every key is optional; flags win over the file:
//!
//! ```toml
//! # Warnings (unmanaged objects) count as drift.
//! strict = false
//! # Changes to leave out: `kind:pattern` or `pattern` (`*` matches anything).
//! ignore = [
//!   "unmanaged_function:*",
//!   "public.audit_log",
//! ]
//! # Where things are, when not where Prisma looks (relative to this file).
//! schema = "packages/db/prisma/schema.prisma"
//! migrations = "packages/db/prisma/migrations"
//! # The variable that holds the database URL, instead of DATABASE_URL.
//! url_env = "APP_DB_URL"
//! # Replay migrations on this server instead of a throwaway one, after this SQL.
//! shadow_url = "postgresql://postgres@localhost:5432/postgres"
//! init_sql = "ci/platform.sql"
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diff::{IgnoreRule, IgnoreRuleError};

/// The settings file's name.
pub const FILE_NAME: &str = "prisma-drift.toml";

/// What a settings file says. Paths are relative to the file's folder.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Warnings count as drift.
    #[serde(default)]
    pub strict: bool,
    /// Ignore rules, as written (`kind:pattern` or `pattern`).
    #[serde(default)]
    pub ignore: Vec<String>,
    /// The schema file or folder, when it is not where Prisma looks.
    pub schema: Option<PathBuf>,
    /// The migrations folder, when it is not beside the schema.
    pub migrations: Option<PathBuf>,
    /// The environment variable that holds the database URL (instead of `DATABASE_URL`).
    pub url_env: Option<String>,
    /// The server to replay migrations on (`--shadow-url`), instead of a throwaway one.
    pub shadow_url: Option<String>,
    /// SQL run before the first migration (`--init-sql`).
    pub init_sql: Option<PathBuf>,
    /// Where the settings came from, when a file was read.
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

/// Why the settings cannot be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SettingsError {
    /// The file could not be read.
    #[error("cannot read {}: {error}", .path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        error: std::io::Error,
    },
    /// The file is not valid TOML, or has unknown keys.
    #[error("{}: {message}", .path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// The TOML parser's message.
        message: String,
    },
    /// An ignore rule does not parse (`path`: the file it came from).
    #[error("{}{error}", .path.as_ref().map(|p| format!("{}: ", p.display())).unwrap_or_default())]
    Rule {
        /// The settings file, when the rule came from one.
        path: Option<PathBuf>,
        /// What is wrong with the rule.
        #[source]
        error: IgnoreRuleError,
    },
}

impl Settings {
    /// A path the settings give, resolved against the settings file's folder.
    pub fn resolve(&self, relative: &Path) -> PathBuf {
        match self.path.as_ref().and_then(|p| p.parent()) {
            Some(dir) if !dir.as_os_str().is_empty() => dir.join(relative),
            _ => relative.to_path_buf(),
        }
    }

    /// The ignore rules, parsed.
    pub fn ignore_rules(&self) -> Result<Vec<IgnoreRule>, SettingsError> {
        self.ignore
            .iter()
            .map(|text| {
                IgnoreRule::parse(text).map_err(|error| SettingsError::Rule {
                    path: self.path.clone(),
                    error,
                })
            })
            .collect()
    }
}

/// Reads `explicit` if given, else the first `prisma-drift.toml` found in
/// `dirs`. No file is not an error; a broken one is.
pub fn load(explicit: Option<&Path>, dirs: &[PathBuf]) -> Result<Settings, SettingsError> {
    let path = match explicit {
        Some(path) => Some(path.to_path_buf()),
        None => dirs.iter().map(|d| d.join(FILE_NAME)).find(|p| p.is_file()),
    };
    let Some(path) = path else {
        return Ok(Settings::default());
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) => return Err(SettingsError::Read { path, error }),
    };
    let mut settings: Settings = match toml::from_str(&text) {
        Ok(settings) => settings,
        Err(e) => {
            let message = e.message().to_string();
            return Err(SettingsError::Parse { path, message });
        }
    };
    settings.path = Some(path);
    Ok(settings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rules_and_rejects_unknown_keys() {
        let settings: Settings =
            toml::from_str("strict = true\nignore = [\"unmanaged_check:*\"]").unwrap();
        assert!(settings.strict);
        assert_eq!(settings.ignore_rules().unwrap().len(), 1);
        assert!(toml::from_str::<Settings>("strikt = true").is_err());
        let bad: Settings = toml::from_str("ignore = [\"nope:*\"]").unwrap();
        assert!(bad.ignore_rules().is_err());
    }
}
