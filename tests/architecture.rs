//! The module layout's arrows point one way. The allowed dependencies are the
//! "may use" column of the module table in README.md (the crate doc in
//! `src/lib.rs` repeats the same table, and this test keeps the two equal);
//! this test reads every `crate::…` path in `src/` (and `prisma_drift::…` in
//! the binary's `cli`) and fails on any arrow the table does not allow, on a
//! module the table does not list, and on a cycle in the table itself.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Table = BTreeMap<String, BTreeSet<String>>;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Rows of a Markdown table `| `module` | owns | may use |`: module → allowed.
fn read_table(text: &str) -> Table {
    let mut table = Table::new();
    for line in text.lines() {
        let line = line.trim().trim_start_matches("//!").trim();
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // ["", "`module`", "owns", "may use", ""]
        if cells.len() != 5 || !cells[1].starts_with('`') || !cells[1].ends_with('`') {
            continue;
        }
        let module = cells[1].trim_matches('`').to_string();
        if module.contains(['/', '.', ' ']) {
            continue;
        }
        let allowed = cells[3]
            .split(',')
            .map(|cell| cell.trim().trim_matches('`').to_string())
            .filter(|name| !name.is_empty() && name != "—" && name != "-")
            .collect();
        table.insert(module, allowed);
    }
    table
}

/// The top-level module a source file belongs to (`cli` for the binary).
fn module_of(path: &Path) -> Option<String> {
    let relative = path.strip_prefix(root().join("src")).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    match first {
        "lib.rs" => None,
        "main.rs" => Some("cli".into()),
        other => Some(other.trim_end_matches(".rs").to_string()),
    }
}

/// Modules a source text refers to, with the line of each reference:
/// `crate::x`, `crate::{x, y::z}` (or `prisma_drift::…` from the binary).
/// Comments are skipped: a doc link is not a dependency.
fn references(text: &str, prefix: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        let mut rest = code;
        while let Some(at) = rest.find(prefix) {
            let before = rest[..at].chars().last();
            rest = &rest[at + prefix.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            if let Some(group) = rest.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or_default();
                for item in inner.split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() && name != "self" {
                        found.push((number + 1, name));
                    }
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    found.push((number + 1, name));
                }
            }
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every arrow of the sources that the table does not allow, as `file:line: a → b`.
fn violations(table: &Table, files: &[(PathBuf, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (path, text) in files {
        let Some(module) = module_of(path) else {
            continue;
        };
        let Some(allowed) = table.get(&module) else {
            out.push(format!(
                "{}: module `{module}` is not in the table",
                path.display()
            ));
            continue;
        };
        let prefix = if module == "cli" {
            "prisma_drift::"
        } else {
            "crate::"
        };
        for (line, target) in references(text, prefix) {
            // Macros and the grammar's generated items are not modules of ours.
            if target == module || !table.contains_key(&target) {
                continue;
            }
            if !allowed.contains(&target) {
                out.push(format!("{}:{line}: {module} → {target}", path.display()));
            }
        }
    }
    out
}

/// A cycle in the table, if any (as the modules along it).
fn cycle(table: &Table) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        table: &Table,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| n == node) {
            return Some(path[start..].to_vec());
        }
        if !done.insert(node.to_string()) {
            return None;
        }
        path.push(node.to_string());
        for next in table.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, table, path, done) {
                return Some(found);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    table
        .keys()
        .find_map(|node| visit(node, table, &mut Vec::new(), &mut done))
}

fn readme_table() -> Table {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let table = read_table(&readme);
    assert!(
        table.len() >= 10,
        "README.md has no module table: {table:?}"
    );
    table
}

#[test]
fn imports_follow_the_module_table() {
    let table = readme_table();
    let mut paths = Vec::new();
    rust_files(&root().join("src"), &mut paths);
    paths.sort();
    let files: Vec<(PathBuf, String)> = paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (path, text)
        })
        .collect();
    let found = violations(&table, &files);
    assert!(
        found.is_empty(),
        "arrows the module table does not allow:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_table_has_no_cycle_and_names_only_its_own_modules() {
    let table = readme_table();
    assert_eq!(cycle(&table), None, "the module table has a cycle");
    for (module, allowed) in &table {
        for target in allowed {
            assert!(
                table.contains_key(target),
                "{module} may use `{target}`, which is not in the table"
            );
        }
    }
}

#[test]
fn the_crate_doc_repeats_the_readme_table() {
    let lib = std::fs::read_to_string(root().join("src/lib.rs")).unwrap();
    assert_eq!(
        read_table(&lib),
        readme_table(),
        "src/lib.rs and README.md disagree"
    );
}

/// The checker itself: a wrong import is found, a right one is not, comments are not imports.
#[test]
fn a_wrong_import_is_caught() {
    let table = read_table(
        "| `ir` | the model | `sql` |\n| `sql` | spelling | — |\n| `diff` | differ | `ir`, `sql` |\n",
    );
    let file = |name: &str, text: &str| (root().join("src").join(name), text.to_string());
    let files = vec![
        file(
            "ir/mod.rs",
            "use crate::sql::quote_ident;\n// see crate::diff\n",
        ),
        file("sql/mod.rs", "use crate::{diff::Change, ir};\n"),
    ];
    let found = violations(&table, &files);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].ends_with("sql/mod.rs:1: sql → diff"), "{found:?}");
    assert!(found[1].ends_with("sql/mod.rs:1: sql → ir"), "{found:?}");
    let mut cyclic = table.clone();
    cyclic.get_mut("sql").unwrap().insert("diff".into());
    assert!(cycle(&cyclic).is_some());
}
