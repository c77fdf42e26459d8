//! Fix-up SQL: the statements that would bring the database to the schema.
//!
//! The differ's [`Change`]s say *what* differs; the two databases say what
//! each object looks like, which is what the statements need. Every change of
//! severity drift becomes one or more steps; warnings and info (objects the
//! schema cannot describe, enum value order) are listed at the end and left
//! alone.
//!
//! Order comes from a dependency sort. Each step says which database objects
//! it creates (or brings to the schema's shape), which it needs, which it
//! removes and which it stops depending on; a `petgraph` graph gets an edge
//! for each such pair, and a topological sort that breaks ties by phase
//! (types, drops of foreign keys and indexes, tables, columns, indexes,
//! foreign keys) and then by the order of the changes gives a stable script.
//! The edges make, for example, a foreign key be dropped before the table it
//! references, an index before the column it covers, a name be freed before
//! it is taken again, and an enum be dropped only after the columns that use
//! it changed type.
//!
//! Every name is quoted and schema-qualified, so the script does not depend
//! on the `search_path` of the session that runs it.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap};

use petgraph::graph::{DiGraph, NodeIndex};

use crate::diff::equivalence::same_name;
use crate::diff::{Change, ChangeKind, Severity};
use crate::ir::render::{
    foreign_key_definition_in, index_definition_in, literal_sql, qualified_in,
};
use crate::ir::{
    self, Column, ColumnType, DefaultValue, ForeignKey, Index, IndexKey, Literal, QualifiedName,
    Table, TypeKind,
};
use crate::sql::names::with_suffix;
use crate::sql::{literal_list, quote_literal, truncate_identifier, Style};

/// PostgreSQL's identifier limit (NAMEDATALEN - 1).
/// Fix-up SQL quotes and qualifies every name, as Prisma Migrate writes it.
const STYLE: Style = Style::SCRIPT;

/// One step of a fix-up script: statements that belong together, with what
/// to know before running them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixupStep {
    /// What the step does and which change it answers, shown as a comment.
    pub title: String,
    /// Why the step can lose data (or fail on existing rows), when it can.
    pub destructive: Option<String>,
    /// Other things to know: when the step fails, a gentler alternative.
    pub notes: Vec<String>,
    /// The statements, in order, without their terminating `;`.
    pub statements: Vec<String>,
}

/// A fix-up script as data; [`Fixup::render`] (or [`fixup_sql`]) prints it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Fixup {
    /// The steps, in an order PostgreSQL accepts.
    pub steps: Vec<FixupStep>,
    /// Changes that are not drift (warnings, info), which no step touches:
    /// `kind path` each.
    pub not_changed: Vec<String>,
    /// Drift changes no statement could be written for, with the reason.
    pub unsupported: Vec<String>,
    /// Steps whose dependencies form a cycle, so that their order could not
    /// be derived (they are printed last, in phase order).
    pub cyclic_steps: usize,
}

/// The SQL that would bring `actual` to `expected`, for the `changes` the
/// differ found between them (usually `CheckOutcome::report.changes` with
/// `CheckOutcome::expected` and `::actual`).
pub fn fixup_sql(changes: &[Change], expected: &ir::Database, actual: &ir::Database) -> String {
    fixup(changes, expected, actual).render()
}

/// [`fixup_sql`] as data.
pub fn fixup(changes: &[Change], expected: &ir::Database, actual: &ir::Database) -> Fixup {
    let mut planner = Planner::new(expected, actual);
    let mut not_changed = Vec::new();
    for change in changes {
        if change.severity == Severity::Drift {
            planner.plan(change);
        } else {
            let severity = match change.severity {
                Severity::Drift => "drift",
                Severity::Warning => "warning",
                Severity::Info => "info",
            };
            not_changed.push(format!(
                "{severity} {} {}",
                change.kind,
                change.object.path()
            ));
        }
    }
    planner.finish();
    let (order, cyclic_steps) = sort(&planner.nodes);
    let mut nodes: Vec<Option<Node>> = planner.nodes.into_iter().map(Some).collect();
    let steps = order
        .into_iter()
        .filter_map(|i| nodes.get_mut(i).and_then(Option::take))
        .map(|node| node.step)
        .collect();
    Fixup {
        steps,
        not_changed,
        unsupported: planner.unsupported,
        cyclic_steps,
    }
}

impl Fixup {
    /// Whether the script changes anything.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The script: a header, each step as comment lines and statements, then
    /// what was left alone.
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str("-- Fix-up SQL from prisma-drift: brings the database to the schema.\n");
        if self.steps.is_empty() && self.unsupported.is_empty() {
            out.push_str("-- Nothing to change: the database has no drift.\n");
        } else {
            out.push_str(
                "-- Review it before running it: steps marked \"WARNING: destructive\" can lose data.\n",
            );
        }
        let cyclic_from = self.steps.len() - self.cyclic_steps.min(self.steps.len());
        for (i, step) in self.steps.iter().enumerate() {
            out.push('\n');
            if self.cyclic_steps > 0 && i == cyclic_from {
                out.push_str(
                    "-- NOTE: the steps below depend on each other in a cycle; their order was not derived and may need editing.\n\n",
                );
            }
            out.push_str(&format!("-- {}\n", one_line(&step.title)));
            if let Some(reason) = &step.destructive {
                out.push_str(&format!("-- WARNING: destructive: {}\n", one_line(reason)));
            }
            for note in &step.notes {
                out.push_str(&format!("-- NOTE: {}\n", one_line(note)));
            }
            for statement in &step.statements {
                out.push_str(statement);
                out.push_str(";\n");
            }
        }
        if !self.unsupported.is_empty() {
            out.push_str("\n-- Not written (no SQL could be derived; change these by hand):\n");
            for line in &self.unsupported {
                out.push_str(&format!("--   {}\n", one_line(line)));
            }
        }
        if !self.not_changed.is_empty() {
            out.push_str(
                "\n-- Not changed (warnings and info: the schema cannot describe these, or Prisma ignores them):\n",
            );
            for line in &self.not_changed {
                out.push_str(&format!("--   {}\n", one_line(line)));
            }
        }
        out
    }
}

/// Comment text on one line, whatever names it quotes.
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

// ---------------------------------------------------------------------------
// Steps and their dependencies

/// Coarse order, used to break ties between steps the dependencies leave
/// unordered (roughly the order Prisma Migrate writes migrations in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Phase {
    CreateSchema,
    CreateType,
    AddEnumValue,
    DropForeignKey,
    DropIndex,
    DropPrimaryKey,
    RecreateEnum,
    DropTable,
    CreateTable,
    DropColumn,
    AddColumn,
    AlterColumn,
    DropType,
    AddPrimaryKey,
    CreateIndex,
    Rename,
    AddForeignKey,
}

/// A database object (or a fact about one) that steps create, need, remove
/// or stop needing. Names are cut at 63 bytes, as PostgreSQL stores them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Res {
    Table(QualifiedName),
    Column(QualifiedName, String),
    /// The column has the schema's type.
    ColumnType(QualifiedName, String),
    /// The enum exists with the schema's values.
    Type(QualifiedName),
    /// A name in a schema's relation namespace (tables, indexes, sequences).
    Relation(String, String),
    /// A constraint name on a table.
    Constraint(QualifiedName, String),
    /// A primary key or unique index on these columns (sorted), which a
    /// foreign key referencing them needs.
    UniqueKey(QualifiedName, Vec<String>),
    /// The column is not in a primary key (DROP NOT NULL needs that).
    NotInPrimaryKey(QualifiedName, String),
    /// No foreign key uses the column (a type change needs that).
    NoForeignKey(QualifiedName, String),
    /// The schema (namespace) exists.
    Schema(String),
}

#[derive(Debug)]
struct Node {
    phase: Phase,
    step: FixupStep,
    /// Created, or brought to the schema's shape: steps that require them come after.
    provides: Vec<Res>,
    /// Needed in the schema's shape.
    requires: Vec<Res>,
    /// Removed (or their name freed): steps that release them come before,
    /// steps that provide them again come after.
    removes: Vec<Res>,
    /// Used as they are now, and no longer after this step: it must run
    /// before the steps that remove them.
    releases: Vec<Res>,
}

impl Node {
    fn new(phase: Phase, title: String) -> Self {
        Node {
            phase,
            step: FixupStep {
                title,
                destructive: None,
                notes: Vec::new(),
                statements: Vec::new(),
            },
            provides: Vec::new(),
            requires: Vec::new(),
            removes: Vec::new(),
            releases: Vec::new(),
        }
    }

    fn sql(mut self, statement: String) -> Self {
        self.step.statements.push(statement);
        self
    }

    fn destructive(mut self, reason: String) -> Self {
        self.step.destructive = Some(reason);
        self
    }

    fn note(mut self, note: String) -> Self {
        self.step.notes.push(note);
        self
    }
}

/// Topological order (Kahn's algorithm over a `petgraph` graph), taking among
/// the ready steps the one of the earliest phase, then the earliest created.
/// Steps caught in a cycle come last, in that same order; their count is
/// returned beside the order.
fn sort(nodes: &[Node]) -> (Vec<usize>, usize) {
    let mut graph: DiGraph<usize, ()> = DiGraph::with_capacity(nodes.len(), 0);
    let ids: Vec<NodeIndex> = (0..nodes.len()).map(|i| graph.add_node(i)).collect();
    let mut providers: HashMap<&Res, Vec<usize>> = HashMap::new();
    let mut removers: HashMap<&Res, Vec<usize>> = HashMap::new();
    for (i, node) in nodes.iter().enumerate() {
        for res in &node.provides {
            providers.entry(res).or_default().push(i);
        }
        for res in &node.removes {
            removers.entry(res).or_default().push(i);
        }
    }
    let edge = |graph: &mut DiGraph<usize, ()>, from: usize, to: usize| {
        if from != to {
            graph.update_edge(ids[from], ids[to], ());
        }
    };
    for (i, node) in nodes.iter().enumerate() {
        for res in &node.requires {
            for &p in providers.get(res).into_iter().flatten() {
                edge(&mut graph, p, i);
            }
        }
        for res in &node.releases {
            for &r in removers.get(res).into_iter().flatten() {
                edge(&mut graph, i, r);
            }
        }
        // A name (or object) is freed before it is taken again.
        for res in &node.removes {
            for &p in providers.get(res).into_iter().flatten() {
                edge(&mut graph, i, p);
            }
        }
    }
    let mut indegree: Vec<usize> = ids
        .iter()
        .map(|&id| {
            graph
                .neighbors_directed(id, petgraph::Direction::Incoming)
                .count()
        })
        .collect();
    let key = |i: usize| Reverse((nodes[i].phase, i));
    let mut ready: BinaryHeap<Reverse<(Phase, usize)>> = (0..nodes.len())
        .filter(|&i| indegree[i] == 0)
        .map(key)
        .collect();
    let mut order = Vec::with_capacity(nodes.len());
    let mut done = vec![false; nodes.len()];
    while let Some(Reverse((_, i))) = ready.pop() {
        order.push(i);
        done[i] = true;
        for next in graph.neighbors_directed(ids[i], petgraph::Direction::Outgoing) {
            let j = graph[next];
            indegree[j] -= 1;
            if indegree[j] == 0 {
                ready.push(key(j));
            }
        }
    }
    let mut rest: Vec<usize> = (0..nodes.len()).filter(|&i| !done[i]).collect();
    rest.sort_by_key(|&i| (nodes[i].phase, i));
    let cyclic = rest.len();
    order.extend(rest);
    (order, cyclic)
}

// ---------------------------------------------------------------------------
// SQL spellings (always schema-qualified)

/// `"schema"."name"`, always quoted.
fn qualified(name: &QualifiedName) -> String {
    qualified_in(name, STYLE)
}

