//! `pull` as one call: read the database and render it as a schema, then
//! (unless printing) write the schema files.

use std::path::Path;

use super::RunError;
use crate::introspect;
use crate::pg::{ConnConfig, Session};
use crate::pull::{self, PullOptions, Pulled};
use crate::schema::ParsedSchema;

/// The namespaces to read: `--schemas`, else the datasource's `schemas`,
/// else the URL's `?schema=` (`public` by default).
pub fn namespaces(
    existing: Option<&ParsedSchema>,
    config: &ConnConfig,
    options: &PullOptions,
) -> Vec<String> {
    if let Some(schemas) = &options.schemas {
        return schemas.clone();
    }
    let declared: Vec<String> = existing
        .and_then(|p| p.schema.datasource.as_ref())
        .map(|d| d.schemas.iter().map(|(name, _)| name.clone()).collect())
        .unwrap_or_default();
    if declared.is_empty() {
        vec![config.schema.clone()]
    } else {
        declared
    }
}

/// Introspects the database at `config` and renders it, re-introspecting
/// `existing` unless `options.force`.
pub async fn pull(
    existing: Option<&ParsedSchema>,
    config: &ConnConfig,
    options: &PullOptions,
) -> Result<Pulled, RunError> {
    let read = read_for_pull(config, namespaces(existing, config, options)).await?;
    render_pulled(existing, config, options, read).await
}

/// A database read for `pull`: the namespaces read and what they hold.
pub struct ReadForPull {
    namespaces: Vec<String>,
    database: crate::ir::Database,
}

/// Reads `namespaces` of the database at `config` as `pull` reads it. The
/// CLI calls this while the schema is still being parsed, with the namespaces
/// [`namespaces`] gives without it; [`render_pulled`] reads again when the
/// schema asks for others.
pub async fn read_for_pull(
    config: &ConnConfig,
    namespaces: Vec<String>,
) -> Result<ReadForPull, RunError> {
    let session = Session::open(config).await?;
    let database = introspect::introspect_with(
        &session,
        &namespaces,
        &introspect::IntrospectOptions::as_prisma_prints(),
    )
    .await?;
    Ok(ReadForPull {
        namespaces,
        database,
    })
}

/// Renders a database [`read_for_pull`] read, reading it again first when
/// `existing` asks for other namespaces than were read.
pub async fn render_pulled(
    existing: Option<&ParsedSchema>,
    config: &ConnConfig,
    options: &PullOptions,
    read: ReadForPull,
) -> Result<Pulled, RunError> {
    let wanted = namespaces(existing, config, options);
    // A new session: the one that read first may have ended with its runtime.
    let database = if wanted == read.namespaces {
        read.database
    } else {
        read_for_pull(config, wanted).await?.database
    };
    let mut options = options.clone();
    options
        .default_namespace
        .get_or_insert_with(|| config.schema.clone());
    Ok(pull::pull(&database, existing, &options))
}

/// Puts a file `pull` added to a schema folder (`introspected.prisma`) in
/// that folder, where Prisma writes it.
pub fn place_new_files(pulled: &mut Pulled, schema_path: &Path) {
    if !schema_path.is_dir() {
        return;
    }
    for file in &mut pulled.files {
        if file.path == crate::pull::INTROSPECTED_FILE {
            file.path = schema_path.join(&file.path).display().to_string();
        }
    }
}

/// Writes the pulled files over the schema's (a file path relative to the
/// schema folder when the schema is a folder). Returns the paths written.
pub fn write(pulled: &Pulled, schema_path: &Path) -> Result<Vec<String>, RunError> {
    let mut written = Vec::new();
    for file in &pulled.files {
        let path = if schema_path.is_dir()
            && !Path::new(&file.path).is_absolute()
            && !Path::new(&file.path).exists()
        {
            schema_path.join(&file.path)
        } else if pulled.files.len() == 1 && !schema_path.is_dir() {
            schema_path.to_path_buf()
        } else {
            Path::new(&file.path).to_path_buf()
        };
        std::fs::write(&path, &file.text).map_err(|error| {
            RunError::Message(format!("cannot write {}: {error}", path.display()))
        })?;
        written.push(path.display().to_string());
    }
    Ok(written)
}
