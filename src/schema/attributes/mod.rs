//! Attributes: one file per field attribute (`field/`) and per block
//! attribute (`block/`), and here what they share: reading arguments
//! (positional and named; unknown, missing and repeated arguments; value
//! kinds), repeated and unknown attributes.

pub(super) mod block;
pub(super) mod field;
mod index_fields;

use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics, Span};
use crate::syntax::{Argument, Attribute, Expr};

use super::config::type_mismatch;

/// The arguments of one attribute, consumed by name. Whatever is left when
/// [`Args::finish`] runs is reported as unknown.
pub(super) struct Args<'a> {
    attribute: &'a Attribute,
    /// (name, value, argument span, consumed)
    items: Vec<(Option<&'a str>, Option<&'a Expr>, Span, bool)>,
}

impl<'a> Args<'a> {
    pub fn new(attribute: &'a Attribute, diagnostics: &mut Diagnostics) -> Self {
        let mut items = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for Argument { name, value, span } in attribute.arguments() {
            let name = name.as_ref().map(|n| n.name.as_str());
            if let Some(n) = name {
                if seen.contains(&n) {
                    diagnostics.error(
                        DiagnosticCode::DuplicateArgument,
                        *span,
                        format!("Argument \"{n}\" is already specified."),
                    );
                    continue;
                }
                seen.push(n);
            }
            if name.is_some() && value.is_none() {
                diagnostics.error(
                    DiagnosticCode::MissingArgumentValue,
                    *span,
                    format!(
                        "The argument \"{}\" of attribute {} has no value.",
                        name.unwrap_or_default(),
                        display_name(attribute)
                    ),
                );
                continue;
            }
            items.push((name, value.as_ref(), *span, false));
        }
        Args { attribute, items }
    }

    /// The argument named `name`, or (if `positional`) the first unnamed one.
    pub fn take(&mut self, name: &str, positional: bool) -> Option<&'a Expr> {
        if let Some(item) = self
            .items
            .iter_mut()
            .find(|item| !item.3 && item.0 == Some(name))
        {
            item.3 = true;
            return item.1;
        }
        if positional {
            if let Some(item) = self
                .items
                .iter_mut()
                .find(|item| !item.3 && item.0.is_none())
            {
                item.3 = true;
                return item.1;
            }
        }
        None
    }

    /// Like [`Args::take`], reporting `Argument "name" is missing.` when absent.
    pub fn require(
        &mut self,
        name: &str,
        positional: bool,
        diagnostics: &mut Diagnostics,
    ) -> Option<&'a Expr> {
        let value = self.take(name, positional);
        if value.is_none() {
            diagnostics.error(
                DiagnosticCode::MissingArgument,
                self.attribute.span,
                format!("Argument \"{name}\" is missing."),
            );
        }
        value
    }

    /// Reports every argument nobody asked for.
    pub fn finish(self, diagnostics: &mut Diagnostics) {
        for (name, value, span, consumed) in self.items {
            if consumed {
                continue;
            }
            match name {
                Some(name) => diagnostics.error(
                    DiagnosticCode::UnknownArgument,
                    span,
                    format!(
                        "No such argument \"{name}\" for attribute {}.",
                        display_name(self.attribute)
                    ),
                ),
                None => diagnostics.error(
                    DiagnosticCode::UnknownArgument,
                    value.map(Expr::span).unwrap_or(span),
                    format!(
                        "Attribute {} takes no more unnamed arguments.",
                        display_name(self.attribute)
                    ),
                ),
            }
        }
    }
}

pub(super) fn display_name(attribute: &Attribute) -> String {
    format!("\"{}\"", marked_name(attribute))
}

/// The attribute's name as written: `@id`, `@@index`.
fn marked_name(attribute: &Attribute) -> String {
    let marker = if attribute.is_block { "@@" } else { "@" };
    format!("{marker}{}", attribute.name.name)
}

/// A string argument, or a type error.
pub(super) fn string<'a>(value: &'a Expr, diagnostics: &mut Diagnostics) -> Option<&'a str> {
    match value {
        Expr::String(text, _) => Some(text),
        other => {
            diagnostics.push(type_mismatch("a string", other));
            None
        }
    }
}

