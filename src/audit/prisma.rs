//! The Prisma version section: which `prisma` and `@prisma/client` the
//! project uses, read from `package.json` and the lock files (npm, pnpm, yarn,
//! bun) beside the schema and in every folder up to the repository root, and
//! what in the schema Prisma 7 rejects or changes. Nothing is fetched: the
//! audit never claims a "latest" version.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::schema::{ModelKind, ParsedSchema, UrlSource};

/// The two packages whose versions matter.
pub const PACKAGES: [&str; 2] = ["prisma", "@prisma/client"];

/// The Prisma version section.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PrismaSection {
    /// Every file read that names one of the packages, nearest the schema first.
    pub sources: Vec<PackageSource>,
    /// The installed (locked) version of `prisma`, else the range `package.json` asks for.
    pub prisma: Option<String>,
    /// The same for `@prisma/client`.
    pub client: Option<String>,
    /// Both known and different.
    pub mismatch: bool,
    /// The major version (of `prisma`, else of the client), when known.
    pub major: Option<u64>,
    /// What Prisma 7 rejects or changes in this schema.
    pub prisma7: Vec<Prisma7Item>,
    /// Files that could not be read or parsed (each with the reason).
    pub problems: Vec<String>,
}

/// What one file says about the packages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PackageSource {
    /// The file, as found (relative to the working directory when below it).
    pub file: String,
    /// `package.json`, `npm`, `pnpm`, `yarn` or `bun`.
    pub kind: &'static str,
    /// `prisma`'s version (a lock file) or range (`package.json`).
    pub prisma: Option<String>,
    /// `@prisma/client`'s.
    pub client: Option<String>,
}

/// One thing Prisma 7 rejects or changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prisma7Item {
    /// Stable identifier: `datasource_url`, `removed_preview_feature`, `client_generator`, `view_id`.
    pub code: &'static str,
    /// What and where (plain text).
    pub message: String,
    /// `file:line` in the schema.
    pub at: String,
}

/// Reads the packages' versions from `start` (the schema's folder) up to `root`
/// (the repository root; `start` alone when it is not below it), and checks the
/// schema for Prisma 7.
pub fn read(parsed: &ParsedSchema, start: &Path, root: &Path, cwd: &Path) -> PrismaSection {
    let mut section = PrismaSection::default();
    for dir in folders(start, root) {
        for (name, kind) in [
            ("package.json", "package.json"),
            ("package-lock.json", "npm"),
            ("npm-shrinkwrap.json", "npm"),
            ("pnpm-lock.yaml", "pnpm"),
            ("yarn.lock", "yarn"),
            ("bun.lock", "bun"),
        ] {
            let path = dir.join(name);
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let shown = display(&path, cwd);
            match versions(kind, &text) {
                Ok([None, None]) => {}
                Ok([prisma, client]) => section.sources.push(PackageSource {
                    file: shown,
                    kind,
                    prisma,
                    client,
                }),
                Err(error) => section.problems.push(format!("{shown}: {error}")),
            }
        }
    }
    // A lock file says what is installed; package.json only what is asked for.
    let pick = |get: fn(&PackageSource) -> Option<&String>| {
        let locked = section.sources.iter().filter(|s| s.kind != "package.json");
        locked
            .filter_map(get)
            .next()
            .or_else(|| section.sources.iter().filter_map(get).next())
            .cloned()
    };
    section.prisma = pick(|s| s.prisma.as_ref());
    section.client = pick(|s| s.client.as_ref());
    section.mismatch = match (&section.prisma, &section.client) {
        (Some(a), Some(b)) => bare(a) != bare(b),
        _ => false,
    };
    section.major = section
        .prisma
        .as_deref()
        .or(section.client.as_deref())
        .and_then(major);
    section.prisma7 = prisma7(parsed);
    section
}

/// `start` and its ancestors up to `root` (just `start` when it is not below `root`).
fn folders(start: &Path, root: &Path) -> Vec<PathBuf> {
    let start = std::fs::canonicalize(start).unwrap_or_else(|_| start.to_path_buf());
    let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    if !start.starts_with(&root) {
        return vec![start];
    }
    let mut out = Vec::new();
    for dir in start.ancestors() {
        out.push(dir.to_path_buf());
        if dir == root {
            break;
        }
    }
    out
}

