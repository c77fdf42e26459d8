//! The existing schema, for re-introspection: which model, field, enum and
//! value each database object already has, so that its name is kept.

use std::collections::HashMap;

use super::names::Name;
use crate::ir::{Enum, ForeignKey, QualifiedName, Table, View};
use crate::schema::{
    Field, IndexDef, IndexKind, Model, ModelKind, ParsedSchema, RelationKind, Schema,
};
use crate::sql::names as default_names;

/// The existing schema's models and views by kind, namespace and database
/// name (the first of each), and its relations by the model holding their
/// first field, so that lookups do not scan the whole schema.
#[derive(Default)]
pub struct BlockIndex<'a> {
    blocks: HashMap<(ModelKind, &'a str, &'a str), usize>,
    relations_of: HashMap<usize, Vec<usize>>,
}

/// Indexes the models, views and relations of `parsed` (see [`BlockIndex`]).
pub fn index_blocks<'a>(parsed: &'a ParsedSchema, default_namespace: &'a str) -> BlockIndex<'a> {
    let mut index = BlockIndex::default();
    for (position, model) in parsed.schema.models.iter().enumerate() {
        let namespace = model
            .schema
            .as_ref()
            .map_or(default_namespace, |(schema, _)| schema.as_str());
        index
            .blocks
            .entry((model.kind, namespace, model.database_name.as_str()))
            .or_insert(position);
    }
    for (position, relation) in parsed.schema.relations.iter().enumerate() {
        index
            .relations_of
            .entry(relation.model_a.0)
            .or_default()
            .push(position);
    }
    index
}

/// Matches between the database and the existing schema (none for a fresh
/// introspection).
#[derive(Clone, Copy)]
pub struct Previous<'a> {
    /// The existing schema.
    pub schema: Option<&'a Schema>,
    /// The namespace a model without `@@schema` lives in.
    pub default_namespace: &'a str,
    /// The parsed files, for comments.
    parsed: Option<&'a ParsedSchema>,
    /// Its models and views by database name.
    blocks: Option<&'a BlockIndex<'a>>,
}

impl<'a> Previous<'a> {
    /// No existing schema.
    pub fn none() -> Self {
        Previous {
            schema: None,
            default_namespace: "public",
            parsed: None,
            blocks: None,
        }
    }

    /// Matches against a parsed schema, whose blocks `blocks` indexes.
    pub fn of(
        parsed: &'a ParsedSchema,
        default_namespace: &'a str,
        blocks: &'a BlockIndex<'a>,
    ) -> Self {
        Previous {
            schema: Some(&parsed.schema),
            default_namespace,
            parsed: Some(parsed),
            blocks: Some(blocks),
        }
    }

    /// The model that describes `table`.
    pub fn model(&self, table: &Table) -> Option<(usize, &'a Model)> {
        self.block(ModelKind::Model, &table.name)
    }

    /// The view block that describes `view`.
    pub fn view(&self, view: &View) -> Option<(usize, &'a Model)> {
        self.block(ModelKind::View, &view.name)
    }

    fn block(&self, kind: ModelKind, name: &QualifiedName) -> Option<(usize, &'a Model)> {
        let schema = self.schema?;
        let key = (kind, name.schema.as_str(), name.name.as_str());
        let position = *self.blocks?.blocks.get(&key)?;
        Some((position, &schema.models[position]))
    }

