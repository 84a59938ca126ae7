// Assignment/deletion targets: expressions parsed normally, then given Store/Del context, with
// CPython's "cannot assign to ..." diagnostics for invalid ones.
#include "py/parser_impl.hpp"

namespace py {

Expr* Parser::star_target() {
  if (at(Tok::STAR)) {
    const Token& st = advance();
    Expr* v = bitwise_or();
    if (!v) return nullptr;
    auto* s = node<Starred>(loc_from(st));
    s->value = v;
    return s;
  }
  return bitwise_or();
}

Expr* Parser::star_targets() {
  const Token& start = peek();
  auto one = [&]() { return star_target(); };
  Expr* first = one();
  if (!first || !at(Tok::COMMA)) return first;
  std::vector<Expr*> elts{first};
  while (accept(Tok::COMMA)) {
    if (!at(Tok::STAR) && !starts_expression()) break;
    Expr* e = one();
    if (!e) return nullptr;
    elts.push_back(e);
  }
  auto* t = node<Tuple>(loc_from(start));
  t->elts = seq(elts);
  return t;
}

Expr* Parser::for_targets_in() {
  int m = mark();
  Expr* t = star_targets();
  if (t && set_context(t, Ctx::Store) && at(Tok::KW_IN)) {
    advance();
    return t;
  }
  // CPython's second pass re-reads the target as any expression (`for f() in`, `for x y in`).
  std::optional<SyntaxError> saved = err_;
  int after = mark();
  err_.reset();
  reset(m);
  Expr* e = star_expressions();
  if (!failed() && e) {
    // The expression swallowed `in <iter>`: judge the comparison's left side (as CPython does).
    auto strip_in = [](auto& self, Expr* x) -> Expr* {
      if (auto* c = as<Compare>(x); c && c->ops[0] == CmpOp::In) return self(self, c->left);
      if (auto* t = as<Tuple>(x))
        if (!t->elts.empty()) t->elts[t->elts.size() - 1] = self(self, t->elts[t->elts.size() - 1]);
      return x;
    };
    e = strip_in(strip_in, e);
    if (Expr* bad = invalid_target(e, false)) {
      if (as<Compare>(bad) == nullptr || as<Compare>(bad)->ops[0] != CmpOp::In) {
        assign_target_error(bad, false);
        return nullptr;
      }
    }
  }
  if (failed() && err_->message != "invalid syntax") return nullptr;
  err_ = saved;
  reset(after);
  if (!failed()) generic_error();
  return nullptr;
}

bool Parser::set_context(Expr* e, Ctx ctx) {
  switch (e->kind) {
    case ExprKind::Name: static_cast<Name*>(e)->ctx = ctx; return true;
    case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; return true;
    case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; return true;
    case ExprKind::Starred:
      if (ctx == Ctx::Del) return false;
      static_cast<Starred*>(e)->ctx = ctx;
      return set_context(static_cast<Starred*>(e)->value, ctx);
    case ExprKind::Tuple:
    case ExprKind::List: {
      Seq<Expr*> elts = e->kind == ExprKind::Tuple ? static_cast<Tuple*>(e)->elts : static_cast<List*>(e)->elts;
      for (Expr* x : elts)
        if (!set_context(x, ctx)) return false;
      if (e->kind == ExprKind::Tuple) static_cast<Tuple*>(e)->ctx = ctx;
      else static_cast<List*>(e)->ctx = ctx;
      return true;
    }
    default:
      return false;
  }
}

const char* Parser::expr_name(Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (static_cast<Constant*>(e)->ck) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

Expr* Parser::invalid_target(Expr* e, bool del) {
  switch (e->kind) {
    case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript: return nullptr;
    case ExprKind::Starred: return del ? e : invalid_target(static_cast<Starred*>(e)->value, del);
    case ExprKind::Tuple: case ExprKind::List: {
      Seq<Expr*> elts = e->kind == ExprKind::Tuple ? static_cast<Tuple*>(e)->elts : static_cast<List*>(e)->elts;
      for (Expr* x : elts)
        if (Expr* bad = invalid_target(x, del)) return bad;
      return nullptr;
    }
    default: return e;
  }
}

void Parser::assign_target_error(Expr* target, bool here) {
  Expr* bad = invalid_target(target, false);
  if (!bad) bad = target;
  std::string msg = std::string("cannot assign to ") + expr_name(bad);
  if (here) msg += " here. Maybe you meant '==' instead of '='?";
  error_loc(bad->loc, msg);
}

void Parser::del_target_error(Expr* target) {
  Expr* bad = invalid_target(target, true);
  if (!bad) bad = target;
  error_loc(bad->loc, std::string("cannot delete ") + expr_name(bad));
}

}  // namespace py
