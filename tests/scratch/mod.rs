//! Scratch databases and roles for database tests, and a counting wire proxy.
//!
//! A small local helper until the shared harness in `tests/support/` lands.
//! The server is `PRISMA_DRIFT_TEST_URL`, or the local default; when it cannot
//! be reached the tests fail saying so, never pass silently.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_postgres::config::Host;
use tokio_postgres::{Client, Config, NoTls};

pub const DEFAULT_URL: &str = "postgresql://postgres@127.0.0.1:5432/postgres";

/// The server's connection settings (database: the maintenance one).
pub fn base_config() -> Config {
    let url = std::env::var("PRISMA_DRIFT_TEST_URL").unwrap_or_else(|_| DEFAULT_URL.to_string());
    url.parse()
        .unwrap_or_else(|e| panic!("PRISMA_DRIFT_TEST_URL is not a PostgreSQL URL ({url}): {e}"))
}

pub async fn connect(config: &Config) -> Client {
    let (client, connection) = config.connect(NoTls).await.unwrap_or_else(|e| {
        panic!(
            "cannot connect to PostgreSQL ({e}). Database tests need a server: set \
             PRISMA_DRIFT_TEST_URL (default {DEFAULT_URL}) to one where the user may create \
             databases and roles"
        )
    });
    tokio::spawn(async move {
        let _ = connection.await;
    });
    client
}

/// A lower-case name no other test (or test process) uses.
pub fn unique_name(tag: &str) -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!(
        "pd_{tag}_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// A database created for one test and dropped (`WITH (FORCE)`) when dropped,
/// also when the test panics.
pub struct ScratchDb {
    pub name: String,
    base: Config,
}

impl ScratchDb {
    pub async fn create(tag: &str) -> ScratchDb {
        let base = base_config();
        let name = unique_name(tag);
        connect(&base)
            .await
            .batch_execute(&format!("CREATE DATABASE \"{name}\""))
            .await
            .unwrap_or_else(|e| panic!("cannot create scratch database {name}: {e}"));
        ScratchDb { name, base }
    }

    pub fn config(&self) -> Config {
        let mut config = self.base.clone();
        config.dbname(&self.name);
        config
    }

    pub async fn client(&self) -> Client {
        connect(&self.config()).await
    }
}

impl Drop for ScratchDb {
    fn drop(&mut self) {
        run_admin(
            self.base.clone(),
            format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name),
        );
    }
}

/// A login role dropped when dropped (declare it before the databases it is
/// granted on, so that they go first).
pub struct RoleGuard {
    pub name: String,
}

impl RoleGuard {
    pub fn new(name: String) -> RoleGuard {
        RoleGuard { name }
    }
}

impl Drop for RoleGuard {
    fn drop(&mut self) {
        run_admin(
            base_config(),
            format!("DROP ROLE IF EXISTS \"{}\"", self.name),
        );
    }
}

/// Runs one statement on its own thread and runtime: `Drop` cannot await, and
/// may run inside the test's runtime.
fn run_admin(config: Config, sql: String) {
    let outcome = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        runtime.block_on(async {
            let (client, connection) = config.connect(NoTls).await.map_err(|e| e.to_string())?;
            tokio::spawn(async move {
                let _ = connection.await;
            });
            client.batch_execute(&sql).await.map_err(|e| e.to_string())
        })
    })
    .join();
    if let Ok(Err(e)) = outcome {
        eprintln!("cleanup failed: {e}");
    }
}

/// DDL for `n` tables `t1..tn`, each with a serial primary key, a default, a
/// foreign key to the previous table and an index. Several transactions, so
/// that the lock table does not overflow.
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

/// What a [`CountingProxy`] saw clients send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WireCounts {
    /// Simple-protocol `Query` messages (each may hold several statements).
    pub simple_queries: usize,
    /// Extended-protocol `Parse` messages (statement preparations).
    pub parses: usize,
    /// Extended-protocol `Execute` messages (statement executions).
    pub executes: usize,
    /// `Sync` messages: one per extended-protocol round trip.
    pub syncs: usize,
}

