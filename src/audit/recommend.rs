//! Recommendations computed from what the audit found: the database's own
//! structure (unindexed foreign keys, tables without a primary key, duplicate
//! and redundant indexes, unused enums), its data (empty tables), the
//! migrations (pending, failed, …) and the drift check (drift, unmanaged
//! objects).

use std::collections::BTreeSet;

use super::data::{CountMethod, DataSection};
use super::finding::{Finding, FindingKind, FindingObject};
use super::history::{MigrationStatus, MigrationsSection};
use super::inventory::enum_users;
use crate::diagnostics::count;
use crate::diff::{counts_as_drift, ChangeKind, CheckReport, Severity};
use crate::ir::{self, Index, IndexColumn, IndexKey, SortOrder, Table};
use crate::sql::{ddl, Style};

pub(super) struct Input<'a> {
    pub actual: &'a ir::Database,
    pub expected: Option<&'a ir::Database>,
    pub report: Option<&'a CheckReport>,
    pub data: &'a DataSection,
    pub migrations: &'a MigrationsSection,
    /// Whether an empty table means anything (not in an unseeded replay).
    pub judge_emptiness: bool,
}

pub(super) fn recommend(input: &Input<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    migrations(input.migrations, &mut out);
    if let Some(report) = input.report {
        drift(report, input.migrations, &mut out);
    }
    let mut flagged_indexes = BTreeSet::new();
    for table in &input.actual.tables {
        unindexed_foreign_keys(table, input.expected, &mut out);
        if table.primary_key.is_none() {
            out.push(missing_primary_key(table, input.expected));
        }
        let declared: BTreeSet<&str> = input
            .expected
            .and_then(|e| e.table(&table.name))
            .map(|t| t.indexes.iter().map(|i| i.name.as_str()).collect())
            .unwrap_or_default();
        indexes(table, &declared, &mut flagged_indexes, &mut out);
    }
    for def in &input.actual.enums {
        if enum_users(input.actual, &def.name).is_empty() {
            let origin = input
                .expected
                .and_then(|e| e.enums.iter().find(|x| x.name == def.name))
                .and_then(|x| x.origin.as_ref());
            out.push(
                Finding::new(
                    FindingKind::UnusedEnum,
                    FindingObject::table(&def.name),
                    format!(
                        "Enum {} ({} values) is not the type of any column.",
                        def.name,
                        def.values.len()
                    ),
                    "Remove the enum from the schema (or drop the type) unless functions or \
                     views outside the audited tables use it.",
                )
                .sql(format!("DROP TYPE {};", qualified_sql(&def.name)))
                .at(origin),
            );
        }
    }
    if input.judge_emptiness {
        for table in input.data.tables.iter().filter(|t| t.rows == Some(0)) {
            let how = match input.data.counts {
                CountMethod::Exact => "count(*) is 0",
                CountMethod::Estimate => "its row estimate is 0; confirm with --exact-counts",
            };
            out.push(Finding::new(
                FindingKind::EmptyTable,
                table_object(&table.table),
                format!("Table {} has no rows ({how}).", table.table),
                "Check whether the feature behind it is in use (or seed it); drop the model if \
                 it is not.",
            ));
        }
    }
    if let Some(report) = input.report {
        for change in report
            .changes
            .iter()
            .filter(|c| c.severity == Severity::Warning)
        {
            if change.kind == ChangeKind::DuplicateIndex
                && flagged_indexes.contains(&change.object.path())
            {
                continue;
            }
            out.push(
                Finding::new(
                    FindingKind::UnmanagedObject,
                    FindingObject::named(change.object.path()),
                    format!("{} ({})", change.message, change.kind),
                    format!(
                        "Describe it in the schema if it can be, keep it in a migration so \
                         that it is reproducible, or ignore it: --ignore {}:{} (or in \
                         prisma-drift.toml).",
                        change.kind,
                        change.object.path()
                    ),
                )
                .at(change.origin.as_ref()),
            );
        }
    }
    out.sort_by(|a, b| {
        (a.kind, &a.object.path, &a.message).cmp(&(b.kind, &b.object.path, &b.message))
    });
    out.dedup();
    out
}

