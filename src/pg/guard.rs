//! What every session on a database we inspect starts with, whatever the database says.
//!
//! The owner of an inspected database need not be the person running prisma-drift, who in CI
//! often connects as a superuser. Without a superuser's help that owner can still set, for
//! every session on the database (`ALTER DATABASE … SET`):
//!
//! * `search_path`, e.g. `evil, pg_catalog, public`, so that an unqualified `quote_ident(…)`
//!   in our SQL runs `evil.quote_ident` — with our privileges (`COPY … TO PROGRAM` included;
//!   `READ ONLY` does not stop it);
//! * `role`, switching a superuser's session to a role row-level security applies to, whose
//!   policies then run the owner's functions (as `pg_execute_server_program`, say);
//! * `statement_timeout = 0`, `lock_timeout = 0`, so that a lock held elsewhere hangs us;
//! * `standard_conforming_strings = off`, which changes what a string literal means.
//!
//! Settings sent in the startup packet win over all of those (PostgreSQL applies database and
//! role settings first, then the client's). For [`SessionKind::Inspect`] sessions we send:
//!
//! * `search_path` = the URL's schema alone, quoted — the path Prisma's engines set. It lists
//!   no schema before pg_catalog, so pg_catalog is searched first (PostgreSQL searches it
//!   first unless the path names it later), and an unqualified call or operator whose
//!   argument types match a pg_catalog builtin exactly cannot be shadowed. It is not
//!   `pg_catalog, pg_temp`: with pg_catalog listed first, unqualified `CREATE` statements
//!   would target pg_catalog, and sessions opened with a URL also replay migrations (on a
//!   `--shadow-url` server). Calls that need a cast or match a polymorphic builtin (`unnest`,
//!   `array_agg`, `oid = 0`, `real >= 0`) could still be captured by an exact match in the
//!   schema, so our SQL qualifies every function and those operators, and our read
//!   transactions pin `pg_catalog, pg_temp` for themselves ([`START_READ_ONLY`]).
//! * `role=none`: the session acts as the role that logged in, nothing else.
//! * `row_security=off`: a query that a row-level security policy would filter fails instead
//!   of running the policy (superusers and owners are not filtered anyway).
//! * `standard_conforming_strings=on`, which [`crate::sql::quote_literal`] assumes.
//! * `statement_timeout` and `lock_timeout` ([`DEFAULT_STATEMENT_TIMEOUT`],
//!   [`DEFAULT_LOCK_TIMEOUT`] unless the configuration says otherwise).
//!
//! The URL's own `options` come after ours, so a user's `-c statement_timeout=…` wins.
//! `session_preload_libraries` and the like need a superuser to set, and event triggers a
//! superuser to create: nothing to override there. Through PgBouncer (`pgbouncer=true`),
//! which refuses startup options, only the transaction pins apply.

use std::fmt::Write as _;
use std::time::Duration;

use tokio_postgres::Client;

use super::config::ConnConfig;
use crate::sql::quote_ident_always;

/// `statement_timeout` of inspected sessions unless configured: long enough for the catalog
/// queries of a database with thousands of tables, short enough for a CI job.
pub const DEFAULT_STATEMENT_TIMEOUT: Duration = Duration::from_secs(60);
/// `lock_timeout` of inspected sessions unless configured: a lock held longer is reported.
pub const DEFAULT_LOCK_TIMEOUT: Duration = Duration::from_secs(10);
/// Without `socket_timeout`, how much longer than the statement timeout the client waits
/// for a silent server (the server's own timeout should have answered by then).
pub const SOCKET_TIMEOUT_GRACE: Duration = Duration::from_secs(10);

/// What a session is for, which decides what [`connect`](super::connect()) forces on it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SessionKind {
    /// A database we inspect and do not trust: every URL a person gives. Settings pinned as
    /// the module documentation describes.
    #[default]
    Inspect,
    /// A scratch database we created ourselves on a server we started (a shadow database):
    /// the server's defaults, so that migrations run as `prisma migrate deploy` runs them.
    /// Only the configured timeouts apply.
    Scratch,
}

/// Starts the read-only transaction every read of ours runs in — one snapshot, no writes
/// (`REPEATABLE READ` explicitly, so a database's `default_transaction_isolation` and
/// `default_transaction_deferrable` cannot make it wait) — and pins, for the transaction,
/// `search_path` to `pg_catalog, pg_temp`, `role` to the logged-in role and `row_security`
/// off, which also covers sessions that could not get startup options (PgBouncer).
/// Everything in it is schema-qualified, so it is safe under any `search_path`.
pub const START_READ_ONLY: &str = "START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY; \
     SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true), \
            pg_catalog.set_config('role', 'none', true), \
            pg_catalog.set_config('row_security', 'off', true)";

/// Runs [`START_READ_ONLY`].
pub async fn start_read_only(client: &Client) -> Result<(), tokio_postgres::Error> {
    client.batch_execute(START_READ_ONLY).await
}

