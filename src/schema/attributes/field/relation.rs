//! `@relation(name, fields: […], references: […], onDelete:, onUpdate:, map:)`
//! on a relation field. Its arguments are read once every model has its
//! fields, since `references` names fields of the related model; the rules
//! about the relation as a whole live in `schema::relations`.

use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics};
use crate::schema::attributes::{attribute_error, constant, string, take_string, Args};
use crate::schema::{FieldId, FieldType, Model, ReferentialAction, RelationAttribute};
use crate::syntax::{Attribute, Block, Expr};

/// `@relation` belongs on relation fields only.
pub(super) fn check_placement(
    is_relation: bool,
    attribute: &Attribute,
    diagnostics: &mut Diagnostics,
) {
    if !is_relation {
        diagnostics.push(attribute_error(
            attribute,
            "Invalid field type, not a relation.",
        ));
    }
}

/// Sets [`RelationAttribute`] on every relation field of model `index`
/// (`block` is its declaration), defaults where `@relation` is absent.
pub(in crate::schema) fn read_arguments(
    index: usize,
    block: &Block,
    models: &mut [Model],
    diagnostics: &mut Diagnostics,
) {
    let syntax_fields: Vec<&crate::syntax::Field> = block.fields().collect();
    for field_index in 0..models[index].fields.len() {
        let FieldType::Model(target) = models[index].fields[field_index].field_type else {
            continue;
        };
        let field_name = &models[index].fields[field_index].name;
        let Some(syntax_field) = syntax_fields.iter().find(|f| &f.name.name == field_name) else {
            continue;
        };
        let relation = match syntax_field
            .attributes
            .iter()
            .find(|a| a.name.name == "relation")
        {
            Some(attribute) => arguments(attribute, &models[index], &models[target.0], diagnostics),
            None => RelationAttribute::default(),
        };
        models[index].fields[field_index].relation = Some(relation);
    }
}

fn arguments(
    attribute: &Attribute,
    model: &Model,
    target: &Model,
    diagnostics: &mut Diagnostics,
) -> RelationAttribute {
    let mut relation = RelationAttribute {
        span: Some(attribute.span),
        ..RelationAttribute::default()
    };
    let mut args = Args::new(attribute, diagnostics);
    relation.name = args
        .take("name", true)
        .and_then(|v| string(v, diagnostics))
        .map(String::from);
    if let Some(fields) = args.take("fields", false) {
        relation.has_fields = true;
        let (ids, complete) = field_refs(model, fields, diagnostics);
        relation.fields = ids;
        if !complete {
            relation.unresolved = true;
            diagnostics.push(attribute_error(
                attribute,
                format!(
                    "The argument fields must refer only to existing fields. The following fields do not exist in this model: {}",
                    unknown_names(model, fields)
                ),
            ));
        }
    }
    if let Some(references) = args.take("references", false) {
        relation.has_references = true;
        let (ids, complete) = field_refs(target, references, diagnostics);
        relation.references = ids;
        if !complete {
            relation.unresolved = true;
            diagnostics.push(Diagnostic::validation_error(
                DiagnosticCode::InvalidAttribute,
                attribute.span,
                format_args!(
                    "The argument `references` must refer only to existing fields in the related model `{}`. The following fields do not exist in the related model: {}",
                    target.name,
                    unknown_names(target, references)
                ),
            ));
        }
    }
    relation.on_delete = args
        .take("onDelete", false)
        .and_then(|v| action(v, diagnostics));
    relation.on_update = args
        .take("onUpdate", false)
        .and_then(|v| action(v, diagnostics));
    relation.map = take_string(&mut args, "map", diagnostics);
    args.finish(diagnostics);
    relation
}

/// The fields a `fields:` or `references:` list names in `model`, and whether
/// every name resolved.
fn field_refs(model: &Model, value: &Expr, diagnostics: &mut Diagnostics) -> (Vec<FieldId>, bool) {
    let mut ids = Vec::new();
    let mut complete = true;
    for item in value.items() {
        let Some(name) = constant(item, diagnostics) else {
            complete = false;
            continue;
        };
        match model.find_field(name) {
            Some(id) => ids.push(id),
            None => complete = false,
        }
    }
    (ids, complete)
}

/// The names of a field list that `model` does not have, comma-separated.
fn unknown_names(model: &Model, value: &Expr) -> String {
    value
        .items()
        .iter()
        .filter_map(|item| item.as_constant())
        .filter(|name| model.find_field(name).is_none())
        .collect::<Vec<_>>()
        .join(", ")
}

fn action(value: &Expr, diagnostics: &mut Diagnostics) -> Option<ReferentialAction> {
    let name = constant(value, diagnostics)?;
    let parsed = ReferentialAction::from_name(name);
    if parsed.is_none() {
        diagnostics.error(
            DiagnosticCode::InvalidReferentialAction,
            value.span(),
            format!("Invalid referential action: `{name}`. Expected one of: Cascade, Restrict, NoAction, SetNull, SetDefault."),
        );
    }
    parsed
}
