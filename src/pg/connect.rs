//! Opening a connection from a [`ConnConfig`], with errors a person can act on.
//!
//! The socket is opened here rather than by tokio-postgres so that the client-side deadline
//! (the `watchdog` module) sits under the protocol; the session settings of
//! [`super::guard`] travel in the startup packet.

use std::error::Error as _;
use std::future::Future;
use std::io;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpStream, UnixStream};
use tokio::task::JoinHandle;
use tokio_postgres::error::SqlState;
use tokio_postgres::tls::{MakeTlsConnect, TlsConnect};
use tokio_postgres::{Client, NoTls};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::config::{ConnConfig, Host, SslMode};
use super::guard;
use super::tls::{self, TlsSetupError};
use super::watchdog::Watched;

/// Why a connection could not be opened: one line, never containing the password.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConnectError {
    /// Nothing listens at the address.
    #[error("cannot connect to PostgreSQL at {target}: connection refused")]
    Refused {
        /// `host:port` or the socket file.
        target: String,
    },
    /// The unix socket file does not exist.
    #[error("cannot connect to PostgreSQL at {target}: no such socket (is the server running?)")]
    NoSocket {
        /// The socket file.
        target: String,
    },
    /// The host name does not resolve.
    #[error("cannot resolve host \"{host}\": {reason}")]
    Dns {
        /// The host name.
        host: String,
        /// The resolver's answer.
        reason: String,
    },
    /// No answer within `connect_timeout`.
    #[error("cannot connect to PostgreSQL at {target}: timed out after {seconds}s")]
    Timeout {
        /// `host:port` or the socket file.
        target: String,
        /// The limit that ran out.
        seconds: u64,
    },
    /// Another network error (unreachable network, reset, permission on the socket…).
    #[error("cannot connect to PostgreSQL at {target}: {reason}")]
    Io {
        /// `host:port` or the socket file.
        target: String,
        /// The system's description.
        reason: String,
    },
    /// The server rejected the password (SQLSTATE 28P01).
    #[error("password authentication failed for user \"{user}\"")]
    PasswordFailed {
        /// The role.
        user: String,
    },
    /// The server asks for a password and the URL has none.
    #[error("the server requires a password for user \"{user}\" and the URL has none")]
    PasswordMissing {
        /// The role.
        user: String,
    },
    /// The role does not exist.
    #[error("role \"{user}\" does not exist")]
    RoleMissing {
        /// The role.
        user: String,
    },
    /// The database does not exist (SQLSTATE 3D000).
    #[error("database \"{database}\" does not exist")]
    DatabaseMissing {
        /// The database.
        database: String,
    },
    /// `pg_hba.conf` has no entry for an unencrypted connection: the server wants TLS.
    #[error("{message} (the server requires TLS: use sslmode=require)")]
    TlsRequired {
        /// The server's message.
        message: String,
    },
    /// The server does not speak TLS but the URL demands it.
    #[error("PostgreSQL at {target} does not support TLS, but sslmode={mode} requires it")]
    TlsUnsupported {
        /// `host:port`.
        target: String,
        /// The URL's `sslmode`.
        mode: &'static str,
    },
    /// The TLS handshake failed (untrusted certificate, wrong host name…).
    #[error("TLS handshake with {target} failed: {reason}")]
    Tls {
        /// `host:port`.
        target: String,
        /// What went wrong.
        reason: String,
    },
    /// A certificate file named in the URL cannot be used.
    #[error("cannot use certificate {path}: {reason}")]
    Certificate {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
    /// Authentication rejected for another reason, or `CONNECT` privilege missing.
    #[error("permission denied: {message}")]
    PermissionDenied {
        /// The server's message.
        message: String,
    },
    /// Any other refusal by the server (too many connections, starting up…).
    #[error("PostgreSQL at {target} rejected the connection: {message}")]
    Rejected {
        /// `host:port` or the socket file.
        target: String,
        /// The server's message (and SQLSTATE).
        message: String,
    },
    /// Failure without a better category.
    #[error("cannot connect to PostgreSQL at {target}: {message}")]
    Other {
        /// `host:port` or the socket file.
        target: String,
        /// What happened.
        message: String,
    },
}

