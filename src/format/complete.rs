//! What Prisma's formatter adds to a schema besides layout: the missing side
//! of a relation (a back-relation field, or the forward field with its
//! `@relation`), the missing relation scalar fields, and missing `fields:` and
//! `references:` arguments.
//!
//! Relations are paired the way Prisma pairs them (its rules decide which side
//! is "forward", holding the foreign key), and the additions are text inserted
//! at the places Prisma inserts them, so formatting the result gives exactly
//! Prisma's output.

use std::collections::HashMap;

use cruet::Inflector;

use crate::diagnostics::{Diagnostic, DiagnosticCode, FileId, Severity};
use crate::schema::{FieldId, FieldType, Model, ModelId, ParsedSchema, RelationAttribute};
use crate::syntax::{self, Arity, Block};

/// Text to insert before byte `position` of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Insertion {
    pub(super) file: FileId,
    pub(super) position: usize,
    pub(super) text: String,
}

/// Errors that Prisma reports after its formatter has run (so they do not stop
/// it from completing relations). Any other error means the schema could not
/// be read well enough, and nothing is added.
const LATE_ERRORS: &[DiagnosticCode] = &[
    DiagnosticCode::ActionsOnWrongSide,
    DiagnosticCode::BothSidesHaveFields,
    DiagnosticCode::CompositeTypeUnsupported,
    DiagnosticCode::DuplicateDatasource,
    DiagnosticCode::DuplicateGenerator,
    DiagnosticCode::DuplicateProperty,
    DiagnosticCode::DuplicateSchema,
    DiagnosticCode::DuplicateTable,
    DiagnosticCode::EmptyEnum,
    DiagnosticCode::IncompatibleNativeType,
    DiagnosticCode::InvalidEnv,
    DiagnosticCode::InvalidExtension,
    DiagnosticCode::InvalidManyToMany,
    DiagnosticCode::InvalidNativeTypeArguments,
    DiagnosticCode::InvalidRelationMode,
    DiagnosticCode::InvalidValue,
    DiagnosticCode::ListRelationWithFields,
    DiagnosticCode::ManyToManyCompoundId,
    DiagnosticCode::ManyToManyWithoutId,
    DiagnosticCode::MissingOppositeRelation,
    DiagnosticCode::MissingProvider,
    DiagnosticCode::MissingRelationFields,
    DiagnosticCode::MissingRelationReferences,
    DiagnosticCode::MissingSchemaAttribute,
    DiagnosticCode::MissingUniqueCriteria,
    DiagnosticCode::OneToOneNotUnique,
    DiagnosticCode::PreviewFeatureRequired,
    DiagnosticCode::ReferencesNotUnique,
    DiagnosticCode::RelationArity,
    DiagnosticCode::RelationArityMismatch,
    DiagnosticCode::RelationTypeMismatch,
    DiagnosticCode::SetNullOnRequired,
    DiagnosticCode::UnknownNativeType,
    DiagnosticCode::UnknownPreviewFeature,
    DiagnosticCode::UnknownProperty,
    DiagnosticCode::UnknownProvider,
    DiagnosticCode::UnknownSchema,
    DiagnosticCode::ViewIndex,
    DiagnosticCode::ViewManyToMany,
    DiagnosticCode::ViewPrimaryKey,
];

/// Whether relations can be completed: every error is one Prisma finds later,
/// and Prisma's grammar reads every file without an error of its own.
pub(super) fn can_complete(parsed: &ParsedSchema) -> bool {
    let late = |d: &Diagnostic| {
        LATE_ERRORS.contains(&d.code)
            // `@x.Type` is a native type to Prisma, checked later whatever `x` is.
            || (d.code == DiagnosticCode::UnknownAttribute && parsed.sources.get(d.span.file).slice(d.span).contains('.'))
    };
    parsed
        .diagnostics
        .iter()
        .all(|d| d.severity == Severity::Warning || late(d))
        && parsed.files.iter().all(|file| {
            super::render::prisma_reads_cleanly(file, &parsed.sources.get(file.file).text)
        })
}

/// A relation field and what its `@relation` says.
struct RelationField<'a> {
    model: ModelId,
    field: FieldId,
    target: ModelId,
    name: Option<&'a str>,
    arity: Arity,
    relation: Option<&'a RelationAttribute>,
}

impl RelationField<'_> {
    fn fields(&self) -> Option<&[FieldId]> {
        self.relation
            .filter(|r| r.has_fields)
            .map(|r| r.fields.as_slice())
    }

    fn references(&self) -> Option<&[FieldId]> {
        self.relation
            .filter(|r| r.has_references)
            .map(|r| r.references.as_slice())
    }
}

