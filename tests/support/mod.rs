//! Shared harness for tests that need PostgreSQL. Use it with `mod support;`.
//!
//! * [`test_server`] — the server for this test binary, made once: the one named by
//!   `PRISMA_DRIFT_TEST_URL` when that is set, else an ephemeral server from
//!   `prisma_drift::pg::EphemeralServer`. When neither can be had it panics saying what to
//!   install: database tests never pass silently.
//! * [`scratch_database`] — a fresh, uniquely named database on that server, dropped
//!   (`WITH (FORCE)`) when the returned [`ScratchDb`] is dropped. Safe under parallel tests.
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
            Ok(server) => TestServer {
                config: server.config(),
                ephemeral: Some(server),
            },
            Err(e) => panic!(
                "database tests need PostgreSQL: set {TEST_URL_ENV} to a superuser URL \
                 (e.g. postgresql://postgres@127.0.0.1:5432/postgres), or install the PostgreSQL \
                 server binaries so an ephemeral server can be started \
                 (Debian/Ubuntu: apt-get install postgresql). Launcher said: {e}"
            ),
        }
    })
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
        // Drop runs outside or inside a runtime; a thread with its own runtime works in both.
        let (admin, name) = (self.admin.clone(), self.name.clone());
        let dropped = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| e.to_string())?;
            rt.block_on(async {
                let (client, _task) = connect(&admin).await.map_err(|e| e.to_string())?;
                client
                    .batch_execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                    .await
                    .map_err(|e| e.to_string())
            })
        })
        .join();
        if let Ok(Err(e)) = dropped {
            eprintln!(
                "warning: could not drop scratch database {}: {e}",
                self.name
            );
        }
    }
}

/// Creates a database named `<prefix>_<pid>_<counter>_<time>` (lowercase, at most 63 bytes).
pub async fn scratch_database(prefix: &str) -> ScratchDb {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let server = test_server();
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
    let name = format!(
        "{clean}_{}_{}_{nanos:x}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
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
