//! Applying a migrations folder the way `prisma migrate deploy` does: each
//! `migration.sql` sent whole, as one simple-protocol query (so PostgreSQL runs
//! a multi-statement script in one implicit transaction, and refuses what
//! Prisma's deploy would refuse, such as `CREATE INDEX CONCURRENTLY` beside
//! other statements).

use std::fmt;

use super::{Migration, MigrationsFolder};

/// Why a replay stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplayError {
    /// The migration that failed (or `--init-sql` and its file).
    pub migration: String,
    /// 1-based line of the script where PostgreSQL located the error.
    pub line: Option<usize>,
    /// The text of that line.
    pub statement: Option<String>,
    /// PostgreSQL's message (with detail and hint when given).
    pub message: String,
    /// SQLSTATE.
    pub code: Option<String>,
}

impl fmt::Display for ReplayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "migration {} failed", self.migration)?;
        if let Some(line) = self.line {
            write!(f, " at line {line}")?;
        }
        if let Some(statement) = &self.statement {
            write!(f, " (`{}`)", statement.trim())?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(code) = &self.code {
            write!(f, " [SQLSTATE {code}]")?;
        }
        Ok(())
    }
}

impl std::error::Error for ReplayError {}

/// Runs one script as Prisma does; on failure, locates the error in it.
pub async fn apply_script(
    client: &tokio_postgres::Client,
    name: &str,
    script: &str,
) -> Result<(), ReplayError> {
    match client.batch_execute(script).await {
        Ok(()) => Ok(()),
        Err(error) => Err(locate_error(name, script, &error)),
    }
}

fn locate_error(name: &str, script: &str, error: &tokio_postgres::Error) -> ReplayError {
    let Some(db) = error.as_db_error() else {
        return ReplayError {
            migration: name.to_string(),
            line: None,
            statement: None,
            message: error.to_string(),
            code: None,
        };
    };
    let mut message = db.message().to_string();
    if let Some(detail) = db.detail() {
        message.push_str(&format!(" ({detail})"));
    }
    if let Some(hint) = db.hint() {
        message.push_str(&format!("; hint: {hint}"));
    }
    let (line, statement) = match db.position() {
        Some(tokio_postgres::error::ErrorPosition::Original(position)) => {
            // PostgreSQL counts characters from 1.
            let offset: usize = script
                .char_indices()
                .nth((*position as usize).saturating_sub(1))
                .map(|(i, _)| i)
                .unwrap_or(script.len());
            let line = script[..offset].matches('\n').count() + 1;
            let text = script.lines().nth(line - 1).map(|l| l.trim().to_string());
            (Some(line), text)
        }
        _ => (None, None),
    };
    ReplayError {
        migration: name.to_string(),
        line,
        statement,
        message,
        code: Some(db.code().code().to_string()),
    }
}

/// Applies `init_sql` (if any), then every migration in order. `progress` is
/// told before each migration: (index from 0, total, name).
pub async fn replay(
    client: &tokio_postgres::Client,
    folder: &MigrationsFolder,
    init_sql: Option<(&str, &str)>,
    progress: &mut dyn FnMut(usize, usize, &Migration),
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
