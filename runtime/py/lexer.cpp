// The tokenizer. Mirrors CPython 3.11's tokenizer rules (indentation with tabs to multiples of 8
// plus a tab-size-1 consistency check, implicit joining inside brackets, `\` joining, the number
// and string literal forms) and its error messages.
#include "py/lexer.hpp"

#include <cstring>
#include <string>

namespace py {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

class Lexer {
 public:
  explicit Lexer(const Source& src) : src_(src), s_(src.text()) {}

  LexResult run() {
    indents_.push_back(0);
    alt_indents_.push_back(0);
    while (!failed_) {
      if (at_bol_) {
        if (!indentation()) break;
        if (at_eof()) break;
      }
      if (!next_token()) break;
      if (at_eof() && !at_bol_) break;
    }
    if (!failed_) finish();
    return std::move(out_);
  }

 private:
  const Source& src_;
  std::string_view s_;
  size_t pos_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;
  bool at_bol_ = true;
  bool failed_ = false;
  std::vector<int> indents_, alt_indents_;
  struct Open {
    char ch;
    int line, col;
  };
  std::vector<Open> parens_;
  LexResult out_;

  bool at_eof() const { return pos_ >= s_.size(); }
  char peek(size_t k = 0) const { return pos_ + k < s_.size() ? s_[pos_ + k] : '\0'; }
  int col_of(size_t p) const { return static_cast<int>(p - line_start_); }

  void newline_at(size_t p) {  // p is the index of a '\n'
    ++line_;
    line_start_ = p + 1;
  }

  void emit(Tok kind, size_t start, size_t end, int line, int col, int end_line, int end_col) {
    Token t;
    t.kind = kind;
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    t.line = line;
    t.col = col;
    t.end_line = end_line;
    t.end_col = end_col;
    out_.tokens.push_back(t);
  }
  void emit_here(Tok kind, size_t start) {  // token on the current line from start to pos_
    emit(kind, start, pos_, line_, col_of(start), line_, col_of(pos_));
  }

  bool fail(ErrorKind kind, std::string msg, int line, int col, int end_line, int end_col) {
    out_.error_overrides = kind == ErrorKind::SyntaxError && msg != "unexpected EOF while parsing" &&
                           msg != "unexpected character after line continuation character";
    out_.error = make_error(src_, kind, std::move(msg), line, col, end_line, end_col);
    out_.error->from_tokenizer = out_.error_overrides;
    emit(Tok::ERRORTOKEN, pos_, pos_, line, col, line, col);
    failed_ = true;
    return false;
  }
  bool fail_here(std::string msg, size_t start) {
    return fail(ErrorKind::SyntaxError, std::move(msg), line_, col_of(start), line_, col_of(start));
  }
  // Number errors: CPython reports the offset of the offending character as a 0-based index.
  bool fail_number(std::string msg, size_t bad) {
    return fail(ErrorKind::SyntaxError, std::move(msg), line_, col_of(bad) - 1, line_, col_of(bad) - 1);
  }

  // Measures the indentation of a new logical line and emits INDENT/DEDENT tokens. Blank and
  // comment-only lines are consumed without tokens.
  bool indentation() {
    for (;;) {
      int col = 0, alt = 0;
      size_t p = pos_;
      for (; p < s_.size(); ++p) {
        char c = s_[p];
        if (c == ' ') { ++col; ++alt; }
        else if (c == '\t') { col = (col / 8 + 1) * 8; ++alt; }
        else if (c == '\f') { col = alt = 0; }
        else break;
      }
      if (p >= s_.size()) { pos_ = p; return true; }
      char c = s_[p];
      if (c == '#' || c == '\n' || (c == '\\' && p + 1 < s_.size() && s_[p + 1] == '\n' && false)) {
        // Blank or comment-only line: skip it entirely.
        size_t e = s_.find('\n', p);
        if (e == std::string_view::npos) { pos_ = s_.size(); return true; }
        newline_at(e);
        pos_ = e + 1;
        continue;
      }
      pos_ = p;
      at_bol_ = false;
      if (!parens_.empty()) return true;
      int ws = col_of(p);
      if (col == indents_.back()) {
        if (alt != alt_indents_.back()) return tab_error(ws);
      } else if (col > indents_.back()) {
        if (static_cast<int>(indents_.size()) >= kMaxIndentLevel)
          return fail(ErrorKind::IndentationError, "too many levels of indentation", line_, ws, line_, ws);
        if (alt <= alt_indents_.back()) return tab_error(ws);
        indents_.push_back(col);
        alt_indents_.push_back(alt);
        emit(Tok::INDENT, line_start_, p, line_, 0, line_, ws);
      } else {
        // Check the target level first: CPython reports the error before any DEDENT.
        size_t keep = indents_.size();
        while (keep > 1 && col < indents_[keep - 1]) --keep;
        if (col != indents_[keep - 1]) {
          int len = static_cast<int>(src_.line(line_).size());
          return fail(ErrorKind::IndentationError, "unindent does not match any outer indentation level",
                      line_, len, line_, -1);
        }
        if (alt != alt_indents_[keep - 1]) return tab_error(ws);
        while (indents_.size() > keep) {
          indents_.pop_back();
          alt_indents_.pop_back();
          emit(Tok::DEDENT, p, p, line_, ws, line_, ws);
        }
      }
      return true;
    }
  }

