//! PostgreSQL's 63-byte identifier limit, and Prisma's default constraint
//! names, built from database names (after `@map`/`@@map`) and cut the way
//! Prisma cuts them: the `{table}_{columns}` part is truncated at a UTF-8
//! boundary so that it plus the suffix fits.

/// The table Prisma Migrate keeps its history in; never part of a schema.
pub const PRISMA_MIGRATIONS_TABLE: &str = "_prisma_migrations";

/// PostgreSQL's identifier limit (NAMEDATALEN - 1).
pub const MAX_IDENTIFIER_BYTES: usize = 63;

fn floor_char_boundary(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// `base` cut so that `base + suffix` fits, then `suffix` appended.
pub fn with_suffix(mut base: String, suffix: &str) -> String {
    let room = MAX_IDENTIFIER_BYTES - suffix.len();
    if base.len() >= room {
        let cut = floor_char_boundary(&base, room);
        base.truncate(cut);
    }
    base.push_str(suffix);
    base
}

/// `{table}_pkey`.
pub fn primary_key(table: &str) -> String {
    with_suffix(table.to_string(), "_pkey")
}

/// `{table}_{columns}_key`.
pub fn unique_index(table: &str, columns: &[&str]) -> String {
    with_suffix(format!("{table}_{}", columns.join("_")), "_key")
}

/// `{table}_{columns}_idx`.
pub fn index(table: &str, columns: &[&str]) -> String {
    with_suffix(format!("{table}_{}", columns.join("_")), "_idx")
}

/// `{table}_{columns}_fkey`.
pub fn foreign_key(table: &str, columns: &[&str]) -> String {
    with_suffix(format!("{table}_{}", columns.join("_")), "_fkey")
}

/// What PostgreSQL itself does to a longer identifier: cut at 63 bytes (on a
/// character boundary, as PostgreSQL does for multi-byte encodings).
pub fn truncate_identifier(name: &str) -> &str {
    &name[..floor_char_boundary(name, MAX_IDENTIFIER_BYTES)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_follow_the_convention() {
        assert_eq!(primary_key("User"), "User_pkey");
        assert_eq!(unique_index("User", &["email"]), "User_email_key");
        assert_eq!(
            index("Post", &["authorId", "createdAt"]),
            "Post_authorId_createdAt_idx"
        );
        assert_eq!(foreign_key("Post", &["authorId"]), "Post_authorId_fkey");
    }

    #[test]
    fn long_names_are_cut_before_the_suffix() {
        let table = "TaskRunExecutionSnapshot";
        let name = index(
            table,
            &[
                "runId",
                "isValid",
                "createdAt",
                "environmentId",
                "organizationId",
            ],
        );
        assert_eq!(name.len(), 63);
        assert!(name.ends_with("_idx"));
        assert!(name.starts_with("TaskRunExecutionSnapshot_runId_isValid_createdAt_environme"));
        let fk = foreign_key(&"a".repeat(70), &["b"]);
        assert_eq!(fk.len(), 63);
        assert!(fk.ends_with("_fkey"));
    }

    #[test]
    fn cuts_respect_utf8_boundaries() {
        let table = "é".repeat(40); // 80 bytes
        let name = primary_key(&table);
        assert!(name.len() <= 63);
        assert!(name.ends_with("_pkey"));
        assert_eq!(truncate_identifier(&"ü".repeat(40)).len(), 62);
    }
}
