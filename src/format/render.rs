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
    EnumValue, Expr, Field, FieldType, Ident, LegacyType, Property, SchemaFile, Top, TypeName,
};

/// What Prisma's grammar sees at the top of a file.
enum TopToken<'a> {
    /// A block; more than one when the first is not closed: Prisma's grammar
    /// then reads the next blocks as lines of the first one, up to a `}`.
    Block(Vec<&'a Block>),
    Comments(Vec<Note<'a>>),
    /// One or more empty lines (or the line break after a `}`).
    Empty,
    /// Written as it is; ends with its line break when it had one.
    Verbatim(&'a str),
}

/// The parts of a field or enum value line.
struct Row<'a> {
    name: &'a str,
    field_type: Option<&'a FieldType>,
    attributes: &'a [Attribute],
    trailing: Option<&'a Comment>,
}

impl<'a> Row<'a> {
    fn of_field(field: &'a Field) -> Self {
        Row {
            name: &field.name.name,
            field_type: field.field_type.as_ref(),
            attributes: &field.attributes,
            trailing: field.trailing_comment.as_ref(),
        }
    }

    fn of_value(value: &'a EnumValue) -> Self {
        Row {
            name: &value.name.name,
            field_type: None,
            attributes: &value.attributes,
            trailing: value.trailing_comment.as_ref(),
        }
    }
}

/// Kinds of blocks that share one grammar in Prisma's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Model,
    Enum,
    Config,
}

impl Family {
    fn of(kind: BlockKind) -> Family {
        match kind {
            BlockKind::Model | BlockKind::View | BlockKind::Type => Family::Model,
            BlockKind::Enum => Family::Enum,
            BlockKind::Datasource | BlockKind::Generator => Family::Config,
        }
    }
}

