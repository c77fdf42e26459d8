//! The command line: parses flags, makes one call into [`prisma_drift::run`],
//! picks a renderer and sets the exit code. No logic of its own.

mod audit;
mod check;
mod format;
mod output;
mod pull;
mod status;
mod validate;

use output::ColorChoice;
pub(crate) use output::{
    err, err_line, out, out_line, stderr_color, stderr_is_terminal, stdout_color,
};

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use prisma_drift::report::count;
use prisma_drift::run::{Inputs, Project, RunError};

/// Exit codes, the same as `prisma migrate diff --exit-code`.
pub(crate) const EXIT_OK: u8 = 0;
pub(crate) const EXIT_ERROR: u8 = 1;

#[derive(Debug, Parser)]
#[command(
    name = "prisma-drift",
    version = env!("PRISMA_DRIFT_VERSION"),
    about = "Tells, exactly and fast, whether a PostgreSQL database matches a Prisma schema.",
    long_about = "Tells, exactly and fast, whether a PostgreSQL database matches a Prisma schema.\n\n\
        Without --schema, the schema is found the way Prisma finds it: prisma.config.ts, \
        package.json (\"prisma\": {\"schema\": …}), ./prisma/schema.prisma, ./schema.prisma, ./prisma/schema/.\n\n\
        Exit codes: 0 in sync (or valid, or formatted), 1 error, 2 drift (or not formatted).",
    after_help = "Examples:\n  \
        prisma-drift validate                       # parse and validate the schema\n  \
        prisma-drift check                          # DATABASE_URL against the schema\n  \
        prisma-drift check --migrations             # the migrations folder, no database needed\n  \
        prisma-drift status                         # migrations folder vs _prisma_migrations\n  \
        prisma-drift format --check                 # is the schema formatted as `prisma format` would?\n\n\
        Run `prisma-drift <command> --help` for each command's options."
)]
pub(crate) struct Cli {
    /// When to colour output: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, value_enum, global = true, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub(crate) color: ColorChoice,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Parse and validate a schema; print every problem with its location.
    #[command(after_help = "Examples:\n  \
        prisma-drift validate                           # finds the schema like Prisma does\n  \
        prisma-drift validate --schema prisma/schema    # a multi-file schema folder\n  \
        prisma-drift validate --format json | jq '.diagnostics[] | select(.severity == \"error\")'\n\n\
        Exit codes: 0 valid (warnings allowed), 1 invalid or unreadable.")]
    Validate(ValidateArgs),
    /// Compare a live PostgreSQL database with the schema; report every difference.
    #[command(after_help = CHECK_HELP)]
    Check(CheckArgs),
    /// Compare a migrations folder with `_prisma_migrations` in a database.
    #[command(after_help = STATUS_HELP)]
    Status(StatusArgs),
    /// Write the migration and database synchronization audit: summary, migration history,
    /// schema validation, drift, inventory, data and recommendations, every figure computed.
    #[command(after_help = AUDIT_HELP, long_about = AUDIT_ABOUT)]
    Audit(AuditArgs),
    /// Print a shell completion script: bash, zsh, fish, elvish or powershell.
    #[command(after_help = "Examples:\n  \
        prisma-drift completions bash > ~/.local/share/bash-completion/completions/prisma-drift\n  \
        prisma-drift completions zsh > \"${fpath[1]}/_prisma-drift\"\n  \
        prisma-drift completions fish > ~/.config/fish/completions/prisma-drift.fish")]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `prisma-drift man | man -l -`.
    Man,
    /// Format the schema files byte for byte as `prisma format` does (relations completed too).
    #[command(after_help = FORMAT_HELP)]
    Format(FormatArgs),
    /// Read the database and write it as a schema, byte for byte as `prisma db pull` does.
    #[command(after_help = PULL_HELP)]
    Pull(PullArgs),
}

const PULL_HELP: &str = "\
With an existing schema, the database is re-introspected as Prisma does: the datasource and
generator blocks, model and field names with their @map/@@map, relation field and relation names,
enum names, comments and field order are kept; everything else is rewritten from the database.
With --force, the schema's models and enums are ignored and every name is Prisma's.
Warnings (objects Prisma cannot express) go to stderr, as Prisma prints them.

