//! Name resolution and attribute validation: syntax trees → [`Schema`].

use std::collections::HashMap;

use super::attributes::{self, attribute_error, display_name, Args};
use super::config;
use super::native_types;
use super::relations;
use super::*;
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics, SourceMap, Span};
use crate::syntax::{self, Arity, Block, BlockKind, Expr, LegacyType, Top, TypeName};

/// What a top-level name refers to.
#[derive(Debug, Clone, Copy)]
enum TopName {
    Model(ModelId),
    Enum(EnumId),
    Composite(CompositeId),
}

pub(super) fn analyze(
    files: &[syntax::SchemaFile],
    sources: &SourceMap,
    diagnostics: &mut Diagnostics,
) -> Schema {
    let _ = sources;
    let mut schema = Schema::default();
    let mut names: HashMap<String, (TopName, BlockKind)> = HashMap::new();

    // Pass 1: declare every top-level name, so fields can refer to blocks
    // declared later or in other files.
    let mut model_blocks: Vec<&Block> = Vec::new();
    let mut composite_blocks: Vec<&Block> = Vec::new();
    let mut enum_blocks: Vec<&Block> = Vec::new();
    for file in files {
        for item in &file.items {
            match item {
                Top::Block(block) => match block.kind {
                    BlockKind::Datasource => {
                        if schema.datasource.is_some() {
                            diagnostics.error(
                                DiagnosticCode::DuplicateDatasource,
                                block.header_span,
                                "You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.",
                            );
                        } else {
                            schema.datasource = Some(config::datasource(block, diagnostics));
                        }
                    }
                    BlockKind::Generator => {
                        if schema.generators.iter().any(|g| g.name == block.name.name) {
                            diagnostics.error(
                                DiagnosticCode::DuplicateGenerator,
                                block.name.span,
                                format!("The generator \"{}\" cannot be defined because a generator with that name already exists.", block.name.name),
                            );
                        } else {
                            schema.generators.push(config::generator(block, diagnostics));
                        }
                    }
                    kind => {
                        if !declare(&mut names, block, diagnostics) {
                            continue;
                        }
                        let id = match kind {
                            BlockKind::Model | BlockKind::View => {
                                model_blocks.push(block);
                                TopName::Model(ModelId(model_blocks.len() - 1))
                            }
                            BlockKind::Type => {
                                composite_blocks.push(block);
                                TopName::Composite(CompositeId(composite_blocks.len() - 1))
                            }
                            _ => {
                                enum_blocks.push(block);
                                TopName::Enum(EnumId(enum_blocks.len() - 1))
                            }
                        };
                        names.insert(block.name.name.clone(), (id, kind));
                    }
                },
                Top::TypeAlias(alias) => diagnostics.push(
                    Diagnostic::error(
                        DiagnosticCode::LegacyTypeAlias,
                        alias.span,
                        "Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types",
                    )
                    .with_help("Type aliases (`type Name = Base`) were removed from Prisma; declare the field's type directly."),
                ),
                _ => {}
            }
        }
    }

    config::check_preview_features(
        &schema.generators,
        schema.datasource.as_ref().map(|d| d.provider.as_str()),
        diagnostics,
    );
    check_datasource(&schema, diagnostics);

    let ctx = Context {
        names: &names,
        views_enabled: schema.has_preview_feature("views"),
        partial_indexes: schema.has_preview_feature("partialIndexes"),
        native_prefix: schema
            .datasource
            .as_ref()
            .map(|d| d.name.clone())
            .unwrap_or_else(|| "db".to_string()),
        datasource_schemas: schema
            .datasource
            .as_ref()
            .map(|d| d.schemas.iter().map(|(s, _)| s.clone()).collect())
            .unwrap_or_default(),
        is_postgres: schema
            .datasource
            .as_ref()
            .map(|d| d.is_postgres())
            .unwrap_or(true),
    };

    schema.enums = enum_blocks
        .iter()
        .map(|block| enum_def(block, &ctx, diagnostics))
        .collect();
    schema.composite_types = composite_blocks
        .iter()
        .map(|block| composite_type(block, &ctx, diagnostics))
        .collect();
    let mut models: Vec<Model> = model_blocks
        .iter()
        .map(|block| model(block, &ctx, &schema.enums, diagnostics))
        .collect();
    // Relation attributes need every model's fields.
    for (index, block) in model_blocks.iter().enumerate() {
        relation_attributes(index, block, &mut models, diagnostics);
    }
    schema.models = models;
    for (index, block) in model_blocks.iter().enumerate() {
        model_block_checks(ModelId(index), block, &schema, &ctx, diagnostics);
    }
    relations::resolve(&mut schema, diagnostics);
    check_database_names(&schema, diagnostics);
    schema
}

struct Context<'a> {
    /// Native type attributes are `@<datasource name>.Type`.
    native_prefix: String,
    names: &'a HashMap<String, (TopName, BlockKind)>,
    views_enabled: bool,
    partial_indexes: bool,
    datasource_schemas: Vec<String>,
    is_postgres: bool,
}

fn kind_word(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Model => "model",
        BlockKind::View => "view",
        BlockKind::Type => "composite type",
        BlockKind::Enum => "enum",
        BlockKind::Datasource => "datasource",
        BlockKind::Generator => "generator",
    }
}

/// Names may not start with a digit nor hold a `-` (the grammar lets both
/// through so the message can be precise). `item` is Prisma's word for the
/// kind of name, kept as Prisma writes it.
fn check_identifier(ident: &syntax::Ident, item: &str, diagnostics: &mut Diagnostics) {
    let message = if ident.name.starts_with(char::is_numeric) {
        format!("The name of a {item} must not start with a number.")
    } else if ident.name.contains('-') {
        format!("The character `-` is not allowed in {item} names.")
    } else {
        return;
    };
    diagnostics.push(Diagnostic::validation_error(
        DiagnosticCode::InvalidName,
        ident.span,
        message,
    ));
}

