//! `@db.Type(args)` (the datasource's name before the dot): the column's
//! PostgreSQL type, checked against the field's scalar type.

use crate::diagnostics::{DiagnosticCode, Diagnostics};
use crate::schema::attributes::unsigned;
use crate::schema::native_types::{self, NativeTypeSpec};
use crate::schema::{Field, FieldType, NativeType};
use crate::syntax::Attribute;

/// `name` is the type after the datasource prefix.
pub(super) fn apply(
    field: &mut Field,
    attribute: &Attribute,
    name: &str,
    diagnostics: &mut Diagnostics,
) {
    let Some(spec) = native_types::find(name) else {
        diagnostics.error(
            DiagnosticCode::UnknownNativeType,
            attribute.name.span,
            format!("Native type {name} is not supported for postgresql connector."),
        );
        return;
    };
    if !fits_field_type(field, spec, attribute, diagnostics) {
        return;
    }
    let mut args = Vec::new();
    for argument in attribute.arguments() {
        if let Some(value) = &argument.value {
            let Some(n) = unsigned(value, diagnostics) else {
                return;
            };
            args.push(n);
        }
    }
    if !arguments_fit(spec, &args, attribute, diagnostics) {
        return;
    }
    // The first native type attribute counts; a repeated one is reported elsewhere.
    if field.native_type.is_some() {
        return;
    }
    field.native_type = Some(NativeType {
        name: name.to_string(),
        args,
        span: attribute.span,
    });
}

fn fits_field_type(
    field: &Field,
    spec: &NativeTypeSpec,
    attribute: &Attribute,
    diagnostics: &mut Diagnostics,
) -> bool {
    let message = match field.field_type {
        FieldType::Scalar(scalar) if scalar == spec.scalar => return true,
        FieldType::Scalar(scalar) => format!(
            "Native type {} is not compatible with declared field type {}, expected field type {}.",
            spec.name,
            scalar.name(),
            spec.scalar.name()
        ),
        _ => format!(
            "Native types can only be used on scalar fields; `{}` is not one.",
            field.name
        ),
    };
    diagnostics.error(
        DiagnosticCode::IncompatibleNativeType,
        attribute.span,
        message,
    );
    false
}

/// The number of arguments must match; precision and scale must make sense.
/// Only a wrong number makes the type unusable.
fn arguments_fit(
    spec: &NativeTypeSpec,
    args: &[u32],
    attribute: &Attribute,
    diagnostics: &mut Diagnostics,
) -> bool {
    let name = spec.name;
    if !args.is_empty() && args.len() != spec.arity {
        diagnostics.error(
            DiagnosticCode::InvalidNativeTypeArguments,
            attribute.span,
            format!(
                "Native type {name} takes {} optional arguments, but received {}.",
                spec.arity,
                args.len()
            ),
        );
        return false;
    }
    if name == "Decimal" && args.len() == 2 && args[1] > args[0] {
        diagnostics.error(
            DiagnosticCode::InvalidNativeTypeArguments,
            attribute.span,
            format!(
                "The scale of Decimal({}, {}) must not be larger than its precision.",
                args[0], args[1]
            ),
        );
    }
    if matches!(name, "Timestamp" | "Timestamptz" | "Time" | "Timetz")
        && args.first().is_some_and(|p| *p > 6)
    {
        diagnostics.error(
            DiagnosticCode::InvalidNativeTypeArguments,
            attribute.span,
            format!(
                "Argument M is out of range for native type `{name}`: M can range from 0 to 6."
            ),
        );
    }
    true
}
