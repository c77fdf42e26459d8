//! Connection configuration: Prisma-style PostgreSQL URLs and where to find them.
//!
//! A URL such as `postgresql://user:secret@db.example.com:5432/app?schema=shop&sslmode=require`
//! is parsed into a [`ConnConfig`]. The query parameters Prisma understands are accepted;
//! those that only make sense for Prisma's connection pool are accepted and ignored, and
//! unknown ones are ignored too, so any URL that works with Prisma works here.
//!
//! [`resolve_url`] finds the URL the way the CLI does.
//!
//! Errors never quote what may be part of the password: an unencoded `#`, `/` or `?` ends the
//! user info early, and the password's pieces then sit where the port, path or query are read.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use percent_encoding::percent_decode_str;

use super::guard::{SessionKind, DEFAULT_LOCK_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT};
pub use super::resolve::{process_env, resolve_url, ResolvedUrl, UrlLookup, UrlSource};

/// Port used when the URL names none.
pub const DEFAULT_PORT: u16 = 5432;
/// Namespace Prisma uses when the URL has no `?schema=`.
pub const DEFAULT_SCHEMA: &str = "public";
/// Seconds to wait for a connection when the URL has no `connect_timeout`.
pub const DEFAULT_CONNECT_TIMEOUT_SECS: u64 = 5;

/// Where the server is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    /// A host name or an IP address (IPv6 without brackets) reached over TCP.
    Tcp(String),
    /// A directory holding the server's unix socket (`.s.PGSQL.<port>`).
    Socket(PathBuf),
}

/// How to use TLS, after Prisma's and libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// Never use TLS (`disable`, and `allow`, which would try plain text first anyway).
    Disable,
    /// Use TLS when the server offers it, without verifying the certificate; plain text
    /// otherwise, and also when the TLS handshake itself fails. Prisma's default.
    Prefer,
    /// Always use TLS. The certificate is checked against `sslrootcert`/`sslcert` when one is
    /// given (chain only, like `verify-ca`), and not checked at all otherwise.
    Require,
    /// Always use TLS and verify the certificate chain, but not the host name.
    VerifyCa,
    /// Always use TLS and verify the chain and that the certificate names the host.
    VerifyFull,
}

impl SslMode {
    /// The `sslmode` value that selects this mode.
    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }
}

/// Everything needed to open a connection, parsed from a URL.
///
/// `Display` prints the URL with the password replaced by `****`; use
/// [`ConnConfig::url_with_password`] only where the secret is really needed.
#[derive(Clone, PartialEq, Eq)]
pub struct ConnConfig {
    /// Role to log in as (percent-decoded). `postgres` when the URL names none.
    pub user: String,
    /// Password (percent-decoded), if any.
    pub password: Option<String>,
    /// Server address: TCP host or unix socket directory (`?host=/dir`).
    pub host: Host,
    /// TCP port, or the number in the socket file name.
    pub port: u16,
    /// Database name. `postgres` when the URL names none.
    pub database: String,
    /// The namespace Prisma manages (`?schema=`, default `public`).
    pub schema: String,
    /// TLS policy (`?sslmode=`, default [`SslMode::Prefer`]).
    pub ssl_mode: SslMode,
    /// CA certificate(s) to verify the server with, PEM (`?sslrootcert=`, or Prisma's
    /// `?sslcert=`, which names the server's certificate authority, not a client certificate).
    pub ssl_root_cert: Option<PathBuf>,
    /// `?sslaccept=accept_invalid_certs`: skip every certificate check.
    pub ssl_accept_invalid_certs: bool,
    /// Limit for establishing the connection (`?connect_timeout=` in seconds; `0` = none).
    pub connect_timeout: Option<Duration>,
    /// Prisma's per-query limit (`?socket_timeout=` in seconds): how long the client waits
    /// for a silent server while a query runs before it gives up on the connection. Without
    /// it, inspected sessions wait the statement timeout plus
    /// [`SOCKET_TIMEOUT_GRACE`](super::guard::SOCKET_TIMEOUT_GRACE).
    pub socket_timeout: Option<Duration>,
    /// `statement_timeout` of the session (`?statement_timeout=` in seconds, prisma-drift's
    /// own parameter, which Prisma ignores; `0` = none). Default 60 s.
    pub statement_timeout: Option<Duration>,
    /// `lock_timeout` of the session (`?lock_timeout=` in seconds, prisma-drift's own; `0` =
    /// none). Default 10 s.
    pub lock_timeout: Option<Duration>,
    /// What the session is for: a database we inspect (every URL), or a scratch database of
    /// ours. Decides what [`connect`](crate::pg::connect()) forces on the session; see
    /// [`crate::pg::guard`].
    pub kind: SessionKind,
    /// `?application_name=`, shown in `pg_stat_activity`.
    pub application_name: Option<String>,
    /// `?options=`, command-line options sent to the server (e.g. `-c search_path=x`).
    pub options: Option<String>,
    /// `?pgbouncer=true`: the server is a transaction-mode PgBouncer, so callers should avoid
    /// named prepared statements outside a transaction.
    pub pgbouncer: bool,
    /// Things in the URL that were accepted but have no effect, one line each.
    pub warnings: Vec<String>,
}

