//! `@id`: the field is the model's primary key.

use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics};
use crate::schema::analyze::Context;
use crate::schema::attributes::index_fields::single_field;
use crate::schema::attributes::Args;
use crate::schema::{FieldId, Model, PrimaryKey};
use crate::syntax::{Arity, Attribute};

pub(super) fn apply(
    model: &mut Model,
    id: FieldId,
    attribute: &Attribute,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) {
    let mut args = Args::new(attribute, diagnostics);
    let (map, index_field) = single_field(id, &mut args, attribute, ctx, diagnostics);
    args.finish(diagnostics);
    if model.fields[id.0].arity != Arity::Required {
        diagnostics.push(Diagnostic::attribute_error(
            DiagnosticCode::OptionalId,
            attribute.span,
            "@id",
            "Fields that are marked as id must be required.",
        ));
    }
    if model.primary_key.is_some() {
        diagnostics.push(Diagnostic::block_error(
            DiagnosticCode::MultipleIds,
            attribute.span,
            "model",
            &model.name,
            "At most one field must be marked as the id field with the `@id` attribute.",
        ));
        return;
    }
    model.primary_key = Some(PrimaryKey {
        fields: vec![index_field],
        name: None,
        map,
        field_level: true,
        span: attribute.span,
    });
}