/// An inline (1:1 or 1:n) relation: model A holds the foreign key.
struct Inline {
    model_a: ModelId,
    model_b: ModelId,
    /// Index into the relation fields: the field on model A.
    forward: Option<usize>,
    /// The field on model B.
    back: Option<usize>,
    one_to_one: bool,
}

struct Completion<'a> {
    parsed: &'a ParsedSchema,
    blocks: HashMap<(FileId, u32), &'a Block>,
    fields: Vec<RelationField<'a>>,
    /// Indexes into `fields` by (model, target), in order: finding a field's opposite side
    /// among all relation fields made completing thousands of models quadratic.
    by_models: HashMap<(ModelId, ModelId), Vec<usize>>,
    insertions: Vec<Insertion>,
}

/// Everything to insert, per file in position order.
pub(super) fn insertions(parsed: &ParsedSchema) -> Vec<Insertion> {
    if !can_complete(parsed) {
        return Vec::new();
    }
    let blocks = parsed
        .files
        .iter()
        .flat_map(|file| file.blocks())
        .map(|block| ((block.span.file, block.span.start), block))
        .collect();
    let fields = relation_fields(parsed);
    let mut by_models: HashMap<(ModelId, ModelId), Vec<usize>> = HashMap::new();
    for (index, field) in fields.iter().enumerate() {
        by_models
            .entry((field.model, field.target))
            .or_default()
            .push(index);
    }
    let mut completion = Completion {
        parsed,
        blocks,
        fields,
        by_models,
        insertions: Vec::new(),
    };
    let relations = completion.pair();
    for relation in &relations {
        completion.missing_relation_fields(relation);
        completion.missing_scalar_fields(relation);
    }
    for relation in &relations {
        completion.missing_relation_attribute(relation);
    }
    for relation in &relations {
        completion.missing_arguments(relation);
    }
    let mut insertions = completion.insertions;
    // Stable: additions at one place keep the order they were made in.
    insertions.sort_by_key(|insertion| (insertion.file, insertion.position));
    insertions
}

fn relation_fields(parsed: &ParsedSchema) -> Vec<RelationField<'_>> {
    let mut fields = Vec::new();
    for (m, model) in parsed.schema.models.iter().enumerate() {
        for (f, field) in model.fields.iter().enumerate() {
            if let FieldType::Model(target) = field.field_type {
                let relation = field.relation.as_ref().filter(|r| r.span.is_some());
                fields.push(RelationField {
                    model: ModelId(m),
                    field: FieldId(f),
                    target,
                    name: relation.and_then(|r| r.name.as_deref()),
                    arity: field.arity,
                    relation,
                });
            }
        }
    }
    fields
}

