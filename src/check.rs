//! The drift check as one library call: schema + live database → changes.
//!
//! `parse` → `lower` → `introspect` → `diff`, with the namespaces and options
//! taken from the schema and the connection URL.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostics;
use crate::diff::{self, Change, DiffOptions, IgnoreRule, Severity};
use crate::introspect::{self, IntrospectError, IntrospectOptions};
use crate::ir;
use crate::lower::{self, LowerOptions};
use crate::migrations;
use crate::pg::{self, ConfigError, ConnConfig, ConnectError, ResolvedUrl, UrlLookup};
use crate::schema::{self, ParsedSchema, UrlSource};

/// How to run a check.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Warnings (unmanaged objects) count as drift.
    pub strict: bool,
    /// Changes to leave out.
    pub ignore: Vec<IgnoreRule>,
    pub introspect: IntrospectOptions,
}

/// What a check found.
#[derive(Debug, Clone)]
pub struct CheckReport {
    /// Every change, sorted; drift, warnings and info alike.
    pub changes: Vec<Change>,
    /// Whether warnings count as drift.
    pub strict: bool,
    /// The namespaces compared.
    pub namespaces: Vec<String>,
    /// Where the database is, without its password.
    pub target: String,
    /// Number of tables, enums and views on each side.
    pub expected_counts: Counts,
    pub actual_counts: Counts,
    /// `file:line` of each model and enum of the schema, by name, for reports.
    pub locations: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub tables: usize,
    pub enums: usize,
    pub views: usize,
}

impl Counts {
    fn of(db: &ir::Database) -> Counts {
        Counts {
            tables: db.tables.len(),
            enums: db.enums.len(),
            views: db.views.len(),
        }
    }
}

impl CheckReport {
    /// Changes that make the database out of sync under these options.
    pub fn drift(&self) -> impl Iterator<Item = &Change> {
        self.changes
            .iter()
            .filter(move |c| counts_as_drift(c, self.strict))
    }

    pub fn is_in_sync(&self) -> bool {
        self.drift().next().is_none()
    }

    /// 0 in sync, 2 drift (1 is for errors, which never make a report).
    pub fn exit_code(&self) -> u8 {
        if self.is_in_sync() {
            0
        } else {
            2
        }
    }
}

pub fn counts_as_drift(change: &Change, strict: bool) -> bool {
    match change.severity {
        Severity::Drift => true,
        Severity::Warning => strict,
        Severity::Info => false,
    }
}

#[derive(Debug)]
pub enum CheckError {
    /// The schema does not validate.
    InvalidSchema(Diagnostics),
    /// No URL anywhere.
    NoUrl {
        schema_env: Option<String>,
    },
    Config(ConfigError),
    Connect(ConnectError),
    Introspect(IntrospectError),
    /// The migrations folder cannot be replayed as it is.
    Folder(Vec<String>),
    /// A migration failed to apply.
    Replay(migrations::replay::ReplayError),
    /// The ephemeral server could not be had.
    Shadow(pg::EphemeralError),
    /// The scratch database on the shadow server could not be made.
    ShadowSql(String),
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckError::InvalidSchema(diagnostics) => write!(
                f,
                "the schema is invalid ({} error(s)); run `prisma-drift validate` for details",
                diagnostics.errors().count()
            ),
            CheckError::NoUrl { schema_env } => {
                write!(f, "no database URL: pass --url, or set DATABASE_URL")?;
                if let Some(var) = schema_env.as_ref().filter(|v| *v != "DATABASE_URL") {
                    write!(f, " or {var} (named by the datasource)")?;
                }
                write!(f, " in the environment or a .env file")
            }
            CheckError::Config(error) => write!(f, "{error}"),
            CheckError::Connect(error) => write!(f, "{error}"),
            CheckError::Introspect(error) => write!(f, "{error}"),
            CheckError::Folder(problems) => {
                write!(
                    f,
                    "the migrations folder cannot be replayed: {}",
                    problems.join("; ")
                )
            }
            CheckError::Replay(error) => write!(f, "{error}"),
            CheckError::Shadow(error) => write!(
                f,
                "{error} (or pass --shadow-url to replay the migrations on an existing server)"
            ),
            CheckError::ShadowSql(error) => {
                write!(f, "cannot create the shadow database: {error}")
            }
        }
    }
}

impl std::error::Error for CheckError {}

