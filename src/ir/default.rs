//! Column defaults in a normalized form, so that a default built from a schema
//! and one read back from PostgreSQL (which rewrites what it stores) can be
//! compared by meaning.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Literal {
    Null,
    Bool(bool),
    /// A number as written, without redundant signs or leading zeros.
    Number(String),
    /// A string literal's value (escapes resolved), whatever type it is cast to.
    String(String),
    Array(Vec<Literal>),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DefaultValue {
    /// A constant.
    Literal(Literal),
    /// `CURRENT_TIMESTAMP`, `now()` and their spellings.
    Now,
    /// `nextval('<sequence>')`: a serial column. The sequence name is unqualified.
    Sequence(String),
    /// `GENERATED … AS IDENTITY`.
    Identity { always: bool },
    /// Any other expression, in a canonical SQL spelling.
    Expression(String),
}
