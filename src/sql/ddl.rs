//! DDL fragments: index, primary-key and foreign-key definitions, spelled once
//! for messages, fix-up scripts and recommendations alike.

use super::ident::Style;

/// A schema-qualified name as two parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name<'a> {
    /// The schema (namespace).
    pub schema: &'a str,
    /// The object's name within it.
    pub name: &'a str,
}

/// What an index key is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyTarget<'a> {
    /// A column, by name.
    Column(&'a str),
    /// An expression, as SQL text (written in parentheses).
    Expression(&'a str),
}

/// NULLS FIRST / LAST, when written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nulls {
    /// `NULLS FIRST`.
    First,
    /// `NULLS LAST`.
    Last,
}

/// One key of an index: what it indexes, its operator class, order and nulls placement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexKey<'a> {
    /// The column or expression.
    pub target: KeyTarget<'a>,
    /// An operator class, as SQL (`jsonb_path_ops`).
    pub opclass: Option<&'a str>,
    /// `DESC` when true.
    pub descending: bool,
    /// `NULLS FIRST` / `NULLS LAST` when written.
    pub nulls: Option<Nulls>,
}

impl<'a> IndexKey<'a> {
    /// A plain ascending key on a column.
    pub fn column(name: &'a str) -> Self {
        IndexKey {
            target: KeyTarget::Column(name),
            opclass: None,
            descending: false,
            nulls: None,
        }
    }

    /// `"col" opclass DESC NULLS LAST`.
    pub fn sql(&self, style: Style) -> String {
        let mut out = match self.target {
            KeyTarget::Column(name) => style.ident(name),
            KeyTarget::Expression(expr) => format!("({expr})"),
        };
        if let Some(opclass) = self.opclass {
            out.push(' ');
            out.push_str(opclass);
        }
        if self.descending {
            out.push_str(" DESC");
        }
        match self.nulls {
            Some(Nulls::First) => out.push_str(" NULLS FIRST"),
            Some(Nulls::Last) => out.push_str(" NULLS LAST"),
            None => {}
        }
        out
    }
}

/// Everything `CREATE INDEX` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexDefinition<'a> {
    /// `CREATE UNIQUE INDEX` when true.
    pub unique: bool,
    /// The index's name; `None` lets PostgreSQL choose one.
    pub name: Option<&'a str>,
    /// The indexed table.
    pub table: Name<'a>,
    /// The access method (`btree` is left unwritten).
    pub method: &'a str,
    /// The keys, in order.
    pub keys: Vec<IndexKey<'a>>,
    /// `INCLUDE` columns.
    pub include: &'a [String],
    /// `NULLS NOT DISTINCT` (PostgreSQL 15+).
    pub nulls_not_distinct: bool,
    /// A partial index's `WHERE` predicate, as SQL.
    pub predicate: Option<&'a str>,
}

impl<'a> IndexDefinition<'a> {
    /// A plain btree index with no name (PostgreSQL picks one), as a recommendation writes it.
    pub fn unnamed(table: Name<'a>, keys: Vec<IndexKey<'a>>) -> Self {
        IndexDefinition {
            unique: false,
            name: None,
            table,
            method: "btree",
            keys,
            include: &[],
            nulls_not_distinct: false,
            predicate: None,
        }
    }

    /// `CREATE [UNIQUE] INDEX [name] ON table [USING method] (keys) [INCLUDE (…)] [NULLS NOT DISTINCT] [WHERE …]`.
    pub fn sql(&self, style: Style) -> String {
        let mut out = format!("CREATE {}INDEX ", if self.unique { "UNIQUE " } else { "" });
        if let Some(name) = self.name {
            out.push_str(&style.ident(name));
            out.push(' ');
        }
        out.push_str("ON ");
        out.push_str(&style.qualified(self.table.schema, self.table.name));
        if self.method != "btree" {
            out.push_str(" USING ");
            out.push_str(self.method);
        }
        let keys: Vec<String> = self.keys.iter().map(|key| key.sql(style)).collect();
        out.push_str(&format!(" ({})", keys.join(", ")));
        if !self.include.is_empty() {
            out.push_str(&format!(" INCLUDE ({})", style.list(self.include)));
        }
        if self.nulls_not_distinct {
            out.push_str(" NULLS NOT DISTINCT");
        }
        if let Some(predicate) = self.predicate {
            out.push_str(" WHERE ");
            out.push_str(predicate);
        }
        out
    }
}

