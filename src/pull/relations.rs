//! Relation fields: both sides of each foreign key, and both sides of each
//! implicit many-to-many relation, in the order Prisma places them.

use super::context::{Context, TableRole};
use super::models;
use crate::ir::{ForeignKey, ReferentialAction};
use crate::schema::{Model, ModelKind};
use crate::sql::names as default_names;

/// A relation field of a model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationField {
    /// The field's name.
    pub name: String,
    /// The related model.
    pub type_name: String,
    /// `?`.
    pub optional: bool,
    /// `[]`.
    pub list: bool,
    /// The relation's name, empty when not needed.
    pub relation_name: String,
    /// `fields` and `references`, on the side holding the foreign key.
    pub keys: Option<(Vec<String>, Vec<String>)>,
    /// `onDelete`, when not the default.
    pub on_delete: Option<&'static str>,
    /// `onUpdate`, when not the default.
    pub on_update: Option<&'static str>,
    /// The constraint name, when not the default.
    pub map: Option<String>,
    /// `@ignore`.
    pub ignored: bool,
    /// Copied from the existing schema (no foreign key backs it).
    pub copied: bool,
    /// Copied with an `@relation` attribute, which stays even when it has
    /// nothing left to say (`@relation()` is written `@relation`).
    pub attribute_written: bool,
}

/// Which side of a relation a field is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// The side holding the foreign key.
    Forward,
    /// The side the foreign key points at.
    Back,
}

/// Where one relation field of a table comes from, before it is spelled.
#[derive(Debug, Clone, Copy)]
pub enum Side {
    /// A side of foreign key `position` of table `owner`, which references `referenced`.
    Inline {
        owner: usize,
        position: usize,
        referenced: usize,
        direction: Direction,
    },
    /// A side of the many-to-many relation of join table `join`: `name` is the index of the
    /// field's name in its [`RelationNames`](super::context::RelationNames), `other` the
    /// model on the other side.
    ManyToMany {
        join: usize,
        name: usize,
        other: usize,
    },
}

/// Every table's relation sides, in Prisma's order: for each table in order, both sides of
/// each of its foreign keys (a model gets the forward side of its own keys and the back side
/// of keys pointing at it), then the many-to-many sides. Made once for all tables: asked per
/// table, the scan of every foreign key made pulling thousands of tables quadratic.
pub fn sides(context: &Context<'_>) -> Vec<Vec<Side>> {
    let mut sides = vec![Vec::new(); context.db.tables.len()];
    for (owner, table) in context.db.tables.iter().enumerate() {
        if context.roles[owner] == TableRole::JoinTable {
            continue;
        }
        for (position, fk) in table.foreign_keys.iter().enumerate() {
            if !context.inline_names.contains_key(&(owner, position)) {
                continue;
            }
            let Some(referenced) = context.table_index(&fk.referenced_table) else {
                continue;
            };
            for (table, direction) in [(owner, Direction::Forward), (referenced, Direction::Back)] {
                sides[table].push(Side::Inline {
                    owner,
                    position,
                    referenced,
                    direction,
                });
            }
        }
    }
    for (join, _) in join_tables(context) {
        let table = &context.db.tables[join];
        let (first, second) = (&table.foreign_keys[0], &table.foreign_keys[1]);
        let first_is_a = first
            .columns
            .first()
            .is_some_and(|c| c.eq_ignore_ascii_case("a"));
        let (fk_a, fk_b) = if first_is_a {
            (first, second)
        } else {
            (second, first)
        };
        let (Some(model_a), Some(model_b)) = (
            context.table_index(&fk_a.referenced_table),
            context.table_index(&fk_b.referenced_table),
        ) else {
            continue;
        };
        sides[model_a].push(Side::ManyToMany {
            join,
            name: 1,
            other: model_b,
        });
        sides[model_b].push(Side::ManyToMany {
            join,
            name: 2,
            other: model_a,
        });
    }
    sides
}