/// A column type, enums qualified.
fn type_sql(ty: &ColumnType) -> String {
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

/// A name as PostgreSQL stores it (cut at 63 bytes).
fn cut(name: &str) -> String {
    truncate_identifier(name).to_string()
}

fn table_key(name: &QualifiedName) -> QualifiedName {
    QualifiedName::new(name.schema.clone(), cut(&name.name))
}

/// What follows `DEFAULT`, for a column of type `ty` in table `table`.
/// `None` for defaults that are not written with `DEFAULT`.
fn default_sql(default: &DefaultValue, ty: &ColumnType, table: &QualifiedName) -> Option<String> {
    Some(match default {
        // An array literal needs its type (`ARRAY[]` alone has none).
        DefaultValue::Literal(literal @ Literal::Array(_)) => {
            format!("{}::{}", literal_sql(literal), type_sql(ty))
        }
        DefaultValue::Literal(literal) => literal_sql(literal),
        DefaultValue::Now => "CURRENT_TIMESTAMP".into(),
        DefaultValue::Sequence(name) => {
            let sequence = QualifiedName::new(table.schema.clone(), name.clone());
            format!("nextval({})", quote_literal(&qualified(&sequence)))
        }
        DefaultValue::Expression(sql) => sql.clone(),
        DefaultValue::Identity { .. } | DefaultValue::Generated(_) | DefaultValue::Unspecified => {
            return None
        }
    })
}

/// `SERIAL` and friends, for an autoincrement column Prisma would create that way.
fn serial_type(column: &Column) -> Option<&'static str> {
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
/// [`sequence_statements`].
fn column_sql(column: &Column, table: &QualifiedName) -> String {
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

fn alter_column(table: &QualifiedName, column: &str, action: &str) -> String {
    format!(
        "ALTER TABLE {} ALTER COLUMN {} {action}",
        qualified(table),
        STYLE.ident(column)
    )
}

/// The columns of an index key, sorted (what a foreign key's unique key is).
fn key_columns(index: &Index) -> Option<Vec<String>> {
    let mut columns: Vec<String> = index.column_names()?.into_iter().map(cut).collect();
    columns.sort();
    Some(columns)
}

fn sorted_cut(columns: &[String]) -> Vec<String> {
    let mut columns: Vec<String> = columns.iter().map(|c| cut(c)).collect();
    columns.sort();
    columns
}

/// Whether `text` names `name` as a whole identifier.
fn mentions(text: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// Whether converting `from` to `to` keeps every value as it is.
fn lossless(from: &ColumnType, to: &ColumnType) -> bool {
    if from.array != to.array {
        return false;
    }
    match (&from.kind, &to.kind) {
        // Any value has a text form.
        (_, TypeKind::Builtin { name, args }) if name == "text" && args.is_empty() => true,
        (TypeKind::Enum(_), TypeKind::Builtin { name, args }) if name == "varchar" => {
            args.is_empty()
        }
        (
            TypeKind::Builtin {
                name: from_name,
                args: from_args,
            },
            TypeKind::Builtin {
                name: to_name,
                args: to_args,
            },
        ) => match (from_name.as_str(), to_name.as_str()) {
            ("int2", "int4" | "int8") | ("int4", "int8") | ("float4", "float8") => true,
            ("int2" | "int4" | "int8", "numeric") => to_args.is_empty(),
            ("jsonb", "json") => true,
            ("varchar", "varchar") | ("bpchar", "bpchar") | ("bit", "varbit") => {
                to_args.is_empty()
                    || (to_args.first() >= from_args.first() && !from_args.is_empty())
            }
            ("varbit", "varbit") => {
                to_args.is_empty()
                    || (to_args.first() >= from_args.first() && !from_args.is_empty())
            }
            ("numeric", "numeric") => match (from_args.as_slice(), to_args.as_slice()) {
                (_, []) => true,
                ([p, s], [p2, s2]) => s2 >= s && p2 - s2.min(p2) >= p - s.min(p),
                _ => false,
            },
            ("timestamp", "timestamp")
            | ("timestamptz", "timestamptz")
            | ("time", "time")
            | ("timetz", "timetz")
            | ("interval", "interval") => match (from_args.first(), to_args.first()) {
                (_, None) => true,
                (Some(a), Some(b)) => b >= a,
                (None, Some(b)) => *b >= 6,
            },
            _ => false,
        },
        _ => false,
    }
}

/// `USING …` for a type change, when PostgreSQL needs one (no assignment
/// cast): to an enum through text, between scalar and array by wrapping or
/// taking the first element, otherwise an explicit cast when the base type
/// changes. Modifier changes (lengths, precisions) need none.
fn using_clause(column: &str, from: &ColumnType, to: &ColumnType) -> Option<String> {
    let col = STYLE.ident(column);
    let target = type_sql(to);
    match (from.array, to.array) {
        (false, true) => return Some(format!("ARRAY[{col}]::{target}")),
        (true, false) => {
            return Some(match &to.kind {
                TypeKind::Enum(_) => format!("{col}[1]::text::{target}"),
                _ => format!("{col}[1]::{target}"),
            })
        }
        _ => {}
    }
    let text = if to.array { "text[]" } else { "text" };
    match (&from.kind, &to.kind) {
        (_, TypeKind::Enum(_)) => Some(format!("{col}::{text}::{target}")),
        (_, TypeKind::Builtin { name, .. })
            if matches!(name.as_str(), "text" | "varchar" | "bpchar") =>
        {
            None
        }
        (TypeKind::Builtin { name: a, .. }, TypeKind::Builtin { name: b, .. })
            if a == b || ASSIGNMENT_CASTS.contains(&(a.as_str(), b.as_str())) =>
        {
            None
        }
        _ => Some(format!("{col}::{target}")),
    }
}

/// Built-in conversions PostgreSQL makes without `USING` (implicit and
/// assignment casts of `pg_cast`); conversions to text types always are.
const ASSIGNMENT_CASTS: &[(&str, &str)] = &[
    ("bit", "varbit"),
    ("varbit", "bit"),
    ("date", "timestamp"),
    ("date", "timestamptz"),
    ("float4", "float8"),
    ("float4", "int2"),
    ("float4", "int4"),
    ("float4", "int8"),
    ("float4", "numeric"),
    ("float8", "float4"),
    ("float8", "int2"),
    ("float8", "int4"),
    ("float8", "int8"),
    ("float8", "numeric"),
    ("int2", "float4"),
    ("int2", "float8"),
    ("int2", "int4"),
    ("int2", "int8"),
    ("int2", "numeric"),
    ("int4", "float4"),
    ("int4", "float8"),
    ("int4", "int2"),
    ("int4", "int8"),
    ("int4", "money"),
    ("int4", "numeric"),
    ("int8", "float4"),
    ("int8", "float8"),
    ("int8", "int2"),
    ("int8", "int4"),
    ("int8", "money"),
    ("int8", "numeric"),
    ("interval", "time"),
    ("json", "jsonb"),
    ("jsonb", "json"),
    ("money", "numeric"),
    ("numeric", "float4"),
    ("numeric", "float8"),
    ("numeric", "int2"),
    ("numeric", "int4"),
    ("numeric", "int8"),
    ("numeric", "money"),
    ("time", "interval"),
    ("time", "timetz"),
    ("timestamp", "date"),
    ("timestamp", "time"),
    ("timestamp", "timestamptz"),
    ("timestamptz", "date"),
    ("timestamptz", "time"),
    ("timestamptz", "timestamp"),
    ("timestamptz", "timetz"),
    ("timetz", "time"),
];

// ---------------------------------------------------------------------------
// Planning: changes → steps

/// What to do to one column that exists on both sides.
#[derive(Debug, Default, Clone)]
struct ColumnFix {
    ty: bool,
    nullability: bool,
    default: bool,
}

/// What to do to one enum that exists on both sides.
#[derive(Debug, Default, Clone)]
struct EnumFix {
    missing: Vec<String>,
    extra: Vec<String>,
    origin: Vec<String>,
}

struct Planner<'a> {
    expected: &'a ir::Database,
    actual: &'a ir::Database,
    nodes: Vec<Node>,
    unsupported: Vec<String>,
    /// Per (expected table, expected column): changes gathered before planning.
    columns: BTreeMap<(QualifiedName, String), ColumnFix>,
    enums: BTreeMap<QualifiedName, EnumFix>,
    /// Index changes per (expected table, expected index name).
    index_changed: BTreeSet<(QualifiedName, String)>,
    index_renamed: BTreeMap<(QualifiedName, String), String>,
    fk_changed: BTreeSet<(QualifiedName, String)>,
    fk_renamed: BTreeMap<(QualifiedName, String), String>,
    /// Actual tables dropped; actual columns dropped.
    dropped_tables: BTreeSet<QualifiedName>,
    dropped_columns: BTreeSet<(QualifiedName, String)>,
    /// Actual foreign keys dropped by some step: (actual table, name).
    dropped_fks: BTreeSet<(QualifiedName, String)>,
    /// Foreign keys dropped only to let a unique key go, re-added later.
    readded_fks: BTreeSet<(QualifiedName, String)>,
    /// Columns whose default a step (type change, enum recreation) sets.
    default_done: BTreeSet<(QualifiedName, String)>,
    /// Changes planned in the second pass, in order.
    deferred: Vec<&'a Change>,
    /// Foreign key renames, planned last.
    fk_renames: Vec<&'a Change>,
}

impl<'a> Planner<'a> {
    fn new(expected: &'a ir::Database, actual: &'a ir::Database) -> Self {
        Planner {
            expected,
            actual,
            nodes: Vec::new(),
            unsupported: Vec::new(),
            columns: BTreeMap::new(),
            enums: BTreeMap::new(),
            index_changed: BTreeSet::new(),
            index_renamed: BTreeMap::new(),
            fk_changed: BTreeSet::new(),
            fk_renamed: BTreeMap::new(),
            dropped_tables: BTreeSet::new(),
            dropped_columns: BTreeSet::new(),
            dropped_fks: BTreeSet::new(),
            readded_fks: BTreeSet::new(),
            default_done: BTreeSet::new(),
            deferred: Vec::new(),
            fk_renames: Vec::new(),
        }
    }

    fn push(&mut self, node: Node) {
        self.nodes.push(node);
    }

    fn skip(&mut self, change: &Change, reason: &str) {
        self.unsupported.push(format!(
            "{} {}: {reason}",
            change.kind,
            change.object.path()
        ));
    }

    /// The table a child change is about: `(expected, actual)` by the names
    /// the differ matched them with.
    fn tables(&self, change: &Change) -> (Option<&'a Table>, Option<&'a Table>) {
        let Some(parent) = &change.object.parent else {
            return (None, None);
        };
        let name = QualifiedName::new(change.object.schema.clone(), parent.clone());
        let expected = self.expected.table(&name);
        let actual = self
            .actual
            .tables
            .iter()
            .find(|t| t.name.schema == name.schema && same_name(&name.name, &t.name.name));
        (expected, actual)
    }

    fn object_name(change: &Change) -> QualifiedName {
        QualifiedName::new(change.object.schema.clone(), change.object.name.clone())
    }

    fn parent_name(change: &Change) -> Option<QualifiedName> {
        change
            .object
            .parent
            .as_ref()
            .map(|p| QualifiedName::new(change.object.schema.clone(), p.clone()))
    }

    /// First pass: gather what needs gathering; plan the rest in `finish`.
    fn plan(&mut self, change: &'a Change) {
        let parent = Self::parent_name(change);
        let name = change.object.name.clone();
        match change.kind {
            ChangeKind::ColumnTypeChanged
            | ChangeKind::ColumnNullabilityChanged
            | ChangeKind::ColumnDefaultChanged => {
                let Some(parent) = parent else {
                    return self.skip(change, "no table named");
                };
                let fix = self.columns.entry((parent, name)).or_default();
                match change.kind {
                    ChangeKind::ColumnTypeChanged => fix.ty = true,
                    ChangeKind::ColumnNullabilityChanged => fix.nullability = true,
                    _ => fix.default = true,
                }
            }
            ChangeKind::EnumValueMissing | ChangeKind::EnumValueExtra => {
                let Some(parent) = parent else {
                    return self.skip(change, "no enum named");
                };
                let fix = self.enums.entry(parent).or_default();
                if change.kind == ChangeKind::EnumValueMissing {
                    fix.missing.push(name);
                } else {
                    fix.extra.push(name);
                }
                fix.origin
                    .push(format!("{} {}", change.kind, change.object.path()));
            }
            ChangeKind::IndexChanged => {
                if let Some(parent) = parent {
                    self.index_changed.insert((parent, name));
                }
                self.deferred.push(change);
            }
            ChangeKind::IndexRenamed => {
                if let (Some(parent), Some(actual)) = (parent, &change.actual) {
                    self.index_renamed.insert((parent, name), actual.clone());
                }
                self.deferred.push(change);
            }
            ChangeKind::ForeignKeyChanged => {
                if let Some(parent) = parent {
                    self.fk_changed.insert((parent, name));
                }
                self.deferred.push(change);
            }
            ChangeKind::ForeignKeyRenamed => {
                if let (Some(parent), Some(actual)) = (parent, &change.actual) {
                    self.fk_renamed.insert((parent, name), actual.clone());
                }
                self.deferred.push(change);
            }
            ChangeKind::TableExtra => {
                self.dropped_tables
                    .insert(table_key(&Self::object_name(change)));
                self.deferred.push(change);
            }
            ChangeKind::ColumnExtra => {
                if let (_, Some(actual)) = self.tables(change) {
                    self.dropped_columns
                        .insert((table_key(&actual.name), cut(&name)));
                }
                self.deferred.push(change);
            }
            _ => self.deferred.push(change),
        }
    }

    /// Second pass: every step.
    fn finish(&mut self) {
        // Foreign keys dropped outright are known before any unique key is
        // dropped (which may need to drop and re-add the ones that depend on it).
        for change in &self.deferred {
            match change.kind {
                ChangeKind::ForeignKeyExtra => {
                    if let (_, Some(actual)) = self.tables(change) {
                        self.dropped_fks
                            .insert((table_key(&actual.name), cut(&change.object.name)));
                    }
                }
                ChangeKind::ForeignKeyChanged => {
                    if let (Some(exp), Some(act)) = self.tables(change) {
                        if let Some(fk) = self.actual_fk(exp, act, &change.object.name) {
                            self.dropped_fks
                                .insert((table_key(&act.name), cut(&fk.name)));
                        }
                    }
                }
                _ => {}
            }
        }
        let deferred = std::mem::take(&mut self.deferred);
        for change in deferred {
            self.plan_change(change);
        }
        let columns = std::mem::take(&mut self.columns);
        let enums = std::mem::take(&mut self.enums);
        // Enum recreations first: they decide which column defaults they reset.
        for (name, fix) in &enums {
            self.plan_enum(name, fix);
        }
        for ((table, column), fix) in &columns {
            self.plan_column(table, column, fix);
        }
        for change in std::mem::take(&mut self.fk_renames) {
            self.rename_foreign_key(change);
        }
        self.create_schemas();
    }

    /// `CREATE SCHEMA IF NOT EXISTS` for the namespaces objects are created
    /// in when the database shows nothing in them (they may not exist).
    fn create_schemas(&mut self) {
        let needed: BTreeSet<String> = self
            .nodes
            .iter()
            .flat_map(|n| &n.requires)
            .filter_map(|r| match r {
                Res::Schema(schema) => Some(schema.clone()),
                _ => None,
            })
            .collect();
        let actual = self.actual;
        for schema in needed {
            let used = actual.tables.iter().any(|t| t.name.schema == schema)
                || actual.enums.iter().any(|e| e.name.schema == schema)
                || actual.views.iter().any(|v| v.name.schema == schema)
                || actual.sequences.iter().any(|s| s.name.schema == schema)
                || actual.functions.iter().any(|f| f.name.schema == schema);
            if used {
                continue;
            }
            let mut node = Node::new(
                Phase::CreateSchema,
                format!("schema {schema}: the database has nothing in it (it may not exist)"),
            )
            .sql(format!(
                "CREATE SCHEMA IF NOT EXISTS {}",
                STYLE.ident(&schema)
            ));
            node.provides.push(Res::Schema(schema));
            self.push(node);
        }
    }

    fn plan_change(&mut self, change: &'a Change) {
        match change.kind {
            ChangeKind::TableMissing => self.create_table(change),
            ChangeKind::TableExtra => self.drop_table(change),
            ChangeKind::ColumnMissing => self.add_column(change),
            ChangeKind::ColumnExtra => self.drop_column(change),
            ChangeKind::PrimaryKeyMissing
            | ChangeKind::PrimaryKeyExtra
            | ChangeKind::PrimaryKeyChanged
            | ChangeKind::PrimaryKeyRenamed => self.primary_key(change),
            ChangeKind::IndexMissing => {
                let (exp, _) = self.tables(change);
                match exp.and_then(|t| {
                    t.indexes
                        .iter()
                        .find(|i| i.name == change.object.name)
                        .map(|i| (t, i))
                }) {
                    Some((table, index)) => self.create_index(table, index, change),
                    None => self.skip(change, "the schema's index was not found"),
                }
            }
            ChangeKind::IndexExtra => {
                let (_, act) = self.tables(change);
                match act.and_then(|t| {
                    t.indexes
                        .iter()
                        .find(|i| i.name == change.object.name)
                        .map(|i| (t, i))
                }) {
                    Some((table, index)) => {
                        let title = format!("{}: {}", change.kind, change.object.path());
                        self.drop_index(table, index, title, false);
                    }
                    None => self.skip(change, "the database's index was not found"),
                }
            }
            ChangeKind::IndexChanged => self.replace_index(change),
            ChangeKind::IndexRenamed => self.rename_index(change),
            ChangeKind::ForeignKeyMissing => {
                let (exp, _) = self.tables(change);
                match exp.and_then(|t| {
                    t.foreign_keys
                        .iter()
                        .find(|f| f.name == change.object.name)
                        .map(|f| (t, f))
                }) {
                    Some((table, fk)) => {
                        let title = format!("{}: {}", change.kind, change.object.path());
                        self.add_foreign_key(&table.name, fk, title);
                    }
                    None => self.skip(change, "the schema's foreign key was not found"),
                }
            }
            ChangeKind::ForeignKeyExtra => {
                let (_, act) = self.tables(change);
                match act.and_then(|t| {
                    t.foreign_keys
                        .iter()
                        .find(|f| f.name == change.object.name)
                        .map(|f| (t, f))
                }) {
                    Some((table, fk)) => {
                        let title = format!("{}: {}", change.kind, change.object.path());
                        self.drop_foreign_key(table, fk, title, None);
                    }
                    None => self.skip(change, "the database's foreign key was not found"),
                }
            }
            ChangeKind::ForeignKeyChanged => self.replace_foreign_key(change),
            // After every step that may drop and re-add the foreign key.
            ChangeKind::ForeignKeyRenamed => self.fk_renames.push(change),
            ChangeKind::EnumMissing => match self.expected.enum_type(&Self::object_name(change)) {
                Some(def) => {
                    let node = Node::new(
                        Phase::CreateType,
                        format!("{}: {}", change.kind, change.object.path()),
                    )
                    .sql(format!(
                        "CREATE TYPE {} AS ENUM ({})",
                        qualified(&def.name),
                        literal_list(&def.values)
                    ));
                    let mut node = node;
                    node.provides.push(Res::Type(table_key(&def.name)));
                    node.requires.push(Res::Schema(def.name.schema.clone()));
                    self.push(node);
                }
                None => self.skip(change, "the schema's enum was not found"),
            },
            ChangeKind::EnumExtra => match self.actual.enum_type(&Self::object_name(change)) {
                Some(db) => {
                    let mut node = Node::new(
                        Phase::DropType,
                        format!("{}: {}", change.kind, change.object.path()),
                    )
                    .sql(format!("DROP TYPE {}", qualified(&db.name)))
                    .destructive(format!("drops enum {}", db.name));
                    node.removes.push(Res::Type(table_key(&db.name)));
                    self.push(node);
                }
                None => self.skip(change, "the database's enum was not found"),
            },
            _ => self.skip(change, "no fix-up is known for this kind of change"),
        }
    }

    // -- tables -------------------------------------------------------------

    fn create_table(&mut self, change: &Change) {
        let Some(table) = self.expected.table(&Self::object_name(change)) else {
            return self.skip(change, "the schema's table was not found");
        };
        let key = table_key(&table.name);
        // A view the schema does not declare may hold the table's name.
        let actual: &'a ir::Database = self.actual;
        for view in actual.views.iter().filter(|v| {
            v.name.schema == table.name.schema && same_name(&table.name.name, &v.name.name)
        }) {
            let what = if view.materialized {
                "MATERIALIZED VIEW"
            } else {
                "VIEW"
            };
            let mut node = Node::new(
                Phase::DropTable,
                format!(
                    "{}: {} (a view holds its name)",
                    change.kind,
                    change.object.path()
                ),
            )
            .sql(format!("DROP {what} {}", qualified(&view.name)))
            .destructive(format!(
                "drops {} {}, which has the name of the schema's table",
                what.to_lowercase(),
                view.name
            ));
            node.removes.push(Res::Relation(
                view.name.schema.clone(),
                cut(&view.name.name),
            ));
            for other in &actual.views {
                let uses = other.name != view.name
                    && other
                        .definition
                        .as_deref()
                        .is_some_and(|d| mentions(d, &view.name.name));
                if uses {
                    node = node.note(format!(
                        "view {} seems to use it: PostgreSQL refuses this while that view exists (drop it first)",
                        other.name
                    ));
                }
            }
            self.push(node);
        }
        let mut lines: Vec<String> = table
            .columns
            .iter()
            .map(|c| format!("    {}", column_sql(c, &table.name)))
            .collect();
        if let Some(pk) = &table.primary_key {
            lines.push(format!(
                "    CONSTRAINT {} PRIMARY KEY ({})",
                STYLE.ident(&pk.name),
                STYLE.list(&pk.columns)
            ));
        }
        let create = if lines.is_empty() {
            format!("CREATE TABLE {} ()", qualified(&table.name))
        } else {
            format!(
                "CREATE TABLE {} (\n{}\n)",
                qualified(&table.name),
                lines.join(",\n")
            )
        };
        let mut node = Node::new(
            Phase::CreateTable,
            format!("{}: {}", change.kind, change.object.path()),
        );
        // Autoincrement columns that cannot be SERIAL get their own sequence.
        let mut after = Vec::new();
        for column in table.columns.iter().filter(|c| serial_type(c).is_none()) {
            if let Some((before_create, after_create)) = self.sequence_statements(table, column) {
                node.step.statements.extend(before_create);
                after.extend(after_create);
            }
        }
        node.step.statements.push(create);
        node.step.statements.extend(after);
        node.provides.push(Res::Table(key.clone()));
        node.requires.push(Res::Schema(key.schema.clone()));
        node.provides
            .push(Res::Relation(key.schema.clone(), key.name.clone()));
        for column in &table.columns {
            node.provides
                .push(Res::Column(key.clone(), cut(&column.name)));
            node.provides
                .push(Res::ColumnType(key.clone(), cut(&column.name)));
            if let TypeKind::Enum(e) = &column.ty.kind {
                node.requires.push(Res::Type(table_key(e)));
            }
        }
        if let Some(pk) = &table.primary_key {
            node.provides
                .push(Res::Relation(key.schema.clone(), cut(&pk.name)));
            node.provides
                .push(Res::Constraint(key.clone(), cut(&pk.name)));
            node.provides
                .push(Res::UniqueKey(key.clone(), sorted_cut(&pk.columns)));
        }
        self.push(node);
        for index in &table.indexes {
            let title = format!(
                "{}: {} (index {})",
                change.kind,
                change.object.path(),
                index.name
            );
            self.create_index_titled(table, index, title);
        }
        for fk in &table.foreign_keys {
            let title = format!(
                "{}: {} (foreign key {})",
                change.kind,
                change.object.path(),
                fk.name
            );
            self.add_foreign_key(&table.name, fk, title);
        }
    }

    fn drop_table(&mut self, change: &Change) {
        let name = Self::object_name(change);
        let Some(table) = self.actual.table(&name) else {
            return self.skip(change, "the database's table was not found");
        };
        let key = table_key(&table.name);
        // Its foreign keys to other tables go first, as Prisma does it: then
        // no two dropped tables wait for each other.
        for fk in &table.foreign_keys {
            if table_key(&fk.referenced_table) != key {
                let title = format!(
                    "{}: {} (drop its foreign key {} first)",
                    change.kind,
                    change.object.path(),
                    fk.name
                );
                self.drop_foreign_key(table, fk, title, Some("the table is dropped below"));
            }
        }
        let mut node = Node::new(
            Phase::DropTable,
            format!("{}: {}", change.kind, change.object.path()),
        )
        .sql(format!("DROP TABLE {}", qualified(&table.name)))
        .destructive(format!("drops table {} and all its rows", table.name));
        if let Some(hint) = self.renamed_table_hint(table) {
            node = node.note(hint);
        }
        for note in self.dependent_objects(table, None) {
            node = node.note(note);
        }
        node.removes.push(Res::Table(key.clone()));
        node.removes
            .push(Res::Relation(key.schema.clone(), key.name.clone()));
        for column in &table.columns {
            node.removes
                .push(Res::Column(key.clone(), cut(&column.name)));
            if let TypeKind::Enum(e) = &column.ty.kind {
                node.releases.push(Res::Type(table_key(e)));
            }
        }
        if let Some(pk) = &table.primary_key {
            node.removes
                .push(Res::Relation(key.schema.clone(), cut(&pk.name)));
            node.removes
                .push(Res::Constraint(key.clone(), cut(&pk.name)));
            node.removes
                .push(Res::UniqueKey(key.clone(), sorted_cut(&pk.columns)));
        }
        for index in &table.indexes {
            node.removes
                .push(Res::Relation(key.schema.clone(), cut(&index.name)));
            if index.unique {
                if let Some(columns) = key_columns(index) {
                    node.removes.push(Res::UniqueKey(key.clone(), columns));
                }
            }
        }
        for fk in &table.foreign_keys {
            node.removes
                .push(Res::Constraint(key.clone(), cut(&fk.name)));
        }
        for sequence in &self.actual.sequences {
            if sequence.name.schema == table.name.schema
                && sequence
                    .owned_by
                    .as_ref()
                    .is_some_and(|(t, _)| *t == table.name.name)
            {
                node.removes.push(Res::Relation(
                    sequence.name.schema.clone(),
                    cut(&sequence.name.name),
                ));
            }
        }
        self.push(node);
    }

    /// When a table the schema lacks has the columns of one the database
    /// lacks, it was probably renamed: say how to keep its rows.
    fn renamed_table_hint(&self, table: &Table) -> Option<String> {
        let columns: BTreeSet<&str> = table.columns.iter().map(|c| c.name.as_str()).collect();
        let missing = self.expected.tables.iter().find(|t| {
            t.name.schema == table.name.schema
                && self.actual.table(&t.name).is_none()
                && t.columns
                    .iter()
                    .map(|c| c.name.as_str())
                    .collect::<BTreeSet<_>>()
                    == columns
        })?;
        Some(format!(
            "if {} was renamed from {}, `ALTER TABLE {} RENAME TO {}` (and renaming its constraints and indexes) keeps the rows instead",
            table.name,
            missing.name,
            qualified(&table.name),
            STYLE.ident(&missing.name.name)
        ))
    }

    // -- columns ------------------------------------------------------------

    /// Statements around a column definition for an autoincrement column
    /// that is not `SERIAL`: (before, after). `None` when the column needs none.
    fn sequence_statements(
        &self,
        table: &Table,
        column: &Column,
    ) -> Option<(Vec<String>, Vec<String>)> {
        let Some(DefaultValue::Sequence(name)) = &column.default else {
            return None;
        };
        let sequence = QualifiedName::new(table.name.schema.clone(), name.clone());
        let exists =
            self.actual.sequences.iter().any(|s| {
                s.name.schema == sequence.schema && same_name(&s.name.name, &sequence.name)
            });
        let mut before = Vec::new();
        if !exists {
            before.push(format!("CREATE SEQUENCE {}", qualified(&sequence)));
        }
        let after = vec![format!(
            "ALTER SEQUENCE {} OWNED BY {}.{}",
            qualified(&sequence),
            qualified(&table.name),
            STYLE.ident(&column.name)
        )];
        Some((before, after))
    }

    fn add_column(&mut self, change: &Change) {
        let (Some(exp), Some(act)) = self.tables(change) else {
            return self.skip(change, "the table was not found");
        };
        let Some(column) = exp.column(&change.object.name) else {
            return self.skip(change, "the schema's column was not found");
        };
        let key = table_key(&act.name);
        let mut node = Node::new(
            Phase::AddColumn,
            format!("{}: {}", change.kind, change.object.path()),
        );
        let add = format!(
            "ALTER TABLE {} ADD COLUMN {}",
            qualified(&act.name),
            column_sql(column, &exp.name)
        );
        match (serial_type(column), self.sequence_statements(exp, column)) {
            (None, Some((before, after))) => {
                node.step.statements.extend(before);
                node.step.statements.push(add);
                node.step.statements.extend(after);
            }
            _ => node.step.statements.push(add),
        }
        let has_default = column
            .default
            .as_ref()
            .is_some_and(|d| !matches!(d, DefaultValue::Unspecified));
        if !column.nullable && !has_default {
            node = node.note(format!(
                "fails if {} has rows: the column is NOT NULL and has no default",
                act.name
            ));
        }
        if let Some(hint) = self.renamed_column_hint(exp, act, column) {
            node = node.note(hint);
        }
        node.requires.push(Res::Table(key.clone()));
        if let TypeKind::Enum(e) = &column.ty.kind {
            node.requires.push(Res::Type(table_key(e)));
        }
        node.provides
            .push(Res::Column(key.clone(), cut(&column.name)));
        node.provides
            .push(Res::ColumnType(key.clone(), cut(&column.name)));
        self.push(node);
    }

    /// When the database has a column the schema lacks, of the same type as
    /// the missing one, it was perhaps renamed.
    fn renamed_column_hint(&self, exp: &Table, act: &Table, column: &Column) -> Option<String> {
        let mut candidates = act.columns.iter().filter(|c| {
            exp.columns.iter().all(|e| !same_name(&e.name, &c.name))
                && crate::diff::equivalence::same_type(&column.ty, &c.ty)
        });
        let old = candidates.next()?;
        if candidates.next().is_some() {
            return None;
        }
        Some(format!(
            "if {} was renamed to {}, `ALTER TABLE {} RENAME COLUMN {} TO {}` keeps its values instead of this and the drop",
            column.name,
            old.name,
            qualified(&act.name),
            STYLE.ident(&old.name),
            STYLE.ident(&column.name)
        ))
    }

    fn drop_column(&mut self, change: &Change) {
        let (_, Some(act)) = self.tables(change) else {
            return self.skip(change, "the table was not found");
        };
        let Some(column) = act.column(&change.object.name) else {
            return self.skip(change, "the database's column was not found");
        };
        let key = table_key(&act.name);
        let mut node = Node::new(
            Phase::DropColumn,
            format!("{}: {}", change.kind, change.object.path()),
        )
        .sql(format!(
            "ALTER TABLE {} DROP COLUMN {}",
            qualified(&act.name),
            STYLE.ident(&column.name)
        ))
        .destructive(format!(
            "drops column {}.{} and its values",
            act.name, column.name
        ));
        for note in self.dependent_objects(act, Some(&column.name)) {
            node = node.note(note);
        }
        node.removes
            .push(Res::Column(key.clone(), cut(&column.name)));
        node.removes
            .push(Res::ColumnType(key.clone(), cut(&column.name)));
        if let TypeKind::Enum(e) = &column.ty.kind {
            node.releases.push(Res::Type(table_key(e)));
        }
        self.push(node);
    }

    fn plan_column(&mut self, table: &QualifiedName, column_name: &str, fix: &ColumnFix) {
        let Some(exp) = self.expected.table(table) else {
            self.unsupported.push(format!(
                "{table}.{column_name}: the schema's table was not found"
            ));
            return;
        };
        let Some(act) = self
            .actual
            .tables
            .iter()
            .find(|t| t.name.schema == table.schema && same_name(&table.name, &t.name.name))
        else {
            self.unsupported.push(format!(
                "{table}.{column_name}: the database's table was not found"
            ));
            return;
        };
        let (Some(column), Some(db)) = (
            exp.column(column_name),
            act.columns.iter().find(|c| same_name(column_name, &c.name)),
        ) else {
            self.unsupported
                .push(format!("{table}.{column_name}: the column was not found"));
            return;
        };
        let key = table_key(&act.name);
        let col_key = cut(&db.name);
        let path = format!("{}.{}", exp.name, column.name);
        let mut default_done = self.default_done.contains(&(key.clone(), col_key.clone()));
        if fix.ty {
            let mut node = Node::new(
                Phase::AlterColumn,
                format!(
                    "column_type_changed: {path} ({} → {})",
                    db.ty.sql(),
                    column.ty.sql()
                ),
            );
            let using = using_clause(&db.name, &db.ty, &column.ty);
            // A default of the old type may not convert (an enum literal to
            // text and back): take it off and put the schema's back.
            let resettable = matches!(
                db.default,
                Some(DefaultValue::Literal(_) | DefaultValue::Expression(_) | DefaultValue::Now)
            );
            let enum_involved = matches!(db.ty.kind, TypeKind::Enum(_))
                || matches!(column.ty.kind, TypeKind::Enum(_));
            let reset = resettable
                && (using.is_some() || enum_involved)
                && !matches!(column.default, Some(DefaultValue::Unspecified));
            if reset {
                node = node.sql(alter_column(&act.name, &db.name, "DROP DEFAULT"));
            }
            let mut alter = format!("SET DATA TYPE {}", type_sql(&column.ty));
            if let Some(using) = using {
                alter.push_str(&format!(" USING {using}"));
            }
            node = node.sql(alter_column(&act.name, &db.name, &alter));
            if reset && !default_done {
                if let Some(sql) = column
                    .default
                    .as_ref()
                    .and_then(|d| default_sql(d, &column.ty, &exp.name))
                {
                    node = node.sql(alter_column(
                        &act.name,
                        &db.name,
                        &format!("SET DEFAULT {sql}"),
                    ));
                }
                default_done = true;
            }
            if !lossless(&db.ty, &column.ty) {
                node = node.destructive(format!(
                    "changes {path} from {} to {}: values may be cut or fail to convert",
                    db.ty.sql(),
                    column.ty.sql()
                ));
            }
            node.provides
                .push(Res::ColumnType(key.clone(), col_key.clone()));
            node.requires
                .push(Res::NoForeignKey(key.clone(), col_key.clone()));
            if let TypeKind::Enum(e) = &column.ty.kind {
                node.requires.push(Res::Type(table_key(e)));
            }
            if let TypeKind::Enum(e) = &db.ty.kind {
                node.releases.push(Res::Type(table_key(e)));
            }
            for note in self.dependent_objects(act, Some(&db.name)) {
                node = node.note(note);
            }
            self.push(node);
            self.readd_fks_on_column(act, &db.name, &format!("column_type_changed: {path}"));
        }
        if fix.nullability && column.nullable != db.nullable {
            let mut node = Node::new(
                Phase::AlterColumn,
                format!("column_nullability_changed: {path}"),
            );
            if column.nullable {
                node = node.sql(alter_column(&act.name, &db.name, "DROP NOT NULL"));
                node.requires
                    .push(Res::NotInPrimaryKey(key.clone(), col_key.clone()));
            } else {
                node = node
                    .sql(alter_column(&act.name, &db.name, "SET NOT NULL"))
                    .destructive(format!(
                        "makes {path} NOT NULL: fails if any row holds NULL there (update those rows first)"
                    ));
                node.requires
                    .push(Res::ColumnType(key.clone(), col_key.clone()));
            }
            self.push(node);
        }
        if fix.default && !default_done {
            let mut node = Node::new(
                Phase::AlterColumn,
                format!("column_default_changed: {path}"),
            );
            if matches!(db.default, Some(DefaultValue::Identity { .. })) {
                node = node.sql(alter_column(&act.name, &db.name, "DROP IDENTITY IF EXISTS"));
            }
            match &column.default {
                None => {
                    if !matches!(db.default, Some(DefaultValue::Identity { .. })) {
                        node = node.sql(alter_column(&act.name, &db.name, "DROP DEFAULT"));
                    }
                }
                Some(DefaultValue::Sequence(name)) => {
                    let (sequence, create, owned) = self.sequence_for(act, db, name);
                    if create {
                        node = node.sql(format!("CREATE SEQUENCE {}", qualified(&sequence)));
                    }
                    node = node.sql(alter_column(
                        &act.name,
                        &db.name,
                        &format!(
                            "SET DEFAULT nextval({})",
                            quote_literal(&qualified(&sequence))
                        ),
                    ));
                    if !owned {
                        node = node.sql(format!(
                            "ALTER SEQUENCE {} OWNED BY {}.{}",
                            qualified(&sequence),
                            qualified(&act.name),
                            STYLE.ident(&db.name)
                        ));
                    }
                }
                Some(default) => match default_sql(default, &column.ty, &exp.name) {
                    Some(sql) => {
                        node = node.sql(alter_column(
                            &act.name,
                            &db.name,
                            &format!("SET DEFAULT {sql}"),
                        ))
                    }
                    None => {
                        self.unsupported.push(format!(
                            "column_default_changed {path}: the schema's default cannot be written as SQL"
                        ));
                        return;
                    }
                },
            }
            node.requires
                .push(Res::ColumnType(key.clone(), col_key.clone()));
            if let TypeKind::Enum(e) = &column.ty.kind {
                node.requires.push(Res::Type(table_key(e)));
            }
            if !node.step.statements.is_empty() {
                self.push(node);
            }
        }
    }

    /// The sequence for an autoincrement default: (name, must be created,
    /// already owned by the column).
    fn sequence_for(
        &self,
        table: &Table,
        column: &Column,
        name: &str,
    ) -> (QualifiedName, bool, bool) {
        let owned = self.actual.sequences.iter().find(|s| {
            s.name.schema == table.name.schema
                && s.owned_by
                    .as_ref()
                    .is_some_and(|(t, c)| *t == table.name.name && *c == column.name)
        });
        if let Some(sequence) = owned {
            return (sequence.name.clone(), false, true);
        }
        let sequence = QualifiedName::new(table.name.schema.clone(), name.to_string());
        let exists =
            self.actual.sequences.iter().any(|s| {
                s.name.schema == sequence.schema && same_name(&s.name.name, &sequence.name)
            });
        (sequence, !exists, false)
    }

    /// Views and functions that seem to use a table (or one of its columns):
    /// PostgreSQL refuses to drop or retype what they depend on. Found by
    /// name in their definitions, so a hint rather than a certainty.
    fn dependent_objects(&self, table: &Table, column: Option<&str>) -> Vec<String> {
        let mut notes = Vec::new();
        for view in &self.actual.views {
            let Some(definition) = &view.definition else {
                continue;
            };
            if mentions(definition, &table.name.name)
                && column.is_none_or(|c| mentions(definition, c))
            {
                notes.push(format!(
                    "{} {} seems to use {}: PostgreSQL refuses this while it exists (drop it first, recreate it after)",
                    if view.materialized { "materialized view" } else { "view" },
                    view.name,
                    match column {
                        Some(c) => format!("{}.{c}", table.name),
                        None => table.name.to_string(),
                    }
                ));
            }
        }
        if column.is_none() {
            for function in &self.actual.functions {
                if function.name.schema == table.name.schema
                    && (function.name.name == table.name.name
                        || mentions(&function.arguments, &table.name.name))
                {
                    notes.push(format!(
                        "{} {}({}) may use the row type of {}: DROP TABLE fails while it exists (drop it first)",
                        function.kind, function.name, function.arguments, table.name
                    ));
                }
            }
        }
        notes
    }

    // -- primary keys -------------------------------------------------------

    fn primary_key(&mut self, change: &Change) {
        let (exp, act) = self.tables(change);
        let (Some(exp), Some(act)) = (exp, act) else {
            return self.skip(change, "the table was not found");
        };
        let key = table_key(&act.name);
        let path = change.object.path();
        match change.kind {
            ChangeKind::PrimaryKeyRenamed => {
                let (Some(pk), Some(db)) = (&exp.primary_key, &act.primary_key) else {
                    return self.skip(change, "the primary key was not found");
                };
                let mut node =
                    Node::new(Phase::Rename, format!("{}: {path}", change.kind)).sql(format!(
                        "ALTER TABLE {} RENAME CONSTRAINT {} TO {}",
                        qualified(&act.name),
                        STYLE.ident(&db.name),
                        STYLE.ident(&pk.name)
                    ));
                node.removes
                    .push(Res::Constraint(key.clone(), cut(&db.name)));
                node.removes
                    .push(Res::Relation(key.schema.clone(), cut(&db.name)));
                node.provides
                    .push(Res::Constraint(key.clone(), cut(&pk.name)));
                node.provides
                    .push(Res::Relation(key.schema.clone(), cut(&pk.name)));
                self.push(node);
            }
            _ => {
                let drop = matches!(
                    change.kind,
                    ChangeKind::PrimaryKeyExtra | ChangeKind::PrimaryKeyChanged
                );
                let add = matches!(
                    change.kind,
                    ChangeKind::PrimaryKeyMissing | ChangeKind::PrimaryKeyChanged
                );
                if drop {
                    let Some(db) = &act.primary_key else {
                        return self.skip(change, "the database's primary key was not found");
                    };
                    let mut node =
                        Node::new(Phase::DropPrimaryKey, format!("{}: {path}", change.kind))
                            .sql(format!(
                                "ALTER TABLE {} DROP CONSTRAINT {}",
                                qualified(&act.name),
                                STYLE.ident(&db.name)
                            ))
                            .destructive(format!(
                                "drops primary key {} of {}{}",
                                db.name,
                                act.name,
                                if add { " (added again below)" } else { "" }
                            ));
                    node.removes
                        .push(Res::Constraint(key.clone(), cut(&db.name)));
                    node.removes
                        .push(Res::Relation(key.schema.clone(), cut(&db.name)));
                    let columns = sorted_cut(&db.columns);
                    node.removes
                        .push(Res::UniqueKey(key.clone(), columns.clone()));
                    for column in &db.columns {
                        node.releases.push(Res::Column(key.clone(), cut(column)));
                        node.provides
                            .push(Res::NotInPrimaryKey(key.clone(), cut(column)));
                    }
                    self.push(node);
                    self.readd_dependent_fks(act, &columns, &format!("{}: {path}", change.kind));
                }
                if add {
                    let Some(pk) = &exp.primary_key else {
                        return self.skip(change, "the schema's primary key was not found");
                    };
                    let mut node =
                        Node::new(Phase::AddPrimaryKey, format!("{}: {path}", change.kind)).sql(
                            format!(
                                "ALTER TABLE {} ADD CONSTRAINT {} PRIMARY KEY ({})",
                                qualified(&act.name),
                                STYLE.ident(&pk.name),
                                STYLE.list(&pk.columns)
                            ),
                        );
                    node = node.note(format!(
                        "fails if {} holds duplicate or NULL values in ({})",
                        act.name,
                        pk.columns.join(", ")
                    ));
                    node.provides
                        .push(Res::Constraint(key.clone(), cut(&pk.name)));
                    node.provides
                        .push(Res::Relation(key.schema.clone(), cut(&pk.name)));
                    node.provides
                        .push(Res::UniqueKey(key.clone(), sorted_cut(&pk.columns)));
                    for column in &pk.columns {
                        node.requires.push(Res::Column(key.clone(), cut(column)));
                        node.requires
                            .push(Res::ColumnType(key.clone(), cut(column)));
                    }
                    self.push(node);
                }
            }
        }
    }

    /// Dropping a primary key or unique index that foreign keys reference
    /// fails; those foreign keys are dropped first and added again after
    /// (the schema's definition when it has one).
    fn readd_dependent_fks(&mut self, table: &Table, columns: &[String], path: &str) {
        let referenced = table_key(&table.name);
        self.readd_fks(
            |_, fk| {
                table_key(&fk.referenced_table) == referenced
                    && sorted_cut(&fk.referenced_columns) == columns
            },
            path,
        );
    }

    /// A column's type cannot change under a foreign key (its two sides
    /// would differ in between): the foreign keys on it, or referencing it,
    /// are dropped first and added again after.
    fn readd_fks_on_column(&mut self, table: &Table, column: &str, path: &str) {
        let key = table_key(&table.name);
        let column = cut(column);
        self.readd_fks(
            |owner, fk| {
                (table_key(&owner.name) == key && fk.columns.iter().any(|c| cut(c) == column))
                    || (table_key(&fk.referenced_table) == key
                        && fk.referenced_columns.iter().any(|c| cut(c) == column))
            },
            path,
        );
    }

    /// Drops the database's foreign keys that `matches` picks (unless a step
    /// drops them anyway) and adds them again, with the schema's definition
    /// (and name) when it has one.
    fn readd_fks(&mut self, matches: impl Fn(&Table, &ForeignKey) -> bool, title: &str) {
        let actual: &'a ir::Database = self.actual;
        let mut found: Vec<(&'a Table, &'a ForeignKey)> = Vec::new();
        for owner in &actual.tables {
            let owner_key = table_key(&owner.name);
            if self.dropped_tables.contains(&owner_key) {
                continue;
            }
            for fk in &owner.foreign_keys {
                let id = (owner_key.clone(), cut(&fk.name));
                if matches(owner, fk)
                    && !self.dropped_fks.contains(&id)
                    && !self.readded_fks.contains(&id)
                {
                    found.push((owner, fk));
                }
            }
        }
        for (owner, fk) in found {
            self.readded_fks
                .insert((table_key(&owner.name), cut(&fk.name)));
            let drop_title = format!(
                "{title}: drop foreign key {}.{} first (it depends on what changes)",
                owner.name, fk.name
            );
            self.drop_foreign_key(owner, fk, drop_title, Some("added again below"));
            let definition = self.schema_fk(owner, fk).unwrap_or(fk);
            let add_title = format!(
                "{title}: add foreign key {}.{} again",
                owner.name, definition.name
            );
            self.add_foreign_key(&owner.name, definition, add_title);
        }
    }

    /// The schema's foreign key for one of the database's: same name, or the
    /// one the differ found renamed to it.
    fn schema_fk(&self, owner: &Table, fk: &ForeignKey) -> Option<&'a ForeignKey> {
        let expected: &'a ir::Database = self.expected;
        let table = expected.tables.iter().find(|t| {
            t.name.schema == owner.name.schema && same_name(&t.name.name, &owner.name.name)
        })?;
        let renamed_from = self
            .fk_renamed
            .iter()
            .find(|((t, _), actual)| table_key(t) == table_key(&table.name) && **actual == fk.name)
            .map(|((_, name), _)| name.clone());
        table.foreign_keys.iter().find(|f| {
            same_name(&f.name, &fk.name) || renamed_from.as_deref() == Some(f.name.as_str())
        })
    }

    // -- indexes ------------------------------------------------------------

    fn create_index(&mut self, table: &Table, index: &Index, change: &Change) {
        let title = format!("{}: {}", change.kind, change.object.path());
        self.create_index_titled(table, index, title);
    }

    fn create_index_titled(&mut self, table: &Table, index: &Index, title: String) {
        let key = table_key(&table.name);
        let mut node = Node::new(Phase::CreateIndex, title).sql(index_definition_in(
            index,
            &table.name,
            STYLE,
        ));
        if index.unique {
            node = node.note(format!(
                "fails if {} holds duplicate values in the indexed columns",
                table.name
            ));
        }
        node.requires.push(Res::Table(key.clone()));
        for column in &index.columns {
            if let IndexKey::Column(name) = &column.key {
                node.requires.push(Res::Column(key.clone(), cut(name)));
                node.requires.push(Res::ColumnType(key.clone(), cut(name)));
            }
        }
        for name in &index.include {
            node.requires.push(Res::Column(key.clone(), cut(name)));
        }
        node.provides
            .push(Res::Relation(key.schema.clone(), cut(&index.name)));
        if index.unique && index.predicate.is_none() {
            if let Some(columns) = key_columns(index) {
                node.provides.push(Res::UniqueKey(key.clone(), columns));
            }
        }
        self.push(node);
    }

    fn drop_index(&mut self, table: &'a Table, index: &Index, title: String, replaced: bool) {
        let key = table_key(&table.name);
        let statement = if index.constraint {
            format!(
                "ALTER TABLE {} DROP CONSTRAINT {}",
                qualified(&table.name),
                STYLE.ident(&index.name)
            )
        } else {
            let name = QualifiedName::new(table.name.schema.clone(), index.name.clone());
            format!("DROP INDEX {}", qualified(&name))
        };
        let mut node = Node::new(Phase::DropIndex, title.clone())
            .sql(statement)
            .destructive(format!(
                "drops index {} on {}{}",
                index.name,
                table.name,
                if replaced {
                    " (created again below with the schema's definition)"
                } else {
                    ""
                }
            ));
        for column in &index.columns {
            if let IndexKey::Column(name) = &column.key {
                node.releases.push(Res::Column(key.clone(), cut(name)));
            }
        }
        for name in &index.include {
            node.releases.push(Res::Column(key.clone(), cut(name)));
        }
        node.removes
            .push(Res::Relation(key.schema.clone(), cut(&index.name)));
        let unique_key = if index.unique && index.predicate.is_none() {
            key_columns(index)
        } else {
            None
        };
        if let Some(columns) = &unique_key {
            node.removes
                .push(Res::UniqueKey(key.clone(), columns.clone()));
        }
        self.push(node);
        if let Some(columns) = unique_key {
            let still_unique = table
                .primary_key
                .as_ref()
                .is_some_and(|pk| sorted_cut(&pk.columns) == columns)
                || table.indexes.iter().any(|other| {
                    other.name != index.name
                        && other.unique
                        && other.predicate.is_none()
                        && key_columns(other).as_ref() == Some(&columns)
                });
            if !still_unique {
                self.readd_dependent_fks(table, &columns, &title);
            }
        }
    }

    /// The database's index for a schema index, as the differ matched it.
    fn actual_index(&self, exp: &Table, act: &'a Table, name: &str) -> Option<&'a Index> {
        let key = (exp.name.clone(), name.to_string());
        if let Some(actual_name) = self.index_renamed.get(&key) {
            if let Some(index) = act.indexes.iter().find(|i| i.name == *actual_name) {
                return Some(index);
            }
        }
        act.indexes.iter().find(|i| same_name(name, &i.name))
    }

    fn replace_index(&mut self, change: &Change) {
        let (Some(exp), Some(act)) = self.tables(change) else {
            return self.skip(change, "the table was not found");
        };
        let Some(index) = exp.indexes.iter().find(|i| i.name == change.object.name) else {
            return self.skip(change, "the schema's index was not found");
        };
        let Some(db) = self.actual_index(exp, act, &index.name) else {
            return self.skip(change, "the database's index was not found");
        };
        let title = format!("{}: {}", change.kind, change.object.path());
        self.drop_index(act, db, title.clone(), true);
        self.create_index_titled(exp, index, title);
    }

    fn rename_index(&mut self, change: &Change) {
        let key = match Self::parent_name(change) {
            Some(parent) => (parent, change.object.name.clone()),
            None => return self.skip(change, "no table named"),
        };
        // A changed index is dropped and created with the schema's name.
        if self.index_changed.contains(&key) {
            return;
        }
        let (Some(_), Some(act)) = self.tables(change) else {
            return self.skip(change, "the table was not found");
        };
        let Some(old) = change.actual.as_deref() else {
            return self.skip(change, "the database's index name is unknown");
        };
        let schema = act.name.schema.clone();
        let mut node = Node::new(
            Phase::Rename,
            format!("{}: {}", change.kind, change.object.path()),
        )
        .sql(format!(
            "ALTER INDEX {} RENAME TO {}",
            qualified(&QualifiedName::new(schema.clone(), old.to_string())),
            STYLE.ident(&change.object.name)
        ));
        node.removes.push(Res::Relation(schema.clone(), cut(old)));
        node.provides
            .push(Res::Relation(schema, cut(&change.object.name)));
        self.push(node);
    }

    // -- foreign keys -------------------------------------------------------

    fn add_foreign_key(&mut self, table: &QualifiedName, fk: &ForeignKey, title: String) {
        let key = table_key(table);
        let target = table_key(&fk.referenced_table);
        let mut node = Node::new(Phase::AddForeignKey, title).sql(format!(
            "ALTER TABLE {} ADD CONSTRAINT {} {}",
            qualified(table),
            STYLE.ident(&fk.name),
            foreign_key_definition_in(fk, STYLE, false)
        ));
        node.requires.push(Res::Table(key.clone()));
        node.requires.push(Res::Table(target.clone()));
        for column in &fk.columns {
            node.requires.push(Res::Column(key.clone(), cut(column)));
            node.requires
                .push(Res::ColumnType(key.clone(), cut(column)));
        }
        for column in &fk.referenced_columns {
            node.requires.push(Res::Column(target.clone(), cut(column)));
            node.requires
                .push(Res::ColumnType(target.clone(), cut(column)));
        }
        node.requires
            .push(Res::UniqueKey(target, sorted_cut(&fk.referenced_columns)));
        node.provides.push(Res::Constraint(key, cut(&fk.name)));
        self.push(node);
    }

    fn drop_foreign_key(
        &mut self,
        table: &Table,
        fk: &ForeignKey,
        title: String,
        why: Option<&str>,
    ) {
        let key = table_key(&table.name);
        let target = table_key(&fk.referenced_table);
        let mut node = Node::new(Phase::DropForeignKey, title)
            .sql(format!(
                "ALTER TABLE {} DROP CONSTRAINT {}",
                qualified(&table.name),
                STYLE.ident(&fk.name)
            ))
            .destructive(format!(
                "drops foreign key {} on {}{}",
                fk.name,
                table.name,
                why.map(|w| format!(" ({w})")).unwrap_or_default()
            ));
        node.removes
            .push(Res::Constraint(key.clone(), cut(&fk.name)));
        node.releases.push(Res::Table(target.clone()));
        for column in &fk.columns {
            node.releases.push(Res::Column(key.clone(), cut(column)));
        }
        for column in &fk.referenced_columns {
            node.releases.push(Res::Column(target.clone(), cut(column)));
        }
        node.releases.push(Res::UniqueKey(
            target.clone(),
            sorted_cut(&fk.referenced_columns),
        ));
        for column in &fk.columns {
            node.provides
                .push(Res::NoForeignKey(key.clone(), cut(column)));
        }
        for column in &fk.referenced_columns {
            node.provides
                .push(Res::NoForeignKey(target.clone(), cut(column)));
        }
        self.push(node);
    }

    /// The database's foreign key for a schema foreign key, as the differ
    /// matched it: by name, else by columns and target.
    fn actual_fk(&self, exp: &Table, act: &'a Table, name: &str) -> Option<&'a ForeignKey> {
        let key = (exp.name.clone(), name.to_string());
        if let Some(actual_name) = self.fk_renamed.get(&key) {
            if let Some(fk) = act.foreign_keys.iter().find(|f| f.name == *actual_name) {
                return Some(fk);
            }
        }
        if let Some(fk) = act.foreign_keys.iter().find(|f| same_name(name, &f.name)) {
            return Some(fk);
        }
        let schema_fk = exp.foreign_keys.iter().find(|f| f.name == name)?;
        act.foreign_keys.iter().find(|f| {
            f.columns == schema_fk.columns
                && f.referenced_table == schema_fk.referenced_table
                && f.referenced_columns == schema_fk.referenced_columns
                && !exp.foreign_keys.iter().any(|e| same_name(&e.name, &f.name))
        })
    }

    fn replace_foreign_key(&mut self, change: &Change) {
        let (Some(exp), Some(act)) = self.tables(change) else {
            return self.skip(change, "the table was not found");
        };
        let Some(fk) = exp
            .foreign_keys
            .iter()
            .find(|f| f.name == change.object.name)
        else {
            return self.skip(change, "the schema's foreign key was not found");
        };
        let Some(db) = self.actual_fk(exp, act, &fk.name) else {
            return self.skip(change, "the database's foreign key was not found");
        };
        let title = format!("{}: {}", change.kind, change.object.path());
        self.drop_foreign_key(
            act,
            db,
            title.clone(),
            Some("added again below with the schema's definition"),
        );
        self.add_foreign_key(&act.name, fk, title);
    }

    fn rename_foreign_key(&mut self, change: &Change) {
        let key = match Self::parent_name(change) {
            Some(parent) => (parent, change.object.name.clone()),
            None => return self.skip(change, "no table named"),
        };
        if self.fk_changed.contains(&key) {
            return;
        }
        let (Some(_), Some(act)) = self.tables(change) else {
            return self.skip(change, "the table was not found");
        };
        let Some(old) = change.actual.as_deref() else {
            return self.skip(change, "the database's foreign key name is unknown");
        };
        let table = table_key(&act.name);
        // Dropped and added again under the schema's name.
        if self.readded_fks.contains(&(table.clone(), cut(old))) {
            return;
        }
        let mut node = Node::new(
            Phase::Rename,
            format!("{}: {}", change.kind, change.object.path()),
        )
        .sql(format!(
            "ALTER TABLE {} RENAME CONSTRAINT {} TO {}",
            qualified(&act.name),
            STYLE.ident(old),
            STYLE.ident(&change.object.name)
        ));
        node.removes.push(Res::Constraint(table.clone(), cut(old)));
        node.provides
            .push(Res::Constraint(table, cut(&change.object.name)));
        self.push(node);
    }

    // -- enums --------------------------------------------------------------

    fn plan_enum(&mut self, name: &QualifiedName, fix: &EnumFix) {
        let (Some(def), Some(db)) = (self.expected.enum_type(name), self.actual.enum_type(name))
        else {
            self.unsupported
                .push(format!("{}: the enum was not found", fix.origin.join(", ")));
            return;
        };
        let key = table_key(name);
        let title = fix.origin.join(", ");
        if fix.extra.is_empty() {
            // Only values to add: ADD VALUE, each placed after its
            // predecessor in the schema (or before its successor).
            let mut present: Vec<&str> = db.values.iter().map(String::as_str).collect();
            let mut node = Node::new(Phase::AddEnumValue, title);
            for (i, value) in def.values.iter().enumerate() {
                if present.contains(&value.as_str()) {
                    continue;
                }
                let before = def.values[..i]
                    .iter()
                    .rev()
                    .find(|v| present.contains(&v.as_str()));
                let after = def.values[i + 1..]
                    .iter()
                    .find(|v| present.contains(&v.as_str()));
                let position = match (before, after) {
                    (Some(prev), _) => format!(" AFTER {}", quote_literal(prev)),
                    (None, Some(next)) => format!(" BEFORE {}", quote_literal(next)),
                    (None, None) => String::new(),
                };
                node = node.sql(format!(
                    "ALTER TYPE {} ADD VALUE {}{position}",
                    qualified(&def.name),
                    quote_literal(value)
                ));
                present.push(value);
            }
            node = node.note(
                "a value added by ALTER TYPE … ADD VALUE can be used only once the transaction that added it commits".into(),
            );
            node.provides.push(Res::Type(key));
            self.push(node);
            return;
        }
        // Values to remove: PostgreSQL cannot drop an enum value, so the type
        // is recreated (Prisma's way): a new type, the columns converted
        // through text, the old type dropped, the new one renamed.
        let new_name =
            QualifiedName::new(name.schema.clone(), with_suffix(name.name.clone(), "_new"));
        let old_name = with_suffix(name.name.clone(), "_old");
        let mut node = Node::new(Phase::RecreateEnum, title).destructive(format!(
            "recreates enum {} without {}: rows holding {} make the conversion fail (update them first)",
            name,
            fix.extra
                .iter()
                .map(|v| quote_literal(v))
                .collect::<Vec<_>>()
                .join(", "),
            if fix.extra.len() == 1 { "it" } else { "them" }
        ));
        if let ([missing], [extra]) = (fix.missing.as_slice(), fix.extra.as_slice()) {
            node = node.note(format!(
                "if {} was renamed to {}, `ALTER TYPE {} RENAME VALUE {} TO {}` keeps the rows instead",
                quote_literal(missing),
                quote_literal(extra),
                qualified(name),
                quote_literal(extra),
                quote_literal(missing)
            ));
        }
        node = node.sql(format!(
            "CREATE TYPE {} AS ENUM ({})",
            qualified(&new_name),
            literal_list(&def.values)
        ));
        let mut restore = Vec::new();
        let actual: &'a ir::Database = self.actual;
        let expected: &'a ir::Database = self.expected;
        for table in &actual.tables {
            let table_k = table_key(&table.name);
            if self.dropped_tables.contains(&table_k) {
                continue;
            }
            let expected_table = expected.tables.iter().find(|t| {
                t.name.schema == table.name.schema && same_name(&t.name.name, &table.name.name)
            });
            for column in &table.columns {
                let TypeKind::Enum(e) = &column.ty.kind else {
                    continue;
                };
                if e != &db.name
                    || self
                        .dropped_columns
                        .contains(&(table_k.clone(), cut(&column.name)))
                {
                    continue;
                }
                // Columns that change type have their own step (which runs
                // before this one, as it stops using the old type).
                let expected_column = expected_table
                    .and_then(|t| t.columns.iter().find(|c| same_name(&c.name, &column.name)));
                if expected_column.is_some_and(|c| c.ty != column.ty) {
                    continue;
                }
                let new_type = ColumnType {
                    kind: TypeKind::Enum(new_name.clone()),
                    array: column.ty.array,
                };
                let has_default = matches!(
                    column.default,
                    Some(DefaultValue::Literal(_) | DefaultValue::Expression(_))
                );
                if has_default {
                    node = node.sql(alter_column(&table.name, &column.name, "DROP DEFAULT"));
                }
                let text = if column.ty.array { "text[]" } else { "text" };
                node = node.sql(alter_column(
                    &table.name,
                    &column.name,
                    &format!(
                        "SET DATA TYPE {} USING ({}::{text}::{})",
                        type_sql(&new_type),
                        STYLE.ident(&column.name),
                        type_sql(&new_type)
                    ),
                ));
                if has_default {
                    // The schema's default, else the one the column had.
                    let default = match expected_column.and_then(|c| c.default.as_ref()) {
                        Some(DefaultValue::Unspecified) => column.default.as_ref(),
                        Some(other) => Some(other),
                        None if expected_column.is_some() => None,
                        None => column.default.as_ref(),
                    };
                    if let Some(sql) = default.and_then(|d| default_sql(d, &column.ty, &table.name))
                    {
                        restore.push(alter_column(
                            &table.name,
                            &column.name,
                            &format!("SET DEFAULT {sql}"),
                        ));
                    }
                    if let Some(expected_table) = expected_table {
                        if let Some(expected_column) = expected_column {
                            self.default_done.insert((
                                table_key(&expected_table.name),
                                cut(&expected_column.name),
                            ));
                        }
                    }
                }
                node.requires
                    .push(Res::Column(table_k.clone(), cut(&column.name)));
                for note in self.dependent_objects(table, Some(&column.name)) {
                    node = node.note(note);
                }
            }
        }
        node = node
            .sql(format!(
                "ALTER TYPE {} RENAME TO {}",
                qualified(name),
                STYLE.ident(&old_name)
            ))
            .sql(format!(
                "ALTER TYPE {} RENAME TO {}",
                qualified(&new_name),
                STYLE.ident(&name.name)
            ))
            .sql(format!(
                "DROP TYPE {}",
                qualified(&QualifiedName::new(name.schema.clone(), old_name))
            ));
        for statement in restore {
            node = node.sql(statement);
        }
        node.provides.push(Res::Type(key.clone()));
        node.removes.push(Res::Type(key));
        self.push(node);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::ObjectKind;
    use crate::diff::{diff, DiffOptions};
    use crate::ir::{Enum, IndexColumn, PrimaryKey, ReferentialAction};

    fn column(name: &str, ty: ColumnType, nullable: bool) -> Column {
        Column {
            name: name.into(),
            ty,
            nullable,
            default: None,
            collation: None,
            comment: None,
            origin: None,
        }
    }

    fn text() -> ColumnType {
        ColumnType::builtin("text", vec![])
    }

    fn int() -> ColumnType {
        ColumnType::builtin("int4", vec![])
    }

    fn table(name: &str, columns: Vec<Column>) -> Table {
        let mut table = Table::new(QualifiedName::new("public", name));
        table.primary_key = Some(PrimaryKey {
            name: format!("{name}_pkey"),
            columns: vec![columns[0].name.clone()],
            origin: None,
        });
        table.columns = columns;
        table
    }

    fn fk(name: &str, column: &str, target: &str) -> ForeignKey {
        ForeignKey {
            name: name.into(),
            columns: vec![column.into()],
            referenced_table: QualifiedName::new("public", target),
            referenced_columns: vec!["id".into()],
            on_delete: ReferentialAction::Restrict,
            on_update: ReferentialAction::Cascade,
            deferrable: false,
            initially_deferred: false,
            validated: true,
            origin: None,
        }
    }

    fn db(tables: Vec<Table>, enums: Vec<Enum>) -> ir::Database {
        let mut db = ir::Database {
            namespaces: vec!["public".into()],
            tables,
            enums,
            ..ir::Database::default()
        };
        db.normalize();
        db
    }

    fn status_enum(values: &[&str]) -> Enum {
        Enum {
            name: QualifiedName::new("public", "Status"),
            values: values.iter().map(|v| v.to_string()).collect(),
            origin: None,
        }
    }

    fn statements(expected: &ir::Database, actual: &ir::Database) -> Vec<String> {
        let changes = diff(expected, actual, &DiffOptions::default());
        let fix = fixup(&changes, expected, actual);
        assert!(fix.unsupported.is_empty(), "{:?}", fix.unsupported);
        assert_eq!(fix.cyclic_steps, 0);
        fix.steps.into_iter().flat_map(|s| s.statements).collect()
    }

    fn position(statements: &[String], needle: &str) -> usize {
        statements
            .iter()
            .position(|s| s.contains(needle))
            .unwrap_or_else(|| panic!("no statement with {needle:?} in {statements:#?}"))
    }

    fn users() -> Table {
        let mut users = table(
            "User",
            vec![column("id", int(), false), column("email", text(), false)],
        );
        users.indexes.push(Index::new(
            "User_email_key",
            vec![IndexColumn::column("email")],
            true,
        ));
        users
    }

    fn posts(target: &str) -> Table {
        let mut posts = table(
            "Post",
            vec![column("id", int(), false), column("authorId", int(), false)],
        );
        posts
            .foreign_keys
            .push(fk("Post_authorId_fkey", "authorId", target));
        posts
    }

    /// Objects in a namespace the database shows nothing in get the schema
    /// created first (IF NOT EXISTS: it may exist, empty).
    #[test]
    fn empty_namespaces_are_created() {
        let mut audit = table("log", vec![column("id", int(), false)]);
        audit.name = QualifiedName::new("audit", "log");
        let mut kind = status_enum(&["A"]);
        kind.name = QualifiedName::new("audit", "Kind");
        let expected = db(vec![users(), audit], vec![kind]);
        let actual = db(vec![users()], vec![]);
        let s = statements(&expected, &actual);
        assert_eq!(s[0], "CREATE SCHEMA IF NOT EXISTS \"audit\"", "{s:#?}");
        assert_eq!(
            s.iter().filter(|x| x.starts_with("CREATE SCHEMA")).count(),
            1
        );
        assert!(position(&s, "CREATE TABLE \"audit\".\"log\"") > 0);
        assert!(position(&s, "CREATE TYPE \"audit\".\"Kind\"") > 0);
    }

    /// Autoincrement: a sequence the column owns is reused; otherwise one is
    /// created, used and made owned by the column, as Prisma does it.
    #[test]
    fn autoincrement_defaults_get_their_sequence() {
        let mut expected_users = users();
        expected_users.columns[0].default = Some(DefaultValue::Sequence("User_id_seq".into()));
        let expected = db(vec![expected_users], vec![]);
        let mut actual = db(vec![users()], vec![]);
        let s = statements(&expected, &actual);
        assert_eq!(
            s,
            vec![
                "CREATE SEQUENCE \"public\".\"User_id_seq\"",
                "ALTER TABLE \"public\".\"User\" ALTER COLUMN \"id\" SET DEFAULT nextval('\"public\".\"User_id_seq\"')",
                "ALTER SEQUENCE \"public\".\"User_id_seq\" OWNED BY \"public\".\"User\".\"id\"",
            ]
        );
        actual.sequences.push(ir::Sequence {
            name: QualifiedName::new("public", "User_id_seq1"),
            owned_by: Some(("User".into(), "id".into())),
        });
        let s = statements(&expected, &actual);
        assert_eq!(
            s,
            vec!["ALTER TABLE \"public\".\"User\" ALTER COLUMN \"id\" SET DEFAULT nextval('\"public\".\"User_id_seq1\"')"]
        );
    }

    /// A type change under a foreign key: the key is dropped before the
    /// first change and added back after the last one.
    #[test]
    fn foreign_keys_step_aside_for_type_changes() {
        let uuid = ColumnType::builtin("uuid", vec![]);
        let expected = db(vec![users(), posts("User")], vec![]);
        let mut actual_users = users();
        actual_users.columns[0].ty = uuid.clone();
        let mut actual_posts = posts("User");
        actual_posts.columns[1].ty = uuid;
        let actual = db(vec![actual_users, actual_posts], vec![]);
        let s = statements(&expected, &actual);
        let drop_fk = position(&s, "DROP CONSTRAINT \"Post_authorId_fkey\"");
        let retype_post = position(&s, "ALTER COLUMN \"authorId\" SET DATA TYPE integer");
        let retype_user = position(&s, "\"User\" ALTER COLUMN \"id\" SET DATA TYPE integer");
        let add_fk = position(&s, "ADD CONSTRAINT \"Post_authorId_fkey\"");
        assert!(drop_fk < retype_post.min(retype_user), "{s:#?}");
        assert!(retype_post.max(retype_user) < add_fk, "{s:#?}");
        assert_eq!(
            s.iter()
                .filter(|x| x.contains("Post_authorId_fkey"))
                .count(),
            2
        );
    }

    #[test]
    fn in_sync_has_no_steps() {
        let expected = db(vec![users(), posts("User")], vec![]);
        let fix = fixup(&[], &expected, &expected);
        assert!(fix.is_empty());
        assert!(fix.render().contains("Nothing to change"));
    }

    /// A renamed table: the old one (holding the names the new one needs) is
    /// dropped first, its referencing foreign key before it, and the foreign
    /// key is added back after the new table exists.
    #[test]
    fn renamed_table_frees_names_before_taking_them() {
        let expected = db(vec![users(), posts("User")], vec![]);
        let mut renamed = users();
        renamed.name = QualifiedName::new("public", "Person");
        let actual = db(vec![renamed, posts("Person")], vec![]);
        let s = statements(&expected, &actual);
        let drop_fk = position(&s, "DROP CONSTRAINT \"Post_authorId_fkey\"");
        let drop_table = position(&s, "DROP TABLE \"public\".\"Person\"");
        let create_table = position(&s, "CREATE TABLE \"public\".\"User\"");
        let create_index = position(&s, "CREATE UNIQUE INDEX \"User_email_key\"");
        let add_fk = position(&s, "ADD CONSTRAINT \"Post_authorId_fkey\"");
        assert!(drop_fk < drop_table, "{s:#?}");
        assert!(drop_table < create_table, "{s:#?}");
        assert!(create_table < create_index, "{s:#?}");
        assert!(create_table < add_fk, "{s:#?}");
        assert!(
            s[create_table].contains("\"id\" integer NOT NULL"),
            "{s:#?}"
        );
        assert!(s[create_table].contains("CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")"));
    }

    /// An index on a column that is renamed: dropped before the column.
    #[test]
    fn index_is_dropped_before_its_column() {
        let mut expected_users = users();
        expected_users.indexes[0] =
            Index::new("User_email_key", vec![IndexColumn::column("email")], true);
        let expected = db(vec![expected_users], vec![]);
        let mut actual_users = users();
        actual_users.columns[1].name = "mail".into();
        actual_users.indexes[0].columns = vec![IndexColumn::column("mail")];
        let actual = db(vec![actual_users], vec![]);
        let s = statements(&expected, &actual);
        let drop_index = position(&s, "DROP INDEX \"public\".\"User_email_key\"");
        let drop_column = position(&s, "DROP COLUMN \"mail\"");
        let add_column = position(&s, "ADD COLUMN \"email\"");
        let create_index = position(&s, "CREATE UNIQUE INDEX \"User_email_key\"");
        assert!(drop_index < drop_column, "{s:#?}");
        assert!(add_column < create_index, "{s:#?}");
    }

    /// Enum with an extra value: recreated; a column that stops using it is
    /// converted before the old type goes.
    #[test]
    fn enum_recreation_and_columns() {
        let status = ColumnType::enumeration(QualifiedName::new("public", "Status"));
        let mut expected_t = table(
            "T",
            vec![
                column("id", int(), false),
                column("a", status.clone(), false),
                column("b", text(), true),
            ],
        );
        expected_t.columns[1].default = Some(DefaultValue::Literal(Literal::String("A".into())));
        let expected = db(vec![expected_t], vec![status_enum(&["A", "B"])]);
        let mut actual_t = table(
            "T",
            vec![
                column("id", int(), false),
                column("a", status.clone(), false),
                column("b", status, true),
            ],
        );
        actual_t.columns[1].default = Some(DefaultValue::Literal(Literal::String("A".into())));
        let actual = db(vec![actual_t], vec![status_enum(&["A", "B", "C"])]);
        let s = statements(&expected, &actual);
        let convert_b = position(&s, "ALTER COLUMN \"b\" SET DATA TYPE text");
        let create_new = position(
            &s,
            "CREATE TYPE \"public\".\"Status_new\" AS ENUM ('A', 'B')",
        );
        let convert_a = position(&s, "ALTER COLUMN \"a\" SET DATA TYPE \"public\".\"Status_new\" USING (\"a\"::text::\"public\".\"Status_new\")");
        let drop_old = position(&s, "DROP TYPE \"public\".\"Status_old\"");
        let restore = position(&s, "ALTER COLUMN \"a\" SET DEFAULT 'A'");
        assert!(convert_b < drop_old, "{s:#?}");
        assert!(
            create_new < convert_a && convert_a < drop_old && drop_old < restore,
            "{s:#?}"
        );
        assert!(s
            .iter()
            .any(|x| x.contains("ALTER COLUMN \"a\" DROP DEFAULT")));
    }

    /// Missing values are added in the schema's place.
    #[test]
    fn enum_values_are_added_in_place() {
        let expected = db(vec![], vec![status_enum(&["A", "B", "C", "D"])]);
        let actual = db(vec![], vec![status_enum(&["B", "D"])]);
        let s = statements(&expected, &actual);
        assert_eq!(
            s,
            vec![
                "ALTER TYPE \"public\".\"Status\" ADD VALUE 'A' BEFORE 'B'",
                "ALTER TYPE \"public\".\"Status\" ADD VALUE 'C' AFTER 'B'",
            ]
        );
    }

    /// A type change to a new enum waits for the type; a dropped enum waits
    /// for the column that used it.
    #[test]
    fn enum_created_before_use_and_dropped_after() {
        let status = ColumnType::enumeration(QualifiedName::new("public", "Status"));
        let mut old = status_enum(&["X"]);
        old.name = QualifiedName::new("public", "Old");
        let old_type = ColumnType::enumeration(QualifiedName::new("public", "Old"));
        let expected = db(
            vec![table(
                "T",
                vec![column("id", int(), false), column("s", status, true)],
            )],
            vec![status_enum(&["A"])],
        );
        let actual = db(
            vec![table(
                "T",
                vec![column("id", int(), false), column("s", old_type, true)],
            )],
            vec![old],
        );
        let s = statements(&expected, &actual);
        let create = position(&s, "CREATE TYPE \"public\".\"Status\"");
        let alter = position(
            &s,
            "ALTER COLUMN \"s\" SET DATA TYPE \"public\".\"Status\" USING \"s\"::text::\"public\".\"Status\"",
        );
        let drop = position(&s, "DROP TYPE \"public\".\"Old\"");
        assert!(create < alter && alter < drop, "{s:#?}");
    }

    /// A changed primary key that a foreign key references: the foreign key
    /// is dropped first and added back after.
    #[test]
    fn primary_key_change_readds_dependent_foreign_keys() {
        let mut expected_users = users();
        expected_users.primary_key.as_mut().unwrap().columns = vec!["id".into(), "email".into()];
        // The foreign key now needs another unique key on id.
        expected_users.indexes.push(Index::new(
            "User_id_key",
            vec![IndexColumn::column("id")],
            true,
        ));
        let expected = db(vec![expected_users, posts("User")], vec![]);
        let actual = db(vec![users(), posts("User")], vec![]);
        let s = statements(&expected, &actual);
        let drop_fk = position(&s, "DROP CONSTRAINT \"Post_authorId_fkey\"");
        let drop_pk = position(&s, "DROP CONSTRAINT \"User_pkey\"");
        let add_pk = position(
            &s,
            "ADD CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\", \"email\")",
        );
        let unique = position(&s, "CREATE UNIQUE INDEX \"User_id_key\"");
        let add_fk = position(&s, "ADD CONSTRAINT \"Post_authorId_fkey\"");
        assert!(drop_fk < drop_pk && drop_pk < add_pk, "{s:#?}");
        assert!(unique < add_fk, "{s:#?}");
    }

    #[test]
    fn destructive_steps_are_marked_and_the_rest_listed() {
        let expected = db(vec![users()], vec![]);
        let mut actual_users = users();
        actual_users.columns.push(column("legacy", text(), true));
        actual_users.checks.push(ir::Check {
            name: "c".into(),
            definition: "CHECK (true)".into(),
            validated: true,
        });
        let actual = db(vec![actual_users], vec![]);
        let changes = diff(&expected, &actual, &DiffOptions::default());
        let sql = fixup_sql(&changes, &expected, &actual);
        let lines: Vec<&str> = sql.lines().collect();
        let drop = lines
            .iter()
            .position(|l| l.starts_with("ALTER TABLE \"public\".\"User\" DROP COLUMN \"legacy\";"))
            .expect(&sql);
        assert!(lines[..drop]
            .iter()
            .rev()
            .take_while(|l| l.starts_with("--"))
            .any(|l| l.starts_with("-- WARNING: destructive: drops column")));
        assert!(sql.contains("-- Not changed"), "{sql}");
        assert!(
            sql.contains("--   warning unmanaged_check public.User.c"),
            "{sql}"
        );
    }

    /// Changes that point at objects the databases lack are reported, never a panic.
    #[test]
    fn odd_input_is_reported_not_fatal() {
        let expected = db(vec![users()], vec![]);
        let bogus = Change {
            kind: ChangeKind::IndexMissing,
            severity: Severity::Drift,
            object: crate::diff::ObjectRef {
                kind: ObjectKind::Index,
                schema: "public".into(),
                parent: Some("Nope".into()),
                name: "x".into(),
            },
            expected: None,
            actual: None,
            message: String::new(),
            origin: None,
        };
        let fix = fixup(&[bogus], &expected, &expected);
        assert!(fix.steps.is_empty());
        assert_eq!(fix.unsupported.len(), 1);
        assert!(fix.render().contains("Not written"));
    }

    #[test]
    fn same_input_same_output() {
        let expected = db(vec![users(), posts("User")], vec![status_enum(&["A"])]);
        let actual = db(vec![posts("Person")], vec![status_enum(&["B"])]);
        let changes = diff(&expected, &actual, &DiffOptions::default());
        let first = fixup_sql(&changes, &expected, &actual);
        for _ in 0..5 {
            assert_eq!(fixup_sql(&changes, &expected, &actual), first);
        }
    }

    /// A dependency cycle (which the planner should never build) still
    /// yields every step, marked, and no panic.
    #[test]
    fn cycles_keep_every_step() {
        let res = |n: &str| Res::Relation("public".into(), n.into());
        let mut a = Node::new(Phase::Rename, "a".into());
        a.removes.push(res("x"));
        a.provides.push(res("y"));
        let mut b = Node::new(Phase::Rename, "b".into());
        b.removes.push(res("y"));
        b.provides.push(res("x"));
        let free = Node::new(Phase::CreateType, "free".into());
        let (order, cyclic) = sort(&[a, b, free]);
        assert_eq!(order, vec![2, 0, 1]);
        assert_eq!(cyclic, 2);
        let fix = Fixup {
            steps: order
                .iter()
                .map(|i| FixupStep {
                    title: i.to_string(),
                    destructive: None,
                    notes: vec![],
                    statements: vec![format!("SELECT {i}")],
                })
                .collect(),
            cyclic_steps: cyclic,
            ..Fixup::default()
        };
        let text = fix.render();
        let marker = text.find("depend on each other in a cycle").expect(&text);
        assert!(text.find("SELECT 2").unwrap() < marker && marker < text.find("SELECT 0").unwrap());
    }

    #[test]
    fn conversions() {
        let varchar = |n| ColumnType::builtin("varchar", vec![n]);
        assert!(lossless(&varchar(10), &varchar(20)));
        assert!(!lossless(&varchar(20), &varchar(10)));
        assert!(lossless(&varchar(20), &text()));
        assert!(!lossless(&text(), &varchar(10)));
        assert!(lossless(&int(), &ColumnType::builtin("int8", vec![])));
        assert!(!lossless(&ColumnType::builtin("int8", vec![]), &int()));
        assert_eq!(using_clause("a", &varchar(10), &varchar(20)), None);
        assert_eq!(
            using_clause("a", &text(), &int()).as_deref(),
            Some("\"a\"::integer")
        );
        assert_eq!(using_clause("a", &int(), &text()), None);
        assert_eq!(
            using_clause("a", &int(), &ColumnType::builtin("int8", vec![])),
            None
        );
        assert_eq!(
            using_clause("a", &text(), &text().into_array(true)).as_deref(),
            Some("ARRAY[\"a\"]::text[]")
        );
        // Keywords are identifiers too.
        assert_eq!(
            alter_column(&QualifiedName::new("public", "T"), "group", "DROP DEFAULT"),
            "ALTER TABLE \"public\".\"T\" ALTER COLUMN \"group\" DROP DEFAULT"
        );
        assert_eq!(with_suffix("x".repeat(70), "_new").len(), 63);
        assert_eq!(with_suffix("E".into(), "_new"), "E_new");
    }
}
