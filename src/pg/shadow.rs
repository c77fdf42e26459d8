//! The shadow database that migrations are replayed into: a scratch database
//! on a throwaway server started for it, or on an existing server
//! (`--shadow-url`). [`ShadowDatabase::close`] drops it (and stops the
//! throwaway server).

use super::config::ConnConfig;
use super::connect::ConnectError;
use super::ephemeral::{
    on_interrupt, EphemeralError, EphemeralOptions, EphemeralServer, OnInterrupt,
};
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
    /// Drops the scratch database if a signal ends the process first.
    _on_interrupt: Option<OnInterrupt>,
    /// What did not work but did not stop us (e.g. the signal handler).
    pub warnings: Vec<String>,
}

impl ShadowDatabase {
    /// Starts the throwaway server, or creates the scratch database on the given one.
    pub async fn open(shadow: &Shadow) -> Result<ShadowDatabase, ShadowError> {
        Self::open_with(shadow, &[]).await
    }

    /// [`ShadowDatabase::open`], starting the throwaway server with these settings.
    pub async fn open_with(
        shadow: &Shadow,
        settings: &[(String, String)],
    ) -> Result<ShadowDatabase, ShadowError> {
        let name = scratch_name();
        match shadow {
            Shadow::Ephemeral => {
                let options = EphemeralOptions {
                    settings: settings.to_vec(),
                    ..EphemeralOptions::default()
                };
                let server = EphemeralServer::start_async(options)
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
                    warnings: server.startup().warnings.clone(),
                    ephemeral: Some(server),
                    admin: None,
                    name,
                    _on_interrupt: None,
                })
            }
            Shadow::Server(admin) => {
                let session = Session::open(admin).await?;
                // Registered before the database exists: a signal in between drops nothing.
                let (cleaner, warnings) = {
                    let (admin, name) = ((**admin).clone(), name.clone());
                    on_interrupt(move || drop_database_blocking(&admin, &name))
                };
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
                    _on_interrupt: Some(cleaner),
                    warnings,
                })
            }
        }
    }

    /// The throwaway server, when the database is on one.
    pub fn ephemeral(&self) -> Option<&EphemeralServer> {
        self.ephemeral.as_ref()
    }

    /// Drops the scratch database (ending sessions still in it), or stops the throwaway
    /// server. Returns a warning when the database could not be dropped.
    pub async fn close(self) -> Option<String> {
        let warning = match &self.admin {
            Some(admin) => drop_database(admin, &self.name).await.err().map(|reason| {
                format!(
                    "could not drop the shadow database \"{}\": {reason}; drop it by hand",
                    self.name
                )
            }),
            None => None,
        };
        drop(self.ephemeral);
        warning
    }
}

async fn drop_database(admin: &ConnConfig, name: &str) -> Result<(), String> {
    let session = Session::open(admin).await.map_err(|e| e.to_string())?;
    let drop = format!(
        "DROP DATABASE IF EXISTS {} WITH (FORCE)",
        quote_ident_always(name)
    );
    session
        .batch_execute(&drop)
        .await
        .map_err(|e| server_message(&e))
}

/// [`drop_database`] from the signal handler's thread, which has no runtime, within a bound.
fn drop_database_blocking(admin: &ConnConfig, name: &str) {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return;
    };
    runtime.block_on(async {
        let bound = std::time::Duration::from_secs(10);
        let _ = tokio::time::timeout(bound, drop_database(admin, name)).await;
    });
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
