//! prisma-drift: parse Prisma schemas and tell whether a PostgreSQL database matches them.

pub mod ir;
pub mod pg;
