//! `prisma-drift audit`.

use std::path::PathBuf;

use super::check::{database_config, settings_dirs};
use super::{fail, AuditArgs, AuditFormat};
use crate::audit::{self, AuditOptions, AuditSource};
use crate::check::{self, CheckOptions};
use crate::migrations::{self, MigrationsError};
use crate::pg::ConnConfig;
use crate::report;
use crate::schema::locate;
use crate::settings;

pub fn run(args: &AuditArgs) -> u8 {
    // Checked here rather than by clap, whose usage errors exit 2 (drift).
    if args.migrations.is_some() && args.url.is_some() {
        return fail("--url and --migrations exclude each other: to replay on an existing server, use --shadow-url");
    }
    if args.migrations.is_none() {
        for (flag, given) in [
            ("--seed", args.seed.is_some()),
            ("--shadow-url", args.shadow_url.is_some()),
            ("--init-sql", args.init_sql.is_some()),
        ] {
            if given {
                return fail(format!(
                    "{flag} needs --migrations: it applies to the database the migrations are replayed into"
                ));
            }
        }
    }
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let path = match locate::locate(args.schema.schema.as_deref(), &cwd) {
        Ok(path) => path,
        Err(error) => return fail(error),
    };
    let parsed = match check::load_schema(&path) {
        Ok(parsed) => parsed,
        Err(error) => return fail(error),
    };
    // An invalid schema is reported in the audit (and makes exit code 1); the
    // rest of the audit still runs.
    let settings = match settings::load(None, &settings_dirs(&path, &cwd)) {
        Ok(settings) => settings,
        Err(error) => return fail(error),
    };
    let ignore = match settings.ignore_rules() {
        Ok(rules) => rules,
        Err(error) => return fail(error),
    };
    let options = AuditOptions {
        check: CheckOptions {
            strict: settings.strict,
            ignore,
            ..CheckOptions::default()
        },
        exact_counts: args.exact_counts,
    };
    let provider = parsed
        .schema
        .datasource
        .as_ref()
        .map(|d| d.provider.as_str());
    let source = match &args.migrations {
        Some(dir) => {
            let dir = dir
                .clone()
                .unwrap_or_else(|| migrations::default_dir(&path));
            let folder = match migrations::read_folder(&dir, provider) {
                Ok(folder) => folder,
                Err(error) => return fail(error),
            };
            let shadow = match &args.shadow_url {
                Some(url) => match ConnConfig::parse(url) {
                    Ok(mut config) => {
                        config.resolve_paths(&cwd);
                        check::Shadow::Server(config)
                    }
                    Err(error) => return fail(format!("--shadow-url: {error}")),
                },
                None => check::Shadow::Ephemeral,
            };
            let init_sql = match read_script("--init-sql", args.init_sql.as_ref()) {
                Ok(sql) => sql,
                Err(error) => return fail(error),
            };
            let seed = match read_script("--seed", args.seed.as_ref()) {
                Ok(sql) => sql,
                Err(error) => return fail(error),
            };
            AuditSource::Replay {
                run: check::MigrationsCheck {
                    folder,
                    shadow,
                    init_sql,
                    allow_missing_scripts: false,
                },
                seed,
            }
        }
        None => {
            let config = match database_config(&parsed, &path, args.url.as_deref(), &cwd) {
                Ok(config) => config,
                Err(error) => return fail(error),
            };
            let dir = migrations::default_dir(&path);
            let folder = match migrations::read_folder(&dir, provider) {
                Ok(folder) => Some(folder),
                Err(MigrationsError::NotFound(_)) => None,
                Err(error) => return fail(error),
            };
            AuditSource::Live {
                config,
                migrations: folder,
                migrations_dir: dir,
            }
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => return fail(format!("cannot start the async runtime: {error}")),
    };
    let audit = match runtime.block_on(audit::audit(&parsed, &source, &options)) {
        Ok(audit) => audit,
        Err(error) => return fail(error),
    };
    match args.format {
        AuditFormat::Markdown => print!("{}", report::render_markdown(&audit)),
        AuditFormat::Json => println!("{}", report::render_audit_json(&audit)),
    }
    audit.exit_code()
}

/// (label, text) of a SQL file given with `flag`.
fn read_script(flag: &str, file: Option<&PathBuf>) -> Result<Option<(String, String)>, String> {
    let Some(file) = file else {
        return Ok(None);
    };
    let sql = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read {} ({flag}): {e}", file.display()))?;
    // The seed is named by its path (the report shows it); init SQL as `check` names it.
    let label = if flag == "--seed" {
        file.display().to_string()
    } else {
        format!("{flag} {}", file.display())
    };
    Ok(Some((label, sql)))
}
