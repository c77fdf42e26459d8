//! Enum blocks, with values in the database's order.

use super::context::Context;
use super::types;
use super::warnings::Warnings;

/// Enum `index`'s text (before formatting), and its warnings.
pub fn render(context: &Context<'_>, index: usize, warnings: &mut Warnings) -> String {
    let item = &context.db.enums[index];
    let name = &context.enum_names[index];
    let previous = context.previous.enumeration(item).map(|(_, e)| e);
    let mut out = String::new();
    if let Some(existing) = previous {
        let span = existing.span;
        for line in
            context
                .previous
                .docs(span.file.0, span.start, existing.documentation.as_deref())
        {
            out.push_str(&line);
            out.push('\n');
        }
    }
    if previous.is_some() && name.mapped.is_some() {
        warnings.remapped_enums.push(name.prisma.clone());
    }
    out.push_str(&format!("enum {} {{\n", name.prisma));
    for (position, value) in item.values.iter().enumerate() {
        let value_name = &context.value_names[index][position];
        let kept = previous.and_then(|e| e.values.iter().find(|v| v.database_name == *value));
        if kept.is_some() && value_name.mapped.is_some() {
            warnings
                .remapped_values
                .push((name.prisma.clone(), value_name.prisma.clone()));
        }
        let mut line = value_name.prisma.clone();
        if let Some(mapped) = &value_name.mapped {
            line.push_str(&format!(" @map({})", types::quote(mapped)));
        }
        if value_name.prisma.is_empty() || super::names::needs_sanitation(&value_name.prisma) {
            line = format!("// {line}");
            warnings
                .enum_values_with_empty_names
                .push((name.prisma.clone(), value.clone()));
        }
        if let Some(kept) = kept {
            let span = kept.span;
            let above = context
                .previous
                .doc_lines_before(span.file.0, span.start)
                .join("\n");
            let above = (!above.is_empty()).then_some(above);
            for doc in context
                .previous
                .docs(span.file.0, span.start, above.as_deref())
            {
                out.push_str("  ");
                out.push_str(&doc);
                out.push('\n');
            }
        }
        out.push_str("  ");
        out.push_str(&line);
        out.push('\n');
    }
    let mut block = Vec::new();
    if let Some(mapped) = &name.mapped {
        block.push(format!("@@map({})", types::quote(mapped)));
    }
    if context.uses_namespaces {
        block.push(format!("@@schema({})", types::quote(&item.name.schema)));
    }
    if !block.is_empty() {
        out.push('\n');
        for line in block {
            out.push_str("  ");
            out.push_str(&line);
            out.push('\n');
        }
    }
    out.push_str("}\n");
    out
}
