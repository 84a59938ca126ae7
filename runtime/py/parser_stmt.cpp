// Statements: simple statements, blocks and compound statements (CPython 3.11 grammar).
#include "py/parser_impl.hpp"

namespace py {

bool Parser::statements_until(Tok end, std::vector<Stmt*>& out) {
  while (!at(end)) {
    if (failed()) return false;
    if (at(Tok::ERRORTOKEN) || at(Tok::ENDMARKER)) {
      generic_error();
      return false;
    }
    if (!statement(out)) {
      if (!failed()) generic_error();
      return false;
    }
  }
  return !failed();
}

bool Parser::statement(std::vector<Stmt*>& out) {
  switch (kind()) {
    case Tok::KW_DEF:
    case Tok::KW_IF:
    case Tok::KW_CLASS:
    case Tok::KW_WITH:
    case Tok::KW_FOR:
    case Tok::KW_TRY:
    case Tok::KW_WHILE:
    case Tok::AT: {
      Stmt* s = compound_stmt();
      if (!s) return false;
      out.push_back(s);
      return true;
    }
    case Tok::KW_ASYNC:
      if (kind(1) == Tok::KW_DEF || kind(1) == Tok::KW_WITH || kind(1) == Tok::KW_FOR) {
        Stmt* s = compound_stmt();
        if (!s) return false;
        out.push_back(s);
        return true;
      }
      break;
    case Tok::NAME:
      if (looks_like_match()) {
        Stmt* s = match_stmt();
        if (!s) return false;
        out.push_back(s);
        return true;
      }
      break;
    default:
      break;
  }
  if (at_soft("match")) {
    int start = mark();
    if (simple_stmts(out)) return true;
    // CPython's invalid_match_stmt: `match <subject>` not followed by ':' -> "expected ':'".
    if (err_ && err_->message == "invalid syntax") {
      std::optional<SyntaxError> saved = err_;
      err_.reset();
      int after = mark();
      reset(start);
      advance();
      Expr* subject = star_expressions();
      if (subject && !failed() && !at(Tok::COLON)) {
        error_last_token("expected ':'");
        return false;
      }
      err_ = saved;
      reset(after);
    }
    return false;
  }
  return simple_stmts(out);
}

// `match` is a soft keyword: it starts a match statement only when followed by a subject,
// ':' NEWLINE INDENT and a `case`. Decided by a speculative parse.
bool Parser::looks_like_match() {
  if (!at_soft("match")) return false;
  Tok k1 = kind(1);
  if (k1 == Tok::EQUAL || k1 == Tok::DOT || k1 == Tok::NEWLINE || k1 == Tok::COLON || k1 == Tok::COMMA ||
      k1 == Tok::RPAR || (k1 >= Tok::PLUSEQUAL && k1 <= Tok::DOUBLESLASHEQUAL))
    return false;
  int m = mark(), f = furthest_;
  advance();
  Expr* subject = star_expressions();
  bool yes = subject && !failed() && at(Tok::COLON) && kind(1) == Tok::NEWLINE && kind(2) == Tok::INDENT &&
             kind(3) == Tok::NAME && text(peek(3)) == "case";
  err_.reset();
  reset(m);
  furthest_ = f;
  return yes;
}

bool Parser::simple_stmts(std::vector<Stmt*>& out) {
  for (;;) {
    in_import_ = false;
    Stmt* s = simple_stmt();
    if (!s) return false;
    out.push_back(s);
    if (!accept(Tok::SEMI)) break;
    if (at(Tok::NEWLINE)) break;
  }
  if (!at(Tok::NEWLINE)) {
    generic_error();
    return false;
  }
  advance();
  return true;
}

Stmt* Parser::simple_stmt() {
  const Token& start = peek();
  switch (start.kind) {
    case Tok::KW_PASS: advance(); return node<Pass>(loc_from(start));
    case Tok::KW_BREAK: advance(); return node<Break>(loc_from(start));
    case Tok::KW_CONTINUE: advance(); return node<Continue>(loc_from(start));
    case Tok::KW_RETURN: {
      advance();
      Expr* v = nullptr;
      if (at(Tok::STAR) || starts_expression()) {
        v = star_expressions();
        if (!v) return nullptr;
      }
      auto* r = node<Return>(loc_from(start));
      r->value = v;
      return r;
    }
    case Tok::KW_RAISE: {
      advance();
      auto* r = node<Raise>(Loc{});
      if (starts_expression()) {
        if (!(r->exc = expression())) return nullptr;
        if (accept(Tok::KW_FROM) && !(r->cause = expression())) return nullptr;
      }
      r->loc = loc_from(start);
      return r;
    }
    case Tok::KW_GLOBAL:
    case Tok::KW_NONLOCAL: {
      advance();
      std::vector<std::string_view> names;
      do {
        if (!at(Tok::NAME)) { generic_error(); return nullptr; }
        names.push_back(text(advance()));
      } while (accept(Tok::COMMA));
      if (start.kind == Tok::KW_GLOBAL) {
        auto* g = node<Global>(loc_from(start));
        g->names = seq(names);
        return g;
      }
      auto* g = node<Nonlocal>(loc_from(start));
      g->names = seq(names);
      return g;
    }
    case Tok::KW_DEL: {
      advance();
      std::vector<Expr*> targets;
      do {
        if (at(Tok::NEWLINE) || at(Tok::SEMI)) break;
        Expr* t = bitwise_or();
        if (!t) return nullptr;
        if (!set_context(t, Ctx::Del)) {
          del_target_error(t);
          return nullptr;
        }
        targets.push_back(t);
      } while (accept(Tok::COMMA));
      if (targets.empty()) { generic_error(); return nullptr; }
      auto* d = node<Delete>(loc_from(start));
      d->targets = seq(targets);
      return d;
    }
    case Tok::KW_ASSERT: {
      advance();
      auto* s = node<Assert>(Loc{});
      if (!(s->test = expression())) return nullptr;
      if (accept(Tok::COMMA) && !(s->msg = expression())) return nullptr;
      s->loc = loc_from(start);
      return s;
    }
    case Tok::KW_IMPORT: return import_stmt();
    case Tok::KW_FROM: return from_import_stmt();
    default: return expr_or_assign_stmt();
  }
}

namespace {
bool aug_operator(Tok t, Operator& op) {
  switch (t) {
    case Tok::PLUSEQUAL: op = Operator::Add; return true;
    case Tok::MINEQUAL: op = Operator::Sub; return true;
    case Tok::STAREQUAL: op = Operator::Mult; return true;
    case Tok::ATEQUAL: op = Operator::MatMult; return true;
    case Tok::SLASHEQUAL: op = Operator::Div; return true;
    case Tok::PERCENTEQUAL: op = Operator::Mod; return true;
    case Tok::AMPEREQUAL: op = Operator::BitAnd; return true;
    case Tok::VBAREQUAL: op = Operator::BitOr; return true;
    case Tok::CIRCUMFLEXEQUAL: op = Operator::BitXor; return true;
    case Tok::LEFTSHIFTEQUAL: op = Operator::LShift; return true;
    case Tok::RIGHTSHIFTEQUAL: op = Operator::RShift; return true;
    case Tok::DOUBLESTAREQUAL: op = Operator::Pow; return true;
    case Tok::DOUBLESLASHEQUAL: op = Operator::FloorDiv; return true;
    default: return false;
  }
}
}  // namespace

Stmt* Parser::expr_or_assign_stmt() {
  const Token& start = peek();
  Expr* first = at(Tok::KW_YIELD) ? yield_expr() : star_expressions();
  if (!first) return nullptr;
  Operator op;
  if (at(Tok::COLON)) {
    int simple = 0;
    bool valid = first->kind == ExprKind::Name || first->kind == ExprKind::Attribute ||
                 first->kind == ExprKind::Subscript;
    if (!valid) {
      // CPython's diagnostics below need an annotation after ':'; else "invalid syntax" at ':'.
      int f = furthest_;
      if (!starts_expression(1)) {
        furthest_ = f;
        generic_error();
        return nullptr;
      }
    }
    advance();
    if (first->kind == ExprKind::Name) {
      simple = start.kind == Tok::LPAR ? 0 : 1;
    } else if (first->kind == ExprKind::Tuple) {
      error_loc(static_cast<Tuple*>(first)->elts[0]->loc, "only single target (not tuple) can be annotated");
      return nullptr;
    } else if (first->kind == ExprKind::List) {
      error_loc(first->loc, "only single target (not list) can be annotated");
      return nullptr;
    } else if (first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript) {
      error_loc(first->loc, "illegal target for annotation");
      return nullptr;
    }
    set_context(first, Ctx::Store);
    auto* s = node<AnnAssign>(Loc{});
    s->target = first;
    s->simple = simple;
    if (!(s->annotation = expression())) return nullptr;
    if (accept(Tok::EQUAL)) {
      s->value = at(Tok::KW_YIELD) ? yield_expr() : star_expressions();
      if (!s->value) return nullptr;
    }
    s->loc = loc_from(start);
    return s;
  }
  if (aug_operator(kind(), op)) {
    if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute && first->kind != ExprKind::Subscript) {
      error_loc(first->loc,
                std::string("'") + expr_name(first) + "' is an illegal expression for augmented assignment");
      return nullptr;
    }
    advance();
    set_context(first, Ctx::Store);
    auto* s = node<AugAssign>(Loc{});
    s->target = first;
    s->op = op;
    s->value = at(Tok::KW_YIELD) ? yield_expr() : star_expressions();
    if (!s->value) return nullptr;
    s->loc = loc_from(start);
    return s;
  }
  if (at(Tok::EQUAL)) {
    std::vector<Expr*> chain{first};
    while (accept(Tok::EQUAL)) {
      Expr* e = at(Tok::KW_YIELD) ? yield_expr() : star_expressions();
      if (!e) {
        // An invalid target before '=' is reported whatever follows (CPython's invalid_assignment).
        for (Expr* t : chain) {
          if (invalid_target(t, false)) {
            err_.reset();
            assign_target_error(t, false);
            break;
          }
        }
        return nullptr;
      }
      chain.push_back(e);
    }
    Expr* value = chain.back();
    chain.pop_back();
    for (size_t i = 0; i < chain.size(); ++i) {
      if (!set_context(chain[i], Ctx::Store)) {
        // CPython's invalid_named_expression fires first for `f() = 1` (a lone bitwise_or
        // target, one '='): it adds the "Maybe you meant '=='" hint.
        bool here = i == 0 && chain.size() == 1 && start.kind != Tok::LSQB && start.kind != Tok::LPAR &&
                    start.kind != Tok::KW_TRUE && start.kind != Tok::KW_FALSE && start.kind != Tok::KW_NONE &&
                    first->kind != ExprKind::Tuple && first->kind != ExprKind::Compare &&
                    first->kind != ExprKind::BoolOp && first->kind != ExprKind::IfExp &&
                    first->kind != ExprKind::Lambda && first->kind != ExprKind::Starred &&
                    first->kind != ExprKind::Yield && first->kind != ExprKind::YieldFrom &&
                    !(first->kind == ExprKind::UnaryOp &&
                      static_cast<UnaryOpExpr*>(first)->op == UnaryOp::Not) &&
                    value->kind != ExprKind::Yield && value->kind != ExprKind::YieldFrom;
        assign_target_error(chain[i], here);
        return nullptr;
      }
    }
    auto* s = node<Assign>(loc_from(start));
    s->targets = seq(chain);
    s->value = value;
    return s;
  }
  // Python 2 habits: `print "x"`.
  if (auto* n = as<Name>(first); n && (n->id == "print" || n->id == "exec") && starts_expression() &&
                                 !at(Tok::KW_NOT) && !at(Tok::MINUS) && !at(Tok::PLUS) && !at(Tok::STAR)) {
    Expr* rest = star_expressions();
    if (!rest) return nullptr;
    error_range(first->loc, rest->loc,
                "Missing parentheses in call to '" + std::string(n->id) + "'. Did you mean " +
                    std::string(n->id) + "(...)?");
    return nullptr;
  }
  auto* s = node<ExprStmt>(loc_from(start));
  s->value = first;
  return s;
}

