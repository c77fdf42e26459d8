//! `@@schema("name")` on models, views and enums: the database schema, one
//! of the datasource's `schemas`.

use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics, Span};
use crate::schema::analyze::Context;
use crate::schema::attributes::{string, Args};
use crate::syntax::{Block, BlockKind};

/// The block's schema and where it is named; read before anything else of
/// the block. Missing is an error when the datasource lists schemas.
pub(in crate::schema) fn read(
    block: &Block,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) -> Option<(String, Span)> {
    let mut found: Option<(String, Span)> = None;
    for attribute in block.attributes().filter(|a| a.name.name == "schema") {
        if found.is_some() {
            // Reported by `check_duplicate_attributes`.
            continue;
        }
        let mut args = Args::new(attribute, diagnostics);
        let value = args.require("map", true, diagnostics);
        args.finish(diagnostics);
        let Some(value) = value else { continue };
        let Some(name) = string(value, diagnostics) else {
            continue;
        };
        if !ctx.datasource_schemas.iter().any(|s| s == name) {
            diagnostics.error(
                DiagnosticCode::UnknownSchema,
                value.span(),
                "This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema",
            );
        }
        found = Some((name.to_string(), value.span()));
    }
    if found.is_none() && !ctx.datasource_schemas.is_empty() {
        let kind = match block.kind {
            BlockKind::Enum => "enum",
            BlockKind::View => "view",
            _ => "model",
        };
        diagnostics.push(Diagnostic::block_error(
            DiagnosticCode::MissingSchemaAttribute,
            block.header_span,
            kind,
            &block.name.name,
            format_args!("This {kind} is missing an `@@schema` attribute."),
        ));
    }
    found
}
