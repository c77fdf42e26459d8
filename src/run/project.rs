//! What every command starts from: the schema found and parsed, the
//! settings file read, the working directory — and, on demand, the database
//! URL, the migrations folder and the check options they imply.

use std::path::{Path, PathBuf};

use super::check::CheckOptions;
use super::settings::{self, Settings, SettingsError};
use super::RunError;
use crate::diff::IgnoreRule;
use crate::migrations::{self, MigrationsError, MigrationsFolder};
use crate::pg::{self, ConnConfig, Shadow, UrlLookup};
use crate::schema::{self, locate, ParsedSchema, UrlSource};

/// A schema with its surroundings.
#[derive(Debug)]
pub struct Project {
    /// The working directory relative paths are resolved against.
    pub cwd: PathBuf,
    /// The schema file or folder.
    pub schema_path: PathBuf,
    /// The schema, parsed and validated (it may have errors).
    pub parsed: ParsedSchema,
    /// The settings file's contents (defaults when there is none).
    pub settings: Settings,
}

/// Finds the schema (`schema`, else the way Prisma finds it from `cwd`) and
/// parses it; no settings are read. Returns where it was found.
pub fn load_schema(schema: Option<&Path>, cwd: &Path) -> Result<(PathBuf, ParsedSchema), RunError> {
    let path = locate::locate(schema, cwd)?;
    let parsed = schema::load_schema(&path)?;
    Ok((path, parsed))
}

impl Project {
    /// Finds the schema (`schema`, else the way Prisma finds it from `cwd`),
    /// parses it and reads the settings (`settings_file`, else
    /// `prisma-drift.toml` beside the schema, in its parent folder or in `cwd`).
    pub fn open(
        schema: Option<&Path>,
        settings_file: Option<&Path>,
        cwd: PathBuf,
    ) -> Result<Project, RunError> {
        let (schema_path, parsed) = load_schema(schema, &cwd)?;
        let settings = settings::load(settings_file, &search_dirs(&schema_path, &cwd))?;
        Ok(Project {
            cwd,
            schema_path,
            parsed,
            settings,
        })
    }

    /// The folder that holds the schema (the schema itself for a folder schema).
    pub fn schema_dir(&self) -> PathBuf {
        if self.schema_path.is_dir() {
            self.schema_path.clone()
        } else {
            self.schema_path
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default()
        }
    }

    /// The datasource's provider, when it has one.
    pub fn provider(&self) -> Option<&str> {
        self.parsed
            .schema
            .datasource
            .as_ref()
            .map(|d| d.provider.as_str())
    }

    /// Check options: `strict` from the flag or the settings, the settings'
    /// ignore rules followed by the flags'.
    pub fn check_options(&self, strict: bool, ignore: &[String]) -> Result<CheckOptions, RunError> {
        let mut rules = self.settings.ignore_rules()?;
        for text in ignore {
            let rule = IgnoreRule::parse(text)
                .map_err(|error| SettingsError::Rule { path: None, error })?;
            rules.push(rule);
        }
        Ok(CheckOptions {
            strict: strict || self.settings.strict,
            ignore: rules,
            ..CheckOptions::default()
        })
    }

    /// The live database's connection: URL from `explicit`, the environment,
    /// `.env` or the schema (see [`Project::database_url`]).
    pub fn database_config(&self, explicit: Option<&str>) -> Result<ConnConfig, RunError> {
        let resolved = self.database_url(explicit)?;
        let mut config = ConnConfig::parse(&resolved.url).map_err(|error| RunError::Url {
            error,
            from: resolved.source.to_string(),
        })?;
        config.resolve_paths(&self.cwd);
        Ok(config)
    }

    /// Finds the database URL: `explicit`, `DATABASE_URL` (environment, then
    /// `.env` beside the schema, in its parent or in the working directory),
    /// the datasource's `env("…")` variable, or a literal `url = "…"`.
    pub fn database_url(&self, explicit: Option<&str>) -> Result<pg::ResolvedUrl, RunError> {
        let datasource_url = self
            .parsed
            .schema
            .datasource
            .as_ref()
            .and_then(|d| d.url.as_ref());
        let datasource_env = match datasource_url {
            Some(UrlSource::Env(name)) => Some(name.as_str()),
            _ => None,
        };
        let lookup = UrlLookup {
            explicit,
            datasource_env,
            // Prisma also reads the .env of the project root above a `prisma/` folder.
            dotenv_dirs: search_dirs(&self.schema_path, &self.cwd),
            env: &pg::process_env,
        };
        if let Some(found) = pg::resolve_url(&lookup)? {
            return Ok(found);
        }
        if let Some(UrlSource::Literal(url)) = datasource_url {
            return Ok(pg::ResolvedUrl {
                url: url.clone(),
                source: pg::UrlSource::Explicit,
            });
        }
        Err(RunError::NoUrl {
            schema_env: datasource_env.map(String::from),
        })
    }

    /// The migrations folder: `explicit`, else `migrations/` beside the schema.
    pub fn migrations_dir(&self, explicit: Option<&Path>) -> PathBuf {
        explicit
            .map(Path::to_path_buf)
            .unwrap_or_else(|| migrations::default_dir(&self.schema_path))
    }

    /// Reads the migrations folder at `dir`.
    pub fn read_migrations(&self, dir: &Path) -> Result<MigrationsFolder, RunError> {
        Ok(migrations::read_folder(dir, self.provider())?)
    }

    /// Reads the migrations folder at `dir`; `None` when there is none.
    pub fn read_migrations_if_any(&self, dir: &Path) -> Result<Option<MigrationsFolder>, RunError> {
        match migrations::read_folder(dir, self.provider()) {
            Ok(folder) => Ok(Some(folder)),
            Err(MigrationsError::NotFound(_)) => Ok(None),
            Err(error) => Err(error.into()),
        }
    }

    /// Where to replay migrations: on the server at `shadow_url`, else on a throwaway one.
    pub fn shadow(&self, shadow_url: Option<&str>) -> Result<Shadow, RunError> {
        match shadow_url {
            Some(url) => {
                let mut config = ConnConfig::parse(url).map_err(|error| RunError::FlagUrl {
                    flag: "--shadow-url",
                    error,
                })?;
                config.resolve_paths(&self.cwd);
                Ok(Shadow::Server(Box::new(config)))
            }
            None => Ok(Shadow::Ephemeral),
        }
    }
}

/// The schema's folder, its parent and the working directory: where `.env`
/// and the settings file are looked for.
fn search_dirs(schema: &Path, cwd: &Path) -> Vec<PathBuf> {
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
