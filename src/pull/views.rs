//! One `view` block per database view, when the existing schema enables the
//! `views` preview feature, as Prisma's `db pull` writes them.
//!
//! A view has no constraints for Prisma to read, so what the database cannot
//! say comes from the existing view block: a required field stays required
//! (every view column reads as nullable), field-level `@unique`, compound
//! `@@unique`, client-side defaults, `@updatedAt`, `@ignore`, `@map`/`@@map`,
//! docs, and every relation field. A view new to the schema gets optional
//! fields and nothing else. New views follow the existing ones in the order
//! the catalog stores them, which is the order Prisma reads them in.

use super::context::Context;
use super::models::{commented_out_if_nameless, doc_line, push_body, push_field_tail, type_text};
use super::names::Name;
use super::relations;
use super::types::{self, Family};
use super::warnings::Warnings;
use crate::ir::{Column, Database, View};
use crate::schema::{Field, Model, ParsedSchema};

/// The views `pull` renders: plain views with at least one column (Prisma
/// reads `pg_views`, which lists no materialized views).
pub fn pulled(db: &Database) -> impl Iterator<Item = &View> {
    db.views
        .iter()
        .filter(|view| !view.materialized && !view.columns.is_empty())
}

/// Whether views are pulled: the existing schema enables the `views`
/// preview feature (a fresh introspection keeps the configuration too).
pub fn wanted(existing: Option<&ParsedSchema>) -> bool {
    existing.is_some_and(|parsed| parsed.schema.has_preview_feature("views"))
}

/// Every pulled view's block, with the position of the existing view it
/// re-introspects (`None` for a new one), in catalog order; the warnings are
/// pushed in that order, as Prisma pushes them.
pub fn render_all(context: &Context<'_>, warnings: &mut Warnings) -> Vec<(Option<usize>, String)> {
    context
        .views
        .iter()
        .map(|view| {
            let previous = context.previous.view(view);
            let block = render(context, view, previous.map(|(_, model)| model), warnings);
            (previous.map(|(at, _)| at), block)
        })
        .collect()
}

fn render(
    context: &Context<'_>,
    view: &View,
    previous: Option<&Model>,
    warnings: &mut Warnings,
) -> String {
    let name = context.view_names[&view.name].clone();
    let mut out = String::new();
    for line in view_docs(context, view, &name, previous) {
        out.push_str(&line);
    }
    out.push_str(&format!("view {} {{\n", name.prisma));
    if view.comment.is_some() {
        warnings
            .objects_with_comments
            .push(("view", name.prisma.clone()));
    }
    let mut fields: Vec<String> = view
        .columns
        .iter()
        .map(|column| scalar_field(context, &name.prisma, column, previous, warnings))
        .collect();
    let relation_fields =
        previous.map_or_else(Vec::new, |model| relations::view_fields(context, model));
    let last_commented_out = relation_fields.is_empty()
        && view
            .columns
            .last()
            .is_some_and(|column| field_name(context, previous, column).prisma.is_empty());
    for field in relation_fields {
        fields.push(format!("  {}\n", super::models::relation_field(&field)));
        warnings.reintrospected_relations.push(field.type_name);
    }
    let block = block_attributes(context, view, &name, previous);
    push_body(&mut out, &fields, last_commented_out, &block);
    out.push_str("}\n");
    if previous.is_some_and(|model| model.map_span.is_some()) {
        warnings.remapped_views.push(name.prisma);
    }
    out
}

/// The `///` lines above a view: the existing view's docs, or for a new view
/// the notes Prisma adds (renamed, comments in the database).
fn view_docs(
    context: &Context<'_>,
    view: &View,
    name: &Name,
    previous: Option<&Model>,
) -> Vec<String> {
    if let Some(model) = previous {
        let docs = context.previous.docs(
            model.span.file.0,
            model.span.start,
            model.documentation.as_deref(),
        );
        return docs.into_iter().map(|line| format!("{line}\n")).collect();
    }
    let mut docs = Vec::new();
    if name.reserved {
        docs.push(doc_line(
            "",
            &format!(
                "This view has been renamed to '{}' during introspection, because the original name '{}' is reserved.",
                name.prisma, view.name.name
            ),
        ));
    }
    if view.comment.is_some() || view.columns.iter().any(|c| c.comment.is_some()) {
        docs.push(doc_line("", "This view or at least one of its fields has comments in the database, and requires an additional setup for migrations: Read more: https://pris.ly/d/database-comments"));
    }
    docs
}

