//! The schema's own sections: banner comments that group its models.

use std::collections::BTreeMap;

use super::ParsedSchema;
use crate::syntax::{BlockKind, CommentKind, Top};

/// Whether a comment line is a rule: only `=`, `-`, `*`, `#`, `~`, `/` (three or more).
fn is_rule(text: &str) -> bool {
    let text = text.trim();
    text.len() >= 3 && text.chars().all(|c| "=-*#~/".contains(c))
}

impl ParsedSchema {
    /// The schema's sections: a run of top-level `//` comments with a rule line
    /// (`// =====`) names the section of the models after it, by its first line
    /// that is not a rule. Model name → (section order, title); empty when the
    /// schema has no such comments.
    pub fn model_sections(&self) -> BTreeMap<String, (usize, String)> {
        let mut out = BTreeMap::new();
        let mut titles: Vec<String> = Vec::new();
        for file in &self.files {
            let mut run: Vec<&str> = Vec::new();
            let mut current: Option<usize> = None;
            for item in &file.items {
                match item {
                    Top::Comment(c) if c.kind == CommentKind::Line => {
                        run.push(c.text.as_str());
                        continue;
                    }
                    Top::Block(block) => {
                        if run.iter().any(|l| is_rule(l)) {
                            if let Some(title) =
                                run.iter().find(|l| !is_rule(l) && !l.trim().is_empty())
                            {
                                let title = title.trim().to_string();
                                current = Some(
                                    titles.iter().position(|t| *t == title).unwrap_or_else(|| {
                                        titles.push(title);
                                        titles.len() - 1
                                    }),
                                );
                            }
                        }
                        if matches!(block.kind, BlockKind::Model | BlockKind::View) {
                            if let Some(i) = current {
                                out.insert(block.name.name.clone(), (i, titles[i].clone()));
                            }
                        }
                    }
                    // A model's `///` documentation sits between its banner and it.
                    Top::Comment(_) => continue,
                    Top::BlankLine(_) => {
                        // A blank line inside a section banner keeps the run going.
                        continue;
                    }
                    _ => {}
                }
                run.clear();
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn banner_comments_name_the_sections_of_the_models_after_them() {
        let parsed = crate::schema::parse_source(
            "s.prisma",
            "// intro, no rule\nmodel A {\n  id Int @id\n}\n\n// ====\n// Billing\n// ====\n\nmodel B {\n  id Int @id\n}\n// just a note\nmodel C {\n  id Int @id\n}\n// -----\n// Staff\nmodel D {\n  id Int @id\n}\n",
        );
        let sections = parsed.model_sections();
        assert_eq!(sections.get("A"), None);
        assert_eq!(sections.get("B"), Some(&(0, "Billing".to_string())));
        assert_eq!(sections.get("C"), Some(&(0, "Billing".to_string())));
        assert_eq!(sections.get("D"), Some(&(1, "Staff".to_string())));
    }
}
