//! Front-end throughput: parsing alone and parsing + validation, in bytes per
//! second, on a real schema (civitai's, from `../shared`) and on a generated
//! schema of 100,000 lines.
//!
//!     cargo bench --bench parse
//!     cargo bench --bench parse -- civitai      # one group only

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use prisma_drift::diagnostics::{Diagnostics, FileId, SourceMap};
use prisma_drift::schema::parse_schema;
use prisma_drift::syntax::parse_file;

fn shared_file(relative: &str) -> Option<String> {
    let root = std::env::var_os("PRISMA_DRIFT_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let path = root.join(relative);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(error) => {
            eprintln!(
                "skipped: cannot read {} ({error}); set PRISMA_DRIFT_SHARED to the shared folder",
                path.display()
            );
            None
        }
    }
}

/// A realistic schema of at least `lines` lines: chains of models with scalar
/// fields of every type, native types, defaults, maps, one-to-many relations
/// both ways, compound uniques and indexes, and enums, all valid together.
fn generated_schema(lines: usize) -> String {
    let mut out = String::from(
        "// Generated for benchmarking.\n\
         datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n\
         generator client {\n  provider = \"prisma-client-js\"\n}\n\n",
    );
    let mut model = 0usize;
    while out.lines().count() < lines {
        // Counting lines each round is quadratic; count in big steps instead.
        for _ in 0..50 {
            if model.is_multiple_of(10) {
                out.push_str(&format!(
                    "/// Status of group {g}.\nenum Status{g} {{\n  ACTIVE\n  PAUSED   @map(\"paused\")\n  ARCHIVED\n  DELETED\n\n  @@map(\"status_{g}\")\n}}\n\n",
                    g = model / 10
                ));
            }
            let status = model / 10;
            out.push_str(&format!(
                "/// Entity number {model}.\nmodel Entity{model} {{\n"
            ));
            out.push_str("  id          String    @id @default(cuid())\n");
            out.push_str("  slug        String    @unique @db.VarChar(191)\n");
            out.push_str("  title       String    @default(\"\") // shown in lists\n");
            out.push_str("  description String?   @db.Text\n");
            out.push_str("  count       Int       @default(0)\n");
            out.push_str("  total       BigInt    @default(0)\n");
            out.push_str("  ratio       Float     @default(0.5) @db.DoublePrecision\n");
            out.push_str("  price       Decimal   @default(0) @db.Decimal(12, 2)\n");
            out.push_str("  enabled     Boolean   @default(true)\n");
            out.push_str("  metadata    Json?     @db.JsonB\n");
            out.push_str("  payload     Bytes?\n");
            out.push_str("  tags        String[]\n");
            out.push_str(&format!("  status      Status{status} @default(ACTIVE)\n"));
            out.push_str(
                "  createdAt   DateTime  @default(now()) @map(\"created_at\") @db.Timestamptz(6)\n",
            );
            out.push_str("  updatedAt   DateTime  @updatedAt @map(\"updated_at\")\n");
            if model > 0 {
                out.push_str(&format!(
                    "  parent      Entity{p}? @relation(fields: [parentId], references: [id], onDelete: Cascade)\n  parentId    String?\n",
                    p = model - 1
                ));
            }
            out.push_str(&format!("  children    Entity{}[]\n", model + 1));
            out.push_str(&format!(
                "\n  @@unique([title, count], map: \"entity_{model}_title_count_key\")\n"
            ));
            out.push_str("  @@index([createdAt(sort: Desc)])\n");
            if model > 0 {
                out.push_str("  @@index([parentId])\n");
            }
            out.push_str(&format!("  @@map(\"entity_{model}\")\n}}\n\n"));
            model += 1;
        }
    }
    // The last `children` list points one model further: close the chain.
    out.push_str(&format!(
        "model Entity{model} {{\n  id       String    @id\n  parent   Entity{p}? @relation(fields: [parentId], references: [id])\n  parentId String?\n}}\n",
        p = model - 1
    ));
    out
}

fn parse_and_validate(text: &str) -> usize {
    let mut sources = SourceMap::new();
    sources.add("schema.prisma", text);
    let parsed = parse_schema(sources);
    parsed.schema.models.len() + parsed.diagnostics.len()
}

fn parse_only(text: &str) -> usize {
    let mut diagnostics = Diagnostics::new();
    let file = parse_file(FileId(0), text, &mut diagnostics);
    file.items.len() + diagnostics.len()
}

fn assert_valid(name: &str, text: &str) {
    let mut sources = SourceMap::new();
    sources.add(name, text);
    let parsed = parse_schema(sources);
    assert!(
        !parsed.diagnostics.has_errors(),
        "{name} must be valid to be a fair benchmark:\n{}",
        parsed.diagnostics.render(&parsed.sources, false)
    );
}

fn bench_schema(c: &mut Criterion, group_name: &str, text: &str, samples: usize) {
    let mut group = c.benchmark_group(group_name);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(samples);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("parse", |b| b.iter(|| parse_only(black_box(text))));
    group.bench_function("parse+validate", |b| {
        b.iter(|| parse_and_validate(black_box(text)))
    });
    group.finish();
}

fn civitai(c: &mut Criterion) {
    let Some(text) = shared_file("corpus/civitai/schema.prisma") else {
        return;
    };
    assert_valid("civitai", &text);
    bench_schema(c, "civitai", &text, 20);
}

fn generated(c: &mut Criterion) {
    let text = generated_schema(100_000);
    assert_valid("generated", &text);
    eprintln!(
        "generated schema: {} lines, {:.1} MB",
        text.lines().count(),
        text.len() as f64 / 1e6
    );
    bench_schema(c, "generated_100k_lines", &text, 10);
}

criterion_group!(benches, civitai, generated);
criterion_main!(benches);
