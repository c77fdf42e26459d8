//! One file's syntax tree → the text Prisma's formatter writes for it.
//!
//! Prisma's formatter reads the schema with its own grammar and renders what
//! it read; a line its grammar cannot read is kept as it is. Our grammar reads
//! a few lines Prisma's does not (a name starting with `_`, a trailing comma in
//! a list, …); those are kept as they are too, so that the output is Prisma's.

use super::lines::{self, Note};
use super::table::{Output, Table};
use crate::diagnostics::Span;
use crate::syntax::{
    Argument, ArgumentList, Arity, Attribute, Block, BlockItem, BlockKind, Comment, CommentKind,
    EnumValue, Expr, Field, LegacyType, Property, SchemaFile, Top, TypeName,
};

/// What Prisma's grammar sees at the top of a file.
enum TopToken<'a> {
    Block(&'a Block),
    Comments(Vec<Note<'a>>),
    /// One or more empty lines (or the line break after a `}`).
    Empty,
    /// Written as it is; ends with its line break when it had one.
    Verbatim(&'a str),
}

/// What Prisma's grammar sees inside a block.
enum Item<'a> {
    Field(&'a Field),
    Value(&'a EnumValue),
    Property(&'a Property),
    /// `key =` with no value: Prisma keeps the key.
    KeyOnly(&'a str),
    Attribute(&'a Attribute),
    Comments(Vec<Note<'a>>),
    Empty,
    /// A line kept as it is (without its line break).
    Verbatim(String),
}

/// The formatted text of one file.
pub(super) fn render_file(file: &SchemaFile, source: &str) -> String {
    let mut renderer = Renderer {
        source,
        out: Output::with_capacity(source.len() + source.len() / 4),
    };
    let tokens = renderer.top_tokens(file);
    renderer.top(&tokens);
    let mut text = renderer.out.text;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// Comments after a block's `{` on its first line: Prisma's formatter drops
/// whatever follows the `{`.
pub(super) fn header_comments(file: &SchemaFile, source: &str) -> Vec<Span> {
    let mut found = Vec::new();
    for block in file.blocks() {
        let after_name = block.name.span.end as usize;
        let end = lines::content_end(source, after_name);
        let line = &source[after_name.min(end)..end];
        if let Some(brace) = line.find('{') {
            let trimmed = line[brace + 1..].trim_start_matches([' ', '\t']);
            if trimmed.starts_with("//") || trimmed.starts_with("/*") {
                found.push(Span::new(block.span.file, end - trimmed.len(), end));
            }
        }
    }
    found
}

struct Renderer<'a> {
    source: &'a str,
    out: Output,
}

fn push_empty<T>(tokens: &mut Vec<T>, empty: T, is_empty: impl Fn(&T) -> bool) {
    if !tokens.last().is_some_and(&is_empty) {
        tokens.push(empty);
    }
}

impl<'a> Renderer<'a> {
    fn slice(&self, span: Span) -> &'a str {
        self.source
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    fn top_tokens(&mut self, file: &'a SchemaFile) -> Vec<TopToken<'a>> {
        let mut tokens: Vec<TopToken<'a>> = Vec::new();
        for item in &file.items {
            match item {
                Top::Block(block) if self.prisma_reads_block(block) => {
                    tokens.push(TopToken::Block(block));
                    self.after_close(block, &mut tokens);
                }
                Top::Block(block) => {
                    let start = lines::line_start(self.source, block.span.start as usize);
                    let end = lines::region_end(self.source, block.span.end as usize);
                    self.fallback_lines(start, end, &mut tokens);
                }
                Top::Comment(comment) => {
                    let note = Note::of(comment, self.source);
                    match tokens.last_mut() {
                        Some(TopToken::Comments(notes)) => notes.push(note),
                        _ => tokens.push(TopToken::Comments(vec![note])),
                    }
                }
                Top::BlankLine(_) => {
                    push_empty(&mut tokens, TopToken::Empty, |t| {
                        matches!(t, TopToken::Empty)
                    });
                }
                Top::TypeAlias(alias) => {
                    // Prisma reads the alias up to the line break, which then
                    // counts as an empty line.
                    let start = alias.span.start as usize;
                    let end = lines::content_end(self.source, start);
                    tokens.push(TopToken::Verbatim(&self.source[start..end]));
                    if end < self.source.len() {
                        tokens.push(TopToken::Empty);
                    }
                }
                Top::Error(span) => {
                    let start = span.start as usize;
                    let end = lines::line_end_with_break(self.source, span.end as usize);
                    if self.source[start..span.end as usize].contains(['\n', '\r']) {
                        self.fallback_lines(
                            lines::line_start(self.source, start),
                            end,
                            &mut tokens,
                        );
                    } else {
                        tokens.push(TopToken::Verbatim(&self.source[start..end]));
                    }
                }
            }
        }
        tokens
    }

    /// Whether Prisma's grammar reads this block as a block.
    fn prisma_reads_block(&self, block: &Block) -> bool {
        let last = (block.span.end as usize).checked_sub(1);
        last.and_then(|i| self.source.as_bytes().get(i)) == Some(&b'}')
            && block.span.end > block.header_span.end
            && lines::is_prisma_identifier(&block.name.name)
    }

    /// What follows a block's `}` on its line.
    fn after_close(&mut self, block: &Block, tokens: &mut Vec<TopToken<'a>>) {
        let start = block.span.end as usize;
        let end = lines::content_end(self.source, start);
        let rest = self.source[start..end].trim_start_matches([' ', '\t']);
        let has_break = end < self.source.len();
        if rest.is_empty() {
            if has_break {
                push_empty(tokens, TopToken::Empty, |t| matches!(t, TopToken::Empty));
            }
        } else if let Some(notes) = lines::comments_of_line(rest) {
            tokens.push(TopToken::Comments(notes));
        } else {
            let rest_start = end - rest.len();
            let with_break = lines::line_end_with_break(self.source, end);
            tokens.push(TopToken::Verbatim(&self.source[rest_start..with_break]));
        }
    }

    /// Lines Prisma reads one by one at the top level: comments, empty lines,
    /// and anything else kept as it is.
    fn fallback_lines(&self, start: usize, end: usize, tokens: &mut Vec<TopToken<'a>>) {
        for line in lines::split_lines(&self.source[start..end]) {
            let content = line.trim_end_matches(['\n', '\r']);
            let trimmed = content.trim_start_matches([' ', '\t']);
            if trimmed.is_empty() {
                if !line.is_empty() && content.len() < line.len() {
                    push_empty(tokens, TopToken::Empty, |t| matches!(t, TopToken::Empty));
                }
            } else if let Some(notes) = lines::comments_of_line(trimmed) {
                tokens.push(TopToken::Comments(notes));
            } else {
                let offset = line.len() - line.trim_start_matches([' ', '\t']).len();
                tokens.push(TopToken::Verbatim(&line[offset..]));
            }
        }
    }

    fn top(&mut self, tokens: &[TopToken<'a>]) {
        let mut pending_empty = false;
        let mut started = false;
        for token in tokens {
            if let TopToken::Empty = token {
                // Empty lines at the start and at the end are dropped.
                pending_empty = started;
                continue;
            }
            if pending_empty {
                self.out.end_line();
                pending_empty = false;
            }
            started = true;
            match token {
                TopToken::Block(block) => self.block(block),
                TopToken::Comments(notes) => {
                    let mut table = Table::default();
                    comment_rows(notes, &mut table);
                    table.render(&mut self.out);
                }
                TopToken::Verbatim(text) => self.out.write(text),
                TopToken::Empty => {}
            }
        }
    }

    fn block(&mut self, block: &'a Block) {
        self.out.write(block.kind.keyword());
        self.out.write(" ");
        self.out.write(&block.name.name);
        self.out.write(" {");
        self.out.end_line();
        self.out.indent();
        let items = self.block_items(block);
        self.contents(&items);
        self.out.dedent();
        self.out.write("}");
        self.out.end_line();
    }

    fn block_items(&self, block: &'a Block) -> Vec<Item<'a>> {
        let mut items: Vec<Item<'a>> = Vec::with_capacity(block.items.len());
        for item in &block.items {
            let next = match item {
                BlockItem::Field(field) => {
                    self.readable(field.span, self.field_readable(field), Item::Field(field))
                }
                BlockItem::EnumValue(value) => {
                    self.readable(value.span, self.value_readable(value), Item::Value(value))
                }
                BlockItem::Property(property) => self.readable(
                    property.span,
                    self.property_readable(property),
                    Item::Property(property),
                ),
                BlockItem::Attribute(attribute) => {
                    let readable = self.attribute_readable(attribute)
                        && self.comment_follows(
                            attribute_end(attribute),
                            attribute.trailing_comment.as_ref(),
                        );
                    self.readable(attribute.span, readable, Item::Attribute(attribute))
                }
                BlockItem::Comment(comment) => {
                    let note = Note::of(comment, self.source);
                    if let Some(Item::Comments(notes)) = items.last_mut() {
                        notes.push(note);
                        continue;
                    }
                    Item::Comments(vec![note])
                }
                BlockItem::BlankLine(_) => {
                    push_empty(&mut items, Item::Empty, |i| matches!(i, Item::Empty));
                    continue;
                }
                BlockItem::Error(span) => self.error_item(block.kind, *span),
            };
            items.push(next);
        }
        items
    }

    fn readable(&self, span: Span, readable: bool, item: Item<'a>) -> Item<'a> {
        if readable {
            item
        } else {
            Item::Verbatim(self.verbatim_line(span))
        }
    }

    /// A line Prisma cannot read, as its formatter keeps it: from its first
    /// character to its line break (a `\r` of a `\r\n` stays).
    fn verbatim_line(&self, span: Span) -> String {
        let start = span.start as usize;
        let end = lines::content_end(self.source, start);
        let mut text = self.source[start..end].to_string();
        if self.source.as_bytes().get(end) == Some(&b'\r') {
            text.push('\r');
        }
        text
    }

    fn error_item(&self, kind: BlockKind, span: Span) -> Item<'a> {
        if matches!(kind, BlockKind::Datasource | BlockKind::Generator) {
            if let Some(key) = self.slice(span).trim_end().strip_suffix('=') {
                let key = key.trim_end_matches([' ', '\t']);
                if lines::is_prisma_identifier(key) {
                    return Item::KeyOnly(key);
                }
            }
        }
        Item::Verbatim(self.verbatim_line(span))
    }

    /// A trailing comment must follow the last token directly: Prisma's
    /// grammar reads one comment there, not a block comment and then another.
    fn comment_follows(&self, last_token_end: u32, comment: Option<&Comment>) -> bool {
        comment.is_none_or(|comment| {
            self.source
                .get(last_token_end as usize..comment.span.start as usize)
                .is_some_and(|gap| gap.trim().is_empty())
        })
    }

    fn field_readable(&self, field: &Field) -> bool {
        let mut end = field.name.span.end;
        if let Some(field_type) = &field.field_type {
            let readable = match &field_type.name {
                TypeName::Named(ident) => lines::is_prisma_identifier(&ident.name),
                TypeName::Unsupported { span, .. } => self.slice(*span).starts_with("Unsupported("),
            };
            let raw = self.slice(field_type.span);
            if !readable || raw.contains("[ ") || raw.contains("[\t") {
                return false;
            }
            end = end.max(field_type.span.end);
        }
        for attribute in &field.attributes {
            if !self.attribute_readable(attribute) {
                return false;
            }
            end = end.max(attribute_end(attribute));
        }
        lines::is_prisma_identifier(&field.name.name)
            && self.comment_follows(end, field.trailing_comment.as_ref())
    }

    fn value_readable(&self, value: &EnumValue) -> bool {
        let mut end = value.name.span.end;
        for attribute in &value.attributes {
            if !self.attribute_readable(attribute) {
                return false;
            }
            end = end.max(attribute_end(attribute));
        }
        lines::is_prisma_identifier(&value.name.name)
            && self.comment_follows(end, value.trailing_comment.as_ref())
    }

    fn property_readable(&self, property: &Property) -> bool {
        lines::is_prisma_identifier(&property.name.name)
            && self.expr_readable(&property.value)
            && self.comment_follows(
                property.value.span().end,
                property.trailing_comment.as_ref(),
            )
    }

    fn attribute_readable(&self, attribute: &Attribute) -> bool {
        lines::is_prisma_path(&attribute.name.name)
            && attribute
                .arguments
                .as_ref()
                .is_none_or(|list| self.arguments_readable(list))
    }

    fn arguments_readable(&self, list: &ArgumentList) -> bool {
        list.arguments.iter().all(|argument| {
            argument
                .name
                .as_ref()
                .is_none_or(|name| lines::is_prisma_identifier(&name.name))
                && argument
                    .value
                    .as_ref()
                    .is_none_or(|value| self.expr_readable(value))
        })
    }

    fn expr_readable(&self, expr: &Expr) -> bool {
        match expr {
            Expr::String(..) | Expr::Number(..) => true,
            // Prisma reads a leading digit as a number, whatever follows.
            Expr::Constant(name, _) => {
                lines::is_prisma_path(name) && !name.starts_with(|c: char| c.is_ascii_digit())
            }
            Expr::Function(call) => {
                lines::is_prisma_path(&call.name.name)
                    && !call.name.name.starts_with(|c: char| c.is_ascii_digit())
                    && self.arguments_readable(&call.arguments)
            }
            Expr::Array(items, span) => {
                // No trailing comma in a list for Prisma.
                let after_last = items.last().map_or(span.start + 1, |last| last.span().end);
                let tail = self
                    .source
                    .get(after_last as usize..span.end as usize)
                    .unwrap_or("");
                !tail.contains(',') && items.iter().all(|item| self.expr_readable(item))
            }
        }
    }

    /// Prisma's block layout: rows in tables that an empty line ends, block
    /// attributes sorted at the end after one empty line, a comment right
    /// above a block attribute moving with it.
    fn contents(&mut self, items: &[Item<'a>]) {
        let mut attributes: Vec<(Option<&[Note<'a>]>, &Attribute)> = Vec::new();
        let mut table = Table::default();
        let mut pending_comment: Option<&[Note<'a>]> = None;
        let mut index = usize::from(matches!(items.first(), Some(Item::Empty)));
        loop {
            let ate_empty = matches!(items.get(index), Some(Item::Empty));
            if ate_empty {
                index += 1;
                if !matches!(
                    items.get(index),
                    None | Some(Item::Attribute(_) | Item::Comments(_))
                ) {
                    table.render(&mut self.out);
                    table.start_row();
                }
            }
            let Some(current) = items.get(index) else {
                break;
            };
            index += 1;
            match current {
                Item::Comments(notes) => {
                    if matches!(items.get(index), Some(Item::Attribute(_))) {
                        pending_comment = Some(notes);
                    } else {
                        if ate_empty {
                            table.render(&mut self.out);
                            table.start_row();
                        }
                        comment_rows(notes, &mut table);
                    }
                }
                Item::Field(field) => self.field_row(field, &mut table),
                Item::Value(value) => self.value_row(value, &mut table),
                Item::Property(property) => self.property_row(property, &mut table),
                Item::KeyOnly(key) => {
                    table.start_row();
                    table.cell(0).push_str(key);
                }
                Item::Attribute(attribute) => attributes.push((pending_comment.take(), attribute)),
                Item::Verbatim(text) => table.verbatim(text),
                Item::Empty => {}
            }
        }
        table.render(&mut self.out);
        if !attributes.is_empty() {
            table.start_row();
        }
        attributes.sort_by_key(|(_, attribute)| sort_key(&attribute.name.name));
        for (comment, attribute) in attributes {
            if let Some(notes) = comment {
                comment_rows(notes, &mut table);
            }
            table.start_row();
            let cell = table.cell(0);
            cell.push_str("@@");
            self.call(cell, &attribute.name.name, attribute.arguments.as_ref());
            self.trailing(attribute.trailing_comment.as_ref(), &mut table);
        }
        table.render(&mut self.out);
    }

    fn trailing(&self, comment: Option<&Comment>, table: &mut Table) {
        if let Some(comment) = comment {
            table.suffix(self.slice(comment.span));
        }
    }

    fn field_row(&self, field: &Field, table: &mut Table) {
        table.start_row();
        table.cell(0).push_str(&field.name.name);
        if let Some(field_type) = &field.field_type {
            let cell = table.cell(1);
            match &field_type.name {
                TypeName::Named(ident) => cell.push_str(&ident.name),
                TypeName::Unsupported { span, .. } => cell.push_str(self.slice(*span)),
            }
            cell.push_str(match (field_type.legacy, field_type.arity) {
                (Some(LegacyType::OptionalList), _) => "[]?",
                (Some(LegacyType::Required), _) | (None, Arity::Required) => "",
                (_, Arity::List) => "[]",
                (_, Arity::Optional) => "?",
                (Some(LegacyType::List), Arity::Required) => "[]",
            });
        }
        let mut attributes: Vec<&Attribute> = field.attributes.iter().collect();
        attributes.sort_by_key(|attribute| sort_key(&attribute.name.name));
        let cell = table.cell(2);
        for (i, attribute) in attributes.iter().enumerate() {
            if i > 0 {
                cell.push(' ');
            }
            cell.push('@');
            self.call(cell, &attribute.name.name, attribute.arguments.as_ref());
        }
        self.trailing(field.trailing_comment.as_ref(), table);
    }

    fn value_row(&self, value: &EnumValue, table: &mut Table) {
        table.start_row();
        table.cell(0).push_str(&value.name.name);
        for attribute in &value.attributes {
            // Prisma writes an enum value's attributes one after the other.
            let cell = table.cell(1);
            cell.push('@');
            self.call(cell, &attribute.name.name, attribute.arguments.as_ref());
        }
        self.trailing(value.trailing_comment.as_ref(), table);
    }

    fn property_row(&self, property: &Property, table: &mut Table) {
        table.start_row();
        table.cell(0).push_str(&property.name.name);
        let cell = table.cell(1);
        cell.push_str("= ");
        self.expr(cell, &property.value);
        self.trailing(property.trailing_comment.as_ref(), table);
    }

    fn call(&self, out: &mut String, name: &str, arguments: Option<&ArgumentList>) {
        out.push_str(name);
        if let Some(list) = arguments {
            out.push('(');
            for (i, argument) in list.arguments.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                self.argument(out, argument);
            }
            out.push(')');
        }
    }

    fn argument(&self, out: &mut String, argument: &Argument) {
        if let Some(name) = &argument.name {
            out.push_str(&name.name);
            out.push_str(": ");
        }
        if let Some(value) = &argument.value {
            self.expr(out, value);
        }
    }

    fn expr(&self, out: &mut String, expr: &Expr) {
        match expr {
            Expr::String(_, span) => out.push_str(self.slice(*span)),
            Expr::Number(text, _) | Expr::Constant(text, _) => out.push_str(text),
            Expr::Function(call) => self.call(out, &call.name.name, Some(&call.arguments)),
            Expr::Array(items, _) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.expr(out, item);
                }
                out.push(']');
            }
        }
    }
}

/// Where an attribute's own text ends (its span may run over spaces after it).
fn attribute_end(attribute: &Attribute) -> u32 {
    attribute
        .arguments
        .as_ref()
        .map_or(attribute.name.span.end, |list| list.span.end)
}

/// Prisma's attribute order; the others keep their order, after these.
fn sort_key(name: &str) -> usize {
    const ORDER: [&str; 9] = [
        "id",
        "unique",
        "default",
        "updatedAt",
        "index",
        "fulltext",
        "map",
        "relation",
        "ignore",
    ];
    ORDER.iter().position(|o| *o == name).unwrap_or(usize::MAX)
}

/// Comment lines as rows of their own; a block comment in Prisma's canonical
/// `/** … */` shape, one ` * ` line per non-empty line of it.
fn comment_rows(notes: &[Note<'_>], table: &mut Table) {
    for note in notes {
        table.start_row();
        match note.kind {
            CommentKind::Line => {
                table.suffix("//");
                table.suffix(note.text);
            }
            CommentKind::Doc => {
                table.suffix("///");
                table.suffix(note.text);
            }
            CommentKind::Block => {
                table.suffix("/**");
                for line in note.text.lines() {
                    let line = line.trim();
                    let line = line.strip_prefix('*').map_or(line, str::trim_start);
                    if !line.is_empty() {
                        table.start_row();
                        table.suffix(" * ");
                        table.suffix(line);
                    }
                }
                table.start_row();
                table.suffix(" */");
            }
        }
    }
}
