//! A TCP proxy in front of the test server that counts the protocol messages clients send,
//! so a test can see what really goes over the wire; or, started with
//! [`CountingProxy::start_stalling`], one that lets clients log in and then forwards nothing
//! more, as a hung server or a dead network path does.
//!
//! Clients reach the proxy over TCP on 127.0.0.1; the proxy reaches the server however
//! [`test_server`](super::test_server) does: over TCP for `PRISMA_DRIFT_TEST_URL`, over the
//! unix socket for the ephemeral server. Connections through it are plain text (the proxy
//! reads the messages), so a server that insists on TLS cannot be used this way.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use prisma_drift::pg::{ConnConfig, Host, SslMode};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::{test_server, ScratchDb};

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

/// Counts messages of every connection made through it; stops when dropped.
pub struct CountingProxy {
    addr: SocketAddr,
    counters: Arc<[AtomicUsize; 4]>,
    task: tokio::task::JoinHandle<()>,
}

impl CountingProxy {
    /// Listens on 127.0.0.1 at a free port, forwarding to the test server. The accepting task
    /// runs on the current runtime.
    pub async fn start() -> CountingProxy {
        Self::listen(false).await
    }

    /// Like [`start`](Self::start), but each connection stalls once the server has said it is
    /// ready for the first query (login complete): from then on nothing is forwarded either
    /// way and the sockets stay open.
    pub async fn start_stalling() -> CountingProxy {
        Self::listen(true).await
    }

    async fn listen(stall: bool) -> CountingProxy {
        let upstream = test_server().config().clone();
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("the proxy binds a port on 127.0.0.1");
        let addr = listener.local_addr().expect("the proxy has an address");
        let counters: Arc<[AtomicUsize; 4]> = Arc::new(Default::default());
        let shared = counters.clone();
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let counters = shared.clone();
                let upstream = upstream.clone();
                tokio::spawn(async move {
                    match &upstream.host {
                        Host::Tcp(host) => {
                            if let Ok(server) =
                                TcpStream::connect((host.as_str(), upstream.port)).await
                            {
                                pump(client, server, counters, stall).await;
                            }
                        }
                        Host::Socket(dir) => {
                            let socket = dir.join(format!(".s.PGSQL.{}", upstream.port));
                            if let Ok(server) = tokio::net::UnixStream::connect(socket).await {
                                pump(client, server, counters, stall).await;
                            }
                        }
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

    /// Connection settings for `db` through the proxy: same user, password and database,
    /// TCP to the proxy, no TLS.
    pub fn config_for(&self, db: &ScratchDb) -> ConnConfig {
        let mut config = db.config().clone();
        config.host = Host::Tcp("127.0.0.1".into());
        config.port = self.addr.port();
        config.ssl_mode = SslMode::Disable;
        config
    }

    /// Sets every count back to zero.
    pub fn reset(&self) {
        for counter in self.counters.iter() {
            counter.store(0, Ordering::SeqCst);
        }
    }

    /// The counts since the start or the last [`reset`](Self::reset).
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

async fn pump<S>(client: TcpStream, server: S, counters: Arc<[AtomicUsize; 4]>, stall: bool)
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = tokio::io::split(server);
    let stalled = Arc::new(AtomicBool::new(false));
    let set_stalled = stalled.clone();
    let to_client = tokio::spawn(async move {
        if stall {
            if forward_until_ready(&mut server_read, &mut client_write)
                .await
                .is_ok()
            {
                set_stalled.store(true, Ordering::SeqCst);
            }
            // Hold both sockets open, forwarding nothing, until the client gives up.
            std::future::pending::<()>().await;
        }
        let _ = tokio::io::copy(&mut server_read, &mut client_write).await;
    });
    let _ = forward_counting(&mut client_read, &mut server_write, &counters, &stalled).await;
    to_client.abort();
}

/// Forwards backend messages up to and including the first ReadyForQuery (the end of login).
async fn forward_until_ready<R, W>(from: &mut R, to: &mut W) -> std::io::Result<()>
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    loop {
        let kind = from.read_u8().await?;
        let len = from.read_u32().await?;
        let mut body = vec![0; (len as usize).saturating_sub(4)];
        from.read_exact(&mut body).await?;
        to.write_u8(kind).await?;
        to.write_u32(len).await?;
        to.write_all(&body).await?;
        to.flush().await?;
        if kind == b'Z' {
            return Ok(());
        }
    }
}

/// Forwards frontend messages, counting them by type; once `stalled`, reads and drops them.
async fn forward_counting<R, W>(
    from: &mut R,
    to: &mut W,
    counters: &[AtomicUsize; 4],
    stalled: &AtomicBool,
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
        if stalled.load(Ordering::SeqCst) {
            continue;
        }
        to.write_u8(kind).await?;
        to.write_u32(len).await?;
        to.write_all(&body).await?;
        to.flush().await?;
    }
}
