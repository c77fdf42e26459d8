//! Block attributes (`@@…`) of models and views, one file each.

mod fulltext;
mod id;
mod ignore;
mod index;
mod map;
pub(in crate::schema) mod schema;
mod unique;

use super::index_fields::{clustered, index_fields, predicate};
use super::{shard_key, take_string, unknown_attribute, Args};
use crate::diagnostics::Diagnostics;
use crate::schema::analyze::Context;
use crate::schema::{IndexDef, IndexKind, IndexType, Model};
use crate::syntax::{Attribute, Expr};

/// Applies one block attribute to `model`, whose fields are resolved.
pub(in crate::schema) fn apply(
    model: &mut Model,
    attribute: &Attribute,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) {
    match attribute.name.name.as_str() {
        "map" => map::apply(model, attribute, diagnostics),
        // Read before the fields, by `schema::read`.
        "schema" => {}
        "ignore" => ignore::apply(model, attribute, diagnostics),
        "id" => id::apply(model, attribute, ctx, diagnostics),
        "unique" => unique::apply(model, attribute, ctx, diagnostics),
        "index" => index::apply(model, attribute, ctx, diagnostics),
        "fulltext" => fulltext::apply(model, attribute, ctx, diagnostics),
        "shardKey" => shard_key(attribute, diagnostics),
        _ => unknown_attribute(attribute, diagnostics),
    }
}

/// The arguments of `@@id`, `@@unique`, `@@index` and `@@fulltext`, read
/// before the fields they name are resolved.
struct KeyArgs<'a> {
    fields: Option<&'a Expr>,
    name: Option<String>,
    map: Option<String>,
    /// `type:`, on `@@index` only.
    index_type: Option<IndexType>,
    /// `where:`, on everything but `@@id`.
    where_clause: Option<&'a Expr>,
}

impl<'a> KeyArgs<'a> {
    /// `kind` is `None` for `@@id`.
    fn read(
        attribute: &'a Attribute,
        kind: Option<IndexKind>,
        ctx: &Context<'_>,
        diagnostics: &mut Diagnostics,
    ) -> Self {
        let mut args = Args::new(attribute, diagnostics);
        let fields = args.require("fields", true, diagnostics);
        let name = take_string(&mut args, "name", diagnostics);
        let map = take_string(&mut args, "map", diagnostics);
        let index_type = match kind {
            Some(IndexKind::Normal) => args
                .take("type", false)
                .and_then(|v| index::index_type(v, attribute, diagnostics)),
            _ => None,
        };
        let where_clause = match kind {
            Some(_) => args.take("where", false),
            None => None,
        };
        clustered(&mut args, attribute, ctx, diagnostics);
        args.finish(diagnostics);
        KeyArgs {
            fields,
            name,
            map,
            index_type,
            where_clause,
        }
    }

    /// The index, unless its fields do not resolve.
    fn index_def(
        self,
        model: &Model,
        attribute: &Attribute,
        kind: IndexKind,
        ctx: &Context<'_>,
        diagnostics: &mut Diagnostics,
    ) -> Option<IndexDef> {
        let predicate = self
            .where_clause
            .and_then(|w| predicate(w, attribute, ctx, diagnostics));
        let fields = self
            .fields
            .and_then(|f| index_fields(model, f, attribute, diagnostics))?;
        Some(IndexDef {
            kind,
            fields,
            name: self.name,
            map: self.map,
            index_type: self.index_type,
            clustered: None,
            predicate,
            field_level: false,
            span: attribute.span,
        })
    }
}
