//! Inventory, ER diagrams, data, security and the appendix. Wide detail goes
//! into `<details>` blocks so that the main flow reads on GitHub.

use std::fmt::Write;

use super::findings::fenced;
use super::{cell, code, human_bytes, plural};
use crate::audit::{Audit, CountMethod, Diagram, Mode, MAX_ENTITIES};

/// Tables in the data section's main flow; the rest are folded.
const TOP_TABLES: usize = 15;

fn details_open(out: &mut String, summary: &str) {
    let _ = writeln!(out, "<details>\n<summary>{summary}</summary>\n");
}

fn details_close(out: &mut String) {
    let _ = writeln!(out, "</details>\n");
}

/// `schema.table` without the schema when only one namespace is audited.
fn table_name(audit: &Audit, table: &str) -> String {
    if audit.namespaces.len() == 1 {
        if let Some(rest) = table.strip_prefix(&format!("{}.", audit.namespaces[0])) {
            return rest.to_string();
        }
    }
    table.to_string()
}

pub(super) fn inventory(out: &mut String, audit: &Audit) {
    let inventory = &audit.inventory;
    let t = &inventory.totals;
    let _ = writeln!(out, "## Inventory\n");
    let _ = writeln!(out, "| Object | Count |\n|---|---:|");
    let rows: [(&str, String); 13] = [
        ("Tables", t.tables.to_string()),
        ("Columns", t.columns.to_string()),
        ("Primary keys", t.primary_keys.to_string()),
        ("Indexes (primary keys' not counted)", t.indexes.to_string()),
        ("… of which unique", t.unique_indexes.to_string()),
        ("UNIQUE constraints", t.unique_constraints.to_string()),
        ("Foreign keys", t.foreign_keys.to_string()),
        ("CHECK constraints", t.check_constraints.to_string()),
        ("Triggers", t.triggers.to_string()),
        ("Enums", t.enums.to_string()),
        ("Enum values", t.enum_values.to_string()),
        (
            "Views (materialized)",
            format!("{} ({})", t.views, t.materialized_views),
        ),
        ("Extensions", t.extensions.to_string()),
    ];
    for (label, value) in rows {
        let _ = writeln!(out, "| {label} | {value} |");
    }
    out.push('\n');
    for group in &inventory.groups {
        let _ = writeln!(
            out,
            "### {} ({})\n",
            cell(&group.label()),
            plural(group.tables.len(), "table", "tables")
        );
        let _ = writeln!(
            out,
            "| Table | Columns | Indexes | Unique | Foreign keys |\n|---|---:|---:|---:|---:|"
        );
        for table in &group.tables {
            let mut name = code(&table_name(audit, &table.table));
            match (&table.model, &table.implicit_relation) {
                (Some(model), _) if *model != table.name => {
                    let _ = write!(name, " (model {})", cell(model));
                }
                (None, Some(relation)) => {
                    let _ = write!(name, " (m:n {})", cell(relation));
                }
                (None, None) => name.push_str(" (not in the schema)"),
                _ => {}
            }
            if table.primary_key.is_none() {
                name.push_str(" · **no primary key**");
            }
            let _ = writeln!(
                out,
                "| {name} | {} | {} | {} | {} |",
                table.columns, table.indexes, table.unique_indexes, table.foreign_keys
            );
        }
        out.push('\n');
    }
    index_details(out, audit);
    foreign_key_details(out, audit);
    enums_and_more(out, audit);
}

fn index_details(out: &mut String, audit: &Audit) {
    let inventory = &audit.inventory;
    let methods: Vec<String> = inventory
        .indexes_by_method
        .iter()
        .map(|(m, n)| format!("{n} {}", cell(m)))
        .collect();
    let _ = writeln!(
        out,
        "Indexes by method: {}.\n",
        if methods.is_empty() {
            "none besides the primary keys".to_string()
        } else {
            methods.join(", ")
        }
    );
    if inventory.indexes.is_empty() {
        return;
    }
    details_open(
        out,
        &format!(
            "All {}",
            plural(inventory.indexes.len(), "index", "indexes")
        ),
    );
    let _ = writeln!(
        out,
        "| Index | Table | Columns | Method | Kind |\n|---|---|---|---|---|"
    );
    for i in &inventory.indexes {
        let kind = match (i.constraint, i.unique, i.partial) {
            (true, _, _) => "UNIQUE constraint",
            (false, true, true) => "unique, partial",
            (false, true, false) => "unique",
            (false, false, true) => "partial",
            (false, false, false) => "—",
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {kind} |",
            code(&i.name),
            code(&table_name(audit, &i.table)),
            code(&i.columns.join(", ")),
            cell(&i.method)
        );
    }
    out.push('\n');
    details_close(out);
}

