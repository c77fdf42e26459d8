//! Reads a live PostgreSQL catalog into an [`ir::Database`].
//!
//! Introspection is one `READ ONLY`, `REPEATABLE READ` transaction (a single
//! consistent snapshot that can write nothing) running a fixed set of catalog
//! queries, whatever the number of tables: [`QUERY_COUNT`] of them, each in
//! `src/introspect/sql/`. All but the first are sent pipelined, so the whole
//! introspection costs a handful of round trips.
//!
//! Conventions (what the schema side must build to compare equal):
//! - Tables are relkind `r` and `p`; partitions are left out (their parent has
//!   `partitioned: true`), as are objects that belong to extensions.
//! - Column types follow [`ColumnType::from_catalog`] for `pg_catalog` types and
//!   `citext`; enums are [`TypeKind::Enum`]; anything else (domains, PostGIS,
//!   pgvector, ...) is [`TypeKind::Other`] with `format_type` of the element type
//!   and the column's type modifier. Arrays are the element type with `array: true`.
//! - Defaults go through [`DefaultValue::from_sql_typed`] with the column type; identity columns have
//!   [`DefaultValue::Identity`], generated columns [`DefaultValue::Generated`]
//!   with the canonical expression.
//! - Indexes: see [`ir::Index`]. The primary key's index is not listed. An
//!   index that backs a `UNIQUE` constraint has `constraint: true` and carries the
//!   constraint's deferrability. Per key column, `nulls` is set only when it is
//!   not the default for the sort order, `opclass` only when it is not the
//!   default operator class (`pg_opclass.opcdefault`). Expression keys and
//!   predicates are printed by PostgreSQL (`pg_get_indexdef(…, true)`,
//!   `pg_get_expr`).
//! - Sequences owned by a column through `OWNED BY` name that table and column;
//!   identity columns' own sequences are not listed.
//! - Names printed by PostgreSQL are relative to a fixed `search_path`: the
//!   requested namespaces in the given order, then (unless
//!   [`IntrospectOptions::extension_schemas_on_path`] is off) the schemas
//!   extensions are in, pg_catalog excepted.
//!
//! The inspected database may be hostile (its owner need not be whoever runs
//! us): the transaction first pins `search_path` to `pg_catalog, pg_temp`
//! ([`crate::pg::guard::START_READ_ONLY`]), and the queries qualify every
//! function and every operator a same-named object in the introspected schemas
//! could capture; `sql/setup.sql` explains which.

use std::collections::HashMap;
use std::fmt;
use std::time::Duration;

use tokio_postgres::error::SqlState;
use tokio_postgres::types::FromSql;
use tokio_postgres::{Client, Row};

use crate::ir::{
    self, Check, Column, ColumnType, DefaultValue, Enum, Extension, ForeignKey, Function, Index,
    IndexColumn, IndexKey, NullsOrder, PrimaryKey, QualifiedName, ReferentialAction, Sequence,
    SortOrder, Table, Trigger, TypeKind, View,
};
use crate::pg::guard;

const SETUP: &str = include_str!("sql/setup.sql");
const TABLES: &str = include_str!("sql/tables.sql");
const COLUMNS: &str = include_str!("sql/columns.sql");
const CONSTRAINTS: &str = include_str!("sql/constraints.sql");
const INDEXES: &str = include_str!("sql/indexes.sql");
const TRIGGERS: &str = include_str!("sql/triggers.sql");
const ENUMS: &str = include_str!("sql/enums.sql");
const VIEWS: &str = include_str!("sql/views.sql");
const EXTENSIONS: &str = include_str!("sql/extensions.sql");
const SEQUENCES: &str = include_str!("sql/sequences.sql");
const FUNCTIONS: &str = include_str!("sql/functions.sql");

/// How many catalog queries one introspection runs, whatever the database
/// holds. Beside them it sends `START TRANSACTION` and `COMMIT`.
pub const QUERY_COUNT: usize = 11;

