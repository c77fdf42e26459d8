//! The project settings file, `prisma-drift.toml`, looked for beside the schema
//! (and its parent folder) and in the working directory:
//!
//! ```toml
//! # Warnings (unmanaged objects) count as drift.
//! strict = false
//! # Changes to leave out: `kind:pattern` or `pattern` (`*` matches anything).
//! ignore = [
//!   "unmanaged_function:*",
//!   "public.audit_log",
//! ]
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diff::IgnoreRule;

pub const FILE_NAME: &str = "prisma-drift.toml";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default)]
    pub strict: bool,
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Where the settings came from, when a file was read.
    #[serde(skip)]
    pub path: Option<PathBuf>,
}

impl Settings {
    /// The ignore rules, parsed.
    pub fn ignore_rules(&self) -> Result<Vec<IgnoreRule>, String> {
        self.ignore
            .iter()
            .map(|text| {
                IgnoreRule::parse(text).map_err(|e| match &self.path {
                    Some(path) => format!("{}: {e}", path.display()),
                    None => e,
                })
            })
            .collect()
    }
}

/// Reads `explicit` if given, else the first `prisma-drift.toml` found in
/// `dirs`. No file is not an error; a broken one is.
pub fn load(explicit: Option<&Path>, dirs: &[PathBuf]) -> Result<Settings, String> {
    let path = match explicit {
        Some(path) => Some(path.to_path_buf()),
        None => dirs.iter().map(|d| d.join(FILE_NAME)).find(|p| p.is_file()),
    };
    let Some(path) = path else {
        return Ok(Settings::default());
    };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut settings: Settings =
        toml::from_str(&text).map_err(|e| format!("{}: {}", path.display(), e.message()))?;
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
