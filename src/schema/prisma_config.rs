//! `prisma.config.ts` (Prisma 6.x's and 7's configuration file), read with a
//! real TypeScript parser and evaluated only where it is static: string
//! literals, `env("X")` and `process.env.X`, `??` / `||` fallbacks, template
//! strings, `path.join` of such values, and top-level `const`s holding them.
//! Anything computed is reported as [`Value::Computed`], naming the property,
//! so that the caller can say which flag to pass instead.
//!
//! ```
//! use prisma_drift::schema::prisma_config::{PrismaConfig, Value};
//!
//! let text = r#"
//!     import 'dotenv/config'
//!     import { defineConfig, env } from 'prisma/config'
//!     export default defineConfig({
//!       schema: 'db/schema.prisma',
//!       migrations: { path: 'db/migrations' },
//!       datasource: { url: env('APP_DB_URL') },
//!     })
//! "#;
//! let config = PrismaConfig::parse("prisma.config.ts".as_ref(), text).unwrap();
//! assert_eq!(config.schema, Some(Value::Literal("db/schema.prisma".into())));
//! assert!(config.loads_dotenv);
//! let url = config.datasource_url.unwrap();
//! assert_eq!(url.evaluate(&|name| (name == "APP_DB_URL").then(|| "postgresql://db/app".to_string())).unwrap().as_deref(), Some("postgresql://db/app"));
//! ```

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use oxc_allocator::Allocator;
use oxc_ast::ast::{
    Argument, BindingPatternKind, Expression, LogicalOperator, ObjectExpression,
    ObjectPropertyKind, PropertyKey, Statement,
};
use oxc_parser::Parser;
use oxc_span::SourceType;

/// The names Prisma looks for, in the project root, in its order.
pub const FILE_NAMES: &[&str] = &[
    "prisma.config.ts",
    "prisma.config.mts",
    "prisma.config.cts",
    "prisma.config.js",
    "prisma.config.mjs",
    "prisma.config.cjs",
    ".config/prisma.ts",
    ".config/prisma.mts",
    ".config/prisma.cts",
    ".config/prisma.js",
    ".config/prisma.mjs",
    ".config/prisma.cjs",
];

/// A property's value, as far as it can be known without running the file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Value {
    /// A string known from the text.
    Literal(String),
    /// `env("X")` from `prisma/config`: Prisma fails when `X` is not set.
    Env(String),
    /// `process.env.X`: undefined when `X` is not set.
    ProcessEnv(String),
    /// `a ?? b` or `a || b`: `b` when `a` is undefined (or, for `||`, empty).
    Fallback {
        /// The value tried first.
        first: Box<Value>,
        /// The value used when the first is undefined.
        otherwise: Box<Value>,
        /// `||`: an empty string falls back too.
        empty_falls_back: bool,
    },
    /// A template string or `path.join(…)`: the parts joined.
    Concat(Vec<Value>),
    /// Anything else: a call, a variable the file computes, a spread.
    Computed(String),
}

/// Why a value cannot be known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ValueError {
    /// `env("X")` with `X` unset: Prisma itself stops there.
    #[error("environment variable {0} is not set (the config reads it with env(\"{0}\"))")]
    MissingEnv(String),
    /// The value is computed by the file.
    #[error("it is computed ({0}), which prisma-drift does not run")]
    Computed(String),
}

impl Value {
    /// The value, given the environment; `None` when it is undefined
    /// (`process.env.X` unset, no fallback).
    pub fn evaluate(
        &self,
        env: &dyn Fn(&str) -> Option<String>,
    ) -> Result<Option<String>, ValueError> {
        Ok(match self {
            Value::Literal(text) => Some(text.clone()),
            Value::Env(name) => {
                Some(env(name).ok_or_else(|| ValueError::MissingEnv(name.clone()))?)
            }
            Value::ProcessEnv(name) => env(name),
            Value::Fallback {
                first,
                otherwise,
                empty_falls_back,
            } => match first.evaluate(env)? {
                Some(text) if !(text.is_empty() && *empty_falls_back) => Some(text),
                _ => otherwise.evaluate(env)?,
            },
            Value::Concat(parts) => {
                let mut out = String::new();
                for part in parts {
                    out.push_str(&part.evaluate(env)?.unwrap_or_else(|| "undefined".into()));
                }
                Some(out)
            }
            Value::Computed(what) => return Err(ValueError::Computed(what.clone())),
        })
    }
}

/// What `prisma.config.ts` says that prisma-drift uses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrismaConfig {
    /// The file; relative paths in it are relative to its folder.
    pub path: PathBuf,
    /// `schema`: a file or a folder.
    pub schema: Option<Value>,
    /// `migrations.path`.
    pub migrations_path: Option<Value>,
    /// `datasource.url`.
    pub datasource_url: Option<Value>,
    /// `datasource.shadowDatabaseUrl`.
    pub shadow_database_url: Option<Value>,
    /// The file imports `dotenv/config` (so Prisma reads `.env` from the working directory).
    pub loads_dotenv: bool,
}