fn display(path: &Path, cwd: &Path) -> String {
    let cwd = std::fs::canonicalize(cwd).unwrap_or_else(|_| cwd.to_path_buf());
    path.strip_prefix(&cwd)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The version without a range operator: `^5.22.0` → `5.22.0`.
fn bare(version: &str) -> &str {
    version.trim_start_matches(['^', '~', '=', 'v', '>', '<', ' '])
}

/// The major version of `5.22.0`, `^6.1.0`, …
pub fn major(version: &str) -> Option<u64> {
    bare(version).split('.').next()?.parse().ok()
}

/// `[prisma, @prisma/client]` as `kind`'s file `text` gives them.
fn versions(kind: &str, text: &str) -> Result<[Option<String>; 2], String> {
    match kind {
        "package.json" => package_json(text),
        "npm" => npm_lock(text),
        "pnpm" => pnpm_lock(text),
        "yarn" => yarn_lock(text),
        "bun" => bun_lock(text),
        _ => Ok([None, None]),
    }
}

fn package_json(text: &str) -> Result<[Option<String>; 2], String> {
    let json: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    Ok(PACKAGES.map(|package| {
        ["dependencies", "devDependencies", "optionalDependencies"]
            .iter()
            .find_map(|group| json[group][package].as_str())
            .map(String::from)
    }))
}

/// `package-lock.json` v2/v3 (`packages["node_modules/prisma"]`) or v1 (`dependencies`).
fn npm_lock(text: &str) -> Result<[Option<String>; 2], String> {
    let json: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    Ok(PACKAGES.map(|package| {
        json["packages"][format!("node_modules/{package}")]["version"]
            .as_str()
            .or_else(|| json["dependencies"][package]["version"].as_str())
            .map(String::from)
    }))
}

/// `pnpm-lock.yaml`: the root importer's (v6+), else the top-level
/// `dependencies` (v5); a version may carry peer suffixes: `5.22.0(prisma@5.22.0)`.
fn pnpm_lock(text: &str) -> Result<[Option<String>; 2], String> {
    let yaml: serde_yaml_ng::Value = serde_yaml_ng::from_str(text).map_err(|e| e.to_string())?;
    let version_in = |deps: &serde_yaml_ng::Value, package: &str| -> Option<String> {
        let entry = deps.get(package)?;
        let version = entry
            .get("version")
            .and_then(|v| v.as_str())
            .or_else(|| entry.as_str())?;
        Some(version.split('(').next().unwrap_or(version).to_string())
    };
    Ok(PACKAGES.map(|package| {
        let importer = yaml.get("importers").and_then(|i| i.get("."));
        [importer, Some(&yaml)]
            .into_iter()
            .flatten()
            .flat_map(|root| {
                ["dependencies", "devDependencies", "optionalDependencies"]
                    .into_iter()
                    .filter_map(move |group| root.get(group))
            })
            .find_map(|deps| version_in(deps, package))
    }))
}

/// `yarn.lock`, classic (v1) or Berry (YAML), with the yarn-lock-parser crate.
fn yarn_lock(text: &str) -> Result<[Option<String>; 2], String> {
    let lock = yarn_lock_parser::parse_str(text).map_err(|e| e.to_string())?;
    Ok(PACKAGES.map(|package| {
        lock.entries
            .iter()
            .find(|entry| entry.name == package)
            .map(|entry| entry.version.to_string())
    }))
}

/// `bun.lock` (text, JSON with trailing commas: read as JSON5):
/// `packages["prisma"][0]` is `"prisma@5.22.0"`.
fn bun_lock(text: &str) -> Result<[Option<String>; 2], String> {
    let json: serde_json::Value = json5::from_str(text).map_err(|e| e.to_string())?;
    Ok(PACKAGES.map(|package| {
        let id = json["packages"][package][0].as_str()?;
        id.strip_prefix(package)?
            .strip_prefix('@')
            .map(String::from)
    }))
}

/// What Prisma 7 rejects or changes in the schema: connection URLs in the
/// datasource (they move to `prisma.config.ts`), preview features that are gone,
/// the `prisma-client-js` generator (replaced by `prisma-client`), `@id` on views.
pub fn prisma7(parsed: &ParsedSchema) -> Vec<Prisma7Item> {
    let at = |span: crate::diagnostics::Span| {
        let file = parsed.sources.get(span.file);
        let (line, _) = file.line_column(span.start);
        format!("{}:{line}", file.path)
    };
    let mut items = Vec::new();
    let schema = &parsed.schema;
    if let Some(datasource) = &schema.datasource {
        for (property, value) in [
            ("url", &datasource.url),
            ("directUrl", &datasource.direct_url),
            ("shadowDatabaseUrl", &datasource.shadow_database_url),
        ] {
            if let Some(value) = value {
                let how = match value {
                    UrlSource::Env(name) => format!("env(\"{name}\")"),
                    UrlSource::Literal(_) => "a literal URL".to_string(),
                };
                items.push(Prisma7Item {
                    code: "datasource_url",
                    message: format!(
                        "The datasource sets {property} ({how}); Prisma 7 rejects connection URLs \
                         in the schema: move it to prisma.config.ts (datasource.url)."
                    ),
                    at: at(datasource.span),
                });
            }
        }
    }
    for generator in &schema.generators {
        if generator.provider.as_deref() == Some("prisma-client-js") {
            items.push(Prisma7Item {
                code: "client_generator",
                message: format!(
                    "Generator {} uses provider prisma-client-js; Prisma 7's default is \
                     prisma-client, which needs an output path.",
                    generator.name
                ),
                at: at(generator.span),
            });
        }
        for (feature, span) in &generator.preview_features {
            if crate::schema::is_retired_preview_feature(feature) {
                items.push(Prisma7Item {
                    code: "removed_preview_feature",
                    message: format!(
                        "Preview feature {feature} is generally available or removed; Prisma 7 \
                         warns about or rejects it: delete it from previewFeatures."
                    ),
                    at: at(*span),
                });
            }
        }
    }
    for model in schema.models.iter().filter(|m| m.kind == ModelKind::View) {
        if model.primary_key.is_some() {
            items.push(Prisma7Item {
                code: "view_id",
                message: format!(
                    "View {} has a primary key; Prisma 7 no longer allows @id on views.",
                    model.name
                ),
                at: at(model.span),
            });
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lock_files_of_every_package_manager_give_the_versions() {
        let npm = r#"{"lockfileVersion": 3, "packages": {"": {}, "node_modules/prisma": {"version": "5.22.0"}, "node_modules/@prisma/client": {"version": "5.21.1"}}}"#;
        assert_eq!(
            npm_lock(npm).unwrap(),
            [Some("5.22.0".into()), Some("5.21.1".into())]
        );
        let pnpm = "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      '@prisma/client':\n        specifier: ^6.1.0\n        version: 6.1.0(prisma@6.1.0)\n    devDependencies:\n      prisma:\n        specifier: ^6.1.0\n        version: 6.1.0\n";
        assert_eq!(
            pnpm_lock(pnpm).unwrap(),
            [Some("6.1.0".into()), Some("6.1.0".into())]
        );
        let yarn = "# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\nprisma@^5.22.0:\n  version \"5.22.0\"\n  resolved \"https://example.invalid/prisma-5.22.0.tgz\"\n  integrity sha512-AAAA\n\n\"@prisma/client@^5.22.0\":\n  version \"5.22.0\"\n  resolved \"https://example.invalid/client-5.22.0.tgz\"\n  integrity sha512-BBBB\n";
        assert_eq!(
            yarn_lock(yarn).unwrap(),
            [Some("5.22.0".into()), Some("5.22.0".into())]
        );
        let bun = "{\n  \"lockfileVersion\": 1,\n  \"workspaces\": {\"\": {\"name\": \"app\",},},\n  \"packages\": {\n    \"@prisma/client\": [\"@prisma/client@7.0.1\", \"\", {}, \"sha512-x\"],\n    \"prisma\": [\"prisma@7.0.1\", \"\", {}, \"sha512-y\"],\n  },\n}\n";
        assert_eq!(
            bun_lock(bun).unwrap(),
            [Some("7.0.1".into()), Some("7.0.1".into())]
        );
        let package = r#"{"dependencies": {"@prisma/client": "^5.22.0"}, "devDependencies": {"prisma": "5.22.0"}}"#;
        assert_eq!(
            package_json(package).unwrap(),
            [Some("5.22.0".into()), Some("^5.22.0".into())]
        );
        assert!(package_json("{").is_err());
        assert_eq!(major("^5.22.0"), Some(5));
    }
}
