// Internal: the recursive-descent parser's state and rules, split over parser_*.cpp files
// (core, statements, expressions, targets, literals).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "py/ast.hpp"
#include "py/lexer.hpp"
#include "py/parser.hpp"

namespace py {

using namespace ast;

class Parser {
 public:
  Parser(const Source& src, Arena& arena, const LexResult& lex)
      : src_(src), a_(arena), lex_(lex), toks_(lex.tokens), lex_error_(lex.error) {}

  ParseResult parse_file();
  // Parses one expression filling all the tokens (used for f-string replacement fields).
  Expr* parse_fstring_expr();
  std::optional<SyntaxError>& error() { return err_; }

  // ---- token cursor (parser.cpp) ----
  const Token& peek(int k = 0);
  Tok kind(int k = 0) { return peek(k).kind; }
  bool at(Tok t) { return kind() == t; }
  const Token& advance();
  bool accept(Tok t) {
    if (!at(t)) return false;
    advance();
    return true;
  }
  // Token text; copied into the arena when parsing an f-string field (whose source is temporary).
  std::string_view text(const Token& t) {
    std::string_view v = src_.text().substr(t.start, t.end - t.start);
    return copy_text_ ? a_.str(v) : v;
  }
  bool at_soft(std::string_view word) { return at(Tok::NAME) && text(peek()) == word; }
  const Token& prev() const { return toks_[pos_ > 0 ? pos_ - 1 : 0]; }
  int mark() const { return pos_; }
  void reset(int m) { pos_ = m; }

  // ---- errors (parser.cpp) ----
  bool failed() const { return err_.has_value(); }
  void error_at(ErrorKind kind, const std::string& msg, int line, int col, int end_line, int end_col);
  void error_tok(const Token& t, const std::string& msg, ErrorKind kind = ErrorKind::SyntaxError);
  void error_loc(const Loc& l, const std::string& msg, ErrorKind kind = ErrorKind::SyntaxError);
  void error_range(const Loc& a, const Loc& b, const std::string& msg);
  void generic_error();  // "invalid syntax" at the furthest token, like CPython's fallback
  // At the last token fetched (CPython's RAISE_SYNTAX_ERROR without a location).
  void error_last_token(const std::string& msg) { error_tok(toks_[furthest_], msg); }
  void apply_tokenizer_priority();  // tokenizer errors win over most parser errors
  SyntaxError lexer_error() const;  // the tokenizer's error (prefixed inside f-string fields)
  bool expect(Tok t);
  bool expect_colon(bool forced);  // "expected ':'"
  bool enter();                    // nesting guard; false (with error) when too deep
  void leave() { --depth_; }

  // ---- locations ----
  Loc loc_from(const Token& start) const {
    const Token& e = prev();
    return Loc{start.line, start.col, e.end_line, e.end_col};
  }
  static Loc span(const Loc& a, const Loc& b) { return Loc{a.lineno, a.col_offset, b.end_lineno, b.end_col_offset}; }
  template <class T>
  T* node(const Loc& l) {
    T* n = a_.make<T>();
    n->kind = T::kKind;
    n->loc = l;
    return n;
  }
  template <class T>
  Seq<T> seq(const std::vector<T>& v) { return a_.seq(v); }

  // ---- statements (parser_stmt.cpp) ----
  bool statements_until(Tok end, std::vector<Stmt*>& out);
  bool statement(std::vector<Stmt*>& out);
  bool simple_stmts(std::vector<Stmt*>& out);
  Stmt* simple_stmt();
  Stmt* compound_stmt();
  Seq<Stmt*> block(const std::string& what, int line);
  Loc block_span(const Token& start);
  Loc last_block_end_;  // end of the statements of the block parsed last
  Stmt* expr_or_assign_stmt();
  Stmt* if_stmt(bool elif);
  Stmt* while_stmt();
  Stmt* for_stmt(const Token* async_tok);
  Stmt* with_stmt(const Token* async_tok);
  bool with_items(std::vector<WithItem*>& items, bool parenthesized);
  Stmt* try_stmt();
  Stmt* def_stmt(const Token* async_tok, std::vector<Expr*>& decorators, const Token& first);
  Stmt* class_stmt(std::vector<Expr*>& decorators, const Token& first);
  Stmt* decorated();
  Stmt* import_stmt();
  Stmt* from_import_stmt();
  bool dotted_name(std::string_view& out);
  bool looks_like_match();
  // ---- match statement (parser_match.cpp) ----
  Stmt* match_stmt();
  Pattern* patterns();
  Pattern* maybe_star_pattern();
  Pattern* pattern();
  Pattern* or_pattern();
  Pattern* closed_pattern();
  Pattern* closed_pattern_inner();
  Expr* pattern_value(bool* singleton);

