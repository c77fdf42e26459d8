//! The migration history section: the folder's migrations with their status
//! (from `_prisma_migrations`, or from the replay), naming, order, lock file.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::migrations::history::{compute_status, HistoryRow, MigrationState};
use crate::migrations::replay::ReplayError;
use crate::migrations::{FolderProblem, MigrationsFolder};

/// Where the statuses come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HistorySource {
    /// `_prisma_migrations` of a live database.
    Database,
    /// The replay into the shadow database.
    Replay,
}

/// The migration history section.
#[derive(Debug, Clone, Serialize)]
pub struct MigrationsSection {
    /// The migrations folder, as given or found.
    pub dir: String,
    /// Whether the folder exists.
    pub found: bool,
    /// Where the statuses come from.
    pub source: HistorySource,
    /// Live databases: whether `_prisma_migrations` exists.
    pub history_table: Option<bool>,
    /// Migrations in the folder (folders with a `migration.sql`).
    pub folder_count: usize,
    /// Sum of the sizes of their scripts, in bytes.
    pub total_bytes: usize,
    /// The folder's migrations in Prisma's order, then applied migrations the
    /// folder lacks.
    pub migrations: Vec<MigrationEntry>,
    /// How many migrations are in each status.
    pub states: BTreeMap<&'static str, usize>,
    /// How the folder names follow Prisma's pattern.
    pub naming: Naming,
    /// Whether the timestamps rise, and what was applied out of order.
    pub order: Order,
    /// `provider` of `migration_lock.toml`.
    pub lock_provider: Option<String>,
    /// What reading the folder found wrong or unusual.
    pub problems: Vec<ProblemEntry>,
    /// Replay: the `--seed` script, and whether it ran (it does not after a
    /// failed migration).
    pub seed: Option<String>,
    /// Whether the seed ran (only after a clean replay).
    pub seed_ran: bool,
    /// Why the statuses are unknown (the role may not read `_prisma_migrations`), if they are.
    pub skipped: Option<String>,
}

/// One migration with its status.
#[derive(Debug, Clone, Serialize)]
pub struct MigrationEntry {
    /// The folder name.
    pub name: String,
    /// The date the name starts with: `2024-01-15 09:30:00`.
    pub timestamp: Option<String>,
    /// Its status.
    pub status: MigrationStatus,
    /// Live databases: `finished_at` of the row that counts.
    pub applied_at: Option<String>,
    /// Size of `migration.sql` in bytes (none when the folder lacks it).
    pub bytes: Option<usize>,
    /// Why it failed: Prisma's logs, or PostgreSQL's error in the replay.
    pub error: Option<String>,
}

/// The status of one migration in the audit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MigrationStatus {
    /// Recorded as applied in `_prisma_migrations`, script unchanged.
    Applied,
    /// Applied without error in the replay.
    Replayed,
    /// Never applied.
    Pending,
    /// Not replayed because an earlier migration failed.
    NotReplayed,
    /// Started, never finished (or failed in the replay).
    Failed,
    /// Marked rolled back: it will be applied again.
    RolledBack,
    /// Applied, but the script changed since.
    Edited,
    /// Applied, but its folder is gone.
    MissingFromFolder,
}

impl MigrationStatus {
    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            MigrationStatus::Applied => "applied",
            MigrationStatus::Replayed => "replayed",
            MigrationStatus::Pending => "pending",
            MigrationStatus::NotReplayed => "not_replayed",
            MigrationStatus::Failed => "failed",
            MigrationStatus::RolledBack => "rolled_back",
            MigrationStatus::Edited => "edited",
            MigrationStatus::MissingFromFolder => "missing_from_folder",
        }
    }

    /// Applied (or replayed) and unchanged.
    pub fn is_done(self) -> bool {
        matches!(self, MigrationStatus::Applied | MigrationStatus::Replayed)
    }

    fn of(state: MigrationState) -> MigrationStatus {
        match state {
            MigrationState::Applied => MigrationStatus::Applied,
            MigrationState::Pending => MigrationStatus::Pending,
            MigrationState::Failed => MigrationStatus::Failed,
            MigrationState::RolledBack => MigrationStatus::RolledBack,
            MigrationState::Edited => MigrationStatus::Edited,
            MigrationState::MissingFromFolder => MigrationStatus::MissingFromFolder,
        }
    }
}

/// Prisma's `YYYYMMDDHHMMSS_description` convention.
#[derive(Debug, Clone, Serialize)]
pub struct Naming {
    /// Migrations in the folder.
    pub total: usize,
    /// How many names follow it.
    pub conventional: usize,
    /// The names that do not, sorted.
    pub unconventional: Vec<String>,
}

/// The order of the migrations.
#[derive(Debug, Clone, Serialize)]
pub struct Order {
    /// The timestamps of the names rise in Prisma's order (by folder name).
    pub timestamps_ascending: bool,
    /// Groups of migrations sharing one timestamp.
    pub duplicate_timestamps: Vec<Vec<String>>,
    /// Live databases: migrations applied after one that comes later in the
    /// folder (a branch merged with an older timestamp).
    pub applied_out_of_order: Vec<String>,
}

/// A problem of the migrations folder.
#[derive(Debug, Clone, Serialize)]
pub struct ProblemEntry {
    /// An error makes the folder unusable; otherwise it is a warning.
    pub error: bool,
    /// What is wrong, in one sentence.
    pub message: String,
}

