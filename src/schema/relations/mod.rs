//! Relations: each relation field finds its opposite field (same relation
//! name, pointing back); pairs are checked and become [`Relation`]s and edges
//! of the petgraph relation graph. One file per rule.

mod arity;
mod fields_references;
mod many_to_many;
mod pairing;
mod referential_actions;
mod unique_criteria;

use std::fmt;

use super::{
    Field, FieldId, FieldType, Model, ModelId, Relation, RelationAttribute, RelationKind, Schema,
};
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics, Span};

/// A relation field: (model, field).
type Side = (ModelId, FieldId);

/// What a field without `@relation` says.
static NO_ATTRIBUTE: RelationAttribute = RelationAttribute {
    name: None,
    fields: Vec::new(),
    references: Vec::new(),
    on_delete: None,
    on_update: None,
    map: None,
    span: None,
    has_fields: false,
    has_references: false,
    unresolved: false,
};

/// Pairs and checks every relation field of `schema`, filling its relations
/// and relation graph.
pub(super) fn resolve(schema: &mut Schema, diagnostics: &mut Diagnostics) {
    schema.model_nodes = (0..schema.models.len())
        .map(|i| schema.relation_graph.add_node(ModelId(i)))
        .collect();
    let mut relations = Vec::new();
    for ((low, high, name), sides) in pairing::groups(schema) {
        for (a, b) in pairing::pairs(schema, low, high, &sides, diagnostics) {
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

/// Builds one relation from a field and its opposite (if any), checking it.
fn pair(
    schema: &Schema,
    a: Side,
    b: Option<Side>,
    name: &str,
    diagnostics: &mut Diagnostics,
) -> Option<Relation> {
    let FieldType::Model(target) = field_of(schema, a).field_type else {
        return None;
    };
    let Some(b) = b else {
        pairing::missing_opposite(schema, a, target, diagnostics);
        return None;
    };
    if field_of(schema, a).is_list() && field_of(schema, b).is_list() {
        many_to_many::check(schema, a, b, diagnostics);
        return Some(many_to_many::relation(schema, a, b, name));
    }
    let (fk, other) = fields_references::foreign_key_side(schema, a, b, diagnostics)?;
    let relation = Inline::new(schema, fk, other);
    if !fields_references::check(&relation, diagnostics) {
        return None;
    }
    unique_criteria::check_references(&relation, diagnostics);
    let kind = if relation.other_field.is_list() {
        RelationKind::OneToMany
    } else {
        RelationKind::OneToOne
    };
    if kind == RelationKind::OneToOne {
        unique_criteria::check_one_to_one(&relation, diagnostics);
    }
    referential_actions::check(schema, &relation, diagnostics);
    arity::check(&relation, diagnostics);
    Some(Relation {
        kind,
        name: relation_name(schema, name, fk.0, other.0),
        model_a: fk.0,
        field_a: fk.1,
        model_b: other.0,
        field_b: Some(other.1),
    })
}

/// A one-to-one or one-to-many relation seen from the side with the foreign
/// key (`fields` and `references`).
struct Inline<'a> {
    fk_model: &'a Model,
    fk_field: &'a Field,
    /// The foreign key side's `@relation`.
    attribute: &'a RelationAttribute,
    other_model: &'a Model,
    other_field: &'a Field,
    /// `@relation` if given, else the field: where most problems are shown.
    span: Span,
}

impl<'a> Inline<'a> {
    fn new(schema: &'a Schema, fk: Side, other: Side) -> Self {
        let fk_field = field_of(schema, fk);
        let attribute = relation_of(schema, fk);
        Inline {
            fk_model: schema.model(fk.0),
            fk_field,
            attribute,
            other_model: schema.model(other.0),
            other_field: field_of(schema, other),
            span: attribute.span.unwrap_or(fk_field.span),
        }
    }
}

/// The relation's name: explicit, or `AToB` of the two model names in order.
fn relation_name(schema: &Schema, name: &str, x: ModelId, y: ModelId) -> String {
    if !name.is_empty() {
        return name.to_string();
    }
    let (nx, ny) = (&schema.model(x).name, &schema.model(y).name);
    if nx <= ny {
        format!("{nx}To{ny}")
    } else {
        format!("{ny}To{nx}")
    }
}

fn field_of(schema: &Schema, side: Side) -> &Field {
    &schema.models[side.0 .0].fields[side.1 .0]
}

fn relation_of(schema: &Schema, side: Side) -> &RelationAttribute {
    field_of(schema, side)
        .relation
        .as_ref()
        .unwrap_or(&NO_ATTRIBUTE)
}

/// "`field` on model `Model`", as Prisma names a relation field.
struct On<'a>(&'a Field, &'a Model);

impl fmt::Display for On<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let On(field, model) = self;
        write!(
            f,
            "`{}` on {} `{}`",
            field.name,
            model.kind.word(),
            model.name
        )
    }
}

/// The names of `fields` of `model`, comma-separated.
fn field_names(model: &Model, fields: &[FieldId]) -> String {
    fields
        .iter()
        .map(|f| model.field(*f).name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Prisma reports relation problems as errors of the `@relation` attribute.
fn relation_error(code: DiagnosticCode, span: Span, message: impl fmt::Display) -> Diagnostic {
    Diagnostic::attribute_error(code, span, "@relation", message)
}
