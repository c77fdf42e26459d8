//! Relation pairing and checks. Each relation field finds its opposite field
//! (same relation name, pointing back); pairs become [`Relation`]s and edges of
//! the petgraph relation graph.

use std::collections::BTreeMap;

use super::*;
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics, Span};

/// A relation field: (model, field).
type Side = (ModelId, FieldId);

pub(super) fn resolve(schema: &mut Schema, diagnostics: &mut Diagnostics) {
    schema.model_nodes = (0..schema.models.len())
        .map(|i| schema.relation_graph.add_node(ModelId(i)))
        .collect();

    // Group relation fields by (unordered model pair, relation name).
    let mut groups: BTreeMap<(ModelId, ModelId, String), Vec<Side>> = BTreeMap::new();
    for (m, model) in schema.models.iter().enumerate() {
        for (f, field) in model.fields.iter().enumerate() {
            let FieldType::Model(target) = field.field_type else {
                continue;
            };
            let name = field
                .relation
                .as_ref()
                .and_then(|r| r.name.clone())
                .unwrap_or_default();
            let (low, high) = if ModelId(m) <= target {
                (ModelId(m), target)
            } else {
                (target, ModelId(m))
            };
            groups
                .entry((low, high, name))
                .or_default()
                .push((ModelId(m), FieldId(f)));
        }
    }

    let mut relations = Vec::new();
    for ((low, high, name), sides) in groups {
        let from_low: Vec<Side> = sides.iter().copied().filter(|(m, _)| *m == low).collect();
        let from_high: Vec<Side> = sides.iter().copied().filter(|(m, _)| *m == high).collect();
        let pairs: Vec<(Side, Option<Side>)> = if low == high {
            // A self relation: both fields live in the same model.
            match from_low.as_slice() {
                [a, b] => vec![(*a, Some(*b))],
                [a] => vec![(*a, None)],
                _ => {
                    ambiguous(schema, &from_low, diagnostics);
                    continue;
                }
            }
        } else {
            if from_low.len() > 1 {
                ambiguous(schema, &from_low, diagnostics);
                continue;
            }
            if from_high.len() > 1 {
                ambiguous(schema, &from_high, diagnostics);
                continue;
            }
            match (from_low.first(), from_high.first()) {
                (Some(a), b) => vec![(*a, b.copied())],
                (None, Some(b)) => vec![(*b, None)],
                (None, None) => vec![],
            }
        };
        for (a, b) in pairs {
            if let Some(relation) = pair(schema, a, b, &name, diagnostics) {
                relations.push(relation);
            }
        }
    }

    for (index, relation) in relations.iter().enumerate() {
        let from = schema.model_nodes[relation.model_a.0];
        let to = schema.model_nodes[relation.model_b.0];
        schema.relation_graph.add_edge(from, to, index);
    }
    schema.relations = relations;
}

fn field_of(schema: &Schema, side: Side) -> &Field {
    &schema.models[side.0 .0].fields[side.1 .0]
}

fn container(model: &Model) -> &'static str {
    match model.kind {
        ModelKind::Model => "model",
        ModelKind::View => "view",
    }
}

fn ambiguous(schema: &Schema, sides: &[Side], diagnostics: &mut Diagnostics) {
    let model = schema.model(sides[0].0);
    let names: Vec<String> = sides
        .iter()
        .map(|s| format!("`{}`", field_of(schema, *s).name))
        .collect();
    let target = match field_of(schema, sides[0]).field_type {
        FieldType::Model(t) => schema.model(t).name.clone(),
        _ => String::new(),
    };
    for side in sides {
        diagnostics.push(Diagnostic::block_error(
            DiagnosticCode::AmbiguousRelation,
            field_of(schema, *side).span,
            container(model),
            &model.name,
            format_args!(
                "Ambiguous relation detected. The fields {} in {} `{}` both refer to `{target}`. Please provide different relation names for them by adding `@relation(<name>).",
                names.join(" and "),
                container(model),
                model.name
            ),
        ));
    }
}

