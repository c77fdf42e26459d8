//! The data section: rows and size on disk per table, read in one `READ ONLY`
//! transaction with one fixed query; for exact counts, `count(*)` of every
//! table, 100 tables a statement, each statement in a `READ ONLY` transaction of
//! its own, so that no more than 100 tables' locks are held at once.

use serde::Serialize;
use tokio_postgres::Client;

use super::AuditError;
use crate::ir;
use crate::pg::guard;
use crate::sql::Style;

const TABLE_STATS: &str = include_str!("sql/table_stats.sql");

/// Tables counted per `count(*)` statement (one `UNION ALL` of them).
const COUNT_BATCH: usize = 100;

/// How the rows were counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountMethod {
    /// `pg_class.reltuples`: the planner's estimate as of the last `ANALYZE`.
    Estimate,
    /// `count(*)`.
    Exact,
}

/// Rows and size on disk per table.
#[derive(Debug, Clone, Serialize)]
pub struct DataSection {
    /// How rows were counted.
    pub counts: CountMethod,
    /// Replays: whether `--seed` filled the database (without it, every table is empty
    /// by construction). `None` for live databases.
    pub seeded: Option<bool>,
    /// Sum of the rows of the tables whose count is known.
    pub total_rows: i64,
    /// Tables whose row count is unknown (never analyzed).
    pub unknown_rows: usize,
    /// Sum of `total_bytes`.
    pub total_bytes: i64,
    /// Tables with no row.
    pub empty_tables: usize,
    /// Every table of the inventory, sorted by schema and name.
    pub tables: Vec<TableData>,
    /// Why exact counts were asked for and not made (a privilege the role
    /// lacks): the rows are then the estimates.
    pub skipped: Option<String>,
}

/// One table's rows and size.
#[derive(Debug, Clone, Serialize)]
pub struct TableData {
    /// `schema.table`.
    pub table: String,
    /// Rows: exact, or the estimate rounded; `None` when never analyzed.
    pub rows: Option<i64>,
    /// `pg_total_relation_size`: heap, indexes and TOAST, in bytes.
    pub total_bytes: i64,
}

impl DataSection {
    /// The figures of the table `schema.name`, if it was audited.
    pub fn table(&self, name: &str) -> Option<&TableData> {
        // Sorted by name (see `section`): thousands of tables are each looked up.
        self.tables
            .binary_search_by(|t| t.table.as_str().cmp(name))
            .ok()
            .map(|i| &self.tables[i])
    }
}

fn query_error(step: &'static str) -> impl Fn(tokio_postgres::Error) -> AuditError {
    move |source| AuditError::Query { step, source }
}

/// Reads the server version and the data section for the tables of `database`: the
/// statistics in one pinned read-only transaction ([`guard::start_read_only`]), then, for
/// exact counts, `count(*)` in batches of [`COUNT_BATCH`] tables, each batch its own
/// read-only transaction, so that its locks are let go before the next (thousands of tables
/// counted in one transaction would exhaust the server's lock table, and other sessions
/// would fail meanwhile). Measuring a table takes a lock on it: when another session holds
/// one that blocks reading for longer than `lock_timeout`, the error is PostgreSQL's "could
/// not obtain lock on relation …", naming it.
pub(super) async fn collect(
    client: &Client,
    database: &ir::Database,
    exact: bool,
) -> Result<(String, DataSection), AuditError> {
    let all: Vec<&ir::Table> = database.tables.iter().collect();
    let (server_version, mut tables) =
        read_only(client, &all, statistics(client, database)).await?;
    let mut skipped = None;
    let mut counted = false;
    if exact {
        match exact_counts(client, &all, &mut tables).await {
            Ok(()) => counted = true,
            Err(AuditError::Query { source, .. }) if super::is_privilege_error(&source) => {
                skipped = Some(format!(
                    "exact counts skipped: {}; rows are estimates",
                    super::describe(&source)
                ));
            }
            Err(other) => return Err(other),
        }
    }
    Ok((server_version, section(tables, counted, skipped)))
}

/// Runs `work` in a pinned read-only transaction that is committed when it succeeds and
/// rolled back when it fails. After a lock timeout, the error names the relation of
/// `tables` that is locked.
async fn read_only<T>(
    client: &Client,
    tables: &[&ir::Table],
    work: impl std::future::Future<Output = Result<T, AuditError>>,
) -> Result<T, AuditError> {
    guard::start_read_only(client)
        .await
        .map_err(query_error("start transaction"))?;
    let result = work.await;
    let end = if result.is_ok() { "COMMIT" } else { "ROLLBACK" };
    let ended = client.batch_execute(end).await;
    let value = match result {
        Err(AuditError::Query { step, source })
            if source.code() == Some(&tokio_postgres::error::SqlState::LOCK_NOT_AVAILABLE) =>
        {
            // The lock timeout's error names no relation; asking again without waiting does.
            let names: Vec<String> = tables
                .iter()
                .map(|t| Style::SCRIPT.qualified(&t.name.schema, &t.name.name))
                .collect();
            let source = guard::locked_relation_error(client, &names)
                .await
                .unwrap_or(source);
            return Err(AuditError::Query { step, source });
        }
        other => other?,
    };
    ended.map_err(query_error("commit"))?;
    Ok(value)
}

