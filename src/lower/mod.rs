//! Validated Prisma schema → the database Prisma would create for it, as an
//! [`ir::Database`]. The rules are Prisma's PostgreSQL rules (see
//! `PRISMA-POSTGRES.md` in the project docs): types, native types, defaults,
//! constraint names with 63-byte truncation, implicit many-to-many tables,
//! `@@schema`, `relationMode`.
//!
//! Lowering records what the schema says; deciding what is equivalent to what
//! the database says is the differ's job.

mod types;

use crate::diagnostics::{SourceMap, Span};
use crate::ir::{
    self, Column, ColumnType, DefaultValue, ForeignKey, Index, IndexColumn, Literal, Origin,
    PrimaryKey, QualifiedName, Table,
};
use crate::schema::{
    DefaultKind, DefaultLiteral, Field, FieldType, IndexField, Model, ModelKind, OperatorClass,
    ParsedSchema, ReferentialAction, RelationKind, RelationMode, ScalarType, Schema, SortOrder,
};
use crate::sql::names;

/// Where objects without `@@schema` live.
#[derive(Debug, Clone)]
pub struct LowerOptions {
    /// The namespace of objects without `@@schema`: the URL's `?schema=`, else `public`.
    pub default_namespace: String,
}

impl Default for LowerOptions {
    fn default() -> Self {
        LowerOptions {
            default_namespace: "public".to_string(),
        }
    }
}

/// The database a parsed schema describes, in the namespace layout a
/// connection gives it (`default_namespace`: the URL's `?schema=`, usually
/// `public`), with the namespaces it covers.
pub fn expected_database(parsed: &ParsedSchema, default_namespace: &str) -> ir::Database {
    let mut db = lower(
        &parsed.schema,
        &parsed.sources,
        &LowerOptions {
            default_namespace: default_namespace.to_string(),
        },
    );
    db.namespaces = namespaces(parsed, default_namespace);
    db
}

/// The namespaces a schema covers: the datasource's `schemas`, else the URL's
/// `?schema=` (`default_namespace`).
pub fn namespaces(parsed: &ParsedSchema, default_namespace: &str) -> Vec<String> {
    let declared: Vec<String> = parsed
        .schema
        .datasource
        .as_ref()
        .map(|d| d.schemas.iter().map(|(s, _)| s.clone()).collect())
        .unwrap_or_default();
    if declared.is_empty() {
        vec![default_namespace.to_string()]
    } else {
        declared
    }
}

/// The database a schema describes.
pub fn lower(schema: &Schema, sources: &SourceMap, options: &LowerOptions) -> ir::Database {
    let lowering = Lowering {
        schema,
        sources,
        options,
    };
    lowering.database()
}

struct Lowering<'a> {
    schema: &'a Schema,
    sources: &'a SourceMap,
    options: &'a LowerOptions,
}

