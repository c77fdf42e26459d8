//! What every command starts from: the schema found and parsed, the
//! settings file read, the working directory — and, on demand, the database
//! URL, the migrations folder and the check options they imply.

use std::path::{Path, PathBuf};

use super::check::CheckOptions;
use super::settings::{self, Settings, SettingsError};
use super::RunError;
use crate::diff::IgnoreRule;
use crate::migrations::{self, MigrationsError, MigrationsFolder};
use crate::pg::{self, ConnConfig, Shadow};
use crate::schema::locate::{self, LocateError};
use crate::schema::prisma_config::PrismaConfig;
use crate::schema::{self, ParsedSchema, UrlSource};

/// Where a job's inputs are, as flags name them; `None` means "where Prisma
/// (or the settings file) says".
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// `--schema`: a schema file or folder.
    pub schema: Option<PathBuf>,
    /// `--config`: Prisma's `prisma.config.ts`.
    pub prisma_config: Option<PathBuf>,
    /// `--settings`: prisma-drift's `prisma-drift.toml`.
    pub settings: Option<PathBuf>,
}

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
    /// Prisma's config file, when the project has one.
    pub prisma_config: Option<PrismaConfig>,
}

/// Finds the schema (`inputs.schema`, else `prisma.config.ts`, else where
/// Prisma looks from `cwd`) and parses it; no settings are read. Returns
/// where it was found and the config file, if any.
pub fn load_schema(
    inputs: &Inputs,
    cwd: &Path,
) -> Result<(PathBuf, ParsedSchema, Option<PrismaConfig>), RunError> {
    let config = prisma_config(inputs.prisma_config.as_deref(), cwd)?;
    let path = locate::locate(inputs.schema.as_deref(), config.as_ref(), cwd)?;
    let parsed = schema::load_schema(&path)?;
    Ok((path, parsed, config))
}

/// `--config FILE`, else the config file Prisma reads in `cwd`, if any.
fn prisma_config(explicit: Option<&Path>, cwd: &Path) -> Result<Option<PrismaConfig>, RunError> {
    let path = match explicit {
        Some(path) if path.is_file() => path.to_path_buf(),
        Some(path) => {
            return Err(RunError::Message(format!(
                "--config {}: no such file (--config names Prisma's prisma.config.ts; prisma-drift's own file is --settings)",
                path.display()
            )))
        }
        None => match PrismaConfig::find(cwd) {
            Some(path) => relative_to(&path, cwd),
            None => return Ok(None),
        },
    };
    let config = PrismaConfig::load(&path).map_err(LocateError::from)?;
    Ok(Some(config))
}

