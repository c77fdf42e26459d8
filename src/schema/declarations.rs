//! The first pass: every top-level block declared by name, datasources and
//! generators read, clashes and reserved names reported.

use std::collections::HashMap;

use super::{config, CompositeId, EnumId, ModelId, ScalarType, Schema};
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics};
use crate::syntax::{self, Block, BlockKind, Top};

/// What a top-level name refers to.
#[derive(Debug, Clone, Copy)]
pub(super) enum TopName {
    Model(ModelId),
    Enum(EnumId),
    Composite(CompositeId),
}

/// The blocks the later passes resolve, by kind, in declaration order; their
/// positions are their ids.
pub(super) struct Declared<'a> {
    pub names: HashMap<String, (TopName, BlockKind)>,
    /// Models and views.
    pub models: Vec<&'a Block>,
    pub composite_types: Vec<&'a Block>,
    pub enums: Vec<&'a Block>,
}

/// Declares every block of every file; datasources and generators go
/// straight into `schema`.
pub(super) fn declare_all<'a>(
    files: &'a [syntax::SchemaFile],
    schema: &mut Schema,
    diagnostics: &mut Diagnostics,
) -> Declared<'a> {
    let mut declared = Declared {
        names: HashMap::new(),
        models: Vec::new(),
        composite_types: Vec::new(),
        enums: Vec::new(),
    };
    for file in files {
        for item in &file.items {
            match item {
                Top::Block(block) => match block.kind {
                    BlockKind::Datasource => datasource(block, schema, diagnostics),
                    BlockKind::Generator => generator(block, schema, diagnostics),
                    _ => declared.declare(block, diagnostics),
                },
                Top::TypeAlias(alias) => diagnostics.push(
                    Diagnostic::error(
                        DiagnosticCode::LegacyTypeAlias,
                        alias.span,
                        "Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types",
                    )
                    .with_help("Type aliases (`type Name = Base`) were removed from Prisma; declare the field's type directly."),
                ),
                _ => {}
            }
        }
    }
    declared
}

fn datasource(block: &Block, schema: &mut Schema, diagnostics: &mut Diagnostics) {
    if schema.datasource.is_some() {
        diagnostics.error(
            DiagnosticCode::DuplicateDatasource,
            block.header_span,
            "You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.",
        );
    } else {
        schema.datasource = Some(config::datasource(block, diagnostics));
    }
}

fn generator(block: &Block, schema: &mut Schema, diagnostics: &mut Diagnostics) {
    if schema.generators.iter().any(|g| g.name == block.name.name) {
        diagnostics.error(
            DiagnosticCode::DuplicateGenerator,
            block.name.span,
            format!(
                "The generator \"{}\" cannot be defined because a generator with that name already exists.",
                block.name.name
            ),
        );
    } else {
        schema
            .generators
            .push(config::generator(block, diagnostics));
    }
}

impl<'a> Declared<'a> {
    /// Registers a model, view, enum or composite type unless its name is
    /// taken or reserved.
    fn declare(&mut self, block: &'a Block, diagnostics: &mut Diagnostics) {
        if !self.name_is_free(block, diagnostics) {
            return;
        }
        let id = match block.kind {
            BlockKind::Model | BlockKind::View => {
                self.models.push(block);
                TopName::Model(ModelId(self.models.len() - 1))
            }
            BlockKind::Type => {
                self.composite_types.push(block);
                TopName::Composite(CompositeId(self.composite_types.len() - 1))
            }
            _ => {
                self.enums.push(block);
                TopName::Enum(EnumId(self.enums.len() - 1))
            }
        };
        self.names.insert(block.name.name.clone(), (id, block.kind));
    }

    /// Checks a block's name; reports a clash and returns false if taken.
    fn name_is_free(&self, block: &Block, diagnostics: &mut Diagnostics) -> bool {
        let name = &block.name.name;
        let item = match block.kind {
            BlockKind::Model => "Model",
            BlockKind::View => "view",
            BlockKind::Enum => "Enum",
            _ => "Composite type",
        };
        check_identifier(&block.name, item, diagnostics);
        if let Some((_, existing)) = self.names.get(name) {
            diagnostics.error(
                DiagnosticCode::DuplicateName,
                block.name.span,
                format!(
                    "The {} \"{name}\" cannot be defined because a {} with that name already exists.",
                    kind_word(block.kind),
                    kind_word(*existing)
                ),
            );
            return false;
        }
        if ScalarType::from_name(name).is_some() || name == "Unsupported" {
            diagnostics.error(
                DiagnosticCode::ReservedName,
                block.name.span,
                format!(
                    "The {} \"{name}\" cannot be defined because it is a reserved name: a built-in type.",
                    kind_word(block.kind)
                ),
            );
            return false;
        }
        true
    }
}

/// Prisma's word for a kind of block in messages.
pub(super) fn kind_word(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Model => "model",
        BlockKind::View => "view",
        BlockKind::Type => "composite type",
        BlockKind::Enum => "enum",
        BlockKind::Datasource => "datasource",
        BlockKind::Generator => "generator",
    }
}

/// Names may not start with a digit nor hold a `-` (the grammar lets both
/// through so the message can be precise). `item` is Prisma's word for the
/// kind of name, kept as Prisma writes it.
pub(super) fn check_identifier(ident: &syntax::Ident, item: &str, diagnostics: &mut Diagnostics) {
    let message = if ident.name.starts_with(char::is_numeric) {
        format!("The name of a {item} must not start with a number.")
    } else if ident.name.contains('-') {
        format!("The character `-` is not allowed in {item} names.")
    } else {
        return;
    };
    diagnostics.push(Diagnostic::validation_error(
        DiagnosticCode::InvalidName,
        ident.span,
        message,
    ));
}