/// What Prisma's grammar sees inside a block.
enum Item<'a> {
    /// A field, or an enum value read inside a model.
    Field(Row<'a>),
    /// An enum value, or a field without a type read inside an enum.
    Value(Row<'a>),
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

/// Whether Prisma's grammar reads the file as ours does, with no error of its
/// own: every block closed and named, every line read, and no trailing comma
/// in arguments (which Prisma rejects).
pub(super) fn prisma_reads_cleanly(file: &SchemaFile, source: &str) -> bool {
    let renderer = Renderer {
        source,
        out: Output::default(),
    };
    file.blocks().all(|block| {
        renderer.closed(block)
            && lines::is_prisma_identifier(&block.name.name)
            && block.items.iter().all(|item| match item {
                BlockItem::Comment(_) | BlockItem::BlankLine(_) => true,
                BlockItem::Error(_) => false,
                _ => {
                    renderer.read_item(item, Family::of(block.kind)).is_some()
                        && !has_trailing_comma(item)
                }
            })
    })
}

fn has_trailing_comma(item: &BlockItem) -> bool {
    fn in_list(list: &ArgumentList) -> bool {
        list.trailing_comma
            || list
                .arguments
                .iter()
                .any(|a| a.value.as_ref().is_some_and(in_expr))
    }
    fn in_expr(expr: &Expr) -> bool {
        match expr {
            Expr::Function(call) => in_list(&call.arguments),
            Expr::Array(items, _) => items.iter().any(in_expr),
            _ => false,
        }
    }
    let in_attributes = |attributes: &[Attribute]| {
        attributes
            .iter()
            .any(|a| a.arguments.as_ref().is_some_and(in_list))
    };
    match item {
        BlockItem::Field(field) => in_attributes(&field.attributes),
        BlockItem::EnumValue(value) => in_attributes(&value.attributes),
        BlockItem::Attribute(attribute) => in_attributes(std::slice::from_ref(attribute)),
        BlockItem::Property(property) => in_expr(&property.value),
        _ => false,
    }
}

struct Renderer<'a> {
    source: &'a str,
    out: Output,
}

/// Adds comments to the group the last token is, or to a new one.
fn push_top_notes<'a>(tokens: &mut Vec<TopToken<'a>>, notes: impl IntoIterator<Item = Note<'a>>) {
    if !matches!(tokens.last(), Some(TopToken::Comments(_))) {
        tokens.push(TopToken::Comments(Vec::new()));
    }
    if let Some(TopToken::Comments(group)) = tokens.last_mut() {
        lines::extend_group(group, notes);
    }
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
        let mut items = file.items.iter().peekable();
        while let Some(item) = items.next() {
            match item {
                Top::Block(block) => {
                    let mut run = vec![block];
                    while !self.closed(run[run.len() - 1]) {
                        match items.peek() {
                            Some(Top::Block(next)) => {
                                run.push(next);
                                items.next();
                            }
                            _ => break,
                        }
                    }
                    let last = run[run.len() - 1];
                    if self.closed(last) && lines::is_prisma_identifier(&block.name.name) {
                        tokens.push(TopToken::Block(run));
                        self.after_close(last, &mut tokens);
                    } else {
                        let start = lines::line_start(self.source, block.span.start as usize);
                        let end = lines::region_end(self.source, last.span.end as usize);
                        self.fallback_lines(start, end, &mut tokens);
                    }
                }
                Top::Comment(comment) => {
                    push_top_notes(&mut tokens, [Note::of(comment, self.source)]);
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
                Top::Error(span) => self.top_error(*span, &mut tokens),
            }
        }
        tokens
    }

    /// Whether a block ends with its `}`.
    fn closed(&self, block: &Block) -> bool {
        let last = (block.span.end as usize).checked_sub(1);
        block.span.end > block.header_span.end
            && last.and_then(|i| self.source.as_bytes().get(i)) == Some(&b'}')
    }

    /// A top-level line (or block without a keyword) our grammar cannot read.
    fn top_error(&self, span: Span, tokens: &mut Vec<TopToken<'a>>) {
        let start = span.start as usize;
        let end = lines::line_end_with_break(self.source, span.end as usize);
        let first_line = lines::line_end_with_break(self.source, start);
        if first_line >= end {
            tokens.push(TopToken::Verbatim(&self.source[start..end]));
            return;
        }
        // `Name {` … `}`: Prisma keeps it as it is, up to the first `}` after
        // its first line.
        let header = &self.source[start..first_line];
        let named_block = header.find('{').is_some_and(|brace| {
            lines::is_prisma_identifier(header[..brace].trim_end_matches([' ', '\t']))
        });
        match self.source[first_line..end].find('}') {
            Some(brace) if named_block => {
                let after = first_line + brace + 1;
                tokens.push(TopToken::Verbatim(&self.source[start..after]));
                self.after_brace(after, tokens);
                let next_line = lines::line_end_with_break(self.source, after);
                if next_line < end {
                    self.fallback_lines(next_line, end, tokens);
                }
            }
            _ => self.fallback_lines(lines::line_start(self.source, start), end, tokens),
        }
    }

    /// What follows a block's `}` on its line.
    fn after_close(&self, block: &Block, tokens: &mut Vec<TopToken<'a>>) {
        self.after_brace(block.span.end as usize, tokens);
    }

    /// What follows a `}` that ends a block, from `start` to the line's end.
    fn after_brace(&self, start: usize, tokens: &mut Vec<TopToken<'a>>) {
        let end = lines::content_end(self.source, start);
        let rest = self.source[start..end].trim_start_matches([' ', '\t']);
        let has_break = end < self.source.len();
        if rest.is_empty() {
            if has_break {
                push_empty(tokens, TopToken::Empty, |t| matches!(t, TopToken::Empty));
            }
        } else if let Some(notes) = lines::comments_of_line(rest) {
            // A new group: the comment after `}` is read as the first of one.
            tokens.push(TopToken::Comments(Vec::new()));
            push_top_notes(tokens, notes);
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
            } else if let Some(notes) = lines::comments_of_line(content) {
                push_top_notes(tokens, notes);
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
                TopToken::Block(run) => self.block(run),
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

    fn block(&mut self, run: &[&'a Block]) {
        let block = run[0];
        self.out.write(block.kind.keyword());
        self.out.write(" ");
        self.out.write(&block.name.name);
        self.out.write(" {");
        self.out.end_line();
        self.out.indent();
        let family = Family::of(block.kind);
        let mut items = Vec::new();
        self.block_items(block, family, &mut items);
        for next in &run[1..] {
            // The header of a block read inside another is a line Prisma
            // cannot read, and its lines are read with the outer block's grammar.
            items.push(Item::Verbatim(self.verbatim_line(next.header_span)));
            self.block_items(next, family, &mut items);
        }
        self.contents(&items);
        self.out.dedent();
        self.out.write("}");
        self.out.end_line();
    }

    fn block_items(&self, block: &'a Block, family: Family, items: &mut Vec<Item<'a>>) {
        items.reserve(block.items.len());
        for item in &block.items {
            let next = match item {
                BlockItem::Comment(comment) => {
                    let note = Note::of(comment, self.source);
                    if let Some(Item::Comments(notes)) = items.last_mut() {
                        lines::extend_group(notes, [note]);
                        continue;
                    }
                    Item::Comments(vec![note])
                }
                BlockItem::BlankLine(_) => {
                    push_empty(items, Item::Empty, |i| matches!(i, Item::Empty));
                    continue;
                }
                BlockItem::Error(span) => self.error_item(family, *span),
                _ => self
                    .read_item(item, family)
                    .unwrap_or_else(|| Item::Verbatim(self.verbatim_line(item_span(item)))),
            };
            items.push(next);
        }
    }

    /// A field, value, property or block attribute as Prisma's grammar reads
    /// it in a block of `family`, or `None` when it cannot.
    fn read_item(&self, item: &'a BlockItem, family: Family) -> Option<Item<'a>> {
        match (item, family) {
            (BlockItem::Field(field), Family::Model) => self
                .field_readable(field)
                .then(|| Item::Field(Row::of_field(field))),
            (BlockItem::Field(field), Family::Enum)
                if field.field_type.is_none() && field.legacy_colon.is_none() =>
            {
                self.field_readable(field)
                    .then(|| Item::Value(Row::of_field(field)))
            }
            (BlockItem::EnumValue(value), Family::Enum) => self
                .value_readable(value)
                .then(|| Item::Value(Row::of_value(value))),
            (BlockItem::EnumValue(value), Family::Model) => self
                .value_readable(value)
                .then(|| Item::Field(Row::of_value(value))),
            (BlockItem::Property(property), Family::Config) => self
                .property_readable(property)
                .then_some(Item::Property(property)),
            (BlockItem::Attribute(attribute), Family::Model | Family::Enum) => {
                let readable = self.attribute_readable(attribute)
                    && self.comment_follows(
                        attribute_end(attribute),
                        attribute.trailing_comment.as_ref(),
                    );
                readable.then_some(Item::Attribute(attribute))
            }
            _ => None,
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

    fn error_item(&self, family: Family, span: Span) -> Item<'a> {
        if family == Family::Config {
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
        self.line_readable(
            &field.name,
            field.field_type.as_ref(),
            &field.attributes,
            field.trailing_comment.as_ref(),
        )
    }

    fn value_readable(&self, value: &EnumValue) -> bool {
        self.line_readable(
            &value.name,
            None,
            &value.attributes,
            value.trailing_comment.as_ref(),
        )
    }

    /// A field or enum value line: names Prisma reads, `[]` written as one
    /// token, and the trailing comment right after the last token.
    fn line_readable(
        &self,
        name: &Ident,
        field_type: Option<&FieldType>,
        attributes: &[Attribute],
        trailing: Option<&Comment>,
    ) -> bool {
        let mut end = name.span.end;
        if let Some(field_type) = field_type {
            let raw = self.slice(field_type.span).trim_end();
            let base = match &field_type.name {
                TypeName::Named(ident) => lines::is_prisma_identifier(&ident.name),
                TypeName::Unsupported { span, .. } => self.slice(*span).starts_with("Unsupported("),
            };
            let modifier = match (field_type.legacy, field_type.arity) {
                (Some(LegacyType::OptionalList), _) => raw.ends_with("[]?"),
                (None, Arity::List) => raw.ends_with("[]"),
                _ => true,
            };
            if !base || !modifier {
                return false;
            }
            end = end.max(field_type.span.end);
        }
        for attribute in attributes {
            if !self.attribute_readable(attribute) {
                return false;
            }
            end = end.max(attribute_end(attribute));
        }
        lines::is_prisma_identifier(&name.name) && self.comment_follows(end, trailing)
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
                Item::Field(row) => self.field_row(row, &mut table),
                Item::Value(row) => self.value_row(row, &mut table),
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

    fn field_row(&self, row: &Row<'_>, table: &mut Table) {
        table.start_row();
        table.cell(0).push_str(row.name);
        if let Some(field_type) = row.field_type {
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
        let mut attributes: Vec<&Attribute> = row.attributes.iter().collect();
        attributes.sort_by_key(|attribute| sort_key(&attribute.name.name));
        let cell = table.cell(2);
        for (i, attribute) in attributes.iter().enumerate() {
            if i > 0 {
                cell.push(' ');
            }
            cell.push('@');
            self.call(cell, &attribute.name.name, attribute.arguments.as_ref());
        }
        self.trailing(row.trailing, table);
    }

    fn value_row(&self, row: &Row<'_>, table: &mut Table) {
        table.start_row();
        table.cell(0).push_str(row.name);
        for attribute in row.attributes {
            // Prisma writes an enum value's attributes one after the other.
            let cell = table.cell(1);
            cell.push('@');
            self.call(cell, &attribute.name.name, attribute.arguments.as_ref());
        }
        self.trailing(row.trailing, table);
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

fn item_span(item: &BlockItem) -> Span {
    match item {
        BlockItem::Field(field) => field.span,
        BlockItem::EnumValue(value) => value.span,
        BlockItem::Property(property) => property.span,
        BlockItem::Attribute(attribute) => attribute.span,
        BlockItem::Comment(comment) => comment.span,
        BlockItem::BlankLine(span) | BlockItem::Error(span) => *span,
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
