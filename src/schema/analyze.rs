//! The analysis passes: syntax trees → [`Schema`].
//!
//! 1. Declare every top-level name (so fields may refer to blocks declared
//!    later or in other files) and read datasources and generators.
//! 2. Resolve enums, composite types and models with their attributes.
//! 3. Read `@relation` arguments, which need every model's fields.
//! 4. Whole-model checks, relation pairing, database name clashes.

use std::collections::HashMap;

use super::attributes::field::relation;
use super::declarations::{self, Declared, TopName};
use super::{composite_types, config, enums, models, relations};
use super::{Model, ModelId, Schema};
use crate::diagnostics::Diagnostics;
use crate::syntax::{self, BlockKind};

/// What the passes after the first need to know about the whole schema.
pub(super) struct Context<'a> {
    /// Native type attributes are `@<datasource name>.Type`.
    pub native_prefix: String,
    /// Every top-level name with what it refers to.
    pub names: &'a HashMap<String, (TopName, BlockKind)>,
    /// The `views` preview feature is on.
    pub views_enabled: bool,
    /// The `partialIndexes` preview feature is on.
    pub partial_indexes: bool,
    /// The datasource's `schemas`.
    pub datasource_schemas: Vec<String>,
    /// The provider is PostgreSQL (or there is no datasource).
    pub is_postgres: bool,
}

impl<'a> Context<'a> {
    fn new(schema: &Schema, names: &'a HashMap<String, (TopName, BlockKind)>) -> Self {
        let datasource = schema.datasource.as_ref();
        Context {
            names,
            views_enabled: schema.has_preview_feature("views"),
            partial_indexes: schema.has_preview_feature("partialIndexes"),
            native_prefix: datasource
                .map(|d| d.name.clone())
                .unwrap_or_else(|| "db".to_string()),
            datasource_schemas: datasource
                .map(|d| d.schemas.iter().map(|(s, _)| s.clone()).collect())
                .unwrap_or_default(),
            is_postgres: datasource.map(|d| d.is_postgres()).unwrap_or(true),
        }
    }
}

/// Resolves and validates the files of one schema.
pub(super) fn analyze(files: &[syntax::SchemaFile], diagnostics: &mut Diagnostics) -> Schema {
    let mut schema = Schema::default();
    let Declared {
        names,
        models: model_blocks,
        composite_types: composite_blocks,
        enums: enum_blocks,
    } = declarations::declare_all(files, &mut schema, diagnostics);

    config::check_preview_features(
        &schema.generators,
        schema.datasource.as_ref().map(|d| d.provider.as_str()),
        diagnostics,
    );
    config::check_datasource(&schema, diagnostics);

    let ctx = Context::new(&schema, &names);
    schema.enums = enum_blocks
        .iter()
        .map(|block| enums::enum_def(block, &ctx, diagnostics))
        .collect();
    schema.composite_types = composite_blocks
        .iter()
        .map(|block| composite_types::composite_type(block, &ctx, diagnostics))
        .collect();
    let mut models: Vec<Model> = model_blocks
        .iter()
        .map(|block| models::model(block, &ctx, &schema.enums, diagnostics))
        .collect();
    // Relation attributes need every model's fields.
    for (index, block) in model_blocks.iter().enumerate() {
        relation::read_arguments(index, block, &mut models, diagnostics);
    }
    schema.models = models;
    for (index, block) in model_blocks.iter().enumerate() {
        models::check_unique_criteria(schema.model(ModelId(index)), block, diagnostics);
    }
    relations::resolve(&mut schema, diagnostics);
    models::check_database_names(&schema, diagnostics);
    schema
}
