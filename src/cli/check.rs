//! `prisma-drift check`.

use std::path::{Path, PathBuf};

use super::{
    block_on, err, err_line, open_project, out, out_line, require_valid, stdout_color, warn_about,
    CheckArgs, CheckFormat,
};
use prisma_drift::report;
use prisma_drift::run::{self, MigrationsCheck, Project, RunError, Target};

pub(crate) fn run(args: &CheckArgs) -> Result<u8, RunError> {
    let project = open_project(&args.schema)?;
    require_valid(&project)?;
    let options = project.check_options(args.drift.strict, &args.drift.ignore)?;
    let outcome = match &args.migrations {
        Some(dir) => {
            if args.url.is_some() {
                return Err(RunError::Message("--url and --migrations exclude each other: to replay on an existing server, use --shadow-url".into()));
            }
            let migrations = migrations_check(&project, dir.as_deref(), args)?;
            for problem in migrations.warnings() {
                err_line(&format!("warning: {problem}"));
            }
            let mut progress = Progress::new(super::stderr_is_terminal());
            let target = Target::Migrations {
                run: &migrations,
                progress: &mut |index, total, migration| {
                    progress.show(index, total, &migration.name)
                },
            };
            let outcome = block_on(run::check(&project.parsed, target, &options))?;
            progress.finish();
            outcome?
        }
        None => {
            let config = project.database_config(args.url.as_deref())?;
            warn_about(&config.warnings);
            block_on(run::check(&project.parsed, Target::Url(&config), &options))??
        }
    };
    let code = print(args, &project, &outcome);
    // The process ends next: the operating system takes back the schema and both models of
    // the database at once, which is much faster than freeing them piece by piece (a fifth
    // of a large check's time).
    std::mem::forget((project, outcome));
    Ok(code)
}

/// Prints the report in the asked format; its exit code.
fn print(args: &CheckArgs, project: &Project, outcome: &run::CheckOutcome) -> u8 {
    let report = &outcome.report;
    if args.sql {
        out(&report::fixup_sql(
            &report.changes,
            &outcome.expected,
            &outcome.actual,
        ));
        return report.exit_code();
    }
    match args.format {
        CheckFormat::Human => out(&report::render_human(report, stdout_color())),
        CheckFormat::Json => out_line(&report::render_json(report)),
        CheckFormat::Github => {
            let paths = source_paths(project);
            out(&report::render_github(report, &paths));
            write_job_summary(&report::render_github_summary(report, &paths));
        }
        CheckFormat::Sarif => out_line(&report::render_sarif(report, &source_paths(project))),
    }
    report.exit_code()
}

fn migrations_check(
    project: &Project,
    dir: Option<&Path>,
    args: &CheckArgs,
) -> Result<MigrationsCheck, RunError> {
    let folder = project.read_migrations(&project.migrations_dir(dir)?)?;
    Ok(MigrationsCheck {
        folder,
        shadow: project.shadow(args.shadow_url.as_deref())?,
        init_sql: read_script(args.init_sql.as_ref(), |file| {
            format!("--init-sql {}", file.display())
        })?,
        allow_missing_scripts: args.allow_missing_scripts,
        shadow_settings: args.shadow_setting.clone(),
    })
}

/// Repository-relative paths for CI outputs.
fn source_paths(project: &Project) -> report::SourcePaths {
    report::SourcePaths::new(run::repository_root(&project.cwd), &project.cwd)
}

/// Appends `markdown` to the job summary when GitHub Actions names one
/// (`GITHUB_STEP_SUMMARY`); a failure to write it is a warning, not an error.
fn write_job_summary(markdown: &str) {
    let Some(file) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|f| !f.is_empty()) else {
        return;
    };
    let written = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&file)
        .and_then(|mut f| std::io::Write::write_all(&mut f, format!("{markdown}\n").as_bytes()));
    if let Err(error) = written {
        err_line(&format!(
            "warning: cannot write the job summary to {}: {error}",
            std::path::Path::new(&file).display()
        ));
    }
}

/// (label, text) of an SQL file given with a flag, the label made by `label`.
pub(crate) fn read_script(
    file: Option<&PathBuf>,
    label: impl Fn(&Path) -> String,
) -> Result<Option<(String, String)>, RunError> {
    let Some(file) = file else {
        return Ok(None);
    };
    let sql = std::fs::read_to_string(file)
        .map_err(|e| RunError::Message(format!("cannot read {}: {e}", file.display())))?;
    Ok(Some((label(file), sql)))
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
            "\r\x1b[2Kreplaying migration {}/{total} {}",
            index + 1,
            prisma_drift::report::escape_text(name)
        );
        let _ = stderr.flush();
        self.shown = true;
    }

    fn finish(&mut self) {
        if self.shown {
            err("\r\x1b[2K");
        }
    }
}
