//! The security and hygiene section: read-only catalog facts (row-level
//! security per table, owners, privileges granted to PUBLIC, whether the
//! connecting role is a superuser, the URL's `sslmode`) and best-practice
//! checks of the schema (money in `Float`, `updatedAt` without `@updatedAt`,
//! relations of large tables without an explicit `onDelete`).

use std::collections::BTreeMap;

use serde::Serialize;
use tokio_postgres::Client;

use super::data::DataSection;
use super::finding::{Finding, FindingKind, FindingObject, SchemaLocation};
use super::AuditError;
use crate::ir;
use crate::pg::guard;
use crate::schema::{FieldType, ModelKind, ParsedSchema, ScalarType};
use crate::sql::Style;

const SECURITY: &str = include_str!("sql/security.sql");

/// From this many rows on, a table is large (for [`FindingKind::ImplicitOnDelete`]).
pub const LARGE_TABLE_ROWS: i64 = 100_000;

/// Security facts of the audited database.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SecuritySection {
    /// Why the catalog facts are missing (a privilege the role lacks), if they are.
    pub skipped: Option<String>,
    /// The role the audit connected as.
    pub role: String,
    /// Whether it is a superuser.
    pub superuser: bool,
    /// The URL's `sslmode` (live databases; `None` for a replay on a local socket).
    pub sslmode: Option<String>,
    /// Tables with row-level security enabled.
    pub rls_enabled: usize,
    /// Tables with at least one privilege granted to PUBLIC.
    pub public_grants: usize,
    /// Tables per owner.
    pub owners: BTreeMap<String, usize>,
    /// Namespaces where PUBLIC may create objects.
    pub public_create: Vec<String>,
    /// Every table, sorted.
    pub tables: Vec<TableSecurity>,
}

/// One table's security facts.
#[derive(Debug, Clone, Serialize)]
pub struct TableSecurity {
    /// `schema.table`.
    pub table: String,
    /// Its owner.
    pub owner: String,
    /// Row-level security enabled.
    pub rls: bool,
    /// …and forced on the owner too.
    pub force_rls: bool,
    /// Policies.
    pub policies: i64,
    /// Privileges granted to PUBLIC (`SELECT`, `INSERT`, …).
    pub public_privileges: Vec<String>,
}

/// Reads the section in a read-only transaction. Missing privileges make it
/// `skipped`, not an error.
pub(super) async fn collect(
    client: &Client,
    namespaces: &[String],
    sslmode: Option<String>,
) -> Result<SecuritySection, AuditError> {
    let query_error = |source| AuditError::Query {
        step: "security",
        source,
    };
    guard::start_read_only(client).await.map_err(query_error)?;
    let result = client.query_one(SECURITY, &[&namespaces]).await;
    client.batch_execute("COMMIT").await.map_err(query_error)?;
    let row = match result {
        Ok(row) => row,
        Err(error) if super::is_privilege_error(&error) => {
            return Ok(SecuritySection {
                skipped: Some(super::describe(&error)),
                sslmode,
                ..Default::default()
            })
        }
        Err(error) => return Err(query_error(error)),
    };
    let get = |e| query_error(e);
    let schemas: Vec<String> = row.try_get("schemas").map_err(get)?;
    let names: Vec<String> = row.try_get("names").map_err(get)?;
    let owners: Vec<String> = row.try_get("owners").map_err(get)?;
    let rls: Vec<bool> = row.try_get("rls").map_err(get)?;
    let force: Vec<bool> = row.try_get("force_rls").map_err(get)?;
    let policies: Vec<i64> = row.try_get("policies").map_err(get)?;
    let public: Vec<String> = row.try_get("public_privileges").map_err(get)?;
    let mut tables = Vec::new();
    for i in 0..names.len() {
        if names[i] == crate::migrations::history::HISTORY_TABLE {
            continue;
        }
        tables.push(TableSecurity {
            table: format!("{}.{}", schemas[i], names[i]),
            owner: owners[i].clone(),
            rls: rls[i],
            force_rls: force[i],
            policies: policies[i],
            public_privileges: public[i]
                .split(',')
                .filter(|p| !p.is_empty())
                .map(String::from)
                .collect(),
        });
    }
    let mut by_owner = BTreeMap::new();
    for t in &tables {
        *by_owner.entry(t.owner.clone()).or_default() += 1;
    }
    Ok(SecuritySection {
        skipped: None,
        role: row.try_get("role").map_err(get)?,
        superuser: row.try_get("superuser").map_err(get)?,
        sslmode,
        rls_enabled: tables.iter().filter(|t| t.rls).count(),
        public_grants: tables
            .iter()
            .filter(|t| !t.public_privileges.is_empty())
            .count(),
        owners: by_owner,
        public_create: row.try_get("public_create").map_err(get)?,
        tables,
    })
}

/// Findings of the catalog facts: PUBLIC grants; a superuser connection
/// (live databases only: a replay's throwaway server is ours).
pub(super) fn findings(section: &SecuritySection, live: bool, out: &mut Vec<Finding>) {
    if live && section.superuser {
        out.push(Finding::new(
            FindingKind::SuperuserConnection,
            FindingObject::named(section.role.clone()),
            format!(
                "The audit connected as {}, a superuser; if the application does too, \
                 nothing limits what a bug or an injected query can do.",
                section.role
            ),
            "Connect the application as a role that owns the schema's objects (or holds only \
             the privileges it needs), without SUPERUSER.",
        ));
    }
    for table in section
        .tables
        .iter()
        .filter(|t| !t.public_privileges.is_empty())
    {
        let (schema, name) = table.table.split_once('.').unwrap_or(("", &table.table));
        let name = ir::QualifiedName::new(schema, name);
        out.push(
            Finding::new(
                FindingKind::PublicGrant,
                FindingObject::table(&name),
                format!(
                    "PUBLIC holds {} on {}.",
                    table.public_privileges.join(", "),
                    table.table
                ),
                "Revoke the privileges from PUBLIC and grant them to the roles that need them.",
            )
            .sql(format!(
                "REVOKE ALL ON TABLE {} FROM PUBLIC;",
                Style::PSQL.qualified(schema, &name.name)
            )),
        );
    }
}