/// The relation fields of table `index`, in Prisma's order (see [`sides`]).
pub fn fields_of(context: &Context<'_>, index: usize) -> Vec<RelationField> {
    if context.emulated_relations {
        return copied_fields(context, index);
    }
    let Some(sides) = context.relation_sides().get(index) else {
        return Vec::new();
    };
    let mut fields: Vec<RelationField> = sides
        .iter()
        .filter_map(|side| match *side {
            Side::Inline {
                owner,
                position,
                referenced,
                direction,
            } => {
                let fk = &context.db.tables[owner].foreign_keys[position];
                let names = context.inline_names.get(&(owner, position))?;
                Some(inline_field(
                    context, owner, referenced, fk, names, direction,
                ))
            }
            Side::ManyToMany { join, name, other } => {
                let names = context.m2m_names.get(&join)?;
                Some(m2m_field(context, &names[name], other, &names[0]))
            }
        })
        .collect();
    fields.extend(copied_view_fields(context, index));
    fields
}

fn join_tables<'c>(
    context: &'c Context<'_>,
) -> impl Iterator<Item = (usize, &'c [String; 3])> + 'c {
    (0..context.db.tables.len())
        .filter(|i| context.roles[*i] == TableRole::JoinTable)
        .filter_map(|i| context.m2m_names.get(&i).map(|names| (i, names)))
}

fn m2m_field(context: &Context<'_>, name: &str, other: usize, relation: &str) -> RelationField {
    RelationField {
        name: name.to_string(),
        type_name: context.model_name(other).to_string(),
        optional: false,
        list: true,
        relation_name: relation.to_string(),
        keys: None,
        on_delete: None,
        on_update: None,
        map: None,
        ignored: false,
        copied: false,
        attribute_written: false,
    }
}

fn inline_field(
    context: &Context<'_>,
    owner: usize,
    referenced: usize,
    fk: &ForeignKey,
    names: &[String; 3],
    direction: Direction,
) -> RelationField {
    let table = &context.db.tables[owner];
    let any_required = fk
        .columns
        .iter()
        .any(|c| table.column(c).is_some_and(|c| !c.nullable));
    let any_optional = fk
        .columns
        .iter()
        .any(|c| table.column(c).is_none_or(|c| c.nullable));
    let missing_identifier = !models::has_usable_identifier(context, owner)
        || !models::has_usable_identifier(context, referenced);
    let holder = match direction {
        Direction::Forward => owner,
        Direction::Back => referenced,
    };
    let ignored = missing_identifier && !models::Facts::of(context, holder).ignored;
    match direction {
        Direction::Forward => {
            let fields = fk
                .columns
                .iter()
                .map(|c| context.field_name(owner, c))
                .collect();
            let references = fk
                .referenced_columns
                .iter()
                .map(|c| context.field_name(referenced, c))
                .collect();
            let columns: Vec<&str> = fk.columns.iter().map(String::as_str).collect();
            let default = default_names::foreign_key(&table.name.name, &columns);
            RelationField {
                name: names[1].clone(),
                type_name: context.model_name(referenced).to_string(),
                optional: any_optional,
                list: false,
                relation_name: names[0].clone(),
                keys: Some((fields, references)),
                on_delete: on_delete(any_required, fk.on_delete),
                on_update: on_update(fk.on_update),
                map: (fk.name != default).then(|| fk.name.clone()),
                ignored,
                copied: false,
                attribute_written: false,
            }
        }
        Direction::Back => {
            let unique = back_side_is_unique(context, owner, fk);
            RelationField {
                name: names[2].clone(),
                type_name: context.model_name(owner).to_string(),
                optional: unique,
                list: !unique,
                relation_name: names[0].clone(),
                keys: None,
                on_delete: None,
                on_update: None,
                map: None,
                ignored,
                copied: false,
                attribute_written: false,
            }
        }
    }
}

/// The foreign key's columns cover a primary key or unique index of its
/// table: the other side is one-to-one.
fn back_side_is_unique(context: &Context<'_>, owner: usize, fk: &ForeignKey) -> bool {
    let table = &context.db.tables[owner];
    let covered = |columns: &[&str]| columns.iter().all(|c| fk.columns.iter().any(|f| f == c));
    let pk = table.primary_key.as_ref().is_some_and(|pk| {
        let columns: Vec<&str> = pk.columns.iter().map(String::as_str).collect();
        covered(&columns)
    });
    pk || models::visible_indexes(table)
        .filter(|i| i.unique)
        .any(|i| i.column_names().is_some_and(|columns| covered(&columns)))
}

fn on_delete(any_required: bool, action: ReferentialAction) -> Option<&'static str> {
    use ReferentialAction::*;
    match (any_required, action) {
        (false, SetNull) | (true, Restrict) => None,
        (_, Cascade) => Some("Cascade"),
        (_, SetDefault) => Some("SetDefault"),
        (true, SetNull) => Some("SetNull"),
        (_, NoAction) => Some("NoAction"),
        (false, Restrict) => Some("Restrict"),
    }
}

