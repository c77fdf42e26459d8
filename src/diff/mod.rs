//! `ir::Database × ir::Database → Vec<Change>`: what differs between the
//! database a schema describes (expected) and the one that exists (actual).
//!
//! The differ never knows where an IR came from. What the schema language can
//! express is passed in [`DiffOptions`]; objects it cannot express are reported
//! with their own `unmanaged_*` kinds as warnings, never as drift.

pub mod equivalence;
mod report;
mod tables;
mod views;

pub use report::{counts_as_drift, group_of, CheckReport, Counts, SeverityCounts};

use serde::Serialize;

use crate::ir::{self, DefaultValue, Origin, QualifiedName};

/// How much a change matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The database does not match the schema.
    Drift,
    /// Something the schema cannot describe (or Prisma ignores): drift only
    /// with `--strict`.
    Warning,
    /// Cosmetic; never drift.
    Info,
}

/// Declares the change kinds once: variant, stable name, severity, one-line description.
macro_rules! change_kinds {
    ($($variant:ident => $name:literal, $severity:ident : $description:literal,)*) => {
        /// Stable identifiers of the kinds of change, for filtering in CI.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[non_exhaustive]
        #[serde(rename_all = "snake_case")]
        pub enum ChangeKind {
            $(#[doc = $description] $variant,)*
        }

        impl ChangeKind {
            /// Every kind, for documentation and SARIF rules.
            pub const ALL: &'static [ChangeKind] = &[$(ChangeKind::$variant,)*];

            /// The stable snake_case name (the same as its serde form).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ChangeKind::$variant => $name,)*
                }
            }

            /// What the kind means, in one sentence.
            pub fn description(self) -> &'static str {
                match self {
                    $(ChangeKind::$variant => $description,)*
                }
            }

            /// How much a change of this kind matters, as a rule (a list column's
            /// NOT NULL is only a warning: Prisma ignores it).
            pub fn severity(self) -> Severity {
                match self {
                    $(ChangeKind::$variant => Severity::$severity,)*
                }
            }

            /// The kind of a stable name, if it names one.
            pub fn from_name(name: &str) -> Option<ChangeKind> {
                ChangeKind::ALL.iter().copied().find(|k| k.as_str() == name)
            }
        }
    };
}