  bool tab_error(int) {
    return fail(ErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", line_, 0, line_, -1);
  }

  bool next_token() {
    // Skip spaces, comments and (inside brackets or after `\`) line breaks.
    size_t comment = std::string_view::npos;  // CPython's NEWLINE token starts at a comment
    for (;;) {
      if (at_eof()) return true;
      char c = peek();
      if (c == ' ' || c == '\t' || c == '\f') { ++pos_; continue; }
      if (c == '#') {
        comment = pos_;
        while (!at_eof() && peek() != '\n') ++pos_;
        continue;
      }
      if (c == '\\') {
        if (peek(1) == '\n') {
          newline_at(pos_ + 1);
          pos_ += 2;
          if (at_eof()) return fail_here("unexpected EOF while parsing", pos_);
          continue;
        }
        if (pos_ + 1 >= s_.size()) return fail_here("unexpected EOF while parsing", pos_);
        return fail(ErrorKind::SyntaxError, "unexpected character after line continuation character", line_,
                    col_of(pos_) + 1, line_, col_of(pos_) + 1);
      }
      if (c == '\n') {
        if (!parens_.empty()) {
          newline_at(pos_);
          ++pos_;
          continue;
        }
        if (comment != std::string_view::npos && comment >= line_start_)
          emit(Tok::NEWLINE, comment, pos_ + 1, line_, col_of(comment), line_, col_of(pos_));
        else
          emit(Tok::NEWLINE, pos_, pos_ + 1, line_, col_of(pos_), line_, col_of(pos_) + 1);
        newline_at(pos_);
        ++pos_;
        at_bol_ = true;
        return true;
      }
      break;
    }
    size_t start = pos_;
    char c = peek();
    if (is_digit(c) || (c == '.' && is_digit(peek(1)))) return number(start);
    auto uc = static_cast<unsigned char>(c);
    if (c == '"' || c == '\'') return string(start, start);
    if (uc >= 0x80 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return name(start);
    return op(start);
  }

  bool name(size_t start) {
    size_t p = pos_;
    int32_t cp = utf8_decode(s_, p);
    if (cp < 0 || !is_id_start(static_cast<uint32_t>(cp))) {
      std::string ch(s_.substr(start, p - start));
      char buf[16];
      snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp < 0 ? 0xFFFD : cp));
      if (cp >= 0 && !is_printable(static_cast<uint32_t>(cp)))
        return fail_here(std::string("invalid non-printable character U+") + buf, start);
      return fail(ErrorKind::SyntaxError, "invalid character '" + ch + "' (U+" + buf + ")", line_,
                  col_of(start), line_, col_of(start));
    }
    pos_ = p;
    while (!at_eof()) {
      size_t q = pos_;
      int32_t k = utf8_decode(s_, q);
      if (k < 0 || !is_id_continue(static_cast<uint32_t>(k))) break;
      pos_ = q;
    }
    std::string_view word = s_.substr(start, pos_ - start);
    if ((peek() == '"' || peek() == '\'') && is_string_prefix(word)) return string(start, pos_);
    emit_here(keyword_kind(word), start);
    return true;
  }

  static bool is_string_prefix(std::string_view w) {
    if (w.empty() || w.size() > 2) return false;
    std::string l;
    for (char c : w) l.push_back(static_cast<char>(c | 0x20));
    return l == "r" || l == "u" || l == "b" || l == "f" || l == "br" || l == "rb" || l == "fr" || l == "rf";
  }