/// A TCP proxy in front of the test server that counts the protocol messages
/// clients send, so a test can see what really goes over the wire.
pub struct CountingProxy {
    addr: SocketAddr,
    counters: Arc<[AtomicUsize; 4]>,
    task: tokio::task::JoinHandle<()>,
}

impl CountingProxy {
    pub async fn start() -> CountingProxy {
        let upstream = base_config();
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("proxy binds");
        let addr = listener.local_addr().unwrap();
        let counters: Arc<[AtomicUsize; 4]> = Arc::new(Default::default());
        let shared = counters.clone();
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let counters = shared.clone();
                let upstream = upstream.clone();
                tokio::spawn(async move {
                    let host = upstream.get_hosts().first().cloned();
                    let port = upstream.get_ports().first().copied().unwrap_or(5432);
                    match host {
                        Some(Host::Tcp(host)) => {
                            if let Ok(server) = TcpStream::connect((host.as_str(), port)).await {
                                pump(client, server, counters).await;
                            }
                        }
                        #[cfg(unix)]
                        Some(Host::Unix(dir)) => {
                            let socket = dir.join(format!(".s.PGSQL.{port}"));
                            if let Ok(server) = tokio::net::UnixStream::connect(socket).await {
                                pump(client, server, counters).await;
                            }
                        }
                        _ => {}
                    }
                });
            }
        });
        CountingProxy {
            addr,
            counters,
            task,
        }
    }

    /// Connection settings for `db`, through the proxy.
    pub fn config_for(&self, db: &ScratchDb) -> Config {
        // `Config::host` adds to the host list, so start from a fresh config.
        let base = db.config();
        let mut config = Config::new();
        config
            .host("127.0.0.1")
            .port(self.addr.port())
            .dbname(&db.name);
        if let Some(user) = base.get_user() {
            config.user(user);
        }
        if let Some(password) = base.get_password() {
            config.password(password);
        }
        config
    }

    pub fn reset(&self) {
        for counter in self.counters.iter() {
            counter.store(0, Ordering::SeqCst);
        }
    }

    pub fn counts(&self) -> WireCounts {
        let c = |i: usize| self.counters[i].load(Ordering::SeqCst);
        WireCounts {
            simple_queries: c(0),
            parses: c(1),
            executes: c(2),
            syncs: c(3),
        }
    }
}

impl Drop for CountingProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn pump<S>(client: TcpStream, server: S, counters: Arc<[AtomicUsize; 4]>)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = tokio::io::split(server);
    let to_client = tokio::spawn(async move {
        let _ = tokio::io::copy(&mut server_read, &mut client_write).await;
    });
    let _ = forward_counting(&mut client_read, &mut server_write, &counters).await;
    to_client.abort();
}

/// Forwards frontend messages, counting them by type.
async fn forward_counting<R, W>(
    from: &mut R,
    to: &mut W,
    counters: &[AtomicUsize; 4],
) -> std::io::Result<()>
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    // Untyped startup packets first (SSLRequest / GSSENCRequest may precede the
    // real startup message).
    loop {
        let len = from.read_u32().await?;
        let mut body = vec![0; (len as usize).saturating_sub(4)];
        from.read_exact(&mut body).await?;
        to.write_u32(len).await?;
        to.write_all(&body).await?;
        let code = body
            .get(..4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]));
        if !matches!(code, Some(80877103) | Some(80877104)) {
            break;
        }
    }
    loop {
        let kind = from.read_u8().await?;
        let len = from.read_u32().await?;
        let mut body = vec![0; (len as usize).saturating_sub(4)];
        from.read_exact(&mut body).await?;
        let slot = match kind {
            b'Q' => Some(0),
            b'P' => Some(1),
            b'E' => Some(2),
            b'S' => Some(3),
            _ => None,
        };
        if let Some(slot) = slot {
            counters[slot].fetch_add(1, Ordering::SeqCst);
        }
        to.write_u8(kind).await?;
        to.write_u32(len).await?;
        to.write_all(&body).await?;
        to.flush().await?;
    }
}
