// Parser core: token cursor, error reporting, and the entry points.
#include "py/parser.hpp"

#include "py/ast_walk.hpp"
#include "py/parser_impl.hpp"

namespace py {

const Token& Parser::peek(int k) {
  int i = pos_ + k;
  int last = static_cast<int>(toks_.size()) - 1;
  if (i > last) i = last;
  if (i > furthest_) furthest_ = i;
  if (toks_[i].kind == Tok::ERRORTOKEN) hit_error_token_ = true;
  return toks_[i];
}

const Token& Parser::advance() {
  const Token& t = peek();
  if (pos_ < static_cast<int>(toks_.size()) - 1) ++pos_;
  return t;
}

void Parser::error_at(ErrorKind kind, const std::string& msg, int line, int col, int end_line, int end_col) {
  if (err_) return;
  if (in_fstring_) {
    // CPython 3.11 reports errors in a replacement field against the field's own text, "(expr)".
    int rl = line - fstring_line_shift_, rel = end_line - fstring_line_shift_;
    SyntaxError e = make_error(src_, kind, msg.rfind("f-string", 0) == 0 ? msg : "f-string: " + msg, rl,
                               rl == 1 ? col - fstring_col_shift_ : col, rel,
                               rel == 1 ? end_col - fstring_col_shift_ : end_col);
    e.line = line;
    e.end_line = end_line;
    err_ = e;
    return;
  }
  err_ = make_error(src_, kind, msg, line, col, end_line, end_col);
}

void Parser::error_tok(const Token& t, const std::string& msg, ErrorKind kind) {
  bool at_eof = (t.kind == Tok::ENDMARKER || t.kind == Tok::DEDENT) && t.start >= src_.text().size();
  error_at(kind, msg, t.line, t.col, t.end_line, t.end_col);
  if (at_eof && err_ && !in_fstring_) err_->column = 0;  // CPython prints no caret at end of file
}

void Parser::error_loc(const Loc& l, const std::string& msg, ErrorKind kind) {
  error_at(kind, msg, l.lineno, l.col_offset, l.end_lineno, l.end_col_offset);
}

void Parser::error_range(const Loc& a, const Loc& b, const std::string& msg) {
  error_at(ErrorKind::SyntaxError, msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
}

void Parser::generic_error() {
  if (err_) return;
  const Token& t = toks_[furthest_];
  if (t.kind == Tok::ERRORTOKEN && lex_error_) {
    err_ = lexer_error();
    return;
  }
  if (t.kind == Tok::INDENT) {
    error_at(ErrorKind::IndentationError, "unexpected indent", t.line, t.end_col - 1, t.line, -1);
    return;
  }
  if (t.kind == Tok::DEDENT) {
    error_at(ErrorKind::IndentationError, "unexpected unindent", t.line, t.col, t.line, -1);
    if (err_) err_->column = 0;  // CPython prints no caret for it
    return;
  }
  error_tok(t, "invalid syntax");
  // CPython's second pass tries `<expression> <expression>` (its "forgot a comma" rule) from
  // here; if that runs into an unclosed bracket at the end of the file, the tokenizer's
  // "'(' was never closed" is what gets reported.
  if (lex_.error_is_unclosed_paren && !in_import_ && !in_fstring_ && furthest_ > 0) {
    Tok before = toks_[furthest_ - 1].kind;
    bool after_operand = before == Tok::NAME || before == Tok::NUMBER || before == Tok::STRING ||
                         before == Tok::RPAR || before == Tok::RSQB || before == Tok::RBRACE ||
                         before == Tok::KW_TRUE || before == Tok::KW_FALSE || before == Tok::KW_NONE;
    int save_pos = pos_, save_furthest = furthest_;
    pos_ = furthest_;
    if (after_operand && starts_expression()) {
      std::optional<SyntaxError> saved = err_;
      err_.reset();
      expression();
      err_ = saved;
    }
    pos_ = save_pos;
    furthest_ = save_furthest;
  }
}

// CPython raises a tokenizer error as soon as the parser fetches the bad token, and after any
// other syntax error it tokenizes the rest of the file: a tokenizer error found there wins too,
// except "'(' was never closed" for a bracket opened after the error's line.
void Parser::apply_tokenizer_priority() {
  if (!err_ || !lex_error_ || err_->kind == ErrorKind::NotImplemented) return;
  bool unexpected_indent = err_->message == "unexpected indent" || err_->message == "unexpected unindent";
  if (hit_error_token_) {
    err_ = lexer_error();
  } else if (lex_.error_is_unclosed_paren) {
    if (toks_[furthest_].line > lex_error_->line) err_ = lexer_error();
  } else if (lex_.error_overrides && !unexpected_indent) {
    err_ = lexer_error();
  }
}

SyntaxError Parser::lexer_error() const {
  SyntaxError e = *lex_error_;
  if (in_fstring_) {
    e.message = "f-string: " + e.message;
    e.line += fstring_line_shift_;
    e.end_line += fstring_line_shift_;
  }
  return e;
}

bool Parser::expect(Tok t) {
  if (accept(t)) return true;
  generic_error();
  return false;
}

bool Parser::expect_colon(bool forced) {
  if (accept(Tok::COLON)) return true;
  if (forced || at(Tok::NEWLINE)) {
    if (at(Tok::ERRORTOKEN)) { generic_error(); return false; }
    error_tok(peek(), "expected ':'");
    return false;
  }
  generic_error();
  return false;
}

bool Parser::enter() {
  if (++depth_ > kMaxParseDepth) {
    error_tok(peek(), "too many nested parentheses");
    return false;
  }
  return true;
}

ParseResult Parser::parse_file() {
  ParseResult r;
  std::vector<Stmt*> body;
  if (statements_until(Tok::ENDMARKER, body) && !failed()) {
    Module* m = a_.make<Module>();
    m->body = seq(body);
    if (max_depth(*m, kMaxAstDepth) > kMaxAstDepth) {
      SyntaxError e;
      e.kind = ErrorKind::RecursionError;
      e.message = "maximum recursion depth exceeded during compilation";
      r.error = e;
      return r;
    }
    r.module = m;
    return r;
  }
  if (!err_) generic_error();
  apply_tokenizer_priority();
  r.error = err_;
  return r;
}

Expr* Parser::parse_fstring_expr() {
  if (!expect(Tok::LPAR)) return nullptr;
  ++paren_level_;
  Expr* e = at(Tok::KW_YIELD) ? yield_expr() : star_expressions();
  if (!e) return nullptr;
  if (!at(Tok::RPAR) && forgot_comma_check(e)) return nullptr;
  if (!expect(Tok::RPAR)) return nullptr;
  if (!at(Tok::NEWLINE) && !at(Tok::ENDMARKER)) {
    generic_error();
    return nullptr;
  }
  return e;
}

ParseResult parse_module(const Source& source, Arena& arena) {
  LexResult lex = tokenize(source);
  Parser p(source, arena, lex);
  return p.parse_file();
}

}  // namespace py
