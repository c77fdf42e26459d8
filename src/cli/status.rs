//! `prisma-drift status`.

use std::fmt::Write;

use owo_colors::{OwoColorize, Style};
use serde::Serialize;

use super::check::database_config;
use super::{fail, stdout_color, StatusArgs, StatusFormat};
use crate::check;
use crate::migrations::history::{self, MigrationState, MigrationStatus};
use crate::migrations::{self, FolderProblem};
use crate::pg;
use crate::schema::locate;

pub fn run(args: &StatusArgs) -> u8 {
    let cwd = std::env::current_dir().unwrap_or_else(|_| ".".into());
    let path = match locate::locate(args.schema.schema.as_deref(), &cwd) {
        Ok(path) => path,
        Err(error) => return fail(error),
    };
    let parsed = match check::load_schema(&path) {
        Ok(parsed) => parsed,
        Err(error) => return fail(error),
    };
    let dir = args
        .migrations
        .clone()
        .unwrap_or_else(|| migrations::default_dir(&path));
    let provider = parsed
        .schema
        .datasource
        .as_ref()
        .map(|d| d.provider.as_str());
    let folder = match migrations::read_folder(&dir, provider) {
        Ok(folder) => folder,
        Err(error) => return fail(error),
    };
    let config = match database_config(&parsed, &path, args.url.as_deref(), &cwd) {
        Ok(config) => config,
        Err(error) => return fail(error),
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => return fail(format!("cannot start the async runtime: {error}")),
    };
    let rows = runtime.block_on(async {
        let (client, connection) = pg::connect(&config).await.map_err(|e| e.to_string())?;
        let rows = history::read_history(&client, &config.schema)
            .await
            .map_err(|e| match e.as_db_error() {
                Some(db) => format!("cannot read _prisma_migrations: {}", db.message()),
                None => format!("cannot read _prisma_migrations: {e}"),
            });
        drop(client);
        connection.abort();
        rows
    });
    let rows = match rows {
        Ok(rows) => rows,
        Err(error) => return fail(error),
    };
    let table_exists = rows.is_some();
    let statuses = history::compute_status(&folder, &rows.unwrap_or_default());
    let all_applied = statuses.iter().all(|s| s.state == MigrationState::Applied)
        && !folder.problems.iter().any(FolderProblem::is_error);
    match args.format {
        StatusFormat::Json => println!(
            "{}",
            render_json(
                &folder,
                &statuses,
                table_exists,
                all_applied,
                &config.to_string()
            )
        ),
        StatusFormat::Human => print!(
            "{}",
            render_human(
                &folder,
                &statuses,
                table_exists,
                &config.to_string(),
                stdout_color()
            )
        ),
    }
    if all_applied {
        0
    } else {
        2
    }
}

#[derive(Serialize)]
struct JsonStatus<'a> {
    version: u32,
    up_to_date: bool,
    target: &'a str,
    migrations_dir: String,
    history_table_exists: bool,
    summary: std::collections::BTreeMap<&'static str, usize>,
    migrations: &'a [MigrationStatus],
    folder_problems: Vec<String>,
}

fn render_json(
    folder: &migrations::MigrationsFolder,
    statuses: &[MigrationStatus],
    table_exists: bool,
    up_to_date: bool,
    target: &str,
) -> String {
    let mut summary = std::collections::BTreeMap::new();
    for status in statuses {
        *summary.entry(status.state.as_str()).or_default() += 1;
    }
    let json = JsonStatus {
        version: 1,
        up_to_date,
        target,
        migrations_dir: folder.dir.display().to_string(),
        history_table_exists: table_exists,
        summary,
        migrations: statuses,
        folder_problems: folder.problems.iter().map(ToString::to_string).collect(),
    };
    serde_json::to_string_pretty(&json).unwrap_or_default()
}

fn render_human(
    folder: &migrations::MigrationsFolder,
    statuses: &[MigrationStatus],
    table_exists: bool,
    target: &str,
    color: bool,
) -> String {
    let paint = |text: &str, style: Style| {
        if color {
            text.style(style).to_string()
        } else {
            text.to_string()
        }
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} migration(s) in {}; database {}{}",
        folder.migrations.len(),
        folder.dir.display(),
        target,
        if table_exists {
            ""
        } else {
            " has no _prisma_migrations table"
        }
    );
    for problem in &folder.problems {
        let label = if problem.is_error() {
            "error"
        } else {
            "warning"
        };
        let _ = writeln!(
            out,
            "{}: {problem}",
            paint(label, Style::new().yellow().bold())
        );
    }
    let name_width = statuses.iter().map(|s| s.name.len()).max().unwrap_or(0);
    for status in statuses {
        let style = match status.state {
            MigrationState::Applied => Style::new().green(),
            MigrationState::Pending | MigrationState::RolledBack => Style::new().yellow(),
            _ => Style::new().red().bold(),
        };
        let state = format!("{:<19}", status.state.as_str());
        let _ = writeln!(
            out,
            "  {}  {:<name_width$}  {}",
            paint(&state, style),
            status.name,
            status
                .applied_at
                .as_deref()
                .map(|a| format!("applied {a}"))
                .unwrap_or_default()
        );
        if let Some(logs) = &status.logs {
            for line in logs.lines().take(5) {
                let _ = writeln!(out, "      {line}");
            }
        }
    }
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for status in statuses {
        *counts.entry(status.state.as_str()).or_default() += 1;
    }
    let summary: Vec<String> = counts.iter().map(|(k, v)| format!("{v} {k}")).collect();
    let _ = writeln!(
        out,
        "{}.",
        if summary.is_empty() {
            "no migrations".to_string()
        } else {
            summary.join(", ")
        }
    );
    out
}
