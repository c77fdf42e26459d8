//! `@updatedAt`: a `DateTime` the client sets on every update.

use crate::diagnostics::Diagnostics;
use crate::schema::attributes::{attribute_error, no_arguments};
use crate::schema::{Field, ScalarType};
use crate::syntax::Attribute;

pub(super) fn apply(field: &mut Field, attribute: &Attribute, diagnostics: &mut Diagnostics) {
    no_arguments(attribute, diagnostics);
    if field.scalar_type() != Some(ScalarType::DateTime) {
        diagnostics.push(attribute_error(
            attribute,
            "Fields that are marked with @updatedAt must be of type DateTime.",
        ));
    } else if field.is_list() {
        diagnostics.push(attribute_error(
            attribute,
            "Fields that are marked with @updatedAt cannot be lists.",
        ));
    }
    field.updated_at = true;
}
