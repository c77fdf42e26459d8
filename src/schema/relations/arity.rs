//! Arity: a required relation field needs at least one required scalar
//! field in `fields`.

use super::{field_names, relation_error, Inline};
use crate::diagnostics::{DiagnosticCode, Diagnostics};
use crate::syntax::Arity;

pub(super) fn check(relation: &Inline<'_>, diagnostics: &mut Diagnostics) {
    let Inline {
        fk_model,
        fk_field,
        attribute,
        ..
    } = *relation;
    let any_required = attribute
        .fields
        .iter()
        .any(|f| fk_model.field(*f).arity == Arity::Required);
    if any_required || fk_field.arity != Arity::Required {
        return;
    }
    diagnostics.push(relation_error(
        DiagnosticCode::RelationArity,
        fk_field.span,
        format_args!(
            "The relation field `{}` uses the scalar fields {}. At least one of those fields is optional. Hence the relation field must be optional as well.",
            fk_field.name,
            field_names(fk_model, &attribute.fields)
        ),
    ));
}
