//! `@@id([a, b])`: a primary key over one or more fields.

use super::KeyArgs;
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics};
use crate::schema::analyze::Context;
use crate::schema::attributes::attribute_error;
use crate::schema::attributes::index_fields::index_fields;
use crate::schema::{Model, ModelKind, PrimaryKey};
use crate::syntax::{Arity, Attribute};

pub(super) fn apply(
    model: &mut Model,
    attribute: &Attribute,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) {
    let args = KeyArgs::read(attribute, None, ctx, diagnostics);
    let Some(fields) = args
        .fields
        .and_then(|f| index_fields(model, f, attribute, diagnostics))
    else {
        return;
    };
    if model.kind == ModelKind::View {
        diagnostics.warning(
            DiagnosticCode::ViewPrimaryKey,
            attribute.span,
            "Views cannot have primary keys in Prisma 7; use @@unique instead.",
        );
    }
    if model.primary_key.as_ref().is_some_and(|pk| pk.field_level) {
        diagnostics.push(Diagnostic::block_error(
            DiagnosticCode::MultipleIds,
            attribute.span,
            "model",
            &model.name,
            "Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.",
        ));
        return;
    }
    for field in &fields {
        let field = model.field(field.field);
        if field.arity == Arity::Optional {
            diagnostics.push(attribute_error(
                attribute,
                format!("The id definition refers to the optional fields: {}. ID definitions must reference only required fields.", field.name),
            ));
        }
    }
    model.primary_key = Some(PrimaryKey {
        fields,
        name: args.name,
        map: args.map,
        field_level: false,
        span: attribute.span,
    });
}
