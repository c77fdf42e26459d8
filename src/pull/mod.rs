//! Database → schema text, the way `prisma db pull` writes it.
//!
//! [`pull`] takes what `introspect` read ([`ir::Database`]) and, optionally,
//! the existing schema. Without one (or with `force`), every name is
//! Prisma's: models and fields named after tables and columns (cleaned and
//! mapped when they are not valid identifiers), relation fields named after
//! the related model, ambiguous relations named after their foreign keys.
//! With one, names and maps the schema already gives are kept
//! (re-introspection). The text is laid out by [`crate::format`], so it is
//! what Prisma's formatter would print; the warnings are Prisma's words.
//!
//! ```
//! use prisma_drift::ir::{Column, ColumnType, Database, PrimaryKey, QualifiedName, Table};
//!
//! let mut table = Table::new(QualifiedName::new("public", "user"));
//! table.columns.push(Column {
//!     name: "id".into(),
//!     ty: ColumnType::builtin("int4", vec![]),
//!     nullable: false,
//!     default: None,
//!     collation: None,
//!     comment: None,
//!     default_text: None,
//!     origin: None,
//! });
//! table.primary_key = Some(PrimaryKey { name: "user_pkey".into(), columns: vec!["id".into()], origin: None });
//! let db = Database { namespaces: vec!["public".into()], tables: vec![table], ..Default::default() };
//! let pulled = prisma_drift::pull::pull(&db, None, &Default::default());
//! assert_eq!(
//!     pulled.files[0].text,
//!     "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel user {\n  id Int @id\n}\n"
//! );
//! ```

mod config;
mod context;
mod enums;
mod models;
pub mod names;
mod previous;
mod relations;
mod types;
mod views;
mod warnings;

use crate::ir;
use crate::schema::ParsedSchema;
use context::{Context, TableRole};
use previous::Previous;
pub use warnings::Warnings;

/// How to pull.
#[derive(Debug, Clone, Default)]
pub struct PullOptions {
    /// Ignore the existing schema's models and enums (keep its datasource and
    /// generators).
    pub force: bool,
    /// The namespaces given on the command line (`--schemas`), which turn on
    /// `@@schema` as the datasource's `schemas` does.
    pub schemas: Option<Vec<String>>,
    /// The namespace of models without `@@schema` (the URL's `?schema=`).
    pub default_namespace: Option<String>,
}

/// One file of the pulled schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PulledFile {
    /// The file's path as the existing schema named it (`schema.prisma` when
    /// there was none).
    pub path: String,
    /// Its text.
    pub text: String,
}

/// What `pull` produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pulled {
    /// The schema's files.
    pub files: Vec<PulledFile>,
    /// Warnings, as Prisma groups them.
    pub warnings: Warnings,
    /// Whether the database held nothing to write models for.
    pub empty: bool,
    /// How many models were written.
    pub models: usize,
}

impl Pulled {
    /// What `prisma db pull --print` prints: the one file followed by an
    /// empty line, or each file under a `// path` line.
    pub fn print_text(&self) -> String {
        if let [file] = self.files.as_slice() {
            return format!("{}\n", file.text);
        }
        let mut files: Vec<&PulledFile> = self.files.iter().collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
            .iter()
            .map(|f| format!("// {}\n{}\n", f.path, f.text))
            .collect()
    }

    /// The warnings as Prisma prints them on stderr (each line behind `// `),
    /// or an empty string.
    pub fn warnings_text(&self) -> String {
        self.warnings_text_escaped(&|text| text.to_string())
    }

    /// [`Pulled::warnings_text`] with every name from the database passed
    /// through `escape` (for a terminal: see [`Warnings::render_escaped`]).
    pub fn warnings_text_escaped(&self, escape: &dyn Fn(&str) -> String) -> String {
        let text = self.warnings.render_escaped(escape);
        if text.trim().is_empty() {
            return String::new();
        }
        format!("\n// {}\n", text.replace('\n', "\n// "))
    }
}

