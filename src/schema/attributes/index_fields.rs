//! What `@id`, `@unique`, `@@id`, `@@unique`, `@@index` and `@@fulltext`
//! share: field lists with per-field arguments, `sort:`, `ops:`,
//! `clustered:` and `where:`.

use super::{attribute_error, boolean, constant, string, take_string, unsigned, Args};
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics};
use crate::schema::analyze::Context;
use crate::schema::config::type_mismatch;
use crate::schema::{FieldId, IndexField, Model, OperatorClass, SortOrder};
use crate::syntax::{Argument, Attribute, Expr, FunctionCall};

/// An index field over `field` with no arguments.
pub(super) fn plain(field: FieldId) -> IndexField {
    IndexField {
        field,
        path: Vec::new(),
        sort: None,
        length: None,
        operator_class: None,
    }
}

/// `[a, b(sort: Desc), c(ops: JsonbPathOps)]` → index fields of `model`.
pub(super) fn index_fields(
    model: &Model,
    value: &Expr,
    attribute: &Attribute,
    diagnostics: &mut Diagnostics,
) -> Option<Vec<IndexField>> {
    let mut fields = Vec::new();
    let mut unknown = Vec::new();
    let mut relation_fields = Vec::new();
    for item in value.items() {
        let (name, arguments) = match item {
            Expr::Constant(name, _) => (name.as_str(), None),
            Expr::Function(call) => (call.name.name.as_str(), Some(&call.arguments)),
            other => {
                diagnostics.push(type_mismatch("a constant literal", other));
                return None;
            }
        };
        let (head, path) = match name.split_once('.') {
            Some((head, rest)) => (head, rest.split('.').map(String::from).collect()),
            None => (name, Vec::new()),
        };
        let Some(field_id) = model.find_field(head) else {
            unknown.push(name.to_string());
            continue;
        };
        if model.fields[field_id.0].is_relation() {
            relation_fields.push(name.to_string());
            continue;
        }
        let mut index_field = IndexField {
            path,
            ..plain(field_id)
        };
        for argument in arguments.map(|a| a.arguments.as_slice()).unwrap_or(&[]) {
            field_argument(&mut index_field, argument, diagnostics);
        }
        fields.push(index_field);
    }
    if unknown.is_empty() && relation_fields.is_empty() {
        return Some(fields);
    }
    diagnostics.push(field_list_error(
        model,
        attribute,
        &unknown,
        &relation_fields,
    ));
    None
}

/// `sort:`, `length:` or `ops:` of one index field.
fn field_argument(
    index_field: &mut IndexField,
    argument: &Argument,
    diagnostics: &mut Diagnostics,
) {
    let (Some(name), Some(value)) = (&argument.name, &argument.value) else {
        diagnostics.error(
            DiagnosticCode::InvalidArgument,
            argument.span,
            "Index field arguments must be named: `sort:`, `length:` or `ops:`.",
        );
        return;
    };
    match name.name.as_str() {
        "sort" => index_field.sort = sort_order(value, diagnostics),
        "length" => index_field.length = unsigned(value, diagnostics),
        "ops" => index_field.operator_class = operator_class(value, diagnostics),
        other => diagnostics.error(
            DiagnosticCode::UnknownArgument,
            argument.span,
            format!("Unknown argument `{other}` for an index field."),
        ),
    }
}

/// Unknown fields are reported before relation fields.
fn field_list_error(
    model: &Model,
    attribute: &Attribute,
    unknown: &[String],
    relation_fields: &[String],
) -> Diagnostic {
    let what = match attribute.name.name.as_str() {
        "id" => "id",
        "unique" => "unique",
        _ => "index",
    };
    let container = model.kind.word();
    if !unknown.is_empty() {
        return Diagnostic::block_error(
            DiagnosticCode::UnknownField,
            attribute.span,
            container,
            &model.name,
            format_args!(
                "The {what} definition refers to the unknown fields: {}.",
                unknown.join(", ")
            ),
        );
    }
    Diagnostic::block_error(
        DiagnosticCode::RelationFieldInIndex,
        attribute.span,
        container,
        &model.name,
        format_args!(
            "The {what} definition refers to the relation fields {}. {} definitions must reference only scalar fields.",
            relation_fields.join(", "),
            if what == "id" { "ID" } else { "Index" }
        ),
    )
}

pub(super) fn sort_order(value: &Expr, diagnostics: &mut Diagnostics) -> Option<SortOrder> {
    match constant(value, diagnostics)? {
        "Asc" => Some(SortOrder::Asc),
        "Desc" => Some(SortOrder::Desc),
        other => {
            diagnostics.error(
                DiagnosticCode::InvalidValue,
                value.span(),
                format!("The `sort` argument must be `Asc` or `Desc`, not `{other}`."),
            );
            None
        }
    }
}

fn operator_class(value: &Expr, diagnostics: &mut Diagnostics) -> Option<OperatorClass> {
    match value {
        Expr::Constant(name, _) => Some(OperatorClass::Named(name.clone())),
        Expr::Function(call) if call.name.name == "raw" => {
            raw_text(call, diagnostics).map(|s| OperatorClass::Raw(s.to_string()))
        }
        other => {
            diagnostics.push(type_mismatch("an operator class", other));
            None
        }
    }
}

/// The string inside `raw("…")`.
fn raw_text<'a>(call: &'a FunctionCall, diagnostics: &mut Diagnostics) -> Option<&'a str> {
    call.arguments
        .arguments
        .first()
        .and_then(|a| a.value.as_ref())
        .and_then(|v| string(v, diagnostics))
}

/// `clustered:` is SQL Server only.
pub(super) fn clustered(
    args: &mut Args<'_>,
    attribute: &Attribute,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) {
    if let Some(value) = args.take("clustered", false) {
        boolean(value, diagnostics);
        if ctx.is_postgres {
            diagnostics.push(attribute_error(
                attribute,
                "Defining clustering is not supported in the current connector.",
            ));
        }
    }
}

/// `where:` of a partial index: `raw("…")` or an object-like expression.
pub(super) fn predicate(
    value: &Expr,
    attribute: &Attribute,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) -> Option<String> {
    if !ctx.partial_indexes {
        diagnostics.push(attribute_error(
            attribute,
            "The `where` argument requires the `partialIndexes` preview feature.",
        ));
    }
    match value {
        Expr::Function(call) if call.name.name == "raw" => {
            raw_text(call, diagnostics).map(String::from)
        }
        other => {
            diagnostics.push(type_mismatch("a raw(\"…\") predicate", other));
            None
        }
    }
}

/// What `@@unique` (and `@@fulltext`) may not do on a view: a mapped name.
pub(super) fn view_unique_map_error(attribute: &Attribute) -> Diagnostic {
    Diagnostic::validation_error(
        DiagnosticCode::ViewIndex,
        attribute.span,
        "@@unique annotations on views are not backed by unique indexes in the database and cannot specify a mapped database name.",
    )
}

/// `map:`, `sort:`, `length:` and `clustered:` of `@id` and `@unique` on
/// `field`: the database name and the one index field.
pub(super) fn single_field(
    field: FieldId,
    args: &mut Args<'_>,
    attribute: &Attribute,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) -> (Option<String>, IndexField) {
    let map = take_string(args, "map", diagnostics);
    let sort = args
        .take("sort", false)
        .and_then(|v| sort_order(v, diagnostics));
    let length = args
        .take("length", false)
        .and_then(|v| unsigned(v, diagnostics));
    clustered(args, attribute, ctx, diagnostics);
    let index_field = IndexField {
        sort,
        length,
        ..plain(field)
    };
    (map, index_field)
}
