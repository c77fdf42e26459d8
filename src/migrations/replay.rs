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
/// The script runs once: its statements are counted as the server completes them, so the
/// failing one is known without running anything again (a script may do things a rollback
/// does not undo). Refused before anything is sent: a NUL byte (PostgreSQL cannot receive
/// one) and `COPY … FROM STDIN` / `TO STDOUT` (data that only `psql` sends along). After a
/// script with `BEGIN` or `START TRANSACTION`: leaving the transaction open (no `COMMIT`) is
/// a failure, rolled back, since every later migration would run inside it.
pub async fn apply_script(
    client: &tokio_postgres::Client,
    name: &str,
    script: &str,
) -> Result<(), ReplayError> {
    let statements = split(script);
    refuse_unsendable(name, script, &statements)?;
    let (error, completed) = match execute_counting(client, script).await {
        // Only a script that opens a transaction can leave one open: the others cost no probe.
        Ok(()) if statements.iter().any(|s| opens_transaction(s.sql)) => {
            return close_open_transaction(client, name).await
        }
        Ok(()) => return Ok(()),
        Err(failure) => failure,
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
    let failing = match db.position() {
        Some(tokio_postgres::error::ErrorPosition::Original(position)) => {
            // PostgreSQL counts characters from 1.
            let offset = script
                .char_indices()
                .nth((*position as usize).saturating_sub(1))
                .map(|(i, _)| i)
                .unwrap_or(script.len());
            statements.iter().rev().find(|s| s.offset <= offset)
        }
        _ => statements.get(completed),
    };
    Err(ReplayError {
        migration: name.to_string(),
        line: failing.map(|s| s.line),
        statement: failing.map(|s| first_line(s.sql)),
        message: crate::diagnostics::shorten(&message, crate::diagnostics::MESSAGE_LIMIT)
            .into_owned(),
        code: Some(db.code().code().to_string()),
    })
}

/// Sends `script` as one simple-protocol query; on failure, the error and how many of its
/// statements the server had completed before it.
async fn execute_counting(
    client: &tokio_postgres::Client,
    script: &str,
) -> Result<(), (tokio_postgres::Error, usize)> {
    use futures_util::StreamExt;
    let stream = client.simple_query_raw(script).await.map_err(|e| (e, 0))?;
    let mut stream = std::pin::pin!(stream);
    let mut completed = 0;
    while let Some(message) = stream.next().await {
        match message {
            Ok(tokio_postgres::SimpleQueryMessage::CommandComplete(_)) => completed += 1,
            Ok(_) => {}
            Err(error) => return Err((error, completed)),
        }
    }
    Ok(())
}

/// A NUL byte, or a `COPY` that streams data through the client: neither can be run the way
/// Prisma runs a migration, and the connection's own error says nothing about the script.
fn refuse_unsendable(
    name: &str,
    script: &str,
    statements: &[Statement<'_>],
) -> Result<(), ReplayError> {
    let refused = |line: usize, statement: Option<String>, message: &str| ReplayError {
        migration: name.to_string(),
        line: Some(line),
        statement,
        message: message.to_string(),
        code: None,
    };
    if let Some(at) = script.find('\0') {
        let line = script[..at].matches('\n').count() + 1;
        return Err(refused(
            line,
            None,
            "the script holds a NUL byte, which PostgreSQL cannot receive in a query",
        ));
    }
    if let Some(copy) = statements.iter().find(|s| copies_through_client(s.sql)) {
        return Err(refused(
            copy.line,
            Some(first_line(copy.sql)),
            "COPY FROM STDIN and COPY TO STDOUT need data sent or read by psql; \
             a migration can load data with INSERT, or COPY from a file on the server",
        ));
    }
    Ok(())
}

/// A statement's words, upper-cased, without its comment lines (statements start at their
/// first token, so comments before them are not there).
fn words(sql: &str) -> Vec<String> {
    sql.lines()
        .filter(|l| !l.trim_start().starts_with("--"))
        .flat_map(|l| l.split(|c: char| c.is_whitespace() || c == ';' || c == '(' || c == ')'))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_uppercase)
        .collect()
}

/// `COPY … FROM STDIN` or `COPY … TO STDOUT`.
fn copies_through_client(sql: &str) -> bool {
    let words = words(sql);
    words.first().is_some_and(|w| w == "COPY")
        && words.windows(2).any(|pair| {
            matches!(
                [pair[0].as_str(), pair[1].as_str()],
                ["FROM", "STDIN"] | ["TO", "STDOUT"]
            )
        })
}

/// `BEGIN …` or `START TRANSACTION …`: the only statements that open a transaction block.
fn opens_transaction(sql: &str) -> bool {
    matches!(
        words(sql).first().map(String::as_str),
        Some("BEGIN" | "START")
    )
}

/// Fails, and rolls it back, when the session is still inside a transaction the script
/// opened. Told without an error in the server's log: only the first command of a
/// transaction sees its statement timestamp equal to the transaction's, and the probe is the
/// first command of its own transaction unless one is open.
async fn close_open_transaction(
    client: &tokio_postgres::Client,
    name: &str,
) -> Result<(), ReplayError> {
    let probe =
        "SELECT (pg_catalog.transaction_timestamp() <> pg_catalog.statement_timestamp())::text";
    let open = match client.simple_query(probe).await {
        Ok(messages) => messages.iter().any(|m| {
            matches!(m, tokio_postgres::SimpleQueryMessage::Row(row) if row.get(0) == Some("true"))
        }),
        // A broken connection: the next statement says so with its own error.
        Err(_) => false,
    };
    if !open {
        return Ok(());
    }
    let _ = client.batch_execute("ROLLBACK").await;
    Err(ReplayError {
        migration: name.to_string(),
        line: None,
        statement: None,
        message: "it leaves a transaction open (a BEGIN without its COMMIT), so the migrations \
                  after it would run inside that transaction; end it with COMMIT"
            .to_string(),
        code: None,
    })
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
