//! The warnings Prisma prints after introspecting, in its order and words.

use std::collections::BTreeSet;

/// Warnings collected while rendering, grouped as Prisma groups them.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Warnings {
    /// Fields commented out: (model, field).
    pub fields_with_empty_names: Vec<(String, String)>,
    /// View fields commented out: (view, field).
    pub view_fields_with_empty_names: Vec<(String, String)>,
    /// Fields whose `@map` came from the existing schema: (model, field).
    pub remapped_fields: Vec<(String, String)>,
    /// View fields whose `@map` came from the existing schema: (view, field).
    pub remapped_view_fields: Vec<(String, String)>,
    /// Enum values commented out: (enum, value).
    pub enum_values_with_empty_names: Vec<(String, String)>,
    /// Models without columns.
    pub models_without_columns: Vec<String>,
    /// Models without a usable identifier.
    pub models_without_identifiers: Vec<String>,
    /// Models whose compound id name came from the existing schema.
    pub reintrospected_id_names: Vec<String>,
    /// Unsupported types: (model, field, type).
    pub unsupported_types: Vec<(String, String, String)>,
    /// Unsupported types in views: (view, field, type).
    pub unsupported_view_types: Vec<(String, String, String)>,
    /// Models whose `@@map` came from the existing schema.
    pub remapped_models: Vec<String>,
    /// Views whose existing block has `@@map`.
    pub remapped_views: Vec<String>,
    /// Enum values whose `@map` came from the existing schema: (enum, value).
    pub remapped_values: Vec<(String, String)>,
    /// Enums whose `@@map` came from the existing schema.
    pub remapped_enums: Vec<String>,
    /// Relations copied from the existing schema: the related models.
    pub reintrospected_relations: Vec<String>,
    /// Renamed duplicates: (type word, name).
    pub duplicate_names: Vec<(&'static str, String)>,
    /// Partitioned tables.
    pub partition_tables: Vec<String>,
    /// Tables other tables inherit from.
    pub inherited_tables: Vec<String>,
    /// Tables with row-level security.
    pub row_level_security: Vec<String>,
    /// Exclusion constraints: (model, constraint).
    pub exclusion_constraints: Vec<(String, String)>,
    /// Index columns with a non-default null order: (index, column).
    pub non_default_null_order: Vec<(String, String)>,
    /// CHECK constraints: (model, constraint).
    pub check_constraints: Vec<(String, String)>,
    /// Deferrable constraints: (model, constraint).
    pub non_default_deferring: Vec<(String, String)>,
    /// Objects with comments: (type word, name).
    pub objects_with_comments: Vec<(&'static str, String)>,
    /// Expression indexes: (model, index).
    pub expression_indexes: Vec<(String, String)>,
}

impl Warnings {
    /// Whether there is nothing to say.
    pub fn is_empty(&self) -> bool {
        *self == Warnings::default()
    }

    /// Prisma's warning text (`*** WARNING ***` and the sections), or an empty
    /// string when there are none.
    pub fn render(&self) -> String {
        self.render_escaped(&|text| text.to_string())
    }

    /// [`Warnings::render`] with every name passed through `escape` first: the
    /// names come from the database, whose owner may have put a newline or an
    /// ESC sequence in them, and the CLI shows them on a terminal.
    pub fn render_escaped(&self, escape: &dyn Fn(&str) -> String) -> String {
        if self.is_empty() {
            return String::new();
        }
        let e = escape;
        let mut out = String::from("*** WARNING ***\n");
        let model_field = |(model, field): &(String, String)| {
            format!("Model: \"{}\", field: \"{}\"", e(model), e(field))
        };
        let view_field = |(view, field): &(String, String)| {
            format!("View: \"{}\", field: \"{}\"", e(view), e(field))
        };
        let unsupported = |word: &'static str| {
            move |(item, field, ty): &(String, String, String)| {
                format!(
                    "{word}: \"{}\", field: \"{}\", original data type: \"{}\"",
                    e(item),
                    e(field),
                    e(ty)
                )
            }
        };
        let model = |name: &String| format!("\"{}\"", e(name));
        let enum_value = |(item, value): &(String, String)| {
            format!("Enum: \"{}\", value: \"{}\"", e(item), e(value))
        };
        let nameless = "These fields were commented out because their names are currently not supported by Prisma. Please provide valid ones that match [a-zA-Z][a-zA-Z0-9_]* using the `@map` attribute:";
        grouped(
            &mut out,
            nameless,
            "Model",
            &self.fields_with_empty_names,
            e,
        );
        grouped(
            &mut out,
            nameless,
            "View",
            &self.view_fields_with_empty_names,
            e,
        );
        let remapped = "These fields were enriched with `@map` information taken from the previous Prisma schema:";
        section(&mut out, remapped, &self.remapped_fields, model_field);
        section(&mut out, remapped, &self.remapped_view_fields, view_field);
        section(&mut out, "These enum values were commented out because their names are currently not supported by Prisma. Please provide valid ones that match [a-zA-Z][a-zA-Z0-9_]* using the `@map` attribute:", &self.enum_values_with_empty_names, enum_value);
        section(&mut out, "The following models were commented out as we could not retrieve columns for them. Please check your privileges:", &self.models_without_columns, model);
        section(&mut out, "The following models were ignored as they do not have a valid unique identifier or id. This is currently not supported by Prisma Client:", &self.models_without_identifiers, model);
        section(&mut out, "These models were enriched with custom compound id names taken from the previous Prisma schema:", &self.reintrospected_id_names, model);
        let unsupported_heading = "These fields are not supported by Prisma Client, because Prisma currently does not support their types:";
        section(
            &mut out,
            unsupported_heading,
            &self.unsupported_types,
            unsupported("Model"),
        );
        section(
            &mut out,
            unsupported_heading,
            &self.unsupported_view_types,
            unsupported("View"),
        );
        section(&mut out, "These models were enriched with `@@map` information taken from the previous Prisma schema:", &self.remapped_models, model);
        section(&mut out, "These views were enriched with `@@map` information taken from the previous Prisma schema:", &self.remapped_views, model);
        section(&mut out, "These enum values were enriched with `@map` information taken from the previous Prisma schema:", &self.remapped_values, enum_value);
        section(&mut out, "These enums were enriched with `@@map` information taken from the previous Prisma schema:", &self.remapped_enums, model);
        self.render_table_sections(&mut out, e);
        out
    }

    /// The sections from copied relations on: what the tables hold that Prisma
    /// cannot express.
    fn render_table_sections(&self, out: &mut String, e: &dyn Fn(&str) -> String) {
        let model = |name: &String| format!("\"{}\"", e(name));
        let constraint = |(model, name): &(String, String)| {
            format!("Model: \"{}\", constraint: \"{}\"", e(model), e(name))
        };
        let object =
            |(kind, name): &(&str, String)| format!("Type: \"{kind}\", name: \"{}\"", e(name));
        section(out, "Relations were copied from the previous data model due to not using foreign keys in the database. If any of the relation columns changed in the database, the relations might not be correct anymore:", &self.reintrospected_relations, model);
        section(
            out,
            "These items were renamed due to their names being duplicates in the Prisma schema:",
            &self.duplicate_names,
            object,
        );
        section(
            out,
            "These tables are partition tables, which are not yet fully supported:",
            &self.partition_tables,
            model,
        );
        section(
            out,
            "These tables are inherited tables, which are not yet fully supported:",
            &self.inherited_tables,
            model,
        );
        section(
            out,
            "These index columns are having a non-default null sort order, which is not yet fully supported. Read more: https://pris.ly/d/non-default-index-null-ordering",
            &self.non_default_null_order,
            |(index, column): &(String, String)| {
                format!("Index: \"{}\", column: \"{}\"", e(index), e(column))
            },
        );
        section(out, "These tables contain row level security, which is not yet fully supported. Read more: https://pris.ly/d/row-level-security", &self.row_level_security, model);
        section(out, "These constraints are not supported by Prisma Client, because Prisma currently does not fully support check constraints. Read more: https://pris.ly/d/check-constraints", &self.check_constraints, constraint);
        section(out, "These constraints are not supported by Prisma Client, because Prisma currently does not fully support exclusion constraints. Read more: https://pris.ly/d/exclusion-constraints", &self.exclusion_constraints, constraint);
        section(out, "These primary key, foreign key or unique constraints are using non-default deferring in the database, which is not yet fully supported. Read more: https://pris.ly/d/constraint-deferring", &self.non_default_deferring, constraint);
        section(out, "These objects have comments defined in the database, which is not yet fully supported. Read more: https://pris.ly/d/database-comments", &self.objects_with_comments, object);
        section(out, "These indexes are not supported by Prisma Client, because Prisma currently does not fully support expression indexes. Read more: https://pris.ly/d/expression-indexes", &self.expression_indexes, constraint);
    }
}