/// Settings for [`introspect_with`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntrospectOptions {
    /// `statement_timeout` for the catalog queries (set with `SET LOCAL`
    /// semantics, so the session keeps its own); zero disables it. `None`
    /// keeps the session's: the sessions `pg` opens already carry the URL's
    /// `statement_timeout`, or a default of 60 s.
    pub statement_timeout: Option<Duration>,
    /// Which transaction the catalog queries run in.
    pub transaction: TransactionMode,
    /// Whether the schemas extensions live in are on the path PostgreSQL
    /// prints names relative to (`uuid_generate_v4()` rather than
    /// `extensions.uuid_generate_v4()`). The drift check wants them, so that a
    /// default reads as users write it; `pull` does not, as Prisma's `db pull`.
    pub extension_schemas_on_path: bool,
}

impl Default for IntrospectOptions {
    fn default() -> Self {
        IntrospectOptions {
            statement_timeout: None,
            transaction: TransactionMode::Own,
            extension_schemas_on_path: true,
        }
    }
}

impl IntrospectOptions {
    /// The options under which names print as Prisma's `db pull` prints them:
    /// relative to the introspected namespaces alone.
    pub fn as_prisma_prints() -> Self {
        IntrospectOptions {
            extension_schemas_on_path: false,
            ..Default::default()
        }
    }
}

/// Which transaction introspection reads the catalog in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TransactionMode {
    /// Its own `READ ONLY`, `REPEATABLE READ` transaction, committed at the
    /// end; the client must not be inside a transaction.
    #[default]
    Own,
    /// The transaction the caller has open on the client, which sees the
    /// caller's uncommitted changes (e.g. to check a change and roll it back).
    /// The settings introspection makes (`search_path`, `statement_timeout`)
    /// are transaction-local and end with the caller's transaction.
    Caller,
}

/// Why introspection failed.
#[derive(Debug)]
pub enum IntrospectError {
    /// A statement failed (connection lost, permission denied, timeout, ...).
    Query {
        /// Which step: `start transaction`, `tables`, `columns`, ...
        step: &'static str,
        /// The server's or the connection's error.
        source: tokio_postgres::Error,
    },
    /// The catalog returned something this module cannot make sense of.
    Catalog(String),
}

impl fmt::Display for IntrospectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IntrospectError::Query { step, source } => {
                write!(f, "introspection failed at step `{step}`: ")?;
                match source.as_db_error() {
                    Some(db) => {
                        write!(f, "{} ({})", db.message(), db.code().code())?;
                        if let Some(detail) = db.detail() {
                            write!(f, "; {detail}")?;
                        }
                        if let Some(hint) = db.hint() {
                            write!(f, "; hint: {hint}")?;
                        }
                        match db.code().code() {
                            "42501" => write!(
                                f,
                                "; the role needs CONNECT on the database and USAGE on the schemas"
                            ),
                            "57014" => write!(
                                f,
                                "; the statement timeout was reached (the URL's statement_timeout sets it)"
                            ),
                            _ => Ok(()),
                        }
                    }
                    None => write!(f, "{source}"),
                }
            }
            IntrospectError::Catalog(message) => {
                write!(f, "unexpected catalog contents: {message}")
            }
        }
    }
}

impl std::error::Error for IntrospectError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            IntrospectError::Query { source, .. } => Some(source),
            IntrospectError::Catalog(_) => None,
        }
    }
}

/// Introspects the given namespaces (PostgreSQL schemas) with default options.
/// See [`introspect_with`].
pub async fn introspect(
    client: &Client,
    namespaces: &[String],
) -> Result<ir::Database, IntrospectError> {
    introspect_with(client, namespaces, &IntrospectOptions::default()).await
}

/// Introspects the given namespaces into a normalized [`ir::Database`].
///
/// Runs in its own read-only transaction, so the client must not be inside a
/// transaction already — unless `options.transaction` is
/// [`TransactionMode::Caller`]. Never writes; works for a role that may only
/// connect and use the schemas.
pub async fn introspect_with(
    client: &Client,
    namespaces: &[String],
    options: &IntrospectOptions,
) -> Result<ir::Database, IntrospectError> {
    let start = match options.transaction {
        // Transaction-local, like the settings setup.sql makes.
        TransactionMode::Caller => {
            client
                .batch_execute(
                    "SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true)",
                )
                .await
        }
        TransactionMode::Own => guard::start_read_only(client).await,
    };
    start.map_err(|source| IntrospectError::Query {
        step: "start transaction",
        source,
    })?;
    if options.transaction == TransactionMode::Caller {
        return read_catalog(client, namespaces, options).await;
    }
    let result = read_catalog(client, namespaces, options).await;
    let end = if result.is_ok() { "COMMIT" } else { "ROLLBACK" };
    let finished = client.batch_execute(end).await;
    let database = result?;
    finished.map_err(|source| IntrospectError::Query {
        step: "commit",
        source,
    })?;
    Ok(database)
}