/// Registers a block's name; reports a clash and returns false if taken.
fn declare(
    names: &mut HashMap<String, (TopName, BlockKind)>,
    block: &Block,
    diagnostics: &mut Diagnostics,
) -> bool {
    let name = &block.name.name;
    let item = match block.kind {
        BlockKind::Model => "Model",
        BlockKind::View => "view",
        BlockKind::Enum => "Enum",
        _ => "Composite type",
    };
    check_identifier(&block.name, item, diagnostics);
    if let Some((_, existing)) = names.get(name) {
        diagnostics.error(
            DiagnosticCode::DuplicateName,
            block.name.span,
            format!(
                "The {} \"{name}\" cannot be defined because a {} with that name already exists.",
                kind_word(block.kind),
                kind_word(*existing)
            ),
        );
        return false;
    }
    if ScalarType::from_name(name).is_some() || name == "Unsupported" {
        diagnostics.error(
            DiagnosticCode::ReservedName,
            block.name.span,
            format!(
                "The {} \"{name}\" cannot be defined because it is a reserved name: a built-in type.",
                kind_word(block.kind)
            ),
        );
        return false;
    }
    true
}

fn check_datasource(schema: &Schema, diagnostics: &mut Diagnostics) {
    let Some(source) = &schema.datasource else {
        return;
    };
    if !source.extensions.is_empty() && !schema.has_preview_feature("postgresqlExtensions") {
        if let Some(span) = source.extensions_span {
            diagnostics.error(
                DiagnosticCode::PreviewFeatureRequired,
                span,
                "The `extensions` property is only available with the `postgresqlExtensions` preview feature.",
            );
        }
    }
    if source.provider.is_empty() {
        return;
    }
    let known = [
        "postgresql",
        "mysql",
        "sqlite",
        "sqlserver",
        "mongodb",
        "cockroachdb",
    ];
    if !known.contains(&source.provider.as_str()) {
        diagnostics.error(
            DiagnosticCode::UnknownProvider,
            source.provider_span,
            format!("Datasource provider not known: \"{}\".", source.provider),
        );
    } else if !source.is_postgres() {
        diagnostics.push(
            Diagnostic::warning(
                DiagnosticCode::UnsupportedProvider,
                source.provider_span,
                format!(
                    "prisma-drift checks PostgreSQL databases; provider \"{}\" is validated with PostgreSQL's rules.",
                    source.provider
                ),
            ),
        );
    }
}

/// `@@schema("name")`: checked against the datasource's `schemas`.
fn schema_attribute(
    block: &Block,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) -> Option<(String, Span)> {
    let mut found: Option<(String, Span)> = None;
    for attribute in block.attributes().filter(|a| a.name.name == "schema") {
        if found.is_some() {
            // Reported by `check_duplicate_attributes`.
            continue;
        }
        let mut args = Args::new(attribute, diagnostics);
        let value = args.require("map", true, diagnostics);
        args.finish(diagnostics);
        let Some(value) = value else { continue };
        let Some(name) = attributes::string(value, diagnostics) else {
            continue;
        };
        if !ctx.datasource_schemas.iter().any(|s| s == name) {
            diagnostics.error(
                DiagnosticCode::UnknownSchema,
                value.span(),
                "This schema is not defined in the datasource. Read more on `@@schema` at https://pris.ly/d/multi-schema",
            );
        }
        found = Some((name.to_string(), value.span()));
    }
    if found.is_none() && !ctx.datasource_schemas.is_empty() {
        let kind = match block.kind {
            BlockKind::Enum => "enum",
            BlockKind::View => "view",
            _ => "model",
        };
        diagnostics.push(Diagnostic::block_error(
            DiagnosticCode::MissingSchemaAttribute,
            block.header_span,
            kind,
            &block.name.name,
            format_args!("This {kind} is missing an `@@schema` attribute."),
        ));
    }
    found
}

/// `@@map("name")` / `@map("name")`.
fn map_attribute(attribute: &syntax::Attribute, diagnostics: &mut Diagnostics) -> Option<String> {
    let mut args = Args::new(attribute, diagnostics);
    let value = args.require("name", true, diagnostics);
    args.finish(diagnostics);
    let name = attributes::string(value?, diagnostics)?;
    if name.is_empty() {
        diagnostics.push(attribute_error(attribute, "The name cannot be empty."));
        return None;
    }
    Some(name.to_string())
}

