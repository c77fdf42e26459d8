//! Shared harness for tests that need PostgreSQL. Use it with `mod support;`.
//!
//! * [`test_server`] — the server for this test binary, made once: the one named by
//!   `PRISMA_DRIFT_TEST_URL` when that is set, else an ephemeral server from
//!   `prisma_drift::pg::EphemeralServer`. When neither can be had it panics saying what to
//!   install: database tests never pass silently.
//! * [`scratch_database`] — a fresh, uniquely named database on that server, dropped
//!   (`WITH (FORCE)`) when the returned [`ScratchDb`] is dropped. Safe under parallel tests.
//! * [`RoleGuard`] — drops a login role a test created, also when the test panics.
//! * [`unique_name`] — a lower-case name no other test or test process uses.
//! * [`many_tables_sql`] — DDL for many related tables, for tests about scale.
//! * [`cli`] — running the built binary, and the snapshot settings.
//! * [`fixtures`] — fixture folders, one case each.
//! * [`proxy::CountingProxy`] — a TCP proxy in front of the server that counts the protocol
//!   messages clients send.
//!
//! ```ignore
//! mod support;
//!
//! #[tokio::test]
//! async fn finds_the_table() {
//!     let db = support::scratch_database("finds_table").await;
//!     let client = db.client().await;
//!     client.batch_execute("CREATE TABLE t (id int)").await.unwrap();
//!     // ... run the code under test against db.config() ...
//! }
//! ```
#![allow(dead_code)]

pub mod cli;
pub mod fixtures;
pub mod proxy;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use prisma_drift::pg::{connect, ConnConfig, EphemeralServer};

/// Environment variable naming an existing server for the tests (a superuser URL).
pub const TEST_URL_ENV: &str = "PRISMA_DRIFT_TEST_URL";

/// The PostgreSQL server the tests of this binary share.
pub struct TestServer {
    config: ConnConfig,
    /// Kept alive for the whole run; the launcher's watchdog stops it when the process exits.
    ephemeral: Option<EphemeralServer>,
}

impl TestServer {
    /// Superuser configuration for the server's `postgres` database.
    pub fn config(&self) -> &ConnConfig {
        &self.config
    }

    /// The ephemeral server, when that is what the tests use.
    pub fn ephemeral(&self) -> Option<&EphemeralServer> {
        self.ephemeral.as_ref()
    }

    /// Where the server came from, for messages.
    pub fn describe(&self) -> String {
        match &self.ephemeral {
            Some(s) => format!(
                "ephemeral PostgreSQL {} in {}",
                s.binaries().version,
                s.socket_dir().display()
            ),
            None => format!("{TEST_URL_ENV} ({})", self.config),
        }
    }
}

/// The shared server, started on first use.
pub fn test_server() -> &'static TestServer {
    static SERVER: OnceLock<TestServer> = OnceLock::new();
    SERVER.get_or_init(|| {
        if let Some(url) = std::env::var(TEST_URL_ENV)
            .ok()
            .filter(|u| !u.trim().is_empty())
        {
            let config = ConnConfig::parse(&url)
                .unwrap_or_else(|e| panic!("{TEST_URL_ENV} is not usable: {e}"));
            return TestServer {
                config,
                ephemeral: None,
            };
        }
        match EphemeralServer::start() {
            Ok(server) => {
                expect_major(&server.binaries().version.major());
                TestServer {
                    config: server.config(),
                    ephemeral: Some(server),
                }
            }
            Err(e) => panic!(
                "database tests need PostgreSQL: set {TEST_URL_ENV} to a superuser URL \
                 (e.g. postgresql://postgres@127.0.0.1:5432/postgres), or install the PostgreSQL \
                 server binaries so an ephemeral server can be started \
                 (Debian/Ubuntu: apt-get install postgresql). Launcher said: {e}"
            ),
        }
    })
}

/// Environment variable the CI matrix sets to the major it means to test, so that a
/// server of another major (binaries found elsewhere) fails instead of passing for it.
pub const EXPECT_MAJOR_ENV: &str = "PRISMA_DRIFT_EXPECT_MAJOR";

fn expect_major(major: &str) {
    if let Some(expected) = std::env::var(EXPECT_MAJOR_ENV)
        .ok()
        .filter(|m| !m.is_empty())
    {
        assert_eq!(
            major, expected,
            "{EXPECT_MAJOR_ENV}={expected}, but the ephemeral server is PostgreSQL {major}"
        );
    }
}

/// The server's major version (`server_version_num / 10000`: 13 for 13.x).
pub async fn server_major(client: &tokio_postgres::Client) -> u32 {
    let row = client
        .query_one("SELECT current_setting('server_version_num')::int", &[])
        .await
        .unwrap();
    u32::try_from(row.get::<_, i32>(0) / 10_000).unwrap()
}

