//! prisma-drift against a hostile database and an unlucky environment, run as a CI job runs
//! it: the binary, with a superuser's URL. Each test says what it attacks.

mod support;

use std::fmt::Write as _;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant};

use prisma_drift::pg::connect;
use prisma_drift::sql::quote_ident_always;
use support::cli::snapshot_settings;
use support::proxy::CountingProxy;
use support::{scratch_database, unique_name, RoleGuard, ScratchDb};

const BIN: &str = env!("CARGO_BIN_EXE_prisma-drift");

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/security").join(name)
}

fn project_schema() -> String {
    fixture("project/schema.prisma").display().to_string()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// One run of the binary: its output, or `None` when it had to be killed at the deadline.
struct Run {
    output: Option<Output>,
    elapsed: Duration,
    args: String,
}

impl Run {
    fn stdout(&self) -> String {
        self.output
            .as_ref()
            .map(|o| text(&o.stdout))
            .unwrap_or_default()
    }

    fn stderr(&self) -> String {
        self.output
            .as_ref()
            .map(|o| text(&o.stderr))
            .unwrap_or_default()
    }

    fn code(&self) -> Option<i32> {
        self.output.as_ref().and_then(|o| o.status.code())
    }

    fn describe(&self) -> String {
        match &self.output {
            None => format!(
                "`{}` was still running after {:.1}s and was killed",
                self.args,
                self.elapsed.as_secs_f64()
            ),
            Some(o) => format!(
                "`{}` exited {:?} after {:.1}s\nstdout: {}\nstderr: {}",
                self.args,
                o.status.code(),
                self.elapsed.as_secs_f64(),
                text(&o.stdout),
                text(&o.stderr)
            ),
        }
    }
}

/// Runs the binary in `cwd` without `DATABASE_URL`, killing it after `limit`.
async fn run(args: &[&str], cwd: &Path, limit: Duration) -> Run {
    let started = Instant::now();
    let child = tokio::process::Command::new(BIN)
        .args(args)
        .env_remove("DATABASE_URL")
        .env("NO_COLOR", "1")
        .current_dir(cwd)
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(limit, child)
        .await
        .ok()
        .map(|r| r.expect("the binary starts"));
    Run {
        output,
        elapsed: started.elapsed(),
        args: args.join(" "),
    }
}

fn run_sync(args: &[&str], cwd: &Path) -> Run {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(run(args, cwd, Duration::from_secs(60)))
}

/// `check`, `audit --url` and `status` of the fixture project against `url`.
fn commands(url: &str) -> Vec<Vec<String>> {
    let schema = project_schema();
    ["check", "audit", "status"]
        .iter()
        .map(|command| {
            [*command, "--schema", &schema, "--url", url]
                .iter()
                .map(|s| s.to_string())
                .collect()
        })
        .collect()
}

/// Runs the command lines concurrently, eight at a time; results in order.
async fn run_all(commands: &[Vec<String>], limit: Duration) -> Vec<Run> {
    let mut runs = Vec::with_capacity(commands.len());
    for chunk in commands.chunks(8) {
        let mut set = tokio::task::JoinSet::new();
        for (i, args) in chunk.iter().cloned().enumerate() {
            set.spawn(async move {
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                (i, run(&args, root(), limit).await)
            });
        }
        let mut done: Vec<Option<Run>> = (0..chunk.len()).map(|_| None).collect();
        while let Some(result) = set.join_next().await {
            let (i, run) = result.expect("a run task ends");
            done[i] = Some(run);
        }
        runs.extend(done.into_iter().map(|r| r.expect("every run ends")));
    }
    runs
}

/// Runs `script` (with `@DIR@` and `@DB@` filled in) in `db` as `role`, a login role without
/// a password (the test server trusts local connections).
async fn run_as(db: &ScratchDb, role: &str, script: &str, dir: &Path) {
    let mut config = db.config().clone();
    config.user = role.to_string();
    let (client, _task) = connect(&config)
        .await
        .unwrap_or_else(|e| panic!("cannot connect as {role}: {e}"));
    let sql = script
        .replace("@DIR@", &dir.display().to_string())
        .replace("@DB@", &quote_ident_always(db.name()));
    client
        .batch_execute(&sql)
        .await
        .unwrap_or_else(|e| panic!("the hostile script fails: {e:?}"));
}

/// A folder the server's OS user may write marker files into.
fn marker_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    dir
}