/// Why a config file cannot be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigFileError {
    /// The file could not be read.
    #[error("cannot read {}: {error}", .path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        error: std::io::Error,
    },
    /// The parser found syntax errors.
    #[error("{}:{line}:{column}: {message}", .path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line of the first error.
        line: usize,
        /// 1-based column of the first error.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// The file has no `export default` the reader understands.
    #[error(
        "{}: no `export default defineConfig({{ … }})` (or `export default {{ … }}`) found; pass --schema and --url instead",
        .path.display()
    )]
    NoDefaultExport {
        /// The file.
        path: PathBuf,
    },
}

impl PrismaConfig {
    /// The first config file Prisma would read in `dir`, if any.
    pub fn find(dir: &Path) -> Option<PathBuf> {
        FILE_NAMES
            .iter()
            .map(|name| dir.join(name))
            .find(|p| p.is_file())
    }

    /// Reads and parses the config file at `path`.
    pub fn load(path: &Path) -> Result<PrismaConfig, ConfigFileError> {
        let text = std::fs::read_to_string(path).map_err(|error| ConfigFileError::Read {
            path: path.to_path_buf(),
            error,
        })?;
        PrismaConfig::parse(path, &text)
    }

    /// Parses config text; `path` names the file (its extension picks TS or JS).
    pub fn parse(path: &Path, text: &str) -> Result<PrismaConfig, ConfigFileError> {
        let allocator = Allocator::default();
        let source_type = SourceType::from_path(path).unwrap_or_else(|_| SourceType::ts());
        let parsed = Parser::new(&allocator, text, source_type).parse();
        if let Some(error) = parsed.errors.first() {
            let offset = error
                .labels
                .as_ref()
                .and_then(|labels| labels.first())
                .map_or(0, |label| label.offset());
            let (line, column) = line_column(text, offset);
            return Err(ConfigFileError::Syntax {
                path: path.to_path_buf(),
                line,
                column,
                message: error.message.to_string(),
            });
        }
        let mut reader = Reader::default();
        let mut config = PrismaConfig {
            path: path.to_path_buf(),
            ..PrismaConfig::default()
        };
        let mut exported = None;
        for statement in &parsed.program.body {
            match statement {
                Statement::ImportDeclaration(import) => {
                    config.loads_dotenv |= import.source.value == "dotenv/config";
                }
                Statement::VariableDeclaration(declaration) => {
                    for declarator in &declaration.declarations {
                        if let (BindingPatternKind::BindingIdentifier(id), Some(init)) =
                            (&declarator.id.kind, &declarator.init)
                        {
                            let value = reader.value(init, id.name.as_str());
                            reader.consts.insert(id.name.to_string(), value);
                        }
                    }
                }
                Statement::ExportDefaultDeclaration(export) => {
                    exported = export.declaration.as_expression().and_then(config_object);
                }
                Statement::ExpressionStatement(statement) => {
                    // `module.exports = defineConfig({ … })`
                    if let Expression::AssignmentExpression(assign) = &statement.expression {
                        if is_module_exports(&assign.left) {
                            exported = config_object(&assign.right);
                        }
                    }
                }
                _ => {}
            }
        }
        let Some(object) = exported else {
            return Err(ConfigFileError::NoDefaultExport {
                path: path.to_path_buf(),
            });
        };
        config.schema = reader.property(object, &["schema"]);
        config.migrations_path = reader.property(object, &["migrations", "path"]);
        config.datasource_url = reader.property(object, &["datasource", "url"]);
        config.shadow_database_url = reader.property(object, &["datasource", "shadowDatabaseUrl"]);
        Ok(config)
    }

    /// A path the config gives (`schema`, `migrations.path`), resolved against
    /// the config file's folder.
    pub fn resolve_path(&self, relative: &str) -> PathBuf {
        let base = self.path.parent().unwrap_or(Path::new(""));
        base.join(relative)
    }
}

/// The object `export default` hands over: `defineConfig({…})`, `{…}`, `{…} satisfies PrismaConfig`.
fn config_object<'a, 'b>(expr: &'b Expression<'a>) -> Option<&'b ObjectExpression<'a>> {
    match expr.get_inner_expression() {
        Expression::ObjectExpression(object) => Some(object),
        Expression::CallExpression(call) => match call.arguments.first()? {
            Argument::ObjectExpression(object) => Some(object),
            other => config_object(other.as_expression()?),
        },
        _ => None,
    }
}

fn is_module_exports(target: &oxc_ast::ast::AssignmentTarget<'_>) -> bool {
    match target.as_member_expression() {
        Some(oxc_ast::ast::MemberExpression::StaticMemberExpression(member)) => {
            member.property.name == "exports"
                && matches!(&member.object, Expression::Identifier(id) if id.name == "module")
        }
        _ => false,
    }
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    (line, column)
}

