//! prisma-drift parses Prisma schemas and tells, exactly and fast, whether a
//! PostgreSQL database matches them.
//!
//! Two front ends build the same database model ([`ir::Database`]): [`lower`]
//! turns a parsed schema into the database Prisma would create, and
//! [`introspect`] reads a live database from `pg_catalog`. [`diff`] compares
//! two models and returns [`Change`]s with stable kinds and severities;
//! [`fixup`] plans the SQL that would close the gap ([`report::fixup_sql`]
//! prints it);
//! [`report`] renders results for people, scripts, GitHub and SARIF.
//! [`run`] puts the pieces together the way the command line does.
//!
//! # Validate a schema
//!
//! ```
//! let parsed = prisma_drift::schema::parse_source(
//!     "schema.prisma",
//!     "model User {\n  id    Int    @id\n  email String @unique\n  posts Post[]\n}\n",
//! );
//! // `Post` is not declared: one error, with its location.
//! assert!(parsed.diagnostics.has_errors());
//! let text = parsed.diagnostics.render(&parsed.sources, false);
//! assert!(text.contains("schema.prisma:4"), "{text}");
//! ```
//!
//! # Compare two schemas and get the fix-up SQL
//!
//! No database is needed to compare what two schemas describe: lower both and
//! diff them; the SQL brings the second to the first.
//!
//! ```
//! use prisma_drift::{diff, lower, report, run, schema};
//!
//! let wanted = schema::parse_source("a.prisma", "model User {\n  id    Int    @id\n  email String @unique\n}\n");
//! let current = schema::parse_source("b.prisma", "model User {\n  id Int @id\n}\n");
//! let expected = lower::expected_database(&wanted, "public");
//! let actual = lower::expected_database(&current, "public");
//! let changes = diff::diff(&expected, &actual, &run::diff_options(&wanted, vec![]));
//! let kinds: Vec<&str> = changes.iter().map(|c| c.kind.as_str()).collect();
//! assert_eq!(kinds, ["column_missing", "index_missing"]);
//! let sql = report::fixup_sql(&changes, &expected, &actual);
//! assert!(sql.contains(r#"ALTER TABLE "public"."User" ADD COLUMN "email" text NOT NULL"#), "{sql}");
//! ```
//!
//! # Check a live database
//!
//! ```no_run
//! # async fn demo() -> Result<(), prisma_drift::RunError> {
//! use prisma_drift::{run, ConnConfig, Target};
//!
//! let parsed = prisma_drift::schema::load_schema("prisma/schema.prisma".as_ref())?;
//! let config = ConnConfig::parse("postgresql://postgres@127.0.0.1:5432/app")?;
//! let outcome = run::check(&parsed, Target::Url(&config), &Default::default()).await?;
//! for change in &outcome.report.changes {
//!     println!("{:?} {}: {}", change.severity, change.kind, change.message);
//! }
//! std::process::exit(outcome.report.exit_code().into());
//! # }
//! ```
//!
//! [`run::check`] also takes a connection you already have
//! ([`Target::Client`]) or a migrations folder, replayed into a throwaway
//! PostgreSQL ([`Target::Migrations`]); [`run::audit`] and [`run::status`] are
//! the other jobs of the command line.
//!
//! # Modules
//!
//! Arrows point one way, down the "may use" column; `tests/architecture.rs`
//! reads this table in README.md and fails on any other import.
//!
//! | module | owns | may use |
//! |---|---|---|
//! | `sql` | spelling SQL: identifiers (quoted when needed, with PostgreSQL's keywords, or always), qualification, literals, the 63-byte limit and Prisma's names, DDL fragments | — |
//! | `diagnostics` | `Diagnostic` with code, span and help; rendering with snippets; JSON | — |
//! | `syntax` | the pest grammar's parser: a spanned syntax tree with comments, per-line recovery | `diagnostics` |
//! | `schema` | name resolution, attributes, relations (a petgraph graph), validation, schema lookup | `syntax`, `diagnostics`, `sql` |
//! | `format` | the formatter over the syntax tree, byte-identical to Prisma's, with relation completion | `syntax`, `schema`, `diagnostics` |
//! | `ir` | the database model both sides build; canonical types, defaults and expressions | `sql` |
//! | `lower` | schema → IR by Prisma's PostgreSQL rules (names, 63-byte cuts, m:n tables) | `schema`, `ir`, `sql`, `diagnostics` |
//! | `pg` | URLs, `.env`, TLS, connecting, the ephemeral server, the shadow database | `sql` |
//! | `introspect` | `pg_catalog` → IR with a fixed number of queries, read-only | `ir`, `pg`, `sql` |
//! | `diff` | IR × IR → changes; equivalence rules; the check report, grouping and counting | `ir`, `sql`, `diagnostics` |
//! | `fixup` | the fix-up plan behind `check --sql`: per-object steps, cast safety, destructiveness, a dependency sort (petgraph) | `diff`, `ir`, `sql` |
//! | `migrations` | migrations folder, checksums, `_prisma_migrations`, status, replay | `ir`, `pg`, `sql`, `diagnostics` |
//! | `audit` | the audit as data: history, inventory, data, recommendations, summary | `diff`, `ir`, `migrations`, `pg`, `schema`, `sql`, `diagnostics` |
//! | `report` | renders, decides nothing: human, JSON, GitHub, SARIF, Markdown, status, fix-up SQL text | `diff`, `fixup`, `audit`, `migrations`, `ir`, `sql`, `diagnostics` |
//! | `pull` | database → schema text as `prisma db pull` writes it: Prisma's naming, relations, native types, defaults, warnings; re-introspection keeps the existing schema's names | `ir`, `schema`, `format`, `sql` |
//! | `run` | the application layer: one call per job; schema, settings and URL resolution | `audit`, `diagnostics`, `diff`, `format`, `introspect`, `ir`, `lower`, `migrations`, `pg`, `pull`, `report`, `schema`, `sql`, `syntax` |
//! | `cli` | the binary: flags → one `run` call → one renderer → exit code | `run`, `report` |

#![warn(missing_docs)]

// The grammar is generated without pest's `std` feature (see Cargo.toml), which
// names `::alloc`.
extern crate alloc;

pub mod audit;
pub mod diagnostics;
pub mod diff;
pub mod fixup;
pub mod format;
pub mod introspect;
pub mod ir;
pub mod lower;
pub mod migrations;
pub mod pg;
pub mod pull;
pub mod report;
pub mod run;
pub mod schema;
pub mod sql;
pub mod syntax;

/// The README's Rust examples, compiled as doctests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

pub use diff::{Change, ChangeKind, CheckReport, Severity};
pub use pg::ConnConfig;
pub use run::{CheckOptions, CheckOutcome, Project, RunError, Target};
pub use schema::{load_schema, parse_source, ParsedSchema};