/// A URL that could not be understood. The message never contains the password, nor any
/// part of the URL that may be part of it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// The URL is malformed.
    #[error("invalid database URL: {0}")]
    InvalidUrl(String),
}

/// What a URL error says when the user info seems to end early.
const CUT_USER_INFO: &str =
    "the user name and password seem to end early: an unencoded '#', '/' or '?' \
     ends them, so the rest would be read as host, port, path or query; percent-encode those \
     characters in the password ('#' as %23, '/' as %2F, '?' as %3F, '@' as %40, ':' as %3A), \
     and '@' in a database name as %40";

/// What a URL error says when nothing names the server.
const NO_HOST: &str = "the URL names no host: nothing stands between '@' (or '//') and the \
     port or the database; write the server's name there (localhost for this machine), or give \
     a socket directory with ?host=/path";

/// Whether the user info of `rest` (the URL after its scheme) was probably cut short by an
/// unencoded `#`, `/` or `?` in the password: the authority has a `user:` part but no `@`,
/// and an `@` follows that no query value explains. (A database name with an `@` reads the
/// same way; it must be encoded, which the message says.)
fn user_info_cut_short(rest: &str) -> bool {
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, after) = rest.split_at(end);
    if authority.contains('@') || !authority.contains(':') {
        return false;
    }
    let Some(at) = after.find('@') else {
        return false;
    };
    let before_at = &after[..at];
    if before_at.contains('#') {
        // A fragment means nothing in a database URL: this is a password.
        return true;
    }
    // In the query, a value such as `application_name=me@ci` may hold an '@'.
    !before_at
        .find('?')
        .is_some_and(|q| before_at[q..].contains('='))
}

/// `scheme` quoted when it looks like a scheme; a password piece never does.
fn describe_scheme(scheme: &str) -> String {
    let plausible = scheme.len() <= 20
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c));
    if plausible {
        format!("unsupported scheme {scheme:?} (expected postgresql:// or postgres://)")
    } else {
        "expected a URL starting with postgresql:// or postgres://".to_string()
    }
}

fn invalid(msg: impl Into<String>) -> ConfigError {
    ConfigError::InvalidUrl(msg.into())
}

fn decode(s: &str, what: &str) -> Result<String, ConfigError> {
    percent_decode_str(s)
        .decode_utf8()
        .map(|c| c.into_owned())
        .map_err(|_| {
            invalid(format!(
                "the {what} is not valid UTF-8 after percent-decoding"
            ))
        })
}

/// Query strings are form-encoded in Prisma's URL parser, so `+` is a space there.
fn decode_query(s: &str, what: &str) -> Result<String, ConfigError> {
    decode(&s.replace('+', " "), what)
}

// Values are not quoted in errors: with an unencoded '?' in the password, they may be its end.
fn seconds(value: &str, name: &str) -> Result<Option<Duration>, ConfigError> {
    let secs: u64 = value
        .trim()
        .parse()
        .map_err(|_| invalid(format!("{name} must be a whole number of seconds")))?;
    Ok((secs > 0).then(|| Duration::from_secs(secs)))
}

fn boolean(value: &str, name: &str) -> Result<bool, ConfigError> {
    match value.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" => Ok(false),
        _ => Err(invalid(format!("{name} must be true or false"))),
    }
}

