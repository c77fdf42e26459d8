//! Reaching PostgreSQL: connection configuration (Prisma-style URLs, `.env` files), TLS,
//! connecting with readable errors ([`Session`] closes itself), a throwaway server for shadow
//! databases and tests, and the shadow database's lifecycle ([`ShadowDatabase`]).
//!
//! Sessions on a database we inspect distrust it: [`guard`] lists what every one of them
//! starts with (search path, role, timeouts), and a client-side deadline ends a query the
//! server never answers.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use prisma_drift::pg::{connect, ConnConfig, EphemeralServer};
//!
//! let config = ConnConfig::parse("postgresql://app:secret@localhost:5432/shop?schema=sales")?;
//! println!("checking {config}"); // postgresql://app:****@localhost:5432/shop?schema=sales
//! let (client, _connection) = connect(&config).await?;
//! client.simple_query("SELECT 1").await?;
//!
//! let shadow = EphemeralServer::start_async(Default::default()).await?;
//! let shadow_db = shadow.create_database("shadow").await?;
//! let (shadow_client, _task) = connect(&shadow_db).await?;
//! # drop(shadow_client);
//! # Ok(())
//! # }
//! ```
//!
//! This module uses nothing else of the crate but [`crate::sql`], to spell names.

mod child_env;
pub mod config;
pub mod connect;
pub mod dotenv;
pub mod ephemeral;
pub mod guard;
mod resolve;
mod session;
mod shadow;
mod tls;
mod watchdog;

pub use config::{redact_url, ConfigError, ConnConfig, Host, SslMode};
pub use connect::{connect, ConnectError};
pub use dotenv::DotEnvFile;
pub use ephemeral::{
    find_binaries, ClusterSource, EphemeralError, EphemeralOptions, EphemeralServer, PgBinaries,
    PgVersion, RunAs, StartupReport,
};
pub use guard::{lock_holders, start_read_only, LockHolder, SessionKind};
pub use resolve::{
    process_env, resolve_url, resolve_url_with_warnings, Environment, ResolvedUrl, UrlLookup,
    UrlSource,
};
pub use session::Session;
pub use shadow::{server_message, Shadow, ShadowDatabase, ShadowError};