fn foreign_key_details(out: &mut String, audit: &Audit) {
    let inventory = &audit.inventory;
    if inventory.foreign_keys.is_empty() {
        let _ = writeln!(out, "No foreign key.\n");
        return;
    }
    let actions: Vec<String> = inventory
        .foreign_keys_by_action
        .iter()
        .map(|a| {
            format!(
                "{} ON DELETE {} ON UPDATE {}",
                a.count,
                a.on_delete.sql(),
                a.on_update.sql()
            )
        })
        .collect();
    let _ = writeln!(out, "Foreign keys by action: {}.\n", actions.join("; "));
    details_open(
        out,
        &format!(
            "All {}",
            plural(inventory.foreign_keys.len(), "foreign key", "foreign keys")
        ),
    );
    let _ = writeln!(
        out,
        "| Foreign key | Columns | References | ON DELETE | ON UPDATE |\n|---|---|---|---|---|"
    );
    for fk in &inventory.foreign_keys {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            code(&fk.name),
            code(&format!(
                "{} ({})",
                table_name(audit, &fk.table),
                fk.columns.join(", ")
            )),
            code(&format!(
                "{} ({})",
                table_name(audit, &fk.references),
                fk.referenced_columns.join(", ")
            )),
            fk.on_delete.sql(),
            fk.on_update.sql()
        );
    }
    out.push('\n');
    details_close(out);
}

fn enums_and_more(out: &mut String, audit: &Audit) {
    let inventory = &audit.inventory;
    if inventory.enums.is_empty() {
        let _ = writeln!(out, "No enum.\n");
    } else {
        details_open(
            out,
            &format!("All {}", plural(inventory.enums.len(), "enum", "enums")),
        );
        let _ = writeln!(out, "| Enum | Values | Used by columns |\n|---|---|---:|");
        for e in &inventory.enums {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                code(&table_name(audit, &e.name)),
                cell(&e.values.join(", ")),
                e.used_by.len()
            );
        }
        out.push('\n');
        details_close(out);
    }
    let views: Vec<String> = inventory
        .views
        .iter()
        .map(|v| {
            format!(
                "{}{}",
                code(&table_name(audit, &v.name)),
                if v.materialized {
                    " (materialized)"
                } else {
                    ""
                }
            )
        })
        .collect();
    let extensions: Vec<String> = inventory
        .extensions
        .iter()
        .map(|x| {
            format!(
                "{} {}",
                code(&x.name),
                cell(x.version.as_deref().unwrap_or(""))
            )
            .trim_end()
            .to_string()
        })
        .collect();
    let none = || "none".to_string();
    let _ = writeln!(
        out,
        "Views: {}. Extensions: {}.\n",
        if views.is_empty() {
            none()
        } else {
            views.join(", ")
        },
        if extensions.is_empty() {
            none()
        } else {
            extensions.join(", ")
        }
    );
}

/// A Mermaid identifier: letters, digits, `_` and `-`; anything else becomes `_`.
fn mermaid_word(text: &str) -> String {
    let word: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if word.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        word
    } else {
        format!("_{word}")
    }
}