/// A constant argument (`Desc`, `Cascade`, `true`), or a type error.
pub(super) fn constant<'a>(value: &'a Expr, diagnostics: &mut Diagnostics) -> Option<&'a str> {
    match value {
        Expr::Constant(text, _) => Some(text),
        other => {
            diagnostics.push(type_mismatch("a constant", other));
            None
        }
    }
}

pub(super) fn boolean(value: &Expr, diagnostics: &mut Diagnostics) -> Option<bool> {
    match value {
        Expr::Constant(text, _) if text == "true" => Some(true),
        Expr::Constant(text, _) if text == "false" => Some(false),
        other => {
            diagnostics.push(type_mismatch("a boolean", other));
            None
        }
    }
}

/// A non-negative integer (`length:`, native type arguments).
pub(super) fn unsigned(value: &Expr, diagnostics: &mut Diagnostics) -> Option<u32> {
    match value {
        Expr::Number(text, span) => match text.parse::<i64>() {
            Ok(n) if n >= 0 && n <= u32::MAX as i64 => Some(n as u32),
            Ok(n) if n < 0 => {
                diagnostics.error(
                    DiagnosticCode::InvalidValue,
                    *span,
                    format!("Expected a nonnegative integer, but found ({n})."),
                );
                None
            }
            _ => {
                diagnostics.push(type_mismatch("a numeric", value));
                None
            }
        },
        other => {
            diagnostics.push(type_mismatch("a numeric", other));
            None
        }
    }
}

/// The error Prisma gives when an attribute's arguments do not validate.
pub(super) fn attribute_error(attribute: &Attribute, message: impl AsRef<str>) -> Diagnostic {
    Diagnostic::attribute_error(
        DiagnosticCode::InvalidAttribute,
        attribute.span,
        &marked_name(attribute),
        message.as_ref(),
    )
}

/// `@map("name")`, `@@map("name")`: the database name, unless invalid.
pub(super) fn map_name(attribute: &Attribute, diagnostics: &mut Diagnostics) -> Option<String> {
    let mut args = Args::new(attribute, diagnostics);
    let value = args.require("name", true, diagnostics);
    args.finish(diagnostics);
    let name = string(value?, diagnostics)?;
    if name.is_empty() {
        diagnostics.push(attribute_error(attribute, "The name cannot be empty."));
        return None;
    }
    Some(name.to_string())
}

/// Reports every attribute given more than once, except the `repeatable` ones.
pub(super) fn check_duplicate_attributes<'a>(
    attributes: impl Iterator<Item = &'a Attribute>,
    repeatable: &[&str],
    diagnostics: &mut Diagnostics,
) {
    let attributes: Vec<&Attribute> = attributes
        .filter(|a| !repeatable.contains(&a.name.name.as_str()))
        .collect();
    for attribute in &attributes {
        let count = attributes
            .iter()
            .filter(|other| other.name.name == attribute.name.name)
            .count();
        if count > 1 {
            // Prisma names block attributes with a single `@` here.
            diagnostics.error(
                DiagnosticCode::DuplicateAttribute,
                attribute.span,
                format!(
                    "Attribute \"@{}\" can only be defined once.",
                    attribute.name.name
                ),
            );
        }
    }
}

pub(super) fn unknown_attribute(attribute: &Attribute, diagnostics: &mut Diagnostics) {
    diagnostics.error(
        DiagnosticCode::UnknownAttribute,
        attribute.name.span,
        format!("Attribute not known: {}.", display_name(attribute)),
    );
}

/// `@shardKey` / `@@shardKey`: PlanetScale only.
fn shard_key(attribute: &Attribute, diagnostics: &mut Diagnostics) {
    diagnostics.push(attribute_error(
        attribute,
        "Shard keys are only supported by PlanetScale (MySQL).",
    ));
}

/// `Args::take` of a string argument, as an owned name.
fn take_string(args: &mut Args<'_>, name: &str, diagnostics: &mut Diagnostics) -> Option<String> {
    args.take(name, false)
        .and_then(|v| string(v, diagnostics))
        .map(String::from)
}

/// An attribute that takes no arguments: reports any it is given.
fn no_arguments(attribute: &Attribute, diagnostics: &mut Diagnostics) {
    Args::new(attribute, diagnostics).finish(diagnostics);
}
