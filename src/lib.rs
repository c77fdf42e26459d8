//! prisma-drift: parse Prisma schemas and tell whether a PostgreSQL database matches them.

// The grammar is generated without pest's `std` feature (see Cargo.toml), which
// names `::alloc`.
extern crate alloc;

pub mod audit;
pub mod check;
pub mod cli;
pub mod diagnostics;
pub mod diff;
pub mod format;
pub mod introspect;
pub mod ir;
pub mod lower;
pub mod migrations;
pub mod pg;
pub mod report;
pub mod schema;
pub mod settings;
pub mod syntax;