Examples:
  prisma-drift pull                                   # rewrite the schema in place
  prisma-drift pull --print | diff prisma/schema.prisma -
  prisma-drift pull --force --url postgresql://app@db:5432/app --print
  prisma-drift pull --schemas public,auth

Exit codes: 0 written (or printed), 1 error (no connection, an empty database).";

#[derive(Debug, clap::Args)]
pub(crate) struct PullArgs {
    #[command(flatten)]
    pub(crate) schema: SchemaArg,
    /// PostgreSQL URL (as for `check`).
    #[arg(long, value_name = "URL")]
    pub(crate) url: Option<String>,
    /// Print the schema to stdout instead of writing it.
    #[arg(long)]
    pub(crate) print: bool,
    /// Ignore the existing schema's models and enums (keep its datasource and generators).
    #[arg(long)]
    pub(crate) force: bool,
    /// The PostgreSQL schemas to read (comma-separated); turns on @@schema.
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    pub(crate) schemas: Option<Vec<String>>,
}

const FORMAT_HELP: &str = "\
Each file of the schema is rewritten in place, as `prisma format` rewrites it, and the files that
changed are named. Like Prisma's formatter, it completes relations: a missing back-relation field,
a missing forward field or `@relation(fields: …, references: …)`, missing relation scalar fields.
A schema that is still invalid once formatted is not written: its errors are shown.

Examples:
  prisma-drift format
  prisma-drift format --check                       # CI: list unformatted files, write nothing
  prisma-drift format --schema prisma/schema        # a multi-file schema folder

Exit codes: 0 formatted (with --check: already formatted), 1 error (invalid schema, unreadable or
unwritable file), 2 (with --check) not formatted. `prisma format --check` exits 1 in both of the
last two cases.";

#[derive(Debug, clap::Args)]
pub(crate) struct FormatArgs {
    #[command(flatten)]
    pub(crate) schema: SchemaArg,
    /// Write nothing; list the files that are not formatted (exit 2 if any).
    #[arg(long)]
    pub(crate) check: bool,
}

const AUDIT_ABOUT: &str = "\
Write the migration and database synchronization audit, every figure computed from the schema,
the migrations folder and the database:

  summary             one line per check: pass, warn or fail
  migration history   each migration with its date, status and size; naming, order, lock file
  schema validation   errors and warnings with file:line
  drift               what `check` finds, grouped by model
  inventory           tables (by @@schema, or by file for a schema folder), columns, indexes
                      per table and by method, primary keys, unique constraints, foreign keys
                      with their ON DELETE / ON UPDATE actions, enums and values, views,
                      extensions
  data                rows and total size per table
  recommendations     unindexed foreign keys, tables without a primary key, empty tables,
                      unused enums, duplicate and redundant indexes, pending or failed
                      migrations, objects the schema cannot describe

Against a live database (--url, else DATABASE_URL as for `check`), statuses come from its
_prisma_migrations table, compared with the migrations folder beside the schema, and the
database is only read (READ ONLY transactions). With --migrations, the folder is replayed into a
throwaway PostgreSQL (or a scratch database on --shadow-url) as `prisma migrate deploy` would;
--seed then fills it so that the data section has something to count; ANALYZE runs on it so
the row estimates are current.";

const AUDIT_HELP: &str = "\
Rows are the planner's estimate (pg_class.reltuples, labelled \"estimate\") unless
--exact-counts runs count(*) on every table. The settings file (prisma-drift.toml, see `check`)
applies: ignore rules and strict mode shape the drift section as they shape `check`.

--format json prints the same audit as a JSON document whose fields are only ever added
within its \"version\".

Examples:
  prisma-drift audit --migrations --seed prisma/seed.sql     # no database needed
  prisma-drift audit --url postgresql://app@db:5432/app > AUDIT.md
  prisma-drift audit --exact-counts --format json | jq '.summary'
  prisma-drift audit --migrations --shadow-url postgresql://postgres@localhost/postgres

Exit codes: 0 every check passes (warnings allowed), 1 error (invalid schema, no connection,
a failing --init-sql or --seed), 2 drift, or migrations pending, failed or edited.";