/// One diagram as Mermaid `erDiagram` text.
pub fn mermaid(diagram: &Diagram) -> String {
    let mut text = String::from("erDiagram\n");
    for entity in &diagram.entities {
        let name = mermaid_word(&entity.name);
        if entity.attributes.is_empty() {
            let _ = writeln!(text, "    {name} {{\n    }}");
            continue;
        }
        let _ = writeln!(text, "    {name} {{");
        for (ty, column, key) in &entity.attributes {
            let _ = writeln!(
                text,
                "        {} {} {key}",
                mermaid_word(ty),
                mermaid_word(column)
            );
        }
        let _ = writeln!(text, "    }}");
    }
    for r in &diagram.relations {
        let many = if r.one_to_one { "|o" } else { "}o" };
        let one = if r.optional { "o|" } else { "||" };
        let label = r.label.replace(['"', '\n', '\r'], " ");
        let _ = writeln!(
            text,
            "    {} {many}--{one} {} : \"{label}\"",
            mermaid_word(&r.from),
            mermaid_word(&r.to)
        );
    }
    text
}

pub(super) fn diagrams(out: &mut String, diagrams: &[Diagram]) {
    let _ = writeln!(out, "## Entity-relationship diagram\n");
    if diagrams.is_empty() {
        let _ = writeln!(out, "No table.\n");
        return;
    }
    if diagrams.len() > 1 {
        let _ = writeln!(
            out,
            "One diagram per group; entities of other groups are drawn for their relations only.\n"
        );
    }
    for diagram in diagrams {
        if let Some(title) = &diagram.title {
            let _ = writeln!(out, "### {}\n", cell(title));
        }
        let _ = writeln!(out, "```mermaid\n{}```\n", mermaid(diagram));
        if !diagram.omitted.is_empty() {
            let _ = writeln!(
                out,
                "Capped at {MAX_ENTITIES} tables: {} left out ({}).\n",
                diagram.omitted.len(),
                cell(&diagram.omitted.join(", "))
            );
        }
    }
}

pub(super) fn data(out: &mut String, audit: &Audit) {
    let data = &audit.data;
    let _ = writeln!(out, "## Data\n");
    let how = match data.counts {
        CountMethod::Estimate => {
            "Rows are **estimates** (`pg_class.reltuples`, as of the last `ANALYZE`; exact with `--exact-counts`)"
        }
        CountMethod::Exact => "Rows are exact (`count(*)`)",
    };
    let _ = write!(
        out,
        "{how}; sizes are `pg_total_relation_size` (table, indexes and TOAST). "
    );
    if let Some(reason) = &data.skipped {
        let _ = write!(out, "⏭️ {}. ", cell(reason));
    }
    if data.seeded == Some(false) {
        let _ = write!(
            out,
            "The replay was not seeded (`--seed`), so every table is empty. "
        );
    }
    let _ = writeln!(
        out,
        "{} rows in {}{}, {} on disk; {}.\n",
        data.total_rows,
        plural(data.tables.len(), "table", "tables"),
        if data.unknown_rows > 0 {
            format!(
                " ({} never analyzed: unknown, not counted)",
                data.unknown_rows
            )
        } else {
            String::new()
        },
        human_bytes(data.total_bytes),
        plural(data.empty_tables, "empty table", "empty tables"),
    );
    if data.tables.is_empty() {
        return;
    }
    let mut tables: Vec<_> = data.tables.iter().collect();
    tables.sort_by(|a, b| {
        b.total_bytes
            .cmp(&a.total_bytes)
            .then(a.table.cmp(&b.table))
    });
    let label = match data.counts {
        CountMethod::Estimate => "Rows (estimate)",
        CountMethod::Exact => "Rows",
    };
    let header = format!("| Table | {label} | Total size |\n|---|---:|---:|");
    let row = |out: &mut String, t: &crate::audit::TableData| {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            code(&table_name(audit, &t.table)),
            t.rows
                .map(|r| r.to_string())
                .unwrap_or_else(|| "unknown".into()),
            human_bytes(t.total_bytes)
        );
    };
    let _ = writeln!(out, "Largest tables:\n\n{header}");
    for t in tables.iter().take(TOP_TABLES) {
        row(out, t);
    }
    out.push('\n');
    if tables.len() > TOP_TABLES {
        details_open(
            out,
            &format!(
                "The other {}",
                plural(tables.len() - TOP_TABLES, "table", "tables")
            ),
        );
        let _ = writeln!(out, "{header}");
        for t in tables.iter().skip(TOP_TABLES) {
            row(out, t);
        }
        out.push('\n');
        details_close(out);
    }
}

