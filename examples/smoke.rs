use prisma_drift::diagnostics::*;
use prisma_drift::syntax;
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut sources = SourceMap::new();
        let id = sources.add(&path, text.clone());
        let mut d = Diagnostics::new();
        let t = std::time::Instant::now();
        let reps: usize = std::env::var("REPS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(1);
        let mut ast = syntax::parse_file(id, &text, &mut d);
        for _ in 1..reps {
            d = Diagnostics::new();
            ast = syntax::parse_file(id, &text, &mut d);
        }
        let el = t.elapsed();
        println!(
            "{path}: {} items, {} diags, {:?}",
            ast.items.len(),
            d.len(),
            el
        );
        print!("{}", d.render(&sources, false));
        if std::env::var("SUMMARY").is_ok() {
            print!("{}", syntax::summarize(&ast, &sources));
        }
    }
}
