//! Field attributes (`@…`), one file each.

mod db_native;
mod default;
mod id;
mod ignore;
mod map;
pub(in crate::schema) mod relation;
mod unique;
mod updated_at;

use super::{attribute_error, check_duplicate_attributes, shard_key, unknown_attribute};
use crate::diagnostics::Diagnostics;
use crate::schema::analyze::Context;
use crate::schema::{Enum, FieldId, Model};
use crate::syntax;

/// Attributes a relation field may not have, with Prisma's message.
const NOT_ON_RELATION_FIELDS: &[(&str, &str)] = &[
    (
        "id",
        "The attribute `@id` cannot be used on relation fields.",
    ),
    (
        "unique",
        "The attribute `@unique` cannot be used on relation fields.",
    ),
    (
        "map",
        "The attribute `@map` cannot be used on relation fields.",
    ),
    ("default", "Cannot set a default value on a relation field."),
];

/// Field attributes that need no other model: everything but `@relation`'s
/// arguments, which [`relation::read_arguments`] reads once every model has
/// its fields.
pub(in crate::schema) fn apply(
    model: &mut Model,
    id: FieldId,
    field: &syntax::Field,
    ctx: &Context<'_>,
    enums: &[Enum],
    diagnostics: &mut Diagnostics,
) {
    check_duplicate_attributes(field.attributes.iter(), &[], diagnostics);
    let is_relation = model.fields[id.0].is_relation();
    for attribute in &field.attributes {
        let name = attribute.name.name.as_str();
        if let Some(native) = name
            .strip_prefix(ctx.native_prefix.as_str())
            .and_then(|rest| rest.strip_prefix('.'))
        {
            db_native::apply(&mut model.fields[id.0], attribute, native, diagnostics);
            continue;
        }
        if name.contains('.') {
            unknown_attribute(attribute, diagnostics);
            continue;
        }
        if is_relation {
            if let Some((_, message)) = NOT_ON_RELATION_FIELDS.iter().find(|(n, _)| *n == name) {
                diagnostics.push(attribute_error(attribute, message));
                continue;
            }
        }
        match name {
            "id" => id::apply(model, id, attribute, ctx, diagnostics),
            "unique" => unique::apply(model, id, attribute, ctx, diagnostics),
            "map" => map::apply(&mut model.fields[id.0], attribute, diagnostics),
            "default" => default::apply(&mut model.fields[id.0], attribute, enums, diagnostics),
            "updatedAt" => updated_at::apply(&mut model.fields[id.0], attribute, diagnostics),
            "ignore" => ignore::apply(&mut model.fields[id.0], attribute, diagnostics),
            "relation" => relation::check_placement(is_relation, attribute, diagnostics),
            "shardKey" => shard_key(attribute, diagnostics),
            _ => unknown_attribute(attribute, diagnostics),
        }
    }
}
