//! A compact, line-per-node text form of the syntax tree, for snapshots and
//! debugging: readable in review, and it changes when the tree changes.

use std::fmt::Write;

use super::ast::*;
use crate::diagnostics::SourceMap;

/// The tree of one file, one node a line, with `line:column` positions.
pub fn summarize(file: &SchemaFile, sources: &SourceMap) -> String {
    let source = sources.get(file.file);
    let at = |span: crate::diagnostics::Span| {
        let (line, column) = source.line_column(span.start);
        format!("{line}:{column}")
    };
    let mut out = String::new();
    for item in &file.items {
        match item {
            Top::Block(block) => {
                let _ = writeln!(
                    out,
                    "{} {} @{}{}",
                    block.kind.keyword(),
                    block.name.name,
                    at(block.span),
                    doc_suffix(&block.documentation)
                );
                for item in &block.items {
                    let line = match item {
                        BlockItem::Field(field) => format!(
                            "field {}: {}{}{}{}",
                            field.name.name,
                            field
                                .field_type
                                .as_ref()
                                .map(field_type)
                                .unwrap_or_else(|| "<missing type>".into()),
                            attributes(&field.attributes),
                            doc_suffix(&field.documentation),
                            comment_suffix(&field.trailing_comment)
                        ),
                        BlockItem::EnumValue(value) => format!(
                            "value {}{}{}{}",
                            value.name.name,
                            attributes(&value.attributes),
                            doc_suffix(&value.documentation),
                            comment_suffix(&value.trailing_comment)
                        ),
                        BlockItem::Property(property) => format!(
                            "{} = {}{}",
                            property.name.name,
                            expr(&property.value),
                            comment_suffix(&property.trailing_comment)
                        ),
                        BlockItem::Attribute(attribute) => format!(
                            "attribute {}{}",
                            attribute_text(attribute),
                            comment_suffix(&attribute.trailing_comment)
                        ),
                        BlockItem::Comment(comment) => comment_text(comment),
                        BlockItem::BlankLine(_) => "blank".into(),
                        BlockItem::Error(span) => format!("error {:?}", source.slice(*span)),
                    };
                    let _ = writeln!(out, "  {line}");
                }
                if let Some(comment) = &block.closing_comment {
                    let _ = writeln!(out, "  }} {}", comment_text(comment));
                }
            }
            Top::TypeAlias(alias) => {
                let _ = writeln!(out, "type alias {} @{}", alias.name.name, at(alias.span));
            }
            Top::Comment(comment) => {
                let _ = writeln!(out, "{}", comment_text(comment));
            }
            Top::BlankLine(_) => out.push_str("blank\n"),
            Top::Error(span) => {
                let _ = writeln!(out, "error {:?} @{}", source.slice(*span), at(*span));
            }
        }
    }
    out
}

fn doc_suffix(doc: &Option<String>) -> String {
    doc.as_ref()
        .map(|d| format!(" doc={d:?}"))
        .unwrap_or_default()
}

fn comment_suffix(comment: &Option<Comment>) -> String {
    comment
        .as_ref()
        .map(|c| format!(" {}", comment_text(c)))
        .unwrap_or_default()
}

fn comment_text(comment: &Comment) -> String {
    let kind = match comment.kind {
        CommentKind::Line => "//",
        CommentKind::Doc => "///",
        CommentKind::Block => "/**/",
    };
    format!("comment{kind} {:?}", comment.text)
}

fn field_type(ty: &FieldType) -> String {
    let base = match &ty.name {
        TypeName::Named(ident) => ident.name.clone(),
        TypeName::Unsupported { sql, .. } => format!("Unsupported({sql:?})"),
    };
    let arity = match ty.arity {
        Arity::Required => "",
        Arity::Optional => "?",
        Arity::List => "[]",
    };
    let legacy = ty
        .legacy
        .map(|l| format!(" (legacy {l:?})"))
        .unwrap_or_default();
    format!("{base}{arity}{legacy}")
}

fn attributes(list: &[Attribute]) -> String {
    list.iter()
        .map(|a| format!(" {}", attribute_text(a)))
        .collect()
}

fn attribute_text(attribute: &Attribute) -> String {
    let marker = if attribute.is_block { "@@" } else { "@" };
    let args = attribute
        .arguments
        .as_ref()
        .map(|list| format!("({})", argument_list(list)))
        .unwrap_or_default();
    format!("{marker}{}{args}", attribute.name.name)
}

fn argument_list(list: &ArgumentList) -> String {
    list.arguments
        .iter()
        .map(|argument| {
            let value = argument.value.as_ref().map(expr).unwrap_or_default();
            match &argument.name {
                Some(name) => format!("{}: {value}", name.name),
                None => value,
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn expr(e: &Expr) -> String {
    match e {
        Expr::String(value, _) => format!("{value:?}"),
        Expr::Number(value, _) | Expr::Constant(value, _) => value.clone(),
        Expr::Function(call) => format!("{}({})", call.name.name, argument_list(&call.arguments)),
        Expr::Array(items, _) => format!(
            "[{}]",
            items.iter().map(expr).collect::<Vec<_>>().join(", ")
        ),
    }
}
