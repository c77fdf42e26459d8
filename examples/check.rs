//! Another tool calling prisma-drift as a library: check a database against a
//! schema and print the changes, step by step.
//!
//! ```sh
//! cargo run --example check -- prisma/schema.prisma postgresql://postgres@127.0.0.1:5432/app
//! ```

use prisma_drift::{diff, introspect, lower, pg, run};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(schema_path), Some(url)) = (args.next(), args.next()) else {
        eprintln!("usage: check SCHEMA URL");
        std::process::exit(1);
    };

    // 1. Parse and validate the schema (a file or a folder).
    let parsed = prisma_drift::schema::load_schema(schema_path.as_ref())?;
    if parsed.diagnostics.has_errors() {
        eprint!("{}", parsed.diagnostics.render(&parsed.sources, false));
        std::process::exit(1);
    }

    // 2. The database the schema describes, in the URL's namespace.
    let config = pg::ConnConfig::parse(&url)?;
    let expected = lower::expected_database(&parsed, &config.schema);

    // 3. The database that exists (read-only, a fixed number of queries).
    let client = pg::Session::open(&config).await?;
    let actual = introspect::introspect(&client, &expected.namespaces).await?;

    // 4. What differs.
    let changes = diff::diff(&expected, &actual, &run::diff_options(&parsed, Vec::new()));
    for change in &changes {
        println!(
            "{:<8} {:<28} {}",
            format!("{:?}", change.severity).to_lowercase(),
            change.kind,
            change.message
        );
    }
    let drift = changes
        .iter()
        .filter(|c| diff::counts_as_drift(c, false))
        .count();
    println!("{} change(s), {drift} of them drift", changes.len());
    std::process::exit(if drift == 0 { 0 } else { 2 });
}
