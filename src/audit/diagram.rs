//! The entity-relationship diagram as data: entities (the audited tables,
//! named by their models, with key columns) and relations (their foreign
//! keys), one diagram per inventory group when the schema is large. The
//! report writes them as Mermaid `erDiagram`s.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::inventory::Inventory;
use crate::ir;

/// Up to this many tables, one diagram holds them all.
pub const ONE_DIAGRAM_UP_TO: usize = 30;
/// At most this many entities in one diagram (the rest are listed as left out).
pub const MAX_ENTITIES: usize = 40;

/// One diagram.
#[derive(Debug, Clone, Serialize)]
pub struct Diagram {
    /// Its group (a section, a namespace, a file), or `None` for the whole schema.
    pub title: Option<String>,
    /// Its entities, sorted.
    pub entities: Vec<Entity>,
    /// Foreign keys between them (and to entities of other groups, drawn too).
    pub relations: Vec<DiagramRelation>,
    /// Tables of the group left out because of [`MAX_ENTITIES`].
    pub omitted: Vec<String>,
}

/// A table in a diagram.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    /// The model's name, else the table's.
    pub name: String,
    /// Primary key and foreign key columns: (type, column, `PK` / `FK` / `PK, FK`).
    pub attributes: Vec<(String, String, &'static str)>,
    /// In another group: drawn for its relations only.
    pub external: bool,
}

/// A foreign key, as a relation between two entities.
#[derive(Debug, Clone, Serialize)]
pub struct DiagramRelation {
    /// The referencing entity (many side, or one side of a one-to-one).
    pub from: String,
    /// The referenced entity.
    pub to: String,
    /// The foreign key's columns are unique: one-to-one.
    pub one_to_one: bool,
    /// Some foreign key column is nullable: the reference is optional.
    pub optional: bool,
    /// The foreign key's columns.
    pub label: String,
}

/// Diagrams of the inventory's groups (one in all when it is small).
pub(super) fn build(actual: &ir::Database, inventory: &Inventory) -> Vec<Diagram> {
    let names: BTreeMap<String, String> = inventory
        .groups
        .iter()
        .flat_map(|g| &g.tables)
        .map(|t| {
            (
                t.table.clone(),
                t.model.clone().unwrap_or_else(|| t.name.clone()),
            )
        })
        .collect();
    let total: usize = inventory.groups.iter().map(|g| g.tables.len()).sum();
    let groups: Vec<(Option<String>, Vec<String>)> = if total <= ONE_DIAGRAM_UP_TO {
        vec![(None, names.keys().cloned().collect())]
    } else {
        inventory
            .groups
            .iter()
            .map(|g| {
                (
                    Some(g.label()),
                    g.tables.iter().map(|t| t.table.clone()).collect(),
                )
            })
            .collect()
    };
    groups
        .into_iter()
        .filter(|(_, tables)| !tables.is_empty())
        .map(|(title, tables)| diagram(actual, &names, title, tables))
        .collect()
}

fn diagram(
    actual: &ir::Database,
    names: &BTreeMap<String, String>,
    title: Option<String>,
    mut tables: Vec<String>,
) -> Diagram {
    tables.sort();
    let omitted = tables.split_off(tables.len().min(MAX_ENTITIES));
    let members: BTreeSet<&String> = tables.iter().collect();
    let mut relations = Vec::new();
    let mut external = BTreeSet::new();
    for table in actual
        .tables
        .iter()
        .filter(|t| members.contains(&t.name.to_string()))
    {
        for fk in &table.foreign_keys {
            let target = fk.referenced_table.to_string();
            let Some(to) = names.get(&target) else {
                continue;
            };
            if !members.contains(&target) {
                external.insert(target.clone());
            }
            let unique = table
                .primary_key
                .as_ref()
                .is_some_and(|pk| pk.columns == fk.columns)
                || table.indexes.iter().any(|i| {
                    i.unique
                        && i.predicate.is_none()
                        && i.columns.len() == fk.columns.len()
                        && i.columns
                            .iter()
                            .zip(&fk.columns)
                            .all(|(c, f)| matches!(&c.key, ir::IndexKey::Column(n) if n == f))
                });
            relations.push(DiagramRelation {
                from: names[&table.name.to_string()].clone(),
                to: to.clone(),
                one_to_one: unique,
                optional: fk
                    .columns
                    .iter()
                    .any(|c| table.column(c).is_some_and(|c| c.nullable)),
                label: fk.columns.join(", "),
            });
        }
    }
    relations.sort_by(|a, b| (&a.from, &a.to, &a.label).cmp(&(&b.from, &b.to, &b.label)));
    let mut entities: Vec<Entity> = tables
        .iter()
        .map(|t| entity(actual, names, t, false))
        .chain(external.iter().map(|t| entity(actual, names, t, true)))
        .collect();
    entities.sort_by(|a, b| (a.external, &a.name).cmp(&(b.external, &b.name)));
    Diagram {
        title,
        entities,
        relations,
        omitted: omitted.iter().map(|t| names[t].clone()).collect(),
    }
}

fn entity(
    actual: &ir::Database,
    names: &BTreeMap<String, String>,
    table: &str,
    external: bool,
) -> Entity {
    let mut attributes = Vec::new();
    if let Some(t) = actual.tables.iter().find(|t| t.name.to_string() == table) {
        let pk: Vec<&String> = t.primary_key.iter().flat_map(|p| &p.columns).collect();
        let fk: BTreeSet<&String> = t.foreign_keys.iter().flat_map(|f| &f.columns).collect();
        if !external {
            for column in &t.columns {
                let key = match (pk.contains(&&column.name), fk.contains(&column.name)) {
                    (true, true) => "PK, FK",
                    (true, false) => "PK",
                    (false, true) => "FK",
                    (false, false) => continue,
                };
                let ty = column.ty.sql();
                attributes.push((ty, column.name.clone(), key));
            }
        }
    }
    Entity {
        name: names[table].clone(),
        attributes,
        external,
    }
}
