//! What the audit found, as data: a [`Finding`] has a stable kind, a severity
//! (critical, warning, recommendation), a priority, the object it is about
//! (schema, table, columns), where the schema declares it, and what to do —
//! in words, as a schema line and as SQL. Texts are plain sentences: the
//! renderers add the markup.

use serde::Serialize;

use crate::ir;

/// Stable identifiers of the findings, in the order they are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FindingKind {
    /// A migration failed (started and never finished, or failed in the replay).
    FailedMigration,
    /// A migration was never applied.
    PendingMigration,
    /// A migration was marked rolled back and will be applied again.
    RolledBackMigration,
    /// An applied migration's script changed since.
    EditedMigration,
    /// An applied migration's folder is gone.
    MissingMigration,
    /// The database differs from the schema.
    Drift,
    /// The connecting role is a superuser.
    SuperuserConnection,
    /// A privilege on a table is granted to PUBLIC (every role).
    PublicGrant,
    /// `prisma` and `@prisma/client` are locked at different versions.
    PrismaVersionMismatch,
    /// A foreign key whose columns lead no index: deletes on the referenced
    /// table and joins scan the whole table.
    UnindexedForeignKey,
    /// A table without a primary key.
    MissingPrimaryKey,
    /// Two indexes with the same definition.
    DuplicateIndex,
    /// A money-like field stored as `Float` (binary floating point).
    FloatForMoney,
    /// An `updatedAt` field without `@updatedAt`.
    UpdatedAtWithoutAttribute,
    /// A relation on a large table without an explicit `onDelete`.
    ImplicitOnDelete,
    /// A non-unique btree index whose columns lead another btree index.
    RedundantIndex,
    /// Something Prisma 7 rejects or changes.
    Prisma7Readiness,
    /// An enum no column uses.
    UnusedEnum,
    /// A table without rows.
    EmptyTable,
    /// Something in the database the schema cannot describe (the drift check's
    /// warnings).
    UnmanagedObject,
}

/// How bad a finding is, in the hand-written report's three groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingSeverity {
    /// The database or the migrations are not what the schema says: deploys fail or lose data.
    Critical,
    /// Works today, costs later (performance, safety, upgrades).
    Warning,
    /// Worth doing, nothing breaks without it.
    Recommendation,
}

impl FindingSeverity {
    /// `critical`, `warning` or `recommendation`.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingSeverity::Critical => "critical",
            FindingSeverity::Warning => "warning",
            FindingSeverity::Recommendation => "recommendation",
        }
    }
}

/// When to act on a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// Now (immediate action items).
    High,
    /// Soon (short-term action items).
    Medium,
    /// When convenient (long-term action items).
    Low,
}

impl Priority {
    /// `high`, `medium` or `low`.
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
        }
    }
}