impl<'a> Completion<'a> {
    fn model(&self, id: ModelId) -> &'a Model {
        self.parsed.schema.model(id)
    }

    fn field_name(&self, index: usize) -> &'a str {
        let rf = &self.fields[index];
        &self.model(rf.model).field(rf.field).name
    }

    /// The opposite of a relation field: the first field of the other model
    /// pointing back, with the same relation name.
    fn opposite(&self, index: usize) -> Option<usize> {
        let rf = &self.fields[index];
        let candidates = self.by_models.get(&(rf.target, rf.model))?;
        candidates.iter().copied().find(|&candidate| {
            let other = &self.fields[candidate];
            !(other.model == rf.model && other.field == rf.field) && other.name == rf.name
        })
    }

    /// Prisma's pairing: each relation once, from the side that defines it.
    fn pair(&self) -> Vec<Inline> {
        let mut relations = Vec::new();
        for index in 0..self.fields.len() {
            if let Some(relation) = self.ingest(index) {
                relations.push(relation);
            }
        }
        relations
    }

    fn ingest(&self, index: usize) -> Option<Inline> {
        let rf = &self.fields[index];
        let this = (&self.model(rf.model).name, self.field_name(index));
        let both = |one_to_one: bool, back: usize| Inline {
            model_a: rf.model,
            model_b: rf.target,
            forward: Some(index),
            back: Some(back),
            one_to_one,
        };
        let Some(opposite) = self.opposite(index) else {
            return Some(match rf.arity {
                // Only the list side exists: model A is the other model.
                Arity::List => Inline {
                    model_a: rf.target,
                    model_b: rf.model,
                    forward: None,
                    back: Some(index),
                    one_to_one: false,
                },
                _ => Inline {
                    model_a: rf.model,
                    model_b: rf.target,
                    forward: Some(index),
                    back: None,
                    one_to_one: self.fields_are_unique(rf),
                },
            });
        };
        let other = &self.fields[opposite];
        let that = (&self.model(other.model).name, self.field_name(opposite));
        match (rf.arity, other.arity) {
            // Implicit many-to-many: nothing to complete.
            (Arity::List, Arity::List) => None,
            (Arity::Required, Arity::Optional) => Some(both(true, opposite)),
            (Arity::Required, Arity::Required) => (this <= that).then(|| both(true, opposite)),
            (Arity::Optional, Arity::Required) => None,
            (Arity::Optional, Arity::Optional) => {
                let forward = if rf.fields().is_some() {
                    true
                } else {
                    other.fields().is_none() && this <= that
                };
                forward.then(|| both(true, opposite))
            }
            (Arity::List, _) => None,
            (_, _) => Some(both(false, opposite)),
        }
    }

    /// Whether a forward-only relation's `fields` are exactly a unique index.
    fn fields_are_unique(&self, rf: &RelationField<'_>) -> bool {
        let Some(fields) = rf.fields() else {
            return false;
        };
        self.model(rf.model)
            .unique_constraints
            .iter()
            .any(|unique| {
                unique.fields.len() == fields.len()
                    && unique.fields.iter().zip(fields).all(|(a, b)| a.field == *b)
            })
    }

    /// Before the `}` of a model's block.
    fn closing_brace(&self, model: ModelId) -> (FileId, usize) {
        let span = self.model(model).span;
        (span.file, (span.end as usize).saturating_sub(1))
    }

    fn insert(&mut self, (file, position): (FileId, usize), text: String) {
        self.insertions.push(Insertion {
            file,
            position,
            text,
        });
    }

    fn missing_relation_fields(&mut self, relation: &Inline) {
        if relation.back.is_none() {
            let referencing = self.model(relation.model_a);
            let ignore = if referencing.ignored { "@ignore" } else { "" };
            let (arity, name) = if relation.one_to_one {
                ("?", referencing.name.to_camel_case())
            } else {
                ("[]", referencing.name.to_camel_case().to_plural())
            };
            let text = format!("{name} {}{arity} {ignore}\n", referencing.name);
            self.insert(self.closing_brace(relation.model_b), text);
        }
        if relation.forward.is_none() {
            let referenced = &self.model(relation.model_b).name;
            let arity = render_arity(self.forward_arity(relation));
            let name = if arity == "[]" {
                referenced.to_camel_case().to_plural()
            } else {
                referenced.to_camel_case()
            };
            let text = format!(
                "{name} {referenced}{arity} @relation({}, {})\n",
                self.fields_argument(relation),
                self.references_argument(relation)
            );
            self.insert(self.closing_brace(relation.model_a), text);
        }
    }

    fn missing_scalar_fields(&mut self, relation: &Inline) {
        if self.referencing_fields(relation).is_some() {
            return;
        }
        let referencing = self.model(relation.model_a);
        for inferred in self.inferred_fields(relation) {
            if referencing
                .scalar_fields()
                .any(|(_, f)| f.name == inferred.name)
            {
                continue;
            }
            // Prisma stops at the first field it cannot spell as a scalar.
            let FieldType::Scalar(scalar) = inferred.field_type else {
                return;
            };
            let native = inferred
                .blueprint_native
                .map(|span| {
                    let file = self.parsed.sources.get(span.file);
                    file.slice(span).trim_end().to_string()
                })
                .unwrap_or_default();
            let text = format!(
                "{} {}{} {native}\n",
                inferred.name,
                scalar.name(),
                render_arity(inferred.arity)
            );
            self.insert(self.closing_brace(relation.model_a), text);
        }
    }

    fn missing_relation_attribute(&mut self, relation: &Inline) {
        let Some(forward) = relation.forward else {
            return;
        };
        if self.fields[forward].relation.is_some() {
            return;
        }
        let Some(field) = self.syntax_field(forward) else {
            return;
        };
        let Some(field_type) = &field.field_type else {
            return;
        };
        let file = self.parsed.sources.get(field_type.span.file);
        let typed = file.slice(field_type.span).trim_end();
        let mut position = field_type.span.start as usize + typed.len();
        position += file.text[position..]
            .chars()
            .take_while(|c| matches!(c, '[' | ']' | '?' | '!'))
            .count();
        let text = format!(
            " @relation({}, {})",
            self.fields_argument(relation),
            self.references_argument(relation)
        );
        self.insert((field_type.span.file, position), text);
    }

    fn missing_arguments(&mut self, relation: &Inline) {
        let Some(forward) = relation.forward else {
            return;
        };
        let Some(attribute) = self
            .syntax_field(forward)
            .and_then(|field| field.attributes.iter().find(|a| a.name.name == "relation"))
        else {
            return;
        };
        let mut extra = Vec::new();
        if self.referencing_fields(relation).is_none() {
            extra.push(self.fields_argument(relation));
        }
        if self.fields[forward].references().is_none() {
            extra.push(self.references_argument(relation));
        }
        if extra.is_empty() {
            // Prisma inserts `, ` here, which it then reads as a trailing
            // comma and drops: nothing changes.
            return;
        }
        let extra = extra.join(", ");
        let end = attribute.span.end as usize;
        let (position, text) = if attribute.arguments().is_empty() {
            (end, format!("({extra})"))
        } else {
            (end - 1, format!(", {extra}"))
        };
        self.insert((attribute.span.file, position), text);
    }

    fn syntax_field(&self, index: usize) -> Option<&'a syntax::Field> {
        let rf = &self.fields[index];
        let model = self.model(rf.model);
        let block = self.blocks.get(&(model.span.file, model.span.start))?;
        let name = &model.field(rf.field).name;
        block.fields().find(|f| &f.name.name == name)
    }

    fn referencing_fields(&self, relation: &Inline) -> Option<&[FieldId]> {
        relation.forward.and_then(|f| self.fields[f].fields())
    }

    /// The scalar fields Prisma would name for the foreign key: one per field
    /// of the referenced model's first unique criterion.
    fn inferred_fields(&self, relation: &Inline) -> Vec<Inferred> {
        let referenced = self.model(relation.model_b);
        let referencing = self.model(relation.model_a);
        let Some(criterion) = unique_criteria(referenced).next() else {
            return Vec::new();
        };
        let forward_arity = relation.forward.map(|f| self.fields[f].arity);
        criterion
            .iter()
            .map(|id| {
                let blueprint = referenced.field(*id);
                let name = format!(
                    "{}{}",
                    lower_first(&referenced.name),
                    upper_first(&blueprint.name)
                );
                let existing = referencing
                    .scalar_fields()
                    .find(|(_, f)| f.name == name)
                    .map(|(_, f)| f);
                Inferred {
                    arity: existing.map_or(forward_arity.unwrap_or(Arity::Optional), |f| f.arity),
                    field_type: existing
                        .map_or(&blueprint.field_type, |f| &f.field_type)
                        .clone(),
                    blueprint_native: blueprint.native_type.as_ref().map(|n| n.span),
                    name,
                }
            })
            .collect()
    }

    fn forward_arity(&self, relation: &Inline) -> Arity {
        if let Some(forward) = relation.forward {
            return self.fields[forward].arity;
        }
        if self
            .inferred_fields(relation)
            .iter()
            .any(|f| f.arity == Arity::Optional)
        {
            Arity::Optional
        } else {
            Arity::Required
        }
    }

    fn fields_argument(&self, relation: &Inline) -> String {
        let names: Vec<String> = self
            .inferred_fields(relation)
            .into_iter()
            .map(|f| f.name)
            .collect();
        format!("fields: [{}]", names.join(", "))
    }

    fn references_argument(&self, relation: &Inline) -> String {
        let referenced = self.model(relation.model_b);
        let given = relation.forward.and_then(|f| self.fields[f].references());
        let ids: Vec<FieldId> = match given {
            Some(ids) => ids.to_vec(),
            None => unique_criteria(referenced)
                .find(|criterion| {
                    criterion.iter().all(|id| {
                        let field = referenced.field(*id);
                        field.arity != Arity::Optional
                            && !matches!(field.field_type, FieldType::Unsupported(_))
                    })
                })
                .unwrap_or_default(),
        };
        let names: Vec<&str> = ids
            .iter()
            .map(|id| referenced.field(*id).name.as_str())
            .collect();
        format!("references: [{}]", names.join(", "))
    }
}

struct Inferred {
    name: String,
    arity: Arity,
    field_type: FieldType,
    blueprint_native: Option<crate::diagnostics::Span>,
}

/// The primary key, then each unique constraint, as field lists.
fn unique_criteria(model: &Model) -> impl Iterator<Item = Vec<FieldId>> + '_ {
    let field_ids = |fields: &[crate::schema::IndexField]| fields.iter().map(|f| f.field).collect();
    model
        .primary_key
        .iter()
        .map(move |pk| field_ids(&pk.fields))
        .chain(
            model
                .unique_constraints
                .iter()
                .map(move |u| field_ids(&u.fields)),
        )
}

fn render_arity(arity: Arity) -> &'static str {
    match arity {
        Arity::Required => "",
        Arity::Optional => "?",
        Arity::List => "[]",
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
