//! Objects the schema cannot describe that depend on what a step changes:
//! views and functions, found by name in their definitions, so a hint
//! rather than a certainty.

use super::Planner;
use crate::ir::Table;

/// Whether `text` names `name` as a whole identifier.
pub(super) fn mentions(text: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

impl Planner<'_> {
    /// Views and functions that seem to use a table (or one of its columns):
    /// PostgreSQL refuses to drop or retype what they depend on.
    pub(super) fn dependent_objects(&self, table: &Table, column: Option<&str>) -> Vec<String> {
        let mut notes = Vec::new();
        for view in &self.actual.views {
            let Some(definition) = &view.definition else {
                continue;
            };
            if mentions(definition, &table.name.name)
                && column.is_none_or(|c| mentions(definition, c))
            {
                notes.push(format!(
                    "{} {} seems to use {}: PostgreSQL refuses this while it exists (drop it first, recreate it after)",
                    if view.materialized { "materialized view" } else { "view" },
                    view.name,
                    match column {
                        Some(c) => format!("{}.{c}", table.name),
                        None => table.name.to_string(),
                    }
                ));
            }
        }
        if column.is_none() {
            for function in &self.actual.functions {
                if function.name.schema == table.name.schema
                    && (function.name.name == table.name.name
                        || mentions(&function.arguments, &table.name.name))
                {
                    notes.push(format!(
                        "{} {}({}) may use the row type of {}: DROP TABLE fails while it exists (drop it first)",
                        function.kind, function.name, function.arguments, table.name
                    ));
                }
            }
        }
        notes
    }
}

#[cfg(test)]
mod tests {
    use super::mentions;

    #[test]
    fn whole_identifiers_only() {
        assert!(mentions("SELECT \"User\".id FROM \"User\"", "User"));
        assert!(mentions("select nickname from u", "nickname"));
        assert!(!mentions("SELECT \"UserRole\".id", "User"));
        assert!(!mentions("SELECT nick_name", "nick"));
        assert!(!mentions("anything", ""));
    }
}
