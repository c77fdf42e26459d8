//! The one traversal of expression trees: the list of expression variants
//! whose sub-expressions this module rewrites lives here and nowhere else.

use sqlparser::ast::{Expr, FunctionArg, FunctionArgExpr, FunctionArguments};

use super::null;

/// Where a sub-expression stands in its parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Slot {
    /// An operand of an operator expression (`a` in `a + b`, `x` in `x IS NULL`):
    /// printed in parentheses when it is itself an operator expression.
    Operand,
    /// Anything else: function arguments, list and array items, CASE arms,
    /// the right side of `= ANY (…)`, the inside of parentheses.
    Element,
}

/// Applies `child` to every direct sub-expression (telling it the
/// sub-expression's [`Slot`]), then `node` to the rebuilt expression.
/// Variants not listed have no sub-expressions worth rewriting.
pub(super) fn map_children(
    expr: Expr,
    child: &dyn Fn(Expr, Slot) -> Expr,
    node: &dyn Fn(Expr) -> Expr,
) -> Expr {
    let mapped = match map_operator(expr, child) {
        Mapped::Rebuilt(mapped) => mapped,
        Mapped::NotMine(other) => map_container(other, child),
    };
    node(mapped)
}

/// What a mapper of some variants did with an expression.
enum Mapped {
    /// One of its variants, rebuilt from mapped children.
    Rebuilt(Expr),
    /// Not one of its variants: handed back for the next mapper.
    NotMine(Expr),
}

/// The operator expressions; anything else is handed back as `NotMine`.
fn map_operator(expr: Expr, child: &dyn Fn(Expr, Slot) -> Expr) -> Mapped {
    let operand = |e: Box<Expr>| Box::new(child(*e, Slot::Operand));
    Mapped::Rebuilt(match expr {
        Expr::BinaryOp { left, op, right } => Expr::BinaryOp {
            left: operand(left),
            op,
            right: operand(right),
        },
        Expr::UnaryOp { op, expr } => Expr::UnaryOp {
            op,
            expr: operand(expr),
        },
        Expr::Cast {
            kind,
            expr,
            data_type,
            format,
        } => Expr::Cast {
            kind,
            expr: operand(expr),
            data_type,
            format,
        },
        Expr::IsNull(e) => Expr::IsNull(operand(e)),
        Expr::IsNotNull(e) => Expr::IsNotNull(operand(e)),
        Expr::IsTrue(e) => Expr::IsTrue(operand(e)),
        Expr::IsNotTrue(e) => Expr::IsNotTrue(operand(e)),
        Expr::IsFalse(e) => Expr::IsFalse(operand(e)),
        Expr::IsNotFalse(e) => Expr::IsNotFalse(operand(e)),
        Expr::IsDistinctFrom(a, b) => Expr::IsDistinctFrom(operand(a), operand(b)),
        Expr::IsNotDistinctFrom(a, b) => Expr::IsNotDistinctFrom(operand(a), operand(b)),
        Expr::Between {
            expr,
            negated,
            low,
            high,
        } => Expr::Between {
            expr: operand(expr),
            negated,
            low: operand(low),
            high: operand(high),
        },
        Expr::Like {
            negated,
            any,
            expr,
            pattern,
            escape_char,
        } => Expr::Like {
            negated,
            any,
            expr: operand(expr),
            pattern: operand(pattern),
            escape_char,
        },
        Expr::ILike {
            negated,
            any,
            expr,
            pattern,
            escape_char,
        } => Expr::ILike {
            negated,
            any,
            expr: operand(expr),
            pattern: operand(pattern),
            escape_char,
        },
        Expr::AtTimeZone {
            timestamp,
            time_zone,
        } => Expr::AtTimeZone {
            timestamp: operand(timestamp),
            time_zone: operand(time_zone),
        },
        Expr::Collate { expr, collation } => Expr::Collate {
            expr: operand(expr),
            collation,
        },
        other => return map_quantified(other, child),
    })
}

/// Operators with a list or a set on the right: `IN (…)`, `= ANY (…)`, `= ALL (…)`.
fn map_quantified(expr: Expr, child: &dyn Fn(Expr, Slot) -> Expr) -> Mapped {
    let operand = |e: Box<Expr>| Box::new(child(*e, Slot::Operand));
    let element = |e: Box<Expr>| Box::new(child(*e, Slot::Element));
    Mapped::Rebuilt(match expr {
        Expr::InList {
            expr,
            list,
            negated,
        } => Expr::InList {
            expr: operand(expr),
            list: list.into_iter().map(|e| child(e, Slot::Element)).collect(),
            negated,
        },
        Expr::AnyOp {
            left,
            compare_op,
            right,
            is_some,
        } => Expr::AnyOp {
            left: operand(left),
            compare_op,
            right: element(right),
            is_some,
        },
        Expr::AllOp {
            left,
            compare_op,
            right,
        } => Expr::AllOp {
            left: operand(left),
            compare_op,
            right: element(right),
        },
        other => return Mapped::NotMine(other),
    })
}

/// Expressions that hold others without operating on them: parentheses,
/// `INTERVAL`, `CASE`, arrays, rows and function calls.
fn map_container(expr: Expr, child: &dyn Fn(Expr, Slot) -> Expr) -> Expr {
    let element = |e: Box<Expr>| Box::new(child(*e, Slot::Element));
    let elements = |items: Vec<Expr>| -> Vec<Expr> {
        items.into_iter().map(|e| child(e, Slot::Element)).collect()
    };
    match expr {
        Expr::Nested(e) => Expr::Nested(element(e)),
        Expr::Interval(mut interval) => {
            interval.value = element(interval.value);
            Expr::Interval(interval)
        }
        Expr::Case {
            case_token,
            end_token,
            operand: subject,
            conditions,
            else_result,
        } => Expr::Case {
            case_token,
            end_token,
            operand: subject.map(element),
            conditions: conditions
                .into_iter()
                .map(|mut when| {
                    when.condition = child(when.condition, Slot::Element);
                    when.result = child(when.result, Slot::Element);
                    when
                })
                .collect(),
            else_result: else_result.map(element),
        },
        Expr::Array(mut array) => {
            array.elem = elements(array.elem);
            Expr::Array(array)
        }
        Expr::Tuple(items) => Expr::Tuple(elements(items)),
        Expr::Function(mut function) => {
            if let FunctionArguments::List(list) = &mut function.args {
                for arg in &mut list.args {
                    if let FunctionArg::Unnamed(FunctionArgExpr::Expr(e))
                    | FunctionArg::Named {
                        arg: FunctionArgExpr::Expr(e),
                        ..
                    }
                    | FunctionArg::ExprNamed {
                        arg: FunctionArgExpr::Expr(e),
                        ..
                    } = arg
                    {
                        *e = child(std::mem::replace(e, null()), Slot::Element);
                    }
                }
            }
            Expr::Function(function)
        }
        other => other,
    }
}