    /// The namespace an existing model or view lives in.
    pub fn namespace_of<'m>(&self, model: &'m Model) -> &'m str
    where
        'a: 'm,
    {
        model
            .schema
            .as_ref()
            .map_or(self.default_namespace, |(schema, _)| schema.as_str())
    }

    /// The model's name, when the existing schema has one for `table`.
    pub fn model_name(&self, table: &Table) -> Option<Name> {
        Some(kept_name(self.model(table)?.1))
    }

    /// The view's name, when the existing schema has one for `view`.
    pub fn view_name(&self, view: &View) -> Option<Name> {
        Some(kept_name(self.view(view)?.1))
    }

    /// The scalar field for a column of `table`.
    pub fn field(&self, table: &Table, column: &str) -> Option<&'a Field> {
        self.field_in(self.model(table)?.1, column)
    }

    /// The field's name, when the existing schema has one.
    pub fn field_name(&self, table: &Table, column: &str) -> Option<Name> {
        self.field_name_in(self.model(table)?.1, column)
    }

    /// The scalar field for a column of an existing model or view.
    pub fn field_in(&self, model: &'a Model, column: &str) -> Option<&'a Field> {
        model
            .fields
            .iter()
            .find(|f| !is_relation_field(f) && f.database_name == column)
    }

    /// The name of the field for `column` in an existing model or view.
    pub fn field_name_in(&self, model: &'a Model, column: &str) -> Option<Name> {
        let field = self.field_in(model, column)?;
        let written = self.source_text(field.span.file.0, field.span.start, field.span.end);
        let mapped = (field.database_name != field.name || written.contains("@map("))
            .then_some(field.database_name.as_str());
        Some(Name::kept(&field.name, mapped))
    }

    /// The existing enum for a database enum.
    pub fn enumeration(&self, item: &Enum) -> Option<(usize, &'a crate::schema::Enum)> {
        let schema = self.schema?;
        schema.enums.iter().enumerate().find(|(_, e)| {
            e.database_name == item.name.name
                && e.schema
                    .as_ref()
                    .map_or(self.default_namespace, |(s, _)| s.as_str())
                    == item.name.schema
        })
    }

    /// The enum's name, when the existing schema has one.
    pub fn enum_name(&self, item: &Enum) -> Option<Name> {
        let (_, existing) = self.enumeration(item)?;
        let written =
            self.source_text(existing.span.file.0, existing.span.start, existing.span.end);
        let mapped = (existing.database_name != existing.name || written.contains("@@map("))
            .then_some(existing.database_name.as_str());
        Some(Name::kept(&existing.name, mapped))
    }

    /// A value's name, when the existing enum has it.
    pub fn value_name(&self, item: &Enum, value: &str) -> Option<Name> {
        let (_, existing) = self.enumeration(item)?;
        let found = existing.values.iter().find(|v| v.database_name == value)?;
        let written = self.source_text(found.span.file.0, found.span.start, found.span.end);
        let mapped = (found.database_name != found.name || written.contains("@map("))
            .then_some(found.database_name.as_str());
        Some(Name::kept(&found.name, mapped))
    }
}

/// An existing model's or view's name, with its `@@map` when it has one
/// (even one equal to the name).
fn kept_name(model: &Model) -> Name {
    let mapped = (model.database_name != model.name || model.map_span.is_some())
        .then_some(model.database_name.as_str());
    Name::kept(&model.name, mapped)
}

/// A field whose type is a model.
fn is_relation_field(field: &Field) -> bool {
    matches!(field.field_type, crate::schema::FieldType::Model(_))
}

impl<'a> Previous<'a> {
    /// The existing relation of a foreign key of `table` (its forward field's
    /// `fields` are the key's columns), when both sides exist: the names
    /// `[relation (explicit only), forward field, back field]`.
    pub fn inline_relation(&self, table: &Table, fk: &ForeignKey) -> Option<[String; 3]> {
        let schema = self.schema?;
        let (model_id, model) = self.model(table)?;
        let positions = self.blocks?.relations_of.get(&model_id)?;
        positions.iter().find_map(|&position| {
            let relation = &schema.relations[position];
            if relation.kind == RelationKind::ManyToMany || relation.model_a.0 != model_id {
                return None;
            }
            let forward = &model.fields[relation.field_a.0];
            let attribute = forward.relation.as_ref()?;
            let columns: Vec<&str> = attribute
                .fields
                .iter()
                .map(|f| model.fields[f.0].database_name.as_str())
                .collect();
            if columns != fk.columns.iter().map(String::as_str).collect::<Vec<_>>() {
                return None;
            }
            let back = &schema.models[relation.model_b.0].fields[relation.field_b?.0];
            let name = attribute
                .name
                .clone()
                .or_else(|| back.relation.as_ref().and_then(|r| r.name.clone()))
                .unwrap_or_default();
            Some([name, forward.name.clone(), back.name.clone()])
        })
    }

    /// The existing implicit many-to-many relation a join table `_Name`
    /// stands for: `[relation name, field in A, field in B]` (`None` for the
    /// field names of a self-relation, which Prisma names afresh).
    pub fn m2m_relation(&self, join_table: &str) -> Option<(String, Option<[String; 2]>)> {
        let schema = self.schema?;
        let name = join_table.strip_prefix('_')?;
        let relation = schema
            .relations
            .iter()
            .find(|r| r.kind == RelationKind::ManyToMany && r.name == name)?;
        if relation.model_a == relation.model_b {
            return Some((relation.name.clone(), None));
        }
        let field_a = &schema.models[relation.model_a.0].fields[relation.field_a.0];
        let field_b = &schema.models[relation.model_b.0].fields[relation.field_b?.0];
        Some((
            relation.name.clone(),
            Some([field_a.name.clone(), field_b.name.clone()]),
        ))
    }
}

