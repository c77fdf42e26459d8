//! A client-side deadline on the server's answers (Prisma's `socket_timeout`).
//!
//! A server that completes the login and then stops answering (hung, or behind a network
//! path that silently drops packets) would hang every query forever: TCP keepalives do not
//! notice a peer that acknowledges and says nothing. [`Watched`] sits between the connection
//! and its socket and follows the protocol's framing in both directions: a request is
//! outstanding from the client's `Query`, `Sync` or `FunctionCall` until the server's
//! `ReadyForQuery`. While one is, the server must send something at least every `limit`.
//!
//! When it does not, the connection ends the way it would if the server gave up: the waiting
//! query receives an `ErrorResponse` (SQLSTATE 08006, connection failure) saying so — the
//! error the caller reports, in one line — and the stream then fails, so every other query
//! on the connection ends too. (If the deadline passes in the middle of a message, where no
//! message can be inserted, the stream just fails.)
//!
//! The watchdog sees the plain protocol: it wraps the TLS stream when there is one, and the
//! socket otherwise; on a socket that turns to TLS it steps aside after the server's `S`.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{Instant, Sleep};
use tokio_postgres::tls::{ChannelBinding, TlsStream};

/// Codes of the untyped requests that precede the startup message.
const SSL_REQUEST: u32 = 80_877_103;
const GSSENC_REQUEST: u32 = 80_877_104;

/// Follows message boundaries in one direction of the stream.
#[derive(Debug, Default)]
struct Framer {
    /// The next message has no type byte (the client's startup packets).
    untyped: bool,
    header: [u8; 8],
    have: usize,
    body_left: usize,
}

/// A message header the framer completed: the type byte (0 for untyped) and, for untyped
/// messages, the request code.
struct Header {
    kind: u8,
    code: u32,
}

/// A big-endian `u32` from four bytes.
fn be_u32(bytes: &[u8]) -> u32 {
    u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])
}

impl Framer {
    fn at_boundary(&self) -> bool {
        self.have == 0 && self.body_left == 0
    }

    fn feed(&mut self, mut data: &[u8], mut on_header: impl FnMut(&mut Self, Header)) {
        while !data.is_empty() {
            if self.body_left > 0 {
                let skip = self.body_left.min(data.len());
                self.body_left -= skip;
                data = &data[skip..];
                continue;
            }
            let want = if self.untyped { 8 } else { 5 };
            let take = (want - self.have).min(data.len());
            self.header[self.have..self.have + take].copy_from_slice(&data[..take]);
            self.have += take;
            data = &data[take..];
            if self.have < want {
                break;
            }
            self.have = 0;
            let header = if self.untyped {
                self.body_left = (be_u32(&self.header[0..4]) as usize).saturating_sub(8);
                Header {
                    kind: 0,
                    code: be_u32(&self.header[4..8]),
                }
            } else {
                self.body_left = (be_u32(&self.header[1..5]) as usize).saturating_sub(4);
                Header {
                    kind: self.header[0],
                    code: 0,
                }
            };
            on_header(self, header);
        }
    }
}

#[derive(Debug)]
enum State {
    /// Following the protocol.
    Watching,
    /// TLS runs over this stream: another watchdog above it sees the protocol.
    Transparent,
    /// The deadline passed: what is left to hand out of the error message, then failure.
    Expired { message: Vec<u8>, sent: usize },
}

/// A stream with a deadline on the server's answers; see the module documentation.
pub(super) struct Watched<S> {
    inner: S,
    limit: Option<Duration>,
    sleep: Pin<Box<Sleep>>,
    front: Framer,
    back: Framer,
    /// Requests sent and not yet answered with ReadyForQuery.
    outstanding: u32,
    /// The client asked for TLS (or GSS encryption); the server answers with one byte.
    expect_reply: bool,
    state: State,
}

impl<S> Watched<S> {
    /// Wraps `inner`; `limit` `None` watches nothing (the stream is passed through).
    pub(super) fn new(inner: S, limit: Option<Duration>) -> Watched<S> {
        Watched {
            inner,
            limit,
            sleep: Box::pin(tokio::time::sleep(limit.unwrap_or_default())),
            front: Framer {
                untyped: true,
                ..Framer::default()
            },
            back: Framer::default(),
            outstanding: 0,
            expect_reply: false,
            state: if limit.is_some() {
                State::Watching
            } else {
                State::Transparent
            },
        }
    }

    fn armed(&self) -> bool {
        matches!(self.state, State::Watching) && self.outstanding > 0
    }

    fn restart_clock(&mut self, cx: &mut Context<'_>) {
        if let Some(limit) = self.limit {
            self.sleep.as_mut().reset(Instant::now() + limit);
            // Registers the timer with this task, which also polls the reads.
            let _ = self.sleep.as_mut().poll(cx);
        }
    }

    fn on_sent(&mut self, data: &[u8], cx: &mut Context<'_>) {
        if !matches!(self.state, State::Watching) {
            return;
        }
        let before = self.outstanding;
        let mut expect_reply = false;
        let mut requests = 0;
        self.front.feed(data, |framer, header| match header.kind {
            0 if matches!(header.code, SSL_REQUEST | GSSENC_REQUEST) => expect_reply = true,
            0 => framer.untyped = false,
            b'Q' | b'S' | b'F' => requests += 1,
            _ => {}
        });
        self.expect_reply |= expect_reply;
        self.outstanding += requests;
        if before == 0 && self.outstanding > 0 {
            self.restart_clock(cx);
        }
    }