// A compound statement ends where its last nested statement ends (not at NEWLINE/DEDENT).
Loc Parser::block_span(const Token& start) {
  Loc l = loc_from(start);
  if (last_block_end_.lineno > 0) {
    l.end_lineno = last_block_end_.end_lineno;
    l.end_col_offset = last_block_end_.end_col_offset;
  }
  return l;
}

Seq<Stmt*> Parser::block(const std::string& what, int line) {
  std::vector<Stmt*> body;
  if (accept(Tok::NEWLINE)) {
    if (!at(Tok::INDENT)) {
      if (at(Tok::ERRORTOKEN)) { generic_error(); return {}; }
      std::string msg = "expected an indented block after " + what + " on line " + std::to_string(line);
      error_tok(peek(), msg, ErrorKind::IndentationError);
      return {};
    }
    advance();
    if (!statements_until(Tok::DEDENT, body)) return {};
    advance();
  } else {
    if (at(Tok::ERRORTOKEN)) { generic_error(); return {}; }
    if (!simple_stmts(body)) return {};
  }
  if (!body.empty()) last_block_end_ = body.back()->loc;
  return seq(body);
}

Stmt* Parser::compound_stmt() {
  const Token& t = peek();
  switch (t.kind) {
    case Tok::KW_IF: return if_stmt(false);
    case Tok::KW_WHILE: return while_stmt();
    case Tok::KW_FOR: return for_stmt(nullptr);
    case Tok::KW_WITH: return with_stmt(nullptr);
    case Tok::KW_TRY: return try_stmt();
    case Tok::AT: return decorated();
    case Tok::KW_DEF: {
      std::vector<Expr*> none;
      return def_stmt(nullptr, none, t);
    }
    case Tok::KW_CLASS: {
      std::vector<Expr*> none;
      return class_stmt(none, t);
    }
    case Tok::KW_ASYNC: {
      const Token& a = advance();
      if (at(Tok::KW_DEF)) {
        std::vector<Expr*> none;
        return def_stmt(&a, none, a);
      }
      if (at(Tok::KW_FOR)) return for_stmt(&a);
      if (at(Tok::KW_WITH)) return with_stmt(&a);
      generic_error();
      return nullptr;
    }
    default: generic_error(); return nullptr;
  }
}

