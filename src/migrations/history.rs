//! `_prisma_migrations`: what Prisma recorded, and the status of each
//! migration of a folder against it.

use std::fmt;

use futures_util::StreamExt;
use serde::Serialize;
use tokio_postgres::error::SqlState;

use super::{checksum_matches, MigrationsFolder};
use crate::pg::{guard, server_message, LockHolder};
use crate::sql::{quote_ident_always, Style};

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

/// Why `_prisma_migrations` could not be read.
#[derive(Debug)]
pub enum HistoryError {
    /// A statement failed: the connection, a permission, or the relation is no plain table
    /// (PostgreSQL refuses to `COPY` from a view).
    Query(tokio_postgres::Error),
    /// Reading waited for a lock longer than `lock_timeout`, behind these sessions.
    Locked {
        /// The locks in the way (empty when they were released before we looked).
        holders: Vec<LockHolder>,
        /// The lock timeout error.
        source: tokio_postgres::Error,
    },
}

impl HistoryError {
    /// The underlying error of the server or the connection.
    pub fn into_source(self) -> tokio_postgres::Error {
        match self {
            HistoryError::Query(source) | HistoryError::Locked { source, .. } => source,
        }
    }
}

impl fmt::Display for HistoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HistoryError::Query(source) => {
                write!(f, "cannot read {HISTORY_TABLE}: {}", server_message(source))
            }
            HistoryError::Locked { holders, .. } if holders.is_empty() => write!(
                f,
                "cannot read {HISTORY_TABLE}: another session held a lock on it for longer than lock_timeout"
            ),
            HistoryError::Locked { holders, .. } => {
                let list: Vec<String> = holders.iter().map(ToString::to_string).collect();
                write!(
                    f,
                    "cannot read {HISTORY_TABLE}: another session has held a lock on it for longer than lock_timeout: {}",
                    list.join(", ")
                )
            }
        }
    }
}

impl std::error::Error for HistoryError {}

/// Reads `_prisma_migrations` from `namespace` in a read-only transaction.
/// `Ok(None)` when the table does not exist (Prisma Migrate never ran). See
/// [`read_history_detailed`], whose error also names who holds a lock in the way.
///
/// When another session holds a lock on the table for longer than `lock_timeout`, the error
/// is PostgreSQL's "could not obtain lock on relation "_prisma_migrations"" (SQLSTATE 55P03).
pub async fn read_history(
    client: &tokio_postgres::Client,
    namespace: &str,
) -> Result<Option<Vec<HistoryRow>>, tokio_postgres::Error> {
    read_history_detailed(client, namespace)
        .await
        .map_err(HistoryError::into_source)
}

/// [`read_history`], with an error that says who holds a lock that stopped it.
///
/// The database's owner decides what `_prisma_migrations` is, so it is read with `COPY … TO
/// STDOUT`, which runs nothing of theirs: PostgreSQL refuses it for a view, it leaves out
/// inheritance children, and it prints values with their types' output functions, not with
/// casts someone may have defined. Row-level security is off for the transaction, so a
/// policy fails the read rather than runs. Timestamps are read in UTC with ISO dates, so
/// they print and sort the same on every server.
pub async fn read_history_detailed(
    client: &tokio_postgres::Client,
    namespace: &str,
) -> Result<Option<Vec<HistoryRow>>, HistoryError> {
    guard::start_read_only(client)
        .await
        .map_err(HistoryError::Query)?;
    let result = read_rows(client, namespace).await;
    // Nothing was written; ending the transaction either way is safe.
    let end = if result.is_ok() { "COMMIT" } else { "ROLLBACK" };
    let ended = client.batch_execute(end).await;
    match result {
        Ok(rows) => {
            ended.map_err(HistoryError::Query)?;
            Ok(rows)
        }
        Err(source) if source.code() == Some(&SqlState::LOCK_NOT_AVAILABLE) => {
            let holders =
                guard::lock_holders(client, &[namespace.to_string()], Some(HISTORY_TABLE))
                    .await
                    .unwrap_or_default();
            // The lock timeout's error names no relation; asking again without waiting does.
            let table = Style::SCRIPT.qualified(namespace, HISTORY_TABLE);
            let source = guard::locked_relation_error(client, &[table])
                .await
                .unwrap_or(source);
            Err(HistoryError::Locked { holders, source })
        }
        Err(source) => Err(HistoryError::Query(source)),
    }
}