/// The server version, and each table of `database` (in its order) with its estimated rows
/// and its size on disk.
async fn statistics(
    client: &Client,
    database: &ir::Database,
) -> Result<(String, Vec<TableData>), AuditError> {
    let row = client
        .query_one(TABLE_STATS, &[&database.namespaces])
        .await
        .map_err(query_error("table statistics"))?;
    let catalog = |e: tokio_postgres::Error| AuditError::Query {
        step: "table statistics",
        source: e,
    };
    let server_version: String = row.try_get("server_version").map_err(catalog)?;
    let schemas: Vec<String> = row.try_get("schemas").map_err(catalog)?;
    let names: Vec<String> = row.try_get("names").map_err(catalog)?;
    let estimates: Vec<Option<f64>> = row.try_get("estimated_rows").map_err(catalog)?;
    let sizes: Vec<i64> = row.try_get("total_bytes").map_err(catalog)?;
    let stats: std::collections::HashMap<(&str, &str), (Option<f64>, i64)> = schemas
        .iter()
        .zip(&names)
        .zip(estimates.iter().zip(&sizes))
        .map(|((s, n), (e, b))| ((s.as_str(), n.as_str()), (*e, *b)))
        .collect();
    let tables = database
        .tables
        .iter()
        .map(|table| {
            let (estimate, bytes) = stats
                .get(&(table.name.schema.as_str(), table.name.name.as_str()))
                .copied()
                .unwrap_or((None, 0));
            TableData {
                table: table.name.to_string(),
                rows: estimate.map(|e| e.round() as i64),
                total_bytes: bytes,
            }
        })
        .collect();
    Ok((server_version, tables))
}

/// The section's totals over `tables`, sorted by name.
fn section(mut tables: Vec<TableData>, counted: bool, skipped: Option<String>) -> DataSection {
    tables.sort_by(|a, b| a.table.cmp(&b.table));
    DataSection {
        counts: if counted {
            CountMethod::Exact
        } else {
            CountMethod::Estimate
        },
        seeded: None,
        total_rows: tables.iter().filter_map(|t| t.rows).sum(),
        unknown_rows: tables.iter().filter(|t| t.rows.is_none()).count(),
        total_bytes: tables.iter().map(|t| t.total_bytes).sum(),
        empty_tables: tables.iter().filter(|t| t.rows == Some(0)).count(),
        tables,
        skipped,
    }
}

/// `count(*)` of every table of `all`, into `tables` (in the same order): [`COUNT_BATCH`]
/// tables a statement, each statement its own read-only transaction.
async fn exact_counts(
    client: &Client,
    all: &[&ir::Table],
    tables: &mut [TableData],
) -> Result<(), AuditError> {
    for (chunk, rows) in all.chunks(COUNT_BATCH).zip(tables.chunks_mut(COUNT_BATCH)) {
        let counts = read_only(client, chunk, count_batch(client, chunk)).await?;
        for (entry, count) in rows.iter_mut().zip(counts) {
            entry.rows = count.or(entry.rows);
        }
    }
    Ok(())
}

/// `count(*)` of each table of `chunk`, in its order, in one `UNION ALL` statement.
async fn count_batch(
    client: &Client,
    chunk: &[&ir::Table],
) -> Result<Vec<Option<i64>>, AuditError> {
    let sql = chunk
        .iter()
        .enumerate()
        .map(|(i, t)| {
            format!(
                "SELECT {i}::int4 AS i, pg_catalog.count(*)::int8 AS n FROM {}",
                Style::SCRIPT.qualified(&t.name.schema, &t.name.name)
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    let mut counts = vec![None; chunk.len()];
    for row in client
        .query(&sql, &[])
        .await
        .map_err(query_error("count(*)"))?
    {
        let index: i32 = row.try_get("i").map_err(query_error("count(*)"))?;
        let count: i64 = row.try_get("n").map_err(query_error("count(*)"))?;
        if let Some(slot) = usize::try_from(index).ok().and_then(|i| counts.get_mut(i)) {
            *slot = Some(count);
        }
    }
    Ok(counts)
}
