//! A [`Fixup`] as a script: a header, each step as comment lines and
//! statements, then what was left alone.

use super::Fixup;

impl Fixup {
    /// Whether the script changes anything.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The script: a header, each step as comment lines (title, warning,
    /// notes) and its statements, then the changes no SQL was written for
    /// and those left alone.
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str("-- Fix-up SQL from prisma-drift: brings the database to the schema.\n");
        if self.steps.is_empty() && self.unsupported.is_empty() {
            out.push_str("-- Nothing to change: the database has no drift.\n");
        } else {
            out.push_str(
                "-- Review it before running it: steps marked \"WARNING: destructive\" can lose data.\n",
            );
        }
        let cyclic_from = self.steps.len() - self.cyclic_steps.min(self.steps.len());
        for (i, step) in self.steps.iter().enumerate() {
            out.push('\n');
            if self.cyclic_steps > 0 && i == cyclic_from {
                out.push_str(
                    "-- NOTE: the steps below depend on each other in a cycle; their order was not derived and may need editing.\n\n",
                );
            }
            out.push_str(&format!("-- {}\n", one_line(&step.title)));
            if let Some(reason) = &step.destructive {
                out.push_str(&format!("-- WARNING: destructive: {}\n", one_line(reason)));
            }
            for note in &step.notes {
                out.push_str(&format!("-- NOTE: {}\n", one_line(note)));
            }
            for statement in &step.statements {
                out.push_str(statement);
                out.push_str(";\n");
            }
        }
        if !self.unsupported.is_empty() {
            out.push_str("\n-- Not written (no SQL could be derived; change these by hand):\n");
            for line in &self.unsupported {
                out.push_str(&format!("--   {}\n", one_line(line)));
            }
        }
        if !self.not_changed.is_empty() {
            out.push_str(
                "\n-- Not changed (warnings and info: the schema cannot describe these, or Prisma ignores them):\n",
            );
            for line in &self.not_changed {
                out.push_str(&format!("--   {}\n", one_line(line)));
            }
        }
        out
    }
}

/// Comment text on one line, whatever names it quotes.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use crate::fixup::{Fixup, FixupStep};

    fn step(i: usize) -> FixupStep {
        FixupStep {
            title: format!("step {i}"),
            destructive: None,
            notes: vec![],
            statements: vec![format!("SELECT {i}")],
        }
    }

    /// Steps caught in a dependency cycle come last, under a note that says so.
    #[test]
    fn cyclic_steps_are_marked() {
        let fix = Fixup {
            steps: vec![step(2), step(0), step(1)],
            cyclic_steps: 2,
            ..Fixup::default()
        };
        let text = fix.render();
        let marker = text.find("depend on each other in a cycle").expect(&text);
        assert!(text.find("SELECT 2").unwrap() < marker && marker < text.find("SELECT 0").unwrap());
    }

    /// A name holding a line break cannot end the comment it is quoted in.
    #[test]
    fn comments_stay_on_one_line() {
        let mut evil = step(0);
        evil.title = "drop \"a\nDROP TABLE x; --\"".into();
        evil.notes = vec!["b\r\nc".into()];
        let text = Fixup {
            steps: vec![evil],
            ..Fixup::default()
        }
        .render();
        assert!(text.contains("-- drop \"a DROP TABLE x; --\"\n"), "{text}");
        assert!(text.contains("-- NOTE: b  c\n"), "{text}");
        assert!(!text.lines().any(|l| l.starts_with("DROP TABLE")), "{text}");
    }
}