impl ConnConfig {
    /// A configuration with every URL default: no password, schema `public`, `sslmode=prefer`,
    /// a 5 s connect timeout, an inspected session with a 60 s statement and a 10 s lock
    /// timeout.
    pub fn new(host: Host, port: u16, user: &str, database: &str) -> ConnConfig {
        ConnConfig {
            user: user.to_string(),
            password: None,
            host,
            port,
            database: database.to_string(),
            schema: DEFAULT_SCHEMA.to_string(),
            ssl_mode: SslMode::Prefer,
            ssl_root_cert: None,
            ssl_accept_invalid_certs: false,
            connect_timeout: Some(Duration::from_secs(DEFAULT_CONNECT_TIMEOUT_SECS)),
            socket_timeout: None,
            statement_timeout: Some(DEFAULT_STATEMENT_TIMEOUT),
            lock_timeout: Some(DEFAULT_LOCK_TIMEOUT),
            kind: SessionKind::Inspect,
            application_name: None,
            options: None,
            pgbouncer: false,
            warnings: Vec::new(),
        }
    }

    /// The same server and database as a scratch database of ours ([`SessionKind::Scratch`]):
    /// no statement or lock timeout, nothing pinned. Only for databases we created.
    pub fn scratch(&self) -> ConnConfig {
        ConnConfig {
            kind: SessionKind::Scratch,
            statement_timeout: None,
            lock_timeout: None,
            ..self.clone()
        }
    }

    /// Parses a `postgresql://` or `postgres://` URL.
    ///
    /// Errors name what is wrong without echoing the URL, so they are safe to print.
    pub fn parse(url: &str) -> Result<ConnConfig, ConfigError> {
        let url = url.trim();
        let rest = ["postgresql://", "postgres://"]
            .iter()
            .find_map(|scheme| {
                url.get(..scheme.len())
                    .filter(|head| head.eq_ignore_ascii_case(scheme))
                    .map(|_| &url[scheme.len()..])
            })
            .ok_or_else(|| {
                let scheme = url.split_once("://").map(|(s, _)| s).unwrap_or("");
                invalid(describe_scheme(scheme))
            })?;
        if user_info_cut_short(rest) {
            return Err(invalid(CUT_USER_INFO));
        }

        let rest = rest.split_once('#').map_or(rest, |(before, _)| before);
        let (before_query, query) = match rest.split_once('?') {
            Some((b, q)) => (b, Some(q)),
            None => (rest, None),
        };
        let (authority, path) = match before_query.find('/') {
            Some(i) => (&before_query[..i], &before_query[i + 1..]),
            None => (before_query, ""),
        };
        // The password may itself contain '@' when not encoded; the host never does.
        let (userinfo, hostport) = match authority.rfind('@') {
            Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
            None => (None, authority),
        };

        let (user, password) = match userinfo {
            None => (String::new(), None),
            Some(info) => match info.split_once(':') {
                Some((u, p)) => (decode(u, "user name")?, Some(decode(p, "password")?)),
                None => (decode(info, "user name")?, None),
            },
        };

        let (host, port) = parse_host_port(hostport)?;
        let database = decode(path.trim_end_matches('/'), "database name")?;
        if database.contains('/') {
            return Err(invalid("the database name must not contain '/'"));
        }

        let or_postgres = |s: &str| {
            if s.is_empty() {
                "postgres".to_string()
            } else {
                s.to_string()
            }
        };
        let mut config = ConnConfig::new(
            Host::Tcp(host.unwrap_or_default()),
            port.unwrap_or(DEFAULT_PORT),
            &or_postgres(&user),
            &or_postgres(&database),
        );
        config.password = password;

        let mut host_param = None;
        for pair in query.unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode_query(key, "query parameter name")?;
            let value = decode_query(value, &format!("value of {key}"))?;
            config.apply_param(&key, &value, &mut host_param)?;
        }

