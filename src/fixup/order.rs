//! The order of the steps: what each step creates, needs, removes and stops
//! using, and a topological sort over a `petgraph` graph of those relations.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use petgraph::graph::{DiGraph, NodeIndex};

use super::FixupStep;
use crate::ir::{Index, QualifiedName};
use crate::sql::truncate_identifier;

/// Coarse order, used to break ties between steps the dependencies leave
/// unordered (roughly the order Prisma Migrate writes migrations in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Phase {
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
pub(super) enum Res {
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

/// A step with what it does to the objects of the database.
#[derive(Debug)]
pub(super) struct Node {
    pub(super) phase: Phase,
    pub(super) step: FixupStep,
    /// Created, or brought to the schema's shape: steps that require them come after.
    pub(super) provides: Vec<Res>,
    /// Needed in the schema's shape.
    pub(super) requires: Vec<Res>,
    /// Removed (or their name freed): steps that release them come before,
    /// steps that provide them again come after.
    pub(super) removes: Vec<Res>,
    /// Used as they are now, and no longer after this step: it must run
    /// before the steps that remove them.
    pub(super) releases: Vec<Res>,
}

impl Node {
    pub(super) fn new(phase: Phase, title: String) -> Self {
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

    pub(super) fn sql(mut self, statement: String) -> Self {
        self.step.statements.push(statement);
        self
    }

    pub(super) fn destructive(mut self, reason: String) -> Self {
        self.step.destructive = Some(reason);
        self
    }

    pub(super) fn note(mut self, note: String) -> Self {
        self.step.notes.push(note);
        self
    }

    pub(super) fn notes(self, notes: Vec<String>) -> Self {
        notes.into_iter().fold(self, Node::note)
    }
}

/// A name as PostgreSQL stores it (cut at 63 bytes).
pub(super) fn cut(name: &str) -> String {
    truncate_identifier(name).to_string()
}

/// A table's name as resources key it.
pub(super) fn table_key(name: &QualifiedName) -> QualifiedName {
    QualifiedName::new(name.schema.clone(), cut(&name.name))
}

/// The columns of an index key, sorted (what a foreign key's unique key is).
pub(super) fn key_columns(index: &Index) -> Option<Vec<String>> {
    let mut columns: Vec<String> = index.column_names()?.into_iter().map(cut).collect();
    columns.sort();
    Some(columns)
}

/// Column names cut and sorted, as [`Res::UniqueKey`] holds them.
pub(super) fn sorted_cut(columns: &[String]) -> Vec<String> {
    let mut columns: Vec<String> = columns.iter().map(|c| cut(c)).collect();
    columns.sort();
    columns
}

/// Topological order (Kahn's algorithm over a `petgraph` graph), taking among
/// the ready steps the one of the earliest phase, then the earliest created.
/// Steps caught in a cycle come last, in that same order; their count is
/// returned beside the order.
pub(super) fn sort(nodes: &[Node]) -> (Vec<usize>, usize) {
    let (graph, ids) = graph(nodes);
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

/// The graph of the steps: an edge from each step to every step that must
/// come after it.
fn graph(nodes: &[Node]) -> (DiGraph<usize, ()>, Vec<NodeIndex>) {
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
    let mut edge = |from: usize, to: usize| {
        if from != to {
            graph.update_edge(ids[from], ids[to], ());
        }
    };
    for (i, node) in nodes.iter().enumerate() {
        for res in &node.requires {
            for &p in providers.get(res).into_iter().flatten() {
                edge(p, i);
            }
        }
        for res in &node.releases {
            for &r in removers.get(res).into_iter().flatten() {
                edge(i, r);
            }
        }
        // A name (or object) is freed before it is taken again.
        for res in &node.removes {
            for &p in providers.get(res).into_iter().flatten() {
                edge(i, p);
            }
        }
    }
    (graph, ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A dependency cycle (which the planner should never build) still
    /// yields every step, the cyclic ones last, and no panic.
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
    }

    /// Ties go to the earlier phase, then to the step planned first; an edge
    /// beats both.
    #[test]
    fn phases_break_ties_and_edges_win() {
        let table = Res::Table(QualifiedName::new("public", "T"));
        let mut add_fk = Node::new(Phase::AddForeignKey, "fk".into());
        add_fk.requires.push(table.clone());
        let mut create = Node::new(Phase::CreateTable, "table".into());
        create.provides.push(table.clone());
        let type_a = Node::new(Phase::CreateType, "type a".into());
        let type_b = Node::new(Phase::CreateType, "type b".into());
        let mut drop_fk = Node::new(Phase::DropForeignKey, "drop fk".into());
        drop_fk.releases.push(table.clone());
        let mut drop = Node::new(Phase::DropTable, "drop".into());
        drop.removes.push(table);
        // The drop frees the name before the create takes it; the dropped
        // foreign key goes before the drop.
        let (order, cyclic) = sort(&[add_fk, create, type_a, type_b, drop, drop_fk]);
        assert_eq!(order, vec![2, 3, 5, 4, 1, 0]);
        assert_eq!(cyclic, 0);
    }
}