Stmt* Parser::if_stmt(bool elif) {
  const Token& start = advance();  // 'if' or 'elif'
  auto* s = node<If>(Loc{});
  if (!(s->test = condition())) return nullptr;
  if (!expect_colon(false)) return nullptr;
  s->body = block(elif ? "'elif' statement" : "'if' statement", start.line);
  if (failed()) return nullptr;
  if (at(Tok::KW_ELIF)) {
    Stmt* e = if_stmt(true);
    if (!e) return nullptr;
    s->orelse = seq(std::vector<Stmt*>{e});
  } else if (at(Tok::KW_ELSE)) {
    const Token& el = advance();
    if (!expect_colon(true)) return nullptr;
    s->orelse = block("'else' statement", el.line);
    if (failed()) return nullptr;
  }
  s->loc = block_span(start);
  return s;
}

Stmt* Parser::while_stmt() {
  const Token& start = advance();
  auto* s = node<While>(Loc{});
  if (!(s->test = condition())) return nullptr;
  if (!expect_colon(false)) return nullptr;
  s->body = block("'while' statement", start.line);
  if (failed()) return nullptr;
  if (at(Tok::KW_ELSE)) {
    const Token& el = advance();
    if (!expect_colon(true)) return nullptr;
    s->orelse = block("'else' statement", el.line);
    if (failed()) return nullptr;
  }
  s->loc = block_span(start);
  return s;
}

