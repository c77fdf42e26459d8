//! Which relation field is whose opposite: fields between the same two
//! models with the same relation name pair up; more than one per side is
//! ambiguous, none on the other side is a missing opposite.

use std::collections::BTreeMap;

use super::{field_of, On, Side};
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics};
use crate::schema::{FieldId, FieldType, ModelId, Schema};

/// The key of a group: the two models (lower id first) and the relation name.
type GroupKey = (ModelId, ModelId, String);

/// Relation fields grouped by (unordered model pair, relation name), in a
/// stable order.
pub(super) fn groups(schema: &Schema) -> BTreeMap<GroupKey, Vec<Side>> {
    let mut groups: BTreeMap<GroupKey, Vec<Side>> = BTreeMap::new();
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
    groups
}

/// The pairs of one group: a field and its opposite, if it has one. An
/// ambiguous group is reported and gives none.
pub(super) fn pairs(
    schema: &Schema,
    low: ModelId,
    high: ModelId,
    sides: &[Side],
    diagnostics: &mut Diagnostics,
) -> Vec<(Side, Option<Side>)> {
    let from_low: Vec<Side> = sides.iter().copied().filter(|(m, _)| *m == low).collect();
    if low == high {
        // A self relation: both fields live in the same model.
        return match from_low.as_slice() {
            [a, b] => vec![(*a, Some(*b))],
            [a] => vec![(*a, None)],
            _ => {
                ambiguous(schema, &from_low, diagnostics);
                Vec::new()
            }
        };
    }
    let from_high: Vec<Side> = sides.iter().copied().filter(|(m, _)| *m == high).collect();
    for side in [&from_low, &from_high] {
        if side.len() > 1 {
            ambiguous(schema, side, diagnostics);
            return Vec::new();
        }
    }
    match (from_low.first(), from_high.first()) {
        (Some(a), b) => vec![(*a, b.copied())],
        (None, Some(b)) => vec![(*b, None)],
        (None, None) => vec![],
    }
}

fn ambiguous(schema: &Schema, sides: &[Side], diagnostics: &mut Diagnostics) {
    let model = schema.model(sides[0].0);
    let names: Vec<String> = sides
        .iter()
        .map(|s| format!("`{}`", field_of(schema, *s).name))
        .collect();
    let target = match field_of(schema, sides[0]).field_type {
        FieldType::Model(t) => schema.model(t).name.as_str(),
        _ => "",
    };
    let kind = model.kind.word();
    for side in sides {
        diagnostics.push(Diagnostic::block_error(
            DiagnosticCode::AmbiguousRelation,
            field_of(schema, *side).span,
            kind,
            &model.name,
            format_args!(
                "Ambiguous relation detected. The fields {} in {kind} `{}` both refer to `{target}`. Please provide different relation names for them by adding `@relation(<name>).",
                names.join(" and "),
                model.name
            ),
        ));
    }
}

/// A relation field without an opposite is an error unless something
/// involved is ignored.
pub(super) fn missing_opposite(
    schema: &Schema,
    side: Side,
    target: ModelId,
    diagnostics: &mut Diagnostics,
) {
    let field = field_of(schema, side);
    let model = schema.model(side.0);
    let target = schema.model(target);
    if field.ignored || model.ignored || target.ignored {
        return;
    }
    diagnostics.push(Diagnostic::field_error(
        DiagnosticCode::MissingOppositeRelation,
        field.span,
        model.kind.word(),
        &model.name,
        &field.name,
        format_args!(
            "The relation field {} is missing an opposite relation field on the {} `{}`. Either run `prisma format` or add it manually.",
            On(field, model),
            target.kind.word(),
            target.name
        ),
    ));
}
