//! `prisma-drift status`.

use super::{
    block_on, open_project, out, out_line, stdout_color, warn_about, StatusArgs, StatusFormat,
};
use prisma_drift::report;
use prisma_drift::run::{self, RunError};

pub(crate) fn run(args: &StatusArgs) -> Result<u8, RunError> {
    let project = open_project(&args.schema)?;
    let dir = project.migrations_dir(args.migrations.as_ref().and_then(|d| d.as_deref()))?;
    let folder = project.read_migrations(&dir)?;
    let config = project.database_config(args.url.as_deref())?;
    warn_about(&config.warnings);
    let status = block_on(run::status(folder, &config))??;
    match args.format {
        StatusFormat::Json => out_line(&report::render_status_json(&status)),
        StatusFormat::Human => out(&report::render_status_human(&status, stdout_color())),
    }
    Ok(status.exit_code())
}
