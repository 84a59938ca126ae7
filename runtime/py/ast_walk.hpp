// Visiting the direct children of AST nodes, and the depth check that keeps recursive consumers
// (compiler, dump) within the stack: left-associative chains (`a+b+c+...`, `x.a.b.c...`) build
// deep trees without deep parser recursion.
#pragma once
#include <functional>

#include "py/ast.hpp"

namespace py::ast {

// Calls expr_fn for every direct child expression and stmt_fn for every direct child statement
// (including those inside arguments, comprehensions, handlers, keywords and with-items).
void for_each_child(Expr* e, const std::function<void(Expr*)>& expr_fn);
void for_each_child(Stmt* s, const std::function<void(Expr*)>& expr_fn, const std::function<void(Stmt*)>& stmt_fn);

// The deepest node nesting of the module (statements and expressions counted alike), found
// without recursion. Stops early once `limit` is exceeded and returns a value > limit.
int max_depth(const Module& m, int limit);

// Deeper trees are refused: CPython fails too ("maximum recursion depth exceeded during
// compilation") from about this depth; wasm stacks are small.
inline constexpr int kMaxAstDepth = 1500;

}  // namespace py::ast
