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
/// What a session is for, which decides what [`connect`](super::connect) forces on it.
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
    }
}
