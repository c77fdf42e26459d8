//! `status` as one call: read `_prisma_migrations` and compare it with the folder.

use super::RunError;
use crate::migrations::history::read_history;
use crate::migrations::status::StatusReport;
use crate::migrations::MigrationsFolder;
use crate::pg::{ConnConfig, Session};

/// Compares `folder` with `_prisma_migrations` in the database at `config`.
pub async fn status(
    folder: MigrationsFolder,
    config: &ConnConfig,
) -> Result<StatusReport, RunError> {
    let session = Session::open(config).await?;
    let rows = read_history(&session, &config.schema)
        .await
        .map_err(RunError::History)?;
    Ok(StatusReport::new(
        folder,
        rows.as_deref(),
        &config.to_string(),
    ))
}
