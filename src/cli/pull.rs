//! `prisma-drift pull`.

use super::{block_on, err, err_line, open_project, out, warn_about, PullArgs};
use prisma_drift::report::count;
use prisma_drift::run::{self, PullOptions, RunError};

pub(crate) fn run(args: &PullArgs) -> Result<u8, RunError> {
    let project = open_project(&args.schema)?;
    let config = project.database_config(args.url.as_deref())?;
    warn_about(&config.warnings);
    let options = PullOptions {
        force: args.force,
        schemas: args.schemas.clone(),
        default_namespace: None,
    };
    let mut pulled = block_on(run::pull(Some(&project.parsed), &config, &options))??;
    run::place_new_files(&mut pulled, &project.schema_path);
    if pulled.empty {
        return Err(RunError::Message(format!(
            "the introspected database was empty: {config} holds no tables or enums to write models for"
        )));
    }
    err(&pulled.warnings_text());
    if args.print {
        out(&pulled.print_text());
        return Ok(super::EXIT_OK);
    }
    let written = run::write_pulled(&pulled, &project.schema_path)?;
    err_line(&format!(
        "Introspected {} and wrote {} into {}",
        count(pulled.models, "model", "models"),
        if pulled.models == 1 { "it" } else { "them" },
        written.join(", ")
    ));
    Ok(super::EXIT_OK)
}