fn relative_to(path: &Path, base: &Path) -> PathBuf {
    path.strip_prefix(base)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// The connection settings of a URL given on the command line (`--url`),
/// which wins over every other source: known before the schema is read, so
/// that the CLI can connect while it parses. Relative file paths in it
/// (`sslrootcert`, …) are resolved against `cwd`.
pub fn explicit_database_config(url: &str, cwd: &Path) -> Result<ConnConfig, RunError> {
    let mut config = ConnConfig::parse(url).map_err(|error| RunError::Url {
        error,
        from: pg::UrlSource::Explicit.to_string(),
    })?;
    config.resolve_paths(cwd);
    Ok(config)
}

impl Project {
    /// Finds the schema and the settings: `--settings`, else
    /// `prisma-drift.toml` in `cwd` (which may say where the schema is), else
    /// beside the schema or in its parent folder.
    pub fn open(inputs: &Inputs, cwd: PathBuf) -> Result<Project, RunError> {
        let mut settings = match &inputs.settings {
            Some(file) => settings::load(Some(file), &[])?,
            None => settings::load(None, std::slice::from_ref(&cwd))?,
        };
        let mut inputs = inputs.clone();
        if inputs.schema.is_none() {
            inputs.schema = settings.schema.as_ref().map(|s| settings.resolve(s));
        }
        let (schema_path, parsed, prisma_config) = load_schema(&inputs, &cwd)?;
        if settings.path.is_none() {
            settings = settings::load(None, &search_dirs(&schema_path, &cwd))?;
        }
        Ok(Project {
            cwd,
            schema_path,
            parsed,
            settings,
            prisma_config,
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
    /// `.env`, `prisma.config.ts` or the schema (see [`Project::database_url`]).
    /// Skipped `.env` lines come back as warnings of the configuration.
    pub fn database_config(&self, explicit: Option<&str>) -> Result<ConnConfig, RunError> {
        if let Some(url) = explicit.filter(|u| !u.trim().is_empty()) {
            return explicit_database_config(url, &self.cwd);
        }
        let environment = self.environment();
        let resolved = self.database_url(explicit, &environment)?;
        let mut config = ConnConfig::parse(&resolved.url).map_err(|error| RunError::Url {
            error,
            from: resolved.source.to_string(),
        })?;
        config.resolve_paths(&self.cwd);
        config.warnings.extend(environment.take_warnings());
        Ok(config)
    }

    /// The variables the project sees: the process environment, then the
    /// `.env` files beside the schema, in its parent folder (Prisma reads the
    /// project root's above a `prisma/` folder) and in the working directory.
    pub fn environment(&self) -> pg::Environment<'static> {
        pg::Environment::new(&pg::process_env, search_dirs(&self.schema_path, &self.cwd))
    }

    /// Finds the database URL: `explicit`; else `datasource.url` of
    /// `prisma.config.ts`; else `DATABASE_URL` (or the settings' `url_env`)
    /// in `environment`; else the variable the datasource names in
    /// `url = env("…")`; else a literal `url = "…"`.
    pub fn database_url(
        &self,
        explicit: Option<&str>,
        environment: &pg::Environment<'_>,
    ) -> Result<pg::ResolvedUrl, RunError> {
        if let Some(url) = explicit.filter(|u| !u.trim().is_empty()) {
            return Ok(pg::ResolvedUrl {
                url: url.to_string(),
                source: pg::UrlSource::Explicit,
            });
        }
        if let Some(found) = self.config_value("datasource.url", environment, "--url")? {
            return Ok(found);
        }
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
        let primary = self.settings.url_env.as_deref().unwrap_or("DATABASE_URL");
        let vars = std::iter::once(primary).chain(datasource_env.filter(|n| *n != primary));
        if let Some((url, source)) = vars.into_iter().find_map(|var| environment.lookup(var)) {
            return Ok(pg::ResolvedUrl { url, source });
        }
        if let Some(UrlSource::Literal(url)) = datasource_url {
            return Ok(pg::ResolvedUrl {
                url: url.clone(),
                source: pg::UrlSource::Explicit,
            });
        }
        Err(RunError::NoUrl {
            schema_env: self
                .settings
                .url_env
                .clone()
                .or(datasource_env.map(String::from)),
        })
    }

    /// A URL property of `prisma.config.ts` (`datasource.url`,
    /// `datasource.shadowDatabaseUrl`), evaluated in `environment`; `None`
    /// when the config has none or it is undefined. `flag` is what to pass
    /// instead when the value cannot be known.
    fn config_value(
        &self,
        property: &'static str,
        environment: &pg::Environment<'_>,
        flag: &str,
    ) -> Result<Option<pg::ResolvedUrl>, RunError> {
        let Some(config) = &self.prisma_config else {
            return Ok(None);
        };
        let value = match property {
            "datasource.url" => config.datasource_url.as_ref(),
            _ => config.shadow_database_url.as_ref(),
        };
        let Some(value) = value else {
            return Ok(None);
        };
        let text = value
            .evaluate(&|name| environment.get(name))
            .map_err(|error| {
                RunError::Message(format!(
                    "{}: {property}: {error}; pass {flag} instead",
                    config.path.display()
                ))
            })?;
        Ok(text
            .filter(|t| !t.trim().is_empty())
            .map(|url| pg::ResolvedUrl {
                url,
                source: pg::UrlSource::Config {
                    path: config.path.clone(),
                    property,
                },
            }))
    }

    /// The migrations folder: `explicit`, else the settings' `migrations`,
    /// else `migrations.path` of `prisma.config.ts`, else `migrations/` beside the schema.
    pub fn migrations_dir(&self, explicit: Option<&Path>) -> Result<PathBuf, RunError> {
        if let Some(dir) = explicit {
            return Ok(dir.to_path_buf());
        }
        if let Some(dir) = &self.settings.migrations {
            return Ok(self.settings.resolve(dir));
        }
        if let Some(config) = &self.prisma_config {
            if let Some(value) = &config.migrations_path {
                let env = |name: &str| std::env::var(name).ok();
                let text = value.evaluate(&env).map_err(|error| {
                    RunError::Message(format!(
                        "{}: migrations.path: {error}; pass --migrations DIR instead",
                        config.path.display()
                    ))
                })?;
                if let Some(text) = text.filter(|t| !t.is_empty()) {
                    return Ok(relative_to(&config.resolve_path(&text), &self.cwd));
                }
            }
        }
        Ok(migrations::default_dir(&self.schema_path))
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

    /// The SQL to run before the first migration: `explicit`, else the settings' `init_sql`.
    pub fn init_sql(&self, explicit: Option<&Path>) -> Option<PathBuf> {
        explicit.map(Path::to_path_buf).or_else(|| {
            self.settings
                .init_sql
                .as_ref()
                .map(|f| self.settings.resolve(f))
        })
    }

    /// Where to replay migrations: on the server at `shadow_url`, else the
    /// settings' `shadow_url`, else `datasource.shadowDatabaseUrl` of
    /// `prisma.config.ts` (a scratch database is made there, as with
    /// `--shadow-url`), else on a throwaway server.
    pub fn shadow(&self, shadow_url: Option<&str>) -> Result<Shadow, RunError> {
        let from_config = match shadow_url.or(self.settings.shadow_url.as_deref()) {
            Some(_) => None,
            None => {
                let environment = self.environment();
                self.config_value("datasource.shadowDatabaseUrl", &environment, "--shadow-url")?
            }
        };
        let url = shadow_url
            .or(self.settings.shadow_url.as_deref())
            .or(from_config.as_ref().map(|found| found.url.as_str()));
        let Some(url) = url else {
            return Ok(Shadow::Ephemeral);
        };
        let mut config = ConnConfig::parse(url).map_err(|error| RunError::FlagUrl {
            flag: "--shadow-url",
            error,
        })?;
        config.resolve_paths(&self.cwd);
        Ok(Shadow::Server(Box::new(config)))
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

/// The repository the command runs in: `GITHUB_WORKSPACE` when `cwd` is inside
/// it, else the nearest folder above `cwd` holding `.git`, else `cwd`. CI
/// outputs name files relative to it.
pub fn repository_root(cwd: &Path) -> PathBuf {
    let cwd = std::fs::canonicalize(cwd).unwrap_or_else(|_| cwd.to_path_buf());
    if let Some(workspace) = std::env::var_os("GITHUB_WORKSPACE").map(PathBuf::from) {
        let workspace = std::fs::canonicalize(&workspace).unwrap_or(workspace);
        if cwd.starts_with(&workspace) {
            return workspace;
        }
    }
    cwd.ancestors()
        .find(|dir| dir.join(".git").exists())
        .unwrap_or(&cwd)
        .to_path_buf()
}