change_kinds! {
    TableMissing => "table_missing", Drift: "A table the schema declares is missing from the database.",
    TableExtra => "table_extra", Drift: "The database has a table the schema does not declare.",
    ColumnMissing => "column_missing", Drift: "A column the schema declares is missing from the database.",
    ColumnExtra => "column_extra", Drift: "The database has a column the schema does not declare.",
    ColumnTypeChanged => "column_type_changed", Drift: "A column has another type in the database than the schema says.",
    ColumnNullabilityChanged => "column_nullability_changed", Drift: "A column is NOT NULL in one and nullable in the other.",
    ColumnDefaultChanged => "column_default_changed", Drift: "A column has another default in the database than the schema says (compared by meaning).",
    PrimaryKeyMissing => "primary_key_missing", Drift: "A table has no primary key in the database; the schema declares one.",
    PrimaryKeyExtra => "primary_key_extra", Drift: "A table has a primary key in the database that the schema does not declare.",
    PrimaryKeyChanged => "primary_key_changed", Drift: "A primary key covers other columns in the database.",
    PrimaryKeyRenamed => "primary_key_renamed", Drift: "A primary key has another name in the database (after the 63-byte cut).",
    IndexMissing => "index_missing", Drift: "An index or unique constraint the schema declares is missing from the database.",
    IndexExtra => "index_extra", Drift: "The database has an index the schema does not declare.",
    IndexChanged => "index_changed", Drift: "An index is defined differently in the database (columns, order, method, operator classes, uniqueness).",
    UniqueIndexPartial => "unique_index_partial", Drift: "A unique index the schema declares is partial (WHERE …) in the database: rows outside it may repeat values.",
    IndexRenamed => "index_renamed", Drift: "An index has another name in the database (after the 63-byte cut).",
    ForeignKeyMissing => "foreign_key_missing", Drift: "A foreign key the schema declares (through a relation) is missing from the database.",
    ForeignKeyExtra => "foreign_key_extra", Drift: "The database has a foreign key the schema does not declare.",
    ForeignKeyChanged => "foreign_key_changed", Drift: "A foreign key has other columns, target or ON DELETE/UPDATE actions in the database.",
    ForeignKeyRenamed => "foreign_key_renamed", Drift: "A foreign key has another name in the database (after the 63-byte cut).",
    EnumMissing => "enum_missing", Drift: "An enum the schema declares is missing from the database.",
    EnumExtra => "enum_extra", Drift: "The database has an enum type the schema does not declare.",
    EnumValueMissing => "enum_value_missing", Drift: "An enum lacks a value in the database.",
    EnumValueExtra => "enum_value_extra", Drift: "An enum has a value in the database that the schema does not declare.",
    EnumValuesReordered => "enum_values_reordered", Info: "An enum lists its values in another order (cosmetic: never drift).",
    ViewMissing => "view_missing", Warning: "A view the schema declares does not exist (Prisma Migrate does not create views).",
    ViewColumnMissing => "view_column_missing", Drift: "A view lacks a column its view block declares.",
    ViewColumnExtra => "view_column_extra", Drift: "A view has a column its view block does not declare.",
    ViewColumnTypeChanged => "view_column_type_changed", Drift: "A view's column has another type than its view block says.",
    ExtensionMissing => "extension_missing", Warning: "An extension the schema declares is not installed.",
    DuplicateIndex => "duplicate_index", Warning: "A second index on the columns of an index the schema declares.",
    UnmanagedIndex => "unmanaged_index", Warning: "An expression or partial index, which the schema cannot describe.",
    UnmanagedIndexPredicate => "unmanaged_index_predicate", Warning: "A declared index is partial (WHERE …) in the database.",
    UnmanagedNullsOrder => "unmanaged_nulls_order", Warning: "An index key sorts NULLs against its direction's default (ASC NULLS FIRST, DESC NULLS LAST).",
    UnmanagedNullsNotDistinct => "unmanaged_nulls_not_distinct", Warning: "A unique index treats NULLs as equal (NULLS NOT DISTINCT).",
    UnmanagedDeferrable => "unmanaged_deferrable", Warning: "A constraint is DEFERRABLE, which the schema cannot describe.",
    UnmanagedNotValid => "unmanaged_not_valid", Warning: "A constraint is NOT VALID: existing rows were never checked.",
    UnmanagedNotEnforced => "unmanaged_not_enforced", Warning: "A foreign key is NOT ENFORCED (PostgreSQL 18): neither existing nor new rows are checked.",
    UnmanagedCheck => "unmanaged_check", Warning: "A CHECK constraint, which the schema cannot describe.",
    UnmanagedTrigger => "unmanaged_trigger", Warning: "A trigger, which the schema cannot describe.",
    UnmanagedView => "unmanaged_view", Warning: "A view the schema does not declare.",
    UnmanagedFunction => "unmanaged_function", Warning: "A function or procedure, which the schema cannot describe.",
    UnmanagedSequence => "unmanaged_sequence", Warning: "A sequence no column owns.",
    UnmanagedExtension => "unmanaged_extension", Warning: "An installed extension the schema does not declare.",
    UnmanagedCollation => "unmanaged_collation", Warning: "A column with a non-default collation.",
    UnmanagedComment => "unmanaged_comment", Warning: "A comment on a table or column.",
    UnmanagedGeneratedColumn => "unmanaged_generated_column", Warning: "A column generated by the database (GENERATED ALWAYS AS … STORED).",
    UnmanagedPartitioning => "unmanaged_partitioning", Warning: "A partitioned table (PARTITION BY), which the schema cannot describe.",
    UniqueConstraintNotIndex => "unique_constraint_not_index", Warning: "A UNIQUE constraint where the schema creates a unique index (equivalent for queries).",
}

impl std::fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// What kind of database object a change is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[non_exhaustive]
#[serde(rename_all = "snake_case")]
pub enum ObjectKind {
    /// A table.
    Table,
    /// A column.
    Column,
    /// A primary key.
    PrimaryKey,
    /// An index (or the index of a UNIQUE constraint).
    Index,
    /// A foreign key.
    ForeignKey,
    /// A CHECK constraint.
    Check,
    /// A trigger.
    Trigger,
    /// An enum type.
    Enum,
    /// One value of an enum.
    EnumValue,
    /// A view.
    View,
    /// An extension.
    Extension,
    /// A function or procedure.
    Function,
    /// A sequence.
    Sequence,
}

/// The object a change is about: `schema.table.name`, `schema.enum`, …
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ObjectRef {
    /// What kind of object.
    pub kind: ObjectKind,
    /// Its schema (namespace).
    pub schema: String,
    /// The table (or enum, for enum values) the object belongs to.
    pub parent: Option<String>,
    /// Its name.
    pub name: String,
}

