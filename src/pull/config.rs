//! The datasource and generator blocks, re-rendered from the existing
//! schema the way Prisma renders them: generators first (provider, output,
//! sorted preview features, binary targets, the rest sorted by name, as
//! strings), then the datasource (provider, relation mode, schemas).

use super::types::quote;
use crate::schema::{GeneratorValue, ParsedSchema, RelationMode};

/// The configuration blocks, each with the file it belongs to (`None`: the
/// file introspection writes to).
pub fn render(
    existing: Option<&ParsedSchema>,
    partial_indexes: bool,
    schemas: Option<&[String]>,
) -> Vec<(Option<u32>, String)> {
    let Some(parsed) = existing else {
        return vec![(None, datasource_text("db", "postgresql", None, schemas))];
    };
    let mut blocks = Vec::new();
    for generator in &parsed.schema.generators {
        let mut out = format!("generator {} {{\n", generator.name);
        if let Some(provider) = &generator.provider {
            out.push_str(&format!("  provider = {}\n", quote(provider)));
        }
        let value = |v: &GeneratorValue| match v {
            GeneratorValue::Text(text) => quote(text),
            GeneratorValue::Expression(text) => text.clone(),
        };
        let find = |name: &str| generator.properties.iter().find(|(n, _)| n == name);
        if let Some((_, output)) = find("output") {
            out.push_str(&format!("  output = {}\n", value(output)));
        }
        let client = generator
            .provider
            .as_deref()
            .is_some_and(|p| p == "prisma-client-js" || p == "prisma-client");
        // Prisma turns on the preview feature its `where:` needs.
        let add_partial = partial_indexes
            && client
            && !generator
                .preview_features
                .iter()
                .any(|(f, _)| f == "partialIndexes");
        if generator.has_preview_features || add_partial {
            let mut features: Vec<&str> = generator
                .preview_features
                .iter()
                .map(|(f, _)| f.as_str())
                .collect();
            features.sort_unstable();
            features.dedup();
            if add_partial {
                features.push("partialIndexes");
            }
            let list: Vec<String> = features.iter().map(|f| quote(f)).collect();
            out.push_str(&format!("  previewFeatures = [{}]\n", list.join(", ")));
        }
        if let Some((_, targets)) = find("binaryTargets") {
            let text = value(targets);
            let list = if text.starts_with('[') {
                text
            } else {
                format!("[{text}]")
            };
            out.push_str(&format!("  binaryTargets = {list}\n"));
        }
        let mut rest: Vec<&(String, GeneratorValue)> = generator
            .properties
            .iter()
            .filter(|(n, _)| n != "output" && n != "binaryTargets" && n != "previewFeatures")
            .collect();
        rest.sort_by(|a, b| a.0.cmp(&b.0));
        for (name, v) in rest {
            out.push_str(&format!("  {name} = {}\n", value(v)));
        }
        out.push_str("}\n");
        blocks.push((Some(generator.span.file.0), out));
    }
    if let Some(source) = &parsed.schema.datasource {
        let provider = provider_as_written(parsed).unwrap_or_else(|| source.provider.clone());
        let declared: Vec<String> = source.schemas.iter().map(|(s, _)| s.clone()).collect();
        let schemas = schemas
            .map(<[String]>::to_vec)
            .or((!declared.is_empty()).then_some(declared));
        let mode = (source.relation_mode == RelationMode::Prisma).then_some("prisma");
        blocks.push((
            Some(source.span.file.0),
            datasource_text(&source.name, &provider, mode, schemas.as_deref()),
        ));
    } else {
        blocks.push((None, datasource_text("db", "postgresql", None, schemas)));
    }
    blocks
}

/// The datasource's provider as the schema spells it (`postgres` stays).
fn provider_as_written(parsed: &ParsedSchema) -> Option<String> {
    let source = parsed.schema.datasource.as_ref()?;
    let text = &parsed.sources.get(source.provider_span.file).text;
    let written =
        text.get(source.provider_span.start as usize..source.provider_span.end as usize)?;
    let inner = written.trim().strip_prefix('"')?.strip_suffix('"')?;
    Some(inner.to_string())
}

fn datasource_text(
    name: &str,
    provider: &str,
    mode: Option<&str>,
    schemas: Option<&[String]>,
) -> String {
    let mut out = format!("datasource {name} {{\n  provider = {}\n", quote(provider));
    if let Some(mode) = mode {
        out.push_str(&format!("  relationMode = {}\n", quote(mode)));
    }
    if let Some(schemas) = schemas {
        // Prisma writes the list sorted, whatever order the schema had.
        let sorted: std::collections::BTreeSet<&String> = schemas.iter().collect();
        let list: Vec<String> = sorted.into_iter().map(|s| quote(s)).collect();
        out.push_str(&format!("  schemas = [{}]\n", list.join(", ")));
    }
    out.push_str("}\n");
    out
}