fn on_update(action: ReferentialAction) -> Option<&'static str> {
    use ReferentialAction::*;
    match action {
        Cascade => None,
        NoAction => Some("NoAction"),
        Restrict => Some("Restrict"),
        SetNull => Some("SetNull"),
        SetDefault => Some("SetDefault"),
    }
}

/// With `relationMode = "prisma"` the database has no foreign keys: Prisma
/// copies the existing schema's relation fields (to models still there).
fn copied_fields(context: &Context<'_>, index: usize) -> Vec<RelationField> {
    let Some((_, model)) = context.previous.model(&context.db.tables[index]) else {
        return Vec::new();
    };
    // Only a missing table drops a field here: one to a view that is gone stays.
    copied_from(context, model, |related| {
        related.kind == ModelKind::View || context.has_table_for(related)
    })
}

/// The existing model's relation fields to views: no foreign key can back
/// them, so Prisma copies them after the ones foreign keys give.
fn copied_view_fields(context: &Context<'_>, index: usize) -> Vec<RelationField> {
    let Some((_, model)) = context.previous.model(&context.db.tables[index]) else {
        return Vec::new();
    };
    copied_from(context, model, |related| {
        related.kind == ModelKind::View && context.has_view_for(related)
    })
}

/// The relation fields of an existing view, all copied, while the model or
/// view each points to still exists.
pub fn view_fields(context: &Context<'_>, view: &Model) -> Vec<RelationField> {
    copied_from(context, view, |related| match related.kind {
        ModelKind::View => context.has_view_for(related),
        ModelKind::Model => context.has_table_for(related),
    })
}

/// The relation fields of `model` in the existing schema whose related model
/// `keep` accepts, as written there.
fn copied_from(
    context: &Context<'_>,
    model: &Model,
    keep: impl Fn(&Model) -> bool,
) -> Vec<RelationField> {
    let Some(schema) = context.previous.schema else {
        return Vec::new();
    };
    let action = |a: Option<crate::schema::ReferentialAction>| {
        use crate::schema::ReferentialAction::*;
        a.map(|a| match a {
            Cascade => "Cascade",
            Restrict => "Restrict",
            NoAction => "NoAction",
            SetNull => "SetNull",
            SetDefault => "SetDefault",
        })
    };
    let names = |ids: &[crate::schema::FieldId], m: &Model| {
        ids.iter()
            .map(|f| m.fields[f.0].name.clone())
            .collect::<Vec<_>>()
    };
    model
        .fields
        .iter()
        .filter_map(|field| {
            let crate::schema::FieldType::Model(related) = field.field_type else {
                return None;
            };
            let other = &schema.models[related.0];
            if !keep(other) {
                return None;
            }
            let attribute = field.relation.as_ref().filter(|r| r.span.is_some());
            let keys = attribute
                .filter(|r| r.has_fields || r.has_references)
                .map(|r| (names(&r.fields, model), names(&r.references, other)));
            Some(RelationField {
                name: field.name.clone(),
                type_name: other.name.clone(),
                optional: field.is_optional(),
                list: field.is_list(),
                relation_name: attribute.and_then(|r| r.name.clone()).unwrap_or_default(),
                keys,
                on_delete: attribute.and_then(|r| action(r.on_delete)),
                on_update: attribute.and_then(|r| action(r.on_update)),
                map: attribute.and_then(|r| r.map.clone()),
                ignored: field.ignored,
                copied: true,
                attribute_written: attribute.is_some(),
            })
        })
        .collect()
}
