//! `fields` and `references`: exactly one side of a one-to-one or
//! one-to-many relation gives them, the singular one; both lists name the
//! same number of fields, of the same types.

use super::{field_of, relation_error, relation_of, Inline, On, Side};
use crate::diagnostics::{DiagnosticCode, Diagnostics};
use crate::schema::Schema;

/// The side holding the foreign key (the one with `fields`) and the other,
/// or `None` (reported unless ignored) when both or neither give `fields`.
pub(super) fn foreign_key_side(
    schema: &Schema,
    a: Side,
    b: Side,
    diagnostics: &mut Diagnostics,
) -> Option<(Side, Side)> {
    let (field_a, field_b) = (field_of(schema, a), field_of(schema, b));
    let (model_a, model_b) = (schema.model(a.0), schema.model(b.0));
    let on_a = On(field_a, model_a);
    let on_b = On(field_b, model_b);
    match (
        relation_of(schema, a).has_fields,
        relation_of(schema, b).has_fields,
    ) {
        (true, false) => Some((a, b)),
        (false, true) => Some((b, a)),
        (true, true) => {
            diagnostics.push(relation_error(
                DiagnosticCode::BothSidesHaveFields,
                field_b.span,
                format_args!(
                    "The relation fields {on_a} and {on_b} both provide the `fields` argument in the @relation attribute. You have to provide it only on one of the two fields."
                ),
            ));
            None
        }
        (false, false) => {
            let ignored = field_a.ignored || field_b.ignored || model_a.ignored || model_b.ignored;
            if ignored {
                return None;
            }
            let singular_a = !field_a.is_list();
            let message = if singular_a && !field_b.is_list() {
                format!(
                    "The relation fields {on_a} and {on_b} do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields."
                )
            } else {
                let single = if singular_a { &on_a } else { &on_b };
                format!(
                    "The relation field {single} must specify the `fields` argument in the @relation attribute. You can run `prisma format` to fix this automatically."
                )
            };
            let span = if singular_a {
                field_a.span
            } else {
                field_b.span
            };
            diagnostics.push(relation_error(
                DiagnosticCode::MissingRelationFields,
                span,
                message,
            ));
            None
        }
    }
}

/// Whether the foreign key is usable: on a singular field, every name
/// resolved, `references` given, as many as `fields` and of the same types.
pub(super) fn check(relation: &Inline<'_>, diagnostics: &mut Diagnostics) -> bool {
    let Inline {
        fk_model,
        fk_field,
        attribute,
        other_model,
        span,
        ..
    } = *relation;
    let on_fk = On(fk_field, fk_model);
    if fk_field.is_list() {
        diagnostics.push(relation_error(
            DiagnosticCode::ListRelationWithFields,
            span,
            format_args!(
                "The relation field {on_fk} is a list and cannot define `fields`; the foreign key goes on the other side."
            ),
        ));
        return false;
    }
    if attribute.unresolved {
        return false;
    }
    if !attribute.has_references {
        diagnostics.push(relation_error(
            DiagnosticCode::MissingRelationReferences,
            span,
            format_args!(
                "The relation field {on_fk} must specify the `references` argument in the @relation attribute."
            ),
        ));
        return false;
    }
    if attribute.fields.len() != attribute.references.len() {
        diagnostics.push(relation_error(
            DiagnosticCode::RelationArityMismatch,
            span,
            "You must specify the same number of fields in `fields` and `references`.",
        ));
        return false;
    }
    if attribute.fields.is_empty() {
        return false;
    }
    for (from, to) in attribute.fields.iter().zip(&attribute.references) {
        let from_field = fk_model.field(*from);
        let to_field = other_model.field(*to);
        if from_field.field_type != to_field.field_type {
            diagnostics.push(relation_error(
                DiagnosticCode::RelationTypeMismatch,
                span,
                format_args!(
                    "The type of the field `{}` in the {} `{}` is not matching the type of the referenced field `{}` in {} `{}`.",
                    from_field.name, fk_model.kind.word(), fk_model.name,
                    to_field.name, other_model.kind.word(), other_model.name
                ),
            ));
            return false;
        }
    }
    true
}