/// Opens a connection and spawns its I/O task on the current tokio runtime.
///
/// TLS follows [`SslMode`]: `disable` is plain text; `prefer` tries TLS (no certificate
/// checks) and falls back to plain text when the server declines or the handshake fails;
/// `require`, `verify-ca` and `verify-full` insist on TLS, checking the certificate as
/// described on [`SslMode`]. Unix sockets are always plain text (PostgreSQL has no TLS there).
///
/// `connect_timeout` bounds name resolution and then each address tried, TLS and
/// authentication included. The returned task ends when the client is dropped.
///
/// Sessions start with the settings of [`guard::startup_options`] (for an inspected
/// database: pinned `search_path`, `role`, `row_security`, statement and lock timeouts), and
/// every query has the client-side deadline of [`guard::socket_deadline`]: a server that
/// stays silent that long while a query runs ends the connection, the waiting query failing
/// with SQLSTATE 08006 and a message naming `socket_timeout`.
pub async fn connect(config: &ConnConfig) -> Result<(Client, JoinHandle<()>), ConnectError> {
    let target = config.target();
    let addrs: Vec<Option<IpAddr>> = match &config.host {
        Host::Socket(_) => vec![None],
        Host::Tcp(host) => match host.parse::<IpAddr>() {
            Ok(ip) => vec![Some(ip)],
            Err(_) => resolve(host, config).await?.into_iter().map(Some).collect(),
        },
    };

    let tls_mode = match config.host {
        Host::Socket(_) => SslMode::Disable,
        Host::Tcp(_) => config.ssl_mode,
    };
    let mut last = None;
    for addr in addrs {
        let attempt = if tls_mode == SslMode::Disable {
            connect_once(config, addr, SslMode::Disable).await
        } else {
            match connect_once(config, addr, tls_mode).await {
                // libpq's `prefer` retries in plain text when the handshake fails.
                Err(ConnectError::Tls { .. }) if tls_mode == SslMode::Prefer => {
                    connect_once(config, addr, SslMode::Disable).await
                }
                other => other,
            }
        };
        match attempt {
            Ok(ok) => return Ok(ok),
            // Another address of the same host may work; server answers are final.
            Err(
                e @ (ConnectError::Refused { .. }
                | ConnectError::Timeout { .. }
                | ConnectError::Io { .. }),
            ) => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or(ConnectError::Other {
        target,
        message: "no address to connect to".into(),
    }))
}

async fn resolve(host: &str, config: &ConnConfig) -> Result<Vec<IpAddr>, ConnectError> {
    let lookup = tokio::net::lookup_host((host, config.port));
    let result = match config.connect_timeout {
        Some(limit) => {
            tokio::time::timeout(limit, lookup)
                .await
                .map_err(|_| ConnectError::Dns {
                    host: host.to_string(),
                    reason: format!("no answer within {}s", limit.as_secs()),
                })?
        }
        None => lookup.await,
    };
    let mut ips: Vec<IpAddr> = Vec::new();
    match result {
        Ok(addrs) => {
            for a in addrs.map(|a: SocketAddr| a.ip()) {
                if !ips.contains(&a) {
                    ips.push(a);
                }
            }
        }
        Err(e) => {
            return Err(ConnectError::Dns {
                host: host.to_string(),
                reason: dns_reason(&e),
            })
        }
    }
    if ips.is_empty() {
        return Err(ConnectError::Dns {
            host: host.to_string(),
            reason: "no addresses".into(),
        });
    }
    Ok(ips)
}

fn dns_reason(e: &io::Error) -> String {
    // getaddrinfo errors read "failed to lookup address information: <gai message>".
    let s = e.to_string();
    let s = s
        .strip_prefix("failed to lookup address information: ")
        .unwrap_or(&s);
    one_line(s)
}

async fn connect_once(
    config: &ConnConfig,
    addr: Option<IpAddr>,
    mode: SslMode,
) -> Result<(Client, JoinHandle<()>), ConnectError> {
    let target = match addr {
        Some(ip) if Host::Tcp(ip.to_string()) != config.host => match ip {
            IpAddr::V6(v6) => format!("{} ([{v6}]:{})", config.target(), config.port),
            IpAddr::V4(v4) => format!("{} ({v4}:{})", config.target(), config.port),
        },
        _ => config.target(),
    };

    let mut pg = tokio_postgres::Config::new();
    pg.user(&config.user).dbname(&config.database);
    if let Some(pw) = &config.password {
        pg.password(pw);
    }
    if let Some(name) = &config.application_name {
        pg.application_name(name);
    }
    if let Some(options) = guard::startup_options(config) {
        pg.options(&options);
    }
    pg.ssl_mode(match mode {
        SslMode::Disable => tokio_postgres::config::SslMode::Disable,
        SslMode::Prefer => tokio_postgres::config::SslMode::Prefer,
        _ => tokio_postgres::config::SslMode::Require,
    });
    let deadline = guard::socket_deadline(config);

    let attempt = async {
        let socket = open_socket(config, addr)
            .await
            .map_err(|e| classify_io(&e, config, target.clone()))?;
        let socket = Watched::new(socket, deadline);
        if mode == SslMode::Disable {
            let (client, conn) = pg.connect_raw(socket, NoTls).await?;
            Ok((client, spawn(conn)))
        } else {
            let tls = tls::client_config(config).map_err(|e| match e {
                TlsSetupError::Certificate { path, reason } => {
                    ConnectError::Certificate { path, reason }
                }
                TlsSetupError::NoRoots => ConnectError::Tls {
                    target: target.clone(),
                    reason: "no trusted root certificates found; pass sslrootcert".into(),
                },
                TlsSetupError::Rustls(reason) => ConnectError::Tls {
                    target: target.clone(),
                    reason,
                },
            })?;
            let name = match &config.host {
                Host::Tcp(name) => name.as_str(),
                Host::Socket(_) => "localhost",
            };
            let inner = MakeTlsConnect::<Watched<RawSocket>>::make_tls_connect(
                &mut MakeRustlsConnect::new(tls),
                name,
            )
            .map_err(|e| ConnectError::Tls {
                target: target.clone(),
                reason: one_line(&e.to_string()),
            })?;
            let connector = WatchedTls { inner, deadline };
            let (client, conn) = pg.connect_raw(socket, connector).await?;
            Ok((client, spawn(conn)))
        }
    };
    let result: Result<_, Failure> = match config.connect_timeout {
        Some(limit) => match tokio::time::timeout(limit, attempt).await {
            Ok(r) => r,
            Err(_) => {
                return Err(ConnectError::Timeout {
                    target,
                    seconds: limit.as_secs(),
                })
            }
        },
        None => attempt.await,
    };
    result.map_err(|f| match f {
        Failure::Ready(e) => e,
        Failure::Pg(e) => classify(&e, config, &target, mode),
    })
}

/// A TCP or unix-domain socket to the server.
enum RawSocket {
    Tcp(TcpStream),
    Unix(UnixStream),
}

async fn open_socket(config: &ConnConfig, addr: Option<IpAddr>) -> io::Result<RawSocket> {
    match (&config.host, addr) {
        (Host::Socket(dir), _) => {
            let path = dir.join(format!(".s.PGSQL.{}", config.port));
            Ok(RawSocket::Unix(UnixStream::connect(path).await?))
        }
        (Host::Tcp(_), Some(ip)) => {
            let stream = TcpStream::connect((ip, config.port)).await?;
            stream.set_nodelay(true)?;
            Ok(RawSocket::Tcp(stream))
        }
        (Host::Tcp(host), None) => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("no address for host {host}"),
        )),
    }
}