fn relation_of(schema: &Schema, side: Side) -> RelationAttribute {
    field_of(schema, side).relation.clone().unwrap_or_default()
}

/// Builds one relation from a field and its opposite (if any), checking it.
fn pair(
    schema: &Schema,
    a: Side,
    b: Option<Side>,
    name: &str,
    diagnostics: &mut Diagnostics,
) -> Option<Relation> {
    let field_a = field_of(schema, a);
    let model_a = schema.model(a.0);
    let FieldType::Model(target) = field_a.field_type else {
        return None;
    };
    let relation_name = |x: ModelId, y: ModelId| -> String {
        if !name.is_empty() {
            return name.to_string();
        }
        let (nx, ny) = (&schema.model(x).name, &schema.model(y).name);
        if nx <= ny {
            format!("{nx}To{ny}")
        } else {
            format!("{ny}To{nx}")
        }
    };

    let Some(b) = b else {
        if !field_a.ignored && !model_a.ignored && !schema.model(target).ignored {
            diagnostics.push(Diagnostic::field_error(
                DiagnosticCode::MissingOppositeRelation,
                field_a.span,
                container(model_a),
                &model_a.name,
                &field_a.name,
                format_args!(
                    "The relation field `{}` on {} `{}` is missing an opposite relation field on the {} `{}`. Either run `prisma format` or add it manually.",
                    field_a.name,
                    container(model_a),
                    model_a.name,
                    container(schema.model(target)),
                    schema.model(target).name
                ),
            ));
        }
        return None;
    };
    let field_b = field_of(schema, b);
    let rel_a = relation_of(schema, a);
    let rel_b = relation_of(schema, b);

    if field_a.is_list() && field_b.is_list() {
        // Implicit many-to-many.
        for (side, field, rel) in [(a, field_a, &rel_a), (b, field_b, &rel_b)] {
            let model = schema.model(side.0);
            if rel.has_fields || !rel.references.is_empty() {
                diagnostics.push(Diagnostic::field_error(
                    DiagnosticCode::InvalidManyToMany,
                    rel.span.unwrap_or(field.span),
                    container(model),
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
            if other.primary_key.is_none() {
                diagnostics.push(Diagnostic::field_error(
                    DiagnosticCode::ManyToManyWithoutId,
                    field.span,
                    container(model),
                    &model.name,
                    &field.name,
                    format_args!(
                        "The relation field `{}` on {} `{}` references `{}` which does not have an `@id` field. Models without `@id` cannot be part of a many to many relation. Use an explicit intermediate Model to represent this relationship.",
                        field.name, container(model), model.name, other.name
                    ),
                ));
            } else if other
                .primary_key
                .as_ref()
                .is_some_and(|pk| pk.fields.len() > 1)
            {
                diagnostics.push(Diagnostic::field_error(
                    DiagnosticCode::ManyToManyCompoundId,
                    field.span,
                    container(model),
                    &model.name,
                    &field.name,
                    format_args!(
                        "The relation field `{}` on {} `{}` references `{}` which has a compound id. Implicit many-to-many relations require a single-field id on both sides.",
                        field.name, container(model), model.name, other.name
                    ),
                ));
            }
        }
        // Model A of a many-to-many is the one whose name sorts first.
        let (first, second) = if schema.model(a.0).name <= schema.model(b.0).name {
            (a, b)
        } else {
            (b, a)
        };
        return Some(Relation {
            kind: RelationKind::ManyToMany,
            name: relation_name(a.0, b.0),
            model_a: first.0,
            field_a: first.1,
            model_b: second.0,
            field_b: Some(second.1),
        });
    }

    // One side holds the foreign key: the one with `fields`, or for 1:n the
    // singular side.
    let (fk, other) = match (rel_a.has_fields, rel_b.has_fields) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        (true, true) => {
            diagnostics.push(relation_error(
                DiagnosticCode::BothSidesHaveFields,
                field_b.span,
                format!(
                    "The relation fields `{}` on {} `{}` and `{}` on {} `{}` both provide the `fields` argument in the @relation attribute. You have to provide it only on one of the two fields.",
                    field_a.name, container(model_a), model_a.name,
                    field_b.name, container(schema.model(b.0)), schema.model(b.0).name
                ),
            ));
            return None;
        }
        (false, false) => {
            let singular_a = !field_a.is_list();
            let singular_b = !field_b.is_list();
            let ignored =
                field_a.ignored || field_b.ignored || model_a.ignored || schema.model(b.0).ignored;
            if !ignored {
                let message = if singular_a && singular_b {
                    format!(
                        "The relation fields `{}` on {} `{}` and `{}` on {} `{}` do not provide the `fields` argument in the @relation attribute. You have to provide it on one of the two fields.",
                        field_a.name, container(model_a), model_a.name,
                        field_b.name, container(schema.model(b.0)), schema.model(b.0).name
                    )
                } else {
                    let single = if singular_a { field_a } else { field_b };
                    let single_model = if singular_a {
                        model_a
                    } else {
                        schema.model(b.0)
                    };
                    format!(
                        "The relation field `{}` on {} `{}` must specify the `fields` argument in the @relation attribute. You can run `prisma format` to fix this automatically.",
                        single.name, container(single_model), single_model.name
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
            }
            return None;
        }
    };
    let fk_field = field_of(schema, fk);
    let fk_model = schema.model(fk.0);
    let other_field = field_of(schema, other);
    let rel = relation_of(schema, fk);
    let referenced_model = schema.model(other.0);
    let span = rel.span.unwrap_or(fk_field.span);

    if fk_field.is_list() {
        diagnostics.push(relation_error(
            DiagnosticCode::ListRelationWithFields,
            span,
            format!(
                "The relation field `{}` on {} `{}` is a list and cannot define `fields`; the foreign key goes on the other side.",
                fk_field.name, container(fk_model), fk_model.name
            ),
        ));
        return None;
    }
    if rel.unresolved {
        return None;
    }
    if !rel.has_references {
        diagnostics.push(relation_error(
            DiagnosticCode::MissingRelationReferences,
            span,
            format!(
                "The relation field `{}` on {} `{}` must specify the `references` argument in the @relation attribute.",
                fk_field.name,
                container(fk_model),
                fk_model.name
            ),
        ));
        return None;
    }
    if rel.fields.len() != rel.references.len() {
        diagnostics.push(relation_error(
            DiagnosticCode::RelationArityMismatch,
            span,
            "You must specify the same number of fields in `fields` and `references`.",
        ));
        return None;
    }
    if rel.fields.is_empty() {
        return None;
    }
    // Types of the scalar fields must match the referenced ones.
    for (from, to) in rel.fields.iter().zip(&rel.references) {
        let from_field = fk_model.field(*from);
        let to_field = referenced_model.field(*to);
        if from_field.field_type != to_field.field_type {
            diagnostics.push(relation_error(
                DiagnosticCode::RelationTypeMismatch,
                span,
                format!(
                    "The type of the field `{}` in the {} `{}` is not matching the type of the referenced field `{}` in {} `{}`.",
                    from_field.name, container(fk_model), fk_model.name,
                    to_field.name, container(referenced_model), referenced_model.name
                ),
            ));
            return None;
        }
    }
    // References must form a unique criterion of the referenced model.
    if referenced_model.kind == ModelKind::Model
        && !is_unique_criterion(referenced_model, &rel.references)
    {
        let names: Vec<&str> = rel
            .references
            .iter()
            .map(|f| referenced_model.field(*f).name.as_str())
            .collect();
        diagnostics.push(relation_error(
            DiagnosticCode::ReferencesNotUnique,
            span,
            format!(
                "The argument `references` must refer to a unique criterion in the related model. Consider adding an `@@unique([{}])` attribute to the model `{}`.",
                names.join(", "),
                referenced_model.name
            ),
        ));
    }
    // A one-to-one relation needs unique foreign key fields.
    let kind = if other_field.is_list() {
        RelationKind::OneToMany
    } else {
        RelationKind::OneToOne
    };
    if kind == RelationKind::OneToOne
        && !is_unique_criterion(fk_model, &rel.fields)
        && !fk_field.ignored
    {
        let names: Vec<&str> = rel
            .fields
            .iter()
            .map(|f| fk_model.field(*f).name.as_str())
            .collect();
        diagnostics.push(relation_error(
            DiagnosticCode::OneToOneNotUnique,
            span,
            format!(
                "A one-to-one relation must use unique fields on the defining side. Either add an `@@unique([{}])` attribute to the model, or change the relation to one-to-many.",
                names.join(", ")
            ),
        ));
    }
    if other_field
        .relation
        .as_ref()
        .is_some_and(|r| r.on_delete.is_some() || r.on_update.is_some())
    {
        diagnostics.push(relation_error(
            DiagnosticCode::ActionsOnWrongSide,
            other_field.span,
            format!(
                "The relation field `{}` on {} `{}` must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field `{}` on {} `{}`.",
                other_field.name, container(referenced_model), referenced_model.name,
                fk_field.name, container(fk_model), fk_model.name
            ),
        ));
    }
    check_set_null(schema, fk_model, &rel, span, diagnostics);
    // A required relation field over optional scalars (or the reverse) is an error.
    let any_required = rel
        .fields
        .iter()
        .any(|f| fk_model.field(*f).arity == Arity::Required);
    if !any_required && fk_field.arity == Arity::Required {
        let names: Vec<&str> = rel
            .fields
            .iter()
            .map(|f| fk_model.field(*f).name.as_str())
            .collect();
        diagnostics.push(relation_error(
            DiagnosticCode::RelationArity,
            fk_field.span,
            format!(
                "The relation field `{}` uses the scalar fields {}. At least one of those fields is optional. Hence the relation field must be optional as well.",
                fk_field.name,
                names.join(", ")
            ),
        ));
    }
    Some(Relation {
        kind,
        name: relation_name(fk.0, other.0),
        model_a: fk.0,
        field_a: fk.1,
        model_b: other.0,
        field_b: Some(other.1),
    })
}

/// Prisma reports relation problems as errors of the `@relation` attribute.
fn relation_error(code: DiagnosticCode, span: Span, message: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::attribute_error(code, span, "@relation", message)
}

/// Whether `fields` are the primary key or a unique constraint, in any order.
fn is_unique_criterion(model: &Model, fields: &[FieldId]) -> bool {
    let same = |defined: &[IndexField]| {
        defined.len() == fields.len() && defined.iter().all(|f| fields.contains(&f.field))
    };
    model
        .primary_key
        .as_ref()
        .is_some_and(|pk| same(&pk.fields))
        || model.unique_constraints.iter().any(|u| same(&u.fields))
}

fn check_set_null(
    schema: &Schema,
    model: &Model,
    rel: &RelationAttribute,
    span: Span,
    diagnostics: &mut Diagnostics,
) {
    let any_required = rel
        .fields
        .iter()
        .any(|f| model.field(*f).arity == Arity::Required);
    if !any_required {
        return;
    }
    // Without a datasource Prisma validates as if relations were emulated.
    let emulated = schema.relation_mode() == RelationMode::Prisma || schema.datasource.is_none();
    for (action, which) in [(rel.on_delete, "onDelete"), (rel.on_update, "onUpdate")] {
        if action != Some(ReferentialAction::SetNull) {
            continue;
        }
        if emulated {
            diagnostics.push(relation_error(
                DiagnosticCode::SetNullOnRequired,
                span,
                format!("The `{which}` referential action of a relation must not be set to `SetNull` when a referenced field is required.\nEither choose another referential action, or make the referenced fields optional.\n"),
            ));
        } else {
            diagnostics.warning(
                DiagnosticCode::SetNullOnRequired,
                span,
                format!("The `{which}` referential action of a relation should not be set to `SetNull` when a referenced field is required. We recommend either to choose another referential action, or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null"),
            );
        }
    }
}