/// Everything a `FOREIGN KEY` constraint says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForeignKeyDefinition<'a> {
    /// The referencing columns.
    pub columns: &'a [String],
    /// The referenced table.
    pub referenced_table: Name<'a>,
    /// The referenced columns.
    pub referenced_columns: &'a [String],
    /// The ON DELETE action, as SQL (`CASCADE`).
    pub on_delete: &'a str,
    /// The ON UPDATE action, as SQL.
    pub on_update: &'a str,
    /// `DEFERRABLE`.
    pub deferrable: bool,
    /// `INITIALLY DEFERRED` (only with `deferrable`).
    pub initially_deferred: bool,
    /// `NOT VALID`: existing rows were not checked.
    pub not_valid: bool,
    /// `NOT ENFORCED` (PostgreSQL 18): no rows are checked.
    pub not_enforced: bool,
}

impl ForeignKeyDefinition<'_> {
    /// `FOREIGN KEY (a) REFERENCES t(b) ON DELETE … ON UPDATE … [DEFERRABLE …] [NOT VALID | NOT ENFORCED]`.
    pub fn sql(&self, style: Style) -> String {
        let mut out = format!(
            "FOREIGN KEY ({}) REFERENCES {}({}) ON DELETE {} ON UPDATE {}",
            style.list(self.columns),
            style.qualified(self.referenced_table.schema, self.referenced_table.name),
            style.list(self.referenced_columns),
            self.on_delete,
            self.on_update
        );
        if self.deferrable {
            out.push_str(" DEFERRABLE");
            if self.initially_deferred {
                out.push_str(" INITIALLY DEFERRED");
            }
        }
        if self.not_enforced {
            out.push_str(" NOT ENFORCED");
        } else if self.not_valid {
            out.push_str(" NOT VALID");
        }
        out
    }
}

/// `PRIMARY KEY (a, b)`.
pub fn primary_key<S: AsRef<str>>(columns: &[S], style: Style) -> String {
    format!("PRIMARY KEY ({})", style.list(columns))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_definitions_in_both_styles() {
        let include = vec!["total".to_string()];
        let mut index = IndexDefinition {
            unique: true,
            name: Some("Order_group_key"),
            table: Name {
                schema: "public",
                name: "Order",
            },
            method: "btree",
            keys: vec![
                IndexKey::column("group"),
                IndexKey {
                    descending: true,
                    ..IndexKey::column("createdAt")
                },
            ],
            include: &include,
            nulls_not_distinct: false,
            predicate: Some("deleted IS NULL"),
        };
        assert_eq!(
            index.sql(Style::MESSAGE),
            "CREATE UNIQUE INDEX \"Order_group_key\" ON \"Order\" (\"group\", \"createdAt\" DESC) \
             INCLUDE (total) WHERE deleted IS NULL"
        );
        index.name = None;
        index.method = "gin";
        index.include = &[];
        index.predicate = None;
        assert_eq!(
            index.sql(Style::SCRIPT),
            "CREATE UNIQUE INDEX ON \"public\".\"Order\" USING gin (\"group\", \"createdAt\" DESC)"
        );
    }

    #[test]
    fn foreign_key_definitions() {
        let columns = vec!["userId".to_string()];
        let referenced = vec!["id".to_string()];
        let fk = ForeignKeyDefinition {
            columns: &columns,
            referenced_table: Name {
                schema: "auth",
                name: "users",
            },
            referenced_columns: &referenced,
            on_delete: "CASCADE",
            on_update: "NO ACTION",
            deferrable: true,
            initially_deferred: true,
            not_valid: true,
            not_enforced: false,
        };
        assert_eq!(
            fk.sql(Style::MESSAGE),
            "FOREIGN KEY (\"userId\") REFERENCES auth.users(id) ON DELETE CASCADE ON UPDATE NO ACTION \
             DEFERRABLE INITIALLY DEFERRED NOT VALID"
        );
        assert_eq!(
            primary_key(&["a", "B"], Style::SCRIPT),
            "PRIMARY KEY (\"a\", \"B\")"
        );
    }
}