impl AsyncRead for RawSocket {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            RawSocket::Tcp(s) => Pin::new(s).poll_read(cx, buf),
            RawSocket::Unix(s) => Pin::new(s).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for RawSocket {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            RawSocket::Tcp(s) => Pin::new(s).poll_write(cx, data),
            RawSocket::Unix(s) => Pin::new(s).poll_write(cx, data),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            RawSocket::Tcp(s) => Pin::new(s).poll_flush(cx),
            RawSocket::Unix(s) => Pin::new(s).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            RawSocket::Tcp(s) => Pin::new(s).poll_shutdown(cx),
            RawSocket::Unix(s) => Pin::new(s).poll_shutdown(cx),
        }
    }
}

/// A TLS connector whose stream is watched: the deadline must see the protocol, which only
/// exists above TLS.
struct WatchedTls<T> {
    inner: T,
    deadline: Option<Duration>,
}

type BoxedTls<S, E> = Pin<Box<dyn Future<Output = Result<Watched<S>, E>> + Send>>;

impl<S, T> TlsConnect<S> for WatchedTls<T>
where
    T: TlsConnect<S>,
    T::Future: Send + 'static,
    T::Stream: Send + 'static,
    T::Error: 'static,
{
    type Stream = Watched<T::Stream>;
    type Error = T::Error;
    type Future = BoxedTls<T::Stream, T::Error>;

    fn connect(self, stream: S) -> Self::Future {
        let deadline = self.deadline;
        let handshake = self.inner.connect(stream);
        Box::pin(async move { handshake.await.map(|s| Watched::new(s, deadline)) })
    }
}

