//! Applying a migrations folder the way `prisma migrate deploy` does: each
//! `migration.sql` sent whole, as one simple-protocol query (so PostgreSQL runs
//! a multi-statement script in one implicit transaction, and refuses what
//! Prisma's deploy would refuse, such as `CREATE INDEX CONCURRENTLY` beside
//! other statements).

use super::split::{split, Statement};
use super::{Migration, MigrationsFolder};

/// Why a replay stopped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("migration {migration} failed{}", located(self))]
pub struct ReplayError {
    /// The migration that failed (or `--init-sql` and its file).
    pub migration: String,
    /// 1-based line of the script where the failing statement starts.
    pub line: Option<usize>,
    /// The failing statement's first line.
    pub statement: Option<String>,
    /// PostgreSQL's message (with detail and hint when given).
    pub message: String,
    /// SQLSTATE.
    pub code: Option<String>,
}

/// ` at line N (`statement`): message [SQLSTATE code]`.
fn located(error: &ReplayError) -> String {
    let mut out = String::new();
    if let Some(line) = error.line {
        out.push_str(&format!(" at line {line}"));
    }
    if let Some(statement) = &error.statement {
        out.push_str(&format!(" (`{}`)", statement.trim()));
    }
    out.push_str(&format!(": {}", error.message));
    if let Some(code) = &error.code {
        out.push_str(&format!(" [SQLSTATE {code}]"));
    }
    out
}

impl ReplayError {
    /// The same sentence for a script that is not a migration (`--init-sql`, `--seed`):
    /// `FILE failed at line N …`.
    pub fn as_script_failure(&self) -> String {
        format!("{} failed{}", self.migration, located(self))
    }
}

/// Runs one script as Prisma does; on failure, locates the failing statement.
///
/// Only for shadow databases: locating an error PostgreSQL gave no position
/// for re-runs the script's statements one by one in a transaction that is
/// rolled back.
pub async fn apply_script(
    client: &tokio_postgres::Client,
    name: &str,
    script: &str,
) -> Result<(), ReplayError> {
    let Err(error) = client.batch_execute(script).await else {
        return Ok(());
    };
    let Some(db) = error.as_db_error() else {
        return Err(ReplayError {
            migration: name.to_string(),
            line: None,
            statement: None,
            message: error.to_string(),
            code: None,
        });
    };
    let mut message = db.message().to_string();
    if let Some(detail) = db.detail() {
        message.push_str(&format!(" ({detail})"));
    }
    if let Some(hint) = db.hint() {
        message.push_str(&format!("; hint: {hint}"));
    }
    let statements = split(script);
    let located = match db.position() {
        Some(tokio_postgres::error::ErrorPosition::Original(position)) => {
            // PostgreSQL counts characters from 1.
            let offset = script
                .char_indices()
                .nth((*position as usize).saturating_sub(1))
                .map(|(i, _)| i)
                .unwrap_or(script.len());
            statements
                .iter()
                .rev()
                .find(|s| s.offset <= offset)
                .map(|s| (s.line, s.sql.to_string()))
        }
        _ => find_failing_statement(client, &statements, db.message()).await,
    };
    let (line, statement) = match located {
        Some((line, sql)) => (Some(line), Some(first_line(&sql))),
        None => (None, None),
    };
    Err(ReplayError {
        migration: name.to_string(),
        line,
        statement,
        message,
        code: Some(db.code().code().to_string()),
    })
}

/// The statement that fails with `message` when run alone, in order, inside a
/// transaction that is rolled back.
async fn find_failing_statement(
    client: &tokio_postgres::Client,
    statements: &[Statement<'_>],
    message: &str,
) -> Option<(usize, String)> {
    if let [only] = statements {
        return Some((only.line, only.sql.to_string()));
    }
    client.batch_execute("BEGIN").await.ok()?;
    let mut found = None;
    for statement in statements {
        if let Err(error) = client.batch_execute(statement.sql).await {
            if error.as_db_error().map(|d| d.message()) == Some(message) {
                found = Some((statement.line, statement.sql.to_string()));
            }
            break;
        }
    }
    let _ = client.batch_execute("ROLLBACK").await;
    found
}

/// A statement's first line without its comments, for one-line messages.
fn first_line(sql: &str) -> String {
    let line = sql
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("--"))
        .unwrap_or_default();
    if line.len() > 120 {
        let cut = (0..=120)
            .rev()
            .find(|i| line.is_char_boundary(*i))
            .unwrap_or(0);
        format!("{}…", &line[..cut])
    } else {
        line.to_string()
    }
}

/// Applies `init_sql` (if any), then every migration in order. `progress` is
/// told before each migration: (index from 0, total, name).
pub async fn replay(
    client: &tokio_postgres::Client,
    folder: &MigrationsFolder,
    init_sql: Option<(&str, &str)>,
    progress: &mut (dyn FnMut(usize, usize, &Migration) + Send),
) -> Result<(), ReplayError> {
    if let Some((label, sql)) = init_sql {
        apply_script(client, label, sql).await?;
    }
    let total = folder.migrations.len();
    for (index, migration) in folder.migrations.iter().enumerate() {
        progress(index, total, migration);
        apply_script(client, &migration.name, &migration.script).await?;
    }
    Ok(())
}