/// Escapes one command-line option for the startup packet, where PostgreSQL splits options on
/// white space unless a backslash escapes it.
fn option_word(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\\' || c.is_whitespace() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Milliseconds, PostgreSQL's unit for both timeouts; `0` disables them.
fn millis(duration: Option<Duration>) -> u128 {
    duration.map_or(0, |d| d.as_millis().max(1))
}

/// The `options` startup parameter for `config`: the forced settings, then the URL's own
/// `options`. `None` when there is nothing to send, and through PgBouncer (which rejects the
/// parameter) only the URL's own.
pub fn startup_options(config: &ConnConfig) -> Option<String> {
    if config.pgbouncer {
        return config.options.clone();
    }
    let mut out = String::new();
    if config.kind == SessionKind::Inspect {
        let _ = write!(
            out,
            "-c search_path={} -c role=none -c row_security=off -c standard_conforming_strings=on ",
            option_word(&quote_ident_always(&config.schema))
        );
    }
    if config.kind == SessionKind::Inspect || config.statement_timeout.is_some() {
        let _ = write!(
            out,
            "-c statement_timeout={} ",
            millis(config.statement_timeout)
        );
    }
    if config.kind == SessionKind::Inspect || config.lock_timeout.is_some() {
        let _ = write!(out, "-c lock_timeout={} ", millis(config.lock_timeout));
    }
    if let Some(options) = &config.options {
        out.push_str(options);
    }
    let out = out.trim_end().to_string();
    (!out.is_empty()).then_some(out)
}

/// A `-c name=value` (or `--name=value`) setting in an `options` string, as PostgreSQL splits
/// it; the last one wins.
pub fn option_setting(options: &str, name: &str) -> Option<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut escaped = false;
    for c in options.chars() {
        match c {
            _ if escaped => {
                word.push(c);
                escaped = false;
            }
            '\\' => escaped = true,
            c if c.is_whitespace() => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut found = None;
    let mut iter = words.iter();
    while let Some(word) = iter.next() {
        let setting = if word == "-c" {
            iter.next().map(String::as_str)
        } else {
            word.strip_prefix("-c")
                .filter(|s| !s.is_empty())
                .or_else(|| word.strip_prefix("--"))
        };
        if let Some((key, value)) = setting.and_then(|s| s.split_once('=')) {
            if key.replace('-', "_").eq_ignore_ascii_case(name) {
                found = Some(value.to_string());
            }
        }
    }
    found
}

/// A duration setting as PostgreSQL reads it: a number with an optional unit (`us`, `ms`,
/// `s`, `min`, `h`, `d`; none means milliseconds). `None` when it does not parse.
pub fn parse_pg_duration(value: &str) -> Option<Duration> {
    let value = value.trim().trim_matches('\'');
    let split = value
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(value.len());
    let (number, unit) = value.split_at(split);
    let number: f64 = number.parse().ok()?;
    let millis_per_unit = match unit.trim() {
        "" | "ms" => 1.0,
        "us" => 0.001,
        "s" => 1_000.0,
        "min" => 60_000.0,
        "h" => 3_600_000.0,
        "d" => 86_400_000.0,
        _ => return None,
    };
    Some(Duration::from_secs_f64(number * millis_per_unit / 1000.0))
}

/// The statement timeout meant for a session of `config`: the URL's `options` if they set one,
/// else the configured one (`None`: no limit). Through PgBouncer the server is not told, but
/// the client's deadline ([`socket_deadline`]) still follows it.
pub fn effective_statement_timeout(config: &ConnConfig) -> Option<Duration> {
    match config
        .options
        .as_deref()
        .and_then(|o| option_setting(o, "statement_timeout"))
    {
        Some(value) => parse_pg_duration(&value).filter(|d| !d.is_zero()),
        None => config.statement_timeout,
    }
}

/// How long the client waits for a silent server while a query runs: `socket_timeout` when
/// the URL has it, else the statement timeout plus [`SOCKET_TIMEOUT_GRACE`] for inspected
/// sessions, else no limit.
pub fn socket_deadline(config: &ConnConfig) -> Option<Duration> {
    if config.socket_timeout.is_some() {
        return config.socket_timeout;
    }
    match config.kind {
        SessionKind::Inspect => {
            effective_statement_timeout(config).map(|t| t + SOCKET_TIMEOUT_GRACE)
        }
        SessionKind::Scratch => None,
    }
}

/// After a lock timeout, tries again to take the lock a read needs on `relations` (names
/// spelled for SQL), this time without waiting, [`LOCK_PROBE_BATCH`] relations a transaction,
/// each rolled back (so no more locks are held at once than a batch: thousands of tables would
/// exhaust the server's lock table). When one is still locked, PostgreSQL's error says which
/// ("could not obtain lock on relation …"), which the lock timeout's does not; that error is
/// returned. `None` when every lock can be had now (the other session has let go).
pub async fn locked_relation_error(
    client: &Client,
    relations: &[String],
) -> Option<tokio_postgres::Error> {
    for batch in relations.chunks(LOCK_PROBE_BATCH) {
        let sql = format!(
            "{START_READ_ONLY}; LOCK TABLE {} IN ACCESS SHARE MODE NOWAIT",
            batch.join(", ")
        );
        let result = client.batch_execute(&sql).await;
        let _ = client.batch_execute("ROLLBACK").await;
        if let Err(error) = result {
            return (error.code() == Some(&tokio_postgres::error::SqlState::LOCK_NOT_AVAILABLE))
                .then_some(error);
        }
    }
    None
}

/// Relations locked per transaction by [`locked_relation_error`].
pub const LOCK_PROBE_BATCH: usize = 100;

/// A lock another session holds on a relation we needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockHolder {
    /// `schema.name` of the relation.
    pub relation: String,
    /// The lock mode, e.g. `AccessExclusiveLock`.
    pub mode: String,
    /// The holding backend's process id.
    pub pid: i32,
    /// Its `application_name`, when it set one.
    pub application: Option<String>,
}

impl std::fmt::Display for LockHolder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} ({} held by process {}",
            self.relation, self.mode, self.pid
        )?;
        if let Some(app) = self.application.as_deref().filter(|a| !a.is_empty()) {
            write!(f, ", application {app:?}")?;
        }
        f.write_str(")")
    }
}

