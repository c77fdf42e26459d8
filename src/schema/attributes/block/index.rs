//! `@@index([a, b], type: Gin)`: an index, with PostgreSQL's rules for index
//! types and operator classes (`schema::index_checks`).

use super::KeyArgs;
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics};
use crate::schema::analyze::Context;
use crate::schema::attributes::{attribute_error, constant};
use crate::schema::{index_checks, IndexKind, IndexType, Model, ModelKind};
use crate::syntax::{Attribute, Expr};

pub(super) fn apply(
    model: &mut Model,
    attribute: &Attribute,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) {
    let kind = IndexKind::Normal;
    let args = KeyArgs::read(attribute, Some(kind), ctx, diagnostics);
    let Some(def) = args.index_def(model, attribute, kind, ctx, diagnostics) else {
        return;
    };
    if model.kind == ModelKind::View {
        diagnostics.push(Diagnostic::validation_error(
            DiagnosticCode::ViewIndex,
            attribute.span,
            "Views cannot have indexes.",
        ));
        return;
    }
    if ctx.is_postgres {
        index_checks::check(model, &def, diagnostics);
    }
    model.indexes.push(def);
}

/// `type: BTree | Hash | Gist | Gin | SpGist | Brin`.
pub(super) fn index_type(
    value: &Expr,
    attribute: &Attribute,
    diagnostics: &mut Diagnostics,
) -> Option<IndexType> {
    let name = constant(value, diagnostics)?;
    let parsed = IndexType::from_name(name);
    if parsed.is_none() {
        diagnostics.push(attribute_error(
            attribute,
            format!("Unknown index type: {name}."),
        ));
    }
    parsed
}
