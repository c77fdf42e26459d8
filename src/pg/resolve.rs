//! Finding the database URL the way the CLI does: `--url`, then `DATABASE_URL`, then `.env`
//! files, then the variable the datasource names in `url = env("NAME")`.

use std::fmt;
use std::path::PathBuf;

use super::config::ConfigError;
use super::dotenv::DotEnvFile;

/// Where [`resolve_url`] found the URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlSource {
    /// Given explicitly (the `--url` flag).
    Explicit,
    /// The named variable of the process environment.
    Env(String),
    /// The named variable of a `.env` file.
    DotEnv {
        /// The file.
        path: PathBuf,
        /// The variable.
        var: String,
    },
    /// A property of a configuration file (`datasource.url` in `prisma.config.ts`).
    Config {
        /// The file.
        path: PathBuf,
        /// The property.
        property: &'static str,
    },
}

impl fmt::Display for UrlSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlSource::Explicit => f.write_str("--url"),
            UrlSource::Env(var) => write!(f, "environment variable {var}"),
            UrlSource::DotEnv { path, var } => write!(f, "{var} in {}", path.display()),
            UrlSource::Config { path, property } => write!(f, "{property} in {}", path.display()),
        }
    }
}

/// A URL found by [`resolve_url`], and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedUrl {
    /// The URL text, unparsed (it may hold a password: parse it before showing it).
    pub url: String,
    /// Where it came from.
    pub source: UrlSource,
}

/// The inputs of [`resolve_url`], explicit so that tests can supply their own environment.
pub struct UrlLookup<'a> {
    /// The `--url` value, if any.
    pub explicit: Option<&'a str>,
    /// The variable that holds the URL (`DATABASE_URL` when `None`).
    pub url_variable: Option<&'a str>,
    /// The variable the datasource names (`url = env("NAME")`), if any.
    pub datasource_env: Option<&'a str>,
    /// Folders whose `.env` file is read, in order (typically the schema's folder, then the
    /// working directory). Missing files are skipped.
    pub dotenv_dirs: Vec<PathBuf>,
    /// Reads a variable of the environment; `std::env::var` in real use.
    pub env: &'a dyn Fn(&str) -> Option<String>,
}

/// Reads the process environment; the usual [`UrlLookup::env`].
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

/// The variables as Prisma sees them: the process environment first, then the
/// `.env` files of some folders, read the first time a variable is not in the
/// environment (and never into it).
pub struct Environment<'a> {
    env: &'a dyn Fn(&str) -> Option<String>,
    dirs: Vec<PathBuf>,
    files: std::cell::OnceCell<Vec<DotEnvFile>>,
    warnings: std::cell::RefCell<Vec<String>>,
}