enum Failure {
    Ready(ConnectError),
    Pg(tokio_postgres::Error),
}

impl From<tokio_postgres::Error> for Failure {
    fn from(e: tokio_postgres::Error) -> Self {
        Failure::Pg(e)
    }
}

impl From<ConnectError> for Failure {
    fn from(e: ConnectError) -> Self {
        Failure::Ready(e)
    }
}

fn spawn<S, T>(conn: tokio_postgres::Connection<S, T>) -> JoinHandle<()>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    // Errors after the handshake surface on the client's next call as "connection closed".
    tokio::spawn(async move {
        let _ = conn.await;
    })
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn io_reason(e: &io::Error) -> String {
    // Drop the "(os error N)" tail: the text says it already.
    let s = e.to_string();
    let s = match s.rfind(" (os error ") {
        Some(i) => &s[..i],
        None => &s,
    };
    let mut s = one_line(s);
    if let Some(first) = s.get(..1) {
        let lower = first.to_lowercase();
        s.replace_range(..1, &lower);
    }
    s
}

/// Maps a tokio-postgres failure onto [`ConnectError`]. Server messages never contain the
/// password, and tokio-postgres' own messages do not either.
fn classify(
    e: &tokio_postgres::Error,
    config: &ConnConfig,
    target: &str,
    mode: SslMode,
) -> ConnectError {
    let target = target.to_string();
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        let message = one_line(db.message());
        return if *code == SqlState::INVALID_PASSWORD {
            ConnectError::PasswordFailed {
                user: config.user.clone(),
            }
        } else if *code == SqlState::INVALID_CATALOG_NAME {
            ConnectError::DatabaseMissing {
                database: config.database.clone(),
            }
        } else if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
            if message.starts_with("role ") && message.ends_with(" does not exist") {
                ConnectError::RoleMissing {
                    user: config.user.clone(),
                }
            } else if message.contains("no pg_hba.conf entry") && message.contains("no encryption")
            {
                ConnectError::TlsRequired { message }
            } else {
                ConnectError::PermissionDenied { message }
            }
        } else if *code == SqlState::INSUFFICIENT_PRIVILEGE {
            ConnectError::PermissionDenied { message }
        } else {
            ConnectError::Rejected {
                target,
                message: format!("{message} (SQLSTATE {})", code.code()),
            }
        };
    }

    // tokio-postgres' Display leaves out the cause; the whole chain says what happened.
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text = format!("{text}: {c}");
        cause = c.source();
    }
    let text = one_line(&text);
    if text.contains("password missing") {
        return ConnectError::PasswordMissing {
            user: config.user.clone(),
        };
    }
    if text.contains("server does not support TLS") {
        return ConnectError::TlsUnsupported {
            target,
            mode: mode.as_str(),
        };
    }
    let io_cause = e.source().and_then(|s| s.downcast_ref::<io::Error>());
    if text.starts_with("error performing TLS handshake") {
        let reason = match io_cause {
            Some(io) => match io.get_ref() {
                Some(inner) => one_line(&inner.to_string()),
                None => io_reason(io),
            },
            None => e
                .source()
                .map_or(text.clone(), |s| one_line(&s.to_string())),
        };
        return ConnectError::Tls { target, reason };
    }
    if let Some(io) = io_cause {
        return classify_io(io, config, target);
    }
    ConnectError::Other {
        target,
        message: text,
    }
}

/// Maps a failure to open or use the socket onto [`ConnectError`].
fn classify_io(io: &io::Error, config: &ConnConfig, target: String) -> ConnectError {
    match io.kind() {
        io::ErrorKind::ConnectionRefused => ConnectError::Refused { target },
        io::ErrorKind::NotFound if matches!(config.host, Host::Socket(_)) => {
            ConnectError::NoSocket { target }
        }
        io::ErrorKind::TimedOut => ConnectError::Timeout {
            target,
            seconds: config.connect_timeout.map_or(0, |d: Duration| d.as_secs()),
        },
        _ => ConnectError::Io {
            target,
            reason: io_reason(io),
        },
    }
}
