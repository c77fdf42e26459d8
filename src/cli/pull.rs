//! `prisma-drift pull`.

use super::{block_on, cwd, err, err_line, open_project, out, warn_about, PullArgs};
use prisma_drift::report::{self, count};
use prisma_drift::run::{self, ConnConfig, Project, PullOptions, ReadForPull, RunError};

pub(crate) fn run(args: &PullArgs) -> Result<u8, RunError> {
    let options = PullOptions {
        force: args.force,
        schemas: args.schemas.clone(),
        default_namespace: None,
    };
    let (project, config, read) = match args.url.as_deref().filter(|u| !u.trim().is_empty()) {
        Some(url) => read_while_parsing(args, url, &options)?,
        None => {
            let project = open_project(&args.schema)?;
            let config = project.database_config(None)?;
            warn_about(&config.warnings);
            let namespaces = run::pull_namespaces(Some(&project.parsed), &config, &options);
            let read = block_on(run::read_for_pull(&config, namespaces))??;
            (project, config, read)
        }
    };
    let existing = Some(&project.parsed);
    let mut pulled = block_on(run::render_pulled(existing, &config, &options, read))??;
    run::place_new_files(&mut pulled, &project.schema_path);
    if pulled.empty {
        return Err(RunError::Message(format!(
            "the introspected database was empty: {config} holds no tables or enums to write models for"
        )));
    }
    err(&pulled.warnings_text_escaped(&|name| report::escape_text(name).into_owned()));
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

/// With `--url`, the database is read while the schema is parsed (on another
/// thread): the URL needs no schema, and the namespaces are those of the URL
/// or `--schemas` unless the schema's datasource names others, when
/// [`run::render_pulled`] reads them afterwards. A schema that cannot be read
/// is reported before a database that cannot be.
fn read_while_parsing(
    args: &PullArgs,
    url: &str,
    options: &PullOptions,
) -> Result<(Project, ConnConfig, ReadForPull), RunError> {
    let config = run::explicit_database_config(url, &cwd())?;
    warn_about(&config.warnings);
    let namespaces = run::pull_namespaces(None, &config, options);
    std::thread::scope(|scope| {
        let parsing = scope.spawn(|| open_project(&args.schema));
        let read = block_on(run::read_for_pull(&config, namespaces));
        let project = parsing
            .join()
            .map_err(|_| RunError::Message("the schema could not be read".into()))??;
        Ok((project, config.clone(), read??))
    })
}
