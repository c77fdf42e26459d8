//! Introspection against a real PostgreSQL server: the shared test server of
//! `tests/support` (`PRISMA_DRIFT_TEST_URL`, whose user must be allowed to
//! create databases and roles, or else an ephemeral server). Every test works
//! in its own scratch database, so they run in parallel.

mod shared;
mod support;

use prisma_drift::introspect::{introspect, introspect_with, IntrospectOptions, QUERY_COUNT};
use prisma_drift::ir::{
    self, DefaultValue, IndexKey, Literal, NullsOrder, QualifiedName, SortOrder,
};
use prisma_drift::pg::connect;
use support::proxy::CountingProxy;
use support::{many_tables_sql, scratch_database, unique_name, RoleGuard, ScratchDb};

const FIXTURE: &str = include_str!("fixtures/introspect/catalog.sql");

fn namespaces(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

/// The first major whose unique indexes can be `NULLS NOT DISTINCT`.
const NULLS_NOT_DISTINCT_SINCE: u32 = 15;

/// The fixture's database; before PostgreSQL 15 its one `NULLS NOT DISTINCT`
/// index is made without it.
async fn fixture_database(tag: &str) -> ScratchDb {
    let db = scratch_database(tag).await;
    let client = db.client().await;
    let sql = if support::server_major(&client).await < NULLS_NOT_DISTINCT_SINCE {
        FIXTURE.replace(" NULLS NOT DISTINCT", "")
    } else {
        FIXTURE.to_string()
    };
    client
        .batch_execute(&sql)
        .await
        .expect("the catalog fixture applies");
    db
}

/// Whether the server can hold the fixture's `NULLS NOT DISTINCT` index.
async fn has_nulls_not_distinct(client: &tokio_postgres::Client) -> bool {
    support::server_major(client).await >= NULLS_NOT_DISTINCT_SINCE
}

fn table<'a>(db: &'a ir::Database, schema: &str, name: &str) -> &'a ir::Table {
    db.table(&QualifiedName::new(schema, name))
        .unwrap_or_else(|| panic!("table {schema}.{name} is missing"))
}

fn index<'a>(table: &'a ir::Table, name: &str) -> &'a ir::Index {
    table
        .indexes
        .iter()
        .find(|i| i.name == name)
        .unwrap_or_else(|| panic!("index {name} is missing"))
}

#[tokio::test]
async fn fixture_snapshot() {
    let db = fixture_database("snapshot").await;
    let client = db.client().await;
    let mut database = introspect(&client, &namespaces(&["public", "app"]))
        .await
        .expect("introspection succeeds");

    // Extension versions depend on the server build: check them, then leave
    // them out of the snapshot.
    for extension in &mut database.extensions {
        assert!(
            extension.version.is_some(),
            "{} has a version",
            extension.name
        );
        extension.version = None;
    }
    // PostgreSQL 16 stopped qualifying the columns of a view over one table
    // (`"Team".region` became `region`): the snapshot holds the later spelling.
    for view in &mut database.views {
        let definition = view.definition.as_mut().expect("views have a definition");
        *definition = definition.replace("\"Team\".", "").replace("\"User\".", "");
    }
    // Before 15 the index was made without NULLS NOT DISTINCT: it reads so, and
    // the snapshot (written on 15 and later) says what the fixture asks for.
    if !has_nulls_not_distinct(&client).await {
        let users = database
            .tables
            .iter_mut()
            .find(|t| t.name.name == "User")
            .unwrap();
        let nnd = users
            .indexes
            .iter_mut()
            .find(|i| i.name == "User_external_nnd_key")
            .unwrap();
        assert!(!nnd.nulls_not_distinct);
        nnd.nulls_not_distinct = true;
    }
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::assert_yaml_snapshot!("introspect_fixture", database);
    });
}

/// The conventions a schema-built IR must match, spelled out (the snapshot
/// shows everything, this says what matters).
#[tokio::test]
async fn fixture_conventions() {
    let db = fixture_database("conventions").await;
    let client = db.client().await;
    let database = introspect(&client, &namespaces(&["public", "app"]))
        .await
        .expect("introspection succeeds");
    conventions_of_tables(&database);
    conventions_of_columns(&database);
    conventions_of_defaults(&database);
    conventions_of_keys_and_indexes(&database, has_nulls_not_distinct(&client).await);
    conventions_of_foreign_keys(&database);
    conventions_of_other_objects(&database);
}

