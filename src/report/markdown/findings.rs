//! Findings (grouped by severity, one table per kind, then one copy-paste
//! block of schema lines and one of SQL), action items and the Prisma version.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::{cell, code, plural};
use crate::audit::{ActionItems, Finding, FindingSeverity, PrismaSection};

pub(super) fn findings(out: &mut String, list: &[Finding], namespaces: &[String]) {
    let _ = writeln!(out, "## Findings\n");
    for (severity, heading) in [
        (FindingSeverity::Critical, "Critical issues"),
        (FindingSeverity::Warning, "Warnings"),
        (FindingSeverity::Recommendation, "Recommendations"),
    ] {
        let of: Vec<&Finding> = list.iter().filter(|f| f.severity == severity).collect();
        let _ = writeln!(out, "### {heading} ({})\n", of.len());
        if of.is_empty() {
            let _ = writeln!(out, "None.\n");
            continue;
        }
        let mut start = 0;
        while start < of.len() {
            let kind = of[start].kind;
            let end = of[start..]
                .iter()
                .position(|f| f.kind != kind)
                .map_or(of.len(), |p| start + p);
            kind_block(out, &of[start..end], namespaces);
            start = end;
        }
    }
}

/// The findings of one kind: heading, rationale, a table, the fixes to paste.
fn kind_block(out: &mut String, group: &[&Finding], namespaces: &[String]) {
    // One namespace: objects without its prefix.
    let object = |f: &Finding| match namespaces {
        [only] => f
            .object
            .path
            .strip_prefix(&format!("{only}."))
            .unwrap_or(&f.object.path)
            .to_string(),
        _ => f.object.path.clone(),
    };
    let kind = group[0].kind;
    let _ = writeln!(
        out,
        "#### {} ({}) · priority {}\n",
        kind.title(),
        group.len(),
        group[0].priority.as_str()
    );
    let _ = writeln!(out, "{} Kind {}.\n", kind.rationale(), code(kind.as_str()));
    let with_lines = group.iter().any(|f| f.suggestion.schema_line.is_some());
    if with_lines {
        let _ = writeln!(
            out,
            "| Model | Columns | Schema line | Location |\n|---|---|---|---|"
        );
        for f in group {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(f.object.model.as_deref().unwrap_or("—")),
                code(&f.object.columns.join(", ")),
                f.suggestion
                    .schema_line
                    .as_deref()
                    .map(code)
                    .unwrap_or_else(|| "—".into()),
                location(f)
            );
        }
    } else if group
        .iter()
        .all(|f| f.suggestion.text == group[0].suggestion.text)
    {
        // One fix for all: said once, the table lists what it applies to.
        let _ = writeln!(out, "Fix: {}\n", cell(&group[0].suggestion.text));
        let _ = writeln!(out, "| Object | Finding |\n|---|---|");
        for f in group {
            let _ = writeln!(out, "| {} | {} |", code(&object(f)), cell(&f.message));
        }
    } else {
        let _ = writeln!(out, "| Object | Finding | Fix |\n|---|---|---|");
        for f in group {
            let _ = writeln!(
                out,
                "| {} | {} | {} |",
                code(&object(f)),
                cell(&f.message),
                cell(&f.suggestion.text)
            );
        }
    }
    out.push('\n');
    schema_block(out, group);
    let sql: Vec<&str> = group
        .iter()
        .filter_map(|f| f.suggestion.sql.as_deref())
        .collect();
    if !sql.is_empty() {
        let _ = writeln!(out, "SQL (for a migration, or to run by hand):\n");
        fenced(out, "sql", &sql.join("\n"));
    }
}

/// One block of schema lines, grouped by model, to paste into the schema.
fn schema_block(out: &mut String, group: &[&Finding]) {
    let mut by_model: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for f in group {
        if let (Some(model), Some(line)) = (&f.object.model, &f.suggestion.schema_line) {
            by_model.entry(model).or_default().push(line);
        }
    }
    if by_model.is_empty() {
        return;
    }
    let mut text = String::new();
    for (model, lines) in &by_model {
        let _ = writeln!(text, "model {model} {{");
        for line in lines {
            let _ = writeln!(text, "  {line}");
        }
        let _ = writeln!(text, "}}");
    }
    let _ = writeln!(out, "Schema lines, by model:\n");
    fenced(out, "prisma", text.trim_end());
}

/// A fenced code block, with a fence longer than any backtick run inside; each
/// line escaped as for a terminal (a code block shows `|` and `<` as themselves).
pub(super) fn fenced(out: &mut String, language: &str, text: &str) {
    let text: Vec<String> = text
        .lines()
        .map(|l| crate::report::escape::escape_text(l).into_owned())
        .collect();
    let text = text.join("\n");
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let _ = writeln!(out, "{fence}{language}\n{text}\n{fence}\n");
}

fn location(f: &Finding) -> String {
    f.location
        .as_ref()
        .map(|l| code(&format!("{}:{}", l.file, l.line)))
        .unwrap_or_else(|| "—".into())
}

pub(super) fn action_items(out: &mut String, items: &ActionItems) {
    let _ = writeln!(out, "## Action items\n");
    for (heading, list) in [
        ("Immediate", &items.immediate),
        ("Short-term", &items.short_term),
        ("Long-term", &items.long_term),
    ] {
        let _ = writeln!(out, "**{heading}:**\n");
        if list.is_empty() {
            let _ = writeln!(out, "- Nothing.\n");
            continue;
        }
        for item in list {
            let _ = writeln!(out, "- {}", cell(&item.text));
        }
        out.push('\n');
    }
}

pub(super) fn prisma(out: &mut String, section: &PrismaSection) {
    let _ = writeln!(out, "## Prisma version\n");
    let version = |v: &Option<String>| v.as_deref().map(code).unwrap_or_else(|| "not found".into());
    let _ = writeln!(
        out,
        "- `prisma`: {}\n- `@prisma/client`: {}{}",
        version(&section.prisma),
        version(&section.client),
        if section.mismatch {
            "\n- ⚠️ The two differ: install the same version of both."
        } else {
            ""
        }
    );
    if section.sources.is_empty() {
        let _ = writeln!(
            out,
            "- No `package.json` or lock file beside the schema or above it names them."
        );
    } else {
        let files: Vec<String> = section
            .sources
            .iter()
            .map(|s| format!("{} ({})", code(&s.file), s.kind))
            .collect();
        let _ = writeln!(out, "- Read from: {}", files.join(", "));
    }
    for problem in &section.problems {
        let _ = writeln!(out, "- Not readable: {}", cell(problem));
    }
    let _ = writeln!(
        out,
        "\nNo network is used, so no \"latest version\" is claimed.\n"
    );
    let _ = writeln!(out, "### Prisma 7 readiness\n");
    if section.prisma7.is_empty() {
        let _ = writeln!(out, "Nothing in the schema that Prisma 7 rejects.\n");
        return;
    }
    let _ = writeln!(
        out,
        "{} to make before upgrading:\n",
        plural(section.prisma7.len(), "change", "changes")
    );
    for item in &section.prisma7 {
        let _ = writeln!(out, "- {}: {}", code(&item.at), cell(&item.message));
    }
    out.push('\n');
}
