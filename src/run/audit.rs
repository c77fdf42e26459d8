//! The audit as one call: gather what [`crate::audit::build`] needs from a
//! live database (statuses from `_prisma_migrations`) or from a migrations
//! folder replayed into a shadow database (then seeded), and build it.

use std::path::PathBuf;

use super::check::{compare, CheckOptions, MigrationsCheck};
use super::RunError;
use crate::audit::{self, history, Audit, AuditError, AuditInput, Mode};
use crate::introspect;
use crate::lower;
use crate::migrations::history::read_history;
use crate::migrations::replay::{self, ReplayError};
use crate::migrations::MigrationsFolder;
use crate::pg::{self, ConnConfig, Session, ShadowDatabase};
use crate::schema::ParsedSchema;

/// What to audit.
#[derive(Debug, Clone)]
#[non_exhaustive]
// Made once per run: boxing the connection settings would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum AuditSource {
    /// A live database. Migration statuses come from its `_prisma_migrations`,
    /// compared with `migrations` (the folder; `None` when there is none at
    /// `migrations_dir`).
    Live {
        /// The database.
        config: ConnConfig,
        /// The migrations folder, when there is one.
        migrations: Option<MigrationsFolder>,
        /// Where the folder was looked for.
        migrations_dir: PathBuf,
    },
    /// A migrations folder replayed into a shadow database, then `seed`
    /// (label, SQL) run on it.
    Replay {
        /// The folder and where to replay it.
        run: MigrationsCheck,
        /// SQL that fills the tables after a clean replay.
        seed: Option<(String, String)>,
    },
}

/// How to audit.
#[derive(Debug, Clone, Default)]
pub struct AuditOptions {
    /// Strictness and ignore rules of the drift check.
    pub check: CheckOptions,
    /// Count rows with `count(*)` (one query per table) instead of reading the
    /// planner's estimate (`pg_class.reltuples`).
    pub exact_counts: bool,
}

/// Runs the audit. See the module documentation of [`crate::audit`].
pub async fn audit(
    parsed: &ParsedSchema,
    source: &AuditSource,
    options: &AuditOptions,
) -> Result<Audit, RunError> {
    match source {
        AuditSource::Live {
            config,
            migrations,
            migrations_dir,
        } => {
            let session = Session::open(config).await?;
            let rows = read_history(&session, &config.schema)
                .await
                .map_err(|source| AuditError::Query {
                    step: "_prisma_migrations",
                    source,
                })?;
            let history = match migrations {
                Some(folder) => history::from_database(folder, rows.as_deref()),
                None => history::no_folder(migrations_dir, rows.as_deref()),
            };
            let target = config.to_string();
            let sides = Sides::new(parsed, &config.schema, &target, Mode::Live);
            sides.audit(&session, history, false, options).await
        }
        AuditSource::Replay { run, seed } => {
            run.ensure_replayable()?;
            let shadow = super::check::open_shadow(run).await?;
            let result = replay_and_audit(parsed, run, seed.as_ref(), &shadow, options).await;
            super::check::close_shadow(shadow).await;
            result
        }
    }
}

async fn replay_and_audit(
    parsed: &ParsedSchema,
    run: &MigrationsCheck,
    seed: Option<&(String, String)>,
    shadow: &ShadowDatabase,
    options: &AuditOptions,
) -> Result<Audit, RunError> {
    let session = Session::open(&shadow.config).await?;
    if let Some((label, sql)) = &run.init_sql {
        replay::apply_script(&session, label, sql)
            .await
            .map_err(RunError::Script)?;
    }
    // Migration by migration, so that a failure is a finding, not an error.
    let failure = replay_each(&session, &run.folder).await;
    let seeded = match (seed, &failure) {
        (Some((label, sql)), None) => {
            replay::apply_script(&session, label, sql)
                .await
                .map_err(RunError::Script)?;
            true
        }
        _ => false,
    };
    // The shadow database is ours: current statistics make the row estimates exact
    // for small tables.
    session
        .batch_execute("ANALYZE")
        .await
        .map_err(|source| AuditError::Query {
            step: "ANALYZE",
            source,
        })?;
    let history = history::from_replay(
        &run.folder,
        failure.as_ref(),
        seed.map(|(label, _)| label.as_str()),
        seeded,
    );
    let sides = Sides::new(
        parsed,
        pg::config::DEFAULT_SCHEMA,
        &shadow.target,
        Mode::Replay,
    );
    sides.audit(&session, history, seeded, options).await
}

/// Applies the folder's migrations in order; the first failure, if any.
async fn replay_each(
    client: &tokio_postgres::Client,
    folder: &MigrationsFolder,
) -> Option<ReplayError> {
    for migration in &folder.migrations {
        if let Err(error) = replay::apply_script(client, &migration.name, &migration.script).await {
            return Some(error);
        }
    }
    None
}

/// The schema side of an audit and where the database is.
struct Sides<'a> {
    parsed: &'a ParsedSchema,
    default_namespace: &'a str,
    target: &'a str,
    mode: Mode,
}

impl<'a> Sides<'a> {
    fn new(
        parsed: &'a ParsedSchema,
        default_namespace: &'a str,
        target: &'a str,
        mode: Mode,
    ) -> Self {
        Sides {
            parsed,
            default_namespace,
            target,
            mode,
        }
    }

    /// Introspects the database, checks it when the schema is valid, builds the audit.
    async fn audit(
        &self,
        client: &tokio_postgres::Client,
        migrations: audit::MigrationsSection,
        seeded: bool,
        options: &AuditOptions,
    ) -> Result<Audit, RunError> {
        let namespaces = lower::namespaces(self.parsed, self.default_namespace);
        // An invalid schema cannot be lowered faithfully: no drift check then.
        let expected = (!self.parsed.diagnostics.has_errors())
            .then(|| lower::expected_database(self.parsed, self.default_namespace));
        let actual =
            introspect::introspect_with(client, &namespaces, &options.check.introspect).await?;
        let report = expected
            .as_ref()
            .map(|expected| compare(self.parsed, expected, &actual, self.target, &options.check));
        let input = AuditInput {
            parsed: self.parsed,
            client,
            target: self.target,
            mode: self.mode,
            migrations,
            seeded,
            exact_counts: options.exact_counts,
            namespaces,
            expected: expected.as_ref(),
            actual,
            report: report.as_ref(),
        };
        Ok(audit::build(input).await?)
    }
}
