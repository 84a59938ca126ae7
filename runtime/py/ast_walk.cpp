// Child enumeration for every node kind, and an iterative depth measure.
#include "py/ast_walk.hpp"

#include <utility>
#include <vector>

namespace py::ast {

namespace {
void args_children(Arguments* a, const std::function<void(Expr*)>& f) {
  if (!a) return;
  for (Arg* x : a->posonlyargs) if (x->annotation) f(x->annotation);
  for (Arg* x : a->args) if (x->annotation) f(x->annotation);
  if (a->vararg && a->vararg->annotation) f(a->vararg->annotation);
  for (Arg* x : a->kwonlyargs) if (x->annotation) f(x->annotation);
  for (Expr* d : a->kw_defaults) if (d) f(d);
  if (a->kwarg && a->kwarg->annotation) f(a->kwarg->annotation);
  for (Expr* d : a->defaults) f(d);
}
void gens_children(const Seq<Comprehension*>& gens, const std::function<void(Expr*)>& f) {
  for (Comprehension* c : gens) {
    f(c->target);
    f(c->iter);
    for (Expr* i : c->ifs) f(i);
  }
}
void all(const Seq<Expr*>& v, const std::function<void(Expr*)>& f) {
  for (Expr* e : v) if (e) f(e);
}
}  // namespace

void for_each_child(Expr* e, const std::function<void(Expr*)>& f) {
  switch (e->kind) {
    case ExprKind::BoolOp: all(static_cast<BoolOp*>(e)->values, f); break;
    case ExprKind::NamedExpr: f(static_cast<NamedExpr*>(e)->target); f(static_cast<NamedExpr*>(e)->value); break;
    case ExprKind::BinOp: f(static_cast<BinOp*>(e)->left); f(static_cast<BinOp*>(e)->right); break;
    case ExprKind::UnaryOp: f(static_cast<UnaryOpExpr*>(e)->operand); break;
    case ExprKind::Lambda: args_children(static_cast<Lambda*>(e)->args, f); f(static_cast<Lambda*>(e)->body); break;
    case ExprKind::IfExp: {
      auto* n = static_cast<IfExp*>(e);
      f(n->test); f(n->body); f(n->orelse);
      break;
    }
    case ExprKind::Dict: all(static_cast<Dict*>(e)->keys, f); all(static_cast<Dict*>(e)->values, f); break;
    case ExprKind::Set: all(static_cast<Set*>(e)->elts, f); break;
    case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::GeneratorExp: {
      auto* n = static_cast<ListComp*>(e);
      f(n->elt);
      gens_children(n->generators, f);
      break;
    }
    case ExprKind::DictComp: {
      auto* n = static_cast<DictComp*>(e);
      f(n->key); f(n->value);
      gens_children(n->generators, f);
      break;
    }
    case ExprKind::Await: f(static_cast<Await*>(e)->value); break;
    case ExprKind::Yield: if (static_cast<Yield*>(e)->value) f(static_cast<Yield*>(e)->value); break;
    case ExprKind::YieldFrom: f(static_cast<YieldFrom*>(e)->value); break;
    case ExprKind::Compare: f(static_cast<Compare*>(e)->left); all(static_cast<Compare*>(e)->comparators, f); break;
    case ExprKind::Call: {
      auto* n = static_cast<Call*>(e);
      f(n->func);
      all(n->args, f);
      for (Keyword* k : n->keywords) f(k->value);
      break;
    }
    case ExprKind::FormattedValue: {
      auto* n = static_cast<FormattedValue*>(e);
      f(n->value);
      if (n->format_spec) f(n->format_spec);
      break;
    }
    case ExprKind::JoinedStr: all(static_cast<JoinedStr*>(e)->values, f); break;
    case ExprKind::Constant: case ExprKind::Name: break;
    case ExprKind::Attribute: f(static_cast<Attribute*>(e)->value); break;
    case ExprKind::Subscript: f(static_cast<Subscript*>(e)->value); f(static_cast<Subscript*>(e)->slice); break;
    case ExprKind::Starred: f(static_cast<Starred*>(e)->value); break;
    case ExprKind::List: all(static_cast<List*>(e)->elts, f); break;
    case ExprKind::Tuple: all(static_cast<Tuple*>(e)->elts, f); break;
    case ExprKind::Slice: {
      auto* n = static_cast<Slice*>(e);
      if (n->lower) f(n->lower);
      if (n->upper) f(n->upper);
      if (n->step) f(n->step);
      break;
    }
  }
}

void for_each_child(Stmt* s, const std::function<void(Expr*)>& f, const std::function<void(Stmt*)>& g) {
  auto body = [&](const Seq<Stmt*>& v) { for (Stmt* x : v) g(x); };
  switch (s->kind) {
    case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef: {
      auto* n = static_cast<FunctionDef*>(s);
      all(n->decorator_list, f);
      args_children(n->args, f);
      if (n->returns) f(n->returns);
      body(n->body);
      break;
    }
    case StmtKind::ClassDef: {
      auto* n = static_cast<ClassDef*>(s);
      all(n->decorator_list, f);
      all(n->bases, f);
      for (Keyword* k : n->keywords) f(k->value);
      body(n->body);
      break;
    }
    case StmtKind::Return: if (static_cast<Return*>(s)->value) f(static_cast<Return*>(s)->value); break;
    case StmtKind::Delete: all(static_cast<Delete*>(s)->targets, f); break;
    case StmtKind::Assign: all(static_cast<Assign*>(s)->targets, f); f(static_cast<Assign*>(s)->value); break;
    case StmtKind::AugAssign: f(static_cast<AugAssign*>(s)->target); f(static_cast<AugAssign*>(s)->value); break;
    case StmtKind::AnnAssign: {
      auto* n = static_cast<AnnAssign*>(s);
      f(n->target); f(n->annotation);
      if (n->value) f(n->value);
      break;
    }
    case StmtKind::For: case StmtKind::AsyncFor: {
      auto* n = static_cast<For*>(s);
      f(n->target); f(n->iter);
      body(n->body); body(n->orelse);
      break;
    }
    case StmtKind::While: f(static_cast<While*>(s)->test); body(static_cast<While*>(s)->body); body(static_cast<While*>(s)->orelse); break;
    case StmtKind::If: f(static_cast<If*>(s)->test); body(static_cast<If*>(s)->body); body(static_cast<If*>(s)->orelse); break;
    case StmtKind::With: case StmtKind::AsyncWith: {
      auto* n = static_cast<With*>(s);
      for (WithItem* w : n->items) {
        f(w->context_expr);
        if (w->optional_vars) f(w->optional_vars);
      }
      body(n->body);
      break;
    }
    case StmtKind::Raise: {
      auto* n = static_cast<Raise*>(s);
      if (n->exc) f(n->exc);
      if (n->cause) f(n->cause);
      break;
    }
    case StmtKind::Try: case StmtKind::TryStar: {
      auto* n = static_cast<Try*>(s);
      body(n->body);
      for (ExceptHandler* h : n->handlers) {
        if (h->type) f(h->type);
        body(h->body);
      }
      body(n->orelse);
      body(n->finalbody);
      break;
    }
    case StmtKind::Assert: f(static_cast<Assert*>(s)->test); if (static_cast<Assert*>(s)->msg) f(static_cast<Assert*>(s)->msg); break;
    case StmtKind::Expr: f(static_cast<ExprStmt*>(s)->value); break;
    case StmtKind::Import: case StmtKind::ImportFrom: case StmtKind::Global: case StmtKind::Nonlocal:
    case StmtKind::Pass: case StmtKind::Break: case StmtKind::Continue:
      break;
    case StmtKind::Match: {  // patterns hold only shallow expressions: the subject, guards, bodies
      auto* n = static_cast<Match*>(s);
      f(n->subject);
      for (MatchCase* c : n->cases) {
        if (c->guard) f(c->guard);
        body(c->body);
      }
      break;
    }
  }
}

int max_depth(const Module& m, int limit) {
  struct Item {
    Expr* e;
    Stmt* s;
    int depth;
  };
  std::vector<Item> stack;
  for (Stmt* s : m.body) stack.push_back({nullptr, s, 1});
  int deepest = 0;
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    if (it.depth > deepest) deepest = it.depth;
    if (deepest > limit) return deepest;
    auto push_expr = [&](Expr* c) { stack.push_back({c, nullptr, it.depth + 1}); };
    auto push_stmt = [&](Stmt* c) { stack.push_back({nullptr, c, it.depth + 1}); };
    if (it.e) for_each_child(it.e, push_expr);
    else for_each_child(it.s, push_expr, push_stmt);
  }
  return deepest;
}

}  // namespace py::ast