/// A database made for one test and dropped with it.
pub struct ScratchDb {
    name: String,
    config: ConnConfig,
    admin: ConnConfig,
}

impl ScratchDb {
    /// The database name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Configuration reaching this database as the test superuser.
    pub fn config(&self) -> &ConnConfig {
        &self.config
    }

    /// Full URL (password included) of this database, e.g. for a subprocess.
    pub fn url(&self) -> String {
        self.config.url_with_password()
    }

    /// A connected client; its connection task runs on the current runtime.
    pub async fn client(&self) -> tokio_postgres::Client {
        let (client, _task) = connect(&self.config)
            .await
            .unwrap_or_else(|e| panic!("cannot connect to scratch database {}: {e}", self.name));
        client
    }
}

impl Drop for ScratchDb {
    fn drop(&mut self) {
        let sql = format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name);
        // On a multi-threaded runtime, hand this worker's queued tasks to another
        // first: a connection task waiting there would stop reading, its backend
        // would block writing to it, and DROP DATABASE (which waits for every
        // backend to absorb a signal barrier) would wait forever.
        let multi_threaded = tokio::runtime::Handle::try_current()
            .is_ok_and(|h| h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread);
        let dropped = if multi_threaded {
            tokio::task::block_in_place(|| run_admin(&self.admin, sql))
        } else {
            run_admin(&self.admin, sql)
        };
        if let Err(e) = dropped {
            eprintln!(
                "warning: could not drop scratch database {}: {e}",
                self.name
            );
        }
    }
}

/// Runs `sql` as `admin` on a thread with its own runtime: `Drop` cannot await, and runs
/// outside or inside a runtime.
fn run_admin(admin: &ConnConfig, sql: String) -> Result<(), String> {
    let admin = admin.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        rt.block_on(async {
            let (client, _task) = connect(&admin).await.map_err(|e| e.to_string())?;
            client.batch_execute(&sql).await.map_err(|e| e.to_string())
        })
    })
    .join()
    .unwrap_or_else(|_| Err("the cleanup thread panicked".into()))
}

/// `<prefix>_<pid>_<counter>_<time>`: lower case, the prefix cut to 30 characters with
/// anything but ASCII letters and digits made `_`, at most 63 bytes. Unique across the tests
/// and test processes sharing a server.
pub fn unique_name(prefix: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let clean: String = prefix
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .take(30)
        .collect();
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "{clean}_{}_{}_{nanos:x}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// Creates a database named by [`unique_name`].
pub async fn scratch_database(prefix: &str) -> ScratchDb {
    let server = test_server();
    let name = unique_name(prefix);
    let admin = server.config().clone();
    let (client, _task) = connect(&admin)
        .await
        .unwrap_or_else(|e| panic!("cannot connect to {}: {e}", server.describe()));
    client
        .batch_execute(&format!("CREATE DATABASE \"{name}\""))
        .await
        .unwrap_or_else(|e| panic!("cannot create scratch database {name}: {e}"));
    ScratchDb {
        config: admin.with_database(&name),
        name,
        admin,
    }
}

/// A login role a test creates (with whatever grants it needs), dropped on the test server
/// when the guard is dropped, also when the test panics. Roles belong to the whole server:
/// name it with [`unique_name`], and declare the guard before the [`ScratchDb`]s the role has
/// privileges in, so that they are dropped first.
pub struct RoleGuard {
    name: String,
}

impl RoleGuard {
    /// Guards role `name` (which the test then creates).
    pub fn new(name: String) -> RoleGuard {
        RoleGuard { name }
    }

    /// The role name.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for RoleGuard {
    fn drop(&mut self) {
        if let Err(e) = run_admin(
            test_server().config(),
            format!("DROP ROLE IF EXISTS \"{}\"", self.name),
        ) {
            eprintln!("warning: could not drop role {}: {e}", self.name);
        }
    }
}

/// DDL for `n` tables `t1..tn`, each with a serial primary key, a default, a foreign key to
/// the previous table and an index. Several transactions, so that the lock table does not
/// overflow.
pub fn many_tables_sql(n: usize) -> String {
    let mut sql = String::new();
    let mut start = 1;
    while start <= n {
        let end = (start + 499).min(n);
        sql.push_str(&format!(
            "DO $$ BEGIN FOR i IN {start}..{end} LOOP
               EXECUTE format('CREATE TABLE %I (id serial PRIMARY KEY, name text NOT NULL DEFAULT %L,
                   created timestamptz NOT NULL DEFAULT now(), parent integer REFERENCES %I(id))',
                   't' || i, 'x', 't' || greatest(i - 1, 1));
               EXECUTE format('CREATE INDEX %I ON %I (name, created DESC)', 't' || i || '_name_idx', 't' || i);
             END LOOP; END $$;\n"
        ));
        start = end + 1;
    }
    sql
}
