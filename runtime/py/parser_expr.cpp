// Expressions: precedence climbing for operators, then primaries, atoms and displays.
#include "py/parser_impl.hpp"

namespace py {

namespace {

// Operator levels, lowest first: 1 or, 2 and, 3 not (prefix), 4 comparisons, 5 |, 6 ^, 7 &,
// 8 shifts, 9 + -, 10 * / // % @, 11 unary + - ~ (prefix), then ** in power().
int binary_level(Tok t, Tok next) {
  switch (t) {
    case Tok::KW_OR: return 1;
    case Tok::KW_AND: return 2;
    case Tok::KW_NOT: return next == Tok::KW_IN ? 4 : 0;
    case Tok::EQEQUAL: case Tok::NOTEQUAL: case Tok::LESS: case Tok::LESSEQUAL: case Tok::GREATER:
    case Tok::GREATEREQUAL: case Tok::KW_IN: case Tok::KW_IS:
      return 4;
    case Tok::VBAR: return 5;
    case Tok::CIRCUMFLEX: return 6;
    case Tok::AMPER: return 7;
    case Tok::LEFTSHIFT: case Tok::RIGHTSHIFT: return 8;
    case Tok::PLUS: case Tok::MINUS: return 9;
    case Tok::STAR: case Tok::SLASH: case Tok::DOUBLESLASH: case Tok::PERCENT: case Tok::AT: return 10;
    default: return 0;
  }
}

Operator binop_of(Tok t) {
  switch (t) {
    case Tok::VBAR: return Operator::BitOr;
    case Tok::CIRCUMFLEX: return Operator::BitXor;
    case Tok::AMPER: return Operator::BitAnd;
    case Tok::LEFTSHIFT: return Operator::LShift;
    case Tok::RIGHTSHIFT: return Operator::RShift;
    case Tok::PLUS: return Operator::Add;
    case Tok::MINUS: return Operator::Sub;
    case Tok::STAR: return Operator::Mult;
    case Tok::SLASH: return Operator::Div;
    case Tok::DOUBLESLASH: return Operator::FloorDiv;
    case Tok::PERCENT: return Operator::Mod;
    default: return Operator::MatMult;
  }
}

}  // namespace

bool Parser::starts_expression(int k) {
  switch (kind(k)) {
    case Tok::NAME: case Tok::NUMBER: case Tok::STRING: case Tok::LPAR: case Tok::LSQB: case Tok::LBRACE:
    case Tok::MINUS: case Tok::PLUS: case Tok::TILDE: case Tok::KW_NOT: case Tok::KW_LAMBDA:
    case Tok::KW_AWAIT: case Tok::KW_NONE: case Tok::KW_TRUE: case Tok::KW_FALSE: case Tok::ELLIPSIS:
      return true;
    default:
      return false;
  }
}

// CPython's invalid_expression: two expressions side by side inside brackets.
bool Parser::forgot_comma_check(Expr* a) {
  if (paren_level_ == 0 || !starts_expression() || failed()) return false;
  if (at(Tok::KW_NOT) || at(Tok::MINUS) || at(Tok::PLUS)) return false;
  if (a->kind == ExprKind::Name && at(Tok::STRING)) return false;
  // Not when `a` starts with a soft keyword (CPython's rule).
  std::string_view line = in_fstring_ ? std::string_view() : src_.line(a->loc.lineno);
  std::string_view head = static_cast<size_t>(a->loc.col_offset) <= line.size()
                              ? line.substr(static_cast<size_t>(a->loc.col_offset))
                              : std::string_view();
  for (std::string_view kw : {"match", "case", "_"}) {
    if (head.substr(0, kw.size()) == kw &&
        (head.size() == kw.size() || !is_id_continue(static_cast<unsigned char>(head[kw.size()]))))
      return false;
  }
  int m = mark(), f = furthest_;
  Expr* b = expression();
  if (!b || failed()) {
    // CPython's second operand is an expression without its own error rules: a bare
    // disjunction also counts (`a b if c` without else).
    err_.reset();
    reset(m);
    b = disjunction();
  }
  if (!b || failed()) {
    err_.reset();
    reset(m);
    furthest_ = f;
    return false;
  }
  error_range(a->loc, b->loc, "invalid syntax. Perhaps you forgot a comma?");
  return true;
}

Expr* Parser::star_expressions() {
  const Token& start = peek();
  Expr* first = star_expression();
  if (!first || !at(Tok::COMMA)) return first;
  std::vector<Expr*> elts{first};
  while (accept(Tok::COMMA)) {
    if (!at(Tok::STAR) && !starts_expression()) break;
    Expr* e = star_expression();
    if (!e) return nullptr;
    elts.push_back(e);
  }
  auto* t = node<Tuple>(loc_from(start));
  t->elts = seq(elts);
  t->ctx = Ctx::Load;
  return t;
}

Expr* Parser::star_expression() {
  if (at(Tok::STAR)) {
    const Token& st = advance();
    Expr* v = bitwise_or();
    if (!v) return nullptr;
    auto* s = node<Starred>(loc_from(st));
    s->value = v;
    return s;
  }
  return expression();
}

Expr* Parser::star_named_expression() {
  if (at(Tok::STAR)) {
    const Token& st = advance();
    Expr* v = bitwise_or();
    if (!v) return nullptr;
    auto* s = node<Starred>(loc_from(st));
    s->value = v;
    return s;
  }
  return condition();  // named_expression plus the "Maybe you meant '=='" diagnostics
}

Expr* Parser::named_expression() {
  if (at(Tok::NAME) && kind(1) == Tok::COLONEQUAL) {
    const Token& n = advance();
    advance();
    auto* target = node<Name>(Loc{n.line, n.col, n.end_line, n.end_col});
    target->id = text(n);
    target->ctx = Ctx::Store;
    Expr* v = expression();
    if (!v) return nullptr;
    auto* ne = node<NamedExpr>(loc_from(n));
    ne->target = target;
    ne->value = v;
    return ne;
  }
  Expr* e = expression();
  if (e && at(Tok::COLONEQUAL)) {
    error_loc(e->loc, std::string("cannot use assignment expressions with ") + expr_name(e));
    return nullptr;
  }
  return e;
}

Expr* Parser::condition() {
  const Token& start = peek();
  Expr* e = named_expression();
  if (!e || !at(Tok::EQUAL)) return e;
  bool literal_start = start.kind == Tok::LSQB || start.kind == Tok::LPAR || start.kind == Tok::KW_TRUE ||
                       start.kind == Tok::KW_FALSE || start.kind == Tok::KW_NONE;
  if (e->kind == ExprKind::Name) {
    int m = mark(), f = furthest_;
    advance();
    Expr* b = bitwise_or();
    if (b && !at(Tok::EQUAL) && !at(Tok::COLONEQUAL)) {
      error_range(e->loc, b->loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      return nullptr;
    }
    // No diagnostic: the generic error is at the '=' (CPython's first pass stops there).
    err_.reset();
    reset(m);
    furthest_ = f;
  } else if (!literal_start && e->kind != ExprKind::Compare && e->kind != ExprKind::BoolOp &&
             e->kind != ExprKind::IfExp && e->kind != ExprKind::Lambda) {
    error_loc(e->loc, std::string("cannot assign to ") + expr_name(e) + " here. Maybe you meant '==' instead of '='?");
    return nullptr;
  }
  generic_error();
  return nullptr;
}

Expr* Parser::expression() {
  if (at(Tok::KW_LAMBDA)) return lambdef();
  if (!enter()) return nullptr;
  const Token& start = peek();
  Expr* body = disjunction();
  if (body && paren_level_ > 0 && !no_comma_hint_ && starts_expression() && forgot_comma_check(body)) {
    leave();
    return nullptr;
  }
  if (body && at(Tok::KW_IF)) {
    advance();
    Expr* test = disjunction();
    if (!test) { leave(); return nullptr; }
    if (!accept(Tok::KW_ELSE)) {
      if (!at(Tok::COLON)) {
        error_range(body->loc, test->loc, "expected 'else' after 'if' expression");
      } else {
        generic_error();
      }
      leave();
      return nullptr;
    }
    Expr* orelse = expression();
    if (!orelse) { leave(); return nullptr; }
    auto* ie = node<IfExp>(loc_from(start));
    ie->test = test;
    ie->body = body;
    ie->orelse = orelse;
    body = ie;
  }
  leave();
  return body;
}

Expr* Parser::binary(int min_prec) {
  const Token& start = peek();
  Expr* left = nullptr;
  if (min_prec <= 3 && at(Tok::KW_NOT)) {
    std::vector<const Token*> ops;
    while (at(Tok::KW_NOT)) ops.push_back(&advance());
    left = binary(4);
    if (!left) return nullptr;
    for (size_t i = ops.size(); i-- > 0;) {
      auto* u = node<UnaryOpExpr>(loc_from(*ops[i]));
      u->op = UnaryOp::Not;
      u->operand = left;
      left = u;
    }
  } else if (min_prec <= 11 && (at(Tok::MINUS) || at(Tok::PLUS) || at(Tok::TILDE))) {
    std::vector<const Token*> ops;
    while (at(Tok::MINUS) || at(Tok::PLUS) || at(Tok::TILDE)) ops.push_back(&advance());
    left = power();
    if (!left) return nullptr;
    for (size_t i = ops.size(); i-- > 0;) {
      auto* u = node<UnaryOpExpr>(loc_from(*ops[i]));
      u->op = ops[i]->kind == Tok::MINUS ? UnaryOp::USub : ops[i]->kind == Tok::PLUS ? UnaryOp::UAdd : UnaryOp::Invert;
      u->operand = left;
      left = u;
    }
  } else {
    left = power();
    if (!left) return nullptr;
  }
  for (;;) {
    int level = binary_level(kind(), at(Tok::KW_NOT) ? kind(1) : Tok::ENDMARKER);
    if (level == 0 || level < min_prec) return left;
    if (level == 1 || level == 2) {
      Tok op = kind();
      std::vector<Expr*> values{left};
      while (at(op)) {
        advance();
        Expr* v = binary(level + 1);
        if (!v) return nullptr;
        values.push_back(v);
      }
      auto* b = node<BoolOp>(loc_from(start));
      b->op = level == 1 ? BoolOpKind::Or : BoolOpKind::And;
      b->values = seq(values);
      left = b;
    } else if (level == 4) {
      std::vector<CmpOp> ops;
      std::vector<Expr*> rhs;
      while (binary_level(kind(), at(Tok::KW_NOT) ? kind(1) : Tok::ENDMARKER) == 4) {
        const Token& t = advance();
        CmpOp op = CmpOp::Eq;
        switch (t.kind) {
          case Tok::EQEQUAL: op = CmpOp::Eq; break;
          case Tok::NOTEQUAL: op = CmpOp::NotEq; break;
          case Tok::LESS: op = CmpOp::Lt; break;
          case Tok::LESSEQUAL: op = CmpOp::LtE; break;
          case Tok::GREATER: op = CmpOp::Gt; break;
          case Tok::GREATEREQUAL: op = CmpOp::GtE; break;
          case Tok::KW_IN: op = CmpOp::In; break;
          case Tok::KW_NOT: advance(); op = CmpOp::NotIn; break;
          case Tok::KW_IS: op = accept(Tok::KW_NOT) ? CmpOp::IsNot : CmpOp::Is; break;
          default: break;
        }
        Expr* r = binary(5);
        if (!r) return nullptr;
        ops.push_back(op);
        rhs.push_back(r);
      }
      auto* c = node<Compare>(loc_from(start));
      c->left = left;
      c->ops = seq(ops);
      c->comparators = seq(rhs);
      left = c;
    } else {
      const Token& t = advance();
      Expr* r = binary(level + 1);
      if (!r) return nullptr;
      auto* b = node<BinOp>(loc_from(start));
      b->left = left;
      b->op = binop_of(t.kind);
      b->right = r;
      left = b;
    }
  }
}

Expr* Parser::power() {
  const Token& start = peek();
  Expr* base = await_primary();
  if (!base || !at(Tok::DOUBLESTAR)) return base;
  advance();
  if (!enter()) return nullptr;
  Expr* exp = binary(11);
  leave();
  if (!exp) return nullptr;
  auto* b = node<BinOp>(loc_from(start));
  b->left = base;
  b->op = Operator::Pow;
  b->right = exp;
  return b;
}

Expr* Parser::await_primary() {
  if (!at(Tok::KW_AWAIT)) return primary();
  const Token& a = advance();
  if (!enter()) return nullptr;
  Expr* v = primary();
  leave();
  if (!v) return nullptr;
  auto* aw = node<Await>(loc_from(a));
  aw->value = v;
  return aw;
}

Expr* Parser::primary() {
  const Token& start = peek();
  Expr* e = atom();
  if (!e) return nullptr;
  return primary_trailers(e, start);
}

Expr* Parser::primary_trailers(Expr* e, const Token& start) {
  for (;;) {
    if (at(Tok::DOT)) {
      advance();
      if (!at(Tok::NAME)) {
        generic_error();
        return nullptr;
      }
      const Token& n = advance();
      auto* at_ = node<Attribute>(loc_from(start));
      at_->value = e;
      at_->attr = text(n);
      at_->ctx = Ctx::Load;
      e = at_;
    } else if (at(Tok::LPAR)) {
      advance();
      std::vector<Expr*> args;
      std::vector<Keyword*> kws;
      if (!call_args(args, kws, Tok::RPAR)) return nullptr;
      if (!expect(Tok::RPAR)) return nullptr;
      auto* c = node<Call>(loc_from(start));
      c->func = e;
      c->args = seq(args);
      c->keywords = seq(kws);
      e = c;
    } else if (at(Tok::LSQB)) {
      advance();
      ++paren_level_;
      Expr* s = slices();
      --paren_level_;
      if (!s) return nullptr;
      if (!expect(Tok::RSQB)) return nullptr;
      auto* sub = node<Subscript>(loc_from(start));
      sub->value = e;
      sub->slice = s;
      sub->ctx = Ctx::Load;
      e = sub;
    } else {
      return e;
    }
  }
}

Expr* Parser::atom() {
  const Token& t = peek();
  switch (t.kind) {
    case Tok::NAME: {
      advance();
      auto* n = node<Name>(loc_from(t));
      n->id = text(t);
      n->ctx = Ctx::Load;
      return n;
    }
    case Tok::NUMBER: return number(advance());
    case Tok::STRING: return strings();
    case Tok::KW_NONE: case Tok::KW_TRUE: case Tok::KW_FALSE: case Tok::ELLIPSIS: {
      advance();
      auto* c = node<Constant>(loc_from(t));
      c->ck = t.kind == Tok::KW_NONE ? ConstKind::None
              : t.kind == Tok::KW_TRUE ? ConstKind::True
              : t.kind == Tok::KW_FALSE ? ConstKind::False
                                        : ConstKind::Ellipsis;
      return c;
    }
    case Tok::LPAR: case Tok::LSQB: case Tok::LBRACE: {
      if (!enter()) return nullptr;
      ++paren_level_;
      Expr* e = t.kind == Tok::LPAR ? paren_atom() : t.kind == Tok::LSQB ? list_atom() : brace_atom();
      --paren_level_;
      leave();
      return e;
    }
    default:
      generic_error();
      return nullptr;
  }
}

Expr* Parser::paren_atom() {
  const Token& open = advance();
  if (accept(Tok::RPAR)) {
    auto* t = node<Tuple>(loc_from(open));
    t->ctx = Ctx::Load;
    return t;
  }
  if (at(Tok::KW_YIELD)) {
    Expr* y = yield_expr();
    if (!y || !expect(Tok::RPAR)) return nullptr;
    return y;
  }
  Expr* first = star_named_expression();
  if (!first) return nullptr;
  if (at(Tok::KW_FOR) || (at(Tok::KW_ASYNC) && kind(1) == Tok::KW_FOR)) {
    std::vector<Comprehension*> gens;
    if (!comprehension_clauses(gens)) return nullptr;
    if (!expect(Tok::RPAR)) return nullptr;
    auto* g = node<GeneratorExp>(loc_from(open));
    g->elt = first;
    g->generators = seq(gens);
    return g;
  }
  if (at(Tok::COMMA)) {
    std::vector<Expr*> elts{first};
    while (accept(Tok::COMMA)) {
      if (at(Tok::RPAR)) break;
      Expr* e = star_named_expression();
      if (!e) return nullptr;
      elts.push_back(e);
    }
    if (!at(Tok::RPAR) && forgot_comma_check(elts.back())) return nullptr;
    if (!expect(Tok::RPAR)) return nullptr;
    auto* t = node<Tuple>(loc_from(open));
    t->elts = seq(elts);
    t->ctx = Ctx::Load;
    return t;
  }
  if (first->kind == ExprKind::Starred && at(Tok::RPAR)) {
    error_loc(first->loc, "cannot use starred expression here");
    return nullptr;
  }
  if (!at(Tok::RPAR) && forgot_comma_check(first)) return nullptr;
  if (!expect(Tok::RPAR)) return nullptr;
  return first;
}

Expr* Parser::list_atom() {
  const Token& open = advance();
  std::vector<Expr*> elts;
  if (!at(Tok::RSQB)) {
    Expr* first = star_named_expression();
    if (!first) return nullptr;
    if (at(Tok::KW_FOR) || (at(Tok::KW_ASYNC) && kind(1) == Tok::KW_FOR)) {
      std::vector<Comprehension*> gens;
      if (!comprehension_clauses(gens)) return nullptr;
      if (!expect(Tok::RSQB)) return nullptr;
      auto* lc = node<ListComp>(loc_from(open));
      lc->elt = first;
      lc->generators = seq(gens);
      return lc;
    }
    elts.push_back(first);
    while (accept(Tok::COMMA)) {
      if (at(Tok::RSQB)) break;
      Expr* e = star_named_expression();
      if (!e) return nullptr;
      elts.push_back(e);
    }
    if (!at(Tok::RSQB) && forgot_comma_check(elts.back())) return nullptr;
  }
  if (!expect(Tok::RSQB)) return nullptr;
  auto* l = node<List>(loc_from(open));
  l->elts = seq(elts);
  l->ctx = Ctx::Load;
  return l;
}

Expr* Parser::brace_atom() {
  const Token& open = advance();
  if (accept(Tok::RBRACE)) return node<Dict>(loc_from(open));
  std::vector<Expr*> keys, values;
  Expr* first = nullptr;
  if (at(Tok::DOUBLESTAR)) {
    advance();
    Expr* v = bitwise_or();
    if (!v) return nullptr;
    keys.push_back(nullptr);
    values.push_back(v);
  } else {
    first = star_named_expression();
    if (!first) return nullptr;
    if (at(Tok::COLON) && first->kind != ExprKind::Starred) {
      advance();
      Expr* v = expression();
      if (!v) return nullptr;
      if (at(Tok::KW_FOR) || (at(Tok::KW_ASYNC) && kind(1) == Tok::KW_FOR)) {
        std::vector<Comprehension*> gens;
        if (!comprehension_clauses(gens)) return nullptr;
        if (!expect(Tok::RBRACE)) return nullptr;
        auto* dc = node<DictComp>(loc_from(open));
        dc->key = first;
        dc->value = v;
        dc->generators = seq(gens);
        return dc;
      }
      keys.push_back(first);
      values.push_back(v);
    } else {
      // A set display or comprehension.
      if (at(Tok::KW_FOR) || (at(Tok::KW_ASYNC) && kind(1) == Tok::KW_FOR)) {
        std::vector<Comprehension*> gens;
        if (!comprehension_clauses(gens)) return nullptr;
        if (!expect(Tok::RBRACE)) return nullptr;
        auto* sc = node<SetComp>(loc_from(open));
        sc->elt = first;
        sc->generators = seq(gens);
        return sc;
      }
      std::vector<Expr*> elts{first};
      while (accept(Tok::COMMA)) {
        if (at(Tok::RBRACE)) break;
        Expr* e = star_named_expression();
        if (!e) return nullptr;
        elts.push_back(e);
      }
      if (!at(Tok::RBRACE) && forgot_comma_check(elts.back())) return nullptr;
      if (!expect(Tok::RBRACE)) return nullptr;
      auto* s = node<Set>(loc_from(open));
      s->elts = seq(elts);
      return s;
    }
  }
  while (accept(Tok::COMMA)) {
    if (at(Tok::RBRACE)) break;
    if (accept(Tok::DOUBLESTAR)) {
      Expr* v = bitwise_or();
      if (!v) return nullptr;
      keys.push_back(nullptr);
      values.push_back(v);
      continue;
    }
    // A key followed by anything but ':' is reported as such, not as a missing comma.
    bool saved_hint = no_comma_hint_;
    no_comma_hint_ = true;
    Expr* k = expression();
    no_comma_hint_ = saved_hint;
    if (!k) return nullptr;
    if (!at(Tok::COLON)) {
      error_at(ErrorKind::SyntaxError, "':' expected after dictionary key", k->loc.end_lineno,
               k->loc.end_col_offset - 1, k->loc.end_lineno, -1);
      return nullptr;
    }
    const Token& colon = advance();
    if (at(Tok::RBRACE) || at(Tok::COMMA)) {
      error_tok(colon, "expression expected after dictionary key and ':'");
      return nullptr;
    }
    if (at(Tok::STAR)) {
      const Token& st = peek();
      error_at(ErrorKind::SyntaxError, "cannot use a starred expression in a dictionary value", st.line, st.col,
               st.end_line, st.end_col);
      return nullptr;
    }
    Expr* v = expression();
    if (!v) return nullptr;
    keys.push_back(k);
    values.push_back(v);
  }
  if (!at(Tok::RBRACE) && !values.empty() && forgot_comma_check(values.back())) return nullptr;
  if (!expect(Tok::RBRACE)) return nullptr;
  auto* d = node<Dict>(loc_from(open));
  d->keys = seq(keys);
  d->values = seq(values);
  return d;
}

Expr* Parser::slices() {
  const Token& start = peek();
  Expr* first = slice_item();
  if (!first) return nullptr;
  if (!at(Tok::COMMA) && !at(Tok::RSQB) && forgot_comma_check(first)) return nullptr;
  if (!at(Tok::COMMA) && first->kind != ExprKind::Starred) return first;  // a[*b] is a[(*b,)]
  std::vector<Expr*> elts{first};
  while (accept(Tok::COMMA)) {
    if (at(Tok::RSQB)) break;
    Expr* e = slice_item();
    if (!e) return nullptr;
    elts.push_back(e);
  }
  if (!at(Tok::RSQB) && forgot_comma_check(elts.back())) return nullptr;
  auto* t = node<Tuple>(loc_from(start));
  t->elts = seq(elts);
  t->ctx = Ctx::Load;
  return t;
}

Expr* Parser::slice_item() {
  const Token& start = peek();
  if (at(Tok::STAR)) return star_named_expression();
  Expr* lower = nullptr;
  if (!at(Tok::COLON)) {
    lower = condition();
    if (!lower) return nullptr;
    if (!at(Tok::COLON)) return lower;
  }
  advance();  // ':'
  auto* s = node<Slice>(Loc{});
  s->lower = lower;
  auto ends = [&] { return at(Tok::COLON) || at(Tok::COMMA) || at(Tok::RSQB); };
  if (!ends() && !(s->upper = expression())) return nullptr;
  if (accept(Tok::COLON)) {
    if (!at(Tok::COMMA) && !at(Tok::RSQB) && !(s->step = expression())) return nullptr;
  }
  s->loc = loc_from(start);
  return s;
}

bool Parser::call_args(std::vector<Expr*>& args, std::vector<Keyword*>& kws, Tok close) {
  const Token& open = prev();
  ++paren_level_;
  bool seen_kw = false, seen_kwunpack = false;
  while (!at(close)) {
    const Token& start = peek();
    if (at(Tok::STAR)) {
      advance();
      Expr* v = expression();
      if (!v) return false;
      if (seen_kwunpack) {
        error_tok(start, "iterable argument unpacking follows keyword argument unpacking");
        return false;
      }
      auto* s = node<Starred>(loc_from(start));
      s->value = v;
      s->ctx = Ctx::Load;
      args.push_back(s);
    } else if (at(Tok::DOUBLESTAR)) {
      advance();
      Expr* v = expression();
      if (!v) return false;
      auto* k = a_.make<Keyword>();
      k->value = v;
      k->loc = loc_from(start);
      kws.push_back(k);
      seen_kwunpack = true;
    } else if (at(Tok::NAME) && kind(1) == Tok::EQUAL) {
      const Token& n = advance();
      advance();
      Expr* v = expression();
      if (!v) return false;
      auto* k = a_.make<Keyword>();
      k->arg = text(n);
      k->value = v;
      k->loc = loc_from(n);
      kws.push_back(k);
      seen_kw = true;
    } else {
      Expr* e = named_expression();
      if (!e) return false;
      if (at(Tok::KW_FOR) || (at(Tok::KW_ASYNC) && kind(1) == Tok::KW_FOR)) {
        std::vector<Comprehension*> gens;
        if (!comprehension_clauses(gens)) return false;
        bool sole = args.empty() && kws.empty() && at(close);
        auto* g = node<GeneratorExp>(Loc{open.line, open.col, peek().end_line, peek().end_col});
        g->elt = e;
        g->generators = seq(gens);
        if (!sole) {
          error_loc(Loc{e->loc.lineno, e->loc.col_offset, prev().end_line, prev().end_col},
                    "Generator expression must be parenthesized");
          return false;
        }
        e = g;
      }
      if (at(Tok::EQUAL)) {
        const Token& eq = peek();
        if (e->kind == ExprKind::Constant &&
            (static_cast<Constant*>(e)->ck == ConstKind::True || static_cast<Constant*>(e)->ck == ConstKind::False ||
             static_cast<Constant*>(e)->ck == ConstKind::None)) {
          error_loc(e->loc, std::string("cannot assign to ") + expr_name(e));
        } else {
          error_range(e->loc, Loc{eq.line, eq.col, eq.end_line, eq.end_col},
                      "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        return false;
      }
      if (seen_kwunpack || seen_kw) {
        peek();
        error_last_token(seen_kwunpack ? "positional argument follows keyword argument unpacking"
                                       : "positional argument follows keyword argument");
        return false;
      }
      args.push_back(e);
    }
    if (!accept(Tok::COMMA)) {
      if (!at(close)) {
        Expr* last = !args.empty() ? args.back() : nullptr;
        if (!kws.empty() && (args.empty() || kws.back()->loc.lineno > last->loc.lineno ||
                             (kws.back()->loc.lineno == last->loc.lineno &&
                              kws.back()->loc.col_offset > last->loc.col_offset)))
          last = kws.back()->value;
        if (last && forgot_comma_check(last)) return false;
      }
      break;
    }
  }
  --paren_level_;
  return true;
}

bool Parser::comprehension_clauses(std::vector<Comprehension*>& out) {
  while (at(Tok::KW_FOR) || (at(Tok::KW_ASYNC) && kind(1) == Tok::KW_FOR)) {
    auto* c = a_.make<Comprehension>();
    c->is_async = accept(Tok::KW_ASYNC);
    advance();  // 'for'
    if (!(c->target = for_targets_in())) return false;
    if (!(c->iter = disjunction())) return false;
    std::vector<Expr*> ifs;
    while (accept(Tok::KW_IF)) {
      Expr* cond = disjunction();
      if (!cond) return false;
      ifs.push_back(cond);
    }
    c->ifs = seq(ifs);
    out.push_back(c);
  }
  return true;
}

Expr* Parser::lambdef() {
  const Token& start = advance();
  Arguments* args = parameters(true, Tok::COLON);
  if (!args || !expect(Tok::COLON)) return nullptr;
  Expr* body = expression();
  if (!body) return nullptr;
  auto* l = node<Lambda>(loc_from(start));
  l->args = args;
  l->body = body;
  return l;
}

Arg* Parser::param(bool lambda, bool) {
  if (!at(Tok::NAME)) {
    generic_error();
    return nullptr;
  }
  const Token& n = advance();
  auto* a = a_.make<Arg>();
  a->arg = text(n);
  if (!lambda && accept(Tok::COLON)) {
    if (at(Tok::STAR)) {  // `*args: *Ts` (PEP 646)
      const Token& st = advance();
      Expr* v = expression();
      if (!v) return nullptr;
      auto* s = node<Starred>(loc_from(st));
      s->value = v;
      a->annotation = s;
    } else if (!(a->annotation = expression())) {
      return nullptr;
    }
  }
  a->loc = loc_from(n);
  return a;
}

Arguments* Parser::parameters(bool lambda, Tok close) {
  std::vector<Arg*> posonly, args, kwonly;
  std::vector<Expr*> defaults, kw_defaults;
  Arg* vararg = nullptr;
  Arg* kwarg = nullptr;
  bool seen_star = false, seen_default = false, seen_slash = false;
  while (!at(close)) {
    const Token& t = peek();
    if (at(Tok::SLASH)) {
      advance();
      if (seen_slash) { error_tok(t, "/ may appear only once"); return nullptr; }
      if (seen_star) { error_tok(t, "/ must be ahead of *"); return nullptr; }
      if (args.empty()) { error_tok(t, "at least one argument must precede /"); return nullptr; }
      seen_slash = true;
      posonly = args;
      args.clear();
    } else if (at(Tok::STAR)) {
      advance();
      if (seen_star) { error_tok(t, "* argument may appear only once"); return nullptr; }
      seen_star = true;
      if (at(Tok::NAME)) {
        if (!(vararg = param(lambda, true))) return nullptr;
        if (at(Tok::EQUAL)) {
          error_tok(peek(), "var-positional argument cannot have default value");
          return nullptr;
        }
      } else if (at(close) || (at(Tok::COMMA) && (kind(1) == close || kind(1) == Tok::DOUBLESTAR))) {
        error_tok(t, "named arguments must follow bare *");
        return nullptr;
      }
    } else if (at(Tok::DOUBLESTAR)) {
      advance();
      if (!(kwarg = param(lambda, false))) return nullptr;
      if (at(Tok::EQUAL)) {
        error_tok(peek(), "var-keyword argument cannot have default value");
        return nullptr;
      }
      accept(Tok::COMMA);
      if (!at(close)) {
        error_tok(peek(), "arguments cannot follow var-keyword argument");
        return nullptr;
      }
      break;
    } else {
      Arg* p = param(lambda, false);
      if (!p) return nullptr;
      Expr* d = nullptr;
      if (accept(Tok::EQUAL) && !(d = expression())) return nullptr;
      if (seen_star) {
        kwonly.push_back(p);
        kw_defaults.push_back(d);
      } else {
        if (d) {
          defaults.push_back(d);
          seen_default = true;
        } else if (seen_default && (at(Tok::COMMA) || at(close))) {
          error_loc(p->loc, "non-default argument follows default argument");
          return nullptr;
        }
        args.push_back(p);
      }
    }
    if (!accept(Tok::COMMA)) {
      if (!at(close) && paren_level_ > 0) {
        // `def f(a: int b)`: a missing comma after an annotation or default.
        Expr* last = nullptr;
        const Token& p = prev();
        for (auto* v : {&args, &kwonly, &posonly})
          if (!v->empty() && v->back()->annotation && v->back()->annotation->loc.end_col_offset == p.end_col &&
              v->back()->annotation->loc.end_lineno == p.end_line)
            last = v->back()->annotation;
        if (!last && vararg && vararg->annotation && vararg->annotation->loc.end_col_offset == p.end_col)
          last = vararg->annotation;
        for (auto* d : {&defaults, &kw_defaults})
          if (!d->empty() && d->back() && d->back()->loc.end_col_offset == p.end_col &&
              d->back()->loc.end_lineno == p.end_line)
            last = d->back();
        if (last && forgot_comma_check(last)) return nullptr;
      }
      break;
    }
  }
  auto* a = a_.make<Arguments>();
  a->posonlyargs = seq(posonly);
  a->args = seq(args);
  a->vararg = vararg;
  a->kwonlyargs = seq(kwonly);
  a->kw_defaults = seq(kw_defaults);
  a->kwarg = kwarg;
  a->defaults = seq(defaults);
  return a;
}

Expr* Parser::yield_expr() {
  const Token& start = advance();
  if (accept(Tok::KW_FROM)) {
    Expr* v = expression();
    if (!v) return nullptr;
    auto* y = node<YieldFrom>(loc_from(start));
    y->value = v;
    return y;
  }
  Expr* v = nullptr;
  if (at(Tok::STAR) || starts_expression()) {
    if (!(v = star_expressions())) return nullptr;
  }
  auto* y = node<Yield>(loc_from(start));
  y->value = v;
  return y;
}

}  // namespace py
