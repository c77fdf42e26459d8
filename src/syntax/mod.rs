//! Prisma schema text → syntax tree. The grammar lives in `grammar/prisma.pest`;
//! this module builds a spanned AST from it, recovering line by line.

#![warn(missing_docs)]

pub mod ast;
mod parser;
mod summary;

pub use ast::*;
pub use parser::parse_file;
pub use summary::summarize;