impl Lowering<'_> {
    fn origin(&self, span: Span, model: Option<&str>, field: Option<&str>) -> Option<Origin> {
        let file = self.sources.get(span.file);
        let (line, column) = file.line_column(span.start);
        Some(Origin {
            file: file.path.clone(),
            line,
            column,
            model: model.map(String::from),
            field: field.map(String::from),
        })
    }

    fn namespace(&self, declared: &Option<(String, Span)>) -> String {
        declared
            .as_ref()
            .map(|(name, _)| name.clone())
            .unwrap_or_else(|| self.options.default_namespace.clone())
    }

    fn table_name(&self, model: &Model) -> QualifiedName {
        QualifiedName::new(self.namespace(&model.schema), model.database_name.clone())
    }

    fn database(&self) -> ir::Database {
        let mut db = ir::Database::default();
        let mut namespaces = vec![self.options.default_namespace.clone()];
        if let Some(source) = &self.schema.datasource {
            db.origin = self.origin(source.provider_span, None, None);
            namespaces.extend(source.schemas.iter().map(|(name, _)| name.clone()));
            if self.schema.has_preview_feature("postgresqlExtensions") {
                db.extensions = source
                    .extensions
                    .iter()
                    .map(|e| ir::Extension {
                        name: e.map.clone().unwrap_or_else(|| e.name.clone()),
                        schema: e.schema.clone(),
                        version: e.version.clone(),
                    })
                    .collect();
            }
        }
        db.namespaces = namespaces;

        for def in &self.schema.enums {
            db.enums.push(ir::Enum {
                name: QualifiedName::new(self.namespace(&def.schema), def.database_name.clone()),
                values: def.values.iter().map(|v| v.database_name.clone()).collect(),
                origin: self.origin(def.name_span, Some(&def.name), None),
            });
        }

        // Where each model's table is in `db.tables`, for the foreign keys below.
        let mut table_of_model = vec![None; self.schema.models.len()];
        for (index, model) in self.schema.models.iter().enumerate() {
            match model.kind {
                ModelKind::View => db.views.push(ir::View {
                    name: self.table_name(model),
                    materialized: false,
                    definition: None,
                    columns: model
                        .fields
                        .iter()
                        .filter_map(|field| self.column(model, field))
                        .collect(),
                    comment: None,
                    catalog_position: 0,
                    origin: self.origin(model.name_span, Some(&model.name), None),
                }),
                ModelKind::Model => {
                    table_of_model[index] = Some(db.tables.len());
                    db.tables.push(self.table(model));
                }
            }
        }
        for relation in &self.schema.relations {
            match relation.kind {
                RelationKind::ManyToMany => {
                    if let Some(table) = self.join_table(relation) {
                        db.tables.push(table);
                    }
                }
                RelationKind::OneToOne | RelationKind::OneToMany => {
                    if self.schema.relation_mode() == RelationMode::Prisma {
                        continue;
                    }
                    let model = self.schema.model(relation.model_a);
                    if model.kind == ModelKind::View
                        || self.schema.model(relation.model_b).kind == ModelKind::View
                    {
                        continue;
                    }
                    let Some(fk) =
                        self.foreign_key(relation.model_a, relation.field_a, relation.model_b)
                    else {
                        continue;
                    };
                    let table =
                        table_of_model[relation.model_a.0].and_then(|i| db.tables.get_mut(i));
                    if let Some(table) = table {
                        table.foreign_keys.push(fk);
                    }
                }
            }
        }
        db.normalize();
        db
    }

    fn table(&self, model: &Model) -> Table {
        let mut table = Table::new(self.table_name(model));
        table.origin = self.origin(model.name_span, Some(&model.name), None);
        let table_name = model.database_name.as_str();
        for field in &model.fields {
            if let Some(column) = self.column(model, field) {
                table.columns.push(column);
            }
        }
        let column_names = |fields: &[IndexField]| -> Vec<String> {
            fields
                .iter()
                .map(|f| model.field(f.field).database_name.clone())
                .collect()
        };
        if let Some(pk) = &model.primary_key {
            let columns = column_names(&pk.fields);
            table.primary_key = Some(PrimaryKey {
                name: pk
                    .map
                    .clone()
                    .unwrap_or_else(|| names::primary_key(table_name)),
                columns,
                origin: self.origin(pk.span, Some(&model.name), None),
            });
        }
        for unique in &model.unique_constraints {
            let columns = column_names(&unique.fields);
            let refs: Vec<&str> = columns.iter().map(String::as_str).collect();
            let name = unique
                .map
                .clone()
                .unwrap_or_else(|| names::unique_index(table_name, &refs));
            let mut index = Index::new(name, self.index_columns(model, &unique.fields), true);
            index.predicate = unique.predicate.clone();
            index.origin = self.origin(unique.span, Some(&model.name), None);
            table.indexes.push(index);
        }
        for def in &model.indexes {
            let columns = column_names(&def.fields);
            let refs: Vec<&str> = columns.iter().map(String::as_str).collect();
            // On `@@index`, the legacy `name:` is the database name too.
            let name = def
                .map
                .clone()
                .or_else(|| def.name.clone())
                .unwrap_or_else(|| names::index(table_name, &refs));
            let mut index = Index::new(name, self.index_columns(model, &def.fields), false);
            if let Some(index_type) = def.index_type {
                index.method = index_type.method().to_string();
            }
            index.predicate = def.predicate.clone();
            index.origin = self.origin(def.span, Some(&model.name), None);
            table.indexes.push(index);
        }
        table
    }

    fn index_columns(&self, model: &Model, fields: &[IndexField]) -> Vec<IndexColumn> {
        fields
            .iter()
            .map(|f| {
                let mut column = IndexColumn::column(model.field(f.field).database_name.clone());
                if f.sort == Some(SortOrder::Desc) {
                    column.sort = ir::SortOrder::Desc;
                }
                column.opclass = f.operator_class.as_ref().map(|class| match class {
                    OperatorClass::Named(name) => operator_class_sql(name),
                    OperatorClass::Raw(raw) => raw.clone(),
                });
                column
            })
            .collect()
    }

    fn column(&self, model: &Model, field: &Field) -> Option<Column> {
        let ty = self.column_type(field)?;
        Some(Column {
            name: field.database_name.clone(),
            ty,
            nullable: field.is_optional() || field.is_list(),
            default: field
                .default
                .as_ref()
                .and_then(|d| self.default(model, field, &d.value)),
            collation: None,
            comment: None,
            default_text: None,
            origin: self.origin(field.span, Some(&model.name), Some(&field.name)),
        })
    }

    fn column_type(&self, field: &Field) -> Option<ColumnType> {
        let base = match &field.field_type {
            FieldType::Scalar(scalar) => match &field.native_type {
                Some(native) => types::native_column_type(native),
                None => types::default_column_type(*scalar),
            },
            FieldType::Enum(id) => {
                let def = self.schema.enum_def(*id);
                ColumnType::enumeration(QualifiedName::new(
                    self.namespace(&def.schema),
                    def.database_name.clone(),
                ))
            }
            FieldType::Unsupported(sql) => ColumnType::other(sql.clone()),
            FieldType::Composite(_) | FieldType::Model(_) => return None,
        };
        Some(base.into_array(field.is_list()))
    }

    fn default(&self, model: &Model, field: &Field, value: &DefaultKind) -> Option<DefaultValue> {
        Some(match value {
            DefaultKind::Autoincrement | DefaultKind::Sequence => DefaultValue::Sequence(format!(
                "{}_{}_seq",
                model.database_name, field.database_name
            )),
            DefaultKind::Now => DefaultValue::Now,
            // Filled in by the client, never by the database.
            DefaultKind::Uuid | DefaultKind::Cuid | DefaultKind::Nanoid | DefaultKind::Ulid => {
                return None
            }
            DefaultKind::DbGenerated(None) => DefaultValue::Unspecified,
            DefaultKind::DbGenerated(Some(sql)) => DefaultValue::from_sql(sql),
            DefaultKind::Value(literal) => DefaultValue::Literal(self.literal(field, literal)),
        })
    }

    fn literal(&self, field: &Field, literal: &DefaultLiteral) -> Literal {
        match literal {
            // Bytes defaults are base64 in the schema; PostgreSQL keeps the bytes (`\x…`).
            DefaultLiteral::String(text)
                if matches!(field.field_type, FieldType::Scalar(ScalarType::Bytes)) =>
            {
                Literal::String(bytea_hex(text).unwrap_or_else(|| text.clone()))
            }
            DefaultLiteral::String(text) => Literal::String(text.clone()),
            DefaultLiteral::Number(number) => Literal::Number(number.clone()),
            DefaultLiteral::Boolean(value) => Literal::Bool(*value),
            DefaultLiteral::EnumValue(name) => {
                let database_name = match &field.field_type {
                    FieldType::Enum(id) => self
                        .schema
                        .enum_def(*id)
                        .values
                        .iter()
                        .find(|v| &v.name == name)
                        .map(|v| v.database_name.clone()),
                    _ => None,
                };
                Literal::String(database_name.unwrap_or_else(|| name.clone()))
            }
            DefaultLiteral::List(items) => {
                Literal::Array(items.iter().map(|i| self.literal(field, i)).collect())
            }
        }
    }

    fn foreign_key(
        &self,
        model_id: crate::schema::ModelId,
        field_id: crate::schema::FieldId,
        target_id: crate::schema::ModelId,
    ) -> Option<ForeignKey> {
        let model = self.schema.model(model_id);
        let field = model.field(field_id);
        let relation = field.relation.as_ref()?;
        let target = self.schema.model(target_id);
        if relation.fields.is_empty() {
            return None;
        }
        let columns: Vec<String> = relation
            .fields
            .iter()
            .map(|f| model.field(*f).database_name.clone())
            .collect();
        let refs: Vec<&str> = columns.iter().map(String::as_str).collect();
        let referenced_columns = relation
            .references
            .iter()
            .map(|f| target.field(*f).database_name.clone())
            .collect();
        // Prisma's defaults: deletes are restricted when any foreign key column
        // is required, else the foreign key is nulled; updates cascade.
        let any_required = relation
            .fields
            .iter()
            .any(|f| !model.field(*f).is_optional());
        let on_delete = relation.on_delete.unwrap_or(if any_required {
            ReferentialAction::Restrict
        } else {
            ReferentialAction::SetNull
        });
        let on_update = relation.on_update.unwrap_or(ReferentialAction::Cascade);
        Some(ForeignKey {
            name: relation
                .map
                .clone()
                .unwrap_or_else(|| names::foreign_key(&model.database_name, &refs)),
            columns,
            referenced_table: self.table_name(target),
            referenced_columns,
            on_delete: action(on_delete),
            on_update: action(on_update),
            deferrable: false,
            initially_deferred: false,
            validated: true,
            enforced: true,
            origin: self.origin(
                relation.span.unwrap_or(field.span),
                Some(&model.name),
                Some(&field.name),
            ),
        })
    }

    /// The join table of an implicit many-to-many relation: `_Name(A, B)`.
    fn join_table(&self, relation: &crate::schema::Relation) -> Option<Table> {
        let model_a = self.schema.model(relation.model_a);
        let model_b = self.schema.model(relation.model_b);
        let id_a = single_id(model_a)?;
        let id_b = single_id(model_b)?;
        // Prisma names the table, its key, index and foreign keys from the whole
        // relation name, each cut to 63 bytes before its suffix.
        let name = format!("_{}", relation.name);
        let mut table = Table::new(QualifiedName::new(
            self.namespace(&model_a.schema),
            names::truncate_identifier(&name).to_string(),
        ));
        let field_a = model_a.field(relation.field_a);
        table.origin = self.origin(field_a.span, Some(&model_a.name), Some(&field_a.name));
        for (column, id_field) in [("A", id_a), ("B", id_b)] {
            let ty = self.column_type(id_field)?.into_array(false);
            table.columns.push(Column {
                name: column.to_string(),
                ty,
                nullable: false,
                default: None,
                collation: None,
                comment: None,
                default_text: None,
                origin: table.origin.clone(),
            });
        }
        table.primary_key = Some(PrimaryKey {
            name: names::with_suffix(name.clone(), "_AB_pkey"),
            columns: vec!["A".into(), "B".into()],
            origin: table.origin.clone(),
        });
        let mut index = Index::new(
            names::with_suffix(name.clone(), "_B_index"),
            vec![IndexColumn::column("B")],
            false,
        );
        index.origin = table.origin.clone();
        table.indexes.push(index);
        if self.schema.relation_mode() == RelationMode::ForeignKeys {
            for (column, target, id_field) in [("A", model_a, id_a), ("B", model_b, id_b)] {
                table.foreign_keys.push(ForeignKey {
                    name: names::with_suffix(name.clone(), &format!("_{column}_fkey")),
                    columns: vec![column.to_string()],
                    referenced_table: self.table_name(target),
                    referenced_columns: vec![id_field.database_name.clone()],
                    on_delete: ir::ReferentialAction::Cascade,
                    on_update: ir::ReferentialAction::Cascade,
                    deferrable: false,
                    initially_deferred: false,
                    validated: true,
                    enforced: true,
                    origin: table.origin.clone(),
                });
            }
        }
        Some(table)
    }
}

