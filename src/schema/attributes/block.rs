//! Block attributes (`@@…`) of models and views.

use super::index_fields::{clustered, index_fields, predicate, view_unique_map_error};
use super::{attribute_error, constant, map_name, no_arguments, shard_key, string, unknown_attribute, Args};
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics};
use crate::schema::analyze::Context;
use crate::schema::{IndexDef, IndexKind, IndexType, Model, ModelKind, PrimaryKey};
use crate::syntax::{Arity, Attribute};

pub(in crate::schema) fn apply(
    model: &mut Model,
    attribute: &Attribute,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) {
    match attribute.name.name.as_str() {
        "map" => {
            if let Some(name) = map_name(attribute, diagnostics) {
                model.database_name = name;
                model.map_span = Some(attribute.span);
            }
        }
        "schema" => {}
        "ignore" => {
            no_arguments(attribute, diagnostics);
            model.ignored = true;
        }
        "id" => {
            let mut args = Args::new(attribute, diagnostics);
            let fields = args.require("fields", true, diagnostics);
            let name = args
                .take("name", false)
                .and_then(|v| string(v, diagnostics))
                .map(String::from);
            let map = args
                .take("map", false)
                .and_then(|v| string(v, diagnostics))
                .map(String::from);
            clustered(&mut args, attribute, ctx, diagnostics);
            args.finish(diagnostics);
            let Some(fields) = fields.and_then(|f| index_fields(model, f, attribute, diagnostics))
            else {
                return;
            };
            if model.kind == ModelKind::View {
                diagnostics.warning(
                    DiagnosticCode::ViewPrimaryKey,
                    attribute.span,
                    "Views cannot have primary keys in Prisma 7; use @@unique instead.",
                );
            }
            if let Some(existing) = &model.primary_key {
                if existing.field_level {
                    diagnostics.push(Diagnostic::block_error(
                        DiagnosticCode::MultipleIds,
                        attribute.span,
                        "model",
                        &model.name,
                        "Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.",
                    ));
                    return;
                }
            }
            for field in &fields {
                if model.fields[field.field.0].arity == Arity::Optional {
                    diagnostics.push(attribute_error(
                        attribute,
                        format!("The id definition refers to the optional fields: {}. ID definitions must reference only required fields.", model.fields[field.field.0].name),
                    ));
                }
            }
            model.primary_key = Some(PrimaryKey {
                fields,
                name,
                map,
                field_level: false,
                span: attribute.span,
            });
        }
        "unique" | "index" | "fulltext" => {
            let kind = match attribute.name.name.as_str() {
                "unique" => IndexKind::Unique,
                "index" => IndexKind::Normal,
                _ => IndexKind::Fulltext,
            };
            let mut args = Args::new(attribute, diagnostics);
            let fields = args.require("fields", true, diagnostics);
            let name = args
                .take("name", false)
                .and_then(|v| string(v, diagnostics))
                .map(String::from);
            let map = args
                .take("map", false)
                .and_then(|v| string(v, diagnostics))
                .map(String::from);
            let index_type = if kind == IndexKind::Normal {
                args.take("type", false).and_then(|v| {
                    let name = constant(v, diagnostics)?;
                    let parsed = IndexType::from_name(name);
                    if parsed.is_none() {
                        diagnostics.push(attribute_error(
                            attribute,
                            format!("Unknown index type: {name}."),
                        ));
                    }
                    parsed
                })
            } else {
                None
            };
            let where_clause = args.take("where", false);
            clustered(&mut args, attribute, ctx, diagnostics);
            args.finish(diagnostics);
            if kind == IndexKind::Fulltext && ctx.is_postgres {
                diagnostics.push(attribute_error(
                    attribute,
                    "Defining fulltext indexes is not supported with the current connector.",
                ));
                return;
            }
            let predicate = where_clause.and_then(|w| predicate(w, attribute, ctx, diagnostics));
            let Some(fields) = fields.and_then(|f| index_fields(model, f, attribute, diagnostics))
            else {
                return;
            };
            if model.kind == ModelKind::View {
                if kind == IndexKind::Normal {
                    diagnostics.push(Diagnostic::validation_error(
                        DiagnosticCode::ViewIndex,
                        attribute.span,
                        "Views cannot have indexes.",
                    ));
                    return;
                }
                if map.is_some() {
                    diagnostics.push(view_unique_map_error(attribute));
                    return;
                }
                if fields
                    .iter()
                    .any(|f| f.sort.is_some() || f.length.is_some() || f.operator_class.is_some())
                {
                    diagnostics.push(attribute_error(
                        attribute,
                        "Scalar fields in @@unique attributes in views cannot have arguments.",
                    ));
                    return;
                }
            }
            let def = IndexDef {
                kind,
                fields,
                name,
                map,
                index_type,
                clustered: None,
                predicate,
                field_level: false,
                span: attribute.span,
            };
            if kind == IndexKind::Normal && ctx.is_postgres {
                crate::schema::index_checks::check(model, &def, diagnostics);
            }
            if kind == IndexKind::Unique {
                model.unique_constraints.push(def);
            } else {
                model.indexes.push(def);
            }
        }
        "shardKey" => shard_key(attribute, diagnostics),
        _ => unknown_attribute(attribute, diagnostics),
    }
}

/// `@@schema("name")` on models, views and enums.
pub(in crate::schema) mod schema {
    use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics, Span};
    use crate::schema::analyze::Context;
    use crate::schema::attributes::{string, Args};
    use crate::syntax::{Block, BlockKind};

    /// `@@schema("name")`: checked against the datasource's `schemas`.
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
}
