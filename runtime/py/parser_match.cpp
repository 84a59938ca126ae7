// The `match` statement (PEP 634): the subject, the case blocks, and the pattern grammar of
// CPython 3.11 (as, or, literal, capture, wildcard, value, group, sequence, mapping, class).
#include "py/parser_impl.hpp"

namespace py {

Stmt* Parser::match_stmt() {
  const Token& start = advance();  // `match`
  auto* s = node<Match>(Loc{});
  if (!(s->subject = star_expressions())) return nullptr;
  if (!expect_colon(false)) return nullptr;
  if (!expect(Tok::NEWLINE) || !expect(Tok::INDENT)) return nullptr;
  std::vector<MatchCase*> cases;
  while (at_soft("case")) {
    const Token& case_tok = advance();
    auto* c = a_.make<MatchCase>();
    if (!(c->pattern = patterns())) return nullptr;
    c->guard = nullptr;
    if (accept(Tok::KW_IF) && !(c->guard = named_expression())) return nullptr;
    if (!expect_colon(false)) return nullptr;
    c->body = block("'case' statement", case_tok.line);
    if (failed()) return nullptr;
    cases.push_back(c);
  }
  if (cases.empty() || !expect(Tok::DEDENT)) {
    if (!failed()) generic_error();
    return nullptr;
  }
  s->cases = seq(cases);
  s->loc = block_span(start);
  return s;
}

// patterns: open_sequence_pattern | pattern
Pattern* Parser::patterns() {
  const Token& start = peek();
  Pattern* first = maybe_star_pattern();
  if (!first) return nullptr;
  if (!at(Tok::COMMA) && first->kind != PatternKind::MatchStar) return first;
  std::vector<Pattern*> items = {first};
  while (accept(Tok::COMMA)) {
    if (at(Tok::COLON) || at(Tok::KW_IF)) break;
    Pattern* p = maybe_star_pattern();
    if (!p) return nullptr;
    items.push_back(p);
  }
  auto* seqp = a_.make<Pattern>();
  seqp->kind = PatternKind::MatchSequence;
  seqp->loc = loc_from(start);
  seqp->patterns = seq(items);
  return seqp;
}

Pattern* Parser::maybe_star_pattern() {
  if (!at(Tok::STAR)) return pattern();
  const Token& star = advance();
  if (!at(Tok::NAME)) {
    generic_error();
    return nullptr;
  }
  auto* p = a_.make<Pattern>();
  p->kind = PatternKind::MatchStar;
  std::string_view n = text(advance());
  p->name = n == "_" ? std::string_view() : n;
  p->loc = loc_from(star);
  return p;
}

// pattern: or_pattern ['as' NAME]
Pattern* Parser::pattern() {
  const Token& start = peek();
  Pattern* p = or_pattern();
  if (!p) return nullptr;
  if (accept(Tok::KW_AS)) {
    if (!at(Tok::NAME) || text(peek()) == "_") {
      error_tok(peek(), text(peek()) == "_" ? "cannot use '_' as a target" : "invalid pattern target");
      return nullptr;
    }
    auto* as = a_.make<Pattern>();
    as->kind = PatternKind::MatchAs;
    as->pattern = p;
    as->name = text(advance());
    as->loc = loc_from(start);
    return as;
  }
  return p;
}

Pattern* Parser::or_pattern() {
  const Token& start = peek();
  Pattern* p = closed_pattern();
  if (!p || !at(Tok::VBAR)) return p;
  std::vector<Pattern*> alts = {p};
  while (accept(Tok::VBAR)) {
    Pattern* q = closed_pattern();
    if (!q) return nullptr;
    alts.push_back(q);
  }
  auto* o = a_.make<Pattern>();
  o->kind = PatternKind::MatchOr;
  o->patterns = seq(alts);
  o->loc = loc_from(start);
  return o;
}

// A literal or a dotted value: what mapping keys and value patterns allow.
Expr* Parser::pattern_value(bool* singleton) {
  *singleton = false;
  const Token& start = peek();
  if (at(Tok::KW_NONE) || at(Tok::KW_TRUE) || at(Tok::KW_FALSE)) {
    *singleton = true;
    return atom();
  }
  if (at(Tok::STRING)) return strings();
  if (at(Tok::NUMBER) || at(Tok::MINUS)) {
    bool neg = accept(Tok::MINUS);
    if (!at(Tok::NUMBER)) {
      generic_error();
      return nullptr;
    }
    Expr* e = number(advance());
    if (neg) {
      auto* u = node<UnaryOpExpr>(loc_from(start));
      u->op = UnaryOp::USub;
      u->operand = e;
      e = u;
    }
    if (at(Tok::PLUS) || at(Tok::MINUS)) {  // complex literals (1 + 2j)
      error_at(ErrorKind::NotImplemented, "complex literal patterns are not supported yet (line " + std::to_string(start.line) + ")",
               start.line, start.col, start.end_line, start.end_col);
      return nullptr;
    }
    return e;
  }
  if (at(Tok::NAME)) {
    auto* n = node<Name>(Loc{});
    n->id = text(advance());
    n->ctx = Ctx::Load;
    n->loc = loc_from(start);
    Expr* e = n;
    while (accept(Tok::DOT)) {
      if (!at(Tok::NAME)) {
        generic_error();
        return nullptr;
      }
      auto* at_ = node<Attribute>(Loc{});
      at_->value = e;
      at_->attr = text(advance());
      at_->ctx = Ctx::Load;
      at_->loc = loc_from(start);
      e = at_;
    }
    return e;
  }
  generic_error();
  return nullptr;
}

Pattern* Parser::closed_pattern() {
  if (!enter()) return nullptr;
  Pattern* r = closed_pattern_inner();
  leave();
  return r;
}

Pattern* Parser::closed_pattern_inner() {
  const Token& start = peek();
  auto make = [&](PatternKind k) {
    auto* p = a_.make<Pattern>();
    p->kind = k;
    return p;
  };
  // Capture and wildcard: a bare name not followed by '.', '(' .
  if (at(Tok::NAME) && kind(1) != Tok::DOT && kind(1) != Tok::LPAR) {
    auto* p = make(PatternKind::MatchAs);
    std::string_view n = text(advance());
    p->name = n == "_" ? std::string_view() : n;
    p->loc = loc_from(start);
    return p;
  }
  if (at(Tok::LPAR) || at(Tok::LSQB)) {
    bool square = at(Tok::LSQB);
    Tok close = square ? Tok::RSQB : Tok::RPAR;
    advance();
    std::vector<Pattern*> items;
    bool comma = false;
    while (!at(close)) {
      Pattern* p = maybe_star_pattern();
      if (!p) return nullptr;
      items.push_back(p);
      if (!accept(Tok::COMMA)) break;
      comma = true;
    }
    if (!expect(close)) return nullptr;
    if (!square && items.size() == 1 && !comma && items[0]->kind != PatternKind::MatchStar) return items[0];  // a group
    auto* p = make(PatternKind::MatchSequence);
    p->patterns = seq(items);
    p->loc = loc_from(start);
    return p;
  }
  if (at(Tok::LBRACE)) {
    advance();
    auto* p = make(PatternKind::MatchMapping);
    std::vector<Expr*> keys;
    std::vector<Pattern*> values;
    while (!at(Tok::RBRACE)) {
      if (accept(Tok::DOUBLESTAR)) {
        if (!at(Tok::NAME)) {
          generic_error();
          return nullptr;
        }
        p->name = text(advance());
        accept(Tok::COMMA);
        break;
      }
      bool singleton;
      Expr* k = pattern_value(&singleton);
      if (!k || !expect(Tok::COLON)) return nullptr;
      Pattern* v = pattern();
      if (!v) return nullptr;
      keys.push_back(k);
      values.push_back(v);
      if (!accept(Tok::COMMA)) break;
    }
    if (!expect(Tok::RBRACE)) return nullptr;
    p->keys = seq(keys);
    p->patterns = seq(values);
    p->loc = loc_from(start);
    return p;
  }
  bool singleton;
  Expr* v = pattern_value(&singleton);
  if (!v) return nullptr;
  if (singleton) {
    auto* p = make(PatternKind::MatchSingleton);
    p->value = v;
    p->loc = loc_from(start);
    return p;
  }
  if (at(Tok::LPAR) && (v->kind == ExprKind::Name || v->kind == ExprKind::Attribute)) {
    advance();
    auto* p = make(PatternKind::MatchClass);
    p->value = v;
    std::vector<Pattern*> pos, kwp;
    std::vector<std::string_view> kwn;
    while (!at(Tok::RPAR)) {
      if (at(Tok::NAME) && kind(1) == Tok::EQUAL) {
        kwn.push_back(text(advance()));
        advance();
        Pattern* q = pattern();
        if (!q) return nullptr;
        kwp.push_back(q);
      } else {
        if (!kwn.empty()) {
          error_tok(peek(), "positional patterns follow keyword patterns");
          return nullptr;
        }
        Pattern* q = pattern();
        if (!q) return nullptr;
        pos.push_back(q);
      }
      if (!accept(Tok::COMMA)) break;
    }
    if (!expect(Tok::RPAR)) return nullptr;
    p->patterns = seq(pos);
    p->kwd_attrs = seq(kwn);
    p->kwd_patterns = seq(kwp);
    p->loc = loc_from(start);
    return p;
  }
  auto* p = make(PatternKind::MatchValue);
  p->value = v;
  p->loc = loc_from(start);
  return p;
}

}  // namespace py