Stmt* Parser::for_stmt(const Token* async_tok) {
  const Token& start = async_tok ? *async_tok : peek();
  const Token& for_tok = advance();
  For* s = a_.make<For>();
  s->kind = async_tok ? StmtKind::AsyncFor : StmtKind::For;
  if (!(s->target = for_targets_in())) return nullptr;
  if (!(s->iter = star_expressions())) return nullptr;
  if (!expect_colon(false)) return nullptr;
  s->body = block("'for' statement", for_tok.line);
  if (failed()) return nullptr;
  if (at(Tok::KW_ELSE)) {
    const Token& el = advance();
    if (!expect_colon(true)) return nullptr;
    s->orelse = block("'else' statement", el.line);
    if (failed()) return nullptr;
  }
  s->loc = block_span(start);
  return s;
}

bool Parser::with_items(std::vector<WithItem*>& items, bool parenthesized) {
  do {
    if (parenthesized && at(Tok::RPAR)) break;
    auto* w = a_.make<WithItem>();
    if (!(w->context_expr = expression())) return false;
    if (accept(Tok::KW_AS)) {
      if (!(w->optional_vars = star_target())) return false;
      if (!set_context(w->optional_vars, Ctx::Store)) {
        assign_target_error(w->optional_vars, false);
        return false;
      }
    }
    items.push_back(w);
  } while (accept(Tok::COMMA));
  return true;
}

