//! A check's result as data: the changes with what a report needs around
//! them (strictness, namespaces, target, counts, schema locations), the
//! verdict, and changes grouped by model and counted by severity.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Change, ObjectKind, Severity};
use crate::ir::{self, Origin};
use crate::sql::names::PRISMA_MIGRATIONS_TABLE;

/// What a check found.
#[derive(Debug, Clone)]
pub struct CheckReport {
    /// Every change, sorted; drift, warnings and info alike.
    pub changes: Vec<Change>,
    /// Whether warnings count as drift.
    pub strict: bool,
    /// The namespaces compared.
    pub namespaces: Vec<String>,
    /// Where the database is, without its password.
    pub target: String,
    /// Number of tables, enums and views the schema describes.
    pub expected_counts: Counts,
    /// Number of tables, enums and views the database has.
    pub actual_counts: Counts,
    /// `file:line` of each model and enum of the schema, by name, for reports.
    pub locations: BTreeMap<String, String>,
    /// Where the schema's datasource block is: what a change about an object
    /// the schema does not know at all (a table, an enum, a function) points at.
    pub datasource_origin: Option<Origin>,
}

/// Tables, enums and views of one side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Tables.
    pub tables: usize,
    /// Enum types.
    pub enums: usize,
    /// Views.
    pub views: usize,
}

impl Counts {
    /// The counts of a database; Prisma's `_prisma_migrations` is not one of its tables.
    pub fn of(db: &ir::Database) -> Counts {
        Counts {
            tables: db
                .tables
                .iter()
                .filter(|t| t.name.name != PRISMA_MIGRATIONS_TABLE)
                .count(),
            enums: db.enums.len(),
            views: db.views.len(),
        }
    }
}

/// How many changes of each severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SeverityCounts {
    /// Changes of severity drift.
    pub drift: usize,
    /// Warnings.
    pub warning: usize,
    /// Info.
    pub info: usize,
}

impl SeverityCounts {
    /// Counts `changes` by severity.
    pub fn of<'a>(changes: impl IntoIterator<Item = &'a Change>) -> SeverityCounts {
        let mut counts = SeverityCounts::default();
        for change in changes {
            match change.severity {
                Severity::Drift => counts.drift += 1,
                Severity::Warning => counts.warning += 1,
                Severity::Info => counts.info += 1,
            }
        }
        counts
    }
}

impl CheckReport {
    /// The report for `changes` between `expected` (its origins give the
    /// schema locations) and `actual`.
    pub fn new(
        changes: Vec<Change>,
        expected: &ir::Database,
        actual: &ir::Database,
        target: &str,
        strict: bool,
    ) -> CheckReport {
        let locations = expected
            .tables
            .iter()
            .filter_map(|t| t.origin.as_ref())
            .chain(expected.enums.iter().filter_map(|e| e.origin.as_ref()))
            .chain(expected.views.iter().filter_map(|v| v.origin.as_ref()))
            .filter(|o| o.field.is_none())
            .filter_map(|o| Some((o.model.clone()?, format!("{}:{}", o.file, o.line))))
            .collect();
        CheckReport {
            changes,
            locations,
            datasource_origin: expected.origin.clone(),
            strict,
            namespaces: expected.namespaces.clone(),
            target: target.to_string(),
            expected_counts: Counts::of(expected),
            actual_counts: Counts::of(actual),
        }
    }

    /// Where to point a reader for `change`: its own origin, else the datasource block.
    pub fn location_of<'a>(&'a self, change: &'a Change) -> Option<&'a Origin> {
        change.origin.as_ref().or(self.datasource_origin.as_ref())
    }

    /// Changes that make the database out of sync under these options.
    pub fn drift(&self) -> impl Iterator<Item = &Change> {
        self.changes
            .iter()
            .filter(move |c| counts_as_drift(c, self.strict))
    }

    /// No change counts as drift.
    pub fn is_in_sync(&self) -> bool {
        self.drift().next().is_none()
    }

    /// 0 in sync, 2 drift (1 is for errors, which never make a report).
    pub fn exit_code(&self) -> u8 {
        if self.is_in_sync() {
            0
        } else {
            2
        }
    }

    /// The database has none of the tables the schema describes (and no
    /// other): most likely the migrations were never applied, or the URL
    /// points at another database or schema.
    pub fn looks_empty(&self) -> bool {
        self.actual_counts.tables == 0 && self.expected_counts.tables > 0
    }

    /// The changes counted by severity.
    pub fn severity_counts(&self) -> SeverityCounts {
        SeverityCounts::of(&self.changes)
    }

    /// The changes grouped as [`group_of`] names the groups, groups sorted by name.
    pub fn groups(&self) -> BTreeMap<String, Vec<&Change>> {
        let mut groups: BTreeMap<String, Vec<&Change>> = BTreeMap::new();
        for change in &self.changes {
            groups.entry(group_of(change)).or_default().push(change);
        }
        groups
    }

    /// Where the schema declares the model (or enum) of a group's changes.
    pub fn declared_at(&self, changes: &[&Change]) -> Option<&str> {
        changes
            .iter()
            .find_map(|c| c.origin.as_ref().and_then(|o| o.model.as_ref()))
            .and_then(|model| self.locations.get(model))
            .map(String::as_str)
    }
}

/// Whether a change makes the database out of sync: drift always, warnings in strict mode.
pub fn counts_as_drift(change: &Change, strict: bool) -> bool {
    match change.severity {
        Severity::Drift => true,
        Severity::Warning => strict,
        Severity::Info => false,
    }
}

/// The group a change belongs to: its model when the schema declares one,
/// else its table (or top-level object).
pub fn group_of(change: &Change) -> String {
    match change.object.kind {
        ObjectKind::Enum => return format!("enum {}", change.object.name),
        ObjectKind::EnumValue => {
            return format!(
                "enum {}",
                change.object.parent.as_deref().unwrap_or_default()
            )
        }
        _ => {}
    }
    if let Some(model) = change.origin.as_ref().and_then(|o| o.model.as_ref()) {
        return format!("model {model}");
    }
    match &change.object.parent {
        Some(parent) => format!("table {}.{}", change.object.schema, parent),
        None => format!(
            "{} {}",
            format!("{:?}", change.object.kind).to_lowercase(),
            change.object.path()
        ),
    }
}
