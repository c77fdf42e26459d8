//! Models and views: fields first, then field attributes, then block
//! attributes; and the checks that need a whole model or all of them.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use super::analyze::Context;
use super::attributes::{block, check_duplicate_attributes, field};
use super::declarations::kind_word;
use super::{fields, Enum, FieldId, Model, ModelKind, Schema};
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics};
use crate::syntax::{self, Arity, Block, BlockKind};

/// Resolves a model or view block; `@relation` arguments are read later.
pub(super) fn model(
    block: &Block,
    ctx: &Context<'_>,
    enums: &[Enum],
    diagnostics: &mut Diagnostics,
) -> Model {
    let kind = if block.kind == BlockKind::View {
        if !ctx.views_enabled {
            diagnostics.push(Diagnostic::validation_error(
                DiagnosticCode::PreviewFeatureRequired,
                block.header_span,
                "View definitions are only available with the `views` preview feature.",
            ));
        }
        ModelKind::View
    } else {
        ModelKind::Model
    };
    let mut model = Model {
        name: block.name.name.clone(),
        kind,
        database_name: block.name.name.clone(),
        schema: block::schema::read(block, ctx, diagnostics),
        fields: Vec::new(),
        primary_key: None,
        unique_constraints: Vec::new(),
        indexes: Vec::new(),
        ignored: false,
        documentation: block.documentation.clone(),
        span: block.span,
        name_span: block.name.span,
        map_span: None,
    };
    // Fields: types first, so attributes of one field can refer to others.
    let mut syntax_fields: Vec<&syntax::Field> = Vec::new();
    for field in block.fields() {
        if model.fields.iter().any(|f| f.name == field.name.name) {
            diagnostics.error(
                DiagnosticCode::DuplicateField,
                field.name.span,
                format!(
                    "Field \"{}\" is already defined on {} \"{}\".",
                    field.name.name,
                    kind_word(block.kind),
                    block.name.name
                ),
            );
            continue;
        }
        if let Some(resolved) = fields::resolve(field, block, ctx, diagnostics) {
            model.fields.push(resolved);
            syntax_fields.push(field);
        }
    }
    for (index, syntax_field) in syntax_fields.iter().enumerate() {
        field::apply(
            &mut model,
            FieldId(index),
            syntax_field,
            ctx,
            enums,
            diagnostics,
        );
    }
    check_duplicate_attributes(
        block.attributes(),
        &["index", "unique", "fulltext"],
        diagnostics,
    );
    for attribute in block.attributes() {
        block::apply(&mut model, attribute, ctx, diagnostics);
    }
    // Held for the whole run: no spare capacity (fields are large).
    model.fields.shrink_to_fit();
    model
}

/// Every model (not views, not ignored models) needs an id or a unique
/// constraint over required fields.
pub(super) fn check_unique_criteria(model: &Model, block: &Block, diagnostics: &mut Diagnostics) {
    if model.kind == ModelKind::View || model.ignored {
        return;
    }
    let has_criterion = model.primary_key.is_some()
        || model.unique_constraints.iter().any(|u| {
            u.fields.iter().all(|f| {
                model.fields[f.field.0].arity == Arity::Required
                    && !model.fields[f.field.0].is_list()
            })
        });
    if !has_criterion {
        diagnostics.push(Diagnostic::block_error(
            DiagnosticCode::MissingUniqueCriteria,
            block.header_span,
            "model",
            &model.name,
            "Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model.",
        ));
    }
}

/// Two models (or enums) with the same database name in one namespace.
pub(super) fn check_database_names(schema: &Schema, diagnostics: &mut Diagnostics) {
    let mut tables: HashMap<(Option<&str>, &str), &Model> = HashMap::new();
    for model in &schema.models {
        let key = (
            model.schema.as_ref().map(|(s, _)| s.as_str()),
            model.database_name.as_str(),
        );
        if let Some(existing) = tables.get(&key) {
            diagnostics.error(
                DiagnosticCode::DuplicateTable,
                model.map_span.unwrap_or(model.name_span),
                format!(
                    "The model with database name \"{}\" could not be defined because another model or view with this name exists: \"{}\"",
                    model.database_name, existing.name
                ),
            );
        } else {
            tables.insert(key, model);
        }
    }
    let mut enums: HashMap<(Option<&str>, &str), &Enum> = HashMap::new();
    for def in &schema.enums {
        let key = (
            def.schema.as_ref().map(|(s, _)| s.as_str()),
            def.database_name.as_str(),
        );
        if let Entry::Vacant(slot) = enums.entry(key) {
            slot.insert(def);
        } else {
            diagnostics.error(
                DiagnosticCode::DuplicateEnum,
                def.name_span,
                "An enum with the same database name is already defined.",
            );
        }
    }
}