fn section<T>(out: &mut String, message: &str, items: &[T], show: impl Fn(&T) -> String) {
    if items.is_empty() {
        return;
    }
    out.push('\n');
    out.push_str(message);
    out.push('\n');
    for item in items {
        out.push_str("  - ");
        out.push_str(&show(item));
        out.push('\n');
    }
}

/// Items grouped by model (or view): `  - Model: "M", field(s): ["a", "b"]`.
fn grouped(
    out: &mut String,
    message: &str,
    word: &str,
    items: &[(String, String)],
    escape: &dyn Fn(&str) -> String,
) {
    if items.is_empty() {
        return;
    }
    out.push('\n');
    out.push_str(message);
    out.push('\n');
    let sorted: BTreeSet<&(String, String)> = items.iter().collect();
    let mut current: Option<&str> = None;
    let mut fields: Vec<String> = Vec::new();
    let flush = |out: &mut String, model: Option<&str>, fields: &mut Vec<String>| {
        if let Some(model) = model {
            out.push_str(&format!(
                "  - {word}: \"{}\", field(s): [{}]\n",
                escape(model),
                fields.join(", ")
            ));
        }
        fields.clear();
    };
    for (model, field) in sorted {
        if current != Some(model.as_str()) {
            flush(out, current, &mut fields);
            current = Some(model.as_str());
        }
        fields.push(format!("\"{}\"", escape(field)));
    }
    flush(out, current, &mut fields);
}
