//! `prisma-drift audit`.

use super::check::read_script;
use super::{block_on, open_project, out, warn_about, AuditArgs, AuditFormat};
use prisma_drift::report;
use prisma_drift::run::{self, AuditOptions, AuditSource, MigrationsCheck, Project, RunError};

pub(crate) fn run(args: &AuditArgs) -> Result<u8, RunError> {
    check_flags(args)?;
    let project = open_project(&args.schema)?;
    // An invalid schema is reported in the audit (and makes exit code 1); the
    // rest of the audit still runs.
    let options = AuditOptions {
        check: project.check_options(args.drift.strict, &args.drift.ignore)?,
        exact_counts: args.exact_counts,
        // The report shows how it was made; `prisma-drift` rather than the binary's path.
        command: Some(run::masked_command(
            &std::iter::once("prisma-drift".to_string())
                .chain(std::env::args().skip(1))
                .collect::<Vec<_>>(),
        )),
        project_dir: Some(project.schema_dir()),
        repository_root: Some(run::repository_root(&super::cwd())),
    };
    let source = source(&project, args)?;
    let audit = block_on(run::audit(&project.parsed, &source, &options))??;
    let text = match args.format {
        AuditFormat::Markdown => report::render_markdown(&audit),
        AuditFormat::Json => format!("{}\n", report::render_audit_json(&audit)),
    };
    match &args.output {
        Some(file) => std::fs::write(file, text).map_err(|error| {
            RunError::Message(format!("cannot write {}: {error}", file.display()))
        })?,
        None => out(&text),
    }
    Ok(audit.exit_code())
}

/// Flags that only make sense together, with a message that says what to do instead.
fn check_flags(args: &AuditArgs) -> Result<(), RunError> {
    if args.migrations.is_some() && args.url.is_some() {
        return Err(RunError::Message("--url and --migrations exclude each other: to replay on an existing server, use --shadow-url".into()));
    }
    if args.migrations.is_none() {
        for (flag, given) in [
            ("--seed", args.seed.is_some()),
            ("--shadow-url", args.shadow_url.is_some()),
            ("--init-sql", args.init_sql.is_some()),
            ("--shadow-setting", !args.shadow_setting.is_empty()),
        ] {
            if given {
                return Err(RunError::Message(format!(
                    "{flag} needs --migrations: it applies to the database the migrations are replayed into"
                )));
            }
        }
    }
    Ok(())
}

fn source(project: &Project, args: &AuditArgs) -> Result<AuditSource, RunError> {
    let Some(dir) = &args.migrations else {
        let config = project.database_config(args.url.as_deref())?;
        warn_about(&config.warnings);
        let migrations_dir = project.migrations_dir(None)?;
        return Ok(AuditSource::Live {
            config,
            migrations: project.read_migrations_if_any(&migrations_dir)?,
            migrations_dir,
        });
    };
    let folder = project.read_migrations(&project.migrations_dir(dir.as_deref())?)?;
    Ok(AuditSource::Replay {
        run: MigrationsCheck {
            folder,
            shadow: project.shadow(args.shadow_url.as_deref())?,
            init_sql: read_script(args.init_sql.as_ref(), |file| {
                format!("--init-sql {}", file.display())
            })?,
            allow_missing_scripts: false,
            shadow_settings: args.shadow_setting.clone(),
        },
        // The seed is named by its path (the report shows it).
        seed: read_script(args.seed.as_ref(), |file| file.display().to_string())?,
    })
}