impl ObjectRef {
    /// A top-level object (table, enum, view, …).
    pub fn top(kind: ObjectKind, name: &QualifiedName) -> Self {
        ObjectRef {
            kind,
            schema: name.schema.clone(),
            parent: None,
            name: name.name.clone(),
        }
    }

    /// An object inside `parent` (a column, an index, an enum value, …).
    pub fn child(kind: ObjectKind, parent: &QualifiedName, name: impl Into<String>) -> Self {
        ObjectRef {
            kind,
            schema: parent.schema.clone(),
            parent: Some(parent.name.clone()),
            name: name.into(),
        }
    }

    /// `schema.parent.name` or `schema.name`.
    pub fn path(&self) -> String {
        match &self.parent {
            Some(parent) => format!("{}.{}.{}", self.schema, parent, self.name),
            None => format!("{}.{}", self.schema, self.name),
        }
    }
}

/// One difference between the schema and the database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Its stable kind (`column_type_changed`).
    pub kind: ChangeKind,
    /// How much it matters.
    pub severity: Severity,
    /// What it is about.
    pub object: ObjectRef,
    /// What the schema says, in SQL terms (absent for objects the schema lacks).
    pub expected: Option<String>,
    /// What the database has (absent for objects the database lacks).
    pub actual: Option<String>,
    /// One sentence saying what differs.
    pub message: String,
    /// Where the schema declares the object (or its model).
    pub origin: Option<Origin>,
}

impl Change {
    /// A change of `kind` (with its usual severity) about `object`; no sides, no origin.
    pub fn new(kind: ChangeKind, object: ObjectRef, message: impl Into<String>) -> Change {
        Change {
            kind,
            severity: kind.severity(),
            object,
            expected: None,
            actual: None,
            message: message.into(),
            origin: None,
        }
    }

    /// The same change with another severity.
    pub fn with_severity(mut self, severity: Severity) -> Change {
        self.severity = severity;
        self
    }

    /// What the schema says.
    pub fn expected(self, expected: impl Into<String>) -> Change {
        self.expected_opt(Some(expected.into()))
    }

    /// What the database has.
    pub fn actual(self, actual: impl Into<String>) -> Change {
        self.actual_opt(Some(actual.into()))
    }

    /// What the schema says, when there is something to say.
    pub fn expected_opt(mut self, expected: Option<String>) -> Change {
        self.expected = expected;
        self
    }

    /// What the database has, when there is something to say.
    pub fn actual_opt(mut self, actual: Option<String>) -> Change {
        self.actual = actual;
        self
    }

    /// Where the schema declares the object.
    pub fn at(mut self, origin: Option<&Origin>) -> Change {
        self.origin = origin.cloned();
        self
    }
}

/// What the schema can express, and what to leave out.
#[derive(Debug, Clone, Default)]
pub struct DiffOptions {
    /// `partialIndexes` preview feature: `where:` is part of the schema.
    pub partial_indexes: bool,
    /// Objects matching any of these are dropped from the result.
    pub ignore: Vec<IgnoreRule>,
}

/// `kind:pattern` or `pattern`: silences changes whose kind matches `kind`
/// (when given) and whose object path (`schema.table.name`) or name matches
/// `pattern`, where `*` stands for any run of characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IgnoreRule {
    /// The kind pattern (`unmanaged_*`), when the rule names one.
    pub kind: Option<String>,
    /// The object pattern.
    pub pattern: String,
}

/// Why an ignore rule does not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IgnoreRuleError {
    /// Nothing but spaces.
    #[error("an ignore rule cannot be empty")]
    Empty,
    /// `kind:` names no change kind (and has no `*`).
    #[error(
        "unknown change kind `{kind}` in ignore rule `{rule}` (see `prisma-drift check --help` for the kinds)"
    )]
    UnknownKind {
        /// The kind as written.
        kind: String,
        /// The whole rule.
        rule: String,
    },
}

impl IgnoreRule {
    /// Parses `kind:pattern` or `pattern`.
    pub fn parse(text: &str) -> Result<IgnoreRule, IgnoreRuleError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(IgnoreRuleError::Empty);
        }
        match text.split_once(':') {
            Some((kind, pattern)) => {
                let kind = kind.trim();
                let known = kind.contains('*') || ChangeKind::from_name(kind).is_some();
                if !known {
                    return Err(IgnoreRuleError::UnknownKind {
                        kind: kind.to_string(),
                        rule: text.to_string(),
                    });
                }
                Ok(IgnoreRule {
                    kind: Some(kind.to_string()),
                    pattern: pattern.trim().to_string(),
                })
            }
            None => Ok(IgnoreRule {
                kind: None,
                pattern: text.to_string(),
            }),
        }
    }

    /// Whether the rule silences `change`.
    pub fn matches(&self, change: &Change) -> bool {
        let kind_ok = self
            .kind
            .as_deref()
            .is_none_or(|k| glob(k, change.kind.as_str()));
        kind_ok
            && (glob(&self.pattern, &change.object.path())
                || glob(&self.pattern, &change.object.name))
    }
}