fn check_duplicate_attributes<'a>(
    attributes: impl Iterator<Item = &'a syntax::Attribute>,
    repeatable: &[&str],
    diagnostics: &mut Diagnostics,
) {
    let attributes: Vec<&syntax::Attribute> = attributes
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

fn enum_def(block: &Block, ctx: &Context<'_>, diagnostics: &mut Diagnostics) -> Enum {
    let mut def = Enum {
        name: block.name.name.clone(),
        database_name: block.name.name.clone(),
        schema: schema_attribute(block, ctx, diagnostics),
        values: Vec::new(),
        documentation: block.documentation.clone(),
        span: block.span,
        name_span: block.name.span,
    };
    check_duplicate_attributes(block.attributes(), &[], diagnostics);
    for attribute in block.attributes() {
        match attribute.name.name.as_str() {
            "map" => {
                if let Some(name) = map_attribute(attribute, diagnostics) {
                    def.database_name = name;
                }
            }
            "schema" => {}
            _ => unknown_attribute(attribute, diagnostics),
        }
    }
    for value in block.enum_values() {
        if def.values.iter().any(|v| v.name == value.name.name) {
            diagnostics.error(
                DiagnosticCode::DuplicateEnumValue,
                value.name.span,
                format!(
                    "Value \"{}\" is already defined on enum \"{}\".",
                    value.name.name, def.name
                ),
            );
            continue;
        }
        check_identifier(&value.name, "Enum Value", diagnostics);
        let mut database_name = value.name.name.clone();
        check_duplicate_attributes(value.attributes.iter(), &[], diagnostics);
        for attribute in &value.attributes {
            match attribute.name.name.as_str() {
                "map" => {
                    if let Some(name) = map_attribute(attribute, diagnostics) {
                        database_name = name;
                    }
                }
                _ => unknown_attribute(attribute, diagnostics),
            }
        }
        def.values.push(EnumValue {
            name: value.name.name.clone(),
            database_name,
            span: value.span,
        });
    }
    if def.values.is_empty() {
        diagnostics.error(
            DiagnosticCode::EmptyEnum,
            block.name.span,
            "An enum must have at least one value.",
        );
    }
    def
}

fn unknown_attribute(attribute: &syntax::Attribute, diagnostics: &mut Diagnostics) {
    diagnostics.error(
        DiagnosticCode::UnknownAttribute,
        attribute.name.span,
        format!("Attribute not known: {}.", display_name(attribute)),
    );
}

fn composite_type(
    block: &Block,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) -> CompositeType {
    if ctx.is_postgres {
        diagnostics.error(
            DiagnosticCode::CompositeTypeUnsupported,
            block.header_span,
            "Composite types are not supported on PostgreSQL; they exist only for MongoDB.",
        );
    }
    let fields = block
        .fields()
        .filter_map(|field| resolve_field(field, block, ctx, diagnostics))
        .collect();
    CompositeType {
        name: block.name.name.clone(),
        fields,
        span: block.span,
    }
}

/// Resolves a field's type and arity; attributes come later.
fn resolve_field(
    field: &syntax::Field,
    block: &Block,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) -> Option<Field> {
    if let Some(colon) = field.legacy_colon {
        diagnostics.error(
            DiagnosticCode::LegacyFieldSyntax,
            colon,
            "Field declarations don't require a `:`.",
        );
    }
    let Some(field_type) = &field.field_type else {
        diagnostics.push(Diagnostic::block_error(
            DiagnosticCode::MissingFieldType,
            field.span,
            kind_word(block.kind),
            &block.name.name,
            "This field declaration is invalid. It is either missing a name or a type.",
        ));
        return None;
    };
    match field_type.legacy {
        Some(LegacyType::Required) => diagnostics.push(
            Diagnostic::error(
                DiagnosticCode::LegacyFieldSyntax,
                field_type.span,
                "Fields are required by default, `!` is no longer required.",
            )
            .with_help("Remove the `!`."),
        ),
        Some(LegacyType::List) => diagnostics.push(Diagnostic::error(
            DiagnosticCode::LegacyFieldSyntax,
            field_type.span,
            format!(
                "To specify a list, please use `{}[]` instead of `[{}]`.",
                field_type.type_name(),
                field_type.type_name()
            ),
        )),
        Some(LegacyType::OptionalList) => diagnostics.push(Diagnostic::error(
            DiagnosticCode::OptionalList,
            field_type.span,
            "Optional lists are not supported. Use either `Type[]` or `Type?`.",
        )),
        None => {}
    }
    match block.kind {
        BlockKind::Model => check_identifier(&field.name, "Field", diagnostics),
        BlockKind::View => check_identifier(&field.name, "field", diagnostics),
        _ => {}
    }
    let resolved = match &field_type.name {
        TypeName::Unsupported { sql, .. } => FieldType::Unsupported(sql.clone()),
        TypeName::Named(ident) => {
            if let Some(scalar) = ScalarType::from_name(&ident.name) {
                FieldType::Scalar(scalar)
            } else {
                match ctx.names.get(&ident.name) {
                    Some((TopName::Model(id), _)) => FieldType::Model(*id),
                    Some((TopName::Enum(id), _)) => FieldType::Enum(*id),
                    Some((TopName::Composite(id), _)) => FieldType::Composite(*id),
                    None => {
                        diagnostics.error(
                            DiagnosticCode::UnknownType,
                            ident.span,
                            format!("Type \"{}\" is neither a built-in type, nor refers to another model, composite type, or enum.", ident.name),
                        );
                        return None;
                    }
                }
            }
        }
    };
    Some(Field {
        name: field.name.name.clone(),
        database_name: field.name.name.clone(),
        arity: field_type.arity,
        field_type: resolved,
        native_type: None,
        default: None,
        updated_at: false,
        ignored: false,
        relation: None,
        documentation: field.documentation.clone(),
        span: field.span,
        name_span: field.name.span,
    })
}

fn model(block: &Block, ctx: &Context<'_>, enums: &[Enum], diagnostics: &mut Diagnostics) -> Model {
    let kind = if block.kind == BlockKind::View {
        if !ctx.views_enabled {
            diagnostics.push(Diagnostic::validation_error(
                DiagnosticCode::PreviewFeatureRequired,
                block.header_span,
                "View definitions are only available with the `views` preview feature.",
            ));
        }
        ModelKind::View
    } else {
        ModelKind::Model
    };
    let mut model = Model {
        name: block.name.name.clone(),
        kind,
        database_name: block.name.name.clone(),
        schema: schema_attribute(block, ctx, diagnostics),
        fields: Vec::new(),
        primary_key: None,
        unique_constraints: Vec::new(),
        indexes: Vec::new(),
        ignored: false,
        documentation: block.documentation.clone(),
        span: block.span,
        name_span: block.name.span,
        map_span: None,
    };
    let container = format!("{} \"{}\"", kind_word(block.kind), block.name.name);
    // Fields: types first, so attributes of one field can refer to others.
    let mut syntax_fields: Vec<&syntax::Field> = Vec::new();
    for field in block.fields() {
        if model.fields.iter().any(|f| f.name == field.name.name) {
            diagnostics.error(
                DiagnosticCode::DuplicateField,
                field.name.span,
                format!(
                    "Field \"{}\" is already defined on {container}.",
                    field.name.name
                ),
            );
            continue;
        }
        if let Some(resolved) = resolve_field(field, block, ctx, diagnostics) {
            model.fields.push(resolved);
            syntax_fields.push(field);
        }
    }
    for (index, field) in syntax_fields.iter().enumerate() {
        field_attributes(&mut model, FieldId(index), field, ctx, enums, diagnostics);
    }
    check_duplicate_attributes(
        block.attributes(),
        &["index", "unique", "fulltext"],
        diagnostics,
    );
    for attribute in block.attributes() {
        block_attribute(&mut model, attribute, ctx, diagnostics);
    }
    model
}

/// Field attributes that need no other model: everything but `@relation`'s
/// `fields`/`references`, which [`relation_attributes`] reads.
fn field_attributes(
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
            native_type(model, id, attribute, native, diagnostics);
            continue;
        }
        if name.contains('.') {
            diagnostics.error(
                DiagnosticCode::UnknownAttribute,
                attribute.name.span,
                format!("Attribute not known: {}.", display_name(attribute)),
            );
            continue;
        }
        match name {
            "id" => {
                if is_relation {
                    diagnostics.push(attribute_error(
                        attribute,
                        "The attribute `@id` cannot be used on relation fields.",
                    ));
                    continue;
                }
                let index_field = single_index_field(id, attribute, diagnostics);
                let mut args = Args::new(attribute, diagnostics);
                let map = args
                    .take("map", false)
                    .and_then(|v| attributes::string(v, diagnostics))
                    .map(String::from);
                let sort = args
                    .take("sort", false)
                    .and_then(|v| sort_order(v, diagnostics));
                let length = args
                    .take("length", false)
                    .and_then(|v| attributes::unsigned(v, diagnostics));
                clustered(&mut args, attribute, ctx, diagnostics);
                args.finish(diagnostics);
                if model.fields[id.0].arity != Arity::Required {
                    diagnostics.push(Diagnostic::attribute_error(
                        DiagnosticCode::OptionalId,
                        attribute.span,
                        "@id",
                        "Fields that are marked as id must be required.",
                    ));
                }
                if model.primary_key.is_some() {
                    diagnostics.push(Diagnostic::block_error(
                        DiagnosticCode::MultipleIds,
                        attribute.span,
                        "model",
                        &model.name,
                        "At most one field must be marked as the id field with the `@id` attribute.",
                    ));
                    continue;
                }
                model.primary_key = Some(PrimaryKey {
                    fields: vec![IndexField {
                        sort,
                        length,
                        ..index_field
                    }],
                    name: None,
                    map,
                    field_level: true,
                    span: attribute.span,
                });
            }
            "unique" => {
                if is_relation {
                    diagnostics.push(attribute_error(
                        attribute,
                        "The attribute `@unique` cannot be used on relation fields.",
                    ));
                    continue;
                }
                let index_field = single_index_field(id, attribute, diagnostics);
                let mut args = Args::new(attribute, diagnostics);
                let map = args
                    .take("map", false)
                    .and_then(|v| attributes::string(v, diagnostics))
                    .map(String::from);
                let sort = args
                    .take("sort", false)
                    .and_then(|v| sort_order(v, diagnostics));
                let length = args
                    .take("length", false)
                    .and_then(|v| attributes::unsigned(v, diagnostics));
                let where_clause = args.take("where", false);
                clustered(&mut args, attribute, ctx, diagnostics);
                args.finish(diagnostics);
                let predicate =
                    where_clause.and_then(|w| predicate(w, attribute, ctx, diagnostics));
                if model.kind == ModelKind::View && map.is_some() {
                    diagnostics.push(view_unique_map_error(attribute.span));
                    continue;
                }
                model.unique_constraints.push(IndexDef {
                    kind: IndexKind::Unique,
                    fields: vec![IndexField {
                        sort,
                        length,
                        ..index_field
                    }],
                    name: None,
                    map,
                    index_type: None,
                    clustered: None,
                    predicate,
                    field_level: true,
                    span: attribute.span,
                });
            }
            "map" => {
                if is_relation {
                    diagnostics.push(attribute_error(
                        attribute,
                        "The attribute `@map` cannot be used on relation fields.",
                    ));
                    continue;
                }
                if let Some(name) = map_attribute(attribute, diagnostics) {
                    model.fields[id.0].database_name = name;
                }
            }
            "default" => {
                if is_relation {
                    diagnostics.push(attribute_error(
                        attribute,
                        "Cannot set a default value on a relation field.",
                    ));
                    continue;
                }
                let default = default_value(&model.fields[id.0], attribute, enums, diagnostics);
                model.fields[id.0].default = default;
            }
            "updatedAt" => {
                let args = Args::new(attribute, diagnostics);
                args.finish(diagnostics);
                let field = &mut model.fields[id.0];
                if field.scalar_type() != Some(ScalarType::DateTime) {
                    diagnostics.push(attribute_error(
                        attribute,
                        "Fields that are marked with @updatedAt must be of type DateTime.",
                    ));
                } else if field.is_list() {
                    diagnostics.push(attribute_error(
                        attribute,
                        "Fields that are marked with @updatedAt cannot be lists.",
                    ));
                }
                field.updated_at = true;
            }
            "ignore" => {
                let args = Args::new(attribute, diagnostics);
                args.finish(diagnostics);
                model.fields[id.0].ignored = true;
            }
            "relation" => {
                if !is_relation {
                    diagnostics.push(attribute_error(
                        attribute,
                        "Invalid field type, not a relation.",
                    ));
                }
                // Read together with the related model in `relation_attributes`.
            }
            "shardKey" => diagnostics.push(attribute_error(
                attribute,
                "Shard keys are only supported by PlanetScale (MySQL).",
            )),
            _ => unknown_attribute(attribute, diagnostics),
        }
    }
}