        match host_param {
            Some(h) if h.starts_with('/') => config.host = Host::Socket(PathBuf::from(h)),
            Some(h) if !h.is_empty() => config.host = Host::Tcp(h),
            _ => {}
        }
        if matches!(&config.host, Host::Tcp(h) if h.is_empty()) {
            // libpq would quietly mean the local machine; Prisma refuses a URL without a host,
            // and a check must not quietly read another database than the one meant.
            return Err(invalid(NO_HOST));
        }
        Ok(config)
    }

    fn apply_param(
        &mut self,
        key: &str,
        value: &str,
        host_param: &mut Option<String>,
    ) -> Result<(), ConfigError> {
        match key {
            "schema" => {
                if value.is_empty() {
                    return Err(invalid("schema must not be empty"));
                }
                self.schema = value.to_string();
            }
            "sslmode" => {
                self.ssl_mode = match value.to_ascii_lowercase().as_str() {
                    "disable" | "allow" => SslMode::Disable,
                    "prefer" => SslMode::Prefer,
                    // `no-verify` is the node-postgres spelling some hosts hand out.
                    "require" | "no-verify" => SslMode::Require,
                    "verify-ca" => SslMode::VerifyCa,
                    "verify-full" => SslMode::VerifyFull,
                    _ => {
                        // Prisma falls back to `prefer` for unknown modes; do the same, loudly.
                        self.warnings
                            .push("unknown sslmode, using \"prefer\" as Prisma does".into());
                        SslMode::Prefer
                    }
                }
            }
            "sslrootcert" | "sslcert" if !value.is_empty() => {
                self.ssl_root_cert = Some(PathBuf::from(value));
            }
            "sslaccept" => match value {
                "strict" => self.ssl_accept_invalid_certs = false,
                "accept_invalid_certs" => self.ssl_accept_invalid_certs = true,
                _ => return Err(invalid("sslaccept must be strict or accept_invalid_certs")),
            },
            "sslidentity" | "sslpassword" | "sslkey" => self.warnings.push(format!(
                "{key} is ignored: client certificates are not supported"
            )),
            "connect_timeout" => self.connect_timeout = seconds(value, key)?,
            "socket_timeout" => self.socket_timeout = seconds(value, key)?,
            "statement_timeout" => self.statement_timeout = seconds(value, key)?,
            "lock_timeout" => self.lock_timeout = seconds(value, key)?,
            "application_name" => self.application_name = Some(value.to_string()),
            "options" => self.options = Some(value.to_string()),
            "pgbouncer" => self.pgbouncer = boolean(value, key)?,
            "host" => *host_param = Some(value.to_string()),
            "port" => {
                self.port = value
                    .parse()
                    .map_err(|_| invalid("the port parameter must be a number from 1 to 65535"))?
            }
            "user" if !value.is_empty() => self.user = value.to_string(),
            "password" => self.password = Some(value.to_string()),
            "dbname" if !value.is_empty() => self.database = value.to_string(),
            // Pool settings of Prisma's engine, and anything unknown: accepted, no effect here.
            _ => {}
        }
        Ok(())
    }

    /// The same server and credentials, another database.
    pub fn with_database(&self, database: &str) -> ConnConfig {
        ConnConfig {
            database: database.to_string(),
            ..self.clone()
        }
    }

    /// Makes a relative `ssl_root_cert` relative to `base` (Prisma resolves certificate paths
    /// against the schema's folder).
    pub fn resolve_paths(&mut self, base: &Path) {
        if let Some(p) = &self.ssl_root_cert {
            if p.is_relative() {
                self.ssl_root_cert = Some(base.join(p));
            }
        }
    }

    /// `host:port` or the socket file: what error messages call the server.
    pub fn target(&self) -> String {
        match &self.host {
            Host::Tcp(h) if h.contains(':') => format!("[{h}]:{}", self.port),
            Host::Tcp(h) => format!("{h}:{}", self.port),
            Host::Socket(dir) => dir
                .join(format!(".s.PGSQL.{}", self.port))
                .display()
                .to_string(),
        }
    }

    /// The full URL, password included, for handing to another program. Prefer `Display`
    /// (which redacts it) for anything a person or a log may see.
    pub fn url_with_password(&self) -> String {
        self.render(true)
    }

    fn render(&self, with_password: bool) -> String {
        use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
        // Keep unreserved characters readable; encode everything else.
        const PART: &AsciiSet = &NON_ALPHANUMERIC
            .remove(b'-')
            .remove(b'_')
            .remove(b'.')
            .remove(b'~');
        const QUERY: &AsciiSet = &PART.remove(b'/');
        let enc = |s: &str| utf8_percent_encode(s, PART).to_string();
        let enc_q = |s: &str| utf8_percent_encode(s, QUERY).to_string();

        let mut out = format!("postgresql://{}", enc(&self.user));
        if let Some(pw) = &self.password {
            out.push(':');
            out.push_str(&if with_password {
                enc(pw)
            } else {
                "****".to_string()
            });
        }
        out.push('@');
        let mut query: Vec<String> = Vec::new();
        match &self.host {
            Host::Tcp(h) if h.contains(':') => out.push_str(&format!("[{h}]")),
            Host::Tcp(h) => out.push_str(h),
            Host::Socket(dir) => {
                out.push_str("localhost");
                query.push(format!("host={}", enc_q(&dir.to_string_lossy())));
            }
        }
        out.push_str(&format!(":{}/{}", self.port, enc(&self.database)));
        if self.schema != DEFAULT_SCHEMA {
            query.push(format!("schema={}", enc_q(&self.schema)));
        }
        if self.ssl_mode != SslMode::Prefer {
            query.push(format!("sslmode={}", self.ssl_mode.as_str()));
        }
        if let Some(cert) = &self.ssl_root_cert {
            query.push(format!("sslrootcert={}", enc_q(&cert.to_string_lossy())));
        }
        if self.ssl_accept_invalid_certs {
            query.push("sslaccept=accept_invalid_certs".to_string());
        }
        if self.connect_timeout != Some(Duration::from_secs(DEFAULT_CONNECT_TIMEOUT_SECS)) {
            let secs = self.connect_timeout.map_or(0, |d| d.as_secs());
            query.push(format!("connect_timeout={secs}"));
        }
        if let Some(t) = self.socket_timeout {
            query.push(format!("socket_timeout={}", t.as_secs()));
        }
        // A URL is always read as an inspected session's: a scratch session's own defaults
        // (no timeouts) are not written out as `0`.
        let defaults = match self.kind {
            SessionKind::Inspect => (Some(DEFAULT_STATEMENT_TIMEOUT), Some(DEFAULT_LOCK_TIMEOUT)),
            SessionKind::Scratch => (None, None),
        };
        if self.statement_timeout != defaults.0 {
            let secs = self.statement_timeout.map_or(0, |d| d.as_secs());
            query.push(format!("statement_timeout={secs}"));
        }
        if self.lock_timeout != defaults.1 {
            let secs = self.lock_timeout.map_or(0, |d| d.as_secs());
            query.push(format!("lock_timeout={secs}"));
        }
        if let Some(name) = &self.application_name {
            query.push(format!("application_name={}", enc_q(name)));
        }
        if let Some(options) = &self.options {
            query.push(format!("options={}", enc_q(options)));
        }
        if self.pgbouncer {
            query.push("pgbouncer=true".to_string());
        }
        if !query.is_empty() {
            out.push('?');
            out.push_str(&query.join("&"));
        }
        out
    }
}

