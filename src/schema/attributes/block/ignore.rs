//! `@@ignore`: the client leaves the model out; the table stays.

use crate::diagnostics::Diagnostics;
use crate::schema::attributes::no_arguments;
use crate::schema::Model;
use crate::syntax::Attribute;

pub(super) fn apply(model: &mut Model, attribute: &Attribute, diagnostics: &mut Diagnostics) {
    no_arguments(attribute, diagnostics);
    model.ignored = true;
}
