//! Turns the pest parse tree into the AST, reporting the lines the grammar
//! caught as errors. The grammar itself never fails (see `grammar/prisma.pest`).

use pest::iterators::Pair;
use pest::Parser as _;
use pest_derive::Parser;

use super::ast::*;
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics, FileId, Span};

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
        source,
        base: 0,
        diagnostics,
        pending_docs: Vec::new(),
    };
    let mut items = Vec::new();
    let mut at = 0;
    while at < source.len() {
        let rest = &source[at..];
        match PrismaGrammar::parse(Rule::next_top_item, rest) {
            Ok(mut pairs) => {
                let Some(item) = pairs.next().filter(|p| p.as_span().end() > 0) else {
                    break;
                };
                builder.base = at;
                at += item.as_span().end();
                builder.top_items(item, &mut items);
            }
            // Spaces after the last item, which `schema` skips before its end.
            Err(_) if rest.trim_start_matches([' ', '\t']).is_empty() => break,
            Err(error) => {
                // Unreachable with this grammar, but never worth a panic.
                let offset = at
                    + match error.location {
                        pest::error::InputLocation::Pos(pos) => pos,
                        pest::error::InputLocation::Span((start, _)) => start,
                    };
                builder.diagnostics.push(Diagnostic::error(
                    DiagnosticCode::SyntaxError,
                    Span::new(file, offset, offset),
                    format!(
                        "The schema could not be parsed: {}",
                        error.variant.message()
                    ),
                ));
                break;
            }
        }
    }
    SchemaFile { file, items }
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
            let indent = line.len() - line.trim_start().len();
            diagnostics.push(Diagnostic::error(
                DiagnosticCode::NestingTooDeep,
                Span::new(file, (line_start + indent).min(content_end), content_end),
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
    /// The text being parsed (after the nesting guard).
    source: &'d str,
    /// Where the text pest is reading starts in `source` (it reads one item at a time).
    base: usize,
    diagnostics: &'d mut Diagnostics,
    /// `///` lines waiting for the item they document.
    pending_docs: Vec<String>,
}

impl Builder<'_> {
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let span = pair.as_span();
        Span::new(self.file, self.base + span.start(), self.base + span.end())
    }

    /// Span of a line-swallowing rule without its line break.
    fn line_span(&self, pair: &Pair<'_, Rule>) -> Span {
        let text = pair.as_str();
        let start = self.base + pair.as_span().start();
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

    /// The items of `parent` (the file, or one item of it), appended to `items`.
    fn top_items(&mut self, parent: Pair<'_, Rule>, items: &mut Vec<Top>) {
        for pair in parent.into_inner() {
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
                            DiagnosticCode::InvalidBlock,
                            Span::new(self.file, span.start as usize, header_end),
                            "This block is invalid. It does not start with any known Prisma schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.",
                        ),
                    );
                    items.push(Top::Error(span));
                }
                Rule::top_error => {
                    self.pending_docs.clear();
                    let span = self.line_span(&pair);
                    let diagnostic = self.bracket_problem(span).unwrap_or_else(|| {
                        Diagnostic::error(
                            DiagnosticCode::InvalidLine,
                            span,
                            "This line is invalid. It does not start with any known Prisma schema keyword.",
                        )
                    });
                    self.diagnostics.push(diagnostic);
                    items.push(Top::Error(span));
                }
                Rule::EOI => {}
                _ => {}
            }
        }
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
            Rule::doc_comment => Some(Comment {
                kind: CommentKind::Doc,
                text: pair.as_str()["///".len()..].to_string(),
                span,
            }),
            Rule::plain_comment => Some(Comment {
                kind: CommentKind::Line,
                text: pair.as_str()["//".len()..].to_string(),
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
        let mut closing_comment = None;
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
                    let error = self.invalid_block_line(item, kind, &name, header_span);
                    items.push(error);
                }
                Rule::block_close => {
                    closing_comment =
                        self.block_close(item, kind, header_span, &mut span, closing_comment);
                }
                _ => {}
            }
        }
        self.pending_docs.clear();
        // Trees of large schemas are held whole: no spare capacity (grown vectors waste up to
        // half their room, and items are large).
        items.shrink_to_fit();
        Block {
            kind,
            name,
            items,
            documentation,
            span,
            header_span,
            closing_comment,
        }
    }

    /// A line of a block that the grammar could not read, reported as
    /// precisely as can be.
    fn invalid_block_line(
        &mut self,
        item: Pair<'_, Rule>,
        kind: BlockKind,
        name: &Ident,
        header_span: Span,
    ) -> BlockItem {
        self.pending_docs.clear();
        let line = self.line_span(&item);
        // `key =` with nothing after it: say which property lacks a value.
        let key = item.as_str().trim().strip_suffix('=').map(str::trim);
        if let Some(key) = key
            .filter(|k| !k.is_empty() && !k.contains(char::is_whitespace) && kind_is_config(kind))
        {
            self.diagnostics.push(Diagnostic::error(
                DiagnosticCode::MissingPropertyValue,
                header_span,
                format!(
                    "Property {key} in {} {} needs to be assigned a value",
                    kind.keyword(),
                    name.name
                ),
            ));
            return BlockItem::Error(line);
        }
        let message = match item.as_rule() {
            Rule::model_error => {
                "This field declaration is invalid. It is either missing a name or a type."
                    .to_string()
            }
            Rule::enum_error => "This line is not an enum value definition.".to_string(),
            _ => format!(
                "This line is not a valid definition within a {}.",
                kind.keyword()
            ),
        };
        let code = match item.as_rule() {
            Rule::model_error => DiagnosticCode::InvalidField,
            Rule::enum_error => DiagnosticCode::InvalidEnumValue,
            _ => DiagnosticCode::InvalidProperty,
        };
        let diagnostic = self
            .bracket_problem(line)
            .or_else(|| self.unsupported_problem(line))
            .unwrap_or_else(|| Diagnostic::error(code, line, message));
        self.diagnostics.push(diagnostic);
        BlockItem::Error(line)
    }

    /// The end of a block: its `}` and the rest of that line, or the report
    /// that it is missing. Sets where the block ends; returns the comment
    /// after the `}` (`closing_comment` unless there is one).
    fn block_close(
        &mut self,
        item: Pair<'_, Rule>,
        kind: BlockKind,
        header_span: Span,
        span: &mut Span,
        mut closing_comment: Option<Comment>,
    ) -> Option<Comment> {
        let close = item.as_str();
        if !close.starts_with('}') {
            self.diagnostics.push(
                Diagnostic::error(
                    DiagnosticCode::UnclosedBlock,
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
        } else {
            // The block ends at its `}`.
            span.end = (self.base + item.as_span().start()) as u32 + 1;
            for rest in item.into_inner() {
                match rest.as_rule() {
                    Rule::trailing_comment => {
                        closing_comment = self.trailing_comment(rest);
                    }
                    _ => {
                        let s = self.line_span(&rest);
                        self.diagnostics.push(Diagnostic::error(
                            DiagnosticCode::InvalidLine,
                            s,
                            "Unexpected text after the closing `}` of a block.",
                        ));
                    }
                }
            }
        }
        closing_comment
    }

    /// A line the grammar could not read often just has an unclosed string or
    /// bracket; saying so beats a generic "invalid line".
    fn bracket_problem(&self, line: Span) -> Option<Diagnostic> {
        let text = self.source.get(line.start as usize..line.end as usize)?;
        let at = |offset: usize, len: usize| {
            let start = line.start as usize + offset;
            Span::new(self.file, start, start + len)
        };
        let mut open: Vec<(char, usize)> = Vec::new();
        let mut string_start = None;
        let mut escaped = false;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if string_start.is_some() {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, '\\') => escaped = true,
                    (false, '"') => string_start = None,
                    _ => {}
                }
                continue;
            }
            match c {
                '"' => string_start = Some(i),
                // The rest is a comment.
                '/' if chars.peek().is_some_and(|(_, next)| *next == '/') => break,
                '/' if chars.peek().is_some_and(|(_, next)| *next == '*') => {
                    let Some(close) = text[i + 2..].find("*/") else {
                        return Some(
                            Diagnostic::error(
                                DiagnosticCode::UnterminatedComment,
                                at(i, text.len() - i),
                                "This block comment is not closed: `*/` is missing.",
                            )
                            .with_help(
                                if text[..i].trim().is_empty() {
                                    "Close it with `*/`."
                                } else {
                                    "A block comment after other text must end on the same line."
                                },
                            ),
                        );
                    };
                    let end = i + 2 + close + 2;
                    while chars.peek().is_some_and(|(j, _)| *j < end) {
                        chars.next();
                    }
                }
                '(' | '[' | '{' => open.push((c, i)),
                ')' | ']' | '}' => {
                    let wanted = match c {
                        ')' => '(',
                        ']' => '[',
                        _ => '{',
                    };
                    match open.pop() {
                        Some((opener, _)) if opener == wanted => {}
                        Some((opener, offset)) => {
                            return Some(Diagnostic::error(
                                DiagnosticCode::UnbalancedBrackets,
                                at(offset, 1),
                                format!("This `{opener}` is not closed: `{c}` comes first."),
                            ));
                        }
                        None => {
                            return Some(Diagnostic::error(
                                DiagnosticCode::UnbalancedBrackets,
                                at(i, 1),
                                format!("This `{c}` has no matching `{wanted}`."),
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
        if let Some(start) = string_start {
            return Some(
                Diagnostic::error(
                    DiagnosticCode::UnterminatedString,
                    at(start, text.len() - start),
                    "This string is not closed: the line ends before its closing `\"`.",
                )
                .with_help("A string cannot span lines; write a line break inside it as \\n."),
            );
        }
        open.pop().map(|(opener, offset)| {
            Diagnostic::error(
                DiagnosticCode::UnbalancedBrackets,
                at(offset, 1),
                format!("This `{opener}` is not closed on its line."),
            )
        })
    }

    /// `Unsupported(…)` without a string literal inside.
    fn unsupported_problem(&self, line: Span) -> Option<Diagnostic> {
        let text = self.source.get(line.start as usize..line.end as usize)?;
        let offset = text.find("Unsupported(")?;
        let inside = text[offset + "Unsupported(".len()..].trim_start();
        if inside.starts_with('"') {
            return None;
        }
        let len = text[offset..]
            .find(')')
            .map_or(text.len() - offset, |i| i + 1);
        let start = line.start as usize + offset;
        Some(
            Diagnostic::error(
                DiagnosticCode::InvalidUnsupportedType,
                Span::new(self.file, start, start + len),
                "`Unsupported` takes the database type as a string literal.",
            )
            .with_help("Write it as `Unsupported(\"the SQL type\")`."),
        )
    }

    fn header_trailing(&mut self, pair: Pair<'_, Rule>) {
        let text = pair.as_str().trim();
        if text.is_empty() || text.starts_with("//") {
            return;
        }
        let span = self.span(&pair);
        self.diagnostics.push(
            Diagnostic::error(
                DiagnosticCode::InvalidLine,
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
        field.attributes.shrink_to_fit();
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
                Rule::identifier | Rule::unsupported_type => name = self.base_type(part),
                Rule::legacy_list_type => {
                    legacy = Some(LegacyType::List);
                    arity = Arity::List;
                    if let Some(base) = part.into_inner().next() {
                        name = self.base_type(base);
                    }
                }
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
        FieldType {
            name,
            arity,
            legacy,
            span,
        }
    }

    /// An `identifier` or `unsupported_type` pair (`base_type` is silent).
    fn base_type(&mut self, inner: Pair<'_, Rule>) -> TypeName {
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
        list.arguments.shrink_to_fit();
        list
    }

    fn argument(&mut self, pair: Pair<'_, Rule>) -> Argument {
        let mut span = self.span(&pair);
        let mut parts = pair.into_inner().peekable();
        let name = match parts.peek() {
            Some(first) if first.as_rule() == Rule::identifier => {
                parts.next().map(|p| self.ident(p))
            }
            _ => None,
        };
        let value = parts.next().map(|p| self.expression(p));
        if let Some(value) = &value {
            // A trailing constant's pair runs over the spaces after it.
            span.end = value.span().end;
        }
        Argument { name, value, span }
    }

    fn expression(&mut self, pair: Pair<'_, Rule>) -> Expr {
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::string_literal => Expr::String(self.string_value(pair), span),
            Rule::number => Expr::Number(pair.as_str().to_string(), span),
            Rule::array => {
                let items = pair.into_inner().map(|p| self.expression(p)).collect();
                Expr::Array(items, span)
            }
            Rule::path_expression => {
                let mut parts = pair.into_inner();
                let Some(path) = parts.next() else {
                    return Expr::Constant(String::new(), span);
                };
                match parts.next() {
                    Some(arguments) => Expr::Function(FunctionCall {
                        name: self.ident(path),
                        arguments: self.arguments(arguments),
                        span,
                    }),
                    // Without arguments the pair may end in spaces; the path does not.
                    None => Expr::Constant(path.as_str().to_string(), self.span(&path)),
                }
            }
            _ => Expr::Constant(pair.as_str().to_string(), span),
        }
    }

    /// Decodes a JSON string literal, reporting invalid escapes.
    fn string_value(&mut self, pair: Pair<'_, Rule>) -> String {
        // The content between the quotes (`string_content` is silent).
        let literal = pair.as_str();
        let Some(raw) = literal
            .strip_prefix('"')
            .and_then(|rest| rest.strip_suffix('"'))
        else {
            return String::new();
        };
        let base = self.base + pair.as_span().start() + 1;
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
                    let sequence = &raw[i..end];
                    let diagnostic = if escape == 'u' {
                        Diagnostic::error(
                            DiagnosticCode::InvalidStringEscape,
                            Span::new(self.file, base + i, base + end),
                            format!("Invalid unicode escape sequence `{sequence}` in a string."),
                        )
                        .with_help("Write \\u and four hex digits; a character beyond U+FFFF is a surrogate pair, \\uD800-\\uDBFF then \\uDC00-\\uDFFF.")
                    } else {
                        Diagnostic::error(
                            DiagnosticCode::InvalidStringEscape,
                            Span::new(self.file, base + i, base + end),
                            format!("Unknown escape sequence `{sequence}` in a string."),
                        )
                        .with_help("Strings follow JSON: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX. In a Windows path, write each `\\` as `\\\\`.")
                    };
                    self.diagnostics.push(diagnostic);
                }
            }
        }
        out
    }
}

fn kind_is_config(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Datasource | BlockKind::Generator)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (SchemaFile, Diagnostics) {
        let mut diagnostics = Diagnostics::new();
        let file = parse_file(FileId(0), text, &mut diagnostics);
        (file, diagnostics)
    }

    #[test]
    fn only_real_blank_lines_become_blank_nodes() {
        let (file, diagnostics) =
            parse("model A {\n  id Int\n}\n\nenum E {\n  X\n}\r\nFoo {\n}\nmodel B {\n}");
        assert!(diagnostics.len() == 1, "{diagnostics:?}");
        let kinds: Vec<&str> = file
            .items
            .iter()
            .map(|item| match item {
                Top::Block(_) => "block",
                Top::BlankLine(_) => "blank",
                Top::Error(_) => "error",
                _ => "other",
            })
            .collect();
        assert_eq!(kinds, ["block", "blank", "block", "error", "block"]);
        // A block's span ends at its `}`, without the line break.
        let Top::Block(first) = &file.items[0] else {
            panic!("expected a block first: {:?}", file.items[0]);
        };
        assert_eq!(first.span.end, 20);
    }

    #[test]
    fn the_deepest_nesting_allowed_parses_on_a_small_stack() {
        // pest's own stack probe is compiled out (no `std` feature), so the
        // nesting guard is what keeps recursion bounded: the deepest line it
        // lets through must parse on a 1 MiB stack even in debug builds.
        let deep = format!(
            "model A {{\n  a Int[] @default({}1{})\n  b Int @default(f({}))\n}}\n",
            // `@default(` is one level already.
            "[".repeat(MAX_NESTING - 1),
            "]".repeat(MAX_NESTING - 1),
            "g(".repeat(MAX_NESTING - 2) + &")".repeat(MAX_NESTING - 2)
        );
        let handle = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(move || {
                let (file, diagnostics) = parse(&deep);
                let codes: Vec<&str> = diagnostics.iter().map(|d| d.code.as_str()).collect();
                (file.items.len(), codes)
            })
            .expect("spawn");
        let (items, codes) = handle.join().expect("no stack overflow");
        assert_eq!((items, codes), (1, vec![]));
    }

    #[test]
    fn bad_lines_name_their_unclosed_string_bracket_or_comment() {
        let codes = |text: &str| -> Vec<&'static str> {
            parse(text).1.iter().map(|d| d.code.as_str()).collect()
        };
        assert_eq!(
            codes("model A {\n  a String @default(\"x)\n}\n"),
            ["unterminated_string"]
        );
        assert_eq!(
            codes("model A {\n  a Int @default(now(\n}\n"),
            ["unbalanced_brackets"]
        );
        assert_eq!(
            codes("model A {\n  a Int @default(1))\n}\n"),
            ["unbalanced_brackets"]
        );
        assert_eq!(
            codes("model A {\n  a Int /* open\n}\n"),
            ["unterminated_comment"]
        );
        assert_eq!(
            codes("model A {\n  a Unsupported(x)\n}\n"),
            ["invalid_unsupported_type"]
        );
        // Brackets inside strings and comments do not count.
        assert_eq!(
            codes("model A {\n  a b c \"(\" // (\n}\n"),
            ["invalid_field"]
        );
    }

    #[test]
    fn unicode_escape_errors_are_named_as_such() {
        let (_, diagnostics) = parse("model A {\n  a String @default(\"\\uD800 \\q\")\n}\n");
        let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "Invalid unicode escape sequence `\\uD800` in a string.",
                "Unknown escape sequence `\\q` in a string."
            ]
        );
    }
}