fn single_index_field(
    id: FieldId,
    _attribute: &syntax::Attribute,
    _diagnostics: &mut Diagnostics,
) -> IndexField {
    IndexField {
        field: id,
        path: Vec::new(),
        sort: None,
        length: None,
        operator_class: None,
    }
}

fn sort_order(value: &Expr, diagnostics: &mut Diagnostics) -> Option<SortOrder> {
    match attributes::constant(value, diagnostics)? {
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

/// `clustered:` is SQL Server only.
fn clustered(
    args: &mut Args<'_>,
    attribute: &syntax::Attribute,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) {
    if let Some(value) = args.take("clustered", false) {
        attributes::boolean(value, diagnostics);
        if ctx.is_postgres {
            diagnostics.push(attribute_error(
                attribute,
                "Defining clustering is not supported in the current connector.",
            ));
        }
    }
}

/// `where:` of a partial index: `raw("…")` or an object-like expression.
fn predicate(
    value: &Expr,
    attribute: &syntax::Attribute,
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
        Expr::Function(call) if call.name.name == "raw" => call
            .arguments
            .arguments
            .first()
            .and_then(|a| a.value.as_ref())
            .and_then(|v| attributes::string(v, diagnostics))
            .map(String::from),
        other => {
            diagnostics.push(config::type_mismatch("a raw(\"…\") predicate", other));
            None
        }
    }
}

fn native_type(
    model: &mut Model,
    id: FieldId,
    attribute: &syntax::Attribute,
    name: &str,
    diagnostics: &mut Diagnostics,
) {
    let field = &mut model.fields[id.0];
    let Some(spec) = native_types::find(name) else {
        diagnostics.error(
            DiagnosticCode::UnknownNativeType,
            attribute.name.span,
            format!("Native type {name} is not supported for postgresql connector."),
        );
        return;
    };
    match field.field_type {
        FieldType::Scalar(scalar) if scalar == spec.scalar => {}
        FieldType::Scalar(scalar) => {
            diagnostics.error(
                DiagnosticCode::IncompatibleNativeType,
                attribute.span,
                format!(
                    "Native type {name} is not compatible with declared field type {}, expected field type {}.",
                    scalar.name(),
                    spec.scalar.name()
                ),
            );
            return;
        }
        _ => {
            diagnostics.error(
                DiagnosticCode::IncompatibleNativeType,
                attribute.span,
                format!(
                    "Native types can only be used on scalar fields; `{}` is not one.",
                    field.name
                ),
            );
            return;
        }
    }
    let mut args = Vec::new();
    for argument in attribute.arguments() {
        if let Some(value) = &argument.value {
            if let Some(n) = attributes::unsigned(value, diagnostics) {
                args.push(n);
            } else {
                return;
            }
        }
    }
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
        return;
    }
    if spec.name == "Decimal" && args.len() == 2 && args[1] > args[0] {
        diagnostics.error(
            DiagnosticCode::InvalidNativeTypeArguments,
            attribute.span,
            format!(
                "The scale of Decimal({}, {}) must not be larger than its precision.",
                args[0], args[1]
            ),
        );
    }
    if matches!(spec.name, "Timestamp" | "Timestamptz" | "Time" | "Timetz")
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
    if field.native_type.is_some() {
        return;
    }
    field.native_type = Some(NativeType {
        name: name.to_string(),
        args,
        span: attribute.span,
    });
}

