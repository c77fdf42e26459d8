//! Changes → steps: one file per kind of object. A first pass
//! ([`Planner::gather`]) groups what belongs together (the changes of one
//! column, of one enum) and notes what other steps need to know (which tables,
//! columns and foreign keys go); [`Planner::finish`] then plans every step.

mod columns;
mod dependents;
mod enums;
mod foreign_keys;
mod indexes;
mod primary_keys;
mod renames;
mod tables;

use std::collections::{BTreeMap, BTreeSet};

use self::columns::ColumnFix;
use self::enums::EnumFix;
use super::order::{cut, table_key, Node, Phase, Res};
use super::statements::STYLE;
use crate::diff::equivalence::same_name;
use crate::diff::{Change, ChangeKind};
use crate::ir::{self, QualifiedName, Table};

/// The planner's state: the two databases, the steps so far, and what the
/// first pass learned.
pub(super) struct Planner<'a> {
    expected: &'a ir::Database,
    actual: &'a ir::Database,
    nodes: Vec<Node>,
    unsupported: Vec<String>,
    /// Per (expected table, expected column): changes gathered before planning.
    columns: BTreeMap<(QualifiedName, String), ColumnFix>,
    enums: BTreeMap<QualifiedName, EnumFix>,
    /// Index changes per (expected table, expected index name).
    index_changed: BTreeSet<(QualifiedName, String)>,
    index_renamed: BTreeMap<(QualifiedName, String), String>,
    fk_changed: BTreeSet<(QualifiedName, String)>,
    fk_renamed: BTreeMap<(QualifiedName, String), String>,
    /// Actual tables dropped; actual columns dropped.
    dropped_tables: BTreeSet<QualifiedName>,
    dropped_columns: BTreeSet<(QualifiedName, String)>,
    /// Actual foreign keys dropped by some step: (actual table, name).
    dropped_fks: BTreeSet<(QualifiedName, String)>,
    /// Foreign keys dropped only to let a unique key go, re-added later.
    readded_fks: BTreeSet<(QualifiedName, String)>,
    /// Columns whose default a step (type change, enum recreation) sets.
    default_done: BTreeSet<(QualifiedName, String)>,
    /// Changes planned in the second pass, in order.
    deferred: Vec<&'a Change>,
    /// Foreign key renames, planned last.
    fk_renames: Vec<&'a Change>,
}

/// `kind: path`, the title of a step that answers one change.
fn title(change: &Change) -> String {
    format!("{}: {}", change.kind, change.object.path())
}

impl<'a> Planner<'a> {
    pub(super) fn new(expected: &'a ir::Database, actual: &'a ir::Database) -> Self {
        Planner {
            expected,
            actual,
            nodes: Vec::new(),
            unsupported: Vec::new(),
            columns: BTreeMap::new(),
            enums: BTreeMap::new(),
            index_changed: BTreeSet::new(),
            index_renamed: BTreeMap::new(),
            fk_changed: BTreeSet::new(),
            fk_renamed: BTreeMap::new(),
            dropped_tables: BTreeSet::new(),
            dropped_columns: BTreeSet::new(),
            dropped_fks: BTreeSet::new(),
            readded_fks: BTreeSet::new(),
            default_done: BTreeSet::new(),
            deferred: Vec::new(),
            fk_renames: Vec::new(),
        }
    }

    fn push(&mut self, node: Node) {
        self.nodes.push(node);
    }

    fn skip(&mut self, change: &Change, reason: &str) {
        self.unsupported.push(format!(
            "{} {}: {reason}",
            change.kind,
            change.object.path()
        ));
    }

    /// The table a child change is about: `(expected, actual)` by the names
    /// the differ matched them with.
    fn tables(&self, change: &Change) -> (Option<&'a Table>, Option<&'a Table>) {
        let Some(name) = Self::parent_name(change) else {
            return (None, None);
        };
        (self.expected.table(&name), self.actual_table(&name))
    }