/// Attacks: code execution as the caller. The owner of the inspected database, who is not a
/// superuser, shadows catalog functions and operators — in a schema that `ALTER DATABASE … SET
/// search_path` puts before pg_catalog, and in the inspected schema itself for calls that need
/// a cast or hit a polymorphic builtin —, switches every session to a role that may run
/// programs (`ALTER DATABASE … SET role`), and guards `_prisma_migrations` with a row-level
/// security policy; a second database makes `_prisma_migrations` a view. `check`, `audit
/// --url` and `status` run as a superuser; whatever of the owner's code runs leaves a marker
/// file through `COPY … TO PROGRAM`. None may appear.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_owners_code_never_runs_as_the_caller() {
    let markers = marker_dir();
    let owner = RoleGuard::new(unique_name("hostile_owner"));
    let functions = scratch_database("hostile_functions").await;
    let view = scratch_database("hostile_view").await;
    functions
        .client()
        .await
        .batch_execute(&format!(
            "CREATE ROLE {} LOGIN",
            quote_ident_always(owner.name())
        ))
        .await
        .unwrap();
    for (db, script) in [
        (&functions, "hostile_functions.sql"),
        (&view, "hostile_history_view.sql"),
    ] {
        db.client()
            .await
            .batch_execute(&format!(
                "ALTER DATABASE {db} OWNER TO {owner}; ALTER SCHEMA public OWNER TO {owner};",
                db = quote_ident_always(db.name()),
                owner = quote_ident_always(owner.name()),
            ))
            .await
            .unwrap();
        let script = std::fs::read_to_string(fixture(script)).unwrap();
        run_as(db, owner.name(), &script, markers.path()).await;
    }

    let mut all = commands(&functions.url());
    all.extend(commands(&view.url()));
    let runs = run_all(&all, Duration::from_secs(60)).await;

    let mut left: Vec<String> = std::fs::read_dir(markers.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    let mut report = String::new();
    for run in &runs {
        let _ = writeln!(report, "{}", run.describe());
    }
    assert!(
        left.is_empty(),
        "the database owner's code ran with the caller's privileges: {left:?}\n{report}"
    );
    for run in &runs {
        assert!(run.output.is_some(), "{}", run.describe());
    }
}

/// Attacks: the secrets of a `.env` file printed in a CI log. The file has an unterminated
/// quote before `DATABASE_URL` and a line that is no assignment at all. Prisma's dotenv reads
/// what it can (the quote does not swallow the lines after it) and so must we, warning about
/// the unreadable line by file and line number only; no value of the file may be printed.
#[test]
fn a_malformed_dotenv_is_read_leniently_and_never_printed() {
    let project = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture("project/schema.prisma"),
        project.path().join("schema.prisma"),
    )
    .unwrap();
    std::fs::write(
        project.path().join(".env"),
        "OTHER_SECRET=dotenv-secret-one\n\
         BROKEN='unterminated dotenv-secret-two\n\
         DATABASE_URL=\"postgresql://app:dotenv-secret-three@127.0.0.1:1/db\"\n\
         this is not an assignment dotenv-secret-four\n\
         LAST_TOKEN=dotenv-secret-five\n",
    )
    .unwrap();
    let run = run_sync(&["check", "--schema", "schema.prisma"], project.path());
    let (stdout, stderr) = (run.stdout(), run.stderr());
    assert!(
        !stdout.contains("dotenv-secret") && !stderr.contains("dotenv-secret"),
        "a value of .env was printed: {}",
        run.describe()
    );
    assert_eq!(run.code(), Some(1), "{}", run.describe());
    assert!(
        stderr.contains("127.0.0.1:1") && stderr.contains("connection refused"),
        "DATABASE_URL was not read from the .env: {}",
        run.describe()
    );
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with("warning: ") && l.contains(".env:4: ")),
        "the skipped line is named by file and line: {}",
        run.describe()
    );
}

