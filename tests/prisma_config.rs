//! `prisma.config.ts` read with a TypeScript parser: every file of
//! `tests/fixtures/prisma_config/` gets one snapshot holding the input, what
//! was read, and each value evaluated in a fixed environment (`DATABASE_URL`
//! and `APP_DB_URL` set, `DB_HOST` and `SHADOW_URL` not).

use std::fmt::Write;
use std::path::{Path, PathBuf};

use prisma_drift::schema::prisma_config::{PrismaConfig, Value};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/prisma_config");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    files
}

fn env(name: &str) -> Option<String> {
    match name {
        "DATABASE_URL" => Some("postgresql://app@db:5432/app".into()),
        "APP_DB_URL" => Some("postgresql://app@appdb:5432/app".into()),
        _ => None,
    }
}

fn describe(name: &str, value: &Option<Value>, out: &mut String) {
    let Some(value) = value else {
        let _ = writeln!(out, "{name}: (not set)");
        return;
    };
    let evaluated = match value.evaluate(&env) {
        Ok(Some(text)) => format!("{text:?}"),
        Ok(None) => "undefined".to_string(),
        Err(error) => format!("error: {error}"),
    };
    let _ = writeln!(out, "{name}: {value:?}\n  = {evaluated}");
}

#[test]
fn config_files_read_statically() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    let _guard = settings.bind_to_scope();
    for path in fixtures() {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut out = format!("{text}\n---\n");
        match PrismaConfig::parse(Path::new(&name), &text) {
            Ok(config) => {
                let _ = writeln!(out, "loads_dotenv: {}", config.loads_dotenv);
                describe("schema", &config.schema, &mut out);
                describe("migrations.path", &config.migrations_path, &mut out);
                describe("datasource.url", &config.datasource_url, &mut out);
                describe(
                    "datasource.shadowDatabaseUrl",
                    &config.shadow_database_url,
                    &mut out,
                );
            }
            Err(error) => {
                let _ = writeln!(out, "error: {error}");
            }
        }
        insta::assert_snapshot!(format!("prisma_config__{name}"), out);
    }
}
