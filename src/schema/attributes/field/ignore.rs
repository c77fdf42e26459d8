//! `@ignore`: the client leaves the field out; the column stays.

use crate::diagnostics::Diagnostics;
use crate::schema::attributes::no_arguments;
use crate::schema::Field;
use crate::syntax::Attribute;

pub(super) fn apply(field: &mut Field, attribute: &Attribute, diagnostics: &mut Diagnostics) {
    no_arguments(attribute, diagnostics);
    field.ignored = true;
}