/// The URL with the password replaced by `****`.
impl fmt::Display for ConnConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

/// Like `Display`: the password never appears in debug output either.
impl fmt::Debug for ConnConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ConnConfig({self})")
    }
}

fn parse_host_port(hostport: &str) -> Result<(Option<String>, Option<u16>), ConfigError> {
    let parse_port = |p: &str| -> Result<Option<u16>, ConfigError> {
        if p.is_empty() {
            return Ok(None);
        }
        // Not quoted: it may be a piece of a password with an unencoded '#', '/' or '?'.
        p.parse::<u16>()
            .map(Some)
            .map_err(|_| invalid("the port after the host must be a number from 1 to 65535"))
    };
    if let Some(rest) = hostport.strip_prefix('[') {
        let (host, after) = rest
            .split_once(']')
            .ok_or_else(|| invalid("unclosed '[' in IPv6 host"))?;
        if host.parse::<std::net::Ipv6Addr>().is_err() {
            return Err(invalid("the host in brackets is not an IPv6 address"));
        }
        let port = match after {
            "" => None,
            a => parse_port(
                a.strip_prefix(':')
                    .ok_or_else(|| invalid("unexpected text after IPv6 host"))?,
            )?,
        };
        return Ok((Some(host.to_string()), port));
    }
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => (h, parse_port(p)?),
        None => (hostport, None),
    };
    if host.contains(':') {
        return Err(invalid(
            "IPv6 hosts must be written in brackets, e.g. [::1]",
        ));
    }
    if host.contains(',') {
        return Err(invalid("multiple hosts are not supported"));
    }
    let host = decode(host, "host")?;
    Ok(((!host.is_empty()).then_some(host), port))
}

