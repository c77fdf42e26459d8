//! The statements the planner writes, each spelled once, through
//! [`crate::sql`] and [`crate::ir::render`]: every name quoted and
//! schema-qualified ([`Style::SCRIPT`]), as Prisma Migrate writes them.

use crate::ir::render::{literal_sql, qualified_in};
use crate::ir::{Column, ColumnType, DefaultValue, Literal, QualifiedName, TypeKind};
use crate::sql::{ddl, literal_list, quote_literal, Style};

/// Fix-up SQL quotes and qualifies every name.
pub(super) const STYLE: Style = Style::SCRIPT;

/// `"schema"."name"`, always quoted.
pub(super) fn qualified(name: &QualifiedName) -> String {
    qualified_in(name, STYLE)
}

/// A column type, enums qualified.
pub(super) fn type_sql(ty: &ColumnType) -> String {
    match &ty.kind {
        TypeKind::Enum(name) => {
            let base = qualified(name);
            if ty.array {
                format!("{base}[]")
            } else {
                base
            }
        }
        _ => ty.sql(),
    }
}

/// `nextval('"schema"."sequence"')`.
fn nextval(sequence: &QualifiedName) -> String {
    format!("nextval({})", quote_literal(&qualified(sequence)))
}

/// What follows `DEFAULT`, for a column of type `ty` in table `table`.
/// `None` for defaults that are not written with `DEFAULT`.
pub(super) fn default_sql(
    default: &DefaultValue,
    ty: &ColumnType,
    table: &QualifiedName,
) -> Option<String> {
    Some(match default {
        // An array literal needs its type (`ARRAY[]` alone has none).
        DefaultValue::Literal(literal @ Literal::Array(_)) => {
            format!("{}::{}", literal_sql(literal), type_sql(ty))
        }
        DefaultValue::Literal(literal) => literal_sql(literal),
        DefaultValue::Now => "CURRENT_TIMESTAMP".into(),
        DefaultValue::Sequence(name) => {
            nextval(&QualifiedName::new(table.schema.clone(), name.clone()))
        }
        DefaultValue::Expression(sql) => sql.clone(),
        DefaultValue::Identity { .. }
        | DefaultValue::Generated { .. }
        | DefaultValue::Unspecified => return None,
    })
}

/// `SERIAL` and friends, for an autoincrement column Prisma would create that way.
pub(super) fn serial_type(column: &Column) -> Option<&'static str> {
    if !matches!(column.default, Some(DefaultValue::Sequence(_))) || column.ty.array {
        return None;
    }
    if column.nullable {
        return None;
    }
    match &column.ty.kind {
        TypeKind::Builtin { name, .. } => match name.as_str() {
            "int2" => Some("SMALLSERIAL"),
            "int4" => Some("SERIAL"),
            "int8" => Some("BIGSERIAL"),
            _ => None,
        },
        _ => None,
    }
}

/// `"name" type [NOT NULL] [DEFAULT …]`, as in CREATE TABLE and ADD COLUMN.
/// Autoincrement columns that cannot be `SERIAL` get their sequence from
/// their own statements.
pub(super) fn column_sql(column: &Column, table: &QualifiedName) -> String {
    let name = STYLE.ident(&column.name);
    if let Some(serial) = serial_type(column) {
        return format!("{name} {serial} NOT NULL");
    }
    let mut out = format!("{name} {}", type_sql(&column.ty));
    if !column.nullable {
        out.push_str(" NOT NULL");
    }
    if let Some(default) = column
        .default
        .as_ref()
        .and_then(|d| default_sql(d, &column.ty, table))
    {
        out.push_str(" DEFAULT ");
        out.push_str(&default);
    }
    out
}

/// `CONSTRAINT "name" PRIMARY KEY ("a", "b")`.
pub(super) fn primary_key_constraint(name: &str, columns: &[String]) -> String {
    format!(
        "CONSTRAINT {} {}",
        STYLE.ident(name),
        ddl::primary_key(columns, STYLE)
    )
}

/// `ALTER TABLE "schema"."table" {action}`.
pub(super) fn alter_table(table: &QualifiedName, action: &str) -> String {
    format!("ALTER TABLE {} {action}", qualified(table))
}