/// Evaluates expressions statically, remembering top-level `const`s.
#[derive(Default)]
struct Reader {
    consts: HashMap<String, Value>,
}

impl Reader {
    /// The value at `keys` inside `object` (`["datasource", "url"]`), if the property is there.
    fn property(&self, object: &ObjectExpression<'_>, keys: &[&str]) -> Option<Value> {
        let (first, rest) = keys.split_first()?;
        let mut found = None;
        let mut spread = false;
        for property in &object.properties {
            match property {
                ObjectPropertyKind::ObjectProperty(p) if key_name(&p.key) == Some(*first) => {
                    found = Some(&p.value);
                    spread = false;
                }
                // A spread may set anything: only what comes after it is known.
                ObjectPropertyKind::SpreadProperty(_) => spread = true,
                _ => {}
            }
        }
        if spread {
            return Some(Value::Computed(format!(
                "{} may be set by a spread (`...`)",
                keys.join(".")
            )));
        }
        let value = found?;
        let path = keys.join(".");
        if rest.is_empty() {
            return Some(self.value(value, &path));
        }
        match value.get_inner_expression() {
            Expression::ObjectExpression(inner) => self.property(inner, rest),
            Expression::Identifier(_) | Expression::CallExpression(_) => Some(Value::Computed(
                format!("{} is not an object literal", keys[0]),
            )),
            _ => None,
        }
    }

    /// The static value of an expression; `what` names it for messages.
    fn value(&self, expr: &Expression<'_>, what: &str) -> Value {
        match expr.get_inner_expression() {
            Expression::StringLiteral(text) => Value::Literal(text.value.to_string()),
            Expression::TemplateLiteral(template) => {
                let mut parts = Vec::new();
                for (index, quasi) in template.quasis.iter().enumerate() {
                    let text = quasi.value.cooked.as_ref().unwrap_or(&quasi.value.raw);
                    parts.push(Value::Literal(text.to_string()));
                    if let Some(expr) = template.expressions.get(index) {
                        parts.push(self.value(expr, what));
                    }
                }
                Value::Concat(parts)
            }
            Expression::LogicalExpression(logical) if logical.operator != LogicalOperator::And => {
                Value::Fallback {
                    first: Box::new(self.value(&logical.left, what)),
                    otherwise: Box::new(self.value(&logical.right, what)),
                    empty_falls_back: logical.operator == LogicalOperator::Or,
                }
            }
            Expression::StaticMemberExpression(member)
                if member.object.is_specific_member_access("process", "env") =>
            {
                Value::ProcessEnv(member.property.name.to_string())
            }
            Expression::ComputedMemberExpression(member)
                if member.object.is_specific_member_access("process", "env") =>
            {
                match member.expression.get_inner_expression() {
                    Expression::StringLiteral(name) => Value::ProcessEnv(name.value.to_string()),
                    _ => Value::Computed(format!("{what} reads process.env with a computed name")),
                }
            }
            Expression::Identifier(id) => self
                .consts
                .get(id.name.as_str())
                .cloned()
                .unwrap_or_else(|| {
                    Value::Computed(format!("{what} is the variable `{}`", id.name))
                }),
            Expression::CallExpression(call) => self.call(call, what),
            _ => Value::Computed(format!("{what} is an expression")),
        }
    }

    /// `env("X")` and `path.join(…)` / `join(…)`; any other call is computed.
    fn call(&self, call: &oxc_ast::ast::CallExpression<'_>, what: &str) -> Value {
        let callee = match call.callee.get_inner_expression() {
            Expression::Identifier(id) => id.name.to_string(),
            Expression::StaticMemberExpression(member) => match &member.object {
                Expression::Identifier(object) => {
                    format!("{}.{}", object.name, member.property.name)
                }
                _ => String::new(),
            },
            _ => String::new(),
        };
        let arguments: Vec<Value> = call
            .arguments
            .iter()
            .map(|argument| match argument.as_expression() {
                Some(expr) => self.value(expr, what),
                None => Value::Computed(format!("{what} spreads arguments")),
            })
            .collect();
        match (callee.as_str(), arguments.as_slice()) {
            ("env", [Value::Literal(name)]) => Value::Env(name.clone()),
            ("path.join" | "join" | "path.posix.join", parts) if !parts.is_empty() => {
                let mut joined = Vec::new();
                for (index, part) in parts.iter().enumerate() {
                    if index > 0 {
                        joined.push(Value::Literal("/".into()));
                    }
                    joined.push(part.clone());
                }
                Value::Concat(joined)
            }
            _ => Value::Computed(format!(
                "{what} calls {}()",
                if callee.is_empty() {
                    "a function"
                } else {
                    &callee
                }
            )),
        }
    }
}

fn key_name<'b>(key: &'b PropertyKey<'_>) -> Option<&'b str> {
    match key {
        PropertyKey::StaticIdentifier(id) => Some(id.name.as_str()),
        PropertyKey::StringLiteral(text) => Some(text.value.as_str()),
        _ => None,
    }
}