fn conventions_of_tables(database: &ir::Database) {
    // Other namespaces, partitions and extension objects are left out;
    // _prisma_migrations is not.
    let names: Vec<String> = database.tables.iter().map(|t| t.name.to_string()).collect();
    assert_eq!(
        names,
        [
            "app.Team",
            "public.Booking",
            "public.Event",
            "public.EventRef",
            "public.Membership",
            "public.User",
            "public._prisma_migrations",
        ]
    );
    assert!(table(database, "public", "Event").partitioned);
    assert!(database
        .functions
        .iter()
        .all(|f| f.name.name != "similarity"));
    assert_eq!(
        database
            .functions
            .iter()
            .map(|f| format!("{} {}({})", f.kind, f.name, f.arguments))
            .collect::<Vec<_>>(),
        [
            "procedure app.cleanup(days integer)",
            "aggregate app.text_concat(text)",
            "function public.touch_updated_at()",
        ]
    );
}

fn conventions_of_columns(database: &ir::Database) {
    let user = table(database, "public", "User");
    let col = |name: &str| user.column(name).unwrap_or_else(|| panic!("column {name}"));
    // Enums: values in sort order.
    let status = database
        .enum_type(&QualifiedName::new("public", "Status"))
        .unwrap();
    assert_eq!(status.values, ["PENDING", "ACTIVE", "INACTIVE"]);

    // Columns.
    assert_eq!(
        col("name").ty,
        ir::ColumnType::builtin("varchar", vec![255])
    );
    assert_eq!(col("email").ty, ir::ColumnType::builtin("citext", vec![]));
    assert_eq!(
        col("balance").ty,
        ir::ColumnType::builtin("numeric", vec![65, 30])
    );
    assert_eq!(
        col("created_at").ty,
        ir::ColumnType::builtin("timestamp", vec![3])
    );
    assert_eq!(
        col("roles").ty,
        ir::ColumnType::enumeration(QualifiedName::new("public", "Status")).into_array(true)
    );
    assert_eq!(
        col("kind").ty,
        ir::ColumnType::enumeration(QualifiedName::new("app", "kind"))
    );
    assert_eq!(
        col("tags").ty,
        ir::ColumnType::builtin("text", vec![]).into_array(true)
    );
    assert_eq!(col("search").ty, ir::ColumnType::other("tsvector"));
    assert_eq!(col("amount").ty, ir::ColumnType::other("positive_int"));
    assert!(!col("email").nullable);
    assert!(col("name").nullable);
    assert_eq!(col("nickname").collation.as_deref(), Some("C"));
    assert_eq!(col("name").collation, None);
    assert_eq!(col("email").comment.as_deref(), Some("Case-insensitive"));
    assert_eq!(user.comment.as_deref(), Some("People who sign in"));
}

fn conventions_of_defaults(database: &ir::Database) {
    let user = table(database, "public", "User");
    let col = |name: &str| user.column(name).unwrap_or_else(|| panic!("column {name}"));
    let team = table(database, "app", "Team");
    // Defaults.
    assert_eq!(
        col("id").default,
        Some(DefaultValue::Sequence("User_id_seq".into()))
    );
    assert_eq!(
        col("status").default,
        Some(DefaultValue::Literal(Literal::String("ACTIVE".into())))
    );
    assert_eq!(
        col("tags").default,
        Some(DefaultValue::Literal(Literal::Array(vec![])))
    );
    assert_eq!(
        col("small").default,
        Some(DefaultValue::Literal(Literal::Number("-1".into())))
    );
    assert_eq!(col("created_at").default, Some(DefaultValue::Now));
    assert_eq!(col("updated_at").default, Some(DefaultValue::Now));
    assert_eq!(
        col("expires_at").default,
        Some(DefaultValue::from_sql("now() + interval '7 days'"))
    );
    assert_eq!(
        col("lowered").default,
        Some(DefaultValue::Generated {
            expression: "lower(name::text)".into(),
            stored: true
        })
    );
    assert_eq!(
        team.column("id").unwrap().default,
        Some(DefaultValue::Identity { always: true })
    );
    assert_eq!(
        team.column("number").unwrap().default,
        Some(DefaultValue::Identity { always: false })
    );
}

