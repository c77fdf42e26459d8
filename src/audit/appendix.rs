//! The appendix: for each headline figure, the read-only SQL that gives it —
//! what a reader pastes into `psql` to check the audit. Each query returns one
//! value, the figure as printed.

use serde::Serialize;

use super::data::{CountMethod, DataSection};
use super::inventory::Totals;
use super::security::SecuritySection;
use crate::sql::literal_list;

/// One figure and the query that reproduces it.
#[derive(Debug, Clone, Serialize)]
pub struct AppendixQuery {
    /// What is counted.
    pub figure: &'static str,
    /// The value the audit printed.
    pub value: String,
    /// A read-only query returning that value (one row, one column).
    pub sql: String,
}

/// `n.nspname IN ('public', …)`: the audited namespaces as a literal list.
fn namespaces_in(namespaces: &[String]) -> String {
    format!("n.nspname IN ({})", literal_list(namespaces))
}

/// The audited tables (as the inventory counts them): ordinary and partitioned,
/// no partitions, no extension members, no `_prisma_migrations`.
fn tables_of(alias: &str, namespaces: &str) -> String {
    format!(
        "{namespaces}\n  AND {alias}.relkind IN ('r', 'p') AND NOT {alias}.relispartition\n  \
         AND {alias}.relname <> '_prisma_migrations'\n  \
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass \
         AND d.objid = {alias}.oid AND d.deptype = 'e')"
    )
}

pub(super) fn build(
    namespaces: &[String],
    totals: &Totals,
    data: &DataSection,
    security: &SecuritySection,
) -> Vec<AppendixQuery> {
    let ns = namespaces_in(namespaces);
    let tables = tables_of("c", &ns);
    let on_tables = tables_of("c", &ns);
    let mut out = vec![
        AppendixQuery {
            figure: "Tables",
            value: totals.tables.to_string(),
            sql: format!(
                "SELECT count(*) FROM pg_class c\nJOIN pg_namespace n ON n.oid = c.relnamespace\nWHERE {tables};"
            ),
        },
        AppendixQuery {
            figure: "Columns",
            value: totals.columns.to_string(),
            sql: format!(
                "SELECT count(*) FROM pg_attribute a\nJOIN pg_class c ON c.oid = a.attrelid\n\
                 JOIN pg_namespace n ON n.oid = c.relnamespace\n\
                 WHERE a.attnum > 0 AND NOT a.attisdropped\n  AND {on_tables};"
            ),
        },
        AppendixQuery {
            figure: "Indexes (primary keys' not counted)",
            value: totals.indexes.to_string(),
            sql: format!(
                "SELECT count(*) FROM pg_index i\nJOIN pg_class c ON c.oid = i.indrelid\n\
                 JOIN pg_namespace n ON n.oid = c.relnamespace\n\
                 WHERE NOT i.indisprimary\n  AND {on_tables};"
            ),
        },
        AppendixQuery {
            figure: "Unique indexes (primary keys' not counted)",
            value: totals.unique_indexes.to_string(),
            sql: format!(
                "SELECT count(*) FROM pg_index i\nJOIN pg_class c ON c.oid = i.indrelid\n\
                 JOIN pg_namespace n ON n.oid = c.relnamespace\n\
                 WHERE i.indisunique AND NOT i.indisprimary\n  AND {on_tables};"
            ),
        },
        AppendixQuery {
            figure: "UNIQUE constraints",
            value: totals.unique_constraints.to_string(),
            sql: constraint_count("u", &on_tables),
        },
        AppendixQuery {
            figure: "Foreign keys",
            value: totals.foreign_keys.to_string(),
            sql: constraint_count("f", &on_tables),
        },
        AppendixQuery {
            figure: "Enums",
            value: totals.enums.to_string(),
            sql: format!(
                "SELECT count(*) FROM pg_type t\nJOIN pg_namespace n ON n.oid = t.typnamespace\n\
                 WHERE t.typtype = 'e' AND {ns};"
            ),
        },
        AppendixQuery {
            figure: "Enum values",
            value: totals.enum_values.to_string(),
            sql: format!(
                "SELECT count(*) FROM pg_enum e\nJOIN pg_type t ON t.oid = e.enumtypid\n\
                 JOIN pg_namespace n ON n.oid = t.typnamespace\nWHERE {ns};"
            ),
        },
    ];
    if data.counts == CountMethod::Estimate && data.skipped.is_none() {
        out.push(AppendixQuery {
            figure: "Rows (estimate)",
            value: data.total_rows.to_string(),
            sql: format!(
                "SELECT coalesce(sum(round(c.reltuples)), 0)::bigint FROM pg_class c\n\
                 JOIN pg_namespace n ON n.oid = c.relnamespace\n\
                 WHERE c.reltuples > 0\n  AND {on_tables};"
            ),
        });
    }
    if security.skipped.is_none() {
        out.push(AppendixQuery {
            figure: "Tables with row-level security",
            value: security.rls_enabled.to_string(),
            sql: format!(
                "SELECT count(*) FROM pg_class c\nJOIN pg_namespace n ON n.oid = c.relnamespace\n\
                 WHERE c.relrowsecurity\n  AND {on_tables};"
            ),
        });
        out.push(AppendixQuery {
            figure: "Connecting role is a superuser",
            value: if security.superuser { "t" } else { "f" }.to_string(),
            sql: "SELECT rolsuper FROM pg_roles WHERE rolname = current_user;".to_string(),
        });
    }
    out
}

fn constraint_count(kind: &str, on_tables: &str) -> String {
    format!(
        "SELECT count(*) FROM pg_constraint co\nJOIN pg_class c ON c.oid = co.conrelid\n\
         JOIN pg_namespace n ON n.oid = c.relnamespace\n\
         WHERE co.contype = '{kind}'\n  AND {on_tables};"
    )
}