fn default_value(
    field: &Field,
    attribute: &syntax::Attribute,
    enums: &[Enum],
    diagnostics: &mut Diagnostics,
) -> Option<DefaultDef> {
    let mut args = Args::new(attribute, diagnostics);
    let value = args.require("value", true, diagnostics);
    let map = args
        .take("map", false)
        .and_then(|v| attributes::string(v, diagnostics))
        .map(String::from);
    args.finish(diagnostics);
    let value = value?;
    let kind = default_kind(field, value, attribute, enums, diagnostics)?;
    Some(DefaultDef {
        value: kind,
        map,
        span: attribute.span,
    })
}

fn default_kind(
    field: &Field,
    value: &Expr,
    attribute: &syntax::Attribute,
    enums: &[Enum],
    diagnostics: &mut Diagnostics,
) -> Option<DefaultKind> {
    let type_name = match &field.field_type {
        FieldType::Scalar(s) => s.name().to_string(),
        FieldType::Enum(e) => enums[e.0].name.clone(),
        FieldType::Unsupported(_) => "Unsupported".to_string(),
        FieldType::Composite(_) => "composite type".to_string(),
        FieldType::Model(_) => "relation".to_string(),
    };
    if let Expr::Function(call) = value {
        let function = call.name.name.as_str();
        let allowed = match function {
            "autoincrement" => matches!(
                field.scalar_type(),
                Some(ScalarType::Int | ScalarType::BigInt)
            ),
            "now" => field.scalar_type() == Some(ScalarType::DateTime),
            "uuid" | "cuid" | "nanoid" | "ulid" => field.scalar_type() == Some(ScalarType::String),
            "dbgenerated" => true,
            "sequence" => matches!(
                field.scalar_type(),
                Some(ScalarType::Int | ScalarType::BigInt)
            ),
            "auto" => false,
            _ => {
                diagnostics.push(attribute_error(
                    attribute,
                    format!("The function `{function}` is not a known function. You can read about the available functions here: https://pris.ly/d/attribute-functions"),
                ));
                return None;
            }
        };
        if !allowed {
            diagnostics.push(attribute_error(
                attribute,
                format!(
                    "The function `{function}()` cannot be used on fields of type `{type_name}`."
                ),
            ));
            return None;
        }
        if field.is_list() && function != "dbgenerated" {
            diagnostics.push(attribute_error(
                attribute,
                format!("The function `{function}()` cannot be used on list fields."),
            ));
            return None;
        }
        let fargs = &call.arguments.arguments;
        return Some(match function {
            "autoincrement" => DefaultKind::Autoincrement,
            "now" => DefaultKind::Now,
            "uuid" => {
                if let Some(version) = fargs.first().and_then(|a| a.value.as_ref()) {
                    match version {
                        Expr::Number(n, _) if n == "4" || n == "7" => {}
                        other => {
                            diagnostics.push(attribute_error(
                                attribute,
                                format!(
                                    "`uuid()` takes a single Int argument: 4 or 7, not `{}`.",
                                    config::render_expr(other)
                                ),
                            ));
                            return None;
                        }
                    }
                }
                DefaultKind::Uuid
            }
            "cuid" => DefaultKind::Cuid,
            "nanoid" => DefaultKind::Nanoid,
            "ulid" => DefaultKind::Ulid,
            "sequence" => DefaultKind::Sequence,
            _ => match fargs.first().and_then(|a| a.value.as_ref()) {
                None => DefaultKind::DbGenerated(None),
                Some(Expr::String(sql, span)) => {
                    if sql.trim().is_empty() {
                        diagnostics.push(Diagnostic::attribute_error(
                            DiagnosticCode::InvalidDefault,
                            *span,
                            "@default",
                            "dbgenerated() takes either no argument, or a single nonempty string argument.",
                        ));
                        return None;
                    }
                    DefaultKind::DbGenerated(Some(sql.clone()))
                }
                Some(other) => {
                    diagnostics.push(config::type_mismatch("a string", other));
                    return None;
                }
            },
        });
    }
    let literal = if field.is_list() {
        let Expr::Array(items, _) = value else {
            diagnostics.push(attribute_error(
                attribute,
                format!(
                    "The default value of a list field must be a list, not `{}`.",
                    config::render_expr(value)
                ),
            ));
            return None;
        };
        let mut list = Vec::new();
        for item in items {
            list.push(literal(field, item, &type_name, enums, diagnostics)?);
        }
        DefaultLiteral::List(list)
    } else {
        literal(field, value, &type_name, enums, diagnostics)?
    };
    Some(DefaultKind::Value(literal))
}

