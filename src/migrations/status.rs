//! `status` as data: the migrations folder compared with `_prisma_migrations`.

use std::collections::BTreeMap;

use super::history::{compute_status, HistoryRow, MigrationState, MigrationStatus};
use super::{FolderProblem, MigrationsFolder};

/// The folder's migrations with their states in one database.
#[derive(Debug, Clone)]
pub struct StatusReport {
    /// The folder compared.
    pub folder: MigrationsFolder,
    /// One entry per migration, folder order, then those only the database knows.
    pub statuses: Vec<MigrationStatus>,
    /// Whether the database has `_prisma_migrations` at all.
    pub history_table_exists: bool,
    /// Where the database is (never with a password).
    pub target: String,
}

impl StatusReport {
    /// Compares `folder` with the rows of `_prisma_migrations` (`None`: no such table).
    pub fn new(
        folder: MigrationsFolder,
        rows: Option<&[HistoryRow]>,
        target: &str,
    ) -> StatusReport {
        StatusReport {
            statuses: compute_status(&folder, rows.unwrap_or_default()),
            folder,
            history_table_exists: rows.is_some(),
            target: target.to_string(),
        }
    }

    /// Every migration applied and unchanged, and the folder well-formed.
    pub fn up_to_date(&self) -> bool {
        self.statuses
            .iter()
            .all(|s| s.state == MigrationState::Applied)
            && !self.folder.problems.iter().any(FolderProblem::is_error)
    }

    /// 0 up to date, 2 otherwise.
    pub fn exit_code(&self) -> u8 {
        if self.up_to_date() {
            0
        } else {
            2
        }
    }

    /// How many migrations are in each state, by state name.
    pub fn state_counts(&self) -> BTreeMap<&'static str, usize> {
        let mut counts = BTreeMap::new();
        for status in &self.statuses {
            *counts.entry(status.state.as_str()).or_default() += 1;
        }
        counts
    }
}
