//! prisma-drift: parse Prisma schemas and tell whether a PostgreSQL database matches them.

pub mod diagnostics;
pub mod ir;
pub mod syntax;
