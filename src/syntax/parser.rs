//! Turns the pest parse tree into the AST, reporting the lines the grammar
//! caught as errors. The grammar itself never fails (see `grammar/prisma.pest`).

use pest::iterators::Pair;
use pest::Parser as _;
use pest_derive::Parser;

use super::ast::*;
use crate::diagnostics::{Diagnostic, Diagnostics, FileId, Span};

#[derive(Parser)]
#[grammar = "../grammar/prisma.pest"]
struct PrismaGrammar;

/// Deeper nesting of `(` and `[` on one line than this is refused before pest
/// sees it: no real schema comes close, and unbounded recursion would blow the stack.
const MAX_NESTING: usize = 64;

/// Parses one file. Always returns a tree; problems go to `diagnostics`.
pub fn parse_file(file: FileId, text: &str, diagnostics: &mut Diagnostics) -> SchemaFile {
    let guarded = guard_nesting(file, text, diagnostics);
    let source = guarded.as_deref().unwrap_or(text);
    let mut builder = Builder {
        file,
        diagnostics,
        pending_docs: Vec::new(),
    };
    match PrismaGrammar::parse(Rule::schema, source) {
        Ok(mut pairs) => {
            let items = pairs
                .next()
                .map(|schema| builder.top_items(schema))
                .unwrap_or_default();
            SchemaFile { file, items }
        }
        Err(error) => {
            // Unreachable with this grammar, but never worth a panic.
            let offset = match error.location {
                pest::error::InputLocation::Pos(pos) => pos,
                pest::error::InputLocation::Span((start, _)) => start,
            };
            builder.diagnostics.push(Diagnostic::error(
                "syntax_error",
                Span::new(file, offset, offset),
                format!(
                    "The schema could not be parsed: {}",
                    error.variant.message()
                ),
            ));
            SchemaFile {
                file,
                items: Vec::new(),
            }
        }
    }
}

/// Blanks out lines nested too deeply, keeping byte offsets, and reports them.
fn guard_nesting(file: FileId, text: &str, diagnostics: &mut Diagnostics) -> Option<String> {
    let mut out: Option<String> = None;
    let mut line_start = 0;
    for line in text.split_inclusive(['\n', '\r']) {
        let mut depth = 0usize;
        let mut max = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        for ch in line.chars() {
            if in_string {
                match (escaped, ch) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => in_string = false,
                    _ => {}
                }
                continue;
            }
            match ch {
                '"' => in_string = true,
                '(' | '[' => {
                    depth += 1;
                    max = max.max(depth);
                }
                ')' | ']' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        if max > MAX_NESTING {
            let content_end = line_start + line.trim_end_matches(['\n', '\r']).len();
            diagnostics.push(Diagnostic::error(
                "nesting_too_deep",
                Span::new(file, line_start, content_end),
                format!("This line nests brackets {max} levels deep; at most {MAX_NESTING} are allowed."),
            ));
            let buffer = out.get_or_insert_with(|| text.to_string());
            let blank = " ".repeat(content_end - line_start);
            buffer.replace_range(line_start..content_end, &blank);
        }
        line_start += line.len();
    }
    out
}

struct Builder<'d> {
    file: FileId,
    diagnostics: &'d mut Diagnostics,
    /// `///` lines waiting for the item they document.
    pending_docs: Vec<String>,
}

