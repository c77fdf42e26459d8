//! Uniqueness: `references` must be a unique criterion of the referenced
//! model, and the `fields` of a one-to-one relation one of their own model.

use super::{field_names, relation_error, Inline};
use crate::diagnostics::{DiagnosticCode, Diagnostics};
use crate::schema::{FieldId, IndexField, Model, ModelKind};

pub(super) fn check_references(relation: &Inline<'_>, diagnostics: &mut Diagnostics) {
    let model = relation.other_model;
    let references = &relation.attribute.references;
    // Nothing in the database backs a view's uniques.
    if model.kind != ModelKind::Model || is_unique_criterion(model, references) {
        return;
    }
    diagnostics.push(relation_error(
        DiagnosticCode::ReferencesNotUnique,
        relation.span,
        format_args!(
            "The argument `references` must refer to a unique criterion in the related model. Consider adding an `@@unique([{}])` attribute to the model `{}`.",
            field_names(model, references),
            model.name
        ),
    ));
}

/// For one-to-one relations only.
pub(super) fn check_one_to_one(relation: &Inline<'_>, diagnostics: &mut Diagnostics) {
    let model = relation.fk_model;
    let fields = &relation.attribute.fields;
    if is_unique_criterion(model, fields) || relation.fk_field.ignored {
        return;
    }
    diagnostics.push(relation_error(
        DiagnosticCode::OneToOneNotUnique,
        relation.span,
        format_args!(
            "A one-to-one relation must use unique fields on the defining side. Either add an `@@unique([{}])` attribute to the model, or change the relation to one-to-many.",
            field_names(model, fields)
        ),
    ));
}

/// Whether `fields` are the primary key or a unique constraint, in any order.
fn is_unique_criterion(model: &Model, fields: &[FieldId]) -> bool {
    let same = |defined: &[IndexField]| {
        defined.len() == fields.len() && defined.iter().all(|f| fields.contains(&f.field))
    };
    model
        .primary_key
        .as_ref()
        .is_some_and(|pk| same(&pk.fields))
        || model.unique_constraints.iter().any(|u| same(&u.fields))
}