/// A base64 `Bytes` default as PostgreSQL prints a `bytea` (`\x68656c6c6f`);
/// `None` when it is not base64.
fn bytea_hex(base64_text: &str) -> Option<String> {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(base64_text)
        .ok()?;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Some(format!("\\x{hex}"))
}

/// The single-field primary key of a model, which a join table refers to.
fn single_id(model: &Model) -> Option<&Field> {
    match model.primary_key.as_ref()?.fields.as_slice() {
        [only] => Some(model.field(only.field)),
        _ => None,
    }
}

fn action(action: ReferentialAction) -> ir::ReferentialAction {
    match action {
        ReferentialAction::Cascade => ir::ReferentialAction::Cascade,
        ReferentialAction::Restrict => ir::ReferentialAction::Restrict,
        ReferentialAction::NoAction => ir::ReferentialAction::NoAction,
        ReferentialAction::SetNull => ir::ReferentialAction::SetNull,
        ReferentialAction::SetDefault => ir::ReferentialAction::SetDefault,
    }
}

/// Prisma's operator class names → PostgreSQL's (`JsonbPathOps` → `jsonb_path_ops`,
/// `TimestampTzMinMaxMultiOps` → `timestamptz_minmax_multi_ops`).
pub fn operator_class_sql(name: &str) -> String {
    let base = name.strip_suffix("Ops").unwrap_or(name);
    let mut out = String::new();
    // Words Prisma writes in camel case but PostgreSQL as one word.
    let base = base
        .replace("TimestampTz", "Timestamptz")
        .replace("TimeTz", "Timetz")
        .replace("VarBit", "Varbit")
        .replace("MinMax", "Minmax");
    for (i, ch) in base.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(ch.to_ascii_lowercase());
    }
    out.push_str("_ops");
    out
}

#[cfg(test)]
mod tests {
    use super::operator_class_sql;

    #[test]
    fn operator_class_names() {
        assert_eq!(operator_class_sql("JsonbPathOps"), "jsonb_path_ops");
        assert_eq!(operator_class_sql("InetOps"), "inet_ops");
        assert_eq!(
            operator_class_sql("TimestampTzMinMaxMultiOps"),
            "timestamptz_minmax_multi_ops"
        );
        assert_eq!(operator_class_sql("VarBitMinMaxOps"), "varbit_minmax_ops");
        assert_eq!(operator_class_sql("Int4BloomOps"), "int4_bloom_ops");
    }
}
