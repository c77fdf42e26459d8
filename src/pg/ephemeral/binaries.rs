//! Finding `initdb` and `postgres`, and which version they are.

use std::ffi::OsString;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::super::child_env::{current_uid, scrub};
use super::fallback::{or_fallback, PG_FALLBACK_BIN_ENV};
use super::{EphemeralError, PG_BIN_ENV};

/// A PostgreSQL version as `postgres --version` prints it, e.g. `15.20` or `17beta1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgVersion {
    /// The version text, e.g. `15.20`.
    pub text: String,
    /// Its numeric parts, for ordering: `[15, 20]`.
    pub parts: Vec<u32>,
}

impl PgVersion {
    /// Reads the version out of `postgres --version` output
    /// (`postgres (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)`).
    pub fn parse(output: &str) -> Option<PgVersion> {
        let after = output.split_once(")").map_or(output, |(_, rest)| rest);
        let text = after.split_whitespace().next()?.to_string();
        let parts: Vec<u32> = text
            .split('.')
            .map_while(|p| {
                let digits: String = p.chars().take_while(char::is_ascii_digit).collect();
                digits.parse().ok()
            })
            .collect();
        (!parts.is_empty()).then_some(PgVersion { text, parts })
    }

    /// The major version: the first number from 10 on, `9.6` style before.
    pub fn major(&self) -> String {
        match self.parts.as_slice() {
            [9, minor, ..] => format!("9.{minor}"),
            [major, ..] => major.to_string(),
            [] => self.text.clone(),
        }
    }
}

impl std::fmt::Display for PgVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// A directory with a usable `initdb` and `postgres`, and their version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PgBinaries {
    /// The directory.
    pub bin_dir: PathBuf,
    /// What `postgres --version` says.
    pub version: PgVersion,
}

impl PgBinaries {
    /// Path of `initdb`.
    pub fn initdb(&self) -> PathBuf {
        self.bin_dir.join("initdb")
    }
    /// Path of `postgres`.
    pub fn postgres(&self) -> PathBuf {
        self.bin_dir.join("postgres")
    }
}

fn is_executable(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

pub(super) fn probe(dir: &Path) -> Option<PgBinaries> {
    if !is_executable(&dir.join("initdb")) || !is_executable(&dir.join("postgres")) {
        return None;
    }
    let out = scrub(&mut Command::new(dir.join("postgres")), current_uid())
        .arg("--version")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    let version = PgVersion::parse(&String::from_utf8_lossy(&out.stdout))?;
    Some(PgBinaries {
        bin_dir: dir.to_path_buf(),
        version,
    })
}

/// Finds the server binaries: `$PRISMA_DRIFT_PG_BIN` if set, else the newest version among
/// `PATH`, `pg_config --bindir`, `/usr/lib/postgresql/*/bin`, `/usr/local/pgsql/bin`,
/// `/usr/pgsql-*/bin` and Homebrew's `postgresql@*` folders; when none has them,
/// `$PRISMA_DRIFT_PG_FALLBACK_BIN` (see `fallback`).
pub fn find_binaries() -> Result<PgBinaries, EphemeralError> {
    let searched = find_binaries_in(std::env::var_os(PG_BIN_ENV), std::env::var_os("PATH"));
    or_fallback(searched, std::env::var_os(PG_FALLBACK_BIN_ENV))
}

/// [`find_binaries`] with the environment given explicitly.
pub fn find_binaries_in(
    explicit: Option<OsString>,
    path: Option<OsString>,
) -> Result<PgBinaries, EphemeralError> {
    if let Some(dir) = explicit.filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        return probe(&dir).ok_or_else(|| EphemeralError::BadBinDir {
            dir: dir.display().to_string(),
        });
    }
    let mut dirs: Vec<PathBuf> = Vec::new();
    let path_dirs: Vec<PathBuf> = path
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    for dir in &path_dirs {
        // Debian links initdb into PATH without postgres beside it: follow the link.
        if let Ok(real) = dir.join("initdb").canonicalize() {
            if let Some(parent) = real.parent() {
                dirs.push(parent.to_path_buf());
            }
        }
    }
    if let Some(pg_config) = path_dirs
        .iter()
        .map(|d| d.join("pg_config"))
        .find(|p| is_executable(p))
    {
        if let Ok(out) = scrub(&mut Command::new(pg_config), current_uid())
            .arg("--bindir")
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
        {
            let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
            if out.status.success() && !text.is_empty() {
                dirs.push(PathBuf::from(text));
            }
        }
    }
    for (parent, prefix, suffix) in [
        ("/usr/lib/postgresql", "", "bin"),
        ("/usr", "pgsql-", "bin"),
        ("/opt/homebrew/opt", "postgresql", "bin"),
        ("/usr/local/opt", "postgresql", "bin"),
    ] {
        if let Ok(entries) = fs::read_dir(parent) {
            let mut found: Vec<PathBuf> = entries
                .flatten()
                .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
                .map(|e| e.path().join(suffix))
                .collect();
            found.sort();
            dirs.extend(found);
        }
    }
    dirs.push(PathBuf::from("/usr/local/pgsql/bin"));

    let mut seen = Vec::new();
    let mut best: Option<PgBinaries> = None;
    for dir in dirs {
        let key = dir.canonicalize().unwrap_or_else(|_| dir.clone());
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        if let Some(found) = probe(&dir) {
            if best
                .as_ref()
                .is_none_or(|b| found.version.parts > b.version.parts)
            {
                best = Some(found);
            }
        }
    }
    best.ok_or(EphemeralError::BinariesNotFound)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_parsing() {
        let v = PgVersion::parse("postgres (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n").unwrap();
        assert_eq!(v.text, "15.20");
        assert_eq!(v.parts, vec![15, 20]);
        assert_eq!(v.major(), "15");
        let v = PgVersion::parse("postgres (PostgreSQL) 17beta1").unwrap();
        assert_eq!(v.parts, vec![17]);
        let v = PgVersion::parse("postgres (PostgreSQL) 9.6.24").unwrap();
        assert_eq!(v.major(), "9.6");
        assert!(PgVersion::parse("garbage").is_none());
        assert!(PgVersion::parse("").is_none());
        let newer = PgVersion::parse("postgres (PostgreSQL) 16.1").unwrap();
        assert!(
            newer.parts
                > PgVersion::parse("postgres (PostgreSQL) 15.20")
                    .unwrap()
                    .parts
        );
    }

    #[test]
    fn bad_explicit_bin_dir_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = find_binaries_in(Some(dir.path().into()), None).unwrap_err();
        assert!(matches!(err, EphemeralError::BadBinDir { .. }), "{err}");
    }

    #[test]
    fn not_found_message_says_what_to_install() {
        let msg = EphemeralError::BinariesNotFound.to_string();
        assert!(msg.contains("apt-get install postgresql"), "{msg}");
        // The shadow database's error names --shadow-url, once.
        assert!(!msg.contains("--shadow-url"), "{msg}");
        assert!(!msg.contains('\n'));
    }
}