/// Locks other sessions hold, granted, on relations of `namespaces` (all of them, or only
/// `relation` when given) in a mode that blocks reading (`AccessExclusiveLock`). Run it after
/// a lock timeout, outside the failed transaction, to say who is in the way.
pub async fn lock_holders(
    client: &Client,
    namespaces: &[String],
    relation: Option<&str>,
) -> Result<Vec<LockHolder>, tokio_postgres::Error> {
    // Qualified throughout: the session's search_path may be anything.
    let rows = client
        .query(
            "SELECT n.nspname::pg_catalog.text AS schema, c.relname::pg_catalog.text AS name,
                    l.mode, l.pid, a.application_name
             FROM pg_catalog.pg_locks l
             JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) l.relation
             JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace
             LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid OPERATOR(pg_catalog.=) l.pid
             WHERE l.granted
               AND l.mode OPERATOR(pg_catalog.=) 'AccessExclusiveLock'
               AND l.pid OPERATOR(pg_catalog.<>) pg_catalog.pg_backend_pid()
               AND n.nspname OPERATOR(pg_catalog.=) ANY ($1::pg_catalog.text[])
               AND ($2::pg_catalog.text IS NULL OR c.relname OPERATOR(pg_catalog.=) $2::pg_catalog.text)
             ORDER BY 1, 2, 4",
            &[&namespaces, &relation],
        )
        .await?;
    Ok(rows
        .iter()
        .map(|row| LockHolder {
            relation: crate::sql::Style::MESSAGE
                .qualified(row.get::<_, &str>(0), row.get::<_, &str>(1)),
            mode: row.get(2),
            pid: row.get(3),
            application: row.get(4),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inspected_sessions_pin_what_a_database_owner_could_set() {
        let mut config = ConnConfig::parse("postgresql://u@h/db?schema=My%20Shop").unwrap();
        assert_eq!(
            startup_options(&config).unwrap(),
            "-c search_path=\"My\\ Shop\" -c role=none -c row_security=off \
             -c standard_conforming_strings=on -c statement_timeout=60000 -c lock_timeout=10000"
        );
        // The URL's own options come last, so they win.
        config.options = Some("-c statement_timeout=5s".into());
        assert!(startup_options(&config)
            .unwrap()
            .ends_with("-c lock_timeout=10000 -c statement_timeout=5s"));
        assert_eq!(
            effective_statement_timeout(&config),
            Some(Duration::from_secs(5))
        );
        assert_eq!(socket_deadline(&config), Some(Duration::from_secs(15)));
        config.socket_timeout = Some(Duration::from_secs(2));
        assert_eq!(socket_deadline(&config), Some(Duration::from_secs(2)));
        config.pgbouncer = true;
        assert_eq!(
            startup_options(&config).as_deref(),
            Some("-c statement_timeout=5s")
        );
    }

    #[test]
    fn scratch_sessions_keep_the_server_defaults() {
        let mut config = ConnConfig::parse("postgresql://u@h/db").unwrap();
        config.kind = SessionKind::Scratch;
        config.statement_timeout = None;
        config.lock_timeout = None;
        assert_eq!(startup_options(&config), None);
        assert_eq!(socket_deadline(&config), None);
    }

    #[test]
    fn options_are_read_as_postgresql_splits_them() {
        let options = "-c a=1 -cstatement_timeout=2s --lock-timeout=3min -c x=y\\ z";
        assert_eq!(
            option_setting(options, "statement_timeout").as_deref(),
            Some("2s")
        );
        assert_eq!(
            option_setting(options, "lock_timeout").as_deref(),
            Some("3min")
        );
        assert_eq!(option_setting(options, "x").as_deref(), Some("y z"));
        assert_eq!(option_setting(options, "missing"), None);
        assert_eq!(parse_pg_duration("1500"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_pg_duration("2 s"), Some(Duration::from_secs(2)));
        assert_eq!(parse_pg_duration("1h"), Some(Duration::from_secs(3600)));
        assert_eq!(parse_pg_duration("soon"), None);
    }
}