fn literal(
    field: &Field,
    value: &Expr,
    type_name: &str,
    enums: &[Enum],
    diagnostics: &mut Diagnostics,
) -> Option<DefaultLiteral> {
    let mismatch = |diagnostics: &mut Diagnostics, expected: &str| {
        diagnostics.push(config::type_mismatch(expected, value));
        None
    };
    match &field.field_type {
        FieldType::Enum(id) => {
            let Expr::Constant(name, span) = value else {
                return mismatch(diagnostics, "an enum");
            };
            let def = &enums[id.0];
            if !def.values.iter().any(|v| &v.name == name) {
                diagnostics.error(
                    DiagnosticCode::InvalidDefault,
                    *span,
                    format!("The defined default value `{name}` is not a valid value of the enum specified for the field."),
                );
                return None;
            }
            Some(DefaultLiteral::EnumValue(name.clone()))
        }
        FieldType::Scalar(scalar) => match (scalar, value) {
            (ScalarType::String | ScalarType::Json | ScalarType::Bytes, Expr::String(s, _)) => {
                Some(DefaultLiteral::String(s.clone()))
            }
            (ScalarType::DateTime, Expr::String(s, span)) => {
                if !looks_like_datetime(s) {
                    diagnostics.push(Diagnostic::attribute_error(
                        DiagnosticCode::InvalidDefault,
                        *span,
                        "@default",
                        format_args!(
                            "Parse error: \"{s}\" is not a valid rfc3339 datetime string."
                        ),
                    ));
                    return None;
                }
                Some(DefaultLiteral::String(s.clone()))
            }
            (ScalarType::Int | ScalarType::BigInt, Expr::Number(n, _)) if !n.contains('.') => {
                Some(DefaultLiteral::Number(n.clone()))
            }
            (ScalarType::Float | ScalarType::Decimal, Expr::Number(n, _)) => {
                Some(DefaultLiteral::Number(n.clone()))
            }
            (ScalarType::Decimal, Expr::String(s, _)) if s.parse::<f64>().is_ok() => {
                Some(DefaultLiteral::Number(s.clone()))
            }
            (ScalarType::Boolean, Expr::Constant(c, _)) if c == "true" || c == "false" => {
                Some(DefaultLiteral::Boolean(c == "true"))
            }
            _ => mismatch(diagnostics, &format!("a {type_name}")),
        },
        FieldType::Unsupported(_) => {
            diagnostics.error(
                DiagnosticCode::InvalidDefault,
                value.span(),
                "Only @default(dbgenerated(\"…\")) can be used for Unsupported types.",
            );
            None
        }
        _ => mismatch(diagnostics, "a scalar"),
    }
}

/// RFC 3339 date-time, by shape: `YYYY-MM-DDTHH:MM:SS[.fraction]` then `Z` or
/// `±HH:MM` (`t` or a space may replace `T`). Byte-wise, so non-ASCII text is
/// simply not a date.
fn looks_like_datetime(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let at = |i: usize, allowed: &[u8]| bytes.get(i).is_some_and(|b| allowed.contains(b));
    if !(digits(0..4)
        && at(4, b"-")
        && digits(5..7)
        && at(7, b"-")
        && digits(8..10)
        && at(10, b"Tt ")
        && digits(11..13)
        && at(13, b":")
        && digits(14..16)
        && at(16, b":")
        && digits(17..19))
    {
        return false;
    }
    let mut rest = &bytes[19..];
    if let Some(fraction) = rest.strip_prefix(b".") {
        let len = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
        if len == 0 {
            return false;
        }
        rest = &fraction[len..];
    }
    match rest {
        [b'Z' | b'z'] => true,
        [b'+' | b'-', h1, h2, b':', m1, m2] => [h1, h2, m1, m2].iter().all(|d| d.is_ascii_digit()),
        _ => false,
    }
}

fn block_attribute(
    model: &mut Model,
    attribute: &syntax::Attribute,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) {
    match attribute.name.name.as_str() {
        "map" => {
            if let Some(name) = map_attribute(attribute, diagnostics) {
                model.database_name = name;
                model.map_span = Some(attribute.span);
            }
        }
        "schema" => {}
        "ignore" => {
            let args = Args::new(attribute, diagnostics);
            args.finish(diagnostics);
            model.ignored = true;
        }
        "id" => {
            let mut args = Args::new(attribute, diagnostics);
            let fields = args.require("fields", true, diagnostics);
            let name = args
                .take("name", false)
                .and_then(|v| attributes::string(v, diagnostics))
                .map(String::from);
            let map = args
                .take("map", false)
                .and_then(|v| attributes::string(v, diagnostics))
                .map(String::from);
            clustered(&mut args, attribute, ctx, diagnostics);
            args.finish(diagnostics);
            let Some(fields) = fields.and_then(|f| index_fields(model, f, attribute, diagnostics))
            else {
                return;
            };
            if model.kind == ModelKind::View {
                diagnostics.warning(
                    DiagnosticCode::ViewPrimaryKey,
                    attribute.span,
                    "Views cannot have primary keys in Prisma 7; use @@unique instead.",
                );
            }
            if let Some(existing) = &model.primary_key {
                if existing.field_level {
                    diagnostics.push(Diagnostic::block_error(
                        DiagnosticCode::MultipleIds,
                        attribute.span,
                        "model",
                        &model.name,
                        "Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.",
                    ));
                    return;
                }
            }
            for field in &fields {
                if model.fields[field.field.0].arity == Arity::Optional {
                    diagnostics.push(attribute_error(
                        attribute,
                        format!("The id definition refers to the optional fields: {}. ID definitions must reference only required fields.", model.fields[field.field.0].name),
                    ));
                }
            }
            model.primary_key = Some(PrimaryKey {
                fields,
                name,
                map,
                field_level: false,
                span: attribute.span,
            });
        }
        "unique" | "index" | "fulltext" => {
            let kind = match attribute.name.name.as_str() {
                "unique" => IndexKind::Unique,
                "index" => IndexKind::Normal,
                _ => IndexKind::Fulltext,
            };
            let mut args = Args::new(attribute, diagnostics);
            let fields = args.require("fields", true, diagnostics);
            let name = args
                .take("name", false)
                .and_then(|v| attributes::string(v, diagnostics))
                .map(String::from);
            let map = args
                .take("map", false)
                .and_then(|v| attributes::string(v, diagnostics))
                .map(String::from);
            let index_type = if kind == IndexKind::Normal {
                args.take("type", false).and_then(|v| {
                    let name = attributes::constant(v, diagnostics)?;
                    let parsed = IndexType::from_name(name);
                    if parsed.is_none() {
                        diagnostics.push(attribute_error(
                            attribute,
                            format!("Unknown index type: {name}."),
                        ));
                    }
                    parsed
                })
            } else {
                None
            };
            let where_clause = args.take("where", false);
            clustered(&mut args, attribute, ctx, diagnostics);
            args.finish(diagnostics);
            if kind == IndexKind::Fulltext && ctx.is_postgres {
                diagnostics.push(attribute_error(
                    attribute,
                    "Defining fulltext indexes is not supported with the current connector.",
                ));
                return;
            }
            let predicate = where_clause.and_then(|w| predicate(w, attribute, ctx, diagnostics));
            let Some(fields) = fields.and_then(|f| index_fields(model, f, attribute, diagnostics))
            else {
                return;
            };
            if model.kind == ModelKind::View {
                if kind == IndexKind::Normal {
                    diagnostics.push(Diagnostic::validation_error(
                        DiagnosticCode::ViewIndex,
                        attribute.span,
                        "Views cannot have indexes.",
                    ));
                    return;
                }
                if map.is_some() {
                    diagnostics.push(view_unique_map_error(attribute.span));
                    return;
                }
                if fields
                    .iter()
                    .any(|f| f.sort.is_some() || f.length.is_some() || f.operator_class.is_some())
                {
                    diagnostics.push(attribute_error(
                        attribute,
                        "Scalar fields in @@unique attributes in views cannot have arguments.",
                    ));
                    return;
                }
            }
            let def = IndexDef {
                kind,
                fields,
                name,
                map,
                index_type,
                clustered: None,
                predicate,
                field_level: false,
                span: attribute.span,
            };
            if kind == IndexKind::Normal && ctx.is_postgres {
                super::index_checks::check(model, &def, diagnostics);
            }
            if kind == IndexKind::Unique {
                model.unique_constraints.push(def);
            } else {
                model.indexes.push(def);
            }
        }
        "shardKey" => diagnostics.push(attribute_error(
            attribute,
            "Shard keys are only supported by PlanetScale (MySQL).",
        )),
        _ => unknown_attribute(attribute, diagnostics),
    }
}