/// `ALTER TABLE … ALTER COLUMN "column" {action}`.
pub(super) fn alter_column(table: &QualifiedName, column: &str, action: &str) -> String {
    alter_table(
        table,
        &format!("ALTER COLUMN {} {action}", STYLE.ident(column)),
    )
}

/// `ALTER TABLE … ALTER COLUMN … SET DEFAULT {default}`.
pub(super) fn set_default(table: &QualifiedName, column: &str, default: &str) -> String {
    alter_column(table, column, &format!("SET DEFAULT {default}"))
}

/// `ALTER TABLE … ADD CONSTRAINT "name" {definition}`.
pub(super) fn add_constraint(table: &QualifiedName, name: &str, definition: &str) -> String {
    alter_table(
        table,
        &format!("ADD CONSTRAINT {} {definition}", STYLE.ident(name)),
    )
}

/// `ALTER TABLE … DROP CONSTRAINT "name"`.
pub(super) fn drop_constraint(table: &QualifiedName, name: &str) -> String {
    alter_table(table, &format!("DROP CONSTRAINT {}", STYLE.ident(name)))
}

/// `ALTER TABLE … RENAME CONSTRAINT "old" TO "new"`.
pub(super) fn rename_constraint(table: &QualifiedName, old: &str, new: &str) -> String {
    alter_table(
        table,
        &format!(
            "RENAME CONSTRAINT {} TO {}",
            STYLE.ident(old),
            STYLE.ident(new)
        ),
    )
}

/// `CREATE SEQUENCE "schema"."sequence"`.
pub(super) fn create_sequence(sequence: &QualifiedName) -> String {
    format!("CREATE SEQUENCE {}", qualified(sequence))
}

/// `ALTER TABLE … ALTER COLUMN … SET DEFAULT nextval(…)`.
pub(super) fn set_sequence_default(
    table: &QualifiedName,
    column: &str,
    sequence: &QualifiedName,
) -> String {
    set_default(table, column, &nextval(sequence))
}

/// `ALTER SEQUENCE … OWNED BY "schema"."table"."column"`.
pub(super) fn sequence_owned_by(
    sequence: &QualifiedName,
    table: &QualifiedName,
    column: &str,
) -> String {
    format!(
        "ALTER SEQUENCE {} OWNED BY {}.{}",
        qualified(sequence),
        qualified(table),
        STYLE.ident(column)
    )
}

/// `CREATE TYPE … AS ENUM ('a', 'b')`.
pub(super) fn create_enum(name: &QualifiedName, values: &[String]) -> String {
    format!(
        "CREATE TYPE {} AS ENUM ({})",
        qualified(name),
        literal_list(values)
    )
}

/// `ALTER TYPE … RENAME TO "new"` (a type stays in its schema).
pub(super) fn rename_type(name: &QualifiedName, new: &str) -> String {
    format!(
        "ALTER TYPE {} RENAME TO {}",
        qualified(name),
        STYLE.ident(new)
    )
}

/// `DROP TYPE "schema"."name"`.
pub(super) fn drop_type(name: &QualifiedName) -> String {
    format!("DROP TYPE {}", qualified(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keywords are identifiers too: every name is quoted.
    #[test]
    fn names_are_always_quoted_and_qualified() {
        let table = QualifiedName::new("public", "T");
        assert_eq!(
            alter_column(&table, "group", "DROP DEFAULT"),
            "ALTER TABLE \"public\".\"T\" ALTER COLUMN \"group\" DROP DEFAULT"
        );
        assert_eq!(
            rename_constraint(&table, "a\"b", "T_pkey"),
            "ALTER TABLE \"public\".\"T\" RENAME CONSTRAINT \"a\"\"b\" TO \"T_pkey\""
        );
        let sequence = QualifiedName::new("public", "T_id_seq");
        assert_eq!(
            set_sequence_default(&table, "id", &sequence),
            "ALTER TABLE \"public\".\"T\" ALTER COLUMN \"id\" SET DEFAULT nextval('\"public\".\"T_id_seq\"')"
        );
    }
}
