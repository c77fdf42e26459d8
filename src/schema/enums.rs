//! Enums: values, `@map` and `@@map`, `@@schema`.

use super::analyze::Context;
use super::attributes::block;
use super::attributes::{check_duplicate_attributes, map_name, unknown_attribute};
use super::declarations::check_identifier;
use super::{Enum, EnumValue};
use crate::diagnostics::{DiagnosticCode, Diagnostics};
use crate::syntax::Block;

/// Resolves an enum block.
pub(super) fn enum_def(block: &Block, ctx: &Context<'_>, diagnostics: &mut Diagnostics) -> Enum {
    let mut def = Enum {
        name: block.name.name.clone(),
        database_name: block.name.name.clone(),
        schema: block::schema::read(block, ctx, diagnostics),
        values: Vec::new(),
        documentation: block.documentation.clone(),
        span: block.span,
        name_span: block.name.span,
    };
    check_duplicate_attributes(block.attributes(), &[], diagnostics);
    for attribute in block.attributes() {
        match attribute.name.name.as_str() {
            "map" => {
                if let Some(name) = map_name(attribute, diagnostics) {
                    def.database_name = name;
                }
            }
            "schema" => {}
            _ => unknown_attribute(attribute, diagnostics),
        }
    }
    for value in block.enum_values() {
        if def.values.iter().any(|v| v.name == value.name.name) {
            diagnostics.error(
                DiagnosticCode::DuplicateEnumValue,
                value.name.span,
                format!(
                    "Value \"{}\" is already defined on enum \"{}\".",
                    value.name.name, def.name
                ),
            );
            continue;
        }
        check_identifier(&value.name, "Enum Value", diagnostics);
        let mut database_name = value.name.name.clone();
        check_duplicate_attributes(value.attributes.iter(), &[], diagnostics);
        for attribute in &value.attributes {
            match attribute.name.name.as_str() {
                "map" => {
                    if let Some(name) = map_name(attribute, diagnostics) {
                        database_name = name;
                    }
                }
                _ => unknown_attribute(attribute, diagnostics),
            }
        }
        def.values.push(EnumValue {
            name: value.name.name.clone(),
            database_name,
            span: value.span,
        });
    }
    if def.values.is_empty() {
        diagnostics.error(
            DiagnosticCode::EmptyEnum,
            block.name.span,
            "An enum must have at least one value.",
        );
    }
    def
}
