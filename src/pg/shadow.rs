//! The shadow database that migrations are replayed into: a scratch database
//! on a throwaway server started for it, or on an existing server
//! (`--shadow-url`). [`ShadowDatabase::close`] drops it (and stops the
//! throwaway server).

use super::config::ConnConfig;
use super::connect::ConnectError;
use super::ephemeral::{EphemeralError, EphemeralOptions, EphemeralServer};
use super::session::Session;
use crate::sql::quote_ident_always;

/// Where migrations are replayed.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Shadow {
    /// A throwaway PostgreSQL started for the purpose (needs the server binaries).
    Ephemeral,
    /// An existing server: a scratch database is created there and dropped after.
    Server(Box<ConnConfig>),
}

/// Why a shadow database could not be had.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ShadowError {
    /// The throwaway server did not start.
    #[error("{0} (or pass --shadow-url to replay the migrations on an existing server)")]
    Ephemeral(#[source] EphemeralError),
    /// The existing server could not be reached.
    #[error(transparent)]
    Connect(#[from] ConnectError),
    /// The scratch database could not be created there.
    #[error("cannot create the shadow database: {0}")]
    Create(String),
}

/// A scratch database to replay migrations into. See the module documentation.
#[derive(Debug)]
pub struct ShadowDatabase {
    /// Reaches the scratch database as its owner.
    pub config: ConnConfig,
    /// Where the migrations are replayed, for reports: `migrations replayed in …`.
    pub target: String,
    /// Kept alive until [`ShadowDatabase::close`]; dropping it stops the server.
    ephemeral: Option<EphemeralServer>,
    /// The existing server's admin connection, to drop the scratch database.
    admin: Option<ConnConfig>,
    name: String,
}

impl ShadowDatabase {
    /// Starts the throwaway server, or creates the scratch database on the given one.
    pub async fn open(shadow: &Shadow) -> Result<ShadowDatabase, ShadowError> {
        let name = scratch_name();
        match shadow {
            Shadow::Ephemeral => {
                let server = EphemeralServer::start_async(EphemeralOptions::default())
                    .await
                    .map_err(ShadowError::Ephemeral)?;
                let config = server
                    .create_database(&name)
                    .await
                    .map_err(ShadowError::Ephemeral)?;
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
                let session = Session::open(admin).await?;
                session
                    .batch_execute(&format!("CREATE DATABASE {}", quote_ident_always(&name)))
                    .await
                    .map_err(|e| ShadowError::Create(server_message(&e)))?;
                let config = admin.with_database(&name).scratch();
                Ok(ShadowDatabase {
                    target: format!("migrations replayed in {config}"),
                    config,
                    ephemeral: None,
                    admin: Some((**admin).clone()),
                    name,
                })
            }
        }
    }

    /// The throwaway server, when the database is on one.
    pub fn ephemeral(&self) -> Option<&EphemeralServer> {
        self.ephemeral.as_ref()
    }

    /// Drops the scratch database, or stops the throwaway server.
    pub async fn close(self) {
        if let Some(admin) = &self.admin {
            if let Ok(session) = Session::open(admin).await {
                let drop = format!(
                    "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                    quote_ident_always(&self.name)
                );
                let _ = session.batch_execute(&drop).await;
            }
        }
        drop(self.ephemeral);
    }
}

fn scratch_name() -> String {
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

/// The server's own message, else the client error.
pub fn server_message(error: &tokio_postgres::Error) -> String {
    error
        .as_db_error()
        .map(|db| db.message().to_string())
        .unwrap_or_else(|| error.to_string())
}
