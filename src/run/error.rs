//! Why a job could not be done (as opposed to what it found): one error type
//! for every job of the application layer, each variant one readable line.

use super::settings::SettingsError;
use crate::audit::AuditError;
use crate::diagnostics::Diagnostics;
use crate::introspect::IntrospectError;
use crate::migrations::replay::ReplayError;
use crate::migrations::MigrationsError;
use crate::pg::{ConfigError, ConnectError, ShadowError};
use crate::schema::locate::LocateError;

/// Why a check, audit or status could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RunError {
    /// No schema where one was looked for, or it could not be read.
    #[error(transparent)]
    Locate(#[from] LocateError),
    /// The settings file is broken, or an ignore rule does not parse.
    #[error(transparent)]
    Settings(#[from] SettingsError),
    /// The schema does not validate.
    #[error(
        "the schema is invalid ({}); run `prisma-drift validate` for details",
        errors(.0)
    )]
    InvalidSchema(Diagnostics),
    /// The datasource's provider is not PostgreSQL: there is nothing to compare against.
    #[error(
        "the schema's datasource provider is \"{provider}\"; prisma-drift checks PostgreSQL \
         databases only (provider = \"postgresql\")"
    )]
    UnsupportedProvider {
        /// The provider the schema names.
        provider: String,
    },
    /// No URL anywhere.
    #[error("{}", no_url(.schema_env.as_deref()))]
    NoUrl {
        /// The variable the datasource names, when it names one.
        schema_env: Option<String>,
    },
    /// The URL is not usable.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The URL found at `from` is not usable.
    #[error("{error} (from {from})")]
    Url {
        /// What is wrong with it.
        #[source]
        error: ConfigError,
        /// Where it came from (`DATABASE_URL in .env`, …).
        from: String,
    },
    /// The URL given with a flag is not usable.
    #[error("{flag}: {error}")]
    FlagUrl {
        /// The flag (`--shadow-url`).
        flag: &'static str,
        /// What is wrong with it.
        #[source]
        error: ConfigError,
    },
    /// The database could not be reached.
    #[error(transparent)]
    Connect(#[from] ConnectError),
    /// Reading the catalog failed.
    #[error(transparent)]
    Introspect(#[from] IntrospectError),
    /// The migrations folder could not be read.
    #[error(transparent)]
    Migrations(#[from] MigrationsError),
    /// The migrations folder cannot be replayed as it is.
    #[error("the migrations folder cannot be replayed: {}", .0.join("; "))]
    Folder(Vec<String>),
    /// A migration failed to apply.
    #[error(transparent)]
    Replay(ReplayError),
    /// `--init-sql` or `--seed` failed.
    #[error("{}", .0.as_script_failure())]
    Script(ReplayError),
    /// The shadow database could not be had.
    #[error(transparent)]
    Shadow(#[from] ShadowError),
    /// A query of the audit failed.
    #[error(transparent)]
    Audit(#[from] AuditError),
    /// `_prisma_migrations` could not be read.
    #[error("cannot read _prisma_migrations: {}", crate::pg::server_message(.0))]
    History(#[source] tokio_postgres::Error),
    /// Any other reason the job cannot be done, as one sentence (conflicting
    /// flags, an unreadable file, a runtime that does not start).
    #[error("{0}")]
    Message(String),
}

fn errors(diagnostics: &Diagnostics) -> String {
    match diagnostics.errors().count() {
        1 => "1 error".to_string(),
        n => format!("{n} errors"),
    }
}

fn no_url(schema_env: Option<&str>) -> String {
    let mut out = "no database URL: pass --url, or set DATABASE_URL".to_string();
    if let Some(var) = schema_env.filter(|v| *v != "DATABASE_URL") {
        out.push_str(&format!(" or {var} (named by the datasource)"));
    }
    out.push_str(" in the environment or a .env file");
    out
}
