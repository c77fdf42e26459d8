//! `prisma-drift check`.

use std::path::{Path, PathBuf};

use super::{fail, stdout_color, CheckArgs, CheckFormat};
use crate::check::{self, CheckOptions};
use crate::diff::IgnoreRule;
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
    let resolved = match check::resolve_database_url(&parsed, &path, args.url.as_deref(), &cwd) {
        Ok(resolved) => resolved,
        Err(error) => return fail(error),
    };
    let mut config = match ConnConfig::parse(&resolved.url) {
        Ok(config) => config,
        Err(error) => return fail(format!("{error} (from {})", resolved.source)),
    };
    config.resolve_paths(&cwd);
    for warning in &config.warnings {
        eprintln!("warning: {warning}");
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
    let report = match runtime.block_on(check::check(&parsed, &config, &options)) {
        Ok(report) => report,
        Err(error) => return fail(error),
    };
    match args.format {
        CheckFormat::Human => print!("{}", report::render_human(&report, stdout_color())),
        CheckFormat::Json => println!("{}", report::render_json(&report)),
    }
    report.exit_code()
}

fn settings_dirs(schema: &Path, cwd: &Path) -> Vec<PathBuf> {
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
