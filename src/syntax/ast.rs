//! The syntax tree of one schema file: what was written, with spans, comments
//! and blank lines kept. Nothing here is resolved or checked; that is `schema`'s job.

use crate::diagnostics::{FileId, Span};

/// One parsed file.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaFile {
    /// The file it was parsed from.
    pub file: FileId,
    /// Everything at the top level, in order.
    pub items: Vec<Top>,
}

impl SchemaFile {
    /// The blocks, in order.
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.items.iter().filter_map(|item| match item {
            Top::Block(block) => Some(block),
            _ => None,
        })
    }
}

/// One top-level item of a file.
#[derive(Debug, Clone, PartialEq)]
pub enum Top {
    /// `model`, `view`, `type`, `enum`, `datasource` or `generator`.
    Block(Block),
    /// Legacy `type Name = Base …`, kept so validation can reject it precisely.
    TypeAlias(TypeAlias),
    /// A comment on a line of its own.
    Comment(Comment),
    /// An empty line.
    BlankLine(Span),
    /// A line (or unknown block) the grammar could not read; a diagnostic was emitted.
    Error(Span),
}

/// What a block declares, by its keyword.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BlockKind {
    /// `model`.
    Model,
    /// `view`.
    View,
    /// Composite type.
    Type,
    /// `enum`.
    Enum,
    /// `datasource`.
    Datasource,
    /// `generator`.
    Generator,
}

impl BlockKind {
    /// The keyword that starts such a block.
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

/// A block: keyword, name and the lines between its braces.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// What it declares.
    pub kind: BlockKind,
    /// Its name.
    pub name: Ident,
    /// Its lines, in order.
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
    /// The fields (of a model, view or composite type).
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.items.iter().filter_map(|item| match item {
            BlockItem::Field(field) => Some(field),
            _ => None,
        })
    }

    /// The values (of an enum).
    pub fn enum_values(&self) -> impl Iterator<Item = &EnumValue> {
        self.items.iter().filter_map(|item| match item {
            BlockItem::EnumValue(value) => Some(value),
            _ => None,
        })
    }

    /// The `key = value` lines (of a datasource or generator).
    pub fn properties(&self) -> impl Iterator<Item = &Property> {
        self.items.iter().filter_map(|item| match item {
            BlockItem::Property(property) => Some(property),
            _ => None,
        })
    }

    /// The block attributes (`@@…`).
    pub fn attributes(&self) -> impl Iterator<Item = &Attribute> {
        self.items.iter().filter_map(|item| match item {
            BlockItem::Attribute(attribute) => Some(attribute),
            _ => None,
        })
    }
}

/// One line inside a block.
#[derive(Debug, Clone, PartialEq)]
pub enum BlockItem {
    /// A field of a model, view or composite type.
    Field(Field),
    /// A value of an enum.
    EnumValue(EnumValue),
    /// `key = value` in a datasource or generator.
    Property(Property),
    /// `@@attribute(…)`.
    Attribute(Attribute),
    /// A comment on a line of its own.
    Comment(Comment),
    /// An empty line.
    BlankLine(Span),
    /// A line the grammar could not read; a diagnostic was emitted.
    Error(Span),
}

/// A name as written, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ident {
    /// The name.
    pub name: String,
    /// Where it is written.
    pub span: Span,
}

/// A field line: name, type and attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The field's name.
    pub name: Ident,
    /// `None` when the line has a name but no type (an error, reported later).
    pub field_type: Option<FieldType>,
    /// The field attributes (`@…`), in order.
    pub attributes: Vec<Attribute>,
    /// `///` lines right above the field.
    pub documentation: Option<String>,
    /// A comment at the end of the line.
    pub trailing_comment: Option<Comment>,
    /// The whole line, without its line break.
    pub span: Span,
    /// `name: Type` (legacy colon).
    pub legacy_colon: Option<Span>,
}

/// How many values a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Arity {
    /// `Type`: exactly one.
    Required,
    /// `Type?`: one or none.
    Optional,
    /// `Type[]`: a list.
    List,
}

/// The type a field names.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeName {
    /// A built-in type, model, view, enum or composite type, by name.
    Named(Ident),
    /// `Unsupported("…")`, with the string's value.
    Unsupported {
        /// The database type, verbatim.
        sql: String,
        /// `Unsupported(…)` as written.
        span: Span,
    },
}

/// A field's type with its arity.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldType {
    /// The type named.
    pub name: TypeName,
    /// `?`, `[]` or neither.
    pub arity: Arity,
    /// Legacy spellings (`Type!`, `[Type]`, `Type[]?`), reported by validation.
    pub legacy: Option<LegacyType>,
    /// The type as written, arity marks included.
    pub span: Span,
}