fn conventions_of_keys_and_indexes(database: &ir::Database, nulls_not_distinct: bool) {
    let user = table(database, "public", "User");
    let team = table(database, "app", "Team");
    // Primary keys keep the key order, not the column order.
    assert_eq!(team.primary_key.as_ref().unwrap().columns, ["region", "id"]);
    assert_eq!(team.primary_key.as_ref().unwrap().name, "Team_pkey");

    // Indexes.
    assert!(user.indexes.iter().all(|i| i.name != "User_pkey"));
    let sorted = index(user, "User_name_created_idx");
    let orders: Vec<_> = sorted.columns.iter().map(|c| (c.sort, c.nulls)).collect();
    assert_eq!(
        orders,
        [
            (SortOrder::Desc, Some(NullsOrder::Last)),
            (SortOrder::Asc, Some(NullsOrder::First)),
            (SortOrder::Desc, None),
        ]
    );
    let lower = index(user, "User_lower_email_idx");
    assert_eq!(
        lower.columns[0].key,
        IndexKey::Expression("lower(email::text)".into())
    );
    let covering = index(user, "User_covering_idx");
    assert_eq!(covering.column_names(), Some(vec!["name"]));
    assert_eq!(covering.include, ["id", "email"]);
    assert_eq!(
        index(user, "User_metadata_idx").columns[0]
            .opclass
            .as_deref(),
        Some("jsonb_path_ops")
    );
    assert_eq!(index(user, "User_tags_idx").columns[0].opclass, None);
    assert_eq!(index(user, "User_tags_idx").method, "gin");
    assert_eq!(
        index(user, "User_name_trgm_idx").columns[0]
            .opclass
            .as_deref(),
        Some("gin_trgm_ops")
    );
    assert_eq!(index(user, "User_code_idx").method, "hash");
    assert!(index(user, "User_active_idx").predicate.is_some());
    assert_eq!(
        index(user, "User_external_nnd_key").nulls_not_distinct,
        nulls_not_distinct
    );
    let unique_index = index(user, "User_email_key");
    assert!(unique_index.unique && !unique_index.constraint);
    let unique_constraint = index(user, "User_nickname_key");
    assert!(unique_constraint.unique && unique_constraint.constraint);
    let deferred = index(team, "Team_slug_key");
    assert!(deferred.constraint && deferred.deferrable && deferred.initially_deferred);
    assert_eq!(
        index(table(database, "public", "Event"), "Event_payload_idx").method,
        "gin"
    );
}

fn conventions_of_foreign_keys(database: &ir::Database) {
    let team = table(database, "app", "Team");
    let membership = table(database, "public", "Membership");
    // Foreign keys: ordered pairs, actions, deferrability, validation.
    let fk = |name: &str| {
        membership
            .foreign_keys
            .iter()
            .find(|f| f.name == name)
            .unwrap_or_else(|| panic!("foreign key {name}"))
    };
    let team_fk = fk("Membership_team_fkey");
    assert_eq!(team_fk.columns, ["teamId", "teamRegion"]);
    assert_eq!(team_fk.referenced_columns, ["id", "region"]);
    assert_eq!(team_fk.referenced_table, QualifiedName::new("app", "Team"));
    assert_eq!(team_fk.on_delete, ir::ReferentialAction::Restrict);
    assert_eq!(team_fk.on_update, ir::ReferentialAction::NoAction);
    assert!(team_fk.deferrable && !team_fk.initially_deferred);
    assert_eq!(
        fk("Membership_userId_fkey").on_delete,
        ir::ReferentialAction::SetDefault
    );
    assert!(!fk("Membership_loose_fkey").validated);
    let owner_fk = &team.foreign_keys[0];
    assert_eq!(owner_fk.on_delete, ir::ReferentialAction::Cascade);
    assert_eq!(owner_fk.on_update, ir::ReferentialAction::SetNull);
    // One foreign key to the partitioned table, not one per partition.
    assert_eq!(table(database, "public", "EventRef").foreign_keys.len(), 1);
}

