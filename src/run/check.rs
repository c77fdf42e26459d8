//! The drift check as one call: [`check`] takes a parsed schema and a
//! [`Target`] — a live database, a connection the caller already has, or a
//! migrations folder replayed into a shadow database — and returns the
//! report with the two databases it compared.

use super::RunError;
use crate::diff::{self, CheckReport, DiffOptions, IgnoreRule};
use crate::introspect::{self, IntrospectOptions};
use crate::ir;
use crate::lower;
use crate::migrations::{self, Migration, MigrationsFolder};
use crate::pg::{self, ConnConfig, Session, Shadow, ShadowDatabase};
use crate::schema::ParsedSchema;

/// How to run a check.
#[derive(Debug, Clone, Default)]
pub struct CheckOptions {
    /// Warnings (unmanaged objects) count as drift.
    pub strict: bool,
    /// Changes to leave out.
    pub ignore: Vec<IgnoreRule>,
    /// How to read the catalog.
    pub introspect: IntrospectOptions,
}

/// What `check --migrations` needs besides the schema.
#[derive(Debug, Clone)]
pub struct MigrationsCheck {
    /// The folder to replay.
    pub folder: MigrationsFolder,
    /// Where to replay it.
    pub shadow: Shadow,
    /// SQL run before the first migration (`--init-sql`): what a hosting
    /// platform provides outside the migrations. (label, script)
    pub init_sql: Option<(String, String)>,
    /// Folders without `migration.sql` (data migrations run by another tool)
    /// are skipped instead of stopping the check.
    pub allow_missing_scripts: bool,
    /// Settings of the throwaway server (`--shadow-setting NAME=VALUE`).
    pub shadow_settings: Vec<(String, String)>,
}

impl MigrationsCheck {
    /// The folder's problems that stop a replay, as sentences.
    pub fn blocking_problems(&self) -> Vec<String> {
        self.folder
            .problems
            .iter()
            .filter(|p| p.is_error())
            .filter(|p| {
                !(self.allow_missing_scripts
                    && matches!(p, migrations::FolderProblem::MissingScript { .. }))
            })
            .map(ToString::to_string)
            .collect()
    }

    /// The folder's problems that do not stop the replay (printed as warnings).
    pub fn warnings(&self) -> Vec<String> {
        let blocking = self.blocking_problems();
        self.folder
            .problems
            .iter()
            .map(ToString::to_string)
            .filter(|problem| !blocking.contains(problem))
            .collect()
    }

    /// Fails with [`RunError::Folder`] when the folder cannot be replayed as it is.
    pub fn ensure_replayable(&self) -> Result<(), RunError> {
        let problems = self.blocking_problems();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(RunError::Folder(problems))
        }
    }
}

/// Told before each migration is replayed: (index, total, migration).
pub type Progress<'a> = &'a mut (dyn FnMut(usize, usize, &Migration) + Send);

/// What a check compares the schema with.
#[non_exhaustive]
pub enum Target<'a> {
    /// A live database, connected to for the check.
    Url(&'a ConnConfig),
    /// A connection the caller already has (read inside its transaction when it has one open).
    Client {
        /// The connection.
        client: &'a tokio_postgres::Client,
        /// The namespace of objects without `@@schema` (the URL's `?schema=`, usually `public`).
        default_namespace: &'a str,
        /// Where the database is, for reports (never with a password).
        label: &'a str,
    },
    /// A migrations folder, replayed into a shadow database first.
    Migrations {
        /// The folder and where to replay it.
        run: &'a MigrationsCheck,
        /// Told before each migration.
        progress: Progress<'a>,
    },
}

/// A check's report with the two databases it compared: what the fix-up SQL
/// ([`crate::report::fixup_sql`]) needs besides the changes.
#[derive(Debug, Clone)]
pub struct CheckOutcome {
    /// What differs.
    pub report: CheckReport,
    /// The database the schema describes.
    pub expected: ir::Database,
    /// The database that was introspected.
    pub actual: ir::Database,
}

