//! Implicit many-to-many relations (both sides lists): no `fields` or
//! `references`, no views, and a single-field id on both models.

use super::{field_of, relation_name, relation_of, On, Side};
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics};
use crate::schema::{FieldType, ModelKind, Relation, RelationKind, Schema};

/// Checks both sides.
pub(super) fn check(schema: &Schema, a: Side, b: Side, diagnostics: &mut Diagnostics) {
    for side in [a, b] {
        let field = field_of(schema, side);
        let attribute = relation_of(schema, side);
        let model = schema.model(side.0);
        let kind = model.kind.word();
        if attribute.has_fields || !attribute.references.is_empty() {
            diagnostics.push(Diagnostic::field_error(
                DiagnosticCode::InvalidManyToMany,
                attribute.span.unwrap_or(field.span),
                kind,
                &model.name,
                &field.name,
                "Implicit many-to-many relations must not have references argument. The `fields` and `references` arguments are only valid on the side with the foreign key.",
            ));
        }
        let other = match field.field_type {
            FieldType::Model(o) => schema.model(o),
            _ => model,
        };
        if model.kind == ModelKind::View || other.kind == ModelKind::View {
            diagnostics.push(Diagnostic::validation_error(
                DiagnosticCode::ViewManyToMany,
                field.span,
                "Implicit many-to-many relations are not supported for views.",
            ));
        }
        let problem = match &other.primary_key {
            None => Some((
                DiagnosticCode::ManyToManyWithoutId,
                "which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.",
            )),
            Some(pk) if pk.fields.len() > 1 => Some((
                DiagnosticCode::ManyToManyCompoundId,
                "which has a compound id. Implicit many-to-many relations require a single-field id on both sides.",
            )),
            Some(_) => None,
        };
        if let Some((code, what)) = problem {
            diagnostics.push(Diagnostic::field_error(
                code,
                field.span,
                kind,
                &model.name,
                &field.name,
                format_args!(
                    "The relation field {} references `{}` {what}",
                    On(field, model),
                    other.name
                ),
            ));
        }
    }
}

/// Model A of a many-to-many is the one whose name sorts first.
pub(super) fn relation(schema: &Schema, a: Side, b: Side, name: &str) -> Relation {
    let (first, second) = if schema.model(a.0).name <= schema.model(b.0).name {
        (a, b)
    } else {
        (b, a)
    };
    Relation {
        kind: RelationKind::ManyToMany,
        name: relation_name(schema, name, a.0, b.0),
        model_a: first.0,
        field_a: first.1,
        model_b: second.0,
        field_b: Some(second.1),
    }
}
