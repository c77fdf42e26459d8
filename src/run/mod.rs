//! The application layer: one call per job — [`check`] (a live URL, a
//! connection, or a migrations folder), [`audit`](audit()), [`status`],
//! [`format`](format()) — and
//! [`Project`], which finds the schema, reads the settings and resolves the
//! database URL the way Prisma does. The command line is a thin shell over
//! these calls; another tool can make the same calls.
//!
//! ```no_run
//! # async fn demo() -> Result<(), prisma_drift::run::RunError> {
//! use prisma_drift::run::{self, Project, Target};
//!
//! let project = Project::open(&Default::default(), std::env::current_dir().unwrap())?;
//! let options = project.check_options(false, &[])?;
//! let config = project.database_config(None)?;
//! let outcome = run::check(&project.parsed, Target::Url(&config), &options).await?;
//! println!("in sync: {}", outcome.report.is_in_sync());
//! # Ok(())
//! # }
//! ```

mod audit;
mod check;
mod error;
mod format;
mod project;
mod pull;
pub mod settings;
mod status;

pub use audit::{audit, masked_command, AuditOptions, AuditSource};
pub use check::{
    check, compare, diff_options, CheckOptions, CheckOutcome, MigrationsCheck, Progress, Target,
};
pub use error::RunError;
pub use format::{format, write as write_formatted, FormatOutcome};
pub use project::{explicit_database_config, load_schema, repository_root, Inputs, Project};

/// Waits while an interrupted run's cleanup finishes (a no-op otherwise); the
/// signal handler then sets the exit code. Call it before printing an error.
pub use crate::pg::ephemeral::wait_if_interrupted;
pub use crate::pg::ConnConfig;
pub use crate::pull::{PullOptions, Pulled};
pub use pull::{
    namespaces as pull_namespaces, place_new_files, pull, read_for_pull, render_pulled,
    write as write_pulled, ReadForPull,
};
pub use settings::{Settings, SettingsError};
pub use status::status;
