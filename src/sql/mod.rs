//! Spelling SQL: identifiers (quoted when needed, with PostgreSQL's keyword
//! list, or always), schema qualification, string literals, the 63-byte
//! identifier limit with Prisma's cutting rules, and DDL fragments. Everything
//! in the crate that writes SQL text — messages, fix-up scripts,
//! recommendations, the queries we run — spells it here, so one name is
//! always written one way.
//!
//! This module knows nothing of the rest of the crate: it takes plain names.
//!
//! ```
//! use prisma_drift::sql::{quote_ident, Style};
//!
//! assert_eq!(quote_ident("email"), "email");
//! assert_eq!(quote_ident("group"), "\"group\""); // a reserved word
//! assert_eq!(Style::SCRIPT.qualified("public", "User"), "\"public\".\"User\"");
//! ```

pub mod ddl;
mod ident;
mod keywords;
mod literal;
pub mod names;

pub use ident::{is_plain_word, needs_quotes, quote_ident, quote_ident_always, Style};
pub use keywords::is_quoted_keyword;
pub use literal::{literal_list, quote_literal};
pub use names::{truncate_identifier, MAX_IDENTIFIER_BYTES};
