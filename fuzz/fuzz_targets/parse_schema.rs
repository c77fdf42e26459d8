//! Arbitrary bytes through the whole front end: parse, validate, summarize,
//! render, JSON and format. Any panic (or overflow, or stack exhaustion) is a
//! bug, and so is formatting that does not settle on an input that parses.

#![no_main]

use libfuzzer_sys::fuzz_target;
use prisma_drift::diagnostics::{Diagnostics, FileId, SourceMap};
use prisma_drift::format::{format_schema, format_str};
use prisma_drift::schema::parse_schema;
use prisma_drift::syntax::{parse_file, summarize};

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
    let formatted: String = format_schema(&parsed).into_iter().map(|f| f.text).collect();
    let mut syntax = Diagnostics::new();
    parse_file(FileId(0), &text, &mut syntax);
    if !syntax.has_errors() {
        assert_eq!(format_str(&formatted), formatted, "formatting twice changes the text");
    }
});
