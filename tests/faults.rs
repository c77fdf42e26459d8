//! A hostile database and an unlucky environment: schemas for other databases, signals and
//! full disks while a throwaway server starts, broken caches, migrations that misbehave,
//! servers that stall or lock. Every case runs the real binary or launcher against real
//! PostgreSQL and counts what is left behind.

mod support;

#[path = "faults/cleanup.rs"]
mod cleanup;
#[path = "faults/locks.rs"]
mod locks;
#[path = "faults/provider.rs"]
mod provider;
#[path = "faults/sandbox.rs"]
mod sandbox;

/// One value from a query on the test server, as text.
fn admin_query(sql: &str) -> String {
    let config = support::test_server().config().clone();
    let sql = sql.to_string();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let (client, _task) = prisma_drift::pg::connect(&config).await.unwrap();
            let rows = client.simple_query(&sql).await.unwrap();
            rows.iter()
                .find_map(|m| match m {
                    tokio_postgres::SimpleQueryMessage::Row(r) => r.get(0).map(str::to_string),
                    _ => None,
                })
                .unwrap_or_default()
        })
    })
    .join()
    .unwrap()
}
#[path = "faults/sizing.rs"]
mod sizing;
#[path = "faults/startup.rs"]
mod startup;
