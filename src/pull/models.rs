//! One model block per table: scalar fields, relation fields, ids, uniques,
//! indexes, and the comments and warnings Prisma adds.

use super::context::{Context, TableRole};
use super::names::Name;
use super::relations::{self, RelationField};
use super::types::{self, Family};
use super::warnings::Warnings;
use crate::ir::{Column, Index, IndexKey, SortOrder, Table};
use crate::schema::Model;
use crate::sql::names as default_names;

/// A model's text (before formatting) and the warnings it raises.
pub fn render(context: &Context<'_>, index: usize, warnings: &mut Warnings) -> String {
    let table = &context.db.tables[index];
    let name = context.table_names[index].clone();
    let facts = Facts::of(context, index);
    let previous = context.previous.model(table).map(|(_, model)| model);
    let kept_docs: Vec<String> = previous
        .map(|m| {
            context
                .previous
                .docs(m.span.file.0, m.span.start, m.documentation.as_deref())
        })
        .unwrap_or_default();
    let docs = model_comments(table, &name, &facts, previous);
    let mut out = String::new();
    for line in &kept_docs {
        out.push_str(line);
        out.push('\n');
    }
    // A note the existing schema already carries (kept above) is not written twice.
    for line in docs.iter().map(|doc| doc_line("", doc)) {
        if !kept_docs
            .iter()
            .any(|kept| kept.trim_end() == line.trim_end())
        {
            out.push_str(&line);
        }
    }
    out.push_str(&format!("model {} {{\n", name.prisma));
    let mut fields = Vec::new();
    for (position, column) in table.columns.iter().enumerate() {
        let mut chunk = String::new();
        if let Some(field) = context.previous.field(table, &column.name) {
            let written = field.documentation.as_deref();
            for line in context
                .previous
                .docs(field.span.file.0, field.span.start, written)
            {
                chunk.push_str(&format!("  {line}\n"));
            }
        }
        chunk.push_str(&format!(
            "  {}\n",
            scalar_field(context, index, position, column)
        ));
        fields.push(chunk);
    }
    let relation_fields = relations::fields_of(context, index);
    let last_commented_out = relation_fields.is_empty()
        && context.column_names[index]
            .last()
            .is_some_and(|name| name.prisma.is_empty());
    for field in &relation_fields {
        fields.push(format!("  {}\n", relation_field(field)));
    }
    let block = block_attributes(context, index, &facts);
    push_body(&mut out, &fields, last_commented_out, &block);
    out.push_str("}\n");
    collect_warnings(context, index, &facts, warnings);
    for field in relation_fields.into_iter().filter(|field| field.copied) {
        warnings.reintrospected_relations.push(field.type_name);
    }
    out
}

/// The field chunks, then the block attributes after a blank line. When the
/// last field is commented out, Prisma writes that blank line before it.
pub(super) fn push_body(
    out: &mut String,
    fields: &[String],
    last_commented_out: bool,
    block: &[String],
) {
    let split = if last_commented_out && !block.is_empty() {
        fields.len() - 1
    } else {
        fields.len()
    };
    fields[..split].iter().for_each(|chunk| out.push_str(chunk));
    if !block.is_empty() {
        out.push('\n');
    }
    fields[split..].iter().for_each(|chunk| out.push_str(chunk));
    for line in block {
        out.push_str(&format!("  {line}\n"));
    }
}

