//! Arbitrary bytes through the whole front end: parse, validate, summarize,
//! render and JSON. Any panic (or overflow, or stack exhaustion) is a bug.

#![no_main]

use libfuzzer_sys::fuzz_target;
use prisma_drift::diagnostics::SourceMap;
use prisma_drift::schema::parse_schema;
use prisma_drift::syntax::summarize;

fuzz_target!(|data: &[u8]| {
    // Files are read as UTF-8 with invalid sequences replaced, like the CLI
    // would see them after a lossy decode.
    let text = String::from_utf8_lossy(data);
    let mut sources = SourceMap::new();
    sources.add("schema.prisma", text.as_ref());
    let parsed = parse_schema(sources);
    for file in &parsed.files {
        let _ = summarize(file, &parsed.sources);
    }
    let _ = parsed.diagnostics.render(&parsed.sources, false);
    let _ = parsed.diagnostics.to_json(&parsed.sources);
});