Stmt* Parser::with_stmt(const Token* async_tok) {
  const Token& start = async_tok ? *async_tok : peek();
  const Token& with_tok = advance();
  With* s = a_.make<With>();
  s->kind = async_tok ? StmtKind::AsyncWith : StmtKind::With;
  std::vector<WithItem*> items;
  bool done = false;
  if (at(Tok::LPAR)) {
    // `with (a as b, c as d):` -- tried first; falls back to a parenthesized expression.
    int m = mark(), f = furthest_;
    advance();
    if (with_items(items, true) && !items.empty() && accept(Tok::RPAR) && at(Tok::COLON)) {
      done = true;
    } else {
      err_.reset();
      items.clear();
      reset(m);
      furthest_ = f;
    }
  }
  if (!done && !with_items(items, false)) return nullptr;
  if (!expect_colon(false)) return nullptr;
  s->items = seq(items);
  s->body = block("'with' statement", with_tok.line);
  if (failed()) return nullptr;
  s->loc = block_span(start);
  return s;
}

Stmt* Parser::try_stmt() {
  const Token& start = advance();
  Try* s = a_.make<Try>();
  s->kind = StmtKind::Try;
  if (!expect_colon(true)) return nullptr;
  s->body = block("'try' statement", start.line);
  if (failed()) return nullptr;
  std::vector<ExceptHandler*> handlers;
  bool plain = false, star = false;
  while (at(Tok::KW_EXCEPT)) {
    const Token& ex = advance();
    bool is_star = accept(Tok::STAR);
    (is_star ? star : plain) = true;
    if (plain && star) {
      error_at(ErrorKind::SyntaxError, "cannot have both 'except' and 'except*' on the same 'try'", ex.line, ex.col,
               prev().end_line, prev().end_col);
      return nullptr;
    }
    if (is_star && at(Tok::COLON)) {
      error_tok(peek(), "expected one or more exception types");
      return nullptr;
    }
    auto* h = a_.make<ExceptHandler>();
    if (!at(Tok::COLON)) {
      if (is_star && at(Tok::NEWLINE)) {
        error_tok(peek(), "expected one or more exception types");
        return nullptr;
      }
      if (!at(Tok::NEWLINE)) {
        if (!(h->type = expression())) return nullptr;
        if (at(Tok::COMMA)) {
          Expr* first = h->type;
          advance();
          Expr* more = expression();
          if (!more) return nullptr;
          while (accept(Tok::COMMA))
            if (!(more = expression())) return nullptr;
          error_range(first->loc, more->loc, "multiple exception types must be parenthesized");
          return nullptr;
        }
        if (accept(Tok::KW_AS)) {
          if (!at(Tok::NAME)) {
            generic_error();
            return nullptr;
          }
          h->name = text(advance());
        }
      }
    }
    if (!expect_colon(false)) return nullptr;
    h->body = block(is_star ? "'except*' statement" : "'except' statement", ex.line);
    if (failed()) return nullptr;
    h->loc = block_span(ex);
    handlers.push_back(h);
  }
  if (star) s->kind = StmtKind::TryStar;
  s->handlers = seq(handlers);
  if (at(Tok::KW_ELSE) && !handlers.empty()) {
    const Token& el = advance();
    if (!expect_colon(true)) return nullptr;
    s->orelse = block("'else' statement", el.line);
    if (failed()) return nullptr;
  }
  if (at(Tok::KW_FINALLY)) {
    const Token& fi = advance();
    if (!expect_colon(true)) return nullptr;
    s->finalbody = block("'finally' statement", fi.line);
    if (failed()) return nullptr;
  }
  if (handlers.empty() && s->finalbody.empty()) {
    error_tok(peek(), "expected 'except' or 'finally' block");
    return nullptr;
  }
  s->loc = block_span(start);
  return s;
}

