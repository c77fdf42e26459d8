//! `@@unique([a, b])`: a unique constraint over one or more fields.

use super::KeyArgs;
use crate::diagnostics::Diagnostics;
use crate::schema::analyze::Context;
use crate::schema::attributes::attribute_error;
use crate::schema::attributes::index_fields::view_unique_map_error;
use crate::schema::{IndexDef, IndexKind, Model, ModelKind};
use crate::syntax::Attribute;

pub(super) fn apply(
    model: &mut Model,
    attribute: &Attribute,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) {
    let kind = IndexKind::Unique;
    let args = KeyArgs::read(attribute, Some(kind), ctx, diagnostics);
    let Some(def) = args.index_def(model, attribute, kind, ctx, diagnostics) else {
        return;
    };
    if model.kind == ModelKind::View && !view_allows(&def, attribute, diagnostics) {
        return;
    }
    model.unique_constraints.push(def);
}

/// On a view, a unique has no database name and its fields no arguments:
/// nothing backs it in the database.
pub(super) fn view_allows(
    def: &IndexDef,
    attribute: &Attribute,
    diagnostics: &mut Diagnostics,
) -> bool {
    if def.map.is_some() {
        diagnostics.push(view_unique_map_error(attribute));
        return false;
    }
    if def
        .fields
        .iter()
        .any(|f| f.sort.is_some() || f.length.is_some() || f.operator_class.is_some())
    {
        diagnostics.push(attribute_error(
            attribute,
            "Scalar fields in @@unique attributes in views cannot have arguments.",
        ));
        return false;
    }
    true
}
