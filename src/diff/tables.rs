//! Tables and what lives in them: columns, primary keys, indexes, foreign
//! keys, checks, triggers, comments.

use super::equivalence::{
    name_key, non_default_nulls, same_default, same_index_column, same_name, same_names,
    same_predicate, same_table, same_type,
};
use super::{Change, ChangeKind, DiffOptions, ObjectKind, ObjectRef, Severity};
use crate::diagnostics::count;
use crate::ir::render::{
    column_definition, describe_default, foreign_key_definition, generated_column_sql,
    index_definition, primary_key_definition,
};
use crate::ir::{
    self, Column, DefaultValue, ForeignKey, Index, IndexKey, NullsOrder, Origin, Table,
};
use crate::sql::names::PRISMA_MIGRATIONS_TABLE;

/// A table's [`name_key`].
fn key(table: &Table) -> (&str, &str) {
    name_key(&table.name.schema, &table.name.name)
}

/// Tables by [`key`] (the first of a key wins), so that matching thousands of tables is not
/// quadratic.
fn by_name(tables: &[Table]) -> std::collections::HashMap<(&str, &str), &Table> {
    let mut map = std::collections::HashMap::with_capacity(tables.len());
    for table in tables {
        map.entry(key(table)).or_insert(table);
    }
    map
}