    fn on_received(&mut self, mut data: &[u8], cx: &mut Context<'_>) {
        if !matches!(self.state, State::Watching) || data.is_empty() {
            return;
        }
        if self.expect_reply {
            self.expect_reply = false;
            if matches!(data[0], b'S' | b'G') {
                self.state = State::Transparent;
                return;
            }
            data = &data[1..];
        }
        let mut answered = 0;
        self.back.feed(data, |_, header| {
            if header.kind == b'Z' {
                answered += 1;
            }
        });
        self.outstanding = self.outstanding.saturating_sub(answered);
        if self.outstanding > 0 {
            self.restart_clock(cx);
        }
    }

    fn expired_message(&self) -> String {
        let limit = self.limit.unwrap_or_default();
        let limit = if limit.subsec_millis() == 0 {
            format!("{}s", limit.as_secs())
        } else {
            format!("{}ms", limit.as_millis())
        };
        format!(
            "no answer from the server within {limit} (socket_timeout); the connection was closed"
        )
    }
}

/// An `ErrorResponse`: severity, SQLSTATE, message.
fn error_response(code: &str, message: &str) -> Vec<u8> {
    let mut body = Vec::new();
    for (field, value) in [
        (b'S', "ERROR"),
        (b'V', "ERROR"),
        (b'C', code),
        (b'M', message),
    ] {
        body.push(field);
        body.extend_from_slice(value.as_bytes());
        body.push(0);
    }
    body.push(0);
    let mut out = vec![b'E'];
    out.extend_from_slice(&((body.len() + 4) as u32).to_be_bytes());
    out.extend_from_slice(&body);
    out
}

impl<S: AsyncRead + Unpin> AsyncRead for Watched<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if let State::Expired { message, sent } = &mut this.state {
            if *sent >= message.len() {
                return Poll::Ready(Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    this.expired_message(),
                )));
            }
            let n = (message.len() - *sent).min(buf.remaining());
            buf.put_slice(&message[*sent..*sent + n]);
            *sent += n;
            return Poll::Ready(Ok(()));
        }
        let before = buf.filled().len();
        match Pin::new(&mut this.inner).poll_read(cx, buf) {
            Poll::Ready(Ok(())) => {
                this.on_received(&buf.filled()[before..], cx);
                Poll::Ready(Ok(()))
            }
            Poll::Pending if this.armed() && this.sleep.as_mut().poll(cx).is_ready() => {
                let text = this.expired_message();
                if !this.back.at_boundary() || this.expect_reply {
                    this.state = State::Expired {
                        message: Vec::new(),
                        sent: 0,
                    };
                    return Poll::Ready(Err(io::Error::new(io::ErrorKind::TimedOut, text)));
                }
                this.state = State::Expired {
                    message: error_response("08006", &text),
                    sent: 0,
                };
                Pin::new(this).poll_read(cx, buf)
            }
            other => other,
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Watched<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let result = Pin::new(&mut this.inner).poll_write(cx, data);
        if let Poll::Ready(Ok(n)) = result {
            this.on_sent(&data[..n], cx);
        }
        result
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

impl<S: TlsStream + Unpin> TlsStream for Watched<S> {
    fn channel_binding(&self) -> ChannelBinding {
        self.inner.channel_binding()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    fn message(kind: u8, body: &[u8]) -> Vec<u8> {
        let mut out = vec![kind];
        out.extend_from_slice(&((body.len() + 4) as u32).to_be_bytes());
        out.extend_from_slice(body);
        out
    }

    #[test]
    fn framing_survives_any_split() {
        let mut stream = Vec::new();
        let mut startup = 12u32.to_be_bytes().to_vec();
        startup.extend_from_slice(&196_608u32.to_be_bytes());
        startup.extend_from_slice(b"u\0\0\0");
        stream.extend_from_slice(&startup);
        stream.extend(message(b'Q', b"SELECT 1\0"));
        stream.extend(message(b'P', b"\0SELECT 2\0\0\0"));
        stream.extend(message(b'S', b""));
        for chunk in 1..stream.len() {
            let mut framer = Framer {
                untyped: true,
                ..Framer::default()
            };
            let mut kinds = Vec::new();
            for piece in stream.chunks(chunk) {
                framer.feed(piece, |f, h| {
                    if h.kind == 0 {
                        f.untyped = false;
                    }
                    kinds.push(h.kind);
                });
            }
            assert_eq!(kinds, vec![0, b'Q', b'P', b'S'], "chunks of {chunk}");
            assert!(framer.at_boundary());
        }
    }

    #[tokio::test]
    async fn a_silent_server_gets_an_error_response_then_a_failure() {
        let (client, mut server) = tokio::io::duplex(1024);
        let mut watched = Watched::new(client, Some(Duration::from_millis(50)));
        let mut startup = 8u32.to_be_bytes().to_vec();
        startup.extend_from_slice(&196_608u32.to_be_bytes());
        watched.write_all(&startup).await.unwrap();
        server.write_all(&message(b'Z', b"I")).await.unwrap();
        let mut buf = [0u8; 512];
        let n = watched.read(&mut buf).await.unwrap();
        assert_eq!(&buf[..n], &message(b'Z', b"I")[..]);
        // Idle: no deadline.
        assert!(
            tokio::time::timeout(Duration::from_millis(120), watched.read(&mut buf))
                .await
                .is_err()
        );
        watched
            .write_all(&message(b'Q', b"SELECT 1\0"))
            .await
            .unwrap();
        let started = std::time::Instant::now();
        let n = watched.read(&mut buf).await.unwrap();
        assert!(started.elapsed() >= Duration::from_millis(40));
        assert_eq!(buf[0], b'E');
        let text = String::from_utf8_lossy(&buf[..n]).into_owned();
        assert!(
            text.contains("08006") && text.contains("within 50ms (socket_timeout)"),
            "{text}"
        );
        let error = watched.read(&mut buf).await.unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::TimedOut);
        drop(server);
    }
}
