//! Tables and what lives in them: columns, primary keys, indexes, foreign
//! keys, checks, triggers, comments.

use super::equivalence::{same_default, same_index_column, same_name, same_type};
use super::{Change, ChangeKind, DiffOptions, ObjectKind, ObjectRef, Severity};
use crate::ir::render::{
    column_definition, describe_default, foreign_key_definition, index_definition,
    primary_key_definition,
};
use crate::ir::{self, Column, DefaultValue, ForeignKey, Index, IndexKey, Origin, Table};

/// Prisma's own bookkeeping table is never part of a schema.
const MIGRATIONS_TABLE: &str = "_prisma_migrations";

pub(super) fn diff_tables(
    expected: &ir::Database,
    actual: &ir::Database,
    options: &DiffOptions,
    changes: &mut Vec<Change>,
) {
    for table in &expected.tables {
        let found = actual.tables.iter().find(|t| {
            t.name.schema == table.name.schema && same_name(&table.name.name, &t.name.name)
        });
        match found {
            Some(db) => TableDiff {
                expected: table,
                actual: db,
                options,
                changes,
            }
            .run(),
            None => changes.push(Change {
                kind: ChangeKind::TableMissing,
                severity: Severity::Drift,
                object: ObjectRef::top(ObjectKind::Table, &table.name),
                expected: Some(format!(
                    "table {} ({} columns)",
                    table.name,
                    table.columns.len()
                )),
                actual: None,
                message: format!("Table {} is missing from the database.", table.name),
                origin: table.origin.clone(),
            }),
        }
    }
    let declared_view = |name: &ir::QualifiedName| expected.views.iter().any(|v| &v.name == name);
    for table in &actual.tables {
        let declared = expected.tables.iter().any(|t| {
            t.name.schema == table.name.schema && same_name(&t.name.name, &table.name.name)
        });
        if declared || table.name.name == MIGRATIONS_TABLE || declared_view(&table.name) {
            continue;
        }
        changes.push(Change {
            kind: ChangeKind::TableExtra,
            severity: Severity::Drift,
            object: ObjectRef::top(ObjectKind::Table, &table.name),
            expected: None,
            actual: Some(format!(
                "table {} ({} columns)",
                table.name,
                table.columns.len()
            )),
            message: format!(
                "The database has table {}, which the schema does not declare.",
                table.name
            ),
            origin: None,
        });
    }
}

struct TableDiff<'a> {
    expected: &'a Table,
    actual: &'a Table,
    options: &'a DiffOptions,
    changes: &'a mut Vec<Change>,
}

