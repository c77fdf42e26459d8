//! `datasource` and `generator` blocks.

use super::Schema;
use crate::diagnostics::{Diagnostic, DiagnosticCode, Diagnostics, Span};
use crate::syntax::{Block, Expr};

/// Where a datasource URL comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlSource {
    /// `url = "postgresql://…"`
    Literal(String),
    /// `url = env("DATABASE_URL")`
    Env(String),
}

/// `relationMode` of the datasource: who keeps relations intact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum RelationMode {
    /// Foreign keys in the database (the default).
    #[default]
    ForeignKeys,
    /// Relations emulated by the client: no foreign keys at all.
    Prisma,
}

/// One entry of the datasource's `extensions` (PostgreSQL extensions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extension {
    /// The extension's name in Prisma.
    pub name: String,
    /// `schema:`: the database schema it is installed in.
    pub schema: Option<String>,
    /// `version:`.
    pub version: Option<String>,
    /// `map:`: its name in the database.
    pub map: Option<String>,
    /// The entry as written.
    pub span: Span,
}

/// The `datasource` block.
#[derive(Debug, Clone)]
pub struct Datasource {
    /// The block's name; native type attributes are `@<name>.Type`.
    pub name: String,
    /// As written; `postgres` is normalized to `postgresql`.
    pub provider: String,
    /// Where the provider is written (the block's header if it is missing).
    pub provider_span: Span,
    /// `url` (absent in Prisma 7 schemas).
    pub url: Option<UrlSource>,
    /// `directUrl`.
    pub direct_url: Option<UrlSource>,
    /// `shadowDatabaseUrl`.
    pub shadow_database_url: Option<UrlSource>,
    /// `schemas = [...]`, with spans.
    pub schemas: Vec<(String, Span)>,
    /// `extensions = [...]`.
    pub extensions: Vec<Extension>,
    /// Where `extensions` is written.
    pub extensions_span: Option<Span>,
    /// `relationMode` (or the older `referentialIntegrity`).
    pub relation_mode: RelationMode,
    /// The whole block.
    pub span: Span,
}

impl Datasource {
    /// Whether the provider is PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        self.provider == "postgresql"
    }
}

/// A `generator` block.
#[derive(Debug, Clone)]
pub struct Generator {
    /// The block's name.
    pub name: String,
    /// `provider`, when a string.
    pub provider: Option<String>,
    /// `previewFeatures`, with spans.
    pub preview_features: Vec<(String, Span)>,
    /// Every property but `provider` and `previewFeatures`, in order: its
    /// name and value.
    pub properties: Vec<(String, GeneratorValue)>,
    /// Whether `previewFeatures` is written (possibly as an empty list).
    pub has_preview_features: bool,
    /// The whole block.
    pub span: Span,
}

/// A generator property's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GeneratorValue {
    /// A string, or a number or constant read as its text (`false`).
    Text(String),
    /// A list or a function call (`env("X")`), in schema syntax.
    Expression(String),
}

/// Schema syntax for a value: strings quoted, lists and calls spelled out.
fn expression_text(expr: &Expr) -> String {
    match expr {
        Expr::String(text, _) => format!("{text:?}"),
        Expr::Number(text, _) | Expr::Constant(text, _) => text.clone(),
        Expr::Array(items, _) => {
            let items: Vec<String> = items.iter().map(expression_text).collect();
            format!("[{}]", items.join(", "))
        }
        Expr::Function(call) => {
            let arguments: Vec<String> = call
                .arguments
                .arguments
                .iter()
                .map(|argument| {
                    let value = argument
                        .value
                        .as_ref()
                        .map(expression_text)
                        .unwrap_or_default();
                    match &argument.name {
                        Some(name) => format!("{}: {value}", name.name),
                        None => value,
                    }
                })
                .collect();
            format!("{}({})", call.name.name, arguments.join(", "))
        }
    }
}

/// Preview features Prisma 5–7 know, by what became of them.
const ACTIVE_PREVIEW_FEATURES: &[&str] = &[
    "fullTextSearchPostgres",
    "nativeDistinct",
    "partialIndexes",
    "postgresqlExtensions",
    "relationJoins",
    "schemaEngineDriverAdapters",
    "shardKeys",
    "strictUndefinedChecks",
    "typedSql",
    "views",
];