impl<'a> Environment<'a> {
    /// The environment `env`, then the `.env` files of `dirs` (in order).
    pub fn new(env: &'a dyn Fn(&str) -> Option<String>, dirs: Vec<PathBuf>) -> Self {
        Environment {
            env,
            dirs,
            files: std::cell::OnceCell::new(),
            warnings: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// The non-empty value of `name` and where it was found.
    pub fn lookup(&self, name: &str) -> Option<(String, UrlSource)> {
        if let Some(value) = (self.env)(name).filter(|v| !v.trim().is_empty()) {
            return Some((value, UrlSource::Env(name.to_string())));
        }
        let files = self.files.get_or_init(|| {
            read_dotenv_files(&self.dirs, &mut |w| self.warnings.borrow_mut().push(w))
        });
        files.iter().find_map(|file| {
            let value = file.get(name, self.env).filter(|v| !v.trim().is_empty())?;
            let source = UrlSource::DotEnv {
                path: file.path.clone(),
                var: name.to_string(),
            };
            Some((value, source))
        })
    }

    /// The non-empty value of `name`.
    pub fn get(&self, name: &str) -> Option<String> {
        self.lookup(name).map(|(value, _)| value)
    }

    /// The `.env` lines and files skipped so far (one line each, naming the file and line only).
    pub fn take_warnings(&self) -> Vec<String> {
        std::mem::take(&mut *self.warnings.borrow_mut())
    }
}

/// Finds the database URL: the explicit value, else `DATABASE_URL` (or
/// [`UrlLookup::url_variable`]) from the environment, else from the `.env`
/// files, else the datasource's variable looked up the same way (environment,
/// then `.env` files). `Ok(None)` when none is set.
///
/// `.env` files are read as Prisma reads them ([`DotEnvFile`]), without changing the process
/// environment: lines that cannot be read are skipped, and so are files that cannot be read
/// at all. Each is reported on standard error as `warning: file:line: …`, never with the
/// file's content; [`resolve_url_with_warnings`] hands the warnings to the caller instead.
/// Empty values count as unset.
pub fn resolve_url(lookup: &UrlLookup<'_>) -> Result<Option<ResolvedUrl>, ConfigError> {
    let mut warn = |warning: String| eprintln!("warning: {warning}");
    resolve_url_with_warnings(lookup, &mut warn)
}

/// [`resolve_url`], telling `warn` about every skipped `.env` line or file (one line each,
/// naming the file and line only) instead of printing.
pub fn resolve_url_with_warnings(
    lookup: &UrlLookup<'_>,
    warn: &mut dyn FnMut(String),
) -> Result<Option<ResolvedUrl>, ConfigError> {
    if let Some(url) = lookup.explicit.filter(|u| !u.trim().is_empty()) {
        return Ok(Some(ResolvedUrl {
            url: url.to_string(),
            source: UrlSource::Explicit,
        }));
    }
    let environment = Environment::new(lookup.env, lookup.dotenv_dirs.clone());
    let primary = lookup.url_variable.unwrap_or("DATABASE_URL");
    let mut vars = vec![primary];
    if let Some(name) = lookup.datasource_env.filter(|n| *n != primary) {
        vars.push(name);
    }
    let found = vars.iter().find_map(|var| environment.lookup(var));
    for warning in environment.take_warnings() {
        warn(warning);
    }
    Ok(found.map(|(url, source)| ResolvedUrl { url, source }))
}

fn read_dotenv_files(dirs: &[PathBuf], warn: &mut dyn FnMut(String)) -> Vec<DotEnvFile> {
    let mut files = Vec::new();
    let mut seen = Vec::new();
    for dir in dirs {
        let path = dir.join(".env");
        let key = path.canonicalize().unwrap_or_else(|_| path.clone());
        if seen.contains(&key) || !path.is_file() {
            continue;
        }
        seen.push(key);
        match DotEnvFile::read(&path) {
            Ok(file) => {
                for warning in file.warnings() {
                    warn(warning);
                }
                files.push(file);
            }
            // Prisma goes on without a file it cannot read; so do we, saying so.
            Err(e) => warn(format!("cannot read {}: {e}", path.display())),
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn resolution_order() {
        let schema_dir = tempfile::tempdir().unwrap();
        let cwd = tempfile::tempdir().unwrap();
        std::fs::write(
            schema_dir.path().join(".env"),
            "# comment\nOTHER=1\nMY_DB=\"postgresql://from-schema-env/db\"\n",
        )
        .unwrap();
        std::fs::write(
            cwd.path().join(".env"),
            "DATABASE_URL=postgresql://from-cwd-env/db\n",
        )
        .unwrap();
        let dirs = vec![schema_dir.path().to_path_buf(), cwd.path().to_path_buf()];
        let empty = env_of(&[]);
        let with_db_url = env_of(&[
            ("DATABASE_URL", "postgresql://from-env/db"),
            ("MY_DB", "postgresql://my-env/db"),
        ]);

        let lookup = |explicit, ds, env: &dyn Fn(&str) -> Option<String>, dirs: Vec<PathBuf>| {
            resolve_url(&UrlLookup {
                explicit,
                url_variable: None,
                datasource_env: ds,
                dotenv_dirs: dirs,
                env,
            })
            .unwrap()
        };

        let r = lookup(
            Some("postgresql://flag/db"),
            Some("MY_DB"),
            &with_db_url,
            dirs.clone(),
        )
        .unwrap();
        assert_eq!(
            (r.url.as_str(), r.source),
            ("postgresql://flag/db", UrlSource::Explicit)
        );

        let r = lookup(None, Some("MY_DB"), &with_db_url, dirs.clone()).unwrap();
        assert_eq!(r.source, UrlSource::Env("DATABASE_URL".into()));

        // DATABASE_URL from the cwd's .env wins over the datasource's variable.
        let r = lookup(None, Some("MY_DB"), &empty, dirs.clone()).unwrap();
        assert_eq!(r.url, "postgresql://from-cwd-env/db");
        assert_eq!(
            r.source.to_string(),
            format!("DATABASE_URL in {}", cwd.path().join(".env").display())
        );

        // Without it, the datasource's variable: environment first, then .env.
        let only_schema = vec![schema_dir.path().to_path_buf()];
        let my_env = env_of(&[("MY_DB", "postgresql://my-env/db")]);
        let r = lookup(None, Some("MY_DB"), &my_env, only_schema.clone()).unwrap();
        assert_eq!(r.source, UrlSource::Env("MY_DB".into()));
        let r = lookup(None, Some("MY_DB"), &empty, only_schema.clone()).unwrap();
        assert_eq!(r.url, "postgresql://from-schema-env/db");

        assert_eq!(lookup(None, None, &empty, only_schema), None);
        assert_eq!(lookup(Some("  "), None, &empty, vec![]), None);
    }

    #[test]
    fn a_broken_dotenv_line_is_skipped_with_a_warning_naming_only_its_number() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(".env"),
            "TOKEN='unterminated s3cr3t\nnot an assignment s3cr3t\nDATABASE_URL=postgresql://h/${DB}\n",
        )
        .unwrap();
        let env = env_of(&[("DB", "shop")]);
        let mut warnings = Vec::new();
        let found = resolve_url_with_warnings(
            &UrlLookup {
                explicit: None,
                url_variable: None,
                datasource_env: None,
                dotenv_dirs: vec![dir.path().to_path_buf()],
                env: &env,
            },
            &mut |w| warnings.push(w),
        )
        .unwrap()
        .unwrap();
        assert_eq!(found.url, "postgresql://h/shop");
        assert_eq!(
            warnings,
            vec![format!(
                "{}:2: skipped a line that is not NAME=value, as Prisma does",
                dir.path().join(".env").display()
            )]
        );
    }
}