impl FindingKind {
    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::FailedMigration => "failed_migration",
            FindingKind::PendingMigration => "pending_migration",
            FindingKind::RolledBackMigration => "rolled_back_migration",
            FindingKind::EditedMigration => "edited_migration",
            FindingKind::MissingMigration => "missing_migration",
            FindingKind::Drift => "drift",
            FindingKind::SuperuserConnection => "superuser_connection",
            FindingKind::PublicGrant => "public_grant",
            FindingKind::PrismaVersionMismatch => "prisma_version_mismatch",
            FindingKind::UnindexedForeignKey => "unindexed_foreign_key",
            FindingKind::MissingPrimaryKey => "missing_primary_key",
            FindingKind::DuplicateIndex => "duplicate_index",
            FindingKind::FloatForMoney => "float_for_money",
            FindingKind::UpdatedAtWithoutAttribute => "updated_at_without_attribute",
            FindingKind::ImplicitOnDelete => "implicit_on_delete",
            FindingKind::RedundantIndex => "redundant_index",
            FindingKind::Prisma7Readiness => "prisma7_readiness",
            FindingKind::UnusedEnum => "unused_enum",
            FindingKind::EmptyTable => "empty_table",
            FindingKind::UnmanagedObject => "unmanaged_object",
        }
    }

    /// Its severity.
    pub fn severity(self) -> FindingSeverity {
        use FindingKind::*;
        match self {
            FailedMigration | PendingMigration | EditedMigration | MissingMigration | Drift => {
                FindingSeverity::Critical
            }
            RolledBackMigration
            | SuperuserConnection
            | PublicGrant
            | PrismaVersionMismatch
            | UnindexedForeignKey
            | MissingPrimaryKey
            | DuplicateIndex
            | FloatForMoney
            | UnmanagedObject => FindingSeverity::Warning,
            UpdatedAtWithoutAttribute
            | ImplicitOnDelete
            | RedundantIndex
            | Prisma7Readiness
            | UnusedEnum
            | EmptyTable => FindingSeverity::Recommendation,
        }
    }

    /// Its priority.
    pub fn priority(self) -> Priority {
        use FindingKind::*;
        match self {
            FailedMigration | PendingMigration | RolledBackMigration | EditedMigration
            | MissingMigration | Drift | SuperuserConnection => Priority::High,
            PublicGrant
            | PrismaVersionMismatch
            | UnindexedForeignKey
            | MissingPrimaryKey
            | DuplicateIndex
            | FloatForMoney
            | ImplicitOnDelete => Priority::Medium,
            UpdatedAtWithoutAttribute
            | RedundantIndex
            | Prisma7Readiness
            | UnusedEnum
            | EmptyTable
            | UnmanagedObject => Priority::Low,
        }
    }

    /// A heading for the findings of this kind.
    pub fn title(self) -> &'static str {
        use FindingKind::*;
        match self {
            FailedMigration => "Failed migrations",
            PendingMigration => "Pending migrations",
            RolledBackMigration => "Rolled-back migrations",
            EditedMigration => "Migrations edited after they were applied",
            MissingMigration => "Applied migrations missing from the folder",
            Drift => "Drift",
            SuperuserConnection => "Connected as a superuser",
            PublicGrant => "Privileges granted to PUBLIC",
            PrismaVersionMismatch => "prisma and @prisma/client differ",
            UnindexedForeignKey => "Foreign keys without an index",
            MissingPrimaryKey => "Tables without a primary key",
            DuplicateIndex => "Duplicate indexes",
            FloatForMoney => "Money stored as Float",
            UpdatedAtWithoutAttribute => "updatedAt without @updatedAt",
            ImplicitOnDelete => "Relations of large tables without onDelete",
            RedundantIndex => "Redundant indexes",
            Prisma7Readiness => "Prisma 7 readiness",
            UnusedEnum => "Unused enums",
            EmptyTable => "Empty tables",
            UnmanagedObject => "Objects the schema cannot describe",
        }
    }

    /// Why it matters, in one line.
    pub fn rationale(self) -> &'static str {
        use FindingKind::*;
        match self {
            FailedMigration => "prisma migrate deploy stops at a failed migration until it is resolved.",
            PendingMigration => "The database lags the migrations: the application may expect tables or columns it lacks.",
            RolledBackMigration => "A rolled-back migration is applied again by the next deploy.",
            EditedMigration => "The database was built from another script than the one in version control.",
            MissingMigration => "The folder no longer reproduces the database.",
            Drift => "The database is not what the schema describes: queries Prisma generates can fail.",
            SuperuserConnection => "A superuser bypasses row-level security and every privilege check; the application needs neither.",
            PublicGrant => "Every role, present and future, holds the privilege.",
            PrismaVersionMismatch => "The client and the CLI must come from the same release.",
            UnindexedForeignKey => "Deleting or updating a referenced row, and joins on the key, scan the whole referencing table.",
            MissingPrimaryKey => "Rows cannot be addressed one by one, and logical replication cannot update or delete them.",
            DuplicateIndex => "Two indexes do one job: writes pay twice, disk holds both.",
            FloatForMoney => "Binary floating point cannot hold most decimal amounts exactly (0.1 + 0.2 is not 0.3): use Decimal.",
            UpdatedAtWithoutAttribute => "Without @updatedAt the field keeps its first value unless every write sets it.",
            ImplicitOnDelete => "Without onDelete, deleting a referenced row fails (Restrict) or depends on Prisma's default; on a large table make the intent explicit.",
            RedundantIndex => "A btree index whose columns lead another one serves no lookup the other does not.",
            Prisma7Readiness => "Prisma 7 rejects or changes this; fix it before upgrading.",
            UnusedEnum => "A type no column uses is dead weight in every migration diff.",
            EmptyTable => "A table without rows may be a feature nobody uses, or data that was not seeded.",
            UnmanagedObject => "What the schema cannot describe is lost when the database is rebuilt from the migrations unless a migration keeps it.",
        }
    }
}