fn migrations(section: &MigrationsSection, out: &mut Vec<Finding>) {
    let replay = section.source == super::history::HistorySource::Replay;
    for entry in &section.migrations {
        let (kind, message, suggestion) = match entry.status {
            MigrationStatus::Applied | MigrationStatus::Replayed | MigrationStatus::NotReplayed => {
                continue
            }
            MigrationStatus::Failed if replay => (
                FindingKind::FailedMigration,
                format!(
                    "Migration {} fails on the database the migrations before it build: {}",
                    entry.name,
                    entry.error.as_deref().unwrap_or("no error recorded")
                ),
                "Fix the script, or add a migration before it that creates what it needs; \
                 prisma migrate deploy would stop here."
                    .to_string(),
            ),
            MigrationStatus::Failed => (
                FindingKind::FailedMigration,
                format!(
                    "Migration {} started and never finished{}",
                    entry.name,
                    entry
                        .error
                        .as_deref()
                        .and_then(|l| l.lines().find(|l| !l.trim().is_empty()))
                        .map(|l| format!(": {}", l.trim()))
                        .unwrap_or_else(|| ".".into())
                ),
                format!(
                    "Repair the database by hand, then mark it with prisma migrate resolve \
                     --applied {0} or --rolled-back {0}; prisma migrate deploy refuses to \
                     run until then.",
                    entry.name
                ),
            ),
            MigrationStatus::Pending => (
                FindingKind::PendingMigration,
                format!("Migration {} is not applied.", entry.name),
                "Apply it with prisma migrate deploy.".to_string(),
            ),
            MigrationStatus::RolledBack => (
                FindingKind::RolledBackMigration,
                format!(
                    "Migration {} is marked rolled back; prisma migrate deploy applies it again.",
                    entry.name
                ),
                "Make sure the database is in the state before it, then deploy.".to_string(),
            ),
            MigrationStatus::Edited => (
                FindingKind::EditedMigration,
                format!(
                    "Migration {} changed after it was applied (its checksum differs from \
                     _prisma_migrations).",
                    entry.name
                ),
                "Restore the script as it was applied, and put the change in a new migration."
                    .to_string(),
            ),
            MigrationStatus::MissingFromFolder => (
                FindingKind::MissingMigration,
                format!(
                    "Migration {} is recorded as applied but its folder is not in {}.",
                    entry.name, section.dir
                ),
                "Restore the folder from version control, or check that the database belongs \
                 to this project."
                    .to_string(),
            ),
        };
        out.push(Finding::new(
            kind,
            FindingObject::named(entry.name.clone()),
            message,
            suggestion,
        ));
    }
}

fn drift(report: &CheckReport, section: &MigrationsSection, out: &mut Vec<Finding>) {
    let drift: Vec<_> = report
        .changes
        .iter()
        .filter(|c| counts_as_drift(c, report.strict))
        .collect();
    if drift.is_empty() {
        return;
    }
    let mut kinds: std::collections::BTreeMap<&str, usize> = Default::default();
    for change in &drift {
        *kinds.entry(change.kind.as_str()).or_default() += 1;
    }
    let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{n} {k}")).collect();
    let suggestion = if section.source == super::history::HistorySource::Replay {
        "The migrations do not build the schema: create the missing migration with \
         prisma migrate dev --create-only and review it."
    } else {
        "Create a migration for the schema's side (prisma migrate dev), or revert the \
         changes made outside the migrations."
    };
    out.push(Finding::new(
        FindingKind::Drift,
        FindingObject::named(report.namespaces.join(", ")),
        format!(
            "{} {} the database differ from the schema: {}.",
            count(drift.len(), "change", "changes"),
            if drift.len() == 1 { "makes" } else { "make" },
            kinds.join(", ")
        ),
        suggestion,
    ));
}

fn missing_primary_key(table: &Table, expected: Option<&ir::Database>) -> Finding {
    let origin = expected
        .and_then(|e| e.table(&table.name))
        .and_then(|t| t.origin.as_ref());
    Finding::new(
        FindingKind::MissingPrimaryKey,
        FindingObject::table(&table.name).with_model(origin.and_then(|o| o.model.clone())),
        format!("Table {} has no primary key.", table.name),
        "Add one: @id on a field or @@id([...]) on the model.",
    )
    .at(origin)
}