fn view_unique_map_error(span: Span) -> Diagnostic {
    Diagnostic::validation_error(
        DiagnosticCode::ViewIndex,
        span,
        "@@unique annotations on views are not backed by unique indexes in the database and cannot specify a mapped database name.",
    )
}

/// `[a, b(sort: Desc), c(ops: JsonbPathOps)]` → index fields of `model`.
fn index_fields(
    model: &Model,
    value: &Expr,
    attribute: &syntax::Attribute,
    diagnostics: &mut Diagnostics,
) -> Option<Vec<IndexField>> {
    let items: Vec<&Expr> = match value {
        Expr::Array(items, _) => items.iter().collect(),
        // A single field may be given without brackets.
        other => vec![other],
    };
    let mut fields = Vec::new();
    let mut unknown = Vec::new();
    let mut relation_fields = Vec::new();
    let what = match attribute.name.name.as_str() {
        "id" => "id",
        "unique" => "unique",
        _ => "index",
    };
    for item in items {
        let (name, arguments, span) = match item {
            Expr::Constant(name, span) => (name.as_str(), None, *span),
            Expr::Function(call) => (call.name.name.as_str(), Some(&call.arguments), call.span),
            Expr::String(..) => {
                diagnostics.push(config::type_mismatch("a constant literal", item));
                return None;
            }
            other => {
                diagnostics.push(config::type_mismatch("a constant literal", other));
                return None;
            }
        };
        let _ = span;
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
            field: field_id,
            path,
            sort: None,
            length: None,
            operator_class: None,
        };
        for argument in arguments.map(|a| a.arguments.as_slice()).unwrap_or(&[]) {
            let (Some(arg_name), Some(arg_value)) = (&argument.name, &argument.value) else {
                diagnostics.error(
                    DiagnosticCode::InvalidArgument,
                    argument.span,
                    "Index field arguments must be named: `sort:`, `length:` or `ops:`.",
                );
                continue;
            };
            match arg_name.name.as_str() {
                "sort" => index_field.sort = sort_order(arg_value, diagnostics),
                "length" => index_field.length = attributes::unsigned(arg_value, diagnostics),
                "ops" => index_field.operator_class = operator_class(arg_value, diagnostics),
                other => diagnostics.error(
                    DiagnosticCode::UnknownArgument,
                    argument.span,
                    format!("Unknown argument `{other}` for an index field."),
                ),
            }
        }
        fields.push(index_field);
    }
    let container = if model.kind == ModelKind::View {
        "view"
    } else {
        "model"
    };
    if !unknown.is_empty() {
        diagnostics.push(Diagnostic::block_error(
            DiagnosticCode::UnknownField,
            attribute.span,
            container,
            &model.name,
            format_args!(
                "The {what} definition refers to the unknown fields: {}.",
                unknown.join(", ")
            ),
        ));
        return None;
    }
    if !relation_fields.is_empty() {
        diagnostics.push(Diagnostic::block_error(
            DiagnosticCode::RelationFieldInIndex,
            attribute.span,
            container,
            &model.name,
            format_args!(
                "The {what} definition refers to the relation fields {}. {} definitions must reference only scalar fields.",
                relation_fields.join(", "),
                if what == "id" { "ID" } else { "Index" }
            ),
        ));
        return None;
    }
    Some(fields)
}

fn operator_class(value: &Expr, diagnostics: &mut Diagnostics) -> Option<OperatorClass> {
    match value {
        Expr::Constant(name, _) => Some(OperatorClass::Named(name.clone())),
        Expr::Function(call) if call.name.name == "raw" => call
            .arguments
            .arguments
            .first()
            .and_then(|a| a.value.as_ref())
            .and_then(|v| attributes::string(v, diagnostics))
            .map(|s| OperatorClass::Raw(s.to_string())),
        other => {
            diagnostics.push(config::type_mismatch("an operator class", other));
            None
        }
    }
}