#[derive(Debug, clap::Args)]
pub(crate) struct AuditArgs {
    #[command(flatten)]
    pub(crate) schema: SchemaArg,
    /// PostgreSQL URL of the database to audit (as for `check`).
    #[arg(long, value_name = "URL")]
    pub(crate) url: Option<String>,
    /// Audit a migrations folder instead of a live database: replay it into a throwaway
    /// PostgreSQL (DIR defaults to `migrations/` beside the schema).
    #[arg(long, value_name = "DIR", num_args = 0..=1)]
    pub(crate) migrations: Option<Option<PathBuf>>,
    /// With --migrations: SQL run after the migrations, to fill the tables (e.g. seed.sql).
    #[arg(long, value_name = "FILE.sql")]
    pub(crate) seed: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AuditFormat::Markdown)]
    pub(crate) format: AuditFormat,
    /// Count rows with count(*) (one query per table) instead of reading the estimate.
    #[arg(long)]
    pub(crate) exact_counts: bool,
    /// With --migrations: replay on this existing server (a scratch database is created and
    /// dropped there) instead of starting one.
    #[arg(long, value_name = "URL")]
    pub(crate) shadow_url: Option<String>,
    /// With --migrations: SQL run before the first migration, for what the hosting platform
    /// provides outside the migrations (extensions, schemas, roles).
    #[arg(long, value_name = "FILE")]
    pub(crate) init_sql: Option<PathBuf>,
    /// With --migrations: a setting of the throwaway server, e.g. max_locks_per_transaction=4096
    /// (repeatable; wins over the launcher's own settings).
    #[arg(long, value_name = "NAME=VALUE", value_parser = parse_server_setting)]
    pub(crate) shadow_setting: Vec<(String, String)>,
    #[command(flatten)]
    pub(crate) drift: DriftArgs,
    /// Write the audit to FILE instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum AuditFormat {
    /// A Markdown document.
    Markdown,
    /// The same audit as a stable JSON document.
    Json,
}

const STATUS_HELP: &str = "\
States: applied, pending (never applied), failed (started, not finished), rolled_back (will be
applied again), edited (applied, but the script changed since: checksum differs),
missing_from_folder (applied, but its folder is gone).

Examples:
  prisma-drift status
  prisma-drift status --url postgresql://app@db:5432/app
  prisma-drift status --migrations db/migrations --format json

Exit codes: 0 every migration applied and unchanged, 1 error, 2 anything else.";

#[derive(Debug, clap::Args)]
pub(crate) struct StatusArgs {
    #[command(flatten)]
    pub(crate) schema: SchemaArg,
    /// The migrations folder (default: migrations.path of prisma.config.ts, else
    /// `migrations/` beside the schema); `--migrations` alone means the default.
    #[arg(long, value_name = "DIR", num_args = 0..=1)]
    pub(crate) migrations: Option<Option<PathBuf>>,
    /// PostgreSQL URL (as for `check`).
    #[arg(long, value_name = "URL")]
    pub(crate) url: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = StatusFormat::Human)]
    pub(crate) format: StatusFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum StatusFormat {
    /// One line per migration.
    Human,
    /// A JSON document with every migration's state.
    Json,
}

const CHECK_HELP: &str = "\
The database URL is taken from --url, else DATABASE_URL (environment, then a .env file beside the \
schema or in the working directory), else the variable the datasource names in url = env(\"…\"). \
Prisma's URL parameters are understood: schema, sslmode, sslrootcert, connect_timeout, …

Severities:
  drift    the database does not match the schema (exit 2)
  warning  something the schema cannot describe or Prisma ignores (CHECK constraints, triggers,
           functions, partial/expression indexes, deferrable constraints, …): drift only with --strict
  info     cosmetic, never drift (enum values in another order)

Ignore rules (--ignore, or `ignore = [...]` in prisma-drift.toml): `kind:pattern` or `pattern`,
matched against the change kind and the object's path (schema.table.name) or name; `*` matches
anything. Examples: `unmanaged_function:*`, `index_extra:public.*_trgm_idx`, `public.audit_log`.

With --migrations, no database URL is needed: the migrations folder is replayed the way
`prisma migrate deploy` applies it, into a throwaway PostgreSQL started from the server binaries
on this machine (or into a scratch database on --shadow-url), and the result is checked.

Examples:
  prisma-drift check
  prisma-drift check --schema prisma/schema.prisma --url postgresql://app@db:5432/app
  prisma-drift check --strict --ignore 'unmanaged_trigger:*' --format json
  prisma-drift check --migrations                      # prisma/migrations, no database needed
  prisma-drift check --migrations --init-sql platform.sql
  prisma-drift check --sql > fix.sql                   # the SQL that would fix the drift

