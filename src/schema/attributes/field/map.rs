//! `@map("name")`: the column's database name.

use crate::diagnostics::Diagnostics;
use crate::schema::attributes::map_name;
use crate::schema::Field;
use crate::syntax::Attribute;

pub(super) fn apply(field: &mut Field, attribute: &Attribute, diagnostics: &mut Diagnostics) {
    if let Some(name) = map_name(attribute, diagnostics) {
        field.database_name = name;
    }
}