/// The comments Prisma writes above a model: renamed, check constraints,
/// no unique identifier, comments, deferring, null order, expression indexes.
/// Most only on a fresh introspection.
fn model_comments(
    table: &Table,
    name: &Name,
    facts: &Facts,
    previous: Option<&Model>,
) -> Vec<String> {
    let fresh = previous.is_none();
    let mut docs = Vec::new();
    if name.reserved && fresh {
        docs.push(format!(
            "This model has been renamed to '{}' during introspection, because the original name '{}' is reserved.",
            name.prisma, table.name.name
        ));
    }
    let deferring = table
        .indexes
        .iter()
        .any(|i| i.deferrable || i.initially_deferred)
        || table
            .foreign_keys
            .iter()
            .any(|f| f.deferrable || f.initially_deferred);
    let null_order = table
        .indexes
        .iter()
        .any(|i| i.columns.iter().any(|c| c.nulls.is_some()));
    let commented = table.comment.is_some() || table.columns.iter().any(|c| c.comment.is_some());
    // Prisma speaks of partitioning once a partition exists.
    if fresh && table.partitioned && table.has_children {
        docs.push(String::from("This table is a partition table and requires additional setup for migrations. Visit https://pris.ly/d/partition-tables for more info."));
    }
    if fresh && !table.partitioned && table.has_children {
        docs.push(String::from("This table has subclasses and requires additional setup for migrations. Visit https://pris.ly/d/table-inheritance for more info."));
    }
    if fresh && !table.checks.is_empty() {
        docs.push(String::from("This table contains check constraints and requires additional setup for migrations. Visit https://pris.ly/d/check-constraints for more info."));
    }
    if fresh && table.indexes.iter().any(|i| i.exclusion) {
        docs.push(String::from("This table contains exclusion constraints and requires additional setup for migrations. Visit https://pris.ly/d/exclusion-constraints for more info."));
    }
    if !facts.usable && !previous.is_some_and(|m| m.ignored) {
        docs.push(String::from("The underlying table does not contain a valid unique identifier and can therefore currently not be handled by Prisma Client."));
    }
    if fresh && commented {
        docs.push(String::from("This model or at least one of its fields has comments in the database, and requires an additional setup for migrations: Read more: https://pris.ly/d/database-comments"));
    }
    if fresh && deferring {
        docs.push(String::from("This model has constraints using non-default deferring rules and requires additional setup for migrations. Visit https://pris.ly/d/constraint-deferring for more info."));
    }
    if fresh && table.row_level_security {
        docs.push(String::from("This model contains row level security and requires additional setup for migrations. Visit https://pris.ly/d/row-level-security for more info."));
    }
    if fresh && null_order {
        docs.push(String::from("This model contains an index with non-default null sort order and requires additional setup for migrations. Visit https://pris.ly/d/default-index-null-ordering for more info."));
    }
    if table.indexes.iter().any(is_expression_index) {
        docs.push(String::from("This model contains an expression index which requires additional setup for migrations. Visit https://pris.ly/d/expression-indexes for more info."));
    }
    docs
}

/// What several parts of a model need.
pub struct Facts {
    /// Has a primary key or unique index Prisma can use.
    pub usable: bool,
    /// Gets `@@ignore`.
    pub ignored: bool,
}

impl Facts {
    /// The facts of table `index`.
    pub fn of(context: &Context<'_>, index: usize) -> Self {
        let usable = has_usable_identifier(context, index);
        let table = &context.db.tables[index];
        let kept = context
            .previous
            .model(table)
            .is_some_and(|(_, m)| m.ignored);
        Facts {
            usable,
            ignored: kept || (!usable && !table.columns.is_empty()),
        }
    }
}

/// Whether an index key includes an expression (Prisma leaves such indexes out).
pub fn is_expression_index(index: &Index) -> bool {
    index
        .columns
        .iter()
        .any(|c| matches!(c.key, IndexKey::Expression(_)))
}

/// Indexes as Prisma's describer sees them: no expression indexes.
pub fn visible_indexes(table: &Table) -> impl Iterator<Item = &Index> {
    table
        .indexes
        .iter()
        .filter(|i| !is_expression_index(i) && !i.exclusion)
}

/// A primary key or unique index whose columns are all of supported types
/// and required.
pub fn has_usable_identifier(context: &Context<'_>, index: usize) -> bool {
    let table = &context.db.tables[index];
    let usable_column = |name: &str| {
        table.column(name).is_some_and(|column| {
            !column.nullable && !matches!(family(context, column), Family::Unsupported(_))
        })
    };
    let pk = table
        .primary_key
        .as_ref()
        .is_some_and(|pk| pk.columns.iter().all(|c| usable_column(c)));
    pk || visible_indexes(table).filter(|i| i.unique).any(|i| {
        i.columns.iter().all(|c| match &c.key {
            IndexKey::Column(name) => usable_column(name),
            IndexKey::Expression(_) => false,
        })
    })
}

/// The Prisma family of a column.
pub fn family(context: &Context<'_>, column: &Column) -> Family {
    types::prisma_type(&column.ty, |name| context.enum_index(name)).family
}

pub(super) fn type_text(context: &Context<'_>, family: &Family) -> String {
    match family {
        Family::Enum(index) => context.enum_names[*index].prisma.clone(),
        Family::Unsupported(sql) => format!("Unsupported({})", types::quote(sql)),
        other => other.scalar_name().to_string(),
    }
}