/// The leading plain columns of an index key.
fn leading_columns(columns: &[IndexColumn]) -> Vec<&str> {
    columns
        .iter()
        .map_while(|c| match &c.key {
            IndexKey::Column(name) => Some(name.as_str()),
            IndexKey::Expression(_) => None,
        })
        .collect()
}

/// Whether an index on `keys` serves lookups on every column of `columns`
/// (in any order): they are its leading columns.
fn leads(keys: &[&str], columns: &[String]) -> bool {
    if columns.is_empty() || keys.len() < columns.len() {
        return false;
    }
    let lead: BTreeSet<&str> = keys[..columns.len()].iter().copied().collect();
    let wanted: BTreeSet<&str> = columns.iter().map(String::as_str).collect();
    lead == wanted && lead.len() == columns.len()
}

fn unindexed_foreign_keys(table: &Table, expected: Option<&ir::Database>, out: &mut Vec<Finding>) {
    let mut key_sets: Vec<Vec<&str>> = Vec::new();
    if let Some(pk) = &table.primary_key {
        key_sets.push(pk.columns.iter().map(String::as_str).collect());
    }
    for index in table.indexes.iter().filter(|i| i.predicate.is_none()) {
        let keys = leading_columns(&index.columns);
        match index.method.as_str() {
            "btree" => key_sets.push(keys),
            // A hash index serves equality on its single column.
            "hash" if keys.len() == 1 => key_sets.push(keys),
            _ => {}
        }
    }
    let model_table = expected.and_then(|e| e.table(&table.name));
    for fk in &table.foreign_keys {
        if key_sets.iter().any(|keys| leads(keys, &fk.columns)) {
            continue;
        }
        let columns = fk.columns.join(", ");
        let keys = fk
            .columns
            .iter()
            .map(|c| ddl::IndexKey::column(c))
            .collect();
        let index = ddl::IndexDefinition::unnamed(ir::render::name_of(&table.name), keys);
        let sql = format!("{};", index.sql(Style::PSQL));
        // In the schema's terms when the model and every field are known.
        let in_schema = model_table.and_then(|t| {
            let model = t.origin.as_ref()?.model.clone()?;
            let fields: Option<Vec<String>> = fk
                .columns
                .iter()
                .map(|c| t.column(c)?.origin.as_ref()?.field.clone())
                .collect();
            Some((model, fields?))
        });
        let object = FindingObject::in_table(&table.name, &fk.name, fk.columns.clone());
        let message = format!(
            "Foreign key {} ({columns}) references {} and has no index leading with its \
             columns: deleting or updating a referenced row scans {}.",
            fk.name, fk.referenced_table, table.name
        );
        let finding = match in_schema {
            Some((model, fields)) => {
                let line = format!("@@index([{}])", fields.join(", "));
                Finding::new(
                    FindingKind::UnindexedForeignKey,
                    object.with_model(Some(model.clone())),
                    message,
                    format!("Add {line} to model {model}."),
                )
                .schema_line(line)
            }
            None => Finding::new(
                FindingKind::UnindexedForeignKey,
                object,
                message,
                "Add an index on the foreign key's columns.",
            ),
        };
        out.push(
            finding
                .sql(sql)
                .at(model_table.and_then(|t| t.origin.as_ref())),
        );
    }
}

/// An index or the primary key, for comparing definitions.
struct Shape<'a> {
    name: &'a str,
    columns: Vec<IndexColumn>,
    method: &'a str,
    predicate: Option<&'a str>,
    unique: bool,
    /// Which to keep of two equal ones: primary key 3, constraint 2, unique 1, other 0.
    rank: u8,
    /// Declared in the schema: kept rather than one that is not.
    declared: bool,
}