fn conventions_of_other_objects(database: &ir::Database) {
    let user = table(database, "public", "User");
    let membership = table(database, "public", "Membership");
    // CHECK constraints, triggers, views, sequences, extensions.
    let check = &membership.checks[0];
    assert_eq!(check.definition, "CHECK ((length(note) < 100))");
    assert!(!check.validated);
    assert_eq!(user.triggers.len(), 1);
    assert!(user.triggers[0].definition.contains("touch_updated_at()"));
    assert_eq!(database.views.len(), 2);
    assert!(database.views.iter().any(|v| v.materialized));
    let sequences: Vec<_> = database
        .sequences
        .iter()
        .map(|s| (s.name.to_string(), s.owned_by.clone()))
        .collect();
    assert_eq!(
        sequences,
        [
            (
                "public.User_id_seq".to_string(),
                Some(("User".to_string(), "id".to_string()))
            ),
            ("public.free_seq".to_string(), None),
            (
                "public.legacy_seq".to_string(),
                Some(("User".to_string(), "legacy_id".to_string()))
            ),
        ]
    );
    let extensions: Vec<_> = database
        .extensions
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(extensions, ["citext", "pg_trgm", "plpgsql"]);
}

/// Introspection sends the same statements for 10 tables as for 1,000,
/// counted on the wire by a proxy between the client and the server.
#[tokio::test]
async fn query_count_does_not_grow_with_tables() {
    let proxy = CountingProxy::start().await;
    let mut seen = Vec::new();
    for tables in [10, 1000] {
        let db = scratch_database("count").await;
        db.client()
            .await
            .batch_execute(&many_tables_sql(tables))
            .await
            .expect("tables are created");
        let (client, _task) = connect(&proxy.config_for(&db))
            .await
            .expect("connects through the proxy");
        proxy.reset();
        let database = introspect(&client, &namespaces(&["public"]))
            .await
            .expect("introspection succeeds");
        assert_eq!(database.tables.len(), tables);
        assert_eq!(
            database
                .tables
                .iter()
                .map(|t| t.indexes.len())
                .sum::<usize>(),
            tables
        );
        seen.push(proxy.counts());
    }
    assert_eq!(seen[0], seen[1], "statements for 10 vs 1,000 tables");
    let counts = seen[0];
    assert_eq!(counts.executes, QUERY_COUNT, "extended-protocol executions");
    assert_eq!(counts.simple_queries, 2, "START TRANSACTION and COMMIT");
    println!("statements per introspection: {counts:?}");
    drop(proxy);
}

/// A role that may only connect and use the schemas, with
/// `default_transaction_read_only = on`, sees what a superuser sees.
#[tokio::test]
async fn works_for_a_read_only_role() {
    let role = RoleGuard::new(unique_name("ro"));
    let db = fixture_database("readonly").await;
    let admin = db.client().await;
    admin
        .batch_execute(&format!(
            r#"CREATE ROLE "{r}" LOGIN;
               REVOKE ALL ON DATABASE "{d}" FROM PUBLIC;
               GRANT CONNECT ON DATABASE "{d}" TO "{r}";
               GRANT USAGE ON SCHEMA public, app TO "{r}";
               ALTER ROLE "{r}" SET default_transaction_read_only = on;"#,
            r = role.name(),
            d = db.name()
        ))
        .await
        .expect("role is created");

    let mut config = db.config().clone();
    config.user = role.name().to_string();
    let (reader, _task) = connect(&config).await.expect("the read-only role connects");
    // The role really cannot write or read table data.
    let read_only = reader
        .query_one("SHOW default_transaction_read_only", &[])
        .await
        .unwrap();
    assert_eq!(read_only.get::<_, String>(0), "on");
    assert!(reader
        .batch_execute("CREATE TABLE x (id int)")
        .await
        .is_err());
    assert!(reader
        .batch_execute("SELECT * FROM \"User\"")
        .await
        .is_err());

    let ns = namespaces(&["public", "app"]);
    let as_reader = introspect(&reader, &ns)
        .await
        .expect("read-only role introspects");
    let as_admin = introspect(&admin, &ns).await.unwrap();
    assert_eq!(as_reader, as_admin);
    assert!(!as_reader.tables.is_empty());
}

