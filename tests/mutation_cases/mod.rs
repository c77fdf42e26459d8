//! The corpus's mutation cases (`expected/mutations.jsonl`: SQL applied to a
//! database in sync with the project's schema, with Prisma's verdict) and the
//! in-sync databases they are applied to, for the tests that replay them.

#![allow(dead_code)]

use std::path::Path;

use prisma_drift::introspect::{IntrospectOptions, TransactionMode};
use prisma_drift::pg::{self, ConnConfig};
use prisma_drift::run::{self, CheckOptions, CheckOutcome};
use prisma_drift::schema::ParsedSchema;

/// One mutation of a corpus project.
#[derive(Debug, Clone)]
pub struct Mutation {
    /// The project's name.
    pub project: String,
    /// Its line in `mutations.jsonl`.
    pub line: usize,
    /// `mutation_kind`.
    pub kind: String,
    /// The object it changes (`public.Account.access_token (text)`, …).
    pub target: String,
    /// The SQL that makes the change.
    pub sql: String,
    /// Prisma's drift exit code on the mutated database.
    pub prisma_exit: u8,
}

/// The mutations of a project (none when it has no `mutations.jsonl`).
pub fn read(project: &str, project_dir: &Path) -> Vec<Mutation> {
    let path = project_dir.join("expected/mutations.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let v: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), i + 1));
            let field = |name: &str| {
                v[name]
                    .as_str()
                    .unwrap_or_else(|| panic!("{}:{}: no `{name}`", path.display(), i + 1))
                    .to_string()
            };
            let exit = v["prisma_exit_code"]
                .as_u64()
                .unwrap_or_else(|| panic!("{}:{}: no exit code", path.display(), i + 1));
            Mutation {
                project: project.to_string(),
                line: i + 1,
                kind: field("mutation_kind"),
                target: field("target"),
                sql: field("sql"),
                prisma_exit: exit as u8,
            }
        })
        .collect()
}

/// A project's database built from Prisma's own SQL, and its check before
/// any mutation.
pub struct InSync {
    /// The project's name.
    pub name: String,
    /// Its schema.
    pub parsed: ParsedSchema,
    /// The URL's `?schema=`.
    pub namespace: String,
    /// The database.
    pub db: crate::support::ScratchDb,
    /// The check of the unmutated database.
    pub baseline: CheckOutcome,
}

/// Builds the in-sync database of a project on a scratch database named
/// after `prefix`; `Err` says why it cannot be built here (a missing
/// extension).
pub async fn build(prefix: &str, name: &str, schema_path: &Path) -> Result<InSync, String> {
    let project_dir = schema_path.parent().unwrap();
    let db = crate::support::scratch_database(&format!("{prefix}_{name}")).await;
    let client = db.client().await;
    crate::shared::apply_prisma_from_empty(&client, name, project_dir).await?;
    let parsed = prisma_drift::schema::load_schema(schema_path).unwrap();
    let namespace = crate::shared::url_schema(project_dir);
    let config = ConnConfig {
        schema: namespace.clone(),
        ..db.config().clone()
    };
    let baseline = run::check(&parsed, run::Target::Url(&config), &CheckOptions::default())
        .await
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    Ok(InSync {
        name: name.to_string(),
        parsed,
        namespace,
        db,
        baseline,
    })
}

/// Check options for a check inside the caller's transaction (the mutation
/// is applied and rolled back around it).
pub fn in_transaction_options() -> CheckOptions {
    CheckOptions {
        introspect: IntrospectOptions {
            transaction: TransactionMode::Caller,
            ..IntrospectOptions::default()
        },
        ..CheckOptions::default()
    }
}

/// A client of `config`, or a panic saying why not.
pub async fn connect(config: &ConnConfig) -> tokio_postgres::Client {
    let (client, _connection) = pg::connect(config)
        .await
        .unwrap_or_else(|e| panic!("cannot connect: {e}"));
    client
}
