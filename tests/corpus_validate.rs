//! Every real-world schema of the corpus validates with zero errors.

mod shared;

use prisma_drift::schema::{locate, parse_schema};

#[test]
fn corpus_schemas_are_valid() {
    let projects = shared::corpus_projects();
    for (name, path) in &projects {
        let sources = locate::load(path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let files = sources.files().len();
        let lines: usize = sources.files().iter().map(|f| f.text.lines().count()).sum();
        let parsed = parse_schema(sources);
        let errors: Vec<String> = parsed
            .diagnostics
            .errors()
            .map(|d| format!("{}: {}", parsed.sources.location(d.span), d.message))
            .collect();
        println!(
            "{name}: {files} file(s), {lines} lines, {} models, {} enums, {} relations, {} errors, {} warnings",
            parsed.schema.models.len(),
            parsed.schema.enums.len(),
            parsed.schema.relations.len(),
            errors.len(),
            parsed.diagnostics.warnings().count()
        );
        assert!(
            errors.is_empty(),
            "{name} has errors:\n{}",
            errors.join("\n")
        );
    }
    if !projects.is_empty() {
        assert_eq!(projects.len(), 11, "the corpus has 11 projects");
    }
}