Stmt* Parser::decorated() {
  std::vector<Expr*> decorators;
  while (at(Tok::AT)) {
    advance();
    Expr* d = named_expression();
    if (!d) return nullptr;
    if (!expect(Tok::NEWLINE)) return nullptr;
    decorators.push_back(d);
  }
  const Token& t = peek();
  if (at(Tok::KW_DEF)) return def_stmt(nullptr, decorators, t);
  if (at(Tok::KW_CLASS)) return class_stmt(decorators, t);
  if (at(Tok::KW_ASYNC) && kind(1) == Tok::KW_DEF) {
    const Token& a = advance();
    return def_stmt(&a, decorators, a);
  }
  generic_error();
  return nullptr;
}

Stmt* Parser::def_stmt(const Token* async_tok, std::vector<Expr*>& decorators, const Token& first) {
  const Token& def_tok = advance();
  FunctionDef* s = a_.make<FunctionDef>();
  s->kind = async_tok ? StmtKind::AsyncFunctionDef : StmtKind::FunctionDef;
  if (!at(Tok::NAME)) {
    generic_error();
    return nullptr;
  }
  s->name = text(advance());
  if (!at(Tok::LPAR)) {
    error_tok(peek(), "expected '('");
    return nullptr;
  }
  advance();
  ++paren_level_;
  s->args = parameters(false, Tok::RPAR);
  --paren_level_;
  if (!s->args) return nullptr;
  if (!expect(Tok::RPAR)) return nullptr;
  if (at(Tok::RARROW)) {
    if (!starts_expression(1)) {  // `-> :` : CPython's forced ':' is checked at the arrow
      error_tok(peek(), "expected ':'");
      return nullptr;
    }
    advance();
    if (!(s->returns = expression())) return nullptr;
  }
  if (!expect_colon(true)) return nullptr;
  s->body = block("function definition", def_tok.line);
  if (failed()) return nullptr;
  s->decorator_list = seq(decorators);
  s->loc = block_span(first);
  return s;
}