/// One column's field line (with its kept docs), and its warnings.
fn scalar_field(
    context: &Context<'_>,
    view_name: &str,
    column: &Column,
    previous: Option<&Model>,
    warnings: &mut Warnings,
) -> String {
    let field = previous.and_then(|model| context.previous.field_in(model, &column.name));
    let name = field_name(context, previous, column);
    let ty = types::prisma_type(&column.ty, |n| context.enum_index(n));
    let mut out = String::new();
    if let Some(field) = field {
        let written = field.documentation.as_deref();
        for line in context
            .previous
            .docs(field.span.file.0, field.span.start, written)
        {
            out.push_str(&format!("  {line}\n"));
        }
    }
    let mut line = format!(
        "{} {}{}",
        name.prisma,
        type_text(context, &ty.family),
        arity(column, field)
    );
    if previous.is_some_and(|model| unique_on_field(model, &column.name)) {
        line.push_str(" @unique");
    }
    push_field_tail(context, column, &ty, &name, field, &mut line);
    let line = commented_out_if_nameless(&name, &column.name, line);
    out.push_str(&format!("  {line}\n"));
    if name.prisma.is_empty() {
        warnings
            .view_fields_with_empty_names
            .push((view_name.to_string(), column.name.clone()));
    }
    if field.is_some() && name.mapped.is_some() {
        warnings
            .remapped_view_fields
            .push((view_name.to_string(), name.prisma.clone()));
    }
    if let Family::Unsupported(sql) = &ty.family {
        warnings.unsupported_view_types.push((
            view_name.to_string(),
            name.prisma.clone(),
            sql.clone(),
        ));
    }
    if column.comment.is_some() {
        warnings
            .objects_with_comments
            .push(("field", format!("{view_name}.{}", name.prisma)));
    }
    out
}

/// The field's name: the existing view's, else one made from the column's.
fn field_name(context: &Context<'_>, previous: Option<&Model>, column: &Column) -> Name {
    previous
        .and_then(|model| context.previous.field_name_in(model, &column.name))
        .unwrap_or_else(|| Name::for_field(&column.name))
}

/// Every view column reads as nullable: an array column is a list, else the
/// existing field's arity holds when it is required or a list, else optional.
fn arity(column: &Column, field: Option<&Field>) -> &'static str {
    match field {
        _ if column.ty.array => "[]",
        Some(field) if field.is_list() => "[]",
        Some(field) if !field.is_optional() => "",
        _ => "?",
    }
}

/// Whether the existing view declares `@unique` on the field of `column`
/// (a single-field `@@unique` in the block is not carried over, as in Prisma).
fn unique_on_field(model: &Model, column: &str) -> bool {
    model.unique_constraints.iter().any(|unique| {
        unique.field_level
            && unique.fields.len() == 1
            && model.fields[unique.fields[0].field.0].database_name == column
    })
}

/// `@@unique` (compound ones of the existing view), `@@map`, `@@ignore`,
/// `@@schema`.
fn block_attributes(
    context: &Context<'_>,
    view: &View,
    name: &Name,
    previous: Option<&Model>,
) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(model) = previous {
        for unique in model
            .unique_constraints
            .iter()
            .filter(|unique| !unique.field_level && unique.fields.len() > 1)
        {
            let fields: Vec<&str> = unique
                .fields
                .iter()
                .map(|f| model.fields[f.field.0].name.as_str())
                .collect();
            let mut line = format!("@@unique([{}]", fields.join(", "));
            if let Some(client_name) = &unique.name {
                line.push_str(&format!(", name: {}", types::quote(client_name)));
            }
            line.push(')');
            lines.push(line);
        }
    }
    if let Some(mapped) = &name.mapped {
        lines.push(format!("@@map({})", types::quote(mapped)));
    }
    if previous.is_some_and(|model| model.ignored) {
        lines.push("@@ignore".to_string());
    }
    if context.uses_namespaces {
        lines.push(format!("@@schema({})", types::quote(&view.name.schema)));
    }
    lines
}