/// Whether a field name reads like an amount of money: `price`, `totalAmount`, `unit_cost`, …
fn money_like(name: &str) -> bool {
    const WORDS: [&str; 14] = [
        "price", "amount", "cost", "total", "subtotal", "balance", "fee", "tax", "discount",
        "payment", "refund", "salary", "revenue", "charge",
    ];
    let words = split_words(name);
    words.iter().any(|w| WORDS.contains(&w.as_str()))
}

/// `unitPrice` → `["unit", "price"]`; `unit_price` too.
fn split_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for c in name.chars() {
        if c == '_' || c == '-' {
            words.push(std::mem::take(&mut current));
        } else if c.is_uppercase() && !current.is_empty() {
            words.push(std::mem::take(&mut current));
            current.extend(c.to_lowercase());
        } else {
            current.extend(c.to_lowercase());
        }
    }
    words.push(current);
    words.retain(|w| !w.is_empty());
    words
}

/// Best-practice checks of the schema (see the module documentation).
pub(super) fn schema_checks(
    parsed: &ParsedSchema,
    expected: Option<&ir::Database>,
    data: &DataSection,
    out: &mut Vec<Finding>,
) {
    let location = |span: crate::diagnostics::Span| {
        let file = parsed.sources.get(span.file);
        let (line, _) = file.line_column(span.start);
        SchemaLocation {
            file: file.path.clone(),
            line,
        }
    };
    let schema = &parsed.schema;
    // Each model's table by (table name, model name), looked up once per model.
    let mut tables = std::collections::HashMap::new();
    for table in expected.map(|e| e.tables.as_slice()).unwrap_or_default() {
        if let Some(model) = table.origin.as_ref().and_then(|o| o.model.as_deref()) {
            tables
                .entry((table.name.name.as_str(), model))
                .or_insert(table);
        }
    }
    for model in schema.models.iter().filter(|m| m.kind == ModelKind::Model) {
        let table = tables
            .get(&(model.database_name.as_str(), model.name.as_str()))
            .copied();
        let qualified = table.map(|t| t.name.clone()).unwrap_or_else(|| {
            ir::QualifiedName::new(
                model.schema.as_ref().map_or("public", |(s, _)| s.as_str()),
                &model.database_name,
            )
        });
        let rows = data
            .table(&qualified.to_string())
            .and_then(|t| t.rows)
            .unwrap_or(0);
        for field in &model.fields {
            if let Some(mut finding) = field_finding(model, field, &qualified, rows) {
                finding.location = Some(location(field.span));
                out.push(finding);
            }
        }
    }
}

/// The best-practice finding of one field, if any.
fn field_finding(
    model: &crate::schema::Model,
    field: &crate::schema::Field,
    table: &ir::QualifiedName,
    rows: i64,
) -> Option<Finding> {
    let object = FindingObject::in_table(
        table,
        &field.database_name,
        vec![field.database_name.clone()],
    )
    .with_model(Some(model.name.clone()));
    let optional = if field.is_optional() { "?" } else { "" };
    let name = format!("{}.{}", model.name, field.name);
    if field.scalar_type() == Some(ScalarType::Float) && money_like(&field.name) {
        return Some(
            Finding::new(
                FindingKind::FloatForMoney,
                object,
                format!("{name} looks like an amount of money and is a Float (double precision)."),
                format!(
                    "Make it a Decimal with an explicit precision in model {}.",
                    model.name
                ),
            )
            .schema_line(format!(
                "{} Decimal{optional} @db.Decimal(12, 2)",
                field.name
            )),
        );
    }
    if field.scalar_type() == Some(ScalarType::DateTime)
        && split_words(&field.name) == ["updated", "at"]
        && !field.updated_at
    {
        return Some(
            Finding::new(
                FindingKind::UpdatedAtWithoutAttribute,
                object,
                format!("{name} is a DateTime named like a modification time, without @updatedAt."),
                format!("Add @updatedAt to {name} (unless every write sets it on purpose)."),
            )
            .schema_line(format!("{} DateTime{optional} @updatedAt", field.name)),
        );
    }
    let relation = field.relation.as_ref()?;
    let large = rows >= LARGE_TABLE_ROWS;
    if matches!(field.field_type, FieldType::Model(_))
        && relation.has_fields
        && relation.on_delete.is_none()
        && large
    {
        return Some(Finding::new(
            FindingKind::ImplicitOnDelete,
            object,
            format!("Relation {name} ({rows} rows) has no explicit onDelete."),
            format!(
                "Say what deleting the referenced row does: onDelete: Cascade, SetNull or \
                 Restrict in the @relation of {name}."
            ),
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_words_are_found_in_camel_and_snake_case() {
        assert!(money_like("unitPrice"));
        assert!(money_like("total_amount"));
        assert!(money_like("fee"));
        assert!(!money_like("pricelessFlag"));
        assert!(!money_like("latitude"));
        assert!(!money_like("stockCount"));
        assert_eq!(split_words("updatedAt"), ["updated", "at"]);
        assert_eq!(split_words("updated_at"), ["updated", "at"]);
    }
}