  // Strings are one token including prefix and quotes (f-strings too, as in 3.11); the parser
  // decodes escapes and f-string fields.
  bool string(size_t start, size_t quote_pos) {
    int start_line = line_, start_col = col_of(start);
    char q = s_[quote_pos];
    size_t p = quote_pos;
    bool triple = p + 2 < s_.size() && s_[p + 1] == q && s_[p + 2] == q;
    p += triple ? 3 : 1;
    for (;;) {
      if (p >= s_.size()) {
        pos_ = p;
        int last = !s_.empty() && s_.back() == '\n' ? line_ - 1 : line_;
        if (triple)
          return fail(ErrorKind::SyntaxError,
                      "unterminated triple-quoted string literal (detected at line " + std::to_string(last) + ")",
                      start_line, start_col, start_line, start_col);
        return fail(ErrorKind::SyntaxError,
                    "unterminated string literal (detected at line " + std::to_string(line_) + ")", start_line,
                    start_col, start_line, start_col);
      }
      char c = s_[p];
      if (c == '\\') {
        if (p + 1 < s_.size() && s_[p + 1] == '\n') newline_at(p + 1);
        p += 2;
        continue;
      }
      if (c == '\n') {
        if (!triple)
          return fail(ErrorKind::SyntaxError,
                      "unterminated string literal (detected at line " + std::to_string(line_) + ")", start_line,
                      start_col, start_line, start_col);
        newline_at(p);
        ++p;
        continue;
      }
      if (c == q) {
        if (!triple) { ++p; break; }
        if (p + 2 < s_.size() && s_[p + 1] == q && s_[p + 2] == q) { p += 3; break; }
      }
      ++p;
    }
    pos_ = p;
    emit(Tok::STRING, start, pos_, start_line, start_col, line_, col_of(pos_));
    return true;
  }

  // Digits with single underscores between them; returns false (without consuming the bad
  // underscore) if an underscore is not followed by a digit.
  bool digits(bool (*ok)(char)) {
    for (;;) {
      while (pos_ < s_.size() && ok(s_[pos_])) ++pos_;
      if (peek() != '_') return true;
      if (!ok(peek(1))) { ++pos_; return false; }
      ++pos_;
    }
  }

