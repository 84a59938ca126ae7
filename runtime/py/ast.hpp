// The abstract syntax tree, shaped like CPython 3.11's `ast` module (same node and field names)
// so `dump()` can reproduce `ast.dump()` and the compiler can follow CPython's compile.c.
// Nodes live in an Arena; strings are string_views into the arena (decoded) or the source.
#pragma once
#include <cstdint>
#include <string_view>

#include "py/ast_arena.hpp"

namespace py::ast {

enum class StmtKind : uint8_t {
#define PY_STMT(name) name,
#include "py/ast.def"
};
enum class ExprKind : uint8_t {
#define PY_EXPR(name) name,
#include "py/ast.def"
};
enum class Operator : uint8_t {
#define PY_OPERATOR(name, spelling) name,
#include "py/ast.def"
};
enum class UnaryOp : uint8_t {
#define PY_UNARYOP(name, spelling) name,
#include "py/ast.def"
};
enum class CmpOp : uint8_t {
#define PY_CMPOP(name, spelling) name,
#include "py/ast.def"
};
enum class BoolOpKind : uint8_t { And, Or };
enum class Ctx : uint8_t { Load, Store, Del };

const char* name_of(StmtKind k);
const char* name_of(ExprKind k);
const char* name_of(Operator k);
const char* name_of(UnaryOp k);
const char* name_of(CmpOp k);
std::string_view spelling_of(Operator k);

// Source range: lines 1-based, columns 0-based UTF-8 byte offsets (as CPython's ast).
struct Loc {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

struct Expr {
  ExprKind kind;
  Loc loc;
};
struct Stmt {
  StmtKind kind;
  Loc loc;
};

template <class T>
T* as(Expr* e) { return e && e->kind == T::kKind ? static_cast<T*>(e) : nullptr; }
template <class T>
T* as(Stmt* s) { return s && s->kind == T::kKind ? static_cast<T*>(s) : nullptr; }

// ---- helper records ----
struct Arg {
  std::string_view arg;
  Expr* annotation;  // may be null
  Loc loc;
};
struct Arguments {
  Seq<Arg*> posonlyargs, args;
  Arg* vararg;  // may be null
  Seq<Arg*> kwonlyargs;
  Seq<Expr*> kw_defaults;  // one per kwonlyarg; null where it has no default
  Arg* kwarg;              // may be null
  Seq<Expr*> defaults;     // for the last len(defaults) of posonlyargs + args
};
struct Keyword {
  std::string_view arg;  // empty for `**mapping`
  Expr* value;
  Loc loc;
};
struct Alias {
  std::string_view name;    // dotted name, or "*"
  std::string_view asname;  // empty if none
  Loc loc;
};
struct WithItem {
  Expr* context_expr;
  Expr* optional_vars;  // may be null
};
struct Comprehension {
  Expr* target;
  Expr* iter;
  Seq<Expr*> ifs;
  bool is_async;
};
struct ExceptHandler {
  Expr* type;             // may be null (bare except)
  std::string_view name;  // empty if none
  Seq<Stmt*> body;
  Loc loc;
};

// ---- expressions ----
#define PY_NODE(base, Name) \
  static constexpr base##Kind kKind = base##Kind::Name;

struct BoolOp : Expr { PY_NODE(Expr, BoolOp) BoolOpKind op; Seq<Expr*> values; };
struct NamedExpr : Expr { PY_NODE(Expr, NamedExpr) Expr* target; Expr* value; };
struct BinOp : Expr { PY_NODE(Expr, BinOp) Expr* left; Operator op; Expr* right; };
struct UnaryOpExpr : Expr { PY_NODE(Expr, UnaryOp) UnaryOp op; Expr* operand; };
struct Lambda : Expr { PY_NODE(Expr, Lambda) Arguments* args; Expr* body; };
struct IfExp : Expr { PY_NODE(Expr, IfExp) Expr* test; Expr* body; Expr* orelse; };
// keys[i] is null for `**mapping` entries.
struct Dict : Expr { PY_NODE(Expr, Dict) Seq<Expr*> keys; Seq<Expr*> values; };
struct Set : Expr { PY_NODE(Expr, Set) Seq<Expr*> elts; };
struct ListComp : Expr { PY_NODE(Expr, ListComp) Expr* elt; Seq<Comprehension*> generators; };
struct SetComp : Expr { PY_NODE(Expr, SetComp) Expr* elt; Seq<Comprehension*> generators; };
struct DictComp : Expr { PY_NODE(Expr, DictComp) Expr* key; Expr* value; Seq<Comprehension*> generators; };
struct GeneratorExp : Expr { PY_NODE(Expr, GeneratorExp) Expr* elt; Seq<Comprehension*> generators; };
struct Await : Expr { PY_NODE(Expr, Await) Expr* value; };
struct Yield : Expr { PY_NODE(Expr, Yield) Expr* value; };  // value may be null
struct YieldFrom : Expr { PY_NODE(Expr, YieldFrom) Expr* value; };
struct Compare : Expr { PY_NODE(Expr, Compare) Expr* left; Seq<CmpOp> ops; Seq<Expr*> comparators; };
struct Call : Expr { PY_NODE(Expr, Call) Expr* func; Seq<Expr*> args; Seq<Keyword*> keywords; };
// conversion: -1 none, or 's', 'r', 'a'. format_spec is a JoinedStr or null.
struct FormattedValue : Expr { PY_NODE(Expr, FormattedValue) Expr* value; int conversion; Expr* format_spec; };
struct JoinedStr : Expr { PY_NODE(Expr, JoinedStr) Seq<Expr*> values; };

enum class ConstKind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Complex, Str, Bytes };
struct Constant : Expr {
  PY_NODE(Expr, Constant)
  ConstKind ck;
  int64_t i;           // Int
  double f;            // Float; imaginary part for Complex
  std::string_view s;  // Str: UTF-8; Bytes: raw bytes; BigInt: decimal digits
  bool u_prefix;       // the `kind='u'` of u"..." strings
};
struct Attribute : Expr { PY_NODE(Expr, Attribute) Expr* value; std::string_view attr; Ctx ctx; };
struct Subscript : Expr { PY_NODE(Expr, Subscript) Expr* value; Expr* slice; Ctx ctx; };
struct Starred : Expr { PY_NODE(Expr, Starred) Expr* value; Ctx ctx; };
struct Name : Expr { PY_NODE(Expr, Name) std::string_view id; Ctx ctx; };
struct List : Expr { PY_NODE(Expr, List) Seq<Expr*> elts; Ctx ctx; };
struct Tuple : Expr { PY_NODE(Expr, Tuple) Seq<Expr*> elts; Ctx ctx; };
struct Slice : Expr { PY_NODE(Expr, Slice) Expr* lower; Expr* upper; Expr* step; };  // each may be null

// ---- statements ----
// FunctionDef and AsyncFunctionDef share this layout (kind tells them apart).
struct FunctionDef : Stmt {
  std::string_view name;
  Arguments* args;
  Seq<Stmt*> body;
  Seq<Expr*> decorator_list;
  Expr* returns;  // may be null
};
struct ClassDef : Stmt {
  PY_NODE(Stmt, ClassDef)
  std::string_view name;
  Seq<Expr*> bases;
  Seq<Keyword*> keywords;
  Seq<Stmt*> body;
  Seq<Expr*> decorator_list;
};
struct Return : Stmt { PY_NODE(Stmt, Return) Expr* value; };  // may be null
struct Delete : Stmt { PY_NODE(Stmt, Delete) Seq<Expr*> targets; };
struct Assign : Stmt { PY_NODE(Stmt, Assign) Seq<Expr*> targets; Expr* value; };
struct AugAssign : Stmt { PY_NODE(Stmt, AugAssign) Expr* target; Operator op; Expr* value; };
// simple: 1 if the target is a plain name not in parentheses.
struct AnnAssign : Stmt { PY_NODE(Stmt, AnnAssign) Expr* target; Expr* annotation; Expr* value; int simple; };
// For and AsyncFor share this layout.
struct For : Stmt { Expr* target; Expr* iter; Seq<Stmt*> body; Seq<Stmt*> orelse; };
struct While : Stmt { PY_NODE(Stmt, While) Expr* test; Seq<Stmt*> body; Seq<Stmt*> orelse; };
struct If : Stmt { PY_NODE(Stmt, If) Expr* test; Seq<Stmt*> body; Seq<Stmt*> orelse; };
// With and AsyncWith share this layout.
struct With : Stmt { Seq<WithItem*> items; Seq<Stmt*> body; };
struct Raise : Stmt { PY_NODE(Stmt, Raise) Expr* exc; Expr* cause; };  // each may be null
// Try and TryStar share this layout.
struct Try : Stmt {
  Seq<Stmt*> body;
  Seq<ExceptHandler*> handlers;
  Seq<Stmt*> orelse;
  Seq<Stmt*> finalbody;
};
struct Assert : Stmt { PY_NODE(Stmt, Assert) Expr* test; Expr* msg; };  // msg may be null
struct Import : Stmt { PY_NODE(Stmt, Import) Seq<Alias*> names; };
// module is empty for `from . import x`.
struct ImportFrom : Stmt { PY_NODE(Stmt, ImportFrom) std::string_view module; Seq<Alias*> names; int level; };
struct Global : Stmt { PY_NODE(Stmt, Global) Seq<std::string_view> names; };
struct Nonlocal : Stmt { PY_NODE(Stmt, Nonlocal) Seq<std::string_view> names; };
struct ExprStmt : Stmt { PY_NODE(Stmt, Expr) Expr* value; };
struct Pass : Stmt { PY_NODE(Stmt, Pass) };
struct Break : Stmt { PY_NODE(Stmt, Break) };
struct Continue : Stmt { PY_NODE(Stmt, Continue) };

// `match` (PEP 634). Patterns are their own small tree, as CPython's `pattern` nodes.
enum class PatternKind : uint8_t { MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr };
struct Pattern {
  PatternKind kind;
  Loc loc;
  Expr* value = nullptr;         // MatchValue: the value; MatchClass: the class; MatchSingleton: the Constant
  Seq<Pattern*> patterns;        // MatchSequence / MatchOr / MatchClass positionals / MatchMapping values
  Seq<Expr*> keys;               // MatchMapping
  Seq<std::string_view> kwd_attrs;  // MatchClass
  Seq<Pattern*> kwd_patterns;    // MatchClass
  Pattern* pattern = nullptr;    // MatchAs: the sub-pattern (null: a capture or `_`)
  std::string_view name;         // MatchAs / MatchStar capture, MatchMapping **rest (empty: none / `_`)
};
struct MatchCase {
  Pattern* pattern;
  Expr* guard;  // may be null
  Seq<Stmt*> body;
};
struct Match : Stmt { PY_NODE(Stmt, Match) Expr* subject; Seq<MatchCase*> cases; };

#undef PY_NODE

// Nodes whose layout is shared by two kinds.
inline FunctionDef* as_function(Stmt* s) {
  return s && (s->kind == StmtKind::FunctionDef || s->kind == StmtKind::AsyncFunctionDef)
             ? static_cast<FunctionDef*>(s) : nullptr;
}
inline For* as_for(Stmt* s) {
  return s && (s->kind == StmtKind::For || s->kind == StmtKind::AsyncFor) ? static_cast<For*>(s) : nullptr;
}
inline With* as_with(Stmt* s) {
  return s && (s->kind == StmtKind::With || s->kind == StmtKind::AsyncWith) ? static_cast<With*>(s) : nullptr;
}
inline Try* as_try(Stmt* s) {
  return s && (s->kind == StmtKind::Try || s->kind == StmtKind::TryStar) ? static_cast<Try*>(s) : nullptr;
}

struct Module {
  Seq<Stmt*> body;
};

}  // namespace py::ast