/// Finds the database URL for a schema: `--url`, `DATABASE_URL` (environment,
/// then `.env` beside the schema or in `cwd`), the datasource's `env("…")`
/// variable, or a literal `url = "…"` in the datasource.
pub fn resolve_database_url(
    parsed: &ParsedSchema,
    schema_path: &Path,
    explicit: Option<&str>,
    cwd: &Path,
) -> Result<ResolvedUrl, CheckError> {
    let datasource_url = parsed
        .schema
        .datasource
        .as_ref()
        .and_then(|d| d.url.as_ref());
    let datasource_env = match datasource_url {
        Some(UrlSource::Env(name)) => Some(name.as_str()),
        _ => None,
    };
    let schema_dir: PathBuf = if schema_path.is_dir() {
        schema_path.to_path_buf()
    } else {
        schema_path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default()
    };
    let mut dotenv_dirs = vec![schema_dir.clone()];
    // Prisma also reads the .env of the project root above a `prisma/` folder.
    if let Some(parent) = schema_dir.parent() {
        dotenv_dirs.push(parent.to_path_buf());
    }
    dotenv_dirs.push(cwd.to_path_buf());
    dotenv_dirs.dedup();
    let lookup = UrlLookup {
        explicit,
        datasource_env,
        dotenv_dirs,
        env: &pg::process_env,
    };
    if let Some(found) = pg::resolve_url(&lookup).map_err(CheckError::Config)? {
        return Ok(found);
    }
    if let Some(UrlSource::Literal(url)) = datasource_url {
        return Ok(ResolvedUrl {
            url: url.clone(),
            source: pg::UrlSource::Explicit,
        });
    }
    Err(CheckError::NoUrl {
        schema_env: datasource_env.map(String::from),
    })
}

/// The namespaces a schema covers: the datasource's `schemas`, else the URL's
/// `?schema=` (default `public`).
pub fn namespaces(parsed: &ParsedSchema, default_namespace: &str) -> Vec<String> {
    let declared: Vec<String> = parsed
        .schema
        .datasource
        .as_ref()
        .map(|d| d.schemas.iter().map(|(s, _)| s.clone()).collect())
        .unwrap_or_default();
    if declared.is_empty() {
        vec![default_namespace.to_string()]
    } else {
        declared
    }
}

/// The differ's options for a schema: what its preview features make expressible.
pub fn diff_options(parsed: &ParsedSchema, ignore: Vec<IgnoreRule>) -> DiffOptions {
    DiffOptions {
        partial_indexes: parsed.schema.has_preview_feature("partialIndexes"),
        ignore,
    }
}

/// The database a schema describes, in the namespace layout of `config`.
pub fn expected_database(parsed: &ParsedSchema, default_namespace: &str) -> ir::Database {
    let mut db = lower::lower(
        &parsed.schema,
        &parsed.sources,
        &LowerOptions {
            default_namespace: default_namespace.to_string(),
        },
    );
    db.namespaces = namespaces(parsed, default_namespace);
    db
}

/// A check's report with the two databases it compared: what the fix-up SQL
/// ([`crate::report::fixup_sql`]) needs besides the changes.
#[derive(Debug, Clone)]
pub struct CheckOutcome {
    pub report: CheckReport,
    /// The database the schema describes.
    pub expected: ir::Database,
    /// The database that was introspected.
    pub actual: ir::Database,
}

/// Checks a live database against a parsed schema. The schema must be valid.
pub async fn check(
    parsed: &ParsedSchema,
    config: &ConnConfig,
    options: &CheckOptions,
) -> Result<CheckReport, CheckError> {
    check_detailed(parsed, config, options)
        .await
        .map(|outcome| outcome.report)
}

/// [`check`], keeping the two databases it compared.
pub async fn check_detailed(
    parsed: &ParsedSchema,
    config: &ConnConfig,
    options: &CheckOptions,
) -> Result<CheckOutcome, CheckError> {
    if parsed.diagnostics.has_errors() {
        return Err(CheckError::InvalidSchema(parsed.diagnostics.clone()));
    }
    let (client, connection) = pg::connect(config).await.map_err(CheckError::Connect)?;
    let result = check_with_client_detailed(
        parsed,
        &client,
        &config.schema,
        &config.to_string(),
        options,
    )
    .await;
    drop(client);
    connection.abort();
    result
}