fn base(folder: &MigrationsFolder, source: HistorySource) -> MigrationsSection {
    let unconventional = folder.unconventional_names();
    let stamps: Vec<&String> = folder
        .migrations
        .iter()
        .filter_map(|m| m.timestamp.as_ref())
        .collect();
    let duplicate_timestamps = folder
        .problems
        .iter()
        .filter_map(|p| match p {
            FolderProblem::DuplicateTimestamp { names } => Some(names.clone()),
            _ => None,
        })
        .collect();
    MigrationsSection {
        dir: folder.dir.display().to_string(),
        found: true,
        source,
        history_table: None,
        folder_count: folder.migrations.len(),
        total_bytes: folder.migrations.iter().map(|m| m.size()).sum(),
        migrations: Vec::new(),
        states: BTreeMap::new(),
        naming: Naming {
            total: folder.migrations.len(),
            conventional: folder.migrations.len() - unconventional.len(),
            unconventional,
        },
        order: Order {
            timestamps_ascending: stamps.windows(2).all(|w| w[0] <= w[1]),
            duplicate_timestamps,
            applied_out_of_order: Vec::new(),
        },
        lock_provider: folder.lock_provider.clone(),
        problems: folder
            .problems
            .iter()
            .map(|p| ProblemEntry {
                error: p.is_error(),
                message: p.to_string(),
            })
            .collect(),
        seed: None,
        seed_ran: false,
        skipped: None,
    }
}

/// The folder without statuses: `_prisma_migrations` could not be read (`reason`).
pub fn unreadable_history(
    folder: Option<&MigrationsFolder>,
    dir: &Path,
    reason: String,
) -> MigrationsSection {
    let mut section = match folder {
        Some(folder) => base(folder, HistorySource::Database),
        None => no_folder(dir, None),
    };
    section.history_table = None;
    section.skipped = Some(reason);
    section
}

fn count_states(section: &mut MigrationsSection) {
    section.states.clear();
    for entry in &section.migrations {
        *section.states.entry(entry.status.as_str()).or_default() += 1;
    }
}

/// Statuses from `_prisma_migrations` (`None`: the table does not exist).
pub fn from_database(folder: &MigrationsFolder, rows: Option<&[HistoryRow]>) -> MigrationsSection {
    let mut section = base(folder, HistorySource::Database);
    section.history_table = Some(rows.is_some());
    let rows = rows.unwrap_or_default();
    section.migrations = compute_status(folder, rows)
        .into_iter()
        .map(|status| MigrationEntry {
            bytes: folder
                .migrations
                .iter()
                .find(|m| m.name == status.name)
                .map(|m| m.size()),
            name: status.name,
            timestamp: status.timestamp,
            status: MigrationStatus::of(status.state),
            applied_at: status.applied_at,
            error: status.logs,
        })
        .collect();
    count_states(&mut section);
    section.order.applied_out_of_order = out_of_order(folder, rows);
    section
}

/// Migrations applied after one that comes later in the folder, in the order
/// they were applied. `rows` are in `started_at` order.
fn out_of_order(folder: &MigrationsFolder, rows: &[HistoryRow]) -> Vec<String> {
    let position = |name: &str| folder.migrations.iter().position(|m| m.name == name);
    let mut latest: Option<usize> = None;
    let mut found = Vec::new();
    for row in rows
        .iter()
        .filter(|r| r.finished_at.is_some() && r.rolled_back_at.is_none())
    {
        let Some(index) = position(&row.migration_name) else {
            continue;
        };
        match latest {
            Some(l) if index < l => {
                if !found.contains(&row.migration_name) {
                    found.push(row.migration_name.clone());
                }
            }
            _ => latest = Some(index),
        }
    }
    found
}

/// No folder where one was looked for: only what `_prisma_migrations` says.
pub fn no_folder(dir: &Path, rows: Option<&[HistoryRow]>) -> MigrationsSection {
    let empty = MigrationsFolder {
        dir: dir.to_path_buf(),
        lock_provider: None,
        migrations: Vec::new(),
        other_files: Vec::new(),
        problems: Vec::new(),
    };
    let mut section = from_database(&empty, rows);
    section.found = false;
    section
}

/// Statuses from the replay: replayed up to the failure, if any.
pub fn from_replay(
    folder: &MigrationsFolder,
    failure: Option<&ReplayError>,
    seed: Option<&str>,
    seed_ran: bool,
) -> MigrationsSection {
    let mut section = base(folder, HistorySource::Replay);
    let failed_at =
        failure.and_then(|f| folder.migrations.iter().position(|m| m.name == f.migration));
    section.migrations = folder
        .migrations
        .iter()
        .enumerate()
        .map(|(index, migration)| {
            let status = match failed_at {
                Some(f) if index == f => MigrationStatus::Failed,
                Some(f) if index > f => MigrationStatus::NotReplayed,
                _ => MigrationStatus::Replayed,
            };
            MigrationEntry {
                name: migration.name.clone(),
                timestamp: migration.timestamp.clone(),
                status,
                applied_at: None,
                bytes: Some(migration.size()),
                error: (status == MigrationStatus::Failed)
                    .then(|| failure.map(ToString::to_string))
                    .flatten(),
            }
        })
        .collect();
    count_states(&mut section);
    section.seed = seed.map(str::to_string);
    section.seed_ran = seed_ran;
    section
}
