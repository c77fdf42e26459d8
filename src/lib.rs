//! prisma-drift: parse Prisma schemas and tell whether a PostgreSQL database matches them.

// The grammar is generated without pest's `std` feature (see Cargo.toml), which
// names `::alloc`.
extern crate alloc;

pub mod cli;
pub mod diagnostics;
pub mod ir;
pub mod schema;
pub mod syntax;