/// `*` matches any run of characters; everything else matches itself.
pub fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let mut rest = text;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            match rest.strip_prefix(part) {
                Some(r) => rest = r,
                None => return false,
            }
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(position) => rest = &rest[position + part.len()..],
                None => return false,
            }
        }
    }
    true
}

/// Compares the database a schema describes with the one that exists.
pub fn diff(expected: &ir::Database, actual: &ir::Database, options: &DiffOptions) -> Vec<Change> {
    let mut changes = Vec::new();
    tables::diff_tables(expected, actual, options, &mut changes);
    diff_enums(expected, actual, &mut changes);
    views::diff_views(expected, actual, &mut changes);
    diff_extensions(expected, actual, &mut changes);
    for function in &actual.functions {
        changes.push(Change {
            kind: ChangeKind::UnmanagedFunction,
            severity: Severity::Warning,
            object: ObjectRef::top(ObjectKind::Function, &function.name),
            expected: None,
            actual: Some(format!(
                "{} {}({})",
                function.kind, function.name, function.arguments
            )),
            message: format!(
                "The database has {} {}({}), which Prisma schemas cannot describe.",
                function.kind, function.name, function.arguments
            ),
            origin: None,
        });
    }
    // A sequence the schema names in a default (`dbgenerated("nextval('…')")`) is the schema's.
    let named = sequences_named_by(expected);
    for sequence in actual
        .sequences
        .iter()
        .filter(|s| s.owned_by.is_none() && !named.contains(&s.name.name.as_str()))
    {
        changes.push(Change {
            kind: ChangeKind::UnmanagedSequence,
            severity: Severity::Warning,
            object: ObjectRef::top(ObjectKind::Sequence, &sequence.name),
            expected: None,
            actual: Some(sequence.name.to_string()),
            message: format!(
                "The database has sequence {}, which no column owns and Prisma schemas cannot describe.",
                sequence.name
            ),
            origin: None,
        });
    }
    changes.retain(|change| !options.ignore.iter().any(|rule| rule.matches(change)));
    changes
        .sort_by(|a, b| (group_key(a), &a.object, a.kind).cmp(&(group_key(b), &b.object, b.kind)));
    changes.dedup();
    changes
}

/// The (unqualified) names of the sequences the schema's column defaults call `nextval` on.
fn sequences_named_by(expected: &ir::Database) -> Vec<&str> {
    expected
        .tables
        .iter()
        .flat_map(|t| &t.columns)
        .filter_map(|c| match &c.default {
            Some(DefaultValue::Sequence(name)) => Some(name.as_str()),
            _ => None,
        })
        .collect()
}

/// Changes group by model (from the origin) or else by table / top object.
pub fn group_key(change: &Change) -> (String, String) {
    let table = change
        .object
        .parent
        .clone()
        .unwrap_or_else(|| change.object.name.clone());
    (change.object.schema.clone(), table)
}

