//! Autoincrement: the sequence behind a `nextval` default, created when the
//! database lacks it and owned by its column, as Prisma does it. A sequence
//! the column already owns is reused, whatever its name.

use crate::diff::equivalence::same_name;
use crate::fixup::plan::Planner;
use crate::fixup::statements::{create_sequence, sequence_owned_by, set_sequence_default};
use crate::ir::{Column, DefaultValue, QualifiedName, Table};

impl Planner<'_> {
    /// Statements around a column definition for an autoincrement column
    /// that is not `SERIAL`: (before, after). `None` when the column needs none.
    pub(in crate::fixup::plan) fn sequence_statements(
        &self,
        table: &Table,
        column: &Column,
    ) -> Option<(Vec<String>, Vec<String>)> {
        let Some(DefaultValue::Sequence(name)) = &column.default else {
            return None;
        };
        let sequence = QualifiedName::new(table.name.schema.clone(), name.clone());
        let mut before = Vec::new();
        if !self.sequence_exists(&sequence) {
            before.push(create_sequence(&sequence));
        }
        let after = vec![sequence_owned_by(&sequence, &table.name, &column.name)];
        Some((before, after))
    }

    /// The statements that give an existing column the autoincrement default
    /// of sequence `name`.
    pub(super) fn sequence_default(
        &self,
        table: &Table,
        column: &Column,
        name: &str,
    ) -> Vec<String> {
        let (sequence, create, owned) = self.sequence_for(table, column, name);
        let mut statements = Vec::new();
        if create {
            statements.push(create_sequence(&sequence));
        }
        statements.push(set_sequence_default(&table.name, &column.name, &sequence));
        if !owned {
            statements.push(sequence_owned_by(&sequence, &table.name, &column.name));
        }
        statements
    }

    /// The sequence for an autoincrement default: (name, must be created,
    /// already owned by the column).
    fn sequence_for(
        &self,
        table: &Table,
        column: &Column,
        name: &str,
    ) -> (QualifiedName, bool, bool) {
        let owned = self.actual.sequences.iter().find(|s| {
            s.name.schema == table.name.schema
                && s.owned_by
                    .as_ref()
                    .is_some_and(|(t, c)| *t == table.name.name && *c == column.name)
        });
        if let Some(sequence) = owned {
            return (sequence.name.clone(), false, true);
        }
        let sequence = QualifiedName::new(table.name.schema.clone(), name.to_string());
        let exists = self.sequence_exists(&sequence);
        (sequence, !exists, false)
    }

    /// Whether the database has a sequence of that name.
    fn sequence_exists(&self, sequence: &QualifiedName) -> bool {
        self.actual
            .sequences
            .iter()
            .any(|s| s.name.schema == sequence.schema && same_name(&s.name.name, &sequence.name))
    }
}