/// The columns read, in Prisma's layout.
const COLUMNS: &str = "id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count";

async fn read_rows(
    client: &tokio_postgres::Client,
    namespace: &str,
) -> Result<Option<Vec<HistoryRow>>, tokio_postgres::Error> {
    let exists = client
        .query_one(
            "SELECT pg_catalog.set_config('TimeZone', 'UTC', true),
                    pg_catalog.set_config('DateStyle', 'ISO, MDY', true),
                    EXISTS (
                        SELECT FROM pg_catalog.pg_class c
                        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = $1 AND c.relname = '_prisma_migrations'
                    )",
            &[&namespace],
        )
        .await?
        .get::<_, bool>(2);
    if !exists {
        return Ok(None);
    }
    let sql = format!(
        "COPY {}.{} ({COLUMNS}) TO STDOUT",
        quote_ident_always(namespace),
        quote_ident_always(HISTORY_TABLE)
    );
    let mut stream = std::pin::pin!(client.copy_out(&sql).await?);
    let mut data = Vec::new();
    while let Some(chunk) = stream.next().await {
        data.extend_from_slice(&chunk?);
    }
    let mut rows: Vec<HistoryRow> = copy_rows(&data)
        .into_iter()
        .map(|fields| {
            let mut fields = fields.into_iter();
            let mut next = || fields.next().flatten();
            HistoryRow {
                id: next().unwrap_or_default(),
                checksum: next().unwrap_or_default(),
                finished_at: next(),
                migration_name: next().unwrap_or_default(),
                logs: next(),
                rolled_back_at: next(),
                started_at: next().unwrap_or_default(),
                // Prisma's column is an integer; anything else reads as 0.
                applied_steps_count: next().and_then(|n| n.parse().ok()).unwrap_or(0),
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        (&a.started_at, &a.migration_name).cmp(&(&b.started_at, &b.migration_name))
    });
    Ok(Some(rows))
}

/// The rows of `COPY … TO STDOUT` text format: tab-separated fields, `\N` for NULL,
/// backslash escapes (`\n`, `\t`, octal `\NNN`, hex `\xHH`, …) decoded.
fn copy_rows(data: &[u8]) -> Vec<Vec<Option<String>>> {
    let mut rows = Vec::new();
    for line in data.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
        let fields = line
            .split(|b| *b == b'\t')
            .map(|field| (field != b"\\N").then(|| unescape_copy(field)))
            .collect();
        rows.push(fields);
    }
    rows
}

fn unescape_copy(field: &[u8]) -> String {
    let mut out = Vec::with_capacity(field.len());
    let mut i = 0;
    while i < field.len() {
        if field[i] != b'\\' || i + 1 >= field.len() {
            out.push(field[i]);
            i += 1;
            continue;
        }
        let c = field[i + 1];
        i += 2;
        match c {
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut value = u32::from(c - b'0');
                while i < field.len() && value < 32 && (b'0'..=b'7').contains(&field[i]) {
                    value = value * 8 + u32::from(field[i] - b'0');
                    i += 1;
                }
                out.push(value as u8);
            }
            b'x' if i < field.len() && field[i].is_ascii_hexdigit() => {
                let mut value = 0u8;
                let mut digits = 0;
                while digits < 2 && i < field.len() && field[i].is_ascii_hexdigit() {
                    value = value * 16 + (field[i] as char).to_digit(16).unwrap_or(0) as u8;
                    i += 1;
                    digits += 1;
                }
                out.push(value);
            }
            other => out.push(other),
        }
    }
    String::from_utf8_lossy(&out).into_owned()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_text_format_is_decoded() {
        let data = b"a\t\\N\tx\\ty\\\\z\\nw\\101\\x42\n\nb\t\t\n";
        assert_eq!(
            copy_rows(data),
            vec![
                vec![
                    Some("a".to_string()),
                    None,
                    Some("x\ty\\z\nwAB".to_string())
                ],
                vec![
                    Some("b".to_string()),
                    Some(String::new()),
                    Some(String::new())
                ],
            ]
        );
    }
}