/// Attacks: a password in a CI log. An unencoded `#`, `/` or `?` ends a URL's user info early,
/// so pieces of the password land where the port, the path or the query should be (and a
/// numeric piece even reads as a port); `@` and `:` must not confuse the parser either. Every
/// way a URL can be wrong, in every output format of `check`, `status` and `audit`, must keep
/// each piece of the password out of what is printed, and say when the password may need
/// percent-encoding.
#[test]
fn url_errors_never_show_the_password() {
    let templates = [
        "postgresql://app:{pw}@127.0.0.1:1/db",
        "postgresql://app:{pw}@h:notaport/db",
        "postgresql://app:{pw}@h:70000/db",
        "postgresql://app:{pw}@[::1/db",
        "postgresql://app:{pw}@[nothost]/db",
        "postgresql://app:{pw}@[::1]x/db",
        "postgresql://app:{pw}@::1/db",
        "postgresql://app:{pw}@h1,h2/db",
        "postgresql://app:{pw}@h/a%2Fb",
        "postgresql://app:{pw}@h/db%FF",
        "postgresql://app:{pw}@h%FF/db",
        "postgresql://app:{pw}@h/db?connect_timeout=soon",
        "postgresql://app:{pw}@h/db?socket_timeout=-1",
        "postgresql://app:{pw}@h/db?pgbouncer=maybe",
        "postgresql://app:{pw}@h/db?sslaccept=whatever",
        "postgresql://app:{pw}@h/db?port=x",
        "postgresql://app:{pw}@h/db?schema=",
        "mysql://app:{pw}@h/db",
    ];
    let schema = project_schema();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut failures = Vec::new();
    for special in ['#', '/', '?', '@', ':'] {
        let password = format!("54321{special}Sekr1t");
        let mut cases: Vec<Vec<String>> = Vec::new();
        for template in templates {
            let url = template.replace("{pw}", &password);
            for (command, format) in [
                ("check", "human"),
                ("check", "json"),
                ("check", "github"),
                ("check", "sarif"),
                ("status", "human"),
                ("status", "json"),
                ("audit", "markdown"),
                ("audit", "json"),
            ] {
                cases.push(
                    [
                        command, "--schema", &schema, "--url", &url, "--format", format,
                    ]
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
                );
            }
        }
        let runs = runtime.block_on(run_all(&cases, Duration::from_secs(30)));
        for run in runs {
            let printed = format!("{}{}", run.stdout(), run.stderr());
            let postgresql = run.args.contains("--url postgresql://");
            if printed.contains("54321") || printed.contains("Sekr1t") || run.code() != Some(1) {
                failures.push(run.describe());
            } else if postgresql
                && "#/?".contains(special)
                && !run.stderr().contains("percent-encod")
            {
                failures.push(format!(
                    "no hint to percent-encode the password: {}",
                    run.describe()
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of the runs showed the password or failed otherwise; the first ones:\n{}",
        failures.len(),
        failures
            .iter()
            .take(6)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Control characters that a terminal or a log viewer acts on: C0 but newline, DEL and C1.
fn control_characters(text: &str) -> Vec<(usize, char)> {
    text.char_indices()
        .filter(|(_, c)| (c.is_control() && *c != '\n') || ('\u{80}'..='\u{9f}').contains(c))
        .collect()
}

/// A Markdown line without its code spans (a run of backticks up to the next run as long).
fn outside_code_spans(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let run_at = |i: usize| chars[i..].iter().take_while(|c| **c == '`').count();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let run = run_at(i);
        if run == 0 {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let close =
            (i + run..chars.len()).find(|&j| run_at(j) == run && (j == 0 || chars[j - 1] != '`'));
        i = close.map_or(chars.len(), |j| j + run);
    }
    out
}

/// Every row of a Markdown table has its header's cell count, and no HTML opens outside code.
fn assert_markdown_holds(markdown: &str) {
    let mut columns = None;
    for line in markdown.lines() {
        if !line.starts_with('|') {
            columns = None;
            continue;
        }
        let cells = line.replace("\\|", "").matches('|').count();
        match columns {
            None => columns = Some(cells),
            Some(n) => assert_eq!(cells, n, "a row breaks its table: {line}\n{markdown}"),
        }
    }
    // HTML would open outside code spans only (inside one, `<` is text). The audit's own
    // folding tags, whole lines with a summary of its own words, are the exception.
    let folding = regex::Regex::new(r"^(<details>|</details>|<summary>[^<>]*</summary>)$").unwrap();
    // Fenced code blocks (the audit's SQL, schema lines, diagrams) show `<` as text too.
    let mut in_fence = false;
    let prose = markdown.lines().filter(|l| {
        if l.starts_with("```") {
            in_fence = !in_fence;
            return false;
        }
        !in_fence
    });
    for line in prose.filter(|l| !folding.is_match(l)) {
        assert!(
            !outside_code_spans(line).contains('<'),
            "raw HTML in Markdown: {line}"
        );
    }
}

/// A scratch database holding the hostile names, and the schema that describes it.
async fn hostile_database(prefix: &str) -> (ScratchDb, String) {
    let db = scratch_database(prefix).await;
    db.client()
        .await
        .batch_execute(&std::fs::read_to_string(fixture("hostile_names.sql")).unwrap())
        .await
        .unwrap();
    (db, fixture("hostile_names.prisma").display().to_string())
}

/// The same hostile names through `pull --print`, fresh and re-introspected: the schema it
/// prints holds no raw control character and parses back without errors (names are Prisma
/// string escapes), and its warnings on stderr show every name escaped, so no line starts a
/// workflow command.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_names_are_escaped_by_pull() {
    let (db, schema) = hostile_database("hostile_pull").await;
    let url = db.url();
    let pulls: Vec<Vec<String>> = [vec!["--force"], vec![]]
        .into_iter()
        .map(|extra| {
            ["pull", "--print", "--schema", &schema, "--url", &url]
                .into_iter()
                .chain(extra)
                .map(str::to_string)
                .collect()
        })
        .collect();
    for run in run_all(&pulls, Duration::from_secs(60)).await {
        assert_eq!(run.code(), Some(0), "{}", run.describe());
        let (printed, warnings) = (run.stdout(), run.stderr());
        for (name, output) in [("schema", &printed), ("warnings", &warnings)] {
            let found = control_characters(output);
            assert!(found.is_empty(), "{name}: raw {found:?}:\n{output}");
        }
        assert!(
            !warnings.lines().any(|l| l.trim_start().starts_with("::")),
            "a warning line starts a workflow command:\n{warnings}"
        );
        assert!(warnings.contains("csi\\u{9b}2J"), "{warnings}");
        let parsed = prisma_drift::schema::parse_source("schema.prisma", &printed);
        let errors: Vec<String> = parsed
            .diagnostics
            .errors()
            .map(|d| d.message.clone())
            .collect();
        assert!(errors.is_empty(), "{errors:?}\n{printed}");
    }
}

/// Attacks: database text that reaches a terminal or a CI log raw. Table, column, index,
/// constraint and enum value names carry a GitHub workflow command after a newline, terminal
/// escape sequences (ESC, the 8-bit CSI, BEL, carriage return), Markdown table pipes, HTML and
/// backticks. No output may carry a control character, start a line the tool did not write,
/// or break a Markdown table; JSON keeps the exact names.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_names_are_escaped_in_every_output_format() {
    let (db, schema) = hostile_database("hostile_names").await;
    let url = db.url();
    let target = db.config().to_string();
    let clean = |s: &str| {
        s.replace(&target, "<database>")
            .replace(db.name(), "<db>")
            .replace(&schema, "<schema>")
            .replace(&root().display().to_string(), "<root>")
    };
    let formats = ["human", "json", "github", "sarif"];
    let mut cases: Vec<Vec<String>> = formats
        .iter()
        .map(|format| {
            [
                "check", "--schema", &schema, "--url", &url, "--format", format,
            ]
            .iter()
            .map(|s| s.to_string())
            .collect()
        })
        .collect();
    cases.push(
        ["audit", "--schema", &schema, "--url", &url]
            .iter()
            .map(|s| s.to_string())
            .collect(),
    );
    let runs = run_all(&cases, Duration::from_secs(60)).await;
    for run in &runs {
        assert_eq!(run.code(), Some(2), "{}", run.describe());
        assert_eq!(run.stderr(), "", "{}", run.describe());
    }
    let outputs: Vec<String> = runs.iter().map(Run::stdout).collect();
    let [human, json, github, sarif, markdown] = &outputs[..] else {
        unreachable!()
    };

    for (name, output) in [
        ("human", human),
        ("github", github),
        ("sarif", sarif),
        ("markdown", markdown),
    ] {
        let found = control_characters(output);
        assert!(
            found.is_empty(),
            "{name}: raw control characters {:?} in:\n{output}",
            found.iter().map(|(_, c)| *c).collect::<Vec<_>>()
        );
    }
    // The only lines starting a workflow command are the ones written for changes.
    let changes = serde_json::from_str::<serde_json::Value>(json).expect("JSON")["changes"]
        .as_array()
        .unwrap()
        .len();
    for (name, output) in [("human", human), ("markdown", markdown)] {
        assert!(
            !output.lines().any(|l| l.trim_start().starts_with("::")),
            "{name}: a line starts a workflow command:\n{output}"
        );
    }
    let commands = github.lines().filter(|l| l.starts_with("::")).count();
    assert_eq!(
        commands, changes,
        "one workflow command per change:\n{github}"
    );
    // JSON is data: the exact names, escaped by the JSON encoder.
    assert!(
        json.contains("evil\\n::error file=README.md,line=1::owned %0A\\r"),
        "{json}"
    );
    assert_markdown_holds(markdown);

    let markdown = regex::Regex::new(r"(?m)^- \*\*PostgreSQL:\*\* .*$")
        .unwrap()
        .replace_all(markdown, "- **PostgreSQL:** [version]");
    let markdown = regex::Regex::new(r"(?m)^- \*\*Date:\*\* .*$")
        .unwrap()
        .replace_all(&markdown, "- **Date:** [date]");
    let markdown = markdown.replace(env!("CARGO_PKG_VERSION"), "<version>");
    let markdown = regex::Regex::new(r"\d+(?:\.\d)? [KMGT]?B")
        .unwrap()
        .replace_all(&markdown, "[size]");
    snapshot_settings().bind(|| {
        insta::assert_snapshot!("security__hostile_names_human", clean(human));
        insta::assert_snapshot!("security__hostile_names_github", clean(github));
        insta::assert_snapshot!(
            "security__hostile_names_sarif",
            clean(sarif).replace(env!("CARGO_PKG_VERSION"), "<version>")
        );
        insta::assert_snapshot!("security__hostile_names_markdown", clean(&markdown));
    });
}

/// The fixture project's table and Prisma's history table, plainly made.
const PROJECT_TABLES: &str = "CREATE TABLE \"Post\" (id integer PRIMARY KEY, title text NOT NULL);
    CREATE TABLE _prisma_migrations (id varchar(36) PRIMARY KEY, checksum varchar(64) NOT NULL,
        finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text,
        rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(),
        applied_steps_count integer NOT NULL DEFAULT 0);";

/// Attacks: a CI job hung forever. The server (here a proxy in front of it) completes the login
/// and then answers nothing. With `socket_timeout=2` in the URL (Prisma's per-query limit),
/// `check`, `status` and `audit --url` must each end within a few seconds with one line that
/// says what happened.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stalled_server_ends_each_command_in_one_line() {
    let db = scratch_database("stalled").await;
    db.client()
        .await
        .batch_execute(PROJECT_TABLES)
        .await
        .unwrap();
    let proxy = CountingProxy::start_stalling().await;
    let mut config = proxy.config_for(&db);
    config.socket_timeout = Some(Duration::from_secs(2));
    let runs = run_all(
        &commands(&config.url_with_password()),
        Duration::from_secs(30),
    )
    .await;
    for run in &runs {
        eprintln!("stalled server: {}", run.describe());
        assert!(run.output.is_some(), "{}", run.describe());
        assert_eq!(run.code(), Some(1), "{}", run.describe());
        assert!(run.elapsed < Duration::from_secs(10), "{}", run.describe());
        let stderr = run.stderr();
        assert_eq!(stderr.lines().count(), 1, "{}", run.describe());
        assert!(stderr.contains("socket_timeout"), "{}", run.describe());
    }
}

/// Attacks: a CI job hung behind a lock. Another session holds `ACCESS EXCLUSIVE` on
/// `_prisma_migrations` (a migration in progress, a forgotten `LOCK TABLE`), then on a table
/// the audit measures. `status` and `audit --url` must give up after the default lock timeout
/// (10 s) and name the relation that is locked, not wait for as long as the other session
/// likes; the library's detailed history error also names the session holding it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_locked_relation_stops_status_and_audit_in_seconds() {
    let db = scratch_database("locked").await;
    let setup = db.client().await;
    setup.batch_execute(PROJECT_TABLES).await.unwrap();
    let url = db.url();
    let schema = project_schema();
    for (relation, commands, named) in [
        (
            "_prisma_migrations",
            vec!["status", "audit"],
            "_prisma_migrations",
        ),
        ("\"Post\"", vec!["audit"], "Post"),
    ] {
        let holder = db.client().await;
        holder
            .batch_execute(&format!(
                "BEGIN; LOCK TABLE {relation} IN ACCESS EXCLUSIVE MODE;"
            ))
            .await
            .unwrap();
        let cases: Vec<Vec<String>> = commands
            .iter()
            .map(|command| {
                [*command, "--schema", &schema, "--url", &url]
                    .iter()
                    .map(|s| s.to_string())
                    .collect()
            })
            .collect();
        let runs = run_all(&cases, Duration::from_secs(40)).await;
        if named == "_prisma_migrations" {
            // The library's detailed error also says who holds the lock.
            let mut config = db.config().clone();
            config.lock_timeout = Some(Duration::from_secs(1));
            let (client, _task) = connect(&config).await.unwrap();
            let error = prisma_drift::migrations::history::read_history_detailed(&client, "public")
                .await
                .expect_err("the table is locked")
                .to_string();
            assert!(
                error.contains("another session has held a lock on it")
                    && error.contains("AccessExclusiveLock held by process"),
                "{error}"
            );
        }
        holder.batch_execute("ROLLBACK").await.unwrap();
        for run in &runs {
            eprintln!("locked {relation}: {}", run.describe());
            assert!(run.output.is_some(), "{}", run.describe());
            assert_eq!(run.code(), Some(1), "{}", run.describe());
            assert!(run.elapsed < Duration::from_secs(20), "{}", run.describe());
            let stderr = run.stderr();
            assert_eq!(stderr.lines().count(), 1, "{}", run.describe());
            assert!(
                stderr.contains("could not obtain lock on relation") && stderr.contains(named),
                "{}",
                run.describe()
            );
        }
    }
}

/// Attacks: a misleading error. When a statement of the pipelined introspection fails (here:
/// the statement timeout, set absurdly low), every statement after it in the transaction
/// fails too, with "current transaction is aborted". The error reported must be the first
/// one, whichever of the pipelined queries completes first.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn introspection_reports_the_first_error_not_the_follow_on() {
    let db = scratch_database("first_error").await;
    let client = db.client().await;
    client
        .batch_execute(&support::many_tables_sql(300))
        .await
        .unwrap();
    let options = prisma_drift::introspect::IntrospectOptions {
        statement_timeout: Some(Duration::from_millis(1)),
        ..Default::default()
    };
    for attempt in 0..8 {
        let error =
            prisma_drift::introspect::introspect_with(&client, &["public".to_string()], &options)
                .await
                .expect_err("a 1 ms statement timeout stops the introspection");
        let message = error.to_string();
        assert!(
            message.contains("57014") && !message.contains("25P02"),
            "attempt {attempt}: {message}"
        );
    }
}
