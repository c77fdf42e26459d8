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
use tokio_postgres::error::SqlState;

/// Whether formatting would change the schema's files (`None` when it is invalid).
fn formatting(parsed: &ParsedSchema) -> Option<audit::FormatCheck> {
    if parsed.diagnostics.has_errors() {
        return None;
    }
    let outcome = super::format(parsed);
    Some(audit::FormatCheck {
        files: parsed.sources.files().len(),
        unformatted: outcome.changed().map(|f| f.path.clone()).collect(),
    })
}

/// The Prisma packages beside the schema, up to the repository root.
fn prisma_section(parsed: &ParsedSchema, options: &AuditOptions) -> audit::PrismaSection {
    let cwd = std::env::current_dir().unwrap_or_default();
    let Some(dir) = &options.project_dir else {
        return audit::PrismaSection {
            prisma7: audit::prisma::prisma7(parsed),
            ..Default::default()
        };
    };
    let root = options
        .repository_root
        .clone()
        .unwrap_or_else(|| super::repository_root(dir));
    audit::prisma::read(parsed, dir, &root, &cwd)
}

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
    /// The command line as the report shows it (passwords masked: see [`masked_command`]).
    pub command: Option<String>,
    /// Where to look for `package.json` and lock files: this folder (the
    /// schema's) and its parents up to `repository_root`.
    pub project_dir: Option<PathBuf>,
    /// The repository root (see [`crate::run::repository_root`]).
    pub repository_root: Option<PathBuf>,
}

/// `args` as one shell-like line, every URL's password replaced by `****`
/// (also in `--flag=URL` form); arguments with spaces or shell syntax are quoted.
pub fn masked_command(args: &[String]) -> String {
    args.iter()
        .map(|arg| {
            let masked = match arg.split_once('=') {
                Some((flag, value)) if flag.starts_with("--") => {
                    format!("{flag}={}", pg::config::redact_url(value))
                }
                _ => pg::config::redact_url(arg),
            };
            if masked.is_empty()
                || masked.contains(|c: char| c.is_whitespace() || "'\"$`\\;&|<>()!#".contains(c))
            {
                format!("'{}'", masked.replace('\'', "'\\''"))
            } else {
                masked
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
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
            let history = match read_history(&session, &config.schema).await {
                Ok(rows) => match migrations {
                    Some(folder) => history::from_database(folder, rows.as_deref()),
                    None => history::no_folder(migrations_dir, rows.as_deref()),
                },
                // A role that may not read the history still gets the rest of the audit.
                Err(source) if source.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE) => {
                    history::unreadable_history(
                        migrations.as_ref(),
                        migrations_dir,
                        format!(
                            "not checked: _prisma_migrations is not readable ({})",
                            pg::server_message(&source)
                        ),
                    )
                }
                Err(source) => {
                    return Err(AuditError::Query {
                        step: "_prisma_migrations",
                        source,
                    }
                    .into())
                }
            };
            let target = config.to_string();
            let mut sides = Sides::new(parsed, &config.schema, &target, Mode::Live);
            sides.sslmode = Some(config.ssl_mode.as_str().to_string());
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
    sslmode: Option<String>,
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
            sslmode: None,
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
            formatting: formatting(self.parsed),
            prisma: prisma_section(self.parsed, options),
            command: options.command.clone(),
            sslmode: self.sslmode.clone(),
        };
        Ok(audit::build(input).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::masked_command;

    #[test]
    fn commands_show_no_password() {
        let args: Vec<String> = [
            "prisma-drift",
            "audit",
            "--url",
            "postgresql://app:s3cret@db:5432/app",
            "--shadow-url=postgres://u:pw@h/x",
            "--schema",
            "my schema.prisma",
        ]
        .map(String::from)
        .to_vec();
        let line = masked_command(&args);
        assert_eq!(
            line,
            "prisma-drift audit --url postgresql://app:****@db:5432/app \
             --shadow-url=postgres://u:****@h/x --schema 'my schema.prisma'"
        );
        assert!(!line.contains("s3cret") && !line.contains(":pw@"));
    }
}
