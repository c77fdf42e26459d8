//! `_prisma_migrations`: what Prisma recorded, and the status of each
//! migration of a folder against it.

use serde::Serialize;

use super::{checksum_matches, MigrationsFolder};

/// The table where Prisma Migrate records what it applied.
pub const HISTORY_TABLE: &str = crate::sql::names::PRISMA_MIGRATIONS_TABLE;

/// One row of `_prisma_migrations`, in Prisma's layout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryRow {
    /// Prisma's id of the row (a UUID).
    pub id: String,
    /// SHA-256 of the script when it was applied.
    pub checksum: String,
    /// When it finished; `None` while running or after a failure.
    pub finished_at: Option<String>,
    /// The migration's folder name.
    pub migration_name: String,
    /// What Prisma logged (the error of a failed migration).
    pub logs: Option<String>,
    /// When it was marked rolled back.
    pub rolled_back_at: Option<String>,
    /// When it started.
    pub started_at: String,
    /// Statements applied (Prisma writes 0 or 1).
    pub applied_steps_count: i32,
}

/// Reads `_prisma_migrations` from `namespace` in a read-only transaction.
/// `Ok(None)` when the table does not exist (Prisma Migrate never ran).
pub async fn read_history(
    client: &tokio_postgres::Client,
    namespace: &str,
) -> Result<Option<Vec<HistoryRow>>, tokio_postgres::Error> {
    client.batch_execute("START TRANSACTION READ ONLY").await?;
    let result = read_rows(client, namespace).await;
    // Nothing was written; ending the transaction either way is safe.
    let end = if result.is_ok() { "COMMIT" } else { "ROLLBACK" };
    let ended = client.batch_execute(end).await;
    let rows = result?;
    ended?;
    Ok(rows)
}

async fn read_rows(
    client: &tokio_postgres::Client,
    namespace: &str,
) -> Result<Option<Vec<HistoryRow>>, tokio_postgres::Error> {
    let exists = client
        .query_one(
            "SELECT to_regclass(format('%I.%I', $1::text, '_prisma_migrations')) IS NOT NULL",
            &[&namespace],
        )
        .await?
        .get::<_, bool>(0);
    if !exists {
        return Ok(None);
    }
    let sql = format!(
        "SELECT id::text, checksum::text, finished_at::text, migration_name::text, logs, \
                rolled_back_at::text, started_at::text, applied_steps_count \
         FROM {}._prisma_migrations ORDER BY started_at, migration_name",
        crate::sql::quote_ident_always(namespace)
    );
    let rows = client.query(&sql, &[]).await?;
    Ok(Some(
        rows.iter()
            .map(|row| HistoryRow {
                id: row.get(0),
                checksum: row.get(1),
                finished_at: row.get(2),
                migration_name: row.get(3),
                logs: row.get(4),
                rolled_back_at: row.get(5),
                started_at: row.get(6),
                applied_steps_count: row.get(7),
            })
            .collect(),
    ))
}

/// The state of one migration in a database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MigrationState {
    /// Applied, finished, and the script is unchanged.
    Applied,
    /// In the folder, never applied.
    Pending,
    /// Started but never finished (and not rolled back): `migrate deploy` stops here.
    Failed,
    /// Marked rolled back (`migrate resolve --rolled-back`): it will be applied again.
    RolledBack,
    /// Applied, but the script changed since (checksum differs).
    Edited,
    /// Applied, but its folder is gone.
    MissingFromFolder,
}

impl MigrationState {
    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            MigrationState::Applied => "applied",
            MigrationState::Pending => "pending",
            MigrationState::Failed => "failed",
            MigrationState::RolledBack => "rolled_back",
            MigrationState::Edited => "edited",
            MigrationState::MissingFromFolder => "missing_from_folder",
        }
    }
}

/// One migration's state, from the folder and `_prisma_migrations`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MigrationStatus {
    /// The migration's folder name.
    pub name: String,
    /// Its state.
    pub state: MigrationState,
    /// From the folder name.
    pub timestamp: Option<String>,
    /// `finished_at` of the row that counts.
    pub applied_at: Option<String>,
    /// Prisma's logs for a failed migration.
    pub logs: Option<String>,
}

/// The status of every migration of the folder, then of every applied
/// migration the folder lacks.
pub fn compute_status(folder: &MigrationsFolder, history: &[HistoryRow]) -> Vec<MigrationStatus> {
    let mut statuses = Vec::new();
    for migration in &folder.migrations {
        let rows: Vec<&HistoryRow> = history
            .iter()
            .filter(|row| row.migration_name == migration.name)
            .collect();
        let applied = rows
            .iter()
            .rev()
            .find(|row| row.finished_at.is_some() && row.rolled_back_at.is_none());
        let failed = rows
            .iter()
            .rev()
            .find(|row| row.finished_at.is_none() && row.rolled_back_at.is_none());
        let (state, row) = match (applied, failed) {
            (Some(row), _) if !checksum_matches(&migration.script, &row.checksum) => {
                (MigrationState::Edited, Some(*row))
            }
            (Some(row), _) => (MigrationState::Applied, Some(*row)),
            (None, Some(row)) => (MigrationState::Failed, Some(*row)),
            (None, None) if !rows.is_empty() => (MigrationState::RolledBack, rows.last().copied()),
            (None, None) => (MigrationState::Pending, None),
        };
        statuses.push(MigrationStatus {
            name: migration.name.clone(),
            state,
            timestamp: migration.timestamp.clone(),
            applied_at: row.and_then(|r| r.finished_at.clone()),
            logs: row
                .and_then(|r| r.logs.clone())
                .filter(|_| state == MigrationState::Failed),
        });
    }
    let mut missing: Vec<&HistoryRow> = history
        .iter()
        .filter(|row| row.rolled_back_at.is_none())
        .filter(|row| {
            !folder
                .migrations
                .iter()
                .any(|m| m.name == row.migration_name)
        })
        .collect();
    missing.sort_by(|a, b| a.migration_name.cmp(&b.migration_name));
    missing.dedup_by(|a, b| a.migration_name == b.migration_name);
    for row in missing {
        statuses.push(MigrationStatus {
            name: row.migration_name.clone(),
            state: MigrationState::MissingFromFolder,
            timestamp: super::parse_timestamp(&row.migration_name),
            applied_at: row.finished_at.clone(),
            logs: None,
        });
    }
    statuses
}