impl Shape<'_> {
    fn of<'a>(index: &'a Index, declared: &BTreeSet<&str>) -> Shape<'a> {
        Shape {
            declared: declared.contains(index.name.as_str()),
            name: &index.name,
            columns: index.columns.clone(),
            method: &index.method,
            predicate: index.predicate.as_deref(),
            unique: index.unique,
            rank: if index.constraint {
                2
            } else {
                u8::from(index.unique)
            },
        }
    }

    fn same_definition(&self, other: &Shape<'_>) -> bool {
        self.columns == other.columns
            && self.method == other.method
            && self.predicate == other.predicate
    }
}

fn indexes(
    table: &Table,
    declared: &BTreeSet<&str>,
    flagged: &mut BTreeSet<String>,
    out: &mut Vec<Finding>,
) {
    let mut shapes: Vec<Shape<'_>> = Vec::new();
    if let Some(pk) = &table.primary_key {
        shapes.push(Shape {
            name: &pk.name,
            columns: pk
                .columns
                .iter()
                .map(|c| IndexColumn {
                    key: IndexKey::Column(c.clone()),
                    sort: SortOrder::Asc,
                    nulls: None,
                    opclass: None,
                })
                .collect(),
            method: "btree",
            predicate: None,
            unique: true,
            rank: 3,
            declared: true,
        });
    }
    shapes.extend(table.indexes.iter().map(|i| Shape::of(i, declared)));
    for shape in shapes.iter().filter(|s| s.rank < 3) {
        let path = format!("{}.{}", table.name, shape.name);
        // Kept instead: the stronger one, else the one the schema declares, else
        // the first by name.
        let twin = shapes.iter().find(|other| {
            other.name != shape.name
                && other.same_definition(shape)
                && ((other.rank, other.declared, std::cmp::Reverse(other.name))
                    > (shape.rank, shape.declared, std::cmp::Reverse(shape.name)))
        });
        if let Some(twin) = twin {
            out.push(
                Finding::new(
                    FindingKind::DuplicateIndex,
                    index_object(table, shape),
                    format!(
                        "Index {} on {} duplicates {}: both are {}.",
                        shape.name,
                        table.name,
                        twin.name,
                        describe(shape)
                    ),
                    format!(
                        "Drop {} ({}); {} does the same work.",
                        shape.name,
                        drop_how(shape),
                        twin.name
                    ),
                )
                .sql(drop_sql(shape, table)),
            );
            flagged.insert(path);
            continue;
        }
        if shape.unique || shape.method != "btree" || shape.predicate.is_some() {
            continue;
        }
        let wider = shapes.iter().find(|other| {
            other.name != shape.name
                && other.method == "btree"
                && other.predicate.is_none()
                && other.columns.len() > shape.columns.len()
                && other.columns[..shape.columns.len()] == shape.columns[..]
        });
        if let Some(wider) = wider {
            out.push(
                Finding::new(
                    FindingKind::RedundantIndex,
                    index_object(table, shape),
                    format!(
                        "Index {} on {} is {}, a prefix of {}, which is {}.",
                        shape.name,
                        table.name,
                        describe(shape),
                        wider.name,
                        describe(wider)
                    ),
                    format!(
                        "Drop {} ({}): {} serves the same lookups.",
                        shape.name,
                        drop_how(shape),
                        wider.name
                    ),
                )
                .sql(drop_sql(shape, table)),
            );
            flagged.insert(path);
        }
    }
}

/// `btree (a, b DESC)`.
fn describe(s: &Shape<'_>) -> String {
    let keys: Vec<String> = s
        .columns
        .iter()
        .map(|c| {
            let key = match &c.key {
                IndexKey::Column(name) => name.clone(),
                IndexKey::Expression(expr) => expr.clone(),
            };
            match c.sort {
                SortOrder::Asc => key,
                SortOrder::Desc => format!("{key} DESC"),
            }
        })
        .collect();
    format!("{} ({})", s.method, keys.join(", "))
}