/// The object a finding is about.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FindingObject {
    /// `schema.table.name`, a migration name, a package name, …
    pub path: String,
    /// The PostgreSQL schema.
    pub schema: Option<String>,
    /// The table (or enum).
    pub table: Option<String>,
    /// The index, constraint, field or migration.
    pub name: Option<String>,
    /// The columns involved.
    pub columns: Vec<String>,
    /// The Prisma model.
    pub model: Option<String>,
}

impl FindingObject {
    /// An object known by one name only (a migration, a package).
    pub fn named(path: impl Into<String>) -> Self {
        let path = path.into();
        FindingObject {
            name: Some(path.clone()),
            path,
            ..Default::default()
        }
    }

    /// A table (or enum).
    pub fn table(name: &ir::QualifiedName) -> Self {
        FindingObject {
            path: name.to_string(),
            schema: Some(name.schema.clone()),
            table: Some(name.name.clone()),
            ..Default::default()
        }
    }

    /// Something of a table: an index, a constraint, a column.
    pub fn in_table(table: &ir::QualifiedName, name: &str, columns: Vec<String>) -> Self {
        FindingObject {
            path: format!("{table}.{name}"),
            schema: Some(table.schema.clone()),
            table: Some(table.name.clone()),
            name: Some(name.to_string()),
            columns,
            model: None,
        }
    }

    /// The same, with the model that maps the table.
    pub fn with_model(mut self, model: Option<String>) -> Self {
        self.model = model;
        self
    }
}

/// Where the schema declares what a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SchemaLocation {
    /// The schema file, as given.
    pub file: String,
    /// 1-based line.
    pub line: u32,
}

impl SchemaLocation {
    /// From an IR origin.
    pub fn of(origin: &ir::Origin) -> Self {
        SchemaLocation {
            file: origin.file.clone(),
            line: origin.line,
        }
    }
}

/// What to do about a finding.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// In words (plain text).
    pub text: String,
    /// The line to add to (or change in) the model, when the fix is in the schema.
    pub schema_line: Option<String>,
    /// The SQL that does it (for a migration, or to run by hand).
    pub sql: Option<String>,
}

/// One finding: what was found and what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Its stable kind.
    pub kind: FindingKind,
    /// Critical, warning or recommendation (from the kind).
    pub severity: FindingSeverity,
    /// High, medium or low (from the kind).
    pub priority: Priority,
    /// What it is about.
    pub object: FindingObject,
    /// Where the schema declares it.
    pub location: Option<SchemaLocation>,
    /// What was found, with the figures (plain text).
    pub message: String,
    /// What to do about it.
    pub suggestion: Suggestion,
}

impl Finding {
    /// A finding of `kind` about `object`; severity and priority follow from the kind.
    pub fn new(
        kind: FindingKind,
        object: FindingObject,
        message: impl Into<String>,
        text: impl Into<String>,
    ) -> Self {
        Finding {
            kind,
            severity: kind.severity(),
            priority: kind.priority(),
            object,
            location: None,
            message: message.into(),
            suggestion: Suggestion {
                text: text.into(),
                ..Default::default()
            },
        }
    }

    /// With the SQL that fixes it.
    pub fn sql(mut self, sql: impl Into<String>) -> Self {
        self.suggestion.sql = Some(sql.into());
        self
    }

    /// With the schema line that fixes it.
    pub fn schema_line(mut self, line: impl Into<String>) -> Self {
        self.suggestion.schema_line = Some(line.into());
        self
    }

    /// Located where `origin` says.
    pub fn at(mut self, origin: Option<&ir::Origin>) -> Self {
        self.location = origin.map(SchemaLocation::of);
        self
    }
}