/// Type spellings of old Prisma versions.
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
    /// The name of the type (`Unsupported` for `Unsupported("…")`).
    pub fn type_name(&self) -> &str {
        match &self.name {
            TypeName::Named(ident) => &ident.name,
            TypeName::Unsupported { .. } => "Unsupported",
        }
    }

    /// Where the type's name is written.
    pub fn name_span(&self) -> Span {
        match &self.name {
            TypeName::Named(ident) => ident.span,
            TypeName::Unsupported { span, .. } => *span,
        }
    }
}

/// A value line of an enum.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue {
    /// The value's name.
    pub name: Ident,
    /// Its attributes (`@map`), in order.
    pub attributes: Vec<Attribute>,
    /// `///` lines right above it.
    pub documentation: Option<String>,
    /// A comment at the end of the line.
    pub trailing_comment: Option<Comment>,
    /// The whole line, without its line break.
    pub span: Span,
}

/// `key = value` in a datasource or generator.
#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    /// The key.
    pub name: Ident,
    /// The value.
    pub value: Expr,
    /// A comment at the end of the line.
    pub trailing_comment: Option<Comment>,
    /// The whole line, without its line break.
    pub span: Span,
}

/// `@name(…)` on a field or enum value, `@@name(…)` on a block.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribute {
    /// Dotted path without the `@`/`@@`: `id`, `db.VarChar`.
    pub name: Ident,
    /// The parenthesized arguments, if any.
    pub arguments: Option<ArgumentList>,
    /// `@@` (block) or `@` (field).
    pub is_block: bool,
    /// The whole attribute, marker to closing parenthesis.
    pub span: Span,
    /// For a block attribute, a comment at the end of its line.
    pub trailing_comment: Option<Comment>,
}

impl Attribute {
    /// The arguments (none without parentheses).
    pub fn arguments(&self) -> &[Argument] {
        self.arguments
            .as_ref()
            .map(|list| list.arguments.as_slice())
            .unwrap_or(&[])
    }
}

/// `(a, b: c)` of an attribute or function call.
#[derive(Debug, Clone, PartialEq)]
pub struct ArgumentList {
    /// The arguments, in order.
    pub arguments: Vec<Argument>,
    /// A comma after the last argument.
    pub trailing_comma: bool,
    /// Parentheses included.
    pub span: Span,
}

/// One argument: `value` or `name: value`.
#[derive(Debug, Clone, PartialEq)]
pub struct Argument {
    /// The name of a named argument.
    pub name: Option<Ident>,
    /// `None` for an argument with a name and no value (`name:`), an error.
    pub value: Option<Expr>,
    /// The whole argument.
    pub span: Span,
}

/// A value: in an argument, a property or a list.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// A string literal, escapes decoded.
    String(String, Span),
    /// A number as written.
    Number(String, Span),
    /// A bare (possibly dotted) name: `true`, `Cascade`, `Desc`, `db.x`.
    Constant(String, Span),
    /// `name(arguments)`.
    Function(FunctionCall),
    /// `[a, b]`.
    Array(Vec<Expr>, Span),
}

impl Expr {
    /// Where the value is written.
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

    /// The text of a string literal.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Expr::String(value, _) => Some(value),
            _ => None,
        }
    }

    /// The name of a constant.
    pub fn as_constant(&self) -> Option<&str> {
        match self {
            Expr::Constant(value, _) => Some(value),
            _ => None,
        }
    }

    /// The items of an array, or the value itself as a list of one (where
    /// Prisma lets a single item stand without brackets).
    pub fn items(&self) -> &[Expr] {
        match self {
            Expr::Array(items, _) => items,
            other => std::slice::from_ref(other),
        }
    }
}

/// `name(arguments)`: `now()`, `env("URL")`, `raw("…")`.
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionCall {
    /// The function's name.
    pub name: Ident,
    /// Its arguments.
    pub arguments: ArgumentList,
    /// Name to closing parenthesis.
    pub span: Span,
}

/// The three kinds of comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentKind {
    /// `// …`
    Line,
    /// `/// …`
    Doc,
    /// `/* … */`
    Block,
}

/// A comment, kept so the tree can be written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    /// Line, doc or block comment.
    pub kind: CommentKind,
    /// The comment's text without its markers.
    pub text: String,
    /// Markers included.
    pub span: Span,
}

/// A legacy `type Name = Base …` line.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeAlias {
    /// The alias's name.
    pub name: Ident,
    /// The whole line.
    pub span: Span,
}