/// [`check`] over a connection the caller already has.
pub async fn check_with_client(
    parsed: &ParsedSchema,
    client: &tokio_postgres::Client,
    default_namespace: &str,
    target: &str,
    options: &CheckOptions,
) -> Result<CheckReport, CheckError> {
    check_with_client_detailed(parsed, client, default_namespace, target, options)
        .await
        .map(|outcome| outcome.report)
}

/// [`check_with_client`], keeping the two databases it compared.
pub async fn check_with_client_detailed(
    parsed: &ParsedSchema,
    client: &tokio_postgres::Client,
    default_namespace: &str,
    target: &str,
    options: &CheckOptions,
) -> Result<CheckOutcome, CheckError> {
    let expected = expected_database(parsed, default_namespace);
    let actual = introspect::introspect_with(client, &expected.namespaces, &options.introspect)
        .await
        .map_err(CheckError::Introspect)?;
    let report = compare(parsed, &expected, &actual, target, options);
    Ok(CheckOutcome {
        report,
        expected,
        actual,
    })
}

/// The report for two databases already at hand: `expected` as
/// [`expected_database`] builds it from `parsed`, `actual` as introspection
/// reads it.
pub fn compare(
    parsed: &ParsedSchema,
    expected: &ir::Database,
    actual: &ir::Database,
    target: &str,
    options: &CheckOptions,
) -> CheckReport {
    let changes = diff::diff(
        expected,
        actual,
        &diff_options(parsed, options.ignore.clone()),
    );
    let locations = expected
        .tables
        .iter()
        .filter_map(|t| t.origin.as_ref())
        .chain(expected.enums.iter().filter_map(|e| e.origin.as_ref()))
        .chain(expected.views.iter().filter_map(|v| v.origin.as_ref()))
        .filter(|o| o.field.is_none())
        .filter_map(|o| Some((o.model.clone()?, format!("{}:{}", o.file, o.line))))
        .collect();
    CheckReport {
        changes,
        locations,
        strict: options.strict,
        namespaces: expected.namespaces.clone(),
        target: target.to_string(),
        expected_counts: Counts::of(expected),
        actual_counts: Counts::of(actual),
    }
}

/// Loads and parses the schema at `path` (a file or a folder).
pub fn load_schema(path: &Path) -> Result<ParsedSchema, schema::locate::LocateError> {
    let sources = schema::locate::load(path)?;
    Ok(schema::parse_schema(sources))
}

/// Where migrations are replayed for `check --migrations`.
#[derive(Debug, Clone)]
pub enum Shadow {
    /// A throwaway PostgreSQL started for the purpose (needs the server binaries).
    Ephemeral,
    /// An existing server: a scratch database is created there and dropped after.
    Server(ConnConfig),
}

/// What `check --migrations` needs besides the schema.
#[derive(Debug, Clone)]
pub struct MigrationsCheck {
    pub folder: migrations::MigrationsFolder,
    pub shadow: Shadow,
    /// SQL run before the first migration (`--init-sql`): what a hosting
    /// platform provides outside the migrations. (label, script)
    pub init_sql: Option<(String, String)>,
    /// Folders without `migration.sql` (data migrations run by another tool)
    /// are skipped instead of stopping the check.
    pub allow_missing_scripts: bool,
}

/// Replays a migrations folder into a shadow database and checks the result
/// against the schema. `progress` is told before each migration.
pub async fn check_migrations(
    parsed: &ParsedSchema,
    run: &MigrationsCheck,
    options: &CheckOptions,
    progress: &mut (dyn FnMut(usize, usize, &migrations::Migration) + Send),
) -> Result<CheckReport, CheckError> {
    check_migrations_detailed(parsed, run, options, progress)
        .await
        .map(|outcome| outcome.report)
}