  bool number(size_t start) {
    static auto dec = [](char c) { return is_digit(c); };
    const char* kind = "decimal";
    bool imag_ok = true;
    if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' ||
                          peek(1) == 'b' || peek(1) == 'B')) {
      char k = static_cast<char>(peek(1) | 0x20);
      pos_ += 2;
      if (peek() == '_') ++pos_;
      bool (*okf)(char) = k == 'x' ? +[](char c) { return is_hex(c); }
                          : k == 'o' ? +[](char c) { return c >= '0' && c <= '7'; }
                                     : +[](char c) { return c == '0' || c == '1'; };
      kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
      if (!okf(peek())) {
        if (k != 'x' && is_digit(peek()))
          return fail_here(std::string("invalid digit '") + peek() + "' in " + kind + " literal", pos_);
        return fail_number(std::string("invalid ") + kind + " literal", pos_);
      }
      if (!digits(okf)) return fail_number(std::string("invalid ") + kind + " literal", pos_);
      if (k != 'x' && is_digit(peek()))
        return fail_here(std::string("invalid digit '") + peek() + "' in " + kind + " literal", pos_);
      return end_of_number(start, kind);
    }
    bool is_float = false;
    if (peek() != '.') {
      if (!digits(dec)) return fail_number("invalid decimal literal", pos_);
    }
    if (peek() == '.') {
      is_float = true;
      ++pos_;
      if (is_digit(peek()) && !digits(dec)) return fail_number("invalid decimal literal", pos_);
    }
    if (peek() == 'e' || peek() == 'E') {
      size_t save = pos_;
      ++pos_;
      if (peek() == '+' || peek() == '-') ++pos_;
      if (!is_digit(peek())) {
        pos_ = save;  // `1else`-style keyword suffix, or an error found below
      } else {
        is_float = true;
        if (!digits(dec)) return fail_number("invalid decimal literal", pos_);
      }
    }
    if (imag_ok && (peek() == 'j' || peek() == 'J')) {
      ++pos_;
      is_float = true;
      kind = "imaginary";
    }
    if (!is_float) {
      // Leading zeros: "00" is fine, "012" is not.
      std::string_view text = s_.substr(start, pos_ - start);
      if (text.size() > 1 && text[0] == '0') {
        size_t zeros = text.find_first_not_of("0_");
        if (zeros != std::string_view::npos)
          return fail(ErrorKind::SyntaxError,
                      "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                      "octal integers",
                      line_, col_of(start), line_, col_of(start) + static_cast<int>(zeros));
      }
    }
    return end_of_number(start, kind);
  }

  // A number directly followed by a letter is an error, except before some keywords (which
  // CPython 3.11 still accepts, e.g. `1if x else 2`).
  bool end_of_number(size_t start, const char* kind) {
    char c = peek();
    auto uc = static_cast<unsigned char>(c);
    if (uc >= 0x80 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      static const char* const kOk[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
      bool ok = false;
      for (const char* kw : kOk) {
        size_t n = std::strlen(kw);
        if (s_.substr(pos_, n) == kw) ok = true;
      }
      if (!ok) return fail_number(std::string("invalid ") + kind + " literal", pos_);
    }
    emit_here(Tok::NUMBER, start);
    return true;
  }

  bool op(size_t start) {
    static const Tok kThree[] = {Tok::LEFTSHIFTEQUAL, Tok::RIGHTSHIFTEQUAL, Tok::DOUBLESTAREQUAL,
                                 Tok::DOUBLESLASHEQUAL, Tok::ELLIPSIS};
    for (Tok t : kThree) {
      std::string_view sp = token_spelling(t);
      if (s_.substr(pos_, 3) == sp) {
        pos_ += 3;
        emit_here(t, start);
        return true;
      }
    }
    for (int k = 2; k >= 1; --k) {
      std::string_view text = s_.substr(pos_, static_cast<size_t>(k));
      for (int t = static_cast<int>(Tok::LPAR); t <= static_cast<int>(Tok::EXCLAMATION); ++t) {
        if (token_spelling(static_cast<Tok>(t)) != text) continue;
        pos_ += static_cast<size_t>(k);
        return bracket(static_cast<Tok>(t), start);
      }
    }
    char c = peek();
    if (static_cast<unsigned char>(c) < 0x20 && c != '\0')
      return fail_here("invalid non-printable character U+" + hex4(static_cast<unsigned char>(c)), start);
    ++pos_;
    return fail(ErrorKind::SyntaxError, "invalid syntax", line_, col_of(start), line_, col_of(start) + 1);
  }

  static std::string hex4(unsigned v) {
    char buf[16];
    snprintf(buf, sizeof buf, "%04X", v);
    return buf;
  }

  bool bracket(Tok t, size_t start) {
    char c = s_[start];
    if (c == '(' || c == '[' || c == '{') {
      if (static_cast<int>(parens_.size()) >= kMaxParenLevel)
        return fail(ErrorKind::SyntaxError, "too many nested parentheses", line_, col_of(start), line_,
                    col_of(start));
      parens_.push_back({c, line_, col_of(start)});
    } else if (c == ')' || c == ']' || c == '}') {
      if (parens_.empty())
        return fail(ErrorKind::SyntaxError, std::string("unmatched '") + c + "'", line_, col_of(start), line_,
                    col_of(start));
      Open o = parens_.back();
      char want = o.ch == '(' ? ')' : o.ch == '[' ? ']' : '}';
      if (c != want) {
        std::string msg = std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" +
                          o.ch + "'";
        if (o.line != line_) msg += " on line " + std::to_string(o.line);
        return fail(ErrorKind::SyntaxError, msg, line_, col_of(start), line_, col_of(start));
      }
      parens_.pop_back();
    }
    emit_here(t, start);
    return true;
  }

  void finish() {
    if (!parens_.empty()) {
      Open o = parens_.back();
      out_.error = make_error(src_, ErrorKind::SyntaxError, std::string("'") + o.ch + "' was never closed",
                              o.line, o.col, o.line, o.col);
      out_.error_is_unclosed_paren = true;
      emit(Tok::ERRORTOKEN, pos_, pos_, line_, col_of(pos_), line_, col_of(pos_));
      return;
    }
    if (!out_.tokens.empty() && out_.tokens.back().kind != Tok::NEWLINE &&
        out_.tokens.back().kind != Tok::DEDENT && out_.tokens.back().kind != Tok::INDENT) {
      emit(Tok::NEWLINE, pos_, pos_, line_, col_of(pos_), line_, col_of(pos_) + 1);
    }
    // CPython places the end-of-file tokens on the last line, after its last character.
    int eline = src_.line_count();
    int ecol = static_cast<int>(src_.line(eline).size());
    while (indents_.size() > 1) {
      indents_.pop_back();
      emit(Tok::DEDENT, pos_, pos_, eline, ecol, eline, ecol);
    }
    emit(Tok::ENDMARKER, pos_, pos_, eline, ecol, eline, ecol);
  }
};

}  // namespace

LexResult tokenize(const Source& source) { return Lexer(source).run(); }

}  // namespace py