async fn read_catalog(
    client: &Client,
    namespaces: &[String],
    options: &IntrospectOptions,
) -> Result<ir::Database, IntrospectError> {
    let namespaces: Vec<String> = namespaces.to_vec();
    let timeout_ms = options
        .statement_timeout
        .map(|timeout| timeout.as_millis().to_string());
    let setup = query(
        client,
        "setup",
        SETUP,
        &[&namespaces, &timeout_ms, &options.extension_schemas_on_path],
    )
    .await?;
    let server_version: i32 = match setup.first() {
        Some(row) => get(row, "server_version")?,
        None => {
            return Err(IntrospectError::Catalog(
                "setup query returned no row".into(),
            ))
        }
    };
    if server_version < MIN_SERVER_VERSION {
        return Err(IntrospectError::Catalog(format!(
            "PostgreSQL {} is not supported: introspection needs version 12 or newer",
            server_version / 10_000
        )));
    }
    let versioned = VersionedSql {
        constraints: constraints_sql(server_version),
        indexes: indexes_sql(server_version),
    };

    let [tables, columns, constraints, indexes, triggers, enums, views, extensions, sequences, functions] =
        read_pipelined(client, &namespaces, &versioned).await?;

    let mut builder = Builder::default();
    for row in &tables {
        builder.table(row)?;
    }
    for row in &columns {
        builder.column(row)?;
    }
    for row in &constraints {
        builder.constraint(row)?;
    }
    for row in &indexes {
        builder.index(row)?;
    }
    for row in &triggers {
        builder.trigger(row)?;
    }

    let mut view_columns = builder.other_columns;
    let mut database = ir::Database {
        namespaces,
        tables: builder.tables,
        ..ir::Database::default()
    };
    for row in &enums {
        database.enums.push(Enum {
            name: QualifiedName::new(get::<String>(row, "schema")?, get::<String>(row, "name")?),
            values: get(row, "values")?,
            origin: None,
        });
    }
    for row in &views {
        let oid: u32 = get(row, "view_oid")?;
        let mut view = view(row)?;
        view.columns = view_columns.remove(&oid).unwrap_or_default();
        database.views.push(view);
    }
    for row in &extensions {
        database.extensions.push(Extension {
            name: get(row, "name")?,
            schema: get(row, "schema")?,
            version: get(row, "version")?,
        });
    }
    if options.extension_schemas_on_path {
        database.printed_relative_to = extension_schemas(&database.extensions);
    }
    for row in &sequences {
        let owner_table: Option<String> = get(row, "owner_table")?;
        let owner_column: Option<String> = get(row, "owner_column")?;
        database.sequences.push(Sequence {
            name: QualifiedName::new(get::<String>(row, "schema")?, get::<String>(row, "name")?),
            owned_by: owner_table.zip(owner_column),
        });
    }
    for row in &functions {
        database.functions.push(function(row)?);
    }
    database.normalize();
    Ok(database)
}

/// The schemas setup.sql puts on the path beside the namespaces when
/// [`IntrospectOptions::extension_schemas_on_path`]: those extensions live in,
/// pg_catalog excepted.
fn extension_schemas(extensions: &[Extension]) -> Vec<String> {
    let mut schemas: Vec<String> = extensions
        .iter()
        .filter_map(|extension| extension.schema.clone())
        .filter(|schema| schema != "pg_catalog")
        .collect();
    schemas.sort();
    schemas.dedup();
    schemas
}