/// [`check_migrations`], keeping the two databases it compared (the actual
/// one is the replayed migrations).
pub async fn check_migrations_detailed(
    parsed: &ParsedSchema,
    run: &MigrationsCheck,
    options: &CheckOptions,
    progress: &mut (dyn FnMut(usize, usize, &migrations::Migration) + Send),
) -> Result<CheckOutcome, CheckError> {
    if parsed.diagnostics.has_errors() {
        return Err(CheckError::InvalidSchema(parsed.diagnostics.clone()));
    }
    let errors: Vec<String> = run
        .folder
        .problems
        .iter()
        .filter(|p| p.is_error())
        .filter(|p| {
            !(run.allow_missing_scripts
                && matches!(p, migrations::FolderProblem::MissingScript { .. }))
        })
        .map(ToString::to_string)
        .collect();
    if !errors.is_empty() {
        return Err(CheckError::Folder(errors));
    }
    let shadow = ShadowDatabase::open(&run.shadow).await?;
    let result = async {
        let (client, connection) = pg::connect(&shadow.config)
            .await
            .map_err(CheckError::Connect)?;
        let init = run
            .init_sql
            .as_ref()
            .map(|(label, sql)| (label.as_str(), sql.as_str()));
        let replayed = migrations::replay::replay(&client, &run.folder, init, progress).await;
        let result = match replayed {
            Ok(()) => {
                check_with_client_detailed(
                    parsed,
                    &client,
                    pg::config::DEFAULT_SCHEMA,
                    &shadow.target,
                    options,
                )
                .await
            }
            Err(error) => Err(CheckError::Replay(error)),
        };
        drop(client);
        connection.abort();
        result
    }
    .await;
    shadow.close().await;
    result
}

/// A scratch database to replay migrations into: on a throwaway server
/// started for it, or created on an existing server. [`ShadowDatabase::close`]
/// drops it (and stops the throwaway server).
#[derive(Debug)]
pub struct ShadowDatabase {
    /// Reaches the scratch database as its owner.
    pub config: ConnConfig,
    /// Where the migrations are replayed, for reports: `migrations replayed in …`.
    pub target: String,
    /// Kept alive until [`ShadowDatabase::close`]; dropping it stops the server.
    ephemeral: Option<pg::EphemeralServer>,
    /// The existing server's admin connection, to drop the scratch database.
    admin: Option<ConnConfig>,
    name: String,
}

impl ShadowDatabase {
    /// Starts the throwaway server, or creates the scratch database on the given one.
    pub async fn open(shadow: &Shadow) -> Result<ShadowDatabase, CheckError> {
        let name = shadow_database_name();
        match shadow {
            Shadow::Ephemeral => {
                let server = pg::EphemeralServer::start_async(pg::EphemeralOptions::default())
                    .await
                    .map_err(CheckError::Shadow)?;
                let config = server
                    .create_database(&name)
                    .await
                    .map_err(CheckError::Shadow)?;
                Ok(ShadowDatabase {
                    target: format!(
                        "migrations replayed in an ephemeral PostgreSQL {}",
                        server.binaries().version
                    ),
                    config,
                    ephemeral: Some(server),
                    admin: None,
                    name,
                })
            }
            Shadow::Server(admin) => {
                let (client, connection) = pg::connect(admin).await.map_err(CheckError::Connect)?;
                let created = client
                    .batch_execute(&format!(
                        "CREATE DATABASE {}",
                        crate::sql::quote_ident_always(&name)
                    ))
                    .await
                    .map_err(|e| CheckError::ShadowSql(describe_pg_error(&e)));
                drop(client);
                connection.abort();
                created?;
                let config = admin.with_database(&name);
                Ok(ShadowDatabase {
                    target: format!("migrations replayed in {config}"),
                    config,
                    ephemeral: None,
                    admin: Some(admin.clone()),
                    name,
                })
            }
        }
    }

    /// The throwaway server, when the database is on one.
    pub fn ephemeral(&self) -> Option<&pg::EphemeralServer> {
        self.ephemeral.as_ref()
    }

    /// Drops the scratch database, or stops the throwaway server.
    pub async fn close(self) {
        if let Some(admin) = &self.admin {
            drop_scratch_database(admin, &self.name).await;
        }
        drop(self.ephemeral);
    }
}

fn shadow_database_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!(
        "prisma_drift_shadow_{}_{}",
        std::process::id(),
        nanos % 1_000_000_000
    )
}

async fn drop_scratch_database(admin: &ConnConfig, name: &str) {
    if let Ok((client, connection)) = pg::connect(admin).await {
        let _ = client
            .batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                crate::sql::quote_ident_always(name)
            ))
            .await;
        drop(client);
        connection.abort();
    }
}

fn describe_pg_error(error: &tokio_postgres::Error) -> String {
    error
        .as_db_error()
        .map(|db| db.message().to_string())
        .unwrap_or_else(|| error.to_string())
}
