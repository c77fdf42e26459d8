//! `prisma-drift check`.

use std::path::{Path, PathBuf};

use super::{fail, stdout_color, CheckArgs, CheckFormat};
use crate::check::{self, CheckOptions};
use crate::diff::IgnoreRule;
use crate::migrations;
use crate::pg::ConnConfig;
use crate::report;
use crate::schema::locate;
use crate::settings;

pub fn run(args: &CheckArgs) -> u8 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let path = match locate::locate(args.schema.schema.as_deref(), &cwd) {
        Ok(path) => path,
        Err(error) => return fail(error),
    };
    let parsed = match check::load_schema(&path) {
        Ok(parsed) => parsed,
        Err(error) => return fail(error),
    };
    if parsed.diagnostics.has_errors() {
        eprint!(
            "{}",
            parsed
                .diagnostics
                .render(&parsed.sources, super::stderr_color())
        );
        return fail(format!(
            "the schema at {} is invalid ({} error(s))",
            path.display(),
            parsed.diagnostics.errors().count()
        ));
    }
    let settings = match settings::load(args.config.as_deref(), &settings_dirs(&path, &cwd)) {
        Ok(settings) => settings,
        Err(error) => return fail(error),
    };
    let mut ignore = match settings.ignore_rules() {
        Ok(rules) => rules,
        Err(error) => return fail(error),
    };
    for text in &args.ignore {
        match IgnoreRule::parse(text) {
            Ok(rule) => ignore.push(rule),
            Err(error) => return fail(error),
        }
    }
    let options = CheckOptions {
        strict: args.strict || settings.strict,
        ignore,
        ..CheckOptions::default()
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => return fail(format!("cannot start the async runtime: {error}")),
    };
    let outcome = match &args.migrations {
        Some(dir) => {
            if args.url.is_some() {
                return fail("--url and --migrations exclude each other: to replay on an existing server, use --shadow-url");
            }
            let run = match migrations_run(&parsed, &path, dir, args, &cwd) {
                Ok(run) => run,
                Err(error) => return fail(error),
            };
            let skipped = |p: &&migrations::FolderProblem| {
                run.allow_missing_scripts
                    && matches!(p, migrations::FolderProblem::MissingScript { .. })
            };
            for problem in run
                .folder
                .problems
                .iter()
                .filter(|p| !p.is_error() || skipped(p))
            {
                eprintln!("warning: {problem}");
            }
            let mut progress = Progress::new(super::stderr_is_terminal());
            let report = runtime.block_on(check::check_migrations_detailed(
                &parsed,
                &run,
                &options,
                &mut |index, total, migration| progress.show(index, total, &migration.name),
            ));
            progress.finish();
            report
        }
        None => {
            let config = match database_config(&parsed, &path, args.url.as_deref(), &cwd) {
                Ok(config) => config,
                Err(error) => return fail(error),
            };
            runtime.block_on(check::check_detailed(&parsed, &config, &options))
        }
    };
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(error) => return fail(error),
    };
    let report = &outcome.report;
    if args.sql {
        print!(
            "{}",
            report::fixup_sql(&report.changes, &outcome.expected, &outcome.actual)
        );
        return report.exit_code();
    }
    match args.format {
        CheckFormat::Human => print!("{}", report::render_human(report, stdout_color())),
        CheckFormat::Json => println!("{}", report::render_json(report)),
        CheckFormat::Github => print!("{}", report::render_github(report)),
        CheckFormat::Sarif => println!("{}", report::render_sarif(report)),
    }
    report.exit_code()
}

/// The connection for a live check: URL from the flag, environment, `.env` or schema.
pub(super) fn database_config(
    parsed: &crate::schema::ParsedSchema,
    schema_path: &Path,
    url: Option<&str>,
    cwd: &Path,
) -> Result<ConnConfig, String> {
    let resolved =
        check::resolve_database_url(parsed, schema_path, url, cwd).map_err(|e| e.to_string())?;
    let mut config =
        ConnConfig::parse(&resolved.url).map_err(|e| format!("{e} (from {})", resolved.source))?;
    config.resolve_paths(cwd);
    for warning in &config.warnings {
        eprintln!("warning: {warning}");
    }
    Ok(config)
}

fn migrations_run(
    parsed: &crate::schema::ParsedSchema,
    schema_path: &Path,
    dir: &Option<PathBuf>,
    args: &CheckArgs,
    cwd: &Path,
) -> Result<check::MigrationsCheck, String> {
    let dir = dir
        .clone()
        .unwrap_or_else(|| migrations::default_dir(schema_path));
    let provider = parsed
        .schema
        .datasource
        .as_ref()
        .map(|d| d.provider.as_str());
    let folder = migrations::read_folder(&dir, provider).map_err(|e| e.to_string())?;
    let shadow = match &args.shadow_url {
        Some(url) => {
            let mut config = ConnConfig::parse(url).map_err(|e| format!("--shadow-url: {e}"))?;
            config.resolve_paths(cwd);
            check::Shadow::Server(config)
        }
        None => check::Shadow::Ephemeral,
    };
    let init_sql = match &args.init_sql {
        Some(file) => {
            let sql = std::fs::read_to_string(file)
                .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            Some((format!("--init-sql {}", file.display()), sql))
        }
        None => None,
    };
    Ok(check::MigrationsCheck {
        folder,
        shadow,
        init_sql,
        allow_missing_scripts: args.allow_missing_scripts,
    })
}

/// A one-line progress indicator on a terminal; silent otherwise.
struct Progress {
    enabled: bool,
    shown: bool,
}

impl Progress {
    fn new(enabled: bool) -> Self {
        Progress {
            enabled,
            shown: false,
        }
    }

    fn show(&mut self, index: usize, total: usize, name: &str) {
        // Short folders finish before anyone could read a progress line.
        if !self.enabled || total < 20 {
            return;
        }
        use std::io::Write;
        let mut stderr = std::io::stderr();
        let _ = write!(
            stderr,
            "\r\x1b[2Kreplaying migration {}/{total} {name}",
            index + 1
        );
        let _ = stderr.flush();
        self.shown = true;
    }

    fn finish(&mut self) {
        if self.shown {
            eprint!("\r\x1b[2K");
        }
    }
}

pub(super) fn settings_dirs(schema: &Path, cwd: &Path) -> Vec<PathBuf> {
    let dir = if schema.is_dir() {
        schema.to_path_buf()
    } else {
        schema.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    let mut dirs = vec![dir.clone()];
    if let Some(parent) = dir.parent() {
        dirs.push(parent.to_path_buf());
    }
    dirs.push(cwd.to_path_buf());
    dirs.dedup();
    dirs
}