impl<'a> Previous<'a> {
    /// The existing index (`@unique`/`@@unique`/`@@index`) whose constraint
    /// name is `name`, with its position among the model's attributes.
    pub fn index(&self, table: &Table, name: &str) -> Option<(u32, &'a IndexDef)> {
        let (_, model) = self.model(table)?;
        model
            .unique_constraints
            .iter()
            .chain(&model.indexes)
            .find(|index| {
                if index.map.is_none() && index.name.as_deref() == Some(name) {
                    return true;
                }
                constraint_name(model, index) == name
            })
            .map(|index| (index.span.start, index))
    }
}

/// The database name of an index the schema declares: its `map`, else
/// Prisma's default.
fn constraint_name(model: &Model, index: &IndexDef) -> String {
    if let Some(map) = &index.map {
        return map.clone();
    }
    let columns: Vec<&str> = index
        .fields
        .iter()
        .map(|f| model.fields[f.field.0].database_name.as_str())
        .collect();
    match index.kind {
        IndexKind::Unique => default_names::unique_index(&model.database_name, &columns),
        _ => default_names::index(&model.database_name, &columns),
    }
}

impl Previous<'_> {
    /// The schema text of file `file` from `start` to `end` (empty when
    /// there is no schema), to see what is written even where it changes
    /// nothing, such as `@map` to the field's own name.
    fn source_text(&self, file: u32, start: u32, end: u32) -> &str {
        self.parsed
            .and_then(|parsed| {
                let source = parsed.sources.files().get(file as usize)?;
                source.text.get(start as usize..end as usize)
            })
            .unwrap_or_default()
    }

    /// The lines of a `/** … */` comment right before `start` in file
    /// `file` (Prisma reads it as documentation), as written.
    pub fn block_doc_before(&self, file: u32, start: u32) -> Vec<String> {
        let Some(source) = self
            .parsed
            .and_then(|p| p.sources.files().get(file as usize))
        else {
            return Vec::new();
        };
        let before = source
            .text
            .get(..start as usize)
            .unwrap_or_default()
            .trim_end();
        let Some(body) = before.strip_suffix("*/") else {
            return Vec::new();
        };
        let Some(open) = body.rfind("/*") else {
            return Vec::new();
        };
        let line_start = body[..open].rfind('\n').map_or(0, |at| at + 1);
        if !body[line_start..open].trim().is_empty() {
            return Vec::new();
        }
        let mut lines: Vec<String> = body[open + 2..].lines().map(str::to_string).collect();
        if lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
        }
        lines
    }

    /// The `///` lines right above the line of `start` (for items whose
    /// parsed form keeps no documentation).
    pub fn doc_lines_before(&self, file: u32, start: u32) -> Vec<String> {
        let Some(source) = self
            .parsed
            .and_then(|p| p.sources.files().get(file as usize))
        else {
            return Vec::new();
        };
        let before = source.text.get(..start as usize).unwrap_or_default();
        let before = &before[..before.rfind('\n').map_or(0, |at| at + 1)];
        let mut lines: Vec<String> = before
            .lines()
            .rev()
            .map(str::trim)
            .take_while(|l| l.starts_with("///"))
            .map(|l| l["///".len()..].to_string())
            .collect();
        lines.reverse();
        lines
    }

    /// A `///` comment at the end of the line starting at `start`.
    pub fn trailing_doc(&self, file: u32, start: u32) -> Option<String> {
        let source = self.parsed?.sources.files().get(file as usize)?;
        let line = source.text.get(start as usize..)?.lines().next()?;
        line.split_once("///")
            .map(|(_, doc)| doc.trim_start().to_string())
    }

    /// The documentation Prisma keeps for an item at `span`-like position
    /// (`file`, `start`): a `/** … */` comment right before it, its `///`
    /// lines, and a `///` comment at the end of its line; as `///` lines.
    pub fn docs(&self, file: u32, start: u32, documentation: Option<&str>) -> Vec<String> {
        let mut lines: Vec<String> = self
            .block_doc_before(file, start)
            .into_iter()
            .map(|line| format!("/// {line}"))
            .collect();
        lines.extend(documentation.into_iter().flat_map(str::lines).map(doc_line));
        lines.extend(self.trailing_doc(file, start).as_deref().map(doc_line));
        lines
    }
}

/// A `///` line as Prisma writes it: `///` alone when empty.
fn doc_line(text: &str) -> String {
    let text = text.trim_start();
    if text.is_empty() {
        "///".to_string()
    } else {
        format!("/// {text}")
    }
}
