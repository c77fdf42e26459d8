//! Prints the IR of a live database as JSON.
//!
//! `cargo run --example introspect -- postgresql://postgres@127.0.0.1:5432/postgres public`

use prisma_drift::introspect::introspect;
use tokio_postgres::NoTls;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let url = args
        .next()
        .unwrap_or_else(|| "postgresql://postgres@127.0.0.1:5432/postgres".into());
    let mut namespaces: Vec<String> = args.collect();
    if namespaces.is_empty() {
        namespaces.push("public".into());
    }
    let (client, connection) = tokio_postgres::connect(&url, NoTls).await?;
    tokio::spawn(async move {
        if let Err(e) = connection.await {
            eprintln!("connection error: {e}");
        }
    });
    let database = introspect(&client, &namespaces).await?;
    println!("{}", serde_json::to_string_pretty(&database)?);
    Ok(())
}