Exit codes: 0 in sync, 1 error (bad schema, no connection), 2 drift.";

#[derive(Debug, clap::Args)]
pub(crate) struct SchemaArg {
    /// A schema file, or a folder whose .prisma files form one schema (default: where
    /// prisma.config.ts, prisma-drift.toml or Prisma's defaults say).
    #[arg(long, value_name = "PATH")]
    pub(crate) schema: Option<PathBuf>,
    /// Prisma's config file (default: prisma.config.ts in the working directory, as Prisma
    /// reads it): schema, migrations.path, datasource.url and shadowDatabaseUrl are taken from it.
    #[arg(long, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// prisma-drift's own settings file (default: prisma-drift.toml in the working
    /// directory, else beside the schema or in its parent folder).
    #[arg(long, value_name = "FILE")]
    pub(crate) settings: Option<PathBuf>,
}

impl SchemaArg {
    /// The inputs these flags name.
    pub(crate) fn inputs(&self) -> Inputs {
        Inputs {
            schema: self.schema.clone(),
            prisma_config: self.config.clone(),
            settings: self.settings.clone(),
        }
    }
}

/// What counts as drift: shared by `check` and `audit`.
#[derive(Debug, clap::Args)]
pub(crate) struct DriftArgs {
    /// Count warnings (objects the schema cannot describe) as drift.
    #[arg(long)]
    pub(crate) strict: bool,
    /// Leave out matching changes: `kind:pattern` or `pattern` (repeatable).
    #[arg(long, value_name = "RULE")]
    pub(crate) ignore: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub(crate) struct ValidateArgs {
    #[command(flatten)]
    pub(crate) schema: SchemaArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiagnosticsFormat::Human)]
    pub(crate) format: DiagnosticsFormat,
}

#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    #[command(flatten)]
    pub(crate) schema: SchemaArg,
    /// PostgreSQL URL (postgresql://user:password@host:5432/db?schema=public).
    #[arg(long, value_name = "URL")]
    pub(crate) url: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub(crate) format: CheckFormat,
    /// Count warnings (objects the schema cannot describe) as drift.
    #[command(flatten)]
    pub(crate) drift: DriftArgs,
    /// Check a migrations folder instead of a live database: replay it into a throwaway
    /// PostgreSQL and compare the result with the schema (DIR defaults to `migrations/`
    /// beside the schema).
    #[arg(long, value_name = "DIR", num_args = 0..=1)]
    pub(crate) migrations: Option<Option<PathBuf>>,
    /// With --migrations: replay on this existing server (a scratch database is created and
    /// dropped there) instead of starting one.
    #[arg(long, value_name = "URL", requires = "migrations")]
    pub(crate) shadow_url: Option<String>,
    /// With --migrations: SQL run before the first migration, for what the hosting platform
    /// provides outside the migrations (extensions, schemas, roles).
    #[arg(long, value_name = "FILE", requires = "migrations")]
    pub(crate) init_sql: Option<PathBuf>,
    /// With --migrations: a setting of the throwaway server, e.g. max_locks_per_transaction=4096
    /// (repeatable; wins over the launcher's own settings).
    #[arg(long, value_name = "NAME=VALUE", value_parser = parse_server_setting, requires = "migrations")]
    pub(crate) shadow_setting: Vec<(String, String)>,
    /// With --migrations: skip migration folders without migration.sql (data migrations run
    /// by another tool) instead of failing; Prisma itself refuses such folders.
    #[arg(long, requires = "migrations")]
    pub(crate) allow_missing_scripts: bool,
    /// Print the SQL that would bring the database to the schema instead of the report
    /// (destructive statements are marked; nothing is run; warnings are listed, not fixed).
    /// With --migrations: the SQL the next migration needs.
    #[arg(long, conflicts_with = "format")]
    pub(crate) sql: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum CheckFormat {
    /// Changes grouped by model, with schema locations (colour on a terminal).
    Human,
    /// A stable JSON document (see the README).
    Json,
    /// GitHub Actions annotations on the schema lines (::error / ::warning / ::notice).
    Github,
    /// SARIF 2.1.0 for code scanning: one rule per change kind.
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DiagnosticsFormat {
    /// Diagnostics with source snippets (colour on a terminal, never with NO_COLOR).
    Human,
    /// {"diagnostics": [{severity, code, message, file, line, column, end_line, end_column, help}]}
    Json,
}

/// Runs the command line and returns the process exit code.
pub(crate) fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return ExitCode::from(usage_error(&error)),
    };
    output::set_color(cli.color);
    let code = match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Check(args) => finish(check::run(&args)),
        Command::Status(args) => finish(status::run(&args)),
        Command::Audit(args) => finish(audit::run(&args)),
        Command::Format(args) => format::run(&args),
        Command::Pull(args) => finish(pull::run(&args)),
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "prisma-drift", &mut script);
            out(&String::from_utf8_lossy(&script));
            EXIT_OK
        }
        Command::Man => {
            let mut page = Vec::new();
            match clap_mangen::Man::new(Cli::command()).render(&mut page) {
                Ok(()) => {
                    out(&String::from_utf8_lossy(&page));
                    EXIT_OK
                }
                Err(error) => fail(format!("cannot render the manual page: {error}")),
            }
        }
    };
    ExitCode::from(code)
}