/// A row of views.sql, without its columns.
fn view(row: &Row) -> Result<View, IntrospectError> {
    Ok(View {
        name: QualifiedName::new(get::<String>(row, "schema")?, get::<String>(row, "name")?),
        materialized: get(row, "materialized")?,
        definition: get(row, "definition")?,
        columns: Vec::new(),
        comment: get(row, "comment")?,
        catalog_position: get::<i64>(row, "catalog_position")?
            .try_into()
            .unwrap_or(u32::MAX),
        origin: None,
    })
}

/// A row of functions.sql.
fn function(row: &Row) -> Result<Function, IntrospectError> {
    let kind: String = get(row, "kind")?;
    let kind = match kind.as_str() {
        "f" => "function",
        "p" => "procedure",
        "a" => "aggregate",
        "w" => "window",
        other => {
            return Err(IntrospectError::Catalog(format!(
                "unknown pg_proc.prokind `{other}`"
            )))
        }
    };
    Ok(Function {
        name: QualifiedName::new(get::<String>(row, "schema")?, get::<String>(row, "name")?),
        arguments: without_in_modes(&get::<String>(row, "arguments")?),
        kind: kind.to_string(),
    })
}

/// Identity arguments without the default `IN` mode, which PostgreSQL 14 and
/// later print for procedures (`IN days integer`) and 13 does not.
fn without_in_modes(arguments: &str) -> String {
    arguments
        .split(", ")
        .map(|argument| argument.strip_prefix("IN ").unwrap_or(argument))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The per-object catalog queries, sent together: tokio-postgres pipelines
/// concurrent queries on one connection, and the server runs them in order in
/// this transaction. When one fails, every later one fails with "current
/// transaction is aborted", and they may complete in any order: all are
/// awaited, and [`first_cause`] picks the error to report.
async fn read_pipelined(
    client: &Client,
    namespaces: &Vec<String>,
    versioned: &VersionedSql,
) -> Result<[Vec<Row>; 10], IntrospectError> {
    let p: &[&(dyn tokio_postgres::types::ToSql + Sync)] = &[namespaces];
    let results = tokio::join!(
        query(client, "tables", TABLES, p),
        query(client, "columns", COLUMNS, p),
        query(client, "constraints", &versioned.constraints, p),
        query(client, "indexes", &versioned.indexes, p),
        query(client, "triggers", TRIGGERS, p),
        query(client, "enums", ENUMS, p),
        query(client, "views", VIEWS, p),
        query(client, "extensions", EXTENSIONS, &[]),
        query(client, "sequences", SEQUENCES, p),
        query(client, "functions", FUNCTIONS, p),
    );
    first_cause([
        results.0, results.1, results.2, results.3, results.4, results.5, results.6, results.7,
        results.8, results.9,
    ])
}

/// The rows of every pipelined query, or the error that caused the others. The wire order
/// is not the order of the queries (tokio-postgres sends every statement's preparation before
/// any execution), so the cause is chosen by kind: a server error other than "current
/// transaction is aborted" (25P02, which only follows another error), else a connection
/// error, else the first error.
fn first_cause<const N: usize>(
    results: [Result<Vec<Row>, IntrospectError>; N],
) -> Result<[Vec<Row>; N], IntrospectError> {
    let rank = |result: &Result<Vec<Row>, IntrospectError>| match result {
        Ok(_) => None,
        Err(IntrospectError::Query { source, .. }) => match source.code() {
            Some(code) if *code == SqlState::IN_FAILED_SQL_TRANSACTION => Some(2),
            Some(_) => Some(0),
            None => Some(1),
        },
        Err(_) => Some(0),
    };
    let cause = results
        .iter()
        .enumerate()
        .filter_map(|(i, r)| rank(r).map(|rank| (rank, i)))
        .min();
    if let Some((_, index)) = cause {
        let mut results = results;
        let failed = std::mem::replace(&mut results[index], Ok(Vec::new()));
        return Err(failed.expect_err("the chosen result is an error"));
    }
    Ok(results.map(|r| r.unwrap_or_default()))
}

/// The oldest server whose catalog the queries read (`attgenerated`, `prokind`,
/// `conparentid`). 12 is accepted for that reason; the README's supported majors
/// (13 to 18) are those the test matrix runs.
const MIN_SERVER_VERSION: i32 = 120_000;

/// The queries whose text depends on the server's version.
struct VersionedSql {
    constraints: String,
    indexes: String,
}

/// The constraint query for a server: `pg_constraint.conenforced` exists from
/// PostgreSQL 18 on; before, every constraint is enforced.
fn constraints_sql(server_version: i32) -> String {
    if server_version >= 180_000 {
        CONSTRAINTS.to_string()
    } else {
        CONSTRAINTS.replace("con.conenforced AS", "true AS")
    }
}

/// The index query for a server: `pg_index.indnullsnotdistinct` exists from
/// PostgreSQL 15 on; before, every index treats nulls as distinct.
fn indexes_sql(server_version: i32) -> String {
    if server_version >= 150_000 {
        INDEXES.to_string()
    } else {
        INDEXES.replace("i.indnullsnotdistinct AS", "false AS")
    }
}

async fn query(
    client: &Client,
    step: &'static str,
    sql: &str,
    params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
) -> Result<Vec<Row>, IntrospectError> {
    client
        .query(sql, params)
        .await
        .map_err(|source| IntrospectError::Query { step, source })
}

/// Reads a column, turning a type mismatch into a readable error.
fn get<'a, T: FromSql<'a>>(row: &'a Row, column: &str) -> Result<T, IntrospectError> {
    row.try_get(column)
        .map_err(|e| IntrospectError::Catalog(format!("column `{column}`: {e}")))
}

/// Assembles tables from the per-table queries, keyed by table oid. Rows for
/// tables that tables.sql left out (extension members) are skipped.
#[derive(Default)]
struct Builder {
    tables: Vec<Table>,
    by_oid: HashMap<u32, usize>,
    /// UNIQUE constraints by the oid of their index: (deferrable, initially deferred).
    unique_constraints: HashMap<u32, (bool, bool)>,
    /// Columns of relations that are not tables (views), by the relation's oid.
    other_columns: HashMap<u32, Vec<Column>>,
}

impl Builder {
    fn table_mut(&mut self, row: &Row) -> Result<Option<&mut Table>, IntrospectError> {
        let oid: u32 = get(row, "table_oid")?;
        Ok(self.by_oid.get(&oid).map(|&i| &mut self.tables[i]))
    }

    fn table(&mut self, row: &Row) -> Result<(), IntrospectError> {
        let oid: u32 = get(row, "table_oid")?;
        let mut table = Table::new(QualifiedName::new(
            get::<String>(row, "schema")?,
            get::<String>(row, "name")?,
        ));
        table.partitioned = get(row, "partitioned")?;
        table.row_level_security = get(row, "row_level_security")?;
        table.has_children = get(row, "has_children")?;
        table.comment = get(row, "comment")?;
        self.by_oid.insert(oid, self.tables.len());
        self.tables.push(table);
        Ok(())
    }

    fn column(&mut self, row: &Row) -> Result<(), IntrospectError> {
        let type_name: String = get(row, "type_name")?;
        let type_schema: String = get(row, "type_schema")?;
        let type_type: String = get(row, "type_type")?;
        let type_mod: i32 = get(row, "type_mod")?;
        let type_format: String = get(row, "type_format")?;
        let is_array: bool = get(row, "is_array")?;
        let builtin = type_schema == "pg_catalog" || type_name == "citext";
        let ty = if type_type == "e" {
            ColumnType {
                kind: TypeKind::Enum(QualifiedName::new(type_schema, type_name)),
                array: false,
            }
        } else {
            match ColumnType::from_catalog(&type_name, type_mod).filter(|_| builtin) {
                Some(ty) => ty,
                None => ColumnType::other(type_format),
            }
        }
        .into_array(is_array);

        let identity: String = get(row, "identity")?;
        let generated: String = get(row, "generated")?;
        let expr: Option<String> = get(row, "default_expr")?;
        let default_text = expr.clone();
        let default = match (identity.as_str(), generated.as_str(), expr) {
            ("a", _, _) => Some(DefaultValue::Identity { always: true }),
            ("d", _, _) => Some(DefaultValue::Identity { always: false }),
            // 's' STORED; 'v' VIRTUAL (PostgreSQL 18), whose expression is in pg_attrdef too.
            (_, kind @ ("s" | "v"), Some(expr)) => Some(DefaultValue::Generated {
                expression: ir::canonical_expression(&expr),
                stored: kind == "s",
            }),
            (_, _, expr) => expr.map(|e| DefaultValue::from_sql_typed(&e, &ty)),
        };
        let column = Column {
            name: get(row, "name")?,
            ty,
            nullable: !get::<bool>(row, "not_null")?,
            default,
            collation: get(row, "collation")?,
            comment: get(row, "comment")?,
            default_text,
            origin: None,
        };
        match self.table_mut(row)? {
            Some(table) => table.columns.push(column),
            None => {
                let oid: u32 = get(row, "table_oid")?;
                self.other_columns.entry(oid).or_default().push(column);
            }
        }
        Ok(())
    }

    fn constraint(&mut self, row: &Row) -> Result<(), IntrospectError> {
        let kind: String = get(row, "kind")?;
        let name: String = get(row, "name")?;
        let columns: Vec<String> = get(row, "columns")?;
        let deferrable: bool = get(row, "deferrable")?;
        let initially_deferred: bool = get(row, "initially_deferred")?;
        let validated: bool = get(row, "validated")?;
        match kind.as_str() {
            "u" => {
                let index_oid: u32 = get(row, "index_oid")?;
                self.unique_constraints
                    .insert(index_oid, (deferrable, initially_deferred));
            }
            // Exclusion constraints are not modelled; their index is listed.
            "x" => {}
            "p" => {
                if let Some(table) = self.table_mut(row)? {
                    table.primary_key = Some(PrimaryKey {
                        name,
                        columns,
                        origin: None,
                    });
                }
            }
            "f" => {
                let referenced_schema: Option<String> = get(row, "referenced_schema")?;
                let referenced_table: Option<String> = get(row, "referenced_table")?;
                let (Some(schema), Some(table_name)) = (referenced_schema, referenced_table) else {
                    return Err(IntrospectError::Catalog(format!(
                        "foreign key `{name}` references no table"
                    )));
                };
                let foreign_key = ForeignKey {
                    name,
                    columns,
                    referenced_table: QualifiedName::new(schema, table_name),
                    referenced_columns: get(row, "referenced_columns")?,
                    on_delete: action(&get::<String>(row, "on_delete")?)?,
                    on_update: action(&get::<String>(row, "on_update")?)?,
                    deferrable,
                    initially_deferred,
                    validated,
                    enforced: get(row, "enforced")?,
                    origin: None,
                };
                if let Some(table) = self.table_mut(row)? {
                    table.foreign_keys.push(foreign_key);
                }
            }
            "c" => {
                let definition: Option<String> = get(row, "definition")?;
                let definition = definition.unwrap_or_default();
                // `validated` says it; keep the definition the same either way.
                let definition = definition
                    .strip_suffix(" NOT VALID")
                    .unwrap_or(&definition)
                    .to_string();
                if let Some(table) = self.table_mut(row)? {
                    table.checks.push(Check {
                        name,
                        definition,
                        validated,
                    });
                }
            }
            other => {
                return Err(IntrospectError::Catalog(format!(
                    "unknown constraint type `{other}` for `{name}`"
                )))
            }
        }
        Ok(())
    }

    fn index(&mut self, row: &Row) -> Result<(), IntrospectError> {
        let name: String = get(row, "name")?;
        let index_oid: u32 = get(row, "index_oid")?;
        let key_count: i32 = get(row, "key_count")?;
        let key_count = usize::try_from(key_count).unwrap_or(0);
        let names: Vec<Option<String>> = get::<Option<_>>(row, "key_names")?.unwrap_or_default();
        let expressions: Vec<bool> =
            get::<Option<_>>(row, "key_is_expression")?.unwrap_or_default();
        let options: Vec<i16> = get::<Option<_>>(row, "key_options")?.unwrap_or_default();
        let opclass_names: Vec<Option<String>> =
            get::<Option<_>>(row, "opclass_names")?.unwrap_or_default();
        let opclass_defaults: Vec<bool> =
            get::<Option<_>>(row, "opclass_defaults")?.unwrap_or_default();
        if names.len() != expressions.len() || names.len() < key_count {
            return Err(IntrospectError::Catalog(format!(
                "index `{name}` has inconsistent key columns"
            )));
        }

        let mut columns = Vec::with_capacity(key_count);
        let mut include = Vec::new();
        for (position, key) in names.into_iter().enumerate() {
            let Some(key) = key else {
                return Err(IntrospectError::Catalog(format!(
                    "index `{name}` has an unreadable column {}",
                    position + 1
                )));
            };
            if position >= key_count {
                include.push(key);
                continue;
            }
            // indoption bits: 1 = DESC, 2 = NULLS FIRST.
            let option = options.get(position).copied().unwrap_or(0);
            let desc = option & 1 != 0;
            let nulls_first = option & 2 != 0;
            let opclass = match (opclass_defaults.get(position), opclass_names.get(position)) {
                (Some(false), Some(Some(opclass))) => Some(opclass.clone()),
                _ => None,
            };
            columns.push(IndexColumn {
                key: if expressions[position] {
                    IndexKey::Expression(key)
                } else {
                    IndexKey::Column(key)
                },
                sort: if desc {
                    SortOrder::Desc
                } else {
                    SortOrder::Asc
                },
                nulls: match (desc, nulls_first) {
                    (false, true) => Some(NullsOrder::First),
                    (true, false) => Some(NullsOrder::Last),
                    _ => None,
                },
                opclass,
            });
        }
        let mut index = Index::new(name, columns, get(row, "is_unique")?);
        index.method = get(row, "method")?;
        index.predicate = get(row, "predicate")?;
        index.include = include;
        index.nulls_not_distinct = get(row, "nulls_not_distinct")?;
        index.exclusion = get(row, "is_exclusion")?;
        if let Some(&(deferrable, initially_deferred)) = self.unique_constraints.get(&index_oid) {
            index.constraint = true;
            index.deferrable = deferrable;
            index.initially_deferred = initially_deferred;
        }
        if let Some(table) = self.table_mut(row)? {
            table.indexes.push(index);
        }
        Ok(())
    }

    fn trigger(&mut self, row: &Row) -> Result<(), IntrospectError> {
        let trigger = Trigger {
            name: get(row, "name")?,
            definition: get(row, "definition")?,
        };
        if let Some(table) = self.table_mut(row)? {
            table.triggers.push(trigger);
        }
        Ok(())
    }
}

fn action(code: &str) -> Result<ReferentialAction, IntrospectError> {
    Ok(match code {
        "a" => ReferentialAction::NoAction,
        "r" => ReferentialAction::Restrict,
        "c" => ReferentialAction::Cascade,
        "n" => ReferentialAction::SetNull,
        "d" => ReferentialAction::SetDefault,
        other => {
            return Err(IntrospectError::Catalog(format!(
                "unknown referential action `{other}`"
            )))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn older_servers_do_not_read_nulls_not_distinct() {
        assert!(indexes_sql(150_000).contains("i.indnullsnotdistinct AS nulls_not_distinct"));
        let old = indexes_sql(140_009);
        assert!(old.contains("false AS nulls_not_distinct"));
        assert!(!old.contains("i.indnullsnotdistinct AS"));
    }

    #[test]
    fn servers_before_18_do_not_read_not_enforced() {
        assert!(constraints_sql(180_000).contains("con.conenforced AS enforced"));
        let old = constraints_sql(170_006);
        assert!(old.contains("true AS enforced"));
        assert!(!old.contains("conenforced"));
    }

    #[test]
    fn every_query_is_counted() {
        let queries = [
            SETUP,
            TABLES,
            COLUMNS,
            CONSTRAINTS,
            INDEXES,
            TRIGGERS,
            ENUMS,
            VIEWS,
            EXTENSIONS,
            SEQUENCES,
            FUNCTIONS,
        ];
        assert_eq!(queries.len(), QUERY_COUNT);
        const { assert!(QUERY_COUNT <= 12) };
    }
}