/// With default options the catalog queries run under the session's own
/// statement_timeout (the URL's `statement_timeout=` sets it), not a fixed
/// one of introspection's.
#[tokio::test]
async fn the_session_statement_timeout_applies() {
    let db = scratch_database("session_timeout").await;
    let client = db.client().await;
    client
        .batch_execute(&support::many_tables_sql(300))
        .await
        .unwrap();
    client
        .batch_execute("SET statement_timeout = '1ms'")
        .await
        .unwrap();
    let error = introspect(&client, &namespaces(&["public"]))
        .await
        .expect_err("a 1 ms session timeout stops the introspection");
    assert!(error.to_string().contains("57014"), "{error}");
}

/// Introspection leaves the session as it found it and reports failures with
/// the step and the server's message.
#[tokio::test]
async fn failures_are_readable_and_sessions_untouched() {
    let db = scratch_database("errors").await;
    let client = db.client().await;
    client
        .batch_execute("SET search_path = pg_catalog; SET statement_timeout = '7s'")
        .await
        .unwrap();
    let options = IntrospectOptions {
        statement_timeout: Some(std::time::Duration::from_secs(5)),
        ..IntrospectOptions::default()
    };
    introspect_with(&client, &namespaces(&["public"]), &options)
        .await
        .unwrap();
    let row = client
        .query_one(
            "SELECT current_setting('search_path'), current_setting('statement_timeout')",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(row.get::<_, String>(0), "pg_catalog");
    assert_eq!(row.get::<_, String>(1), "7s");

    // Inside an aborted transaction every statement fails: the error says where.
    client.batch_execute("BEGIN; SELECT 1/0").await.unwrap_err();
    let error = introspect(&client, &namespaces(&["public"]))
        .await
        .unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("introspection failed at step"),
        "{message}"
    );
    assert!(
        message.contains("current transaction is aborted"),
        "{message}"
    );
    client.batch_execute("ROLLBACK").await.unwrap();

    // A lost connection is an error, not a panic.
    let victim = db.client().await;
    let pid: i32 = victim
        .query_one("SELECT pg_backend_pid()", &[])
        .await
        .unwrap()
        .get(0);
    client
        .query("SELECT pg_terminate_backend($1)", &[&pid])
        .await
        .unwrap();
    let error = introspect(&victim, &namespaces(&["public"]))
        .await
        .unwrap_err();
    assert!(error.to_string().contains("start transaction"), "{error}");
}

