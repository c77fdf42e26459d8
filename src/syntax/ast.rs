//! The syntax tree of one schema file: what was written, with spans, comments
//! and blank lines kept. Nothing here is resolved or checked; that is `schema`'s job.

use crate::diagnostics::{FileId, Span};

/// One parsed file.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaFile {
    pub file: FileId,
    pub items: Vec<Top>,
}

impl SchemaFile {
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.items.iter().filter_map(|item| match item {
            Top::Block(block) => Some(block),
            _ => None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Top {
    Block(Block),
    /// Legacy `type Name = Base …`, kept so validation can reject it precisely.
    TypeAlias(TypeAlias),
    Comment(Comment),
    BlankLine(Span),
    /// A line (or unknown block) the grammar could not read; a diagnostic was emitted.
    Error(Span),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BlockKind {
    Model,
    View,
    /// Composite type.
    Type,
    Enum,
    Datasource,
    Generator,
}

impl BlockKind {
    pub fn keyword(self) -> &'static str {
        match self {
            BlockKind::Model => "model",
            BlockKind::View => "view",
            BlockKind::Type => "type",
            BlockKind::Enum => "enum",
            BlockKind::Datasource => "datasource",
            BlockKind::Generator => "generator",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub name: Ident,
    pub items: Vec<BlockItem>,
    /// `///` lines right above the block.
    pub documentation: Option<String>,
    /// Whole block, keyword to closing brace.
    pub span: Span,
    /// Header line: keyword and name.
    pub header_span: Span,
    /// A comment after the closing `}` on the same line.
    pub closing_comment: Option<Comment>,
}

impl Block {
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.items.iter().filter_map(|item| match item {
            BlockItem::Field(field) => Some(field),
            _ => None,
        })
    }

    pub fn enum_values(&self) -> impl Iterator<Item = &EnumValue> {
        self.items.iter().filter_map(|item| match item {
            BlockItem::EnumValue(value) => Some(value),
            _ => None,
        })
    }

    pub fn properties(&self) -> impl Iterator<Item = &Property> {
        self.items.iter().filter_map(|item| match item {
            BlockItem::Property(property) => Some(property),
            _ => None,
        })
    }

    pub fn attributes(&self) -> impl Iterator<Item = &Attribute> {
        self.items.iter().filter_map(|item| match item {
            BlockItem::Attribute(attribute) => Some(attribute),
            _ => None,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum BlockItem {
    Field(Field),
    EnumValue(EnumValue),
    /// `key = value` in a datasource or generator.
    Property(Property),
    /// `@@attribute(…)`.
    Attribute(Attribute),
    Comment(Comment),
    BlankLine(Span),
    /// A line the grammar could not read; a diagnostic was emitted.
    Error(Span),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: Ident,
    /// `None` when the line has a name but no type (an error, reported later).
    pub field_type: Option<FieldType>,
    pub attributes: Vec<Attribute>,
    pub documentation: Option<String>,
    pub trailing_comment: Option<Comment>,
    pub span: Span,
    /// `name: Type` (legacy colon).
    pub legacy_colon: Option<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Arity {
    Required,
    Optional,
    List,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeName {
    Named(Ident),
    /// `Unsupported("…")`, with the string's value.
    Unsupported {
        sql: String,
        span: Span,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldType {
    pub name: TypeName,
    pub arity: Arity,
    /// Legacy spellings (`Type!`, `[Type]`, `Type[]?`), reported by validation.
    pub legacy: Option<LegacyType>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegacyType {
    /// `Type!`
    Required,
    /// `[Type]`
    List,
    /// `Type[]?`
    OptionalList,
}

impl FieldType {
    pub fn type_name(&self) -> &str {
        match &self.name {
            TypeName::Named(ident) => &ident.name,
            TypeName::Unsupported { .. } => "Unsupported",
        }
    }

    pub fn name_span(&self) -> Span {
        match &self.name {
            TypeName::Named(ident) => ident.span,
            TypeName::Unsupported { span, .. } => *span,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue {
    pub name: Ident,
    pub attributes: Vec<Attribute>,
    pub documentation: Option<String>,
    pub trailing_comment: Option<Comment>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    pub name: Ident,
    pub value: Expr,
    pub trailing_comment: Option<Comment>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    /// Dotted path without the `@`/`@@`: `id`, `db.VarChar`.
    pub name: Ident,
    pub arguments: Option<ArgumentList>,
    /// `@@` (block) or `@` (field).
    pub is_block: bool,
    pub span: Span,
    pub trailing_comment: Option<Comment>,
}

impl Attribute {
    pub fn arguments(&self) -> &[Argument] {
        self.arguments
            .as_ref()
            .map(|list| list.arguments.as_slice())
            .unwrap_or(&[])
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ArgumentList {
    pub arguments: Vec<Argument>,
    pub trailing_comma: bool,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Argument {
    pub name: Option<Ident>,
    /// `None` for an argument with a name and no value (`name:`), an error.
    pub value: Option<Expr>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A string literal, escapes decoded.
    String(String, Span),
    /// A number as written.
    Number(String, Span),
    /// A bare (possibly dotted) name: `true`, `Cascade`, `Desc`, `db.x`.
    Constant(String, Span),
    Function(FunctionCall),
    Array(Vec<Expr>, Span),
}

impl Expr {
    pub fn span(&self) -> Span {
        match self {
            Expr::String(_, span)
            | Expr::Number(_, span)
            | Expr::Constant(_, span)
            | Expr::Array(_, span) => *span,
            Expr::Function(call) => call.span,
        }
    }

    /// How Prisma names the kind of value in messages.
    pub fn describe(&self) -> &'static str {
        match self {
            Expr::String(..) => "string",
            Expr::Number(..) => "numeric",
            Expr::Constant(..) => "constant",
            Expr::Function(..) => "function",
            Expr::Array(..) => "array",
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Expr::String(value, _) => Some(value),
            _ => None,
        }
    }

    pub fn as_constant(&self) -> Option<&str> {
        match self {
            Expr::Constant(value, _) => Some(value),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionCall {
    pub name: Ident,
    pub arguments: ArgumentList,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentKind {
    /// `// …`
    Line,
    /// `/// …`
    Doc,
    /// `/* … */`
    Block,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub kind: CommentKind,
    /// The comment's text without its markers.
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeAlias {
    pub name: Ident,
    pub span: Span,
}
