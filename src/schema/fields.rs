//! Fields: the type each names (built in, model, enum, composite type or
//! `Unsupported`), its arity, and syntax of old Prisma versions.

use super::analyze::Context;
use super::declarations::{check_identifier, kind_word, TopName};
use super::{Field, FieldType, ScalarType};
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics};
use crate::syntax::{self, Block, BlockKind, LegacyType, TypeName};

/// Resolves a field's type and arity; attributes come later.
pub(super) fn resolve(
    field: &syntax::Field,
    block: &Block,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) -> Option<Field> {
    if let Some(colon) = field.legacy_colon {
        diagnostics.error(
            DiagnosticCode::LegacyFieldSyntax,
            colon,
            "Field declarations don't require a `:`.",
        );
    }
    let Some(field_type) = &field.field_type else {
        diagnostics.push(Diagnostic::block_error(
            DiagnosticCode::MissingFieldType,
            field.span,
            kind_word(block.kind),
            &block.name.name,
            "This field declaration is invalid. It is either missing a name or a type.",
        ));
        return None;
    };
    match field_type.legacy {
        Some(LegacyType::Required) => diagnostics.push(
            Diagnostic::error(
                DiagnosticCode::LegacyFieldSyntax,
                field_type.span,
                "Fields are required by default, `!` is no longer required.",
            )
            .with_help("Remove the `!`."),
        ),
        Some(LegacyType::List) => diagnostics.push(Diagnostic::error(
            DiagnosticCode::LegacyFieldSyntax,
            field_type.span,
            format!(
                "To specify a list, please use `{}[]` instead of `[{}]`.",
                field_type.type_name(),
                field_type.type_name()
            ),
        )),
        Some(LegacyType::OptionalList) => diagnostics.push(Diagnostic::error(
            DiagnosticCode::OptionalList,
            field_type.span,
            "Optional lists are not supported. Use either `Type[]` or `Type?`.",
        )),
        None => {}
    }
    match block.kind {
        BlockKind::Model => check_identifier(&field.name, "Field", diagnostics),
        BlockKind::View => check_identifier(&field.name, "field", diagnostics),
        _ => {}
    }
    let resolved = match &field_type.name {
        TypeName::Unsupported { sql, .. } => FieldType::Unsupported(sql.clone()),
        TypeName::Named(ident) => {
            if let Some(scalar) = ScalarType::from_name(&ident.name) {
                FieldType::Scalar(scalar)
            } else {
                match ctx.names.get(&ident.name) {
                    Some((TopName::Model(id), _)) => FieldType::Model(*id),
                    Some((TopName::Enum(id), _)) => FieldType::Enum(*id),
                    Some((TopName::Composite(id), _)) => FieldType::Composite(*id),
                    None => {
                        diagnostics.error(
                            DiagnosticCode::UnknownType,
                            ident.span,
                            format!("Type \"{}\" is neither a built-in type, nor refers to another model, composite type, or enum.", ident.name),
                        );
                        return None;
                    }
                }
            }
        }
    };
    Some(Field {
        name: field.name.name.clone(),
        database_name: field.name.name.clone(),
        arity: field_type.arity,
        field_type: resolved,
        native_type: None,
        default: None,
        updated_at: false,
        ignored: false,
        relation: None,
        documentation: field.documentation.clone(),
        span: field.span,
        name_span: field.name.span,
    })
}