fn scalar_field(context: &Context<'_>, index: usize, position: usize, column: &Column) -> String {
    let table = &context.db.tables[index];
    let name = &context.column_names[index][position];
    let ty = types::prisma_type(&column.ty, |n| context.enum_index(n));
    let arity = if column.ty.array {
        "[]"
    } else if column.nullable {
        "?"
    } else {
        ""
    };
    let mut line = format!("{} {}{arity}", name.prisma, type_text(context, &ty.family));
    if let Some(pk) = &table.primary_key {
        if pk.columns.len() == 1 && pk.columns[0] == column.name {
            line.push_str(" @id");
            if pk.name != default_names::primary_key(&table.name.name) {
                line.push_str(&format!("(map: {})", types::quote(&pk.name)));
            }
        }
    }
    if let Some(unique) = field_unique(table, &column.name) {
        line.push_str(" @unique");
        let mut args = Vec::new();
        if unique.name != default_names::unique_index(&table.name.name, &[&column.name]) {
            args.push(format!("map: {}", types::quote(&unique.name)));
        }
        if unique.columns[0].sort == SortOrder::Desc {
            args.push("sort: Desc".into());
        }
        if let Some(predicate) = &unique.predicate {
            args.push(format!("where: raw({})", types::quote(predicate)));
        }
        if !args.is_empty() {
            line.push_str(&format!("({})", args.join(", ")));
        }
    }
    let previous = context.previous.field(table, &column.name);
    push_field_tail(context, column, &ty, name, previous, &mut line);
    commented_out_if_nameless(name, &column.name, line)
}

/// A field whose name is empty after cleaning is written commented out, under
/// Prisma's note, with the column's name in the name's place.
pub(super) fn commented_out_if_nameless(name: &Name, column: &str, line: String) -> String {
    if !name.prisma.is_empty() {
        return line;
    }
    format!("/// This field was commented out because of an invalid name. Please provide a valid one that matches [a-zA-Z][a-zA-Z0-9_]*\n  // {column}{line}")
}

/// The attributes after `@id`/`@unique`, in Prisma's order: the default (the
/// database's, else a client-side one the existing field declares),
/// `@updatedAt`, `@map`, `@ignore`, the native type.
pub fn push_field_tail(
    context: &Context<'_>,
    column: &Column,
    ty: &types::PrismaType,
    name: &Name,
    previous: Option<&crate::schema::Field>,
    line: &mut String,
) {
    if let Some(default) = &column.default {
        let enum_index = match &ty.family {
            Family::Enum(i) => Some(*i),
            _ => None,
        };
        let variant = |value: &str| {
            let item = &context.db.enums[enum_index?];
            let at = item.values.iter().position(|v| v == value)?;
            let name = &context.value_names[enum_index?][at].prisma;
            (!name.is_empty()).then(|| name.clone())
        };
        if let Some(argument) =
            types::default_argument(default, column.default_text.as_deref(), &ty.family, variant)
        {
            line.push_str(&format!(" @default({argument})"));
        }
    }
    if column.default.is_none() && ty.family == Family::String {
        if let Some(argument) = previous.and_then(client_default) {
            line.push_str(&format!(" @default({argument})"));
        }
    }
    if previous.is_some_and(|f| f.updated_at) {
        line.push_str(" @updatedAt");
    }
    if let Some(mapped) = &name.mapped {
        line.push_str(&format!(" @map({})", types::quote(mapped)));
    }
    if previous.is_some_and(|f| f.ignored) {
        line.push_str(" @ignore");
    }
    if let Some((native, args)) = &ty.native {
        line.push_str(&format!(" @db.{native}"));
        if !args.is_empty() {
            line.push_str(&format!("({})", args.join(", ")));
        }
    }
}

/// A default the client sets, which the existing schema declares and the
/// database cannot show, with its arguments (`uuid(7)`, `nanoid(8)`).
fn client_default(field: &crate::schema::Field) -> Option<String> {
    use crate::schema::DefaultKind;
    let default = field.default.as_ref()?;
    let function = match default.value {
        DefaultKind::Cuid => "cuid",
        DefaultKind::Uuid => "uuid",
        DefaultKind::Nanoid => "nanoid",
        DefaultKind::Ulid => "ulid",
        _ => return None,
    };
    Some(format!("{function}({})", default.arguments))
}

/// The single-column unique index that Prisma puts on a field (the first one).
pub fn field_unique<'t>(table: &'t Table, column: &str) -> Option<&'t Index> {
    visible_indexes(table).find(|i| {
        i.unique
            && i.columns.len() == 1
            && matches!(&i.columns[0].key, IndexKey::Column(c) if c == column)
    })
}