fn diff_enums(expected: &ir::Database, actual: &ir::Database, changes: &mut Vec<Change>) {
    for def in &expected.enums {
        let Some(db) = actual.enum_type(&def.name) else {
            changes.push(Change {
                kind: ChangeKind::EnumMissing,
                severity: Severity::Drift,
                object: ObjectRef::top(ObjectKind::Enum, &def.name),
                expected: Some(format!("enum {} ({})", def.name, def.values.join(", "))),
                actual: None,
                message: format!("Enum {} is missing from the database.", def.name),
                origin: def.origin.clone(),
            });
            continue;
        };
        for value in def.values.iter().filter(|v| !db.values.contains(v)) {
            changes.push(Change {
                kind: ChangeKind::EnumValueMissing,
                severity: Severity::Drift,
                object: ObjectRef::child(ObjectKind::EnumValue, &def.name, value.clone()),
                expected: Some(value.clone()),
                actual: None,
                message: format!(
                    "Enum {} lacks the value '{value}' in the database.",
                    def.name
                ),
                origin: def.origin.clone(),
            });
        }
        for value in db.values.iter().filter(|v| !def.values.contains(v)) {
            changes.push(Change {
                kind: ChangeKind::EnumValueExtra,
                severity: Severity::Drift,
                object: ObjectRef::child(ObjectKind::EnumValue, &def.name, value.clone()),
                expected: None,
                actual: Some(value.clone()),
                message: format!(
                    "Enum {} has the value '{value}' in the database, which the schema does not declare.",
                    def.name
                ),
                origin: def.origin.clone(),
            });
        }
        let common_expected: Vec<&String> = def
            .values
            .iter()
            .filter(|v| db.values.contains(v))
            .collect();
        let common_actual: Vec<&String> = db
            .values
            .iter()
            .filter(|v| def.values.contains(v))
            .collect();
        if common_expected != common_actual {
            changes.push(Change {
                kind: ChangeKind::EnumValuesReordered,
                severity: Severity::Info,
                object: ObjectRef::top(ObjectKind::Enum, &def.name),
                expected: Some(def.values.join(", ")),
                actual: Some(db.values.join(", ")),
                message: format!(
                    "Enum {} lists its values in another order in the database (order does not matter to Prisma).",
                    def.name
                ),
                origin: def.origin.clone(),
            });
        }
    }
    for db in &actual.enums {
        if expected.enum_type(&db.name).is_none() {
            changes.push(Change {
                kind: ChangeKind::EnumExtra,
                severity: Severity::Drift,
                object: ObjectRef::top(ObjectKind::Enum, &db.name),
                expected: None,
                actual: Some(format!("enum {} ({})", db.name, db.values.join(", "))),
                message: format!(
                    "The database has enum {}, which the schema does not declare.",
                    db.name
                ),
                origin: None,
            });
        }
    }
}

/// Extensions PostgreSQL installs in every database.
const BUILTIN_EXTENSIONS: &[&str] = &["plpgsql"];

fn diff_extensions(expected: &ir::Database, actual: &ir::Database, changes: &mut Vec<Change>) {
    for extension in &actual.extensions {
        if BUILTIN_EXTENSIONS.contains(&extension.name.as_str())
            || expected.extensions.iter().any(|e| e.name == extension.name)
        {
            continue;
        }
        let schema = extension.schema.clone().unwrap_or_else(|| "public".into());
        changes.push(Change {
            kind: ChangeKind::UnmanagedExtension,
            severity: Severity::Warning,
            object: ObjectRef::top(
                ObjectKind::Extension,
                &QualifiedName::new(schema, extension.name.clone()),
            ),
            expected: None,
            actual: Some(format!(
                "extension {}{}",
                extension.name,
                extension
                    .version
                    .as_ref()
                    .map(|v| format!(" {v}"))
                    .unwrap_or_default()
            )),
            message: format!(
                "The database has extension {}, which the schema does not declare.",
                extension.name
            ),
            origin: None,
        });
    }
    for extension in &expected.extensions {
        if !actual.extensions.iter().any(|e| e.name == extension.name) {
            let schema = extension.schema.clone().unwrap_or_else(|| "public".into());
            changes.push(Change {
                kind: ChangeKind::ExtensionMissing,
                severity: Severity::Warning,
                object: ObjectRef::top(
                    ObjectKind::Extension,
                    &QualifiedName::new(schema, extension.name.clone()),
                ),
                expected: Some(format!("extension {}", extension.name)),
                actual: None,
                message: format!(
                    "Extension {} is declared in the schema but not installed.",
                    extension.name
                ),
                origin: None,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob("*", "anything"));
        assert!(glob("public.User_*", "public.User_email_key"));
        assert!(glob("*_idx", "public.a.b_idx"));
        assert!(glob("a*c*e", "abcde"));
        assert!(!glob("a*c", "abd"));
        assert!(glob("exact", "exact"));
    }

    #[test]
    fn ignore_rules_parse_and_check_kinds() {
        let rule = IgnoreRule::parse("unmanaged_function:public.*").unwrap();
        assert_eq!(rule.kind.as_deref(), Some("unmanaged_function"));
        assert!(IgnoreRule::parse("no_such_kind:x").is_err());
        assert!(IgnoreRule::parse("").is_err());
        assert_eq!(IgnoreRule::parse("public.audit_*").unwrap().kind, None);
    }

    #[test]
    fn every_kind_round_trips_by_name() {
        for kind in ChangeKind::ALL {
            assert_eq!(ChangeKind::from_name(kind.as_str()), Some(*kind));
            let json = serde_json::to_string(kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
        }
    }
}