  // ---- expressions (parser_expr.cpp) ----
  Expr* star_expressions();
  Expr* star_expression();
  Expr* star_named_expressions_tuple(const Token& start, Expr* first);
  Expr* star_named_expression();
  Expr* named_expression();
  Expr* condition();  // named_expression with the `=`-instead-of-`==` diagnostics
  Expr* expression();
  // Precedence climbing over or/and/not/comparisons/bitwise/arithmetic/unary (levels in
  // parser_expr.cpp); one C++ frame per operator level instead of one per grammar rule.
  Expr* binary(int min_prec);
  Expr* disjunction() { return binary(1); }
  Expr* bitwise_or() { return binary(5); }
  Expr* power();
  Expr* await_primary();
  Expr* primary();
  Expr* primary_trailers(Expr* e, const Token& start);
  Expr* atom();
  Expr* paren_atom();
  Expr* list_atom();
  Expr* brace_atom();
  Expr* slices();
  Expr* slice_item();
  bool call_args(std::vector<Expr*>& args, std::vector<Keyword*>& kws, Tok close);
  bool comprehension_clauses(std::vector<Comprehension*>& out);
  Expr* lambdef();
  Arguments* parameters(bool lambda, Tok close);
  Arg* param(bool lambda, bool star_annotation);
  Expr* yield_expr();
  bool starts_expression(int k = 0);
  bool forgot_comma_check(Expr* a);

  // ---- targets (parser_target.cpp) ----
  Expr* star_targets();
  Expr* star_target();
  // for/comprehension targets followed by 'in', with CPython's invalid_for_target diagnostics.
  Expr* for_targets_in();  // for/comprehension/with targets (parsed then converted)
  bool set_context(Expr* e, Ctx ctx);  // Load -> Store/Del; false for invalid targets
  static const char* expr_name(Expr* e);
  Expr* invalid_target(Expr* e, bool del);
  void assign_target_error(Expr* target, bool here);
  void del_target_error(Expr* target);

  // ---- literals (parser_literal.cpp) ----
  Expr* number(const Token& t);
  Expr* strings();
  bool decode_string(const Token& t, std::string_view body, bool raw, bool bytes, std::string& out);
  bool fstring(const Token& t, std::string_view body, bool raw, std::vector<Expr*>& parts, std::string& pending,
               int depth);
  Expr* fstring_field_expr(const Token& t, std::string_view expr_text);

  const Source& src_;
  Arena& a_;
  const LexResult& lex_;
  const std::vector<Token>& toks_;
  const std::optional<SyntaxError>& lex_error_;
  std::optional<SyntaxError> err_;
  int pos_ = 0;
  int furthest_ = 0;
  bool hit_error_token_ = false;  // the parser fetched the lexer's ERRORTOKEN
  bool in_import_ = false;
  bool no_comma_hint_ = false;  // parsing a dict key (see brace_atom)
  int depth_ = 0;
  int paren_level_ = 0;  // brackets open around the current expression (for "forgot a comma")
  bool in_fstring_ = false;
  bool copy_text_ = false;
  int fstring_line_shift_ = 0;  // token positions in a field sub-parser were moved by these
  int fstring_col_shift_ = 0;
};

// The limit on nested parser rules (brackets, unary operators, lambdas, blocks...): keeps the
// C++ stack small on wasm.
// Counts nested expression rules (a bracket level costs two; the lexer stops at 200 brackets).
// CPython accepts 1000 chained lambdas / conditional expressions / powers.
inline constexpr int kMaxParseDepth = 1100;

}  // namespace py
