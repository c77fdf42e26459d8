//! prisma-drift: parse Prisma schemas and tell whether a PostgreSQL database matches them.

pub mod check;
pub mod cli;
pub mod diagnostics;
pub mod diff;
pub mod introspect;
pub mod ir;
pub mod lower;
pub mod migrations;
pub mod pg;
pub mod schema;
pub mod syntax;