/// Replaces the password of a URL-like string with `****`, for echoing input that may not
/// even parse. Strings without a recognisable password are returned unchanged.
pub fn redact_url(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return url.to_string();
    };
    let rest = &url[scheme_end..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let Some(at) = authority.rfind('@') else {
        return url.to_string();
    };
    match authority[..at].find(':') {
        Some(colon) => format!(
            "{}{}:****{}",
            &url[..scheme_end],
            &authority[..colon],
            &rest[at..]
        ),
        None => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(url: &str) -> ConnConfig {
        ConnConfig::parse(url).unwrap_or_else(|e| panic!("{url}: {e}"))
    }

    #[test]
    fn full_url() {
        let c = parse("postgresql://alice:s3cret@db.example.com:6543/shop?schema=sales&sslmode=require&connect_timeout=10&application_name=drift");
        assert_eq!(c.user, "alice");
        assert_eq!(c.password.as_deref(), Some("s3cret"));
        assert_eq!(c.host, Host::Tcp("db.example.com".into()));
        assert_eq!(c.port, 6543);
        assert_eq!(c.database, "shop");
        assert_eq!(c.schema, "sales");
        assert_eq!(c.ssl_mode, SslMode::Require);
        assert_eq!(c.connect_timeout, Some(Duration::from_secs(10)));
        assert_eq!(c.application_name.as_deref(), Some("drift"));
        assert!(c.warnings.is_empty());
    }

    #[test]
    fn defaults() {
        let c = parse("postgres://localhost");
        assert_eq!(c.user, "postgres");
        assert_eq!(c.password, None);
        assert_eq!(c.port, 5432);
        assert_eq!(c.database, "postgres");
        assert_eq!(c.schema, "public");
        assert_eq!(c.ssl_mode, SslMode::Prefer);
        assert_eq!(c.connect_timeout, Some(Duration::from_secs(5)));
        assert_eq!(c.socket_timeout, None);
        assert!(!c.pgbouncer);
    }

    #[test]
    fn a_url_without_a_host_is_refused_unless_a_socket_is_given() {
        for url in [
            "postgresql://u:secret@:5432/db",
            "postgresql://u:secret@/db",
            "postgresql:///db",
            "postgresql://u@?sslmode=disable",
        ] {
            let err = ConnConfig::parse(url).unwrap_err().to_string();
            assert!(err.contains("names no host"), "{url}: {err}");
            assert!(!err.contains("secret"), "{url}: {err}");
        }
        assert_eq!(
            parse("postgresql://u@/db?host=/tmp").host,
            Host::Socket("/tmp".into())
        );
    }

    #[test]
    fn scheme_is_case_insensitive_and_checked() {
        assert_eq!(parse("PostgreSQL://h/db").database, "db");
        let err = ConnConfig::parse("mysql://u:pw@h/db").unwrap_err();
        assert!(
            err.to_string().contains("unsupported scheme \"mysql\""),
            "{err}"
        );
        assert!(ConnConfig::parse("just text").is_err());
    }

    #[test]
    fn percent_decoding() {
        let c = parse("postgresql://j%40ne:p%40ss%3Aw%2Ford@h/my%20db");
        assert_eq!(c.user, "j@ne");
        assert_eq!(c.password.as_deref(), Some("p@ss:w/ord"));
        assert_eq!(c.database, "my db");
        // An unencoded '@' in the password: the last '@' ends the user info.
        let c = parse("postgresql://u:pa@ss@h:1/db");
        assert_eq!(c.password.as_deref(), Some("pa@ss"));
        assert_eq!(c.host, Host::Tcp("h".into()));
        let c = parse("postgresql://u@h/db?options=-c%20search_path%3Dx&application_name=a+b");
        assert_eq!(c.options.as_deref(), Some("-c search_path=x"));
        assert_eq!(c.application_name.as_deref(), Some("a b"));
    }

    #[test]
    fn ipv6_hosts() {
        let c = parse("postgresql://u@[::1]:5433/db");
        assert_eq!(c.host, Host::Tcp("::1".into()));
        assert_eq!(c.port, 5433);
        assert_eq!(c.target(), "[::1]:5433");
        let c = parse("postgresql://u@[2001:db8::7]/db");
        assert_eq!(c.host, Host::Tcp("2001:db8::7".into()));
        assert_eq!(c.port, 5432);
        assert!(ConnConfig::parse("postgresql://u@[::1/db").is_err());
        assert!(ConnConfig::parse("postgresql://u@[nothost]/db").is_err());
        assert!(ConnConfig::parse("postgresql://u@::1/db").is_err());
    }

    #[test]
    fn unix_socket_host() {
        let c = parse("postgresql://u@localhost/db?host=/var/run/postgresql");
        assert_eq!(c.host, Host::Socket("/var/run/postgresql".into()));
        assert_eq!(c.target(), "/var/run/postgresql/.s.PGSQL.5432");
        let c = parse("postgresql://u@/db?host=%2Ftmp%2Fpg&port=6000");
        assert_eq!(c.host, Host::Socket("/tmp/pg".into()));
        assert_eq!(c.port, 6000);
        // A non-path host parameter is a TCP host, as in libpq.
        assert_eq!(
            parse("postgresql://u@/db?host=example.org").host,
            Host::Tcp("example.org".into())
        );
    }

    #[test]
    fn bad_ports_are_errors_without_the_password() {
        for url in [
            "postgresql://u:hunter2@h:notaport/db",
            "postgresql://u:hunter2@h:70000/db",
            "postgresql://u:hunter2@h/db?connect_timeout=soon",
            "postgresql://u:hunter2@h/db?pgbouncer=maybe",
            "postgresql://u:hunter2@h/db?sslaccept=whatever",
        ] {
            let err = ConnConfig::parse(url).unwrap_err().to_string();
            assert!(!err.contains("hunter2"), "{err}");
            assert!(err.starts_with("invalid database URL"), "{err}");
        }
    }

    #[test]
    fn ssl_modes() {
        let mode = |m: &str| parse(&format!("postgresql://h/db?sslmode={m}")).ssl_mode;
        assert_eq!(mode("disable"), SslMode::Disable);
        assert_eq!(mode("allow"), SslMode::Disable);
        assert_eq!(mode("prefer"), SslMode::Prefer);
        assert_eq!(mode("require"), SslMode::Require);
        assert_eq!(mode("no-verify"), SslMode::Require);
        assert_eq!(mode("verify-ca"), SslMode::VerifyCa);
        assert_eq!(mode("verify-full"), SslMode::VerifyFull);
        let c = parse("postgresql://h/db?sslmode=bogus");
        assert_eq!(c.ssl_mode, SslMode::Prefer);
        assert_eq!(c.warnings.len(), 1);

        let c = parse(
            "postgresql://h/db?sslmode=require&sslcert=certs/ca.pem&sslaccept=accept_invalid_certs",
        );
        assert_eq!(c.ssl_root_cert, Some(PathBuf::from("certs/ca.pem")));
        assert!(c.ssl_accept_invalid_certs);
        let mut c = c;
        c.resolve_paths(Path::new("/proj/prisma"));
        assert_eq!(
            c.ssl_root_cert,
            Some(PathBuf::from("/proj/prisma/certs/ca.pem"))
        );
        let c = parse("postgresql://h/db?sslrootcert=/etc/ca.pem&sslidentity=id.p12&sslpassword=x");
        assert_eq!(c.ssl_root_cert, Some(PathBuf::from("/etc/ca.pem")));
        assert_eq!(c.warnings.len(), 2, "{:?}", c.warnings);
    }

    #[test]
    fn pool_params_accepted_and_unknown_ignored() {
        let c = parse("postgresql://h/db?connection_limit=5&pool_timeout=10&statement_cache_size=0&pgbouncer=true&socket_timeout=30&connect_timeout=0&frobnicate=1");
        assert!(c.pgbouncer);
        assert_eq!(c.socket_timeout, Some(Duration::from_secs(30)));
        assert_eq!(c.connect_timeout, None);
        assert!(c.warnings.is_empty());
    }

    #[test]
    fn display_redacts_password() {
        let c = parse("postgresql://user:topsecret@host:5432/db");
        assert_eq!(c.to_string(), "postgresql://user:****@host:5432/db");
        assert_eq!(
            format!("{c:?}"),
            "ConnConfig(postgresql://user:****@host:5432/db)"
        );
        assert_eq!(
            c.url_with_password(),
            "postgresql://user:topsecret@host:5432/db"
        );
        let c = parse("postgresql://user@host/db");
        assert_eq!(c.to_string(), "postgresql://user@host:5432/db");
    }

    #[test]
    fn render_round_trips() {
        for url in [
            "postgresql://a%20b:p%40ss%2Fw@[::1]:6000/my%20db?schema=s1&sslmode=verify-full&sslrootcert=/etc/ca.pem&connect_timeout=0&socket_timeout=9&statement_timeout=5&lock_timeout=0&application_name=x%20y&options=-c%20a%3Db&pgbouncer=true",
            "postgresql://u@localhost:5432/db?host=/tmp/sock%20dir",
            "postgresql://u@h:5432/db?sslmode=disable&sslaccept=accept_invalid_certs",
        ] {
            let c = parse(url);
            assert_eq!(c.url_with_password(), url);
            assert_eq!(parse(&c.url_with_password()), c);
        }
    }

    #[test]
    fn a_password_cut_short_is_never_quoted() {
        for c in ['#', '/', '?'] {
            for host in ["db.example.com:5432/shop", "[::1]/shop", "h"] {
                let url = format!("postgresql://app:54321{c}Sekr1t@{host}");
                let err = ConnConfig::parse(&url).unwrap_err().to_string();
                assert!(
                    err.contains("percent-encode")
                        && !err.contains("54321")
                        && !err.contains("Sekr1t"),
                    "{url}: {err}"
                );
            }
        }
        // An '@' after the host part that a URL may hold: a query value, a database name.
        let c = parse("postgresql://u:p@h:5432/db?application_name=me@ci");
        assert_eq!(c.application_name.as_deref(), Some("me@ci"));
        assert_eq!(parse("postgresql://h/my@db").database, "my@db");
        assert_eq!(parse("postgresql://h:5432/my%40db").database, "my@db");
        assert_eq!(
            parse("postgresql://u:p@w@h/db").password.as_deref(),
            Some("p@w")
        );
        assert_eq!(
            parse("postgresql://u:p:w@h/db").password.as_deref(),
            Some("p:w")
        );
        let err = ConnConfig::parse("x-secret://h/db")
            .unwrap_err()
            .to_string();
        assert!(err.contains("\"x-secret\""), "{err}");
        let err = ConnConfig::parse("u:pw@h://db").unwrap_err().to_string();
        assert!(!err.contains("pw"), "{err}");
    }

    #[test]
    fn session_defaults_and_timeouts() {
        let c = parse("postgresql://h/db");
        assert_eq!(c.kind, SessionKind::Inspect);
        assert_eq!(c.statement_timeout, Some(DEFAULT_STATEMENT_TIMEOUT));
        assert_eq!(c.lock_timeout, Some(DEFAULT_LOCK_TIMEOUT));
        let c = parse("postgresql://h/db?statement_timeout=0&lock_timeout=3");
        assert_eq!(c.statement_timeout, None);
        assert_eq!(c.lock_timeout, Some(Duration::from_secs(3)));
        let scratch = c.scratch();
        assert_eq!(
            (
                scratch.kind,
                scratch.statement_timeout,
                scratch.lock_timeout
            ),
            (SessionKind::Scratch, None, None)
        );
    }

    #[test]
    fn redact_raw_strings() {
        assert_eq!(
            redact_url("postgresql://u:pw@h/db"),
            "postgresql://u:****@h/db"
        );
        assert_eq!(
            redact_url("postgres://u:p@w@h:1/db?x=y"),
            "postgres://u:****@h:1/db?x=y"
        );
        assert_eq!(redact_url("postgresql://u@h/db"), "postgresql://u@h/db");
        assert_eq!(
            redact_url("postgresql://h/db?password=x"),
            "postgresql://h/db?password=x"
        );
        assert_eq!(redact_url("garbage"), "garbage");
    }
}