/// Features that became generally available (or were removed) in some version:
/// harmless, worth a warning.
const RETIRED_PREVIEW_FEATURES: &[&str] = &[
    "aggregateApi",
    "atomicNumberOperations",
    "clientExtensions",
    "cockroachdb",
    "connectOrCreate",
    "createMany",
    "dataProxy",
    "deno",
    "distinct",
    "driverAdapters",
    "extendedIndexes",
    "extendedWhereUnique",
    "fieldReference",
    "filteredRelationCount",
    "filterJson",
    "fullTextIndex",
    "fullTextSearch",
    "groupBy",
    "improvedQueryRaw",
    "insensitiveFilters",
    "interactiveTransactions",
    "jsonProtocol",
    "metrics",
    "microsoftSqlServer",
    "middlewares",
    "mongoDb",
    "multiSchema",
    "namedConstraints",
    "napi",
    "nativeTypes",
    "omitApi",
    "orderByAggregateGroup",
    "orderByNulls",
    "orderByRelation",
    "prismaSchemaFolder",
    "queryCompiler",
    "referentialActions",
    "referentialIntegrity",
    "relationMode",
    "selectRelationCount",
    "tracing",
    "transactionApi",
    "uncheckedScalarInputs",
];

/// Whether `feature` is a preview feature that became generally available or was
/// removed (it does nothing, and later versions reject some).
pub fn is_retired_preview_feature(feature: &str) -> bool {
    RETIRED_PREVIEW_FEATURES.contains(&feature)
}

pub(super) fn datasource(block: &Block, diagnostics: &mut Diagnostics) -> Datasource {
    let mut source = Datasource {
        name: block.name.name.clone(),
        provider: String::new(),
        provider_span: block.header_span,
        url: None,
        direct_url: None,
        shadow_database_url: None,
        schemas: Vec::new(),
        extensions: Vec::new(),
        extensions_span: None,
        relation_mode: RelationMode::default(),
        span: block.span,
    };
    let mut seen: Vec<&str> = Vec::new();
    for property in block.properties() {
        let key = property.name.name.as_str();
        if seen.contains(&key) {
            diagnostics.error(
                DiagnosticCode::DuplicateProperty,
                property.name.span,
                format!(
                    "Key \"{key}\" is already defined in data source \"{}\".",
                    source.name
                ),
            );
            continue;
        }
        seen.push(key);
        let value = &property.value;
        match key {
            "provider" => match value {
                Expr::String(provider, span) => {
                    source.provider_span = *span;
                    source.provider = if provider == "postgres" {
                        "postgresql".to_string()
                    } else {
                        provider.clone()
                    };
                }
                other => expected_string(other, diagnostics),
            },
            "url" => source.url = url_source(value, diagnostics),
            "directUrl" => source.direct_url = url_source(value, diagnostics),
            "shadowDatabaseUrl" => source.shadow_database_url = url_source(value, diagnostics),
            "relationMode" | "referentialIntegrity" => match value {
                Expr::String(mode, span) => match mode.as_str() {
                    "prisma" => source.relation_mode = RelationMode::Prisma,
                    "foreignKeys" => source.relation_mode = RelationMode::ForeignKeys,
                    other => diagnostics.error(
                        DiagnosticCode::InvalidRelationMode,
                        *span,
                        format!("Invalid relation mode setting: \"{other}\". Supported values: \"prisma\", \"foreignKeys\""),
                    ),
                },
                other => expected_string(other, diagnostics),
            },
            "schemas" => schemas(value, &mut source, diagnostics),
            "extensions" => {
                source.extensions_span = Some(property.span);
                extensions(value, &mut source, diagnostics);
            }
            _ => diagnostics.error(
                DiagnosticCode::UnknownProperty,
                property.name.span,
                format!("Property not known: \"{key}\"."),
            ),
        }
    }
    if !seen.contains(&"provider") {
        diagnostics.error(
            DiagnosticCode::MissingProvider,
            block.header_span,
            format!(
                "Argument \"provider\" is missing in data source block \"{}\".",
                source.name
            ),
        );
    }
    source
}

fn expected_string(value: &Expr, diagnostics: &mut Diagnostics) {
    diagnostics.push(type_mismatch("a string", value));
}