pub(super) fn security(out: &mut String, audit: &Audit) {
    let s = &audit.security;
    let _ = writeln!(out, "## Security and hygiene\n");
    if let Some(reason) = &s.skipped {
        let _ = writeln!(out, "⏭️ skip: {}.\n", cell(reason));
    } else {
        let owners: Vec<String> = s
            .owners
            .iter()
            .map(|(owner, n)| format!("{} ({n})", code(owner)))
            .collect();
        let _ = writeln!(
            out,
            "- Connecting role: {}{}.",
            code(&s.role),
            match (s.superuser, audit.mode) {
                (true, Mode::Replay) => ", a superuser (the throwaway server's own role)",
                (true, Mode::Live) => ", **a superuser**",
                (false, _) => ", not a superuser",
            }
        );
        let _ = writeln!(
            out,
            "- `sslmode`: {}.",
            match (&s.sslmode, audit.mode) {
                (Some(mode), _) => code(mode),
                (None, _) => "not applicable (a local socket)".to_string(),
            }
        );
        let _ = writeln!(out, "- Table owners: {}.", owners.join(", "));
        let _ = writeln!(
            out,
            "- Row-level security: enabled on {} of {}.",
            s.rls_enabled,
            plural(s.tables.len(), "table", "tables")
        );
        let _ = writeln!(
            out,
            "- Privileges granted to PUBLIC: on {}{}.\n",
            plural(s.public_grants, "table", "tables"),
            if s.public_create.is_empty() {
                String::new()
            } else {
                format!(
                    "; PUBLIC may CREATE in {}",
                    s.public_create
                        .iter()
                        .map(|n| code(n))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        );
        security_details(out, audit);
    }
    let _ = writeln!(
        out,
        "Schema checks (money in `Float`, `updatedAt` without `@updatedAt`, relations of tables \
         over {} rows without `onDelete`) are listed with the findings.\n",
        crate::audit::LARGE_TABLE_ROWS
    );
}

fn security_details(out: &mut String, audit: &Audit) {
    let s = &audit.security;
    if s.tables.is_empty() {
        return;
    }
    details_open(
        out,
        "Row-level security, owner and PUBLIC privileges per table",
    );
    let _ = writeln!(
        out,
        "| Table | Owner | RLS | Policies | PUBLIC |\n|---|---|---|---:|---|"
    );
    for t in &s.tables {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            code(&table_name(audit, &t.table)),
            code(&t.owner),
            match (t.rls, t.force_rls) {
                (true, true) => "forced",
                (true, false) => "on",
                (false, _) => "off",
            },
            t.policies,
            if t.public_privileges.is_empty() {
                "—".to_string()
            } else {
                cell(&t.public_privileges.join(", "))
            }
        );
    }
    out.push('\n');
    details_close(out);
}

pub(super) fn appendix(out: &mut String, audit: &Audit) {
    let _ = writeln!(out, "## Appendix A: SQL behind the figures\n");
    let _ = writeln!(
        out,
        "Read-only queries; paste them into `psql` on the audited database to check each figure.\n"
    );
    for q in &audit.appendix {
        let _ = writeln!(out, "**{}: {}**\n", q.figure, cell(&q.value));
        fenced(out, "sql", &q.sql);
    }
    let _ = writeln!(out, "## Appendix B: commands\n");
    let _ = writeln!(
        out,
        "```sh\n\
         prisma-drift audit --migrations --seed prisma/seed.sql    # this audit, on a throwaway server\n\
         prisma-drift audit --url \"$DATABASE_URL\" -o AUDIT.md      # a live database\n\
         prisma-drift check                                        # drift only (exit 2 on drift)\n\
         prisma-drift check --sql                                  # the SQL that removes the drift\n\
         prisma-drift status                                       # migrations against _prisma_migrations\n\
         prisma-drift validate && prisma-drift format --check      # the schema\n\
         npx prisma migrate deploy                                 # apply pending migrations\n\
         npx prisma migrate resolve --applied NAME                 # mark a repaired failed migration\n\
         ```\n"
    );
}
