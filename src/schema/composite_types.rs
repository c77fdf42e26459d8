//! Composite types (`type Name { … }`): MongoDB only, so an error on
//! PostgreSQL, but resolved like models so their fields are still checked.

use super::analyze::Context;
use super::{fields, CompositeType};
use crate::diagnostics::{DiagnosticCode, Diagnostics};
use crate::syntax::Block;

/// Resolves a composite type block.
pub(super) fn composite_type(
    block: &Block,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) -> CompositeType {
    if ctx.is_postgres {
        diagnostics.error(
            DiagnosticCode::CompositeTypeUnsupported,
            block.header_span,
            "Composite types are not supported on PostgreSQL; they exist only for MongoDB.",
        );
    }
    let fields = block
        .fields()
        .filter_map(|field| fields::resolve(field, block, ctx, diagnostics))
        .collect();
    CompositeType {
        name: block.name.name.clone(),
        fields,
        span: block.span,
    }
}