pub(super) fn diff_tables(
    expected: &ir::Database,
    actual: &ir::Database,
    options: &DiffOptions,
    changes: &mut Vec<Change>,
) {
    let actual_tables = by_name(&actual.tables);
    let expected_tables = by_name(&expected.tables);
    let extension_schemas: Vec<&str> = actual
        .printed_relative_to
        .iter()
        .map(String::as_str)
        .collect();
    for table in &expected.tables {
        match actual_tables.get(&key(table)).copied() {
            Some(db) => TableDiff {
                expected: table,
                actual: db,
                options,
                extension_schemas: &extension_schemas,
                changes,
            }
            .run(),
            None => changes.push(Change {
                kind: ChangeKind::TableMissing,
                severity: Severity::Drift,
                object: ObjectRef::top(ObjectKind::Table, &table.name),
                expected: Some(format!(
                    "table {} ({})",
                    table.name,
                    count(table.columns.len(), "column", "columns")
                )),
                actual: None,
                message: format!("Table {} is missing from the database.", table.name),
                origin: table.origin.clone(),
            }),
        }
    }
    let declared_view = |name: &ir::QualifiedName| expected.views.iter().any(|v| &v.name == name);
    for table in &actual.tables {
        let declared = expected_tables.contains_key(&key(table));
        if declared || table.name.name == PRISMA_MIGRATIONS_TABLE || declared_view(&table.name) {
            continue;
        }
        changes.push(Change {
            kind: ChangeKind::TableExtra,
            severity: Severity::Drift,
            object: ObjectRef::top(ObjectKind::Table, &table.name),
            expected: None,
            actual: Some(format!(
                "table {} ({})",
                table.name,
                count(table.columns.len(), "column", "columns")
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
    /// The schemas beside the namespaces that the database's expressions were
    /// printed relative to ([`crate::ir::Database::printed_relative_to`]).
    extension_schemas: &'a [&'a str],
    changes: &'a mut Vec<Change>,
}

impl TableDiff<'_> {
    fn push(&mut self, mut change: Change) {
        // Objects the schema lacks point at their model.
        if change.origin.is_none() {
            change.origin = self.expected.origin.clone();
        }
        self.changes.push(change);
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
                    Change::new(
                        ChangeKind::ColumnMissing,
                        object,
                        format!(
                            "Column {table}.{} is missing from the database.",
                            column.name
                        ),
                    )
                    .expected(column_definition(column))
                    .at(column.origin.as_ref()),
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
                    Change::new(
                        ChangeKind::ColumnExtra,
                        object,
                        format!(
                        "The database has column {table}.{}, which the schema does not declare.",
                        db.name
                    ),
                    )
                    .actual(column_definition(db)),
                );
            }
        }
    }

    fn column(&mut self, column: &Column, db: &Column, object: ObjectRef) {
        let path = format!("{}.{}", self.expected.name, column.name);
        let origin = column.origin.as_ref();
        if !same_type(&column.ty, &db.ty) {
            self.push(
                Change::new(
                    ChangeKind::ColumnTypeChanged,
                    object.clone(),
                    format!(
                        "Column {path} is {} in the database, the schema says {}.",
                        db.ty.sql(),
                        column.ty.sql()
                    ),
                )
                .expected(column.ty.sql())
                .actual(db.ty.sql())
                .at(origin),
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
                Change::new(
                    ChangeKind::ColumnNullabilityChanged,
                    object.clone(),
                    format!(
                        "Column {path} is {} in the database, the schema says {}.",
                        word(db.nullable),
                        word(column.nullable)
                    ),
                )
                .with_severity(severity)
                .expected(word(column.nullable))
                .actual(word(db.nullable))
                .at(origin),
            );
        }
        if let Some(generated @ DefaultValue::Generated { .. }) = &db.default {
            let message = format!(
                "Column {path} is generated by the database, which Prisma schemas cannot describe."
            );
            self.push(
                Change::new(
                    ChangeKind::UnmanagedGeneratedColumn,
                    object.clone(),
                    message,
                )
                .actual(generated_column_sql(generated))
                .at(origin),
            );
        } else if !same_default(
            column.default.as_ref(),
            db.default.as_ref(),
            &column.ty,
            self.extension_schemas,
        ) {
            self.push(
                Change::new(
                    ChangeKind::ColumnDefaultChanged,
                    object.clone(),
                    format!(
                        "Column {path} has {} in the database, the schema says {}.",
                        describe_default(db.default.as_ref()),
                        describe_default(column.default.as_ref())
                    ),
                )
                .expected(describe_default(column.default.as_ref()))
                .actual(describe_default(db.default.as_ref()))
                .at(origin),
            );
        }
        if let Some(collation) = &db.collation {
            let message = format!("Column {path} uses collation \"{collation}\", which Prisma schemas cannot describe.");
            self.push(
                Change::new(ChangeKind::UnmanagedCollation, object.clone(), message)
                    .actual(format!("COLLATE \"{collation}\""))
                    .at(origin),
            );
        }
        if let Some(comment) = &db.comment {
            let message = format!("Column {path} has a comment in the database, which Prisma schemas cannot describe.");
            self.push(
                Change::new(ChangeKind::UnmanagedComment, object, message)
                    .actual(comment.clone())
                    .at(origin),
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
                    Change::new(
                        ChangeKind::PrimaryKeyMissing,
                        object,
                        format!(
                        "Table {table} has no primary key in the database; the schema declares {}.",
                        primary_key_definition(&pk.columns)
                    ),
                    )
                    .expected(primary_key_definition(&pk.columns))
                    .at(pk.origin.as_ref()),
                );
            }
            (None, Some(db)) => {
                let object = self.object(ObjectKind::PrimaryKey, &db.name);
                let message = format!("Table {table} has primary key {} in the database, which the schema does not declare.", db.name);
                self.push(
                    Change::new(ChangeKind::PrimaryKeyExtra, object, message)
                        .actual(primary_key_definition(&db.columns)),
                );
            }
            (Some(pk), Some(db)) => {
                if !same_names(&pk.columns, &db.columns) {
                    let object = self.object(ObjectKind::PrimaryKey, &pk.name);
                    self.push(
                        Change::new(
                            ChangeKind::PrimaryKeyChanged,
                            object,
                            format!(
                            "The primary key of {table} is {} in the database, the schema says {}.",
                            primary_key_definition(&db.columns),
                            primary_key_definition(&pk.columns)
                        ),
                        )
                        .expected(primary_key_definition(&pk.columns))
                        .actual(primary_key_definition(&db.columns))
                        .at(pk.origin.as_ref()),
                    );
                } else if !same_name(&pk.name, &db.name) {
                    let object = self.object(ObjectKind::PrimaryKey, &pk.name);
                    let message = format!("The primary key of {table} is named {} in the database, the schema expects {}.", db.name, pk.name);
                    self.push(
                        Change::new(ChangeKind::PrimaryKeyRenamed, object, message)
                            .expected(pk.name.clone())
                            .actual(db.name.clone())
                            .at(pk.origin.as_ref()),
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
            && same_names(&expected.include, &actual.include)
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
                    !used[*i] && self.same_index_shape(index, a) && self.same_where(index, a)
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
                    Change::new(
                        ChangeKind::IndexRenamed,
                        object.clone(),
                        format!(
                            "Index {} on {table} is named {} in the database.",
                            index.name, db.name
                        ),
                    )
                    .expected(index.name.clone())
                    .actual(db.name.clone())
                    .at(index.origin.as_ref()),
                );
                self.index_details(index, db, object);
            } else {
                self.push(
                    Change::new(
                        ChangeKind::IndexMissing,
                        object,
                        format!(
                            "Index {} on {table} is missing from the database.",
                            index.name
                        ),
                    )
                    .expected(expected_sql)
                    .at(index.origin.as_ref()),
                );
            }
        }
        for (i, db) in self.actual.indexes.iter().enumerate() {
            if !used[i] {
                self.extra_index(db);
            }
        }
    }

    /// An index only the database has: one the schema cannot describe, a
    /// second index on declared columns, or an extra one.
    fn extra_index(&mut self, db: &Index) {
        let table = self.expected.name.clone();
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
                Change::new(
                    ChangeKind::UnmanagedIndex,
                    object,
                    format!(
                        "The database has {what} {} on {table}, which the schema cannot describe.",
                        db.name
                    ),
                )
                .actual_opt(actual_sql),
            );
            return;
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
            let message = format!("The database has index {} on {table}, a second index on the columns of one the schema declares.", db.name);
            self.push(
                Change::new(ChangeKind::DuplicateIndex, object, message).actual_opt(actual_sql),
            );
            return;
        }
        self.push(
            Change::new(
                ChangeKind::IndexExtra,
                object,
                format!(
                    "The database has index {} on {table}, which the schema does not declare.",
                    db.name
                ),
            )
            .actual_opt(actual_sql),
        );
    }

    /// A warning per key column whose nulls order only the database sets.
    fn nulls_order(&mut self, index: &Index, db: &Index, object: &ObjectRef) {
        let table = &self.expected.name;
        for (expected, actual) in index.columns.iter().zip(&db.columns) {
            let Some(nulls) = non_default_nulls(actual) else {
                continue;
            };
            if non_default_nulls(expected).is_some() {
                continue;
            }
            let key = match &actual.key {
                IndexKey::Column(name) | IndexKey::Expression(name) => name.clone(),
            };
            let message = format!(
                "Index {} on {table} sorts NULLs {} on {key}, which Prisma schemas cannot describe.",
                index.name,
                match nulls {
                    NullsOrder::First => "first",
                    NullsOrder::Last => "last",
                }
            );
            let spelled = match nulls {
                NullsOrder::First => "NULLS FIRST",
                NullsOrder::Last => "NULLS LAST",
            };
            self.push(
                Change::new(ChangeKind::UnmanagedNullsOrder, object.clone(), message)
                    .actual(format!("{key} {spelled}"))
                    .at(index.origin.as_ref()),
            );
        }
    }

    /// A warning for a foreign key PostgreSQL does not check: `NOT ENFORCED`
    /// (no row, PostgreSQL 18) or `NOT VALID` (not the existing rows).
    fn unchecked_rows(&mut self, db: &ForeignKey, object: ObjectRef, origin: Option<&Origin>) {
        let table = &self.expected.name;
        let (kind, what, actual) = if !db.enforced {
            (
                ChangeKind::UnmanagedNotEnforced,
                "NOT ENFORCED: neither existing nor new rows are checked",
                "NOT ENFORCED",
            )
        } else if !db.validated {
            (
                ChangeKind::UnmanagedNotValid,
                "NOT VALID: existing rows were never checked",
                "NOT VALID",
            )
        } else {
            return;
        };
        let message = format!("Foreign key {} on {table} is {what}.", db.name);
        self.push(Change::new(kind, object, message).actual(actual).at(origin));
    }

    /// Whether two indexes have the same `WHERE` clause ([`same_predicate`]).
    fn same_where(&self, expected: &Index, actual: &Index) -> bool {
        same_predicate(
            expected.predicate.as_deref(),
            actual.predicate.as_deref(),
            self.extension_schemas,
        )
    }

    fn index_details(&mut self, index: &Index, db: &Index, object: ObjectRef) {
        let table = &self.expected.name;
        let origin = index.origin.as_ref();
        if !self.same_index_shape(index, db) {
            self.push(
                Change::new(
                    ChangeKind::IndexChanged,
                    object.clone(),
                    format!(
                        "Index {} on {table} is defined differently in the database.",
                        index.name
                    ),
                )
                .expected(index_definition(index, table))
                .actual(index_definition(db, table))
                .at(origin),
            );
        } else if index.predicate.is_some() && !self.same_where(index, db) {
            self.push(
                Change::new(
                    ChangeKind::IndexChanged,
                    object.clone(),
                    format!(
                        "Index {} on {table} has another WHERE clause in the database.",
                        index.name
                    ),
                )
                .expected(index_definition(index, table))
                .actual(index_definition(db, table))
                .at(origin),
            );
        }
        let key_columns: Vec<String> = index
            .columns
            .iter()
            .filter_map(|c| match &c.key {
                IndexKey::Column(name) => Some(name.clone()),
                IndexKey::Expression(_) => None,
            })
            .collect();
        let weaker = db
            .predicate
            .as_deref()
            .is_some_and(|p| !ir::only_excludes_nulls(p, &key_columns));
        if index.unique && index.predicate.is_none() && weaker {
            // Unique only where the predicate holds: less than the schema promises.
            let message = format!("Unique index {} on {table} is partial in the database (WHERE {}): rows outside it may repeat values the schema says are unique.", index.name, db.predicate.as_deref().unwrap_or_default());
            self.push(
                Change::new(ChangeKind::UniqueIndexPartial, object.clone(), message)
                    .expected(index_definition(index, table))
                    .actual(index_definition(db, table))
                    .at(origin),
            );
        } else if index.predicate.is_none() && db.predicate.is_some() {
            let message = format!("Index {} on {table} is partial in the database (WHERE {}), which the schema does not say.", index.name, db.predicate.as_deref().unwrap_or_default());
            self.push(
                Change::new(ChangeKind::UnmanagedIndexPredicate, object.clone(), message)
                    .expected(index_definition(index, table))
                    .actual(index_definition(db, table))
                    .at(origin),
            );
        }
        self.nulls_order(index, db, &object);
        if db.nulls_not_distinct && !index.nulls_not_distinct {
            let message = format!("Index {} on {table} treats NULLs as equal (NULLS NOT DISTINCT), which Prisma schemas cannot describe.", index.name);
            self.push(
                Change::new(
                    ChangeKind::UnmanagedNullsNotDistinct,
                    object.clone(),
                    message,
                )
                .actual("NULLS NOT DISTINCT")
                .at(origin),
            );
        }
        if db.deferrable {
            let message = format!("Unique constraint {} on {table} is deferrable, which Prisma schemas cannot describe.", db.name);
            self.push(
                Change::new(ChangeKind::UnmanagedDeferrable, object, message)
                    .actual(if db.initially_deferred {
                        "DEFERRABLE INITIALLY DEFERRED"
                    } else {
                        "DEFERRABLE"
                    })
                    .at(origin),
            );
        } else if db.constraint && !index.constraint {
            let message = format!("Unique index {} on {table} is a UNIQUE constraint in the database; Prisma creates a plain unique index.", index.name);
            self.push(
                Change::new(ChangeKind::UniqueConstraintNotIndex, object, message)
                    .expected(format!("CREATE UNIQUE INDEX {}", index.name))
                    .actual(format!("CONSTRAINT {} UNIQUE", db.name))
                    .at(origin),
            );
        }
    }

    fn same_fk_target(expected: &ForeignKey, actual: &ForeignKey) -> bool {
        same_names(&expected.columns, &actual.columns)
            && same_table(&expected.referenced_table, &actual.referenced_table)
            && same_names(&expected.referenced_columns, &actual.referenced_columns)
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
                    Change::new(
                        ChangeKind::ForeignKeyMissing,
                        object,
                        format!(
                            "Foreign key {} on {table} is missing from the database.",
                            fk.name
                        ),
                    )
                    .expected(foreign_key_definition(fk))
                    .at(fk.origin.as_ref()),
                );
                continue;
            };
            used[i] = true;
            self.foreign_key_details(fk, db, object);
        }
        for (i, db) in self.actual.foreign_keys.iter().enumerate() {
            if used[i] {
                continue;
            }
            let object = self.object(ObjectKind::ForeignKey, &db.name);
            let message = format!(
                "The database has foreign key {} on {table}, which the schema does not declare.",
                db.name
            );
            self.push(
                Change::new(ChangeKind::ForeignKeyExtra, object, message)
                    .actual(foreign_key_definition(db)),
            );
        }
    }

    /// A foreign key both sides have: its name, its definition, and what
    /// only the database says of it.
    fn foreign_key_details(&mut self, fk: &ForeignKey, db: &ForeignKey, object: ObjectRef) {
        let table = self.expected.name.clone();
        let origin = fk.origin.as_ref();
        if !same_name(&fk.name, &db.name) {
            self.push(
                Change::new(
                    ChangeKind::ForeignKeyRenamed,
                    object.clone(),
                    format!(
                        "Foreign key {} on {table} is named {} in the database.",
                        fk.name, db.name
                    ),
                )
                .expected(fk.name.clone())
                .actual(db.name.clone())
                .at(origin),
            );
        }
        if !Self::same_fk_target(fk, db)
            || fk.on_delete != db.on_delete
            || fk.on_update != db.on_update
        {
            self.push(
                Change::new(
                    ChangeKind::ForeignKeyChanged,
                    object.clone(),
                    format!(
                        "Foreign key {} on {table} is defined differently in the database.",
                        fk.name
                    ),
                )
                .expected(foreign_key_definition(fk))
                .actual(foreign_key_definition(db))
                .at(origin),
            );
        }
        if db.deferrable {
            let message = format!(
                "Foreign key {} on {table} is deferrable, which Prisma schemas cannot describe.",
                db.name
            );
            self.push(
                Change::new(ChangeKind::UnmanagedDeferrable, object.clone(), message)
                    .actual(if db.initially_deferred {
                        "DEFERRABLE INITIALLY DEFERRED"
                    } else {
                        "DEFERRABLE"
                    })
                    .at(origin),
            );
        }
        self.unchecked_rows(db, object, origin);
    }

    fn unmanaged(&mut self) {
        let table = self.expected.name.clone();
        if self.actual.partitioned && !self.expected.partitioned {
            let object = ObjectRef::top(ObjectKind::Table, &table);
            let message = format!("Table {table} is partitioned in the database, which Prisma schemas cannot describe.");
            self.push(
                Change::new(ChangeKind::UnmanagedPartitioning, object, message)
                    .actual(format!("table {table} PARTITION BY …")),
            );
        }
        for check in &self.actual.checks {
            let object = self.object(ObjectKind::Check, &check.name);
            let message = format!("The database has check constraint {} on {table}, which Prisma schemas cannot describe.", check.name);
            self.push(
                Change::new(ChangeKind::UnmanagedCheck, object, message)
                    .actual(check.definition.clone()),
            );
        }
        for trigger in &self.actual.triggers {
            let object = self.object(ObjectKind::Trigger, &trigger.name);
            self.push(
                Change::new(
                    ChangeKind::UnmanagedTrigger,
                    object,
                    format!(
                    "The database has trigger {} on {table}, which Prisma schemas cannot describe.",
                    trigger.name
                ),
                )
                .actual(trigger.definition.clone()),
            );
        }
        if let Some(comment) = &self.actual.comment {
            let object = ObjectRef::top(ObjectKind::Table, &table);
            let message = format!("Table {table} has a comment in the database, which Prisma schemas cannot describe.");
            self.push(
                Change::new(ChangeKind::UnmanagedComment, object, message).actual(comment.clone()),
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
                default_text: None,
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
