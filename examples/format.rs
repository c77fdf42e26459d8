//! Another tool calling prisma-drift as a library: print a schema formatted
//! as `prisma format` would write it (a file, or each file of a folder), and
//! nothing else; errors in the schema do not stop it.
//!
//! ```sh
//! cargo run --example format -- prisma/schema.prisma
//! ```

use prisma_drift::{format, schema};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: format SCHEMA");
        std::process::exit(1);
    };
    let sources = schema::locate::load(path.as_ref())?;
    let parsed = schema::parse_schema(sources);
    let files = format::format_schema(&parsed);
    let several = files.len() > 1;
    for file in files {
        if several {
            println!("// {}", file.path);
        }
        print!("{}", file.text);
    }
    Ok(())
}