/// Renders `db` as a schema, re-introspecting `existing` unless
/// `options.force` (its datasource and generator blocks are kept either way).
pub fn pull(db: &ir::Database, existing: Option<&ParsedSchema>, options: &PullOptions) -> Pulled {
    let default_namespace = options
        .default_namespace
        .clone()
        .unwrap_or_else(|| "public".to_string());
    let reintrospected = existing.filter(|_| !options.force);
    let blocks = reintrospected
        .map(|parsed| previous::index_blocks(parsed, &default_namespace))
        .unwrap_or_default();
    let previous = match reintrospected {
        Some(parsed) => Previous::of(parsed, &default_namespace, &blocks),
        None => Previous::none(),
    };
    let datasource_schemas = existing
        .and_then(|p| p.schema.datasource.as_ref())
        .is_some_and(|d| !d.schemas.is_empty());
    let uses_namespaces = datasource_schemas || options.schemas.is_some();
    let context = Context::new(db, previous, uses_namespaces, views::wanted(existing));
    let mut warnings = Warnings {
        duplicate_names: context.renamed_duplicates.clone(),
        ..Warnings::default()
    };
    let model_file = |position: Option<usize>| {
        let parsed = existing.filter(|_| !options.force)?;
        Some(parsed.schema.models[position?].span.file.0)
    };
    let enum_file = |position: Option<usize>| {
        let parsed = existing.filter(|_| !options.force)?;
        Some(parsed.schema.enums[position?].span.file.0)
    };
    let mut models: Vec<(Option<usize>, String)> = Vec::new();
    let mut model_files = Vec::new();
    for (index, role) in context.roles.iter().enumerate() {
        if *role != TableRole::Model {
            continue;
        }
        let position = context.previous.model(&db.tables[index]).map(|(at, _)| at);
        models.push((position, models::render(&context, index, &mut warnings)));
    }
    sort_none_last(&mut models);
    for (position, _) in &models {
        model_files.push(model_file(*position));
    }
    let mut view_blocks = views::render_all(&context, &mut warnings);
    sort_none_last(&mut view_blocks);
    let view_files: Vec<Option<u32>> = view_blocks.iter().map(|(p, _)| model_file(*p)).collect();
    let mut enum_blocks: Vec<(Option<usize>, String)> = Vec::new();
    for index in 0..db.enums.len() {
        let position = context
            .previous
            .enumeration(&db.enums[index])
            .map(|(at, _)| at);
        enum_blocks.push((position, enums::render(&context, index, &mut warnings)));
    }
    sort_none_last(&mut enum_blocks);
    let enum_files: Vec<Option<u32>> = enum_blocks.iter().map(|(p, _)| enum_file(*p)).collect();
    models::flavour_warnings(&context, &mut warnings);
    let empty = models.is_empty() && enum_blocks.is_empty();
    let model_count = models.len();

    let partial_indexes = db.tables.iter().enumerate().any(|(index, table)| {
        context.roles[index] == TableRole::Model
            && table
                .indexes
                .iter()
                .any(|i| i.predicate.is_some() && !models::is_expression_index(i))
    });
    let config = config::render(existing, partial_indexes, options.schemas.as_deref());
    let introspection_file = config.iter().rev().find_map(|(file, _)| *file);
    let mut blocks: Vec<(Option<u32>, String)> = config;
    blocks.extend(
        model_files
            .into_iter()
            .zip(models)
            .map(|(f, (_, text))| (f, text)),
    );
    blocks.extend(
        view_files
            .into_iter()
            .zip(view_blocks)
            .map(|(f, (_, text))| (f, text)),
    );
    blocks.extend(
        enum_files
            .into_iter()
            .zip(enum_blocks)
            .map(|(f, (_, text))| (f, text)),
    );
    let files = assemble(existing, blocks, introspection_file);
    Pulled {
        files,
        warnings,
        empty,
        models: model_count,
    }
}

/// Where Prisma writes what is new to a schema of several files: a file of
/// this name in the schema folder (a relative path in [`PulledFile::path`]).
pub const INTROSPECTED_FILE: &str = "introspected.prisma";

/// The blocks of each file, formatted; every file of the existing schema is
/// written, even when nothing is left in it.
fn assemble(
    existing: Option<&ParsedSchema>,
    blocks: Vec<(Option<u32>, String)>,
    introspection_file: Option<u32>,
) -> Vec<PulledFile> {
    let Some(parsed) = existing else {
        let text: Vec<String> = blocks.into_iter().map(|(_, text)| text).collect();
        return vec![PulledFile {
            path: "schema.prisma".into(),
            text: crate::format::layout_str(&text.join("\n")),
        }];
    };
    // A schema of several files: what is new goes to introspected.prisma, as Prisma does.
    let several = parsed.files.len() > 1;
    let introspected = parsed.files.iter().map(|tree| tree.file.0).find(|file| {
        std::path::Path::new(&parsed.sources.files()[*file as usize].path)
            .file_name()
            .is_some_and(|name| name == INTROSPECTED_FILE)
    });
    let home = |file: Option<u32>| match file {
        Some(file) => Some(file),
        None if several => introspected,
        None => introspection_file.or(parsed.files.first().map(|tree| tree.file.0)),
    };
    let mut files = Vec::new();
    for tree in &parsed.files {
        let texts: Vec<&str> = blocks
            .iter()
            .filter(|(file, _)| home(*file) == Some(tree.file.0))
            .map(|(_, text)| text.as_str())
            .collect();
        files.push(PulledFile {
            path: parsed.sources.get(tree.file).path.clone(),
            text: crate::format::layout_str(&texts.join("\n")),
        });
    }
    let homeless: Vec<&str> = blocks
        .iter()
        .filter(|(file, _)| home(*file).is_none())
        .map(|(_, text)| text.as_str())
        .collect();
    if !homeless.is_empty() {
        files.push(PulledFile {
            path: INTROSPECTED_FILE.into(),
            text: crate::format::layout_str(&homeless.join("\n")),
        });
    }
    files
}

/// Items the existing schema had first, in its order; then new ones in
/// database order.
fn sort_none_last(items: &mut [(Option<usize>, String)]) {
    items.sort_by(|(a, _), (b, _)| match (a, b) {
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
}