/// "Expected a string value, but received numeric value `2`."
pub(super) fn type_mismatch(expected: &str, value: &Expr) -> Diagnostic {
    Diagnostic::error(
        DiagnosticCode::InvalidValue,
        value.span(),
        format!(
            "Expected {expected} value, but received {} value `{}`.",
            value.describe(),
            render_expr(value)
        ),
    )
}

pub(super) fn render_expr(value: &Expr) -> String {
    match value {
        Expr::String(s, _) => format!("{s:?}"),
        Expr::Number(n, _) | Expr::Constant(n, _) => n.clone(),
        Expr::Function(call) => format!("{}()", call.name.name),
        Expr::Array(items, _) => format!(
            "[{}]",
            items.iter().map(render_expr).collect::<Vec<_>>().join(", ")
        ),
    }
}

fn url_source(value: &Expr, diagnostics: &mut Diagnostics) -> Option<UrlSource> {
    match value {
        Expr::String(url, _) => Some(UrlSource::Literal(url.clone())),
        Expr::Function(call) if call.name.name == "env" => {
            match call
                .arguments
                .arguments
                .first()
                .and_then(|a| a.value.as_ref())
            {
                Some(Expr::String(name, _)) => Some(UrlSource::Env(name.clone())),
                _ => {
                    diagnostics.error(
                        DiagnosticCode::InvalidEnv,
                        call.span,
                        "`env()` takes the name of an environment variable as a string.",
                    );
                    None
                }
            }
        }
        other => {
            diagnostics.push(type_mismatch("a string", other));
            None
        }
    }
}

fn schemas(value: &Expr, source: &mut Datasource, diagnostics: &mut Diagnostics) {
    let Expr::Array(items, _) = value else {
        diagnostics.push(type_mismatch("an array of strings", value));
        return;
    };
    for item in items {
        match item {
            Expr::String(name, span) => {
                if source.schemas.iter().any(|(existing, _)| existing == name) {
                    diagnostics.error(
                        DiagnosticCode::DuplicateSchema,
                        *span,
                        "Duplicated schema names are not allowed",
                    );
                } else {
                    source.schemas.push((name.clone(), *span));
                }
            }
            other => diagnostics.push(type_mismatch("a string", other)),
        }
    }
}

fn extensions(value: &Expr, source: &mut Datasource, diagnostics: &mut Diagnostics) {
    let items: Vec<&Expr> = match value {
        Expr::Array(items, _) => items.iter().collect(),
        // A single extension does not need an array.
        other => vec![other],
    };
    for item in items {
        let (name, span, arguments) = match item {
            Expr::Constant(name, span) => (name.clone(), *span, None),
            Expr::Function(call) => (call.name.name.clone(), call.span, Some(&call.arguments)),
            other => {
                diagnostics.push(type_mismatch("a constant or function", other));
                continue;
            }
        };
        if name.contains('-') {
            diagnostics.push(Diagnostic::validation_error(
                DiagnosticCode::InvalidExtension,
                span,
                "The character `-` is not allowed in extension names.",
            ));
            continue;
        }
        let mut extension = Extension {
            name,
            schema: None,
            version: None,
            map: None,
            span,
        };
        let mut seen: Vec<String> = Vec::new();
        for argument in arguments.map(|a| a.arguments.as_slice()).unwrap_or(&[]) {
            let Some(arg_name) = &argument.name else {
                diagnostics.push(Diagnostic::validation_error(
                    DiagnosticCode::InvalidExtension,
                    argument.span,
                    "The argument must have a name",
                ));
                continue;
            };
            if seen.contains(&arg_name.name) {
                diagnostics.push(Diagnostic::validation_error(
                    DiagnosticCode::InvalidExtension,
                    argument.span,
                    format_args!("The argument `{}` can only be defined once", arg_name.name),
                ));
                continue;
            }
            seen.push(arg_name.name.clone());
            let text = match &argument.value {
                Some(Expr::String(text, _)) => text.clone(),
                Some(other) => {
                    diagnostics.push(type_mismatch("a string", other));
                    continue;
                }
                None => continue,
            };
            match arg_name.name.as_str() {
                "schema" => extension.schema = Some(text),
                "version" => extension.version = Some(text),
                "map" => extension.map = Some(text),
                other => diagnostics.error(
                    DiagnosticCode::UnknownArgument,
                    argument.span,
                    format!("Argument not known: \"{other}\"."),
                ),
            }
        }
        source.extensions.push(extension);
    }
}

