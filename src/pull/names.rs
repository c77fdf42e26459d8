//! Prisma's names for database objects: what a table, column or enum value
//! is called in the schema when its database name is not a valid Prisma
//! identifier (`[a-zA-Z][a-zA-Z0-9_]*`), or is reserved.

/// Whether `name` must be cleaned before it can name a schema item.
pub fn needs_sanitation(name: &str) -> bool {
    let starts_badly = name
        .chars()
        .next()
        .is_some_and(|c| !c.is_ascii_alphabetic());
    starts_badly
        || name
            .chars()
            .any(|c| !(c.is_ascii_alphanumeric() || c == '_'))
}

/// Prisma's cleaning: characters before the first ASCII letter are dropped,
/// every other character outside `[a-zA-Z0-9_]` becomes `_`.
pub fn sanitize(name: &str) -> String {
    if !needs_sanitation(name) {
        return name.to_string();
    }
    let start = name
        .char_indices()
        .find(|(_, c)| c.is_ascii_alphabetic())
        .map_or(name.len(), |(at, _)| at);
    name[start..]
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Names the generated client reserves for its own types (Prisma renames a
/// model or enum called so to `Renamed…`).
const RESERVED: &[&str] = &[
    "PrismaClient",
    "async",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "yield",
];

/// Whether a model or enum may not be called `name`.
pub fn is_reserved_type_name(name: &str) -> bool {
    RESERVED.contains(&name)
}

/// A schema name, with the database name for `@map`/`@@map` when they differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The name in the schema.
    pub prisma: String,
    /// The database name, when the schema must map to it.
    pub mapped: Option<String>,
    /// Renamed because the database name is reserved.
    pub reserved: bool,
}

impl Name {
    /// A name used as it is.
    pub fn plain(name: &str) -> Self {
        Name {
            prisma: name.to_string(),
            mapped: None,
            reserved: false,
        }
    }

    /// A name from the schema, with its map.
    pub fn kept(name: &str, mapped: Option<&str>) -> Self {
        Name {
            prisma: name.to_string(),
            mapped: mapped.map(str::to_string),
            reserved: false,
        }
    }

    /// A model or enum name for a database name (`namespace` set when the
    /// name is shared by objects in several namespaces).
    pub fn for_type(name: &str, duplicate_in: Option<&str>) -> Self {
        if let Some(namespace) = duplicate_in {
            return Name {
                prisma: sanitize(&format!("{namespace}_{name}")),
                mapped: Some(name.to_string()),
                reserved: false,
            };
        }
        if is_reserved_type_name(name) {
            return Name {
                prisma: format!("Renamed{name}"),
                mapped: Some(name.to_string()),
                reserved: true,
            };
        }
        Self::for_field(name)
    }

    /// A field or enum value name for a database name.
    pub fn for_field(name: &str) -> Self {
        if needs_sanitation(name) {
            Name {
                prisma: sanitize(name),
                mapped: Some(name.to_string()),
                reserved: false,
            }
        } else {
            Self::plain(name)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_identifiers_are_cleaned_and_mapped() {
        assert_eq!(sanitize("1st-table"), "st_table");
        assert_eq!(sanitize("_hidden"), "hidden");
        assert_eq!(sanitize("ok_name1"), "ok_name1");
        let name = Name::for_type("user-data", None);
        assert_eq!(name.prisma, "user_data");
        assert_eq!(name.mapped.as_deref(), Some("user-data"));
        let reserved = Name::for_type("await", None);
        assert_eq!(reserved.prisma, "Renamedawait");
        assert!(reserved.reserved);
        // Scalar type names are not reserved for models: Prisma keeps `model String`.
        assert!(!Name::for_type("String", None).reserved);
    }
}
