//! Introspects a generated 10,000-table database and prints how long it took.
//!
//! `cargo bench --bench introspect` (server: `PRISMA_DRIFT_TEST_URL`, default
//! `postgresql://postgres@127.0.0.1:5432/postgres`; `PRISMA_DRIFT_BENCH_TABLES`
//! changes the table count). Each table has a serial primary key, a text column
//! with a default, a timestamptz column, a foreign key to the previous table and
//! a two-column index. The scratch database is dropped afterwards.

use std::time::{Duration, Instant};

use prisma_drift::introspect::introspect;
use tokio_postgres::{Client, Config, NoTls};

const DEFAULT_URL: &str = "postgresql://postgres@127.0.0.1:5432/postgres";
const RUNS: usize = 5;

async fn connect(config: &Config) -> Client {
    let (client, connection) = config.connect(NoTls).await.unwrap_or_else(|e| {
        panic!("cannot connect to PostgreSQL: {e} (set PRISMA_DRIFT_TEST_URL)")
    });
    tokio::spawn(async move {
        let _ = connection.await;
    });
    client
}

#[tokio::main]
async fn main() {
    let url = std::env::var("PRISMA_DRIFT_TEST_URL").unwrap_or_else(|_| DEFAULT_URL.into());
    let base: Config = url
        .parse()
        .expect("PRISMA_DRIFT_TEST_URL is a PostgreSQL URL");
    let tables: usize = std::env::var("PRISMA_DRIFT_BENCH_TABLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let name = format!("pd_bench_{}", std::process::id());
    let admin = connect(&base).await;
    admin
        .batch_execute(&format!("CREATE DATABASE \"{name}\""))
        .await
        .expect("create the bench database");
    let mut config = base.clone();
    config.dbname(&name);

    let outcome = run(&config, tables).await;
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
        .await
        .expect("drop the bench database");
    outcome.unwrap_or_else(|e| panic!("{e}"));
}

async fn run(config: &Config, tables: usize) -> Result<(), String> {
    let client = connect(config).await;
    let started = Instant::now();
    let mut start = 1;
    while start <= tables {
        // One transaction per 500 tables keeps the lock table from overflowing.
        let end = (start + 499).min(tables);
        client
            .batch_execute(&format!(
                "DO $$ BEGIN FOR i IN {start}..{end} LOOP
                   EXECUTE format('CREATE TABLE %I (id serial PRIMARY KEY, name text NOT NULL DEFAULT %L,
                       created timestamptz NOT NULL DEFAULT now(), parent integer REFERENCES %I(id))',
                       't' || i, 'x', 't' || greatest(i - 1, 1));
                   EXECUTE format('CREATE INDEX %I ON %I (name, created DESC)', 't' || i || '_name_idx', 't' || i);
                 END LOOP; END $$;"
            ))
            .await
            .map_err(|e| format!("creating tables: {e}"))?;
        start = end + 1;
    }
    client
        .batch_execute("ANALYZE")
        .await
        .map_err(|e| e.to_string())?;
    println!("created {tables} tables in {:.1?}", started.elapsed());

    let namespaces = vec!["public".to_string()];
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        let database = introspect(&client, &namespaces)
            .await
            .map_err(|e| e.to_string())?;
        times.push(started.elapsed());
        if database.tables.len() != tables {
            return Err(format!(
                "introspected {} tables, expected {tables}",
                database.tables.len()
            ));
        }
    }
    times.sort();
    println!(
        "introspect {tables} tables: min {:.3?}, median {:.3?}, max {:.3?} ({RUNS} runs)",
        times[0],
        times[RUNS / 2],
        times[RUNS - 1]
    );
    Ok(())
}
