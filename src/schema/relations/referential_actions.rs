//! `onDelete` and `onUpdate`: only on the side with the foreign key, and
//! `SetNull` not over required fields.

use super::{relation_error, Inline, On};
use crate::diagnostics::{DiagnosticCode, Diagnostics};
use crate::schema::{ReferentialAction, RelationMode, Schema};
use crate::syntax::Arity;

pub(super) fn check(schema: &Schema, relation: &Inline<'_>, diagnostics: &mut Diagnostics) {
    let other = relation.other_field;
    if other
        .relation
        .as_ref()
        .is_some_and(|r| r.on_delete.is_some() || r.on_update.is_some())
    {
        diagnostics.push(relation_error(
            DiagnosticCode::ActionsOnWrongSide,
            other.span,
            format_args!(
                "The relation field {} must not specify the `onDelete` or `onUpdate` argument in the @relation attribute. You must only specify it on the opposite field {}.",
                On(other, relation.other_model),
                On(relation.fk_field, relation.fk_model)
            ),
        ));
    }
    check_set_null(schema, relation, diagnostics);
}

/// An error where relations are emulated (nothing in the database would set
/// the column to NULL), a warning where foreign keys do it.
fn check_set_null(schema: &Schema, relation: &Inline<'_>, diagnostics: &mut Diagnostics) {
    let attribute = relation.attribute;
    let any_required = attribute
        .fields
        .iter()
        .any(|f| relation.fk_model.field(*f).arity == Arity::Required);
    if !any_required {
        return;
    }
    // Without a datasource Prisma validates as if relations were emulated.
    let emulated = schema.relation_mode() == RelationMode::Prisma || schema.datasource.is_none();
    for (action, which) in [
        (attribute.on_delete, "onDelete"),
        (attribute.on_update, "onUpdate"),
    ] {
        if action != Some(ReferentialAction::SetNull) {
            continue;
        }
        if emulated {
            diagnostics.push(relation_error(
                DiagnosticCode::SetNullOnRequired,
                relation.span,
                format_args!("The `{which}` referential action of a relation must not be set to `SetNull` when a referenced field is required.\nEither choose another referential action, or make the referenced fields optional.\n"),
            ));
        } else {
            diagnostics.warning(
                DiagnosticCode::SetNullOnRequired,
                relation.span,
                format!("The `{which}` referential action of a relation should not be set to `SetNull` when a referenced field is required. We recommend either to choose another referential action, or to make the referenced fields optional. Read more at https://pris.ly/d/postgres-set-null"),
            );
        }
    }
}
