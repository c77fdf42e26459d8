//! `@@map("name")`: the table's (or view's) database name.

use crate::diagnostics::Diagnostics;
use crate::schema::attributes::map_name;
use crate::schema::Model;
use crate::syntax::Attribute;

pub(super) fn apply(model: &mut Model, attribute: &Attribute, diagnostics: &mut Diagnostics) {
    if let Some(name) = map_name(attribute, diagnostics) {
        model.database_name = name;
        model.map_span = Some(attribute.span);
    }
}