pub(super) fn generator(block: &Block, diagnostics: &mut Diagnostics) -> Generator {
    let mut generator = Generator {
        name: block.name.name.clone(),
        provider: None,
        preview_features: Vec::new(),
        properties: Vec::new(),
        has_preview_features: false,
        span: block.span,
    };
    for property in block.properties() {
        match property.name.name.as_str() {
            "provider" => match &property.value {
                Expr::String(provider, _) => generator.provider = Some(provider.clone()),
                Expr::Function(_) => {}
                other => expected_string(other, diagnostics),
            },
            "previewFeatures" => {
                generator.has_preview_features = true;
                match &property.value {
                    Expr::Array(items, _) => {
                        for item in items {
                            match item {
                                Expr::String(feature, span) => {
                                    generator.preview_features.push((feature.clone(), *span))
                                }
                                other => expected_string(other, diagnostics),
                            }
                        }
                    }
                    other => diagnostics.push(type_mismatch("an array of strings", other)),
                }
            }
            // Generators take arbitrary configuration.
            name => {
                let value = match &property.value {
                    Expr::String(text, _) | Expr::Number(text, _) | Expr::Constant(text, _) => {
                        GeneratorValue::Text(text.clone())
                    }
                    other => GeneratorValue::Expression(expression_text(other)),
                };
                generator.properties.push((name.to_string(), value));
            }
        }
    }
    generator
}

/// Checks of the datasource that need the generators: preview features and
/// the provider.
pub(super) fn check_datasource(schema: &Schema, diagnostics: &mut Diagnostics) {
    let Some(source) = &schema.datasource else {
        return;
    };
    if !source.extensions.is_empty() && !schema.has_preview_feature("postgresqlExtensions") {
        if let Some(span) = source.extensions_span {
            diagnostics.error(
                DiagnosticCode::PreviewFeatureRequired,
                span,
                "The `extensions` property is only available with the `postgresqlExtensions` preview feature.",
            );
        }
    }
    if source.provider.is_empty() {
        return;
    }
    let known = [
        "postgresql",
        "mysql",
        "sqlite",
        "sqlserver",
        "mongodb",
        "cockroachdb",
    ];
    if !known.contains(&source.provider.as_str()) {
        diagnostics.error(
            DiagnosticCode::UnknownProvider,
            source.provider_span,
            format!("Datasource provider not known: \"{}\".", source.provider),
        );
    } else if !source.is_postgres() {
        diagnostics.push(
            Diagnostic::warning(
                DiagnosticCode::UnsupportedProvider,
                source.provider_span,
                format!(
                    "prisma-drift checks PostgreSQL databases; provider \"{}\" is validated with PostgreSQL's rules.",
                    source.provider
                ),
            ),
        );
    }
}

/// Warnings for preview features: retired ones are harmless, unknown ones may be typos.
pub(super) fn check_preview_features(
    generators: &[Generator],
    provider: Option<&str>,
    diagnostics: &mut Diagnostics,
) {
    for generator in generators {
        for (feature, span) in &generator.preview_features {
            if feature == "fullTextSearch" && provider == Some("postgresql") {
                diagnostics.warning(
                    DiagnosticCode::RenamedPreviewFeature,
                    *span,
                    "On `provider = \"postgresql\"`, preview feature \"fullTextSearch\" has been renamed to \"fullTextSearchPostgres\". Learn more at https://pris.ly/d/fts-postgres.",
                );
            } else if ACTIVE_PREVIEW_FEATURES.iter().any(|f| f == feature) {
                // Still a preview feature somewhere in Prisma 5–7.
            } else if RETIRED_PREVIEW_FEATURES.iter().any(|f| f == feature) {
                diagnostics.warning(
                    DiagnosticCode::DeprecatedPreviewFeature,
                    *span,
                    format!("Preview feature \"{feature}\" is deprecated. It will be removed in a future version of Prisma."),
                );
            } else {
                diagnostics.warning(
                    DiagnosticCode::UnknownPreviewFeature,
                    *span,
                    format!(
                        "The preview feature \"{feature}\" is not known. Expected one of: {}.",
                        ACTIVE_PREVIEW_FEATURES.join(", ")
                    ),
                );
            }
        }
    }
}
