//! Connecting for real: every error a person can run into locally, TLS, and the test harness.

mod support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use prisma_drift::pg::{
    connect, ConnConfig, ConnectError, EphemeralOptions, EphemeralServer, Host, SslMode,
};

fn parse(url: &str) -> ConnConfig {
    ConnConfig::parse(url).unwrap()
}

async fn connect_err(config: &ConnConfig) -> ConnectError {
    match connect(config).await {
        Ok(_) => panic!("connecting to {config} should fail"),
        Err(e) => {
            let text = e.to_string();
            assert!(!text.contains('\n'), "one line: {text}");
            if let Some(pw) = &config.password {
                assert!(!text.contains(pw.as_str()), "password leaked: {text}");
            }
            e
        }
    }
}

/// Retries `attempt` until it returns true; server reloads are asynchronous.
async fn eventually<F, Fut>(mut attempt: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let end = Instant::now() + Duration::from_secs(10);
    while Instant::now() < end {
        if attempt().await {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    false
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn refused_port() {
    let port = free_port();
    let config = parse(&format!("postgresql://u:hunter2@127.0.0.1:{port}/db"));
    let err = connect_err(&config).await;
    assert_eq!(
        err.to_string(),
        format!("cannot connect to PostgreSQL at 127.0.0.1:{port}: connection refused")
    );
}

#[tokio::test]
async fn missing_unix_socket() {
    let dir = tempfile::tempdir().unwrap();
    let config = parse(&format!(
        "postgresql://u@localhost/db?host={}",
        dir.path().display()
    ));
    let err = connect_err(&config).await;
    assert!(matches!(err, ConnectError::NoSocket { .. }), "{err}");
    assert!(err.to_string().contains(".s.PGSQL.5432"), "{err}");
}

#[tokio::test]
async fn silent_server_times_out() {
    // The kernel accepts the connection into the backlog; nobody ever answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let config = parse(&format!(
        "postgresql://u@127.0.0.1:{port}/db?connect_timeout=1"
    ));
    let err = connect_err(&config).await;
    assert_eq!(
        err.to_string(),
        format!("cannot connect to PostgreSQL at 127.0.0.1:{port}: timed out after 1s")
    );
    drop(listener);
}

#[tokio::test]
async fn unknown_host() {
    let config = parse("postgresql://u:hunter2@no-such-host.invalid:5432/db?connect_timeout=3");
    let err = connect_err(&config).await;
    assert!(matches!(err, ConnectError::Dns { .. }), "{err:?}");
    assert!(
        err.to_string()
            .starts_with("cannot resolve host \"no-such-host.invalid\""),
        "{err}"
    );
}

#[tokio::test]
async fn missing_database_and_role() {
    let server = support::test_server();
    let err = connect_err(&server.config().with_database("no_such_database_here")).await;
    assert_eq!(
        err.to_string(),
        "database \"no_such_database_here\" does not exist"
    );

    let mut config = server.config().clone();
    config.user = "no_such_role_here".into();
    let err = connect_err(&config).await;
    // With password auth the server reports a failed password rather than a missing role.
    assert!(
        matches!(
            err,
            ConnectError::RoleMissing { .. } | ConnectError::PasswordFailed { .. }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("\"no_such_role_here\""), "{err}");
}

/// Rewrites pg_hba.conf of an ephemeral server (as its owner) and reloads it.
async fn set_hba(server: &EphemeralServer, rules: &str) {
    let path = server.data_dir().join("pg_hba.conf");
    std::fs::write(&path, rules).unwrap();
    let (client, _task) = connect(&server.config()).await.unwrap();
    client
        .batch_execute("SELECT pg_reload_conf()")
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passwords_and_privileges() {
    let server = EphemeralServer::start_async(EphemeralOptions::default())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let admin = server.config();
    {
        let (client, _task) = connect(&admin).await.unwrap();
        client
            .batch_execute(
                "SET password_encryption = 'scram-sha-256';
                 CREATE ROLE app LOGIN PASSWORD 'p@ss:w/rd';",
            )
            .await
            .unwrap();
        // CREATE DATABASE cannot share an implicit transaction with other statements.
        client
            .batch_execute("CREATE DATABASE locked")
            .await
            .unwrap();
        client
            .batch_execute("REVOKE CONNECT ON DATABASE locked FROM PUBLIC")
            .await
            .unwrap();
    }
    set_hba(
        &server,
        "local all postgres trust\nlocal all all scram-sha-256\n",
    )
    .await;

    let mut good = admin.clone();
    good.user = "app".into();
    good.password = Some("p@ss:w/rd".into());
    let mut bad = good.clone();
    bad.password = Some("wrong-secret".into());

    // The reload takes effect asynchronously.
    assert!(
        eventually(|| async {
            matches!(
                connect(&bad).await,
                Err(ConnectError::PasswordFailed { .. })
            )
        })
        .await,
        "password auth never became active"
    );
    let err = connect_err(&bad).await;
    assert_eq!(
        err.to_string(),
        "password authentication failed for user \"app\""
    );

    let mut none = good.clone();
    none.password = None;
    let err = connect_err(&none).await;
    assert_eq!(
        err.to_string(),
        "the server requires a password for user \"app\" and the URL has none"
    );

    // The URL form, percent-encoded password included, works end to end.
    let Host::Socket(dir) = &good.host else {
        unreachable!()
    };
    let url = format!(
        "postgresql://app:p%40ss%3Aw%2Frd@localhost/postgres?host={}&sslmode=disable",
        dir.display()
    );
    let (client, _task) = connect(&parse(&url))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let row = client
        .query_one("SELECT current_user::text", &[])
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "app");
    assert_eq!(good.url_with_password(), parse(&url).url_with_password());

    let err = connect_err(&good.with_database("locked")).await;
    assert!(
        matches!(err, ConnectError::PermissionDenied { .. }),
        "{err}"
    );
    assert!(
        err.to_string()
            .starts_with("permission denied: permission denied for database \"locked\""),
        "{err}"
    );
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| {
            panic!("the TLS test needs the openssl command (apt-get install openssl): {e}")
        });
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CA and a server certificate for `localhost` (no IP address in it).
fn make_certificates(dir: &Path) {
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let mut ca = vec!["req", "-x509"];
    ca.extend(ec);
    ca.extend([
        "-keyout",
        "ca.key",
        "-out",
        "ca.crt",
        "-days",
        "2",
        "-subj",
        "/CN=prisma-drift test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]);
    openssl(dir, &ca);
    let mut csr = vec!["req"];
    csr.extend(ec);
    csr.extend([
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=localhost",
    ]);
    openssl(dir, &csr);
    std::fs::write(
        dir.join("ext.cnf"),
        "subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n",
    )
    .unwrap();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.crt",
            "-days",
            "2",
            "-extfile",
            "ext.cnf",
        ],
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_modes_against_a_real_server() {
    let server = EphemeralServer::start_async(EphemeralOptions {
        listen_tcp: true,
        ..EphemeralOptions::default()
    })
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    let tcp = server.tcp_config_for("postgres").unwrap();
    let target = format!("127.0.0.1:{}", server.port());

    // TLS off on the server: require fails clearly, prefer falls back to plain text.
    let mut require = tcp.clone();
    require.ssl_mode = SslMode::Require;
    let err = connect_err(&require).await;
    assert_eq!(
        err.to_string(),
        format!("PostgreSQL at {target} does not support TLS, but sslmode=require requires it")
    );
    let mut prefer = tcp.clone();
    prefer.ssl_mode = SslMode::Prefer;
    connect(&prefer).await.unwrap_or_else(|e| panic!("{e}"));

    let certs = turn_on_tls_only(&server).await;
    let ca = certs.path().join("ca.crt");
    let plain = tls_config(&tcp, SslMode::Disable, "127.0.0.1", None);
    assert!(
        eventually(|| async {
            matches!(connect(&plain).await, Err(ConnectError::TlsRequired { .. }))
        })
        .await,
        "hostssl rules never became active"
    );
    let err = connect_err(&plain).await;
    assert!(err.to_string().contains("no pg_hba.conf entry"), "{err}");
    assert!(
        err.to_string()
            .ends_with("(the server requires TLS: use sslmode=require)"),
        "{err}"
    );

    // Encrypted without checks; then checked against our CA by name, and by chain only.
    assert!(ssl_in_use(&tls_config(&tcp, SslMode::Require, "127.0.0.1", None)).await);
    assert!(ssl_in_use(&tls_config(&tcp, SslMode::Prefer, "127.0.0.1", None)).await);
    assert!(
        ssl_in_use(&tls_config(
            &tcp,
            SslMode::VerifyFull,
            "localhost",
            Some(&ca)
        ))
        .await
    );
    assert!(ssl_in_use(&tls_config(&tcp, SslMode::VerifyCa, "127.0.0.1", Some(&ca))).await);
    assert!(ssl_in_use(&tls_config(&tcp, SslMode::Require, "127.0.0.1", Some(&ca))).await);
    certificate_failures_are_clear(&tcp, &target, &ca).await;
}

/// Gives the server a certificate signed by a CA of our own and allows only
/// encrypted TCP connections; the folder holds the CA's files.
async fn turn_on_tls_only(server: &EphemeralServer) -> tempfile::TempDir {
    let certs = tempfile::tempdir().unwrap();
    make_certificates(certs.path());
    let data = server.data_dir();
    for file in ["server.crt", "server.key"] {
        std::fs::copy(certs.path().join(file), data.join(file)).unwrap();
        let run_as = server.run_as();
        std::os::unix::fs::chown(data.join(file), Some(run_as.uid), Some(run_as.gid)).unwrap();
    }
    {
        let (client, _task) = connect(&server.config()).await.unwrap();
        client
            .batch_execute("ALTER SYSTEM SET ssl = on")
            .await
            .unwrap();
    }
    set_hba(
        server,
        "local all all trust\nhostssl all all 127.0.0.1/32 trust\n",
    )
    .await;
    certs
}

/// `tcp` with another sslmode, host and root certificate.
fn tls_config(tcp: &ConnConfig, mode: SslMode, host: &str, root: Option<&Path>) -> ConnConfig {
    let mut c = tcp.clone();
    c.host = Host::Tcp(host.into());
    c.ssl_mode = mode;
    c.ssl_root_cert = root.map(Path::to_path_buf);
    c
}

async fn ssl_in_use(config: &ConnConfig) -> bool {
    let (client, _task) = connect(config)
        .await
        .unwrap_or_else(|e| panic!("{config}: {e}"));
    let row = client
        .query_one(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            &[],
        )
        .await
        .unwrap();
    row.get(0)
}

/// Certificate checks that must fail, each with an error that says why.
async fn certificate_failures_are_clear(tcp: &ConnConfig, target: &str, ca: &Path) {
    // The certificate names localhost, not 127.0.0.1.
    let err = connect_err(&tls_config(tcp, SslMode::VerifyFull, "127.0.0.1", Some(ca))).await;
    assert!(matches!(err, ConnectError::Tls { .. }), "{err}");
    assert!(
        err.to_string()
            .starts_with(&format!("TLS handshake with {target} failed:")),
        "{err}"
    );
    // Our CA is not among the system's roots.
    let err = connect_err(&tls_config(tcp, SslMode::VerifyFull, "localhost", None)).await;
    assert!(matches!(err, ConnectError::Tls { .. }), "{err}");
    // Chain checks also fail against a CA that did not sign the certificate.
    let other = tempfile::tempdir().unwrap();
    make_certificates(other.path());
    let err = connect_err(&tls_config(
        tcp,
        SslMode::VerifyCa,
        "127.0.0.1",
        Some(&other.path().join("ca.crt")),
    ))
    .await;
    assert!(matches!(err, ConnectError::Tls { .. }), "{err}");
    // A missing root certificate file is named.
    let err = connect_err(&tls_config(
        tcp,
        SslMode::VerifyCa,
        "127.0.0.1",
        Some(Path::new("/nonexistent/ca.pem")),
    ))
    .await;
    assert!(
        err.to_string()
            .starts_with("cannot use certificate /nonexistent/ca.pem:"),
        "{err}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scratch_databases_are_unique_usable_and_dropped() {
    let (a, b) = tokio::join!(
        support::scratch_database("scratch test"),
        support::scratch_database("scratch test")
    );
    assert_ne!(a.name(), b.name());
    assert!(a.name().starts_with("scratch_test_"), "{}", a.name());
    let client = a.client().await;
    client
        .batch_execute("CREATE TABLE t (id int); INSERT INTO t VALUES (1)")
        .await
        .unwrap();
    let row = client
        .query_one("SELECT current_database()", &[])
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), a.name());
    assert_eq!(parse(&a.url()).database, a.name());

    // Dropped even while a client is still connected (WITH (FORCE)).
    let name = a.name().to_string();
    drop(a);
    drop(b);
    let (admin, _task) = connect(support::test_server().config()).await.unwrap();
    let left = admin
        .query_one(
            "SELECT count(*) FROM pg_database WHERE datname = $1",
            &[&name],
        )
        .await
        .unwrap();
    assert_eq!(left.get::<_, i64>(0), 0, "{name} still exists");
    drop(client);
}