pub(super) fn relation_field(field: &RelationField) -> String {
    let arity = if field.list {
        "[]"
    } else if field.optional {
        "?"
    } else {
        ""
    };
    let mut line = format!("{} {}{arity}", field.name, field.type_name);
    let mut args = Vec::new();
    if !field.relation_name.is_empty() {
        args.push(types::quote(&field.relation_name));
    }
    if let Some((fields, references)) = &field.keys {
        args.push(format!("fields: [{}]", fields.join(", ")));
        args.push(format!("references: [{}]", references.join(", ")));
    }
    if let Some(action) = field.on_delete {
        args.push(format!("onDelete: {action}"));
    }
    if let Some(action) = field.on_update {
        args.push(format!("onUpdate: {action}"));
    }
    if let Some(map) = &field.map {
        args.push(format!("map: {}", types::quote(map)));
    }
    if !args.is_empty() {
        line.push_str(&format!(" @relation({})", args.join(", ")));
    } else if field.attribute_written {
        line.push_str(" @relation");
    }
    if field.ignored {
        line.push_str(" @ignore");
    }
    line
}

fn block_attributes(context: &Context<'_>, index: usize, facts: &Facts) -> Vec<String> {
    let table = &context.db.tables[index];
    let mut lines = Vec::new();
    if let Some(pk) = &table.primary_key {
        if pk.columns.len() > 1 {
            let fields: Vec<String> = pk
                .columns
                .iter()
                .map(|c| context.field_name(index, c))
                .collect();
            let mut line = format!("@@id([{}]", fields.join(", "));
            let kept = context
                .previous
                .model(table)
                .and_then(|(_, m)| m.primary_key.as_ref()?.name.as_deref());
            if let Some(name) = kept {
                line.push_str(&format!(", name: {}", types::quote(name)));
            }
            if pk.name != default_names::primary_key(&table.name.name) {
                line.push_str(&format!(", map: {}", types::quote(&pk.name)));
            }
            line.push(')');
            lines.push(line);
        }
    }
    let mut indexes: Vec<(Option<u32>, String)> = visible_indexes(table)
        .filter(|item| !(item.unique && item.columns.len() == 1))
        .map(|item| {
            let kept = context.previous.index(table, &item.name);
            // Only `@@unique` has a client name; `name:` on `@@index` is
            // the database name of Prisma 2.
            let name = kept
                .filter(|(_, i)| i.kind == crate::schema::IndexKind::Unique)
                .and_then(|(_, i)| i.name.as_deref());
            (
                kept.map(|(at, _)| at),
                index_attribute(context, index, item, name),
            )
        })
        .collect();
    indexes.sort_by(|(a, _), (b, _)| match (a, b) {
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    lines.extend(indexes.into_iter().map(|(_, line)| line));
    if let Some(mapped) = &context.table_names[index].mapped {
        lines.push(format!("@@map({})", types::quote(mapped)));
    }
    if facts.ignored {
        lines.push("@@ignore".into());
    }
    if context.uses_namespaces {
        lines.push(format!("@@schema({})", types::quote(&table.name.schema)));
    }
    lines
}

fn index_attribute(
    context: &Context<'_>,
    index: usize,
    item: &Index,
    kept_name: Option<&str>,
) -> String {
    let table = &context.db.tables[index];
    let btree = item.method == "btree";
    // Prisma's describer lists INCLUDE columns as plain key columns.
    let mut fields: Vec<String> = item
        .columns
        .iter()
        .map(|c| {
            let IndexKey::Column(column) = &c.key else {
                return String::new();
            };
            let mut args = Vec::new();
            if c.sort == SortOrder::Desc {
                args.push("sort: Desc".to_string());
            }
            if let Some(opclass) = c.opclass.as_deref().filter(|_| !btree) {
                args.push(format!("ops: {}", operator_class(opclass)));
            }
            let name = context.field_name(index, column);
            if args.is_empty() {
                name
            } else {
                format!("{name}({})", args.join(", "))
            }
        })
        .collect();
    fields.extend(item.include.iter().map(|c| context.field_name(index, c)));
    let columns: Vec<&str> = item
        .columns
        .iter()
        .filter_map(|c| match &c.key {
            IndexKey::Column(name) => Some(name.as_str()),
            IndexKey::Expression(_) => None,
        })
        .chain(item.include.iter().map(String::as_str))
        .collect();
    let (attribute, default) = if item.unique {
        (
            "@@unique",
            default_names::unique_index(&table.name.name, &columns),
        )
    } else {
        ("@@index", default_names::index(&table.name.name, &columns))
    };
    let mut line = format!("{attribute}([{}]", fields.join(", "));
    if let Some(name) = kept_name {
        line.push_str(&format!(", name: {}", types::quote(name)));
    }
    if item.name != default {
        line.push_str(&format!(", map: {}", types::quote(&item.name)));
    }
    if let Some(method) = index_type(&item.method) {
        line.push_str(&format!(", type: {method}"));
    }
    if let Some(predicate) = &item.predicate {
        line.push_str(&format!(", where: raw({})", types::quote(predicate)));
    }
    line.push(')');
    line
}

fn index_type(method: &str) -> Option<&'static str> {
    match method {
        "hash" => Some("Hash"),
        "gist" => Some("Gist"),
        "gin" => Some("Gin"),
        "spgist" => Some("SpGist"),
        "brin" => Some("Brin"),
        _ => None,
    }
}

/// Prisma's name for an operator class, or `raw("…")`.
fn operator_class(opclass: &str) -> String {
    let managed = match opclass {
        "inet_ops" => "InetOps",
        "jsonb_ops" => "JsonbOps",
        "jsonb_path_ops" => "JsonbPathOps",
        "array_ops" => "ArrayOps",
        "text_ops" => "TextOps",
        "bit_minmax_ops" => "BitMinMaxOps",
        "varbit_minmax_ops" => "VarBitMinMaxOps",
        "bpchar_bloom_ops" => "BpcharBloomOps",
        "bpchar_minmax_ops" => "BpcharMinMaxOps",
        "bytea_bloom_ops" => "ByteaBloomOps",
        "bytea_minmax_ops" => "ByteaMinMaxOps",
        "date_bloom_ops" => "DateBloomOps",
        "date_minmax_ops" => "DateMinMaxOps",
        "date_minmax_multi_ops" => "DateMinMaxMultiOps",
        "float4_bloom_ops" => "Float4BloomOps",
        "float4_minmax_ops" => "Float4MinMaxOps",
        "float4_minmax_multi_ops" => "Float4MinMaxMultiOps",
        "float8_bloom_ops" => "Float8BloomOps",
        "float8_minmax_ops" => "Float8MinMaxOps",
        "float8_minmax_multi_ops" => "Float8MinMaxMultiOps",
        "inet_inclusion_ops" => "InetInclusionOps",
        "inet_bloom_ops" => "InetBloomOps",
        "inet_minmax_ops" => "InetMinMaxOps",
        "inet_minmax_multi_ops" => "InetMinMaxMultiOps",
        "int2_bloom_ops" => "Int2BloomOps",
        "int2_minmax_ops" => "Int2MinMaxOps",
        "int2_minmax_multi_ops" => "Int2MinMaxMultiOps",
        "int4_bloom_ops" => "Int4BloomOps",
        "int4_minmax_ops" => "Int4MinMaxOps",
        "int4_minmax_multi_ops" => "Int4MinMaxMultiOps",
        "int8_bloom_ops" => "Int8BloomOps",
        "int8_minmax_ops" => "Int8MinMaxOps",
        "int8_minmax_multi_ops" => "Int8MinMaxMultiOps",
        "numeric_bloom_ops" => "NumericBloomOps",
        "numeric_minmax_ops" => "NumericMinMaxOps",
        "numeric_minmax_multi_ops" => "NumericMinMaxMultiOps",
        "oid_bloom_ops" => "OidBloomOps",
        "oid_minmax_ops" => "OidMinMaxOps",
        "oid_minmax_multi_ops" => "OidMinMaxMultiOps",
        "text_bloom_ops" => "TextBloomOps",
        "text_minmax_ops" => "TextMinMaxOps",
        "timestamp_bloom_ops" => "TimestampBloomOps",
        "timestamp_minmax_ops" => "TimestampMinMaxOps",
        "timestamp_minmax_multi_ops" => "TimestampMinMaxMultiOps",
        "timestamptz_bloom_ops" => "TimestampTzBloomOps",
        "timestamptz_minmax_ops" => "TimestampTzMinMaxOps",
        "timestamptz_minmax_multi_ops" => "TimestampTzMinMaxMultiOps",
        "time_bloom_ops" => "TimeBloomOps",
        "time_minmax_ops" => "TimeMinMaxOps",
        "time_minmax_multi_ops" => "TimeMinMaxMultiOps",
        "timetz_bloom_ops" => "TimeTzBloomOps",
        "timetz_minmax_ops" => "TimeTzMinMaxOps",
        "timetz_minmax_multi_ops" => "TimeTzMinMaxMultiOps",
        "uuid_bloom_ops" => "UuidBloomOps",
        "uuid_minmax_ops" => "UuidMinMaxOps",
        "uuid_minmax_multi_ops" => "UuidMinMaxMultiOps",
        other => return format!("raw({})", types::quote(other)),
    };
    managed.to_string()
}

fn collect_warnings(context: &Context<'_>, index: usize, facts: &Facts, warnings: &mut Warnings) {
    let table = &context.db.tables[index];
    let model = context.table_names[index].prisma.clone();
    let previous = context.previous.model(table).map(|(_, m)| m);
    if previous
        .and_then(|m| m.primary_key.as_ref()?.name.as_ref())
        .is_some()
        && table
            .primary_key
            .as_ref()
            .is_some_and(|pk| pk.columns.len() > 1)
    {
        warnings.reintrospected_id_names.push(model.clone());
    }
    if table.columns.is_empty() {
        warnings.models_without_columns.push(model.clone());
    } else if !facts.usable && !previous.is_some_and(|m| m.ignored) {
        warnings.models_without_identifiers.push(model.clone());
    }
    if previous.is_some() && context.table_names[index].mapped.is_some() {
        warnings.remapped_models.push(model.clone());
    }
    if table.comment.is_some() {
        warnings
            .objects_with_comments
            .push(("model", model.clone()));
    }
    for check in &table.checks {
        warnings
            .check_constraints
            .push((model.clone(), check.name.clone()));
    }
    for exclusion in table.indexes.iter().filter(|i| i.exclusion) {
        warnings
            .exclusion_constraints
            .push((model.clone(), exclusion.name.clone()));
    }
    if table.partitioned && table.has_children {
        warnings.partition_tables.push(model.clone());
    }
    if !table.partitioned && table.has_children {
        warnings.inherited_tables.push(model.clone());
    }
    if table.row_level_security {
        warnings.row_level_security.push(model.clone());
    }
    for (position, column) in table.columns.iter().enumerate() {
        let name = &context.column_names[index][position];
        if context.previous.field(table, &column.name).is_some() && name.mapped.is_some() {
            warnings
                .remapped_fields
                .push((model.clone(), name.prisma.clone()));
        }
        if let Family::Unsupported(sql) = family(context, column) {
            warnings
                .unsupported_types
                .push((model.clone(), name.prisma.clone(), sql));
        }
        if name.prisma.is_empty() {
            warnings
                .fields_with_empty_names
                .push((model.clone(), column.name.clone()));
        }
        if column.comment.is_some() {
            warnings
                .objects_with_comments
                .push(("field", format!("{model}.{}", name.prisma)));
        }
    }
    for item in table.indexes.iter().filter(|i| is_expression_index(i)) {
        warnings
            .expression_indexes
            .push((model.clone(), item.name.clone()));
    }
}

/// The warnings Prisma's PostgreSQL flavour adds per table, after the models.
pub fn flavour_warnings(context: &Context<'_>, warnings: &mut Warnings) {
    for (index, table) in context.db.tables.iter().enumerate() {
        if context.roles[index] == TableRole::Hidden {
            continue;
        }
        let model = context.table_names[index].prisma.clone();
        for item in visible_indexes(table) {
            for column in &item.columns {
                if let (Some(_), IndexKey::Column(name)) = (column.nulls, &column.key) {
                    warnings
                        .non_default_null_order
                        .push((item.name.clone(), name.clone()));
                }
            }
            if item.deferrable || item.initially_deferred {
                warnings
                    .non_default_deferring
                    .push((model.clone(), item.name.clone()));
            }
        }
        for fk in &table.foreign_keys {
            if fk.deferrable || fk.initially_deferred {
                warnings
                    .non_default_deferring
                    .push((model.clone(), fk.name.clone()));
            }
        }
    }
}

/// A `///` line: Prisma writes `///` alone for an empty line.
pub fn doc_line(indent: &str, text: &str) -> String {
    let text = text.trim_start();
    if text.is_empty() {
        format!("{indent}///\n")
    } else {
        format!("{indent}/// {text}\n")
    }
}