/// Every corpus project's from-empty database: the IR holds as many tables,
/// columns, enums, indexes and foreign keys as plain count queries say.
#[tokio::test]
async fn corpus_counts_match_the_catalog() {
    let Some(corpus) = shared::dir("corpus") else {
        return;
    };
    let (mut checked, mut skipped) = (Vec::new(), Vec::new());
    let mut projects: Vec<_> = std::fs::read_dir(&corpus)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("expected/prisma-from-empty.sql").is_file())
        .collect();
    projects.sort();
    for project in projects {
        let name = project.file_name().unwrap().to_string_lossy().to_string();
        let sql = std::fs::read_to_string(project.join("expected/prisma-from-empty.sql")).unwrap();
        let groundtruth: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(project.join("expected/groundtruth.json")).unwrap(),
        )
        .unwrap();
        let extensions: Vec<String> = groundtruth["from_empty"]["extensions_precreated"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();

        let db = scratch_database("corpus").await;
        let client = db.client().await;
        let mut missing_extension = None;
        for extension in &extensions {
            if let Err(e) = client
                .batch_execute(&format!("CREATE EXTENSION IF NOT EXISTS \"{extension}\""))
                .await
            {
                missing_extension = Some(format!("{extension}: {e}"));
            }
        }
        if let Err(e) = client.batch_execute(&sql).await {
            // formbricks needs pgvector, which this server may lack.
            let message = e
                .as_db_error()
                .map(|d| d.message().to_string())
                .unwrap_or_default();
            if message.contains("vector") || missing_extension.is_some() {
                eprintln!("skipping {name}: needs an extension this server lacks ({message})");
                skipped.push(name);
                continue;
            }
            panic!("{name}: Prisma's from-empty SQL failed: {e}");
        }

        let database = introspect(&client, &namespaces(&["public"]))
            .await
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let expected = catalog_counts(&client).await;
        let actual = ir_counts(&database);
        assert_eq!(
            actual, expected,
            "{name}: [tables, columns, enums, indexes incl. pk, primary keys, foreign keys]"
        );
        // Prisma's own counts of the same database, where they are given.
        let counts = &groundtruth["from_empty"]["counts"];
        for (key, value) in [
            ("tables", actual[0]),
            ("columns", actual[1]),
            ("enums", actual[2]),
            ("foreign_keys", actual[5]),
        ] {
            if let Some(n) = counts[key].as_u64() {
                assert_eq!(value as u64, n, "{name}: {key} vs groundtruth.json");
            }
        }
        checked.push(name);
    }
    if shared::check_corpus_skips(&skipped) {
        return;
    }
    for required in ["spliit", "trigger.dev", "rallly", "documenso", "civitai"] {
        assert!(
            checked.iter().any(|c| c == required),
            "{required} was not checked (checked: {checked:?})"
        );
    }
}

/// [tables, columns, enums, indexes incl. primary keys', primary keys,
/// foreign keys] of `public`, counted straight from the catalog.
async fn catalog_counts(client: &tokio_postgres::Client) -> Vec<usize> {
    let row = client
        .query_one(
            "SELECT
               (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition),
               (SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0
                   AND NOT a.attisdropped),
               (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                 WHERE n.nspname = 'public' AND t.typtype = 'e'),
               (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'),
               (SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                 WHERE n.nspname = 'public' AND c.contype = 'p'),
               (SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
                 WHERE n.nspname = 'public' AND c.contype = 'f')",
            &[],
        )
        .await
        .unwrap();
    (0..6).map(|i| row.get::<_, i64>(i) as usize).collect()
}

/// The same counts, from the introspected IR.
fn ir_counts(database: &ir::Database) -> Vec<usize> {
    let tables = &database.tables;
    vec![
        tables.len(),
        tables.iter().map(|t| t.columns.len()).sum(),
        database.enums.len(),
        // pg_indexes lists primary keys' indexes too.
        tables.iter().map(|t| t.indexes.len()).sum::<usize>()
            + tables.iter().filter(|t| t.primary_key.is_some()).count(),
        tables.iter().filter(|t| t.primary_key.is_some()).count(),
        tables.iter().map(|t| t.foreign_keys.len()).sum(),
    ]
}

/// In the caller's transaction, introspection sees uncommitted changes, leaves
/// the transaction open, and its settings end with it.
#[tokio::test]
async fn caller_transaction_sees_uncommitted_changes() {
    use prisma_drift::introspect::TransactionMode;
    let db = support::scratch_database("caller_tx").await;
    let client = db.client().await;
    client
        .batch_execute("CREATE TABLE kept (id int); SET search_path = pg_catalog")
        .await
        .unwrap();
    let options = IntrospectOptions {
        transaction: TransactionMode::Caller,
        ..IntrospectOptions::default()
    };
    client
        .batch_execute("BEGIN; CREATE TABLE public.uncommitted (id int)")
        .await
        .unwrap();
    let seen = introspect_with(&client, &namespaces(&["public"]), &options)
        .await
        .unwrap();
    table(&seen, "public", "uncommitted");
    table(&seen, "public", "kept");
    // Still inside the caller's transaction: the rollback undoes the table.
    client.batch_execute("ROLLBACK").await.unwrap();
    let after = introspect(&client, &namespaces(&["public"])).await.unwrap();
    assert!(after
        .table(&QualifiedName::new("public", "uncommitted"))
        .is_none());
    let path: String = client
        .query_one("SELECT current_setting('search_path')", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(path, "pg_catalog");
}