Stmt* Parser::class_stmt(std::vector<Expr*>& decorators, const Token& first) {
  const Token& class_tok = advance();
  auto* s = node<ClassDef>(Loc{});
  if (!at(Tok::NAME)) {
    generic_error();
    return nullptr;
  }
  s->name = text(advance());
  if (accept(Tok::LPAR)) {
    std::vector<Expr*> bases;
    std::vector<Keyword*> kws;
    if (!call_args(bases, kws, Tok::RPAR)) return nullptr;
    if (!expect(Tok::RPAR)) return nullptr;
    s->bases = seq(bases);
    s->keywords = seq(kws);
  }
  if (!expect_colon(false)) return nullptr;
  s->body = block("class definition", class_tok.line);
  if (failed()) return nullptr;
  s->decorator_list = seq(decorators);
  s->loc = block_span(first);
  return s;
}

bool Parser::dotted_name(std::string_view& out) {
  if (!at(Tok::NAME)) {
    generic_error();
    return false;
  }
  const Token& first = advance();
  uint32_t end = first.end;
  bool simple = true;
  while (at(Tok::DOT) && kind(1) == Tok::NAME) {
    advance();
    end = advance().end;
    simple = false;
  }
  std::string_view full = src_.text().substr(first.start, end - first.start);
  if (simple) {
    out = full;
    return true;
  }
  // Normalise `a . b` to "a.b".
  std::string joined;
  for (char c : full)
    if (c != ' ' && c != '\t' && c != '\\' && c != '\n') joined.push_back(c);
  out = a_.str(joined);
  return true;
}

Stmt* Parser::import_stmt() {
  const Token& start = advance();
  in_import_ = true;
  std::vector<Alias*> names;
  do {
    const Token& ns = peek();
    auto* al = a_.make<Alias>();
    if (!dotted_name(al->name)) return nullptr;
    if (accept(Tok::KW_AS)) {
      if (!at(Tok::NAME)) {
        generic_error();
        return nullptr;
      }
      al->asname = text(advance());
    }
    al->loc = loc_from(ns);
    names.push_back(al);
  } while (accept(Tok::COMMA));
  auto* s = node<Import>(loc_from(start));
  s->names = seq(names);
  return s;
}

Stmt* Parser::from_import_stmt() {
  const Token& start = advance();
  in_import_ = true;
  int level = 0;
  for (;;) {
    if (accept(Tok::DOT)) ++level;
    else if (accept(Tok::ELLIPSIS)) level += 3;
    else break;
  }
  std::string_view module;
  if (!at(Tok::KW_IMPORT) || level == 0) {
    if (!dotted_name(module)) return nullptr;
  }
  if (!expect(Tok::KW_IMPORT)) return nullptr;
  std::vector<Alias*> names;
  if (at(Tok::STAR)) {
    const Token& st = advance();
    auto* al = a_.make<Alias>();
    al->name = "*";
    al->loc = loc_from(st);
    names.push_back(al);
  } else {
    bool paren = accept(Tok::LPAR);
    do {
      if (paren && at(Tok::RPAR) && !names.empty()) break;
      if (!paren && !names.empty() && !at(Tok::NAME)) {
        error_tok(prev(), "trailing comma not allowed without surrounding parentheses");
        return nullptr;
      }
      if (!at(Tok::NAME)) {
        generic_error();
        return nullptr;
      }
      const Token& ns = advance();
      auto* al = a_.make<Alias>();
      al->name = text(ns);
      if (accept(Tok::KW_AS)) {
        if (!at(Tok::NAME)) {
          generic_error();
          return nullptr;
        }
        al->asname = text(advance());
      }
      al->loc = loc_from(ns);
      names.push_back(al);
    } while (accept(Tok::COMMA));
    if (paren && !expect(Tok::RPAR)) return nullptr;
  }
  auto* s = node<ImportFrom>(loc_from(start));
  s->module = module;
  s->names = seq(names);
  s->level = level;
  return s;
}

}  // namespace py
