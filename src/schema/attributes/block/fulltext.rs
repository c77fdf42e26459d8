//! `@@fulltext([a, b])`: a full-text index, MySQL and MongoDB only.

use super::{unique, KeyArgs};
use crate::diagnostics::Diagnostics;
use crate::schema::analyze::Context;
use crate::schema::attributes::attribute_error;
use crate::schema::{IndexKind, Model, ModelKind};
use crate::syntax::Attribute;

pub(super) fn apply(
    model: &mut Model,
    attribute: &Attribute,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) {
    let kind = IndexKind::Fulltext;
    let args = KeyArgs::read(attribute, Some(kind), ctx, diagnostics);
    if ctx.is_postgres {
        diagnostics.push(attribute_error(
            attribute,
            "Defining fulltext indexes is not supported with the current connector.",
        ));
        return;
    }
    let Some(def) = args.index_def(model, attribute, kind, ctx, diagnostics) else {
        return;
    };
    // Elsewhere, views are held to the rules of `@@unique`.
    if model.kind == ModelKind::View && !unique::view_allows(&def, attribute, diagnostics) {
        return;
    }
    model.indexes.push(def);
}
