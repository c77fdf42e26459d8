//! `@unique`: a unique constraint over the one field.

use crate::diagnostics::Diagnostics;
use crate::schema::analyze::Context;
use crate::schema::attributes::index_fields::{predicate, single_field, view_unique_map_error};
use crate::schema::attributes::Args;
use crate::schema::{FieldId, IndexDef, IndexKind, Model, ModelKind};
use crate::syntax::Attribute;

pub(super) fn apply(
    model: &mut Model,
    id: FieldId,
    attribute: &Attribute,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) {
    let mut args = Args::new(attribute, diagnostics);
    let (map, index_field) = single_field(id, &mut args, attribute, ctx, diagnostics);
    let where_clause = args.take("where", false);
    args.finish(diagnostics);
    let predicate = where_clause.and_then(|w| predicate(w, attribute, ctx, diagnostics));
    if model.kind == ModelKind::View && map.is_some() {
        diagnostics.push(view_unique_map_error(attribute));
        return;
    }
    model.unique_constraints.push(IndexDef {
        kind: IndexKind::Unique,
        fields: vec![index_field],
        name: None,
        map,
        index_type: None,
        clustered: None,
        predicate,
        field_level: true,
        span: attribute.span,
    });
}