    /// The database's table the differ matched with a schema table's name.
    fn actual_table(&self, name: &QualifiedName) -> Option<&'a Table> {
        self.actual
            .tables
            .iter()
            .find(|t| t.name.schema == name.schema && same_name(&name.name, &t.name.name))
    }

    /// The schema's table the differ matched with a database table's name.
    fn expected_table(&self, name: &QualifiedName) -> Option<&'a Table> {
        self.expected
            .tables
            .iter()
            .find(|t| t.name.schema == name.schema && same_name(&t.name.name, &name.name))
    }

    fn object_name(change: &Change) -> QualifiedName {
        QualifiedName::new(change.object.schema.clone(), change.object.name.clone())
    }

    fn parent_name(change: &Change) -> Option<QualifiedName> {
        change
            .object
            .parent
            .as_ref()
            .map(|p| QualifiedName::new(change.object.schema.clone(), p.clone()))
    }

    /// First pass: gather what needs gathering; plan the rest in `finish`.
    pub(super) fn gather(&mut self, change: &'a Change) {
        let parent = Self::parent_name(change);
        let name = change.object.name.clone();
        match change.kind {
            ChangeKind::ColumnTypeChanged
            | ChangeKind::ColumnNullabilityChanged
            | ChangeKind::ColumnDefaultChanged => {
                let Some(parent) = parent else {
                    return self.skip(change, "no table named");
                };
                self.columns
                    .entry((parent, name))
                    .or_default()
                    .add(change.kind);
            }
            ChangeKind::EnumValueMissing | ChangeKind::EnumValueExtra => {
                let Some(parent) = parent else {
                    return self.skip(change, "no enum named");
                };
                self.enums.entry(parent).or_default().add(change);
            }
            ChangeKind::IndexChanged | ChangeKind::UniqueIndexPartial => {
                if let Some(parent) = parent {
                    self.index_changed.insert((parent, name));
                }
                self.deferred.push(change);
            }
            ChangeKind::IndexRenamed => {
                if let (Some(parent), Some(actual)) = (parent, &change.actual) {
                    self.index_renamed.insert((parent, name), actual.clone());
                }
                self.deferred.push(change);
            }
            ChangeKind::ForeignKeyChanged => {
                if let Some(parent) = parent {
                    self.fk_changed.insert((parent, name));
                }
                self.deferred.push(change);
            }
            ChangeKind::ForeignKeyRenamed => {
                if let (Some(parent), Some(actual)) = (parent, &change.actual) {
                    self.fk_renamed.insert((parent, name), actual.clone());
                }
                self.deferred.push(change);
            }
            ChangeKind::TableExtra => {
                self.dropped_tables
                    .insert(table_key(&Self::object_name(change)));
                self.deferred.push(change);
            }
            ChangeKind::ColumnExtra => {
                if let (_, Some(actual)) = self.tables(change) {
                    self.dropped_columns
                        .insert((table_key(&actual.name), cut(&name)));
                }
                self.deferred.push(change);
            }
            _ => self.deferred.push(change),
        }
    }

    /// Second pass: every step. Returns the steps in the order they were
    /// planned (which breaks ties in the sort) and what could not be planned.
    pub(super) fn finish(mut self) -> (Vec<Node>, Vec<String>) {
        // Foreign keys dropped outright are known before any unique key is
        // dropped (which may need to drop and re-add the ones that depend on it).
        self.note_dropped_foreign_keys();
        for change in std::mem::take(&mut self.deferred) {
            self.plan_change(change);
        }
        let columns = std::mem::take(&mut self.columns);
        let enums = std::mem::take(&mut self.enums);
        // Enum recreations first: they decide which column defaults they reset.
        for (name, fix) in &enums {
            self.plan_enum(name, fix);
        }
        for ((table, column), fix) in &columns {
            self.plan_column(table, column, fix);
        }
        for change in std::mem::take(&mut self.fk_renames) {
            self.rename_foreign_key(change);
        }
        self.create_schemas();
        (self.nodes, self.unsupported)
    }

    fn plan_change(&mut self, change: &'a Change) {
        match change.kind {
            ChangeKind::TableMissing => self.create_table(change),
            ChangeKind::TableExtra => self.drop_table(change),
            ChangeKind::ColumnMissing => self.add_column(change),
            ChangeKind::ColumnExtra => self.drop_column(change),
            ChangeKind::PrimaryKeyMissing
            | ChangeKind::PrimaryKeyExtra
            | ChangeKind::PrimaryKeyChanged => self.primary_key(change),
            ChangeKind::PrimaryKeyRenamed => self.rename_primary_key(change),
            ChangeKind::IndexMissing => self.index_missing(change),
            ChangeKind::IndexExtra => self.index_extra(change),
            ChangeKind::IndexChanged | ChangeKind::UniqueIndexPartial => self.replace_index(change),
            ChangeKind::IndexRenamed => self.rename_index(change),
            ChangeKind::ForeignKeyMissing => self.foreign_key_missing(change),
            ChangeKind::ForeignKeyExtra => self.foreign_key_extra(change),
            ChangeKind::ForeignKeyChanged => self.replace_foreign_key(change),
            // After every step that may drop and re-add the foreign key.
            ChangeKind::ForeignKeyRenamed => self.fk_renames.push(change),
            ChangeKind::EnumMissing => self.create_enum(change),
            ChangeKind::EnumExtra => self.drop_enum(change),
            ChangeKind::ViewColumnMissing
            | ChangeKind::ViewColumnExtra
            | ChangeKind::ViewColumnTypeChanged => self.skip(
                change,
                "views are the team's SQL, not Prisma Migrate's: change the view's definition",
            ),
            _ => self.skip(change, "no fix-up is known for this kind of change"),
        }
    }

    /// `CREATE SCHEMA IF NOT EXISTS` for the namespaces objects are created
    /// in when the database shows nothing in them (they may not exist).
    fn create_schemas(&mut self) {
        let needed: BTreeSet<String> = self
            .nodes
            .iter()
            .flat_map(|n| &n.requires)
            .filter_map(|r| match r {
                Res::Schema(schema) => Some(schema.clone()),
                _ => None,
            })
            .collect();
        let actual = self.actual;
        for schema in needed {
            let used = actual.tables.iter().any(|t| t.name.schema == schema)
                || actual.enums.iter().any(|e| e.name.schema == schema)
                || actual.views.iter().any(|v| v.name.schema == schema)
                || actual.sequences.iter().any(|s| s.name.schema == schema)
                || actual.functions.iter().any(|f| f.name.schema == schema);
            if used {
                continue;
            }
            let mut node = Node::new(
                Phase::CreateSchema,
                format!("schema {schema}: the database has nothing in it (it may not exist)"),
            )
            .sql(format!(
                "CREATE SCHEMA IF NOT EXISTS {}",
                STYLE.ident(&schema)
            ));
            node.provides.push(Res::Schema(schema));
            self.push(node);
        }
    }
}