impl TableDiff<'_> {
    fn push(
        &mut self,
        kind: ChangeKind,
        severity: Severity,
        object: ObjectRef,
        expected: Option<String>,
        actual: Option<String>,
        message: String,
        origin: Option<&Origin>,
    ) {
        self.changes.push(Change {
            kind,
            severity,
            object,
            expected,
            actual,
            message,
            // Objects the schema lacks point at their model.
            origin: origin.or(self.expected.origin.as_ref()).cloned(),
        });
    }

    fn object(&self, kind: ObjectKind, name: &str) -> ObjectRef {
        ObjectRef::child(kind, &self.expected.name, name)
    }

    fn run(mut self) {
        self.columns();
        self.primary_key();
        self.indexes();
        self.foreign_keys();
        self.unmanaged();
    }

    fn columns(&mut self) {
        let table = self.expected.name.clone();
        for column in &self.expected.columns {
            let object = self.object(ObjectKind::Column, &column.name);
            let Some(db) = self
                .actual
                .columns
                .iter()
                .find(|c| same_name(&column.name, &c.name))
            else {
                self.push(
                    ChangeKind::ColumnMissing,
                    Severity::Drift,
                    object,
                    Some(column_definition(column)),
                    None,
                    format!(
                        "Column {table}.{} is missing from the database.",
                        column.name
                    ),
                    column.origin.as_ref(),
                );
                continue;
            };
            self.column(column, db, object);
        }
        for db in &self.actual.columns {
            if !self
                .expected
                .columns
                .iter()
                .any(|c| same_name(&c.name, &db.name))
            {
                let object = self.object(ObjectKind::Column, &db.name);
                self.push(
                    ChangeKind::ColumnExtra,
                    Severity::Drift,
                    object,
                    None,
                    Some(column_definition(db)),
                    format!(
                        "The database has column {table}.{}, which the schema does not declare.",
                        db.name
                    ),
                    None,
                );
            }
        }
    }

    fn column(&mut self, column: &Column, db: &Column, object: ObjectRef) {
        let path = format!("{}.{}", self.expected.name, column.name);
        let origin = column.origin.as_ref();
        if !same_type(&column.ty, &db.ty) {
            self.push(
                ChangeKind::ColumnTypeChanged,
                Severity::Drift,
                object.clone(),
                Some(column.ty.sql()),
                Some(db.ty.sql()),
                format!(
                    "Column {path} is {} in the database, the schema says {}.",
                    db.ty.sql(),
                    column.ty.sql()
                ),
                origin,
            );
        }
        if column.nullable != db.nullable {
            // Prisma ignores NOT NULL on list columns; so do we, but say so.
            let severity = if column.ty.array {
                Severity::Warning
            } else {
                Severity::Drift
            };
            let word = |nullable: bool| if nullable { "nullable" } else { "NOT NULL" };
            self.push(
                ChangeKind::ColumnNullabilityChanged,
                severity,
                object.clone(),
                Some(word(column.nullable).into()),
                Some(word(db.nullable).into()),
                format!(
                    "Column {path} is {} in the database, the schema says {}.",
                    word(db.nullable),
                    word(column.nullable)
                ),
                origin,
            );
        }
        if let Some(DefaultValue::Generated(expression)) = &db.default {
            self.push(
                ChangeKind::UnmanagedGeneratedColumn,
                Severity::Warning,
                object.clone(),
                None,
                Some(format!("GENERATED ALWAYS AS ({expression}) STORED")),
                format!("Column {path} is generated by the database, which Prisma schemas cannot describe."),
                origin,
            );
        } else if !same_default(column.default.as_ref(), db.default.as_ref(), &column.ty) {
            self.push(
                ChangeKind::ColumnDefaultChanged,
                Severity::Drift,
                object.clone(),
                Some(describe_default(column.default.as_ref())),
                Some(describe_default(db.default.as_ref())),
                format!(
                    "Column {path} has {} in the database, the schema says {}.",
                    describe_default(db.default.as_ref()),
                    describe_default(column.default.as_ref())
                ),
                origin,
            );
        }
        if let Some(collation) = &db.collation {
            self.push(
                ChangeKind::UnmanagedCollation,
                Severity::Warning,
                object.clone(),
                None,
                Some(format!("COLLATE \"{collation}\"")),
                format!("Column {path} uses collation \"{collation}\", which Prisma schemas cannot describe."),
                origin,
            );
        }
        if let Some(comment) = &db.comment {
            self.push(
                ChangeKind::UnmanagedComment,
                Severity::Warning,
                object,
                None,
                Some(comment.clone()),
                format!("Column {path} has a comment in the database, which Prisma schemas cannot describe."),
                origin,
            );
        }
    }

    fn primary_key(&mut self) {
        let table = self.expected.name.clone();
        match (&self.expected.primary_key, &self.actual.primary_key) {
            (None, None) => {}
            (Some(pk), None) => {
                let object = self.object(ObjectKind::PrimaryKey, &pk.name);
                self.push(
                    ChangeKind::PrimaryKeyMissing,
                    Severity::Drift,
                    object,
                    Some(primary_key_definition(&pk.columns)),
                    None,
                    format!(
                        "Table {table} has no primary key in the database; the schema declares {}.",
                        primary_key_definition(&pk.columns)
                    ),
                    pk.origin.as_ref(),
                );
            }
            (None, Some(db)) => {
                let object = self.object(ObjectKind::PrimaryKey, &db.name);
                self.push(
                    ChangeKind::PrimaryKeyExtra,
                    Severity::Drift,
                    object,
                    None,
                    Some(primary_key_definition(&db.columns)),
                    format!("Table {table} has primary key {} in the database, which the schema does not declare.", db.name),
                    None,
                );
            }
            (Some(pk), Some(db)) => {
                if pk.columns != db.columns {
                    let object = self.object(ObjectKind::PrimaryKey, &pk.name);
                    self.push(
                        ChangeKind::PrimaryKeyChanged,
                        Severity::Drift,
                        object,
                        Some(primary_key_definition(&pk.columns)),
                        Some(primary_key_definition(&db.columns)),
                        format!(
                            "The primary key of {table} is {} in the database, the schema says {}.",
                            primary_key_definition(&db.columns),
                            primary_key_definition(&pk.columns)
                        ),
                        pk.origin.as_ref(),
                    );
                } else if !same_name(&pk.name, &db.name) {
                    let object = self.object(ObjectKind::PrimaryKey, &pk.name);
                    self.push(
                        ChangeKind::PrimaryKeyRenamed,
                        Severity::Drift,
                        object,
                        Some(pk.name.clone()),
                        Some(db.name.clone()),
                        format!("The primary key of {table} is named {} in the database, the schema expects {}.", db.name, pk.name),
                        pk.origin.as_ref(),
                    );
                }
            }
        }
    }

    fn column_type(&self, index_column: &ir::IndexColumn) -> Option<&ir::ColumnType> {
        match &index_column.key {
            IndexKey::Column(name) => self.expected.column(name).map(|c| &c.ty),
            IndexKey::Expression(_) => None,
        }
    }

    /// Same key columns, uniqueness, method and include list.
    fn same_index_shape(&self, expected: &Index, actual: &Index) -> bool {
        expected.unique == actual.unique
            && expected.method == actual.method
            && expected.include == actual.include
            && expected.columns.len() == actual.columns.len()
            && expected
                .columns
                .iter()
                .zip(&actual.columns)
                .all(|(e, a)| same_index_column(e, a, &expected.method, self.column_type(e)))
    }

    fn indexes(&mut self) {
        let table = self.expected.name.clone();
        let mut used = vec![false; self.actual.indexes.len()];
        for index in &self.expected.indexes {
            let by_name = self
                .actual
                .indexes
                .iter()
                .enumerate()
                .find(|(i, a)| !used[*i] && same_name(&index.name, &a.name));
            let by_shape = || {
                self.actual.indexes.iter().enumerate().find(|(i, a)| {
                    !used[*i] && self.same_index_shape(index, a) && a.predicate == index.predicate
                })
            };
            let object = self.object(ObjectKind::Index, &index.name);
            let expected_sql = index_definition(index, &table);
            if let Some((i, db)) = by_name {
                used[i] = true;
                self.index_details(index, db, object);
            } else if let Some((i, db)) = by_shape() {
                used[i] = true;
                self.push(
                    ChangeKind::IndexRenamed,
                    Severity::Drift,
                    object.clone(),
                    Some(index.name.clone()),
                    Some(db.name.clone()),
                    format!(
                        "Index {} on {table} is named {} in the database.",
                        index.name, db.name
                    ),
                    index.origin.as_ref(),
                );
                self.index_details(index, db, object);
            } else {
                self.push(
                    ChangeKind::IndexMissing,
                    Severity::Drift,
                    object,
                    Some(expected_sql),
                    None,
                    format!(
                        "Index {} on {table} is missing from the database.",
                        index.name
                    ),
                    index.origin.as_ref(),
                );
            }
        }
        for (i, db) in self.actual.indexes.iter().enumerate() {
            if used[i] {
                continue;
            }
            let object = self.object(ObjectKind::Index, &db.name);
            let actual_sql = Some(index_definition(db, &table));
            let expression = db
                .columns
                .iter()
                .any(|c| matches!(c.key, IndexKey::Expression(_)));
            let partial = db.predicate.is_some() && !self.options.partial_indexes;
            if expression || partial {
                let what = if expression {
                    "an expression index"
                } else {
                    "a partial index"
                };
                self.push(
                    ChangeKind::UnmanagedIndex,
                    Severity::Warning,
                    object,
                    None,
                    actual_sql,
                    format!(
                        "The database has {what} {} on {table}, which the schema cannot describe.",
                        db.name
                    ),
                    None,
                );
                continue;
            }
            let duplicate = self.expected.indexes.iter().any(|e| {
                e.columns.len() == db.columns.len()
                    && e.columns
                        .iter()
                        .zip(&db.columns)
                        .all(|(x, y)| x.key == y.key)
                    && e.unique == db.unique
            });
            if duplicate {
                self.push(
                    ChangeKind::DuplicateIndex,
                    Severity::Warning,
                    object,
                    None,
                    actual_sql,
                    format!("The database has index {} on {table}, a second index on the columns of one the schema declares.", db.name),
                    None,
                );
                continue;
            }
            self.push(
                ChangeKind::IndexExtra,
                Severity::Drift,
                object,
                None,
                actual_sql,
                format!(
                    "The database has index {} on {table}, which the schema does not declare.",
                    db.name
                ),
                None,
            );
        }
    }

    fn index_details(&mut self, index: &Index, db: &Index, object: ObjectRef) {
        let table = &self.expected.name;
        let origin = index.origin.as_ref();
        if !self.same_index_shape(index, db) {
            self.push(
                ChangeKind::IndexChanged,
                Severity::Drift,
                object.clone(),
                Some(index_definition(index, table)),
                Some(index_definition(db, table)),
                format!(
                    "Index {} on {table} is defined differently in the database.",
                    index.name
                ),
                origin,
            );
        } else if index.predicate.is_some() && index.predicate != db.predicate {
            self.push(
                ChangeKind::IndexChanged,
                Severity::Drift,
                object.clone(),
                Some(index_definition(index, table)),
                Some(index_definition(db, table)),
                format!(
                    "Index {} on {table} has another WHERE clause in the database.",
                    index.name
                ),
                origin,
            );
        }
        if index.predicate.is_none() && db.predicate.is_some() {
            self.push(
                ChangeKind::UnmanagedIndexPredicate,
                Severity::Warning,
                object.clone(),
                Some(index_definition(index, table)),
                Some(index_definition(db, table)),
                format!("Index {} on {table} is partial in the database (WHERE {}), which the schema does not say.", index.name, db.predicate.as_deref().unwrap_or_default()),
                origin,
            );
        }
        if db.nulls_not_distinct && !index.nulls_not_distinct {
            self.push(
                ChangeKind::UnmanagedNullsNotDistinct,
                Severity::Warning,
                object.clone(),
                None,
                Some("NULLS NOT DISTINCT".into()),
                format!("Index {} on {table} treats NULLs as equal (NULLS NOT DISTINCT), which Prisma schemas cannot describe.", index.name),
                origin,
            );
        }
        if db.deferrable {
            self.push(
                ChangeKind::UnmanagedDeferrable,
                Severity::Warning,
                object,
                None,
                Some(if db.initially_deferred { "DEFERRABLE INITIALLY DEFERRED" } else { "DEFERRABLE" }.into()),
                format!("Unique constraint {} on {table} is deferrable, which Prisma schemas cannot describe.", db.name),
                origin,
            );
        } else if db.constraint && !index.constraint {
            self.push(
                ChangeKind::UniqueConstraintNotIndex,
                Severity::Warning,
                object,
                Some(format!("CREATE UNIQUE INDEX {}", index.name)),
                Some(format!("CONSTRAINT {} UNIQUE", db.name)),
                format!("Unique index {} on {table} is a UNIQUE constraint in the database; Prisma creates a plain unique index.", index.name),
                origin,
            );
        }
    }

    fn same_fk_target(expected: &ForeignKey, actual: &ForeignKey) -> bool {
        expected.columns == actual.columns
            && expected.referenced_table == actual.referenced_table
            && expected.referenced_columns == actual.referenced_columns
    }

    fn foreign_keys(&mut self) {
        let table = self.expected.name.clone();
        let mut used = vec![false; self.actual.foreign_keys.len()];
        for fk in &self.expected.foreign_keys {
            let object = self.object(ObjectKind::ForeignKey, &fk.name);
            let by_name = self
                .actual
                .foreign_keys
                .iter()
                .enumerate()
                .find(|(i, a)| !used[*i] && same_name(&fk.name, &a.name));
            let found = by_name.or_else(|| {
                self.actual
                    .foreign_keys
                    .iter()
                    .enumerate()
                    .find(|(i, a)| !used[*i] && Self::same_fk_target(fk, a))
            });
            let Some((i, db)) = found else {
                self.push(
                    ChangeKind::ForeignKeyMissing,
                    Severity::Drift,
                    object,
                    Some(foreign_key_definition(fk)),
                    None,
                    format!(
                        "Foreign key {} on {table} is missing from the database.",
                        fk.name
                    ),
                    fk.origin.as_ref(),
                );
                continue;
            };
            used[i] = true;
            let origin = fk.origin.as_ref();
            if !same_name(&fk.name, &db.name) {
                self.push(
                    ChangeKind::ForeignKeyRenamed,
                    Severity::Drift,
                    object.clone(),
                    Some(fk.name.clone()),
                    Some(db.name.clone()),
                    format!(
                        "Foreign key {} on {table} is named {} in the database.",
                        fk.name, db.name
                    ),
                    origin,
                );
            }
            if !Self::same_fk_target(fk, db)
                || fk.on_delete != db.on_delete
                || fk.on_update != db.on_update
            {
                self.push(
                    ChangeKind::ForeignKeyChanged,
                    Severity::Drift,
                    object.clone(),
                    Some(foreign_key_definition(fk)),
                    Some(foreign_key_definition(db)),
                    format!(
                        "Foreign key {} on {table} is defined differently in the database.",
                        fk.name
                    ),
                    origin,
                );
            }
            if db.deferrable {
                self.push(
                    ChangeKind::UnmanagedDeferrable,
                    Severity::Warning,
                    object.clone(),
                    None,
                    Some(if db.initially_deferred { "DEFERRABLE INITIALLY DEFERRED" } else { "DEFERRABLE" }.into()),
                    format!("Foreign key {} on {table} is deferrable, which Prisma schemas cannot describe.", db.name),
                    origin,
                );
            }
            if !db.validated {
                self.push(
                    ChangeKind::UnmanagedNotValid,
                    Severity::Warning,
                    object,
                    None,
                    Some("NOT VALID".into()),
                    format!(
                        "Foreign key {} on {table} is NOT VALID: existing rows were never checked.",
                        db.name
                    ),
                    origin,
                );
            }
        }
        for (i, db) in self.actual.foreign_keys.iter().enumerate() {
            if used[i] {
                continue;
            }
            let object = self.object(ObjectKind::ForeignKey, &db.name);
            self.push(
                ChangeKind::ForeignKeyExtra,
                Severity::Drift,
                object,
                None,
                Some(foreign_key_definition(db)),
                format!("The database has foreign key {} on {table}, which the schema does not declare.", db.name),
                None,
            );
        }
    }

    fn unmanaged(&mut self) {
        let table = self.expected.name.clone();
        if self.actual.partitioned && !self.expected.partitioned {
            let object = ObjectRef::top(ObjectKind::Table, &table);
            self.push(
                ChangeKind::UnmanagedPartitioning,
                Severity::Warning,
                object,
                None,
                Some(format!("table {table} PARTITION BY …")),
                format!("Table {table} is partitioned in the database, which Prisma schemas cannot describe."),
                None,
            );
        }
        for check in &self.actual.checks {
            let object = self.object(ObjectKind::Check, &check.name);
            self.push(
                ChangeKind::UnmanagedCheck,
                Severity::Warning,
                object,
                None,
                Some(check.definition.clone()),
                format!("The database has check constraint {} on {table}, which Prisma schemas cannot describe.", check.name),
                None,
            );
        }
        for trigger in &self.actual.triggers {
            let object = self.object(ObjectKind::Trigger, &trigger.name);
            self.push(
                ChangeKind::UnmanagedTrigger,
                Severity::Warning,
                object,
                None,
                Some(trigger.definition.clone()),
                format!(
                    "The database has trigger {} on {table}, which Prisma schemas cannot describe.",
                    trigger.name
                ),
                None,
            );
        }
        if let Some(comment) = &self.actual.comment {
            let object = ObjectRef::top(ObjectKind::Table, &table);
            self.push(
                ChangeKind::UnmanagedComment,
                Severity::Warning,
                object,
                None,
                Some(comment.clone()),
                format!("Table {table} has a comment in the database, which Prisma schemas cannot describe."),
                None,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::diff::{diff, ChangeKind, DiffOptions, Severity};
    use crate::ir::{self, Column, ColumnType, Index, IndexColumn, QualifiedName, Table};

    fn table(unique: Index) -> Table {
        let mut table = Table::new(QualifiedName::new("public", "t"));
        for name in ["a", "b"] {
            table.columns.push(Column {
                name: name.into(),
                ty: ColumnType::builtin("text", vec![]),
                nullable: false,
                default: None,
                collation: None,
                comment: None,
                origin: None,
            });
        }
        table.indexes.push(unique);
        table
    }

    fn database(table: Table) -> ir::Database {
        ir::Database {
            namespaces: vec!["public".into()],
            tables: vec![table],
            ..ir::Database::default()
        }
    }

    fn unique_index() -> Index {
        Index::new(
            "t_a_b_key",
            vec![IndexColumn::column("a"), IndexColumn::column("b")],
            true,
        )
    }

    fn kinds(expected: &ir::Database, actual: &ir::Database) -> Vec<(ChangeKind, Severity)> {
        diff(expected, actual, &DiffOptions::default())
            .into_iter()
            .map(|c| (c.kind, c.severity))
            .collect()
    }

    /// umami: `ADD CONSTRAINT … UNIQUE` where Prisma creates a unique index.
    /// Prisma ignores it; we say so as a warning.
    #[test]
    fn unique_constraint_where_the_schema_has_a_unique_index() {
        let expected = database(table(unique_index()));
        let mut constraint = unique_index();
        constraint.constraint = true;
        let actual = database(table(constraint.clone()));
        assert_eq!(
            kinds(&expected, &actual),
            vec![(ChangeKind::UniqueConstraintNotIndex, Severity::Warning)]
        );
        // A deferrable constraint says more: it is reported as deferrable only.
        constraint.deferrable = true;
        let actual = database(table(constraint));
        assert_eq!(
            kinds(&expected, &actual),
            vec![(ChangeKind::UnmanagedDeferrable, Severity::Warning)]
        );
    }

    /// trigger.dev: a table the migrations made `PARTITION BY …`.
    #[test]
    fn partitioned_table_is_a_warning() {
        let expected = database(table(unique_index()));
        let mut partitioned = table(unique_index());
        partitioned.partitioned = true;
        let actual = database(partitioned);
        let changes = diff(&expected, &actual, &DiffOptions::default());
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].kind, ChangeKind::UnmanagedPartitioning);
        assert_eq!(changes[0].severity, Severity::Warning);
        assert_eq!(changes[0].object.path(), "public.t");
    }
}