/// Checks `target` against a parsed schema, which must be valid.
pub async fn check(
    parsed: &ParsedSchema,
    target: Target<'_>,
    options: &CheckOptions,
) -> Result<CheckOutcome, RunError> {
    if parsed.diagnostics.has_errors() {
        return Err(RunError::InvalidSchema(parsed.diagnostics.clone()));
    }
    ensure_postgres(parsed)?;
    match target {
        Target::Url(config) => {
            let session = Session::open(config).await?;
            check_client(
                parsed,
                &session,
                &config.schema,
                &config.to_string(),
                options,
            )
            .await
        }
        Target::Client {
            client,
            default_namespace,
            label,
        } => check_client(parsed, client, default_namespace, label, options).await,
        Target::Migrations { run, progress } => {
            run.ensure_replayable()?;
            let shadow = open_shadow(run).await?;
            let result = replay_and_check(parsed, run, &shadow, progress, options).await;
            close_shadow(shadow).await;
            result
        }
    }
}

/// Opens the shadow database, printing what went wrong without stopping us.
pub(super) async fn open_shadow(run: &MigrationsCheck) -> Result<ShadowDatabase, RunError> {
    if !run.shadow_settings.is_empty() && !matches!(run.shadow, Shadow::Ephemeral) {
        return Err(RunError::Message(
            "--shadow-setting sets up the throwaway server; an existing shadow server keeps its own settings".into(),
        ));
    }
    let database = ShadowDatabase::open_with(&run.shadow, &run.shadow_settings).await?;
    database.warnings.iter().for_each(|w| warn(w));
    Ok(database)
}

/// Drops the shadow database; a failure to is a warning (the database would stay behind).
pub(super) async fn close_shadow(shadow: ShadowDatabase) {
    if let Some(warning) = shadow.close().await {
        warn(&warning);
    }
}

fn warn(warning: &str) {
    eprintln!("warning: {}", crate::report::escape_text(warning));
}

/// A schema for another database says nothing about a PostgreSQL one: comparing would
/// report whatever PostgreSQL's rules make of it.
fn ensure_postgres(parsed: &ParsedSchema) -> Result<(), RunError> {
    match parsed.schema.datasource.as_ref() {
        Some(source) if !source.is_postgres() => Err(RunError::UnsupportedProvider {
            provider: source.provider.clone(),
        }),
        _ => Ok(()),
    }
}

async fn replay_and_check(
    parsed: &ParsedSchema,
    run: &MigrationsCheck,
    shadow: &ShadowDatabase,
    progress: Progress<'_>,
    options: &CheckOptions,
) -> Result<CheckOutcome, RunError> {
    let session = Session::open(&shadow.config).await?;
    let init = run
        .init_sql
        .as_ref()
        .map(|(label, sql)| (label.as_str(), sql.as_str()));
    migrations::replay::replay(&session, &run.folder, init, progress)
        .await
        .map_err(RunError::Replay)?;
    let namespace = pg::config::DEFAULT_SCHEMA;
    check_client(parsed, &session, namespace, &shadow.target, options).await
}

async fn check_client(
    parsed: &ParsedSchema,
    client: &tokio_postgres::Client,
    default_namespace: &str,
    label: &str,
    options: &CheckOptions,
) -> Result<CheckOutcome, RunError> {
    let expected = lower::expected_database(parsed, default_namespace);
    let actual =
        introspect::introspect_with(client, &expected.namespaces, &options.introspect).await?;
    let report = compare(parsed, &expected, &actual, label, options);
    Ok(CheckOutcome {
        report,
        expected,
        actual,
    })
}

/// The report for two databases already at hand: `expected` as
/// [`lower::expected_database`] builds it from `parsed`, `actual` as
/// introspection reads it.
pub fn compare(
    parsed: &ParsedSchema,
    expected: &ir::Database,
    actual: &ir::Database,
    label: &str,
    options: &CheckOptions,
) -> CheckReport {
    let changes = diff::diff(
        expected,
        actual,
        &diff_options(parsed, options.ignore.clone()),
    );
    CheckReport::new(changes, expected, actual, label, options.strict)
}

/// The differ's options for a schema: what its preview features make expressible.
pub fn diff_options(parsed: &ParsedSchema, ignore: Vec<IgnoreRule>) -> DiffOptions {
    DiffOptions {
        partial_indexes: parsed.schema.has_preview_feature("partialIndexes"),
        ignore,
    }
}
