//! Prisma Migrate folders and their scripts.
//!
//! - [`split`]: splits a `migration.sql` into statements as `psql` does, for
//!   replaying a script with `psql -f` semantics (each statement in
//!   autocommit).

pub mod split;