/// How to drop an index: through the schema when it declares it, else in SQL.
fn drop_how(shape: &Shape<'_>) -> &'static str {
    if shape.declared {
        "remove its declaration from the schema and migrate"
    } else {
        "the schema does not declare it: drop it in a migration"
    }
}

fn drop_sql(shape: &Shape<'_>, table: &Table) -> String {
    format!(
        "DROP INDEX {};",
        Style::PSQL.qualified(&table.name.schema, shape.name)
    )
}

fn index_object(table: &Table, shape: &Shape<'_>) -> FindingObject {
    let columns = shape
        .columns
        .iter()
        .map(|c| match &c.key {
            IndexKey::Column(name) => name.clone(),
            IndexKey::Expression(expr) => expr.clone(),
        })
        .collect();
    FindingObject::in_table(&table.name, shape.name, columns)
}

/// `schema.table` (as the data section names tables) as an object.
fn table_object(path: &str) -> FindingObject {
    match path.split_once('.') {
        Some((schema, table)) => FindingObject::table(&ir::QualifiedName::new(schema, table)),
        None => FindingObject::named(path),
    }
}

fn qualified_sql(name: &ir::QualifiedName) -> String {
    Style::PSQL.qualified(&name.schema, &name.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{PrimaryKey, QualifiedName};

    fn index(name: &str, columns: &[&str], unique: bool) -> Index {
        Index::new(
            name,
            columns.iter().map(|c| IndexColumn::column(*c)).collect(),
            unique,
        )
    }

    fn table(indexes: Vec<Index>) -> Table {
        let mut table = Table::new(QualifiedName::new("public", "t"));
        table.primary_key = Some(PrimaryKey {
            name: "t_pkey".into(),
            columns: vec!["id".into()],
            origin: None,
        });
        table.indexes = indexes;
        table
    }

    fn findings(table: &Table, declared: &[&str]) -> Vec<(FindingKind, String)> {
        let mut out = Vec::new();
        let declared: BTreeSet<&str> = declared.iter().copied().collect();
        indexes(table, &declared, &mut BTreeSet::new(), &mut out);
        out.into_iter().map(|r| (r.kind, r.object.path)).collect()
    }

    #[test]
    fn an_index_on_the_primary_key_columns_duplicates_it() {
        let t = table(vec![index("t_id_idx", &["id"], false)]);
        assert_eq!(
            findings(&t, &[]),
            vec![(FindingKind::DuplicateIndex, "public.t.t_id_idx".into())]
        );
    }

    #[test]
    fn unique_and_partial_and_other_order_prefixes_are_not_redundant() {
        let mut desc = index("t_a_desc_idx", &["a"], false);
        desc.columns[0].sort = SortOrder::Desc;
        let mut partial = index("t_a_partial_idx", &["a"], false);
        partial.predicate = Some("(a > 0)".into());
        let t = table(vec![
            index("t_a_b_idx", &["a", "b"], false),
            index("t_a_key", &["a"], true),
            desc,
            partial,
            index("t_b_idx", &["b"], false),
        ]);
        assert_eq!(findings(&t, &[]), vec![]);
        let t = table(vec![
            index("t_a_b_idx", &["a", "b"], false),
            index("t_a_idx", &["a"], false),
        ]);
        assert_eq!(
            findings(&t, &[]),
            vec![(FindingKind::RedundantIndex, "public.t.t_a_idx".into())]
        );
    }

    #[test]
    fn of_two_equal_indexes_the_undeclared_one_goes() {
        let t = table(vec![
            index("a_first", &["x"], false),
            index("b_second", &["x"], false),
        ]);
        assert_eq!(
            findings(&t, &[]),
            vec![(FindingKind::DuplicateIndex, "public.t.b_second".into())]
        );
        assert_eq!(
            findings(&t, &["b_second"]),
            vec![(FindingKind::DuplicateIndex, "public.t.a_first".into())]
        );
        // A unique index is kept over a plain one.
        let t = table(vec![
            index("a_plain", &["x"], false),
            index("b_unique", &["x"], true),
        ]);
        assert_eq!(
            findings(&t, &[]),
            vec![(FindingKind::DuplicateIndex, "public.t.a_plain".into())]
        );
    }

    #[test]
    fn foreign_keys_are_covered_by_leading_columns_in_any_order() {
        assert!(leads(&["b", "a", "c"], &["a".into(), "b".into()]));
        assert!(!leads(&["a", "c", "b"], &["a".into(), "b".into()]));
        assert!(!leads(&["a"], &["a".into(), "b".into()]));
        assert!(!leads(&["a", "a"], &["a".into(), "b".into()]));
    }
}