impl Builder<'_> {
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let span = pair.as_span();
        Span::new(self.file, span.start(), span.end())
    }

    /// Span of a line-swallowing rule without its line break.
    fn line_span(&self, pair: &Pair<'_, Rule>) -> Span {
        let text = pair.as_str();
        let start = pair.as_span().start();
        let trimmed = text.trim_end_matches(['\n', '\r']);
        let leading = trimmed.len() - trimmed.trim_start().len();
        Span::new(self.file, start + leading, start + trimmed.len())
    }

    fn take_docs(&mut self) -> Option<String> {
        if self.pending_docs.is_empty() {
            None
        } else {
            Some(std::mem::take(&mut self.pending_docs).join("\n"))
        }
    }

    fn top_items(&mut self, schema: Pair<'_, Rule>) -> Vec<Top> {
        let mut items = Vec::new();
        for pair in schema.into_inner() {
            match pair.as_rule() {
                Rule::model_block | Rule::enum_block | Rule::config_block => {
                    let block = self.block(pair);
                    items.push(Top::Block(block));
                }
                Rule::type_alias => {
                    self.pending_docs.clear();
                    let span = self.line_span(&pair);
                    let name = pair
                        .into_inner()
                        .find(|p| p.as_rule() == Rule::identifier)
                        .map(|p| self.ident(p))
                        .unwrap_or(Ident {
                            name: String::new(),
                            span,
                        });
                    items.push(Top::TypeAlias(TypeAlias { name, span }));
                }
                Rule::comment_line => {
                    for comment in self.comment_line(pair) {
                        items.push(Top::Comment(comment));
                    }
                }
                Rule::empty_line => {
                    self.pending_docs.clear();
                    items.push(Top::BlankLine(self.span(&pair)));
                }
                Rule::arbitrary_block => {
                    self.pending_docs.clear();
                    let span = self.line_span(&pair);
                    let header_end = pair
                        .as_str()
                        .find(['\n', '\r'])
                        .map(|i| span.start as usize + i)
                        .unwrap_or(span.end as usize);
                    self.diagnostics.push(
                        Diagnostic::error(
                            "invalid_block",
                            Span::new(self.file, span.start as usize, header_end),
                            "This block is invalid. It does not start with any known Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.",
                        ),
                    );
                    items.push(Top::Error(span));
                }
                Rule::top_error => {
                    self.pending_docs.clear();
                    let span = self.line_span(&pair);
                    self.diagnostics.push(Diagnostic::error(
                        "invalid_line",
                        span,
                        "This line is invalid. It does not start with any known Prisma schema keyword.",
                    ));
                    items.push(Top::Error(span));
                }
                Rule::EOI => {}
                _ => {}
            }
        }
        items
    }

    fn comment_line(&mut self, pair: Pair<'_, Rule>) -> Vec<Comment> {
        let mut comments = Vec::new();
        for inner in pair.into_inner() {
            if let Some(comment) = self.comment(inner) {
                if comment.kind == CommentKind::Doc {
                    self.pending_docs.push(comment.text.clone());
                }
                comments.push(comment);
            }
        }
        comments
    }

    fn comment(&mut self, pair: Pair<'_, Rule>) -> Option<Comment> {
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::line_comment => pair.into_inner().next().and_then(|p| self.comment(p)),
            Rule::doc_comment => Some(Comment {
                kind: CommentKind::Doc,
                text: comment_text(pair),
                span,
            }),
            Rule::plain_comment => Some(Comment {
                kind: CommentKind::Line,
                text: comment_text(pair),
                span,
            }),
            Rule::block_comment => {
                let text = pair.as_str();
                Some(Comment {
                    kind: CommentKind::Block,
                    text: text[2..text.len() - 2].to_string(),
                    span,
                })
            }
            _ => None,
        }
    }

    fn trailing_comment(&mut self, pair: Pair<'_, Rule>) -> Option<Comment> {
        // A block comment followed by a line comment keeps the line comment.
        pair.into_inner().filter_map(|p| self.comment(p)).last()
    }

    fn ident(&self, pair: Pair<'_, Rule>) -> Ident {
        Ident {
            name: pair.as_str().to_string(),
            span: self.span(&pair),
        }
    }

    fn block(&mut self, pair: Pair<'_, Rule>) -> Block {
        let documentation = self.take_docs();
        let mut span = self.span(&pair);
        let mut inner = pair.into_inner();
        let keyword = inner.next().expect("grammar: block keyword");
        let kind = match keyword.as_str() {
            "model" => BlockKind::Model,
            "view" => BlockKind::View,
            "type" => BlockKind::Type,
            "enum" => BlockKind::Enum,
            "datasource" => BlockKind::Datasource,
            _ => BlockKind::Generator,
        };
        let name = self.ident(inner.next().expect("grammar: block name"));
        let header_span = self.span(&keyword).to(name.span);
        let mut items = Vec::new();
        for item in inner {
            match item.as_rule() {
                Rule::header_trailing => self.header_trailing(item),
                Rule::field => {
                    let field = self.field(item);
                    items.push(BlockItem::Field(field));
                }
                Rule::enum_value => {
                    let value = self.enum_value(item);
                    items.push(BlockItem::EnumValue(value));
                }
                Rule::key_value => {
                    let property = self.property(item);
                    items.push(BlockItem::Property(property));
                }
                Rule::block_attribute_line => {
                    self.pending_docs.clear();
                    let mut parts = item.into_inner();
                    let mut attribute = self.attribute(parts.next().expect("grammar: attribute"));
                    attribute.trailing_comment =
                        parts.next().and_then(|p| self.trailing_comment(p));
                    items.push(BlockItem::Attribute(attribute));
                }
                Rule::comment_line => {
                    for comment in self.comment_line(item) {
                        items.push(BlockItem::Comment(comment));
                    }
                }
                Rule::empty_line => {
                    self.pending_docs.clear();
                    items.push(BlockItem::BlankLine(self.span(&item)));
                }
                Rule::model_error | Rule::enum_error | Rule::config_error => {
                    self.pending_docs.clear();
                    let line = self.line_span(&item);
                    // `key =` with nothing after it: say which property lacks a value.
                    let key = item.as_str().trim().strip_suffix('=').map(str::trim);
                    if let Some(key) = key.filter(|k| {
                        !k.is_empty() && !k.contains(char::is_whitespace) && kind_is_config(kind)
                    }) {
                        self.diagnostics.push(Diagnostic::error(
                            "missing_property_value",
                            header_span,
                            format!(
                                "Property {key} in {} {} needs to be assigned a value",
                                kind.keyword(),
                                name.name
                            ),
                        ));
                        items.push(BlockItem::Error(line));
                        continue;
                    }
                    let message = match item.as_rule() {
                        Rule::model_error => format!(
                            "This field declaration is invalid. It is either missing a name or a type."
                        ),
                        Rule::enum_error => "This line is not an enum value definition.".to_string(),
                        _ => format!(
                            "This line is not a valid definition within a {}.",
                            kind.keyword()
                        ),
                    };
                    let code = match item.as_rule() {
                        Rule::model_error => "invalid_field",
                        Rule::enum_error => "invalid_enum_value",
                        _ => "invalid_property",
                    };
                    self.diagnostics
                        .push(Diagnostic::error(code, line, message));
                    items.push(BlockItem::Error(line));
                }
                Rule::block_close => {
                    let close = item.as_str();
                    if !close.starts_with('}') {
                        self.diagnostics.push(
                            Diagnostic::error(
                                "unclosed_block",
                                header_span,
                                format!(
                                    "This {} block is not closed: `}}` is missing.",
                                    kind.keyword()
                                ),
                            )
                            .with_help("Add a line with `}` at the end of the block."),
                        );
                        // The block ends where its last item ends.
                        span.end = self.span(&item).start;
                    } else if let Some(rest) = item.into_inner().next() {
                        let text = rest.as_str().trim();
                        if !text.is_empty() && !text.starts_with("//") {
                            let s = self.span(&rest);
                            self.diagnostics.push(Diagnostic::error(
                                "invalid_line",
                                s,
                                "Unexpected text after the closing `}` of a block.",
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
        self.pending_docs.clear();
        Block {
            kind,
            name,
            items,
            documentation,
            span,
            header_span,
        }
    }

    fn header_trailing(&mut self, pair: Pair<'_, Rule>) {
        let text = pair.as_str().trim();
        if text.is_empty() || text.starts_with("//") {
            return;
        }
        let span = self.span(&pair);
        self.diagnostics.push(
            Diagnostic::error(
                "invalid_line",
                span,
                "Unexpected text after `{`: each field or attribute of a block goes on its own line.",
            )
            .with_help("Put the opening `{` at the end of the block's first line and each field on the lines below it."),
        );
    }

    fn field(&mut self, pair: Pair<'_, Rule>) -> Field {
        let documentation = self.take_docs();
        let span = self.line_span(&pair);
        let mut inner = pair.into_inner();
        let name = self.ident(inner.next().expect("grammar: field name"));
        let mut field = Field {
            name,
            field_type: None,
            attributes: Vec::new(),
            documentation,
            trailing_comment: None,
            span,
            legacy_colon: None,
        };
        for part in inner {
            match part.as_rule() {
                Rule::legacy_colon => field.legacy_colon = Some(self.span(&part)),
                Rule::field_type => field.field_type = Some(self.field_type(part)),
                Rule::field_attribute => field.attributes.push(self.attribute(part)),
                Rule::trailing_comment => field.trailing_comment = self.trailing_comment(part),
                _ => {}
            }
        }
        field
    }

    fn field_type(&mut self, pair: Pair<'_, Rule>) -> FieldType {
        let span = self.span(&pair);
        let mut arity = Arity::Required;
        let mut legacy = None;
        let mut name = TypeName::Named(Ident {
            name: String::new(),
            span,
        });
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::base_type => name = self.base_type(part),
                Rule::legacy_list_type => {
                    legacy = Some(LegacyType::List);
                    arity = Arity::List;
                    if let Some(base) = part.into_inner().next() {
                        name = self.base_type(base);
                    }
                }
                Rule::type_modifier => {
                    if let Some(modifier) = part.into_inner().next() {
                        match modifier.as_rule() {
                            Rule::list => arity = Arity::List,
                            Rule::optional => arity = Arity::Optional,
                            Rule::list_optional => {
                                arity = Arity::List;
                                legacy = Some(LegacyType::OptionalList);
                            }
                            Rule::legacy_required => legacy = Some(LegacyType::Required),
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        FieldType {
            name,
            arity,
            legacy,
            span,
        }
    }

    fn base_type(&mut self, pair: Pair<'_, Rule>) -> TypeName {
        let inner = pair.into_inner().next().expect("grammar: base type");
        match inner.as_rule() {
            Rule::unsupported_type => {
                let span = self.span(&inner);
                let sql = inner
                    .into_inner()
                    .next()
                    .map(|s| self.string_value(s))
                    .unwrap_or_default();
                TypeName::Unsupported { sql, span }
            }
            _ => TypeName::Named(self.ident(inner)),
        }
    }

    fn enum_value(&mut self, pair: Pair<'_, Rule>) -> EnumValue {
        let documentation = self.take_docs();
        let span = self.line_span(&pair);
        let mut inner = pair.into_inner();
        let name = self.ident(inner.next().expect("grammar: enum value name"));
        let mut value = EnumValue {
            name,
            attributes: Vec::new(),
            documentation,
            trailing_comment: None,
            span,
        };
        for part in inner {
            match part.as_rule() {
                Rule::field_attribute => value.attributes.push(self.attribute(part)),
                Rule::trailing_comment => value.trailing_comment = self.trailing_comment(part),
                _ => {}
            }
        }
        value
    }

    fn property(&mut self, pair: Pair<'_, Rule>) -> Property {
        self.pending_docs.clear();
        let span = self.line_span(&pair);
        let mut inner = pair.into_inner();
        let name = self.ident(inner.next().expect("grammar: property name"));
        let value = self.expression(inner.next().expect("grammar: property value"));
        let trailing_comment = inner.next().and_then(|p| self.trailing_comment(p));
        Property {
            name,
            value,
            trailing_comment,
            span,
        }
    }

    fn attribute(&mut self, pair: Pair<'_, Rule>) -> Attribute {
        let is_block = pair.as_rule() == Rule::block_attribute;
        let span = self.span(&pair);
        let mut inner = pair.into_inner();
        let name = self.ident(inner.next().expect("grammar: attribute path"));
        let arguments = inner.next().map(|p| self.arguments(p));
        Attribute {
            name,
            arguments,
            is_block,
            span,
            trailing_comment: None,
        }
    }

    fn arguments(&mut self, pair: Pair<'_, Rule>) -> ArgumentList {
        let span = self.span(&pair);
        let mut list = ArgumentList {
            arguments: Vec::new(),
            trailing_comma: false,
            span,
        };
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::argument => {
                    let argument = self.argument(part);
                    list.arguments.push(argument);
                }
                Rule::trailing_comma => list.trailing_comma = true,
                _ => {}
            }
        }
        list
    }

    fn argument(&mut self, pair: Pair<'_, Rule>) -> Argument {
        let span = self.span(&pair);
        let inner = pair.into_inner().next().expect("grammar: argument");
        match inner.as_rule() {
            Rule::named_argument => {
                let mut parts = inner.into_inner();
                let name = self.ident(parts.next().expect("grammar: argument name"));
                let value = parts.next().map(|p| self.expression(p));
                Argument {
                    name: Some(name),
                    value,
                    span,
                }
            }
            Rule::empty_argument => {
                let name = inner.into_inner().next().map(|p| self.ident(p));
                Argument {
                    name,
                    value: None,
                    span,
                }
            }
            _ => Argument {
                name: None,
                value: Some(self.expression(inner)),
                span,
            },
        }
    }

    fn expression(&mut self, pair: Pair<'_, Rule>) -> Expr {
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::string_literal => Expr::String(self.string_value(pair), span),
            Rule::number => Expr::Number(pair.as_str().to_string(), span),
            Rule::constant => Expr::Constant(pair.as_str().trim().to_string(), span),
            Rule::array => {
                let items = pair.into_inner().map(|p| self.expression(p)).collect();
                Expr::Array(items, span)
            }
            Rule::function_call => {
                let mut parts = pair.into_inner();
                let name = self.ident(parts.next().expect("grammar: function name"));
                let arguments = self.arguments(parts.next().expect("grammar: function arguments"));
                Expr::Function(FunctionCall {
                    name,
                    arguments,
                    span,
                })
            }
            _ => Expr::Constant(pair.as_str().to_string(), span),
        }
    }

    /// Decodes a JSON string literal, reporting invalid escapes.
    fn string_value(&mut self, pair: Pair<'_, Rule>) -> String {
        let content = pair.into_inner().next();
        let Some(content) = content else {
            return String::new();
        };
        let base = content.as_span().start();
        let raw = content.as_str();
        let mut out = String::with_capacity(raw.len());
        let mut chars = raw.char_indices().peekable();
        while let Some((i, ch)) = chars.next() {
            if ch != '\\' {
                out.push(ch);
                continue;
            }
            let Some((_, escape)) = chars.next() else {
                break;
            };
            let decoded = match escape {
                '"' => Some('"'),
                '\\' => Some('\\'),
                '/' => Some('/'),
                'b' => Some('\u{8}'),
                'f' => Some('\u{c}'),
                'n' => Some('\n'),
                'r' => Some('\r'),
                't' => Some('\t'),
                'u' => {
                    let first = read_hex4(&mut chars);
                    match first {
                        Some(high @ 0xD800..=0xDBFF) => {
                            // A surrogate pair spells one character in two escapes.
                            let low = read_low_surrogate(&mut chars);
                            low.and_then(|low| {
                                char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
                            })
                        }
                        Some(code) => char::from_u32(code),
                        None => None,
                    }
                }
                _ => None,
            };
            match decoded {
                Some(c) => out.push(c),
                None => {
                    let end = chars.peek().map(|(j, _)| *j).unwrap_or(raw.len());
                    self.diagnostics.push(
                        Diagnostic::error(
                            "invalid_string_escape",
                            Span::new(self.file, base + i, base + end),
                            format!(
                                "Unknown escape sequence `{}` in a string.",
                                &raw[i..end]
                            ),
                        )
                        .with_help("Strings follow JSON: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX."),
                    );
                }
            }
        }
        out
    }
}

fn kind_is_config(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Datasource | BlockKind::Generator)
}

fn comment_text(pair: Pair<'_, Rule>) -> String {
    pair.into_inner()
        .next()
        .map(|p| p.as_str().to_string())
        .unwrap_or_default()
}

fn read_hex4(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> Option<u32> {
    let mut value = 0u32;
    for _ in 0..4 {
        let (_, c) = chars.peek().copied()?;
        let digit = c.to_digit(16)?;
        chars.next();
        value = value * 16 + digit;
    }
    Some(value)
}

fn read_low_surrogate(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> Option<u32> {
    let mut lookahead = chars.clone();
    if lookahead.next()?.1 != '\\' || lookahead.next()?.1 != 'u' {
        return None;
    }
    let low = read_hex4(&mut lookahead)?;
    if (0xDC00..=0xDFFF).contains(&low) {
        *chars = lookahead;
        Some(low)
    } else {
        None
    }
}