/// `@relation(…)` on every relation field of model `index`.
fn relation_attributes(
    index: usize,
    block: &Block,
    models: &mut [Model],
    diagnostics: &mut Diagnostics,
) {
    let syntax_fields: Vec<&syntax::Field> = block.fields().collect();
    for field_index in 0..models[index].fields.len() {
        let FieldType::Model(target) = models[index].fields[field_index].field_type else {
            continue;
        };
        let field_name = models[index].fields[field_index].name.clone();
        let Some(syntax_field) = syntax_fields.iter().find(|f| f.name.name == field_name) else {
            continue;
        };
        let mut relation = RelationAttribute::default();
        if let Some(attribute) = syntax_field
            .attributes
            .iter()
            .find(|a| a.name.name == "relation")
        {
            relation.span = Some(attribute.span);
            let mut args = Args::new(attribute, diagnostics);
            relation.name = args
                .take("name", true)
                .and_then(|v| attributes::string(v, diagnostics))
                .map(String::from);
            if let Some(fields) = args.take("fields", false) {
                relation.has_fields = true;
                let (ids, complete) = field_refs(&models[index], fields, diagnostics);
                relation.fields = ids;
                if !complete {
                    relation.unresolved = true;
                    diagnostics.push(attribute_error(
                        attribute,
                        format!(
                            "The argument fields must refer only to existing fields. The following fields do not exist in this model: {}",
                            unknown_names(&models[index], fields)
                        ),
                    ));
                }
            }
            if let Some(references) = args.take("references", false) {
                relation.has_references = true;
                let (ids, complete) = field_refs(&models[target.0], references, diagnostics);
                relation.references = ids;
                if !complete {
                    relation.unresolved = true;
                    diagnostics.push(Diagnostic::validation_error(
                        DiagnosticCode::InvalidAttribute,
                        attribute.span,
                        format_args!(
                            "The argument `references` must refer only to existing fields in the related model `{}`. The following fields do not exist in the related model: {}",
                            models[target.0].name,
                            unknown_names(&models[target.0], references)
                        ),
                    ));
                }
            }
            relation.on_delete = args
                .take("onDelete", false)
                .and_then(|v| action(v, diagnostics));
            relation.on_update = args
                .take("onUpdate", false)
                .and_then(|v| action(v, diagnostics));
            relation.map = args
                .take("map", false)
                .and_then(|v| attributes::string(v, diagnostics))
                .map(String::from);
            args.finish(diagnostics);
        }
        models[index].fields[field_index].relation = Some(relation);
    }
}

/// The fields a `fields:` or `references:` list names in `model`, and whether
/// every name resolved.
fn field_refs(model: &Model, value: &Expr, diagnostics: &mut Diagnostics) -> (Vec<FieldId>, bool) {
    let items: Vec<&Expr> = match value {
        Expr::Array(items, _) => items.iter().collect(),
        other => vec![other],
    };
    let mut ids = Vec::new();
    let mut complete = true;
    for item in items {
        let Some(name) = attributes::constant(item, diagnostics) else {
            complete = false;
            continue;
        };
        match model.find_field(name) {
            Some(id) => ids.push(id),
            None => complete = false,
        }
    }
    (ids, complete)
}

/// The names of a field list that `model` does not have, comma-separated.
fn unknown_names(model: &Model, value: &Expr) -> String {
    let items: Vec<&Expr> = match value {
        Expr::Array(items, _) => items.iter().collect(),
        other => vec![other],
    };
    items
        .iter()
        .filter_map(|item| item.as_constant())
        .filter(|name| model.find_field(name).is_none())
        .collect::<Vec<_>>()
        .join(", ")
}

fn action(value: &Expr, diagnostics: &mut Diagnostics) -> Option<ReferentialAction> {
    let name = attributes::constant(value, diagnostics)?;
    let parsed = ReferentialAction::from_name(name);
    if parsed.is_none() {
        diagnostics.error(
            DiagnosticCode::InvalidReferentialAction,
            value.span(),
            format!("Invalid referential action: `{name}`. Expected one of: Cascade, Restrict, NoAction, SetNull, SetDefault."),
        );
    }
    parsed
}

/// Checks that need the whole model: a unique criterion.
fn model_block_checks(
    id: ModelId,
    block: &Block,
    schema: &Schema,
    ctx: &Context<'_>,
    diagnostics: &mut Diagnostics,
) {
    let model = schema.model(id);
    let _ = ctx;
    if model.kind == ModelKind::View || model.ignored {
        return;
    }
    let has_criterion = model.primary_key.is_some()
        || model.unique_constraints.iter().any(|u| {
            u.fields.iter().all(|f| {
                model.fields[f.field.0].arity == Arity::Required
                    && !model.fields[f.field.0].is_list()
            })
        });
    if !has_criterion {
        diagnostics.push(Diagnostic::block_error(
            DiagnosticCode::MissingUniqueCriteria,
            block.header_span,
            "model",
            &model.name,
            "Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model.",
        ));
    }
}

/// Two models (or enums) with the same database name in one namespace.
fn check_database_names(schema: &Schema, diagnostics: &mut Diagnostics) {
    let mut tables: HashMap<(Option<&str>, &str), &Model> = HashMap::new();
    for model in &schema.models {
        let key = (
            model.schema.as_ref().map(|(s, _)| s.as_str()),
            model.database_name.as_str(),
        );
        if let Some(existing) = tables.get(&key) {
            diagnostics.error(
                DiagnosticCode::DuplicateTable,
                model.map_span.unwrap_or(model.name_span),
                format!(
                    "The model with database name \"{}\" could not be defined because another model or view with this name exists: \"{}\"",
                    model.database_name, existing.name
                ),
            );
        } else {
            tables.insert(key, model);
        }
    }
    let mut enums: HashMap<(Option<&str>, &str), &Enum> = HashMap::new();
    for def in &schema.enums {
        let key = (
            def.schema.as_ref().map(|(s, _)| s.as_str()),
            def.database_name.as_str(),
        );
        if let std::collections::hash_map::Entry::Vacant(slot) = enums.entry(key) {
            slot.insert(def);
        } else {
            diagnostics.error(
                DiagnosticCode::DuplicateEnum,
                def.name_span,
                "An enum with the same database name is already defined.",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetime_check_accepts_rfc3339_and_survives_non_ascii() {
        assert!(looks_like_datetime("2024-01-31T12:34:56Z"));
        assert!(looks_like_datetime("2024-01-31T12:34:56.789+02:00"));
        assert!(looks_like_datetime("2024-01-31 12:34:56-05:00"));
        assert!(!looks_like_datetime("2024-01-31"));
        assert!(!looks_like_datetime("2024-01-31T12:34:56"));
        assert!(!looks_like_datetime("2024-01-31T12:34:56.Z"));
        assert!(!looks_like_datetime("2024-01-31T12:34:56+0200"));
        // A multi-byte character across byte 19 once made the check slice
        // inside it and panic.
        assert!(!looks_like_datetime("2020-01-01T00:00:0é+00:00"));
        assert!(!looks_like_datetime("2024-01-31T12:34:5😀6.789+02:00"));
    }
}