/// Help and version go to stdout (exit 0); every other parse failure is a
/// usage error: clap's message on stderr and exit 1, never 2 (which means drift).
fn usage_error(error: &clap::Error) -> u8 {
    use clap::error::ErrorKind;
    let rendered = error.render();
    let styled = |color: bool| {
        if color {
            rendered.ansi().to_string()
        } else {
            rendered.to_string()
        }
    };
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            out(&styled(stdout_color()));
            EXIT_OK
        }
        _ => {
            err(&styled(stderr_color()));
            EXIT_ERROR
        }
    }
}

/// The exit code of a command, or its error as one line on stderr (exit 1).
fn finish(result: Result<u8, RunError>) -> u8 {
    result.unwrap_or_else(fail)
}

/// One readable line on stderr for an error that stops the command.
pub(crate) fn fail(message: impl std::fmt::Display) -> u8 {
    // Interrupted: the signal handler is cleaning up and sets the exit code.
    prisma_drift::run::wait_if_interrupted();
    err_line(&format!("error: {message}"));
    EXIT_ERROR
}

/// The project of a command: its schema found and parsed, its settings read.
pub(crate) fn open_project(schema: &SchemaArg) -> Result<Project, RunError> {
    Project::open(&schema.inputs(), cwd())
}

/// The working directory (`.` when it cannot be read).
pub(crate) fn cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| ".".into())
}

/// Prints the diagnostics of an invalid schema and fails; commands that
/// compare with a database need a valid one.
pub(crate) fn require_valid(project: &Project) -> Result<(), RunError> {
    let diagnostics = &project.parsed.diagnostics;
    if !diagnostics.has_errors() {
        return Ok(());
    }
    err(&diagnostics.render(&project.parsed.sources, stderr_color()));
    let errors = diagnostics.errors().count();
    Err(RunError::Message(format!(
        "the schema at {} is invalid ({})",
        project.schema_path.display(),
        count(errors, "error", "errors")
    )))
}

/// Runs a future on a runtime of its own (one thread: the work is I/O).
pub(crate) fn block_on<T>(future: impl std::future::Future<Output = T>) -> Result<T, RunError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|error| RunError::Message(format!("cannot start the async runtime: {error}")))?;
    Ok(runtime.block_on(future))
}

/// Prints the warnings about a connection URL.
/// `NAME=VALUE` of `--shadow-setting`: a PostgreSQL parameter name and a value.
fn parse_server_setting(text: &str) -> Result<(String, String), String> {
    let (name, value) = text
        .split_once('=')
        .ok_or_else(|| "expected NAME=VALUE, e.g. max_locks_per_transaction=4096".to_string())?;
    let name = name.trim();
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
    if !valid {
        return Err(format!(
            "{name:?} is not a server setting name (letters, digits, _ and .)"
        ));
    }
    if value.contains('\0') {
        return Err("the value contains a NUL byte".into());
    }
    Ok((name.to_string(), value.to_string()))
}

pub(crate) fn warn_about(warnings: &[String]) {
    for warning in warnings {
        err_line(&format!("warning: {warning}"));
    }
}
