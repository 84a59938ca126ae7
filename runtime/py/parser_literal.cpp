// Literals: numbers, string/bytes literals with escapes, implicit concatenation, f-strings
// (3.11 lexes an f-string as one STRING token; its fields are parsed here with a sub-parser).
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "py/parser_impl.hpp"

namespace py {

namespace {

// Converts digits in `base` to a decimal digit string (arbitrary size), via base-1e9 limbs.
std::string to_decimal(std::string_view digits, int base) {
  std::vector<uint32_t> limbs;  // little-endian, base 1e9
  for (char c : digits) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c - 'A' + 10;
    uint64_t carry = static_cast<uint64_t>(d);
    for (uint32_t& l : limbs) {
      uint64_t v = static_cast<uint64_t>(l) * static_cast<uint64_t>(base) + carry;
      l = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    out += std::string(9 - part.size(), '0') + part;
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

struct Prefix {
  bool raw = false, bytes = false, f = false, u = false;
  size_t len = 0;
};

Prefix read_prefix(std::string_view tok) {
  Prefix p;
  while (p.len < tok.size() && tok[p.len] != '\'' && tok[p.len] != '"') {
    char c = static_cast<char>(tok[p.len] | 0x20);
    if (c == 'r') p.raw = true;
    if (c == 'b') p.bytes = true;
    if (c == 'f') p.f = true;
    if (c == 'u') p.u = true;
    ++p.len;
  }
  return p;
}

std::string_view string_body(std::string_view tok, size_t prefix_len) {
  std::string_view q = tok.substr(prefix_len);
  size_t n = q.size() >= 6 && q[0] == q[1] && q[1] == q[2] ? 3 : 1;
  return q.substr(n, q.size() - 2 * n);
}

}  // namespace

Expr* Parser::number(const Token& t) {
  std::string s;
  for (char c : text(t))
    if (c != '_') s.push_back(c);
  auto* c = node<Constant>(loc_from(t));
  char last = static_cast<char>(s.back() | 0x20);
  bool radix = s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X' || s[1] == 'o' || s[1] == 'O' ||
                                               s[1] == 'b' || s[1] == 'B');
  if (last == 'j') {
    s.pop_back();
    c->ck = ConstKind::Complex;
    c->f = std::strtod(s.c_str(), nullptr);
    return c;
  }
  if (!radix && s.find_first_of(".eE") != std::string::npos) {
    c->ck = ConstKind::Float;
    c->f = std::strtod(s.c_str(), nullptr);
    return c;
  }
  int base = 10;
  std::string_view digits = s;
  if (radix) {
    char k = static_cast<char>(s[1] | 0x20);
    base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
    digits.remove_prefix(2);
  }
  std::string dec = base == 10 ? std::string(digits) : to_decimal(digits, base);
  size_t nz = dec.find_first_not_of('0');
  dec = nz == std::string::npos ? "0" : dec.substr(nz);
  if (dec.size() < 19 || (dec.size() == 19 && dec <= "9223372036854775807")) {
    c->ck = ConstKind::Int;
    c->i = std::strtoll(dec.c_str(), nullptr, 10);
  } else {
    c->ck = ConstKind::BigInt;
    c->s = a_.str(dec);
  }
  return c;
}

bool Parser::decode_string(const Token& t, std::string_view body, bool raw, bool bytes, std::string& out) {
  for (size_t i = 0; i < body.size();) {
    char c = body[i];
    if (bytes && static_cast<unsigned char>(c) >= 0x80) {
      error_tok(t, "bytes can only contain ASCII literal characters");
      return false;
    }
    if (c != '\\' || raw) {
      out.push_back(c);
      ++i;
      continue;
    }
    if (i + 1 >= body.size()) {
      out.push_back('\\');
      ++i;
      continue;
    }
    char e = body[i + 1];
    i += 2;
    switch (e) {
      case '\n': break;
      case '\\': out.push_back('\\'); break;
      case '\'': out.push_back('\''); break;
      case '"': out.push_back('"'); break;
      case 'a': out.push_back('\a'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'v': out.push_back('\v'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i < body.size() && body[i] >= '0' && body[i] <= '7'; ++k, ++i)
          v = v * 8 + static_cast<uint32_t>(body[i] - '0');
        if (bytes) out.push_back(static_cast<char>(v & 0xFF));
        else utf8_append(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && e != 'x') {
          out.push_back('\\');
          out.push_back(e);
          break;
        }
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        for (; k < n && i < body.size() && hex_value(body[i]) >= 0; ++k, ++i)
          v = v * 16 + static_cast<uint32_t>(hex_value(body[i]));
        if (k < n) {
          if (bytes) {
            error_last_token("(value error) invalid \\x escape at position " + std::to_string(i - k - 2));
          } else {
            const char* what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                                               : "truncated \\UXXXXXXXX escape";
            error_last_token("(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                             std::to_string(i - k - 2) + "-" + std::to_string(i - 1) + ": " + what);
          }
          return false;
        }
        if (v > 0x10FFFF) {
          error_last_token("(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                           std::to_string(i - n - 2) + "-" + std::to_string(i - 1) + ": illegal Unicode character");
          return false;
        }
        if (bytes) out.push_back(static_cast<char>(v));
        else utf8_append(out, v);
        break;
      }
      case 'N':
        if (!bytes) {
          error_tok(t, "\\N{...} escapes in string literals are not supported yet (line " +
                           std::to_string(t.line) + ")", ErrorKind::NotImplemented);
          return false;
        }
        [[fallthrough]];
      default:
        // Unknown escapes keep their backslash (CPython only warns).
        out.push_back('\\');
        out.push_back(e);
        break;
    }
  }
  return true;
}

Expr* Parser::strings() {
  const Token& first = peek();
  bool any_f = false, any_bytes = false, any_str = false;
  int n = 0;
  while (kind(n) == Tok::STRING) {
    Prefix p = read_prefix(text(peek(n)));
    any_f |= p.f;
    (p.bytes ? any_bytes : any_str) = true;
    ++n;
  }
  if (any_bytes && any_str) {
    error_last_token("cannot mix bytes and nonbytes literals");
    return nullptr;
  }
  bool u = text(first)[0] == 'u';  // CPython sets kind='u' for a lowercase u prefix only
  std::string pending;
  std::vector<Expr*> parts;
  for (int k = 0; k < n; ++k) {
    const Token& t = advance();
    std::string_view tok = src_.text().substr(t.start, t.end - t.start);
    Prefix p = read_prefix(tok);
    std::string_view body = string_body(tok, p.len);
    if (p.f) {
      if (!fstring(t, body, p.raw, parts, pending, 0)) return nullptr;
    } else if (!decode_string(t, body, p.raw, p.bytes, pending)) {
      return nullptr;
    }
  }
  Loc loc = loc_from(first);
  if (!any_f) {
    auto* c = node<Constant>(loc);
    c->ck = any_bytes ? ConstKind::Bytes : ConstKind::Str;
    c->s = a_.str(pending);
    c->u_prefix = u;
    return c;
  }
  if (!pending.empty()) {
    auto* c = node<Constant>(loc);
    c->ck = ConstKind::Str;
    c->s = a_.str(pending);
    parts.push_back(c);
  }
  // CPython 3.11 gives every part (and every part of a format spec) the whole literal's span.
  // (Parts of a format spec end where the spec's own string token ends.)
  auto place = [&](auto& self, const std::vector<Expr*>& ps, Loc where) -> void {
    for (Expr* p : ps) {
      p->loc = where;
      if (auto* fv = as<FormattedValue>(p); fv && fv->format_spec) {
        auto* spec = static_cast<JoinedStr*>(fv->format_spec);
        Loc inner{loc.lineno, loc.col_offset, spec->loc.end_lineno, spec->loc.end_col_offset};
        self(self, std::vector<Expr*>(spec->values.begin(), spec->values.end()), inner);
      }
    }
  };
  place(place, parts, loc);
  auto* j = node<JoinedStr>(loc);
  j->values = seq(parts);
  return j;
}

// Parses the f-string `body` (between the quotes), appending literal text to `pending` and
// FormattedValue nodes to `parts`. At depth > 0 this is a format spec, ended by '}'.
bool Parser::fstring(const Token& t, std::string_view body, bool raw, std::vector<Expr*>& parts,
                     std::string& pending, int depth) {
  auto flush = [&]() {
    if (pending.empty()) return;
    auto* c = node<Constant>(Loc{t.line, t.col, t.end_line, t.end_col});
    c->ck = ConstKind::Str;
    c->s = a_.str(pending);
    parts.push_back(c);
    pending.clear();
  };
  std::string lit;  // undecoded literal run
  auto decode_lit = [&]() {
    if (lit.empty()) return true;
    bool ok = decode_string(t, lit, raw, false, pending);
    lit.clear();
    return ok;
  };
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c == '\\' && !raw && i + 1 < body.size()) {
      if (body[i + 1] == 'N' && i + 2 < body.size() && body[i + 2] == '{') {
        size_t close = body.find('}', i);
        lit.append(body.substr(i, close == std::string_view::npos ? body.size() - i : close + 1 - i));
        i = close == std::string_view::npos ? body.size() : close + 1;
        continue;
      }
      lit.append(body.substr(i, 2));
      i += 2;
      continue;
    }
    if (c == '{' && depth == 0 && i + 1 < body.size() && body[i + 1] == '{') {
      lit.push_back('{');
      i += 2;
      continue;
    }
    if (c == '}' && depth == 0) {
      if (i + 1 < body.size() && body[i + 1] == '}') {
        lit.push_back('}');
        i += 2;
        continue;
      }
      error_last_token("f-string: single '}' is not allowed");
      return false;
    }
    if (c != '{') {
      lit.push_back(c);
      ++i;
      continue;
    }
    // A replacement field: find the end of the expression.
    if (depth >= 2) {
      error_last_token("f-string: expressions nested too deeply");
      return false;
    }
    size_t start = ++i;
    int nest = 0;
    char quote = 0;
    for (; i < body.size(); ++i) {
      char d = body[i];
      if (quote) {
        if (d == quote) quote = 0;
        continue;
      }
      if (d == '\\') {
        error_last_token("f-string expression part cannot include a backslash");
        return false;
      }
      if (d == '\'' || d == '"') { quote = d; continue; }
      if (d == '#') {
        error_last_token("f-string expression part cannot include '#'");
        return false;
      }
      if (d == '(' || d == '[' || d == '{') { ++nest; continue; }
      if ((d == ')' || d == ']' || d == '}') && nest > 0) { --nest; continue; }
      if (nest > 0) continue;
      if (d == '}' || d == ':') break;
      if (d == '!' && !(i + 1 < body.size() && body[i + 1] == '=')) break;
      if (d == '=' && !(i + 1 < body.size() && body[i + 1] == '=')) {
        char p = i > start ? body[i - 1] : 0;
        if (p != '=' && p != '!' && p != '<' && p != '>') break;
      }
      if ((d == '=' || d == '!' || d == '<' || d == '>') && i + 1 < body.size() && body[i + 1] == '=') ++i;
    }
    if (i >= body.size()) {
      error_last_token(quote ? "f-string: unterminated string" : "f-string: expecting '}'");
      return false;
    }
    std::string_view expr_text = body.substr(start, i - start);
    if (expr_text.find_first_not_of(" \t\n\f") == std::string_view::npos) {
      error_last_token(body[i] == '!' ? "f-string: expression required before '!'"
                                      : "f-string: empty expression not allowed");
      return false;
    }
    Expr* value = fstring_field_expr(t, expr_text);
    if (!value) return false;
    int conversion = -1;
    bool self_doc = false;
    if (body[i] == '=') {
      self_doc = true;
      ++i;
      while (i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n')) ++i;
      lit.append(body.substr(start, i - start));
    }
    if (!decode_lit()) return false;
    if (i < body.size() && body[i] == '!') {
      ++i;
      char conv = i < body.size() ? body[i] : 0;
      if (conv != 's' && conv != 'r' && conv != 'a') {
        error_last_token("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        return false;
      }
      conversion = conv;
      ++i;
    }
    Expr* spec = nullptr;
    if (i < body.size() && body[i] == ':') {
      ++i;
      // The spec runs to the matching '}' (it may contain nested fields).
      size_t spec_start = i;
      int level = 0;
      for (; i < body.size(); ++i) {
        if (body[i] == '{') ++level;
        else if (body[i] == '}') {
          if (level == 0) break;
          --level;
        }
      }
      std::vector<Expr*> spec_parts;
      std::string spec_pending;
      if (!fstring(t, body.substr(spec_start, i - spec_start), raw, spec_parts, spec_pending, depth + 1))
        return false;
      if (!spec_pending.empty()) {
        auto* sc = node<Constant>(Loc{t.line, t.col, t.end_line, t.end_col});
        sc->ck = ConstKind::Str;
        sc->s = a_.str(spec_pending);
        spec_parts.push_back(sc);
      }
      auto* js = node<JoinedStr>(Loc{t.line, t.col, t.end_line, t.end_col});
      js->values = seq(spec_parts);
      spec = js;
    }
    if (i >= body.size() || body[i] != '}') {
      error_last_token("f-string: expecting '}'");
      return false;
    }
    ++i;
    if (self_doc && conversion == -1 && !spec) conversion = 'r';
    flush();
    auto* fv = node<FormattedValue>(Loc{t.line, t.col, t.end_line, t.end_col});
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    parts.push_back(fv);
  }
  if (!decode_lit()) return false;
  if (depth > 0) flush();
  return true;
}

Expr* Parser::fstring_field_expr(const Token& t, std::string_view expr_text) {
  // Parse "(expr)" as CPython 3.11 does, with token positions moved to where the expression
  // sits in the file so the nodes carry real line numbers.
  // Position of the expression text: walk from the string token (relative to this parser's
  // source), then convert to file coordinates (this parser may itself be an f-string field's).
  size_t offset = static_cast<size_t>(expr_text.data() - src_.text().data());
  int rel_line = t.line - fstring_line_shift_;
  int col = rel_line == 1 && in_fstring_ ? t.col - fstring_col_shift_ : t.col;
  for (size_t k = t.start; k < offset; ++k) {
    if (src_.text()[k] == '\n') {
      ++rel_line;
      col = 0;
    } else {
      ++col;
    }
  }
  int line = rel_line + fstring_line_shift_;
  if (rel_line == 1 && in_fstring_) col += fstring_col_shift_;
  Source sub("<fstring>", "(" + std::string(expr_text) + ")");
  LexResult lex = tokenize(sub);
  for (Token& tk : lex.tokens) {
    if (tk.line == 1) tk.col += col - 1;
    if (tk.end_line == 1) tk.end_col += col - 1;
    tk.line += line - 1;
    tk.end_line += line - 1;
  }
  Parser p(sub, a_, lex);
  p.copy_text_ = true;
  p.in_fstring_ = true;
  p.fstring_line_shift_ = line - 1;
  p.fstring_col_shift_ = col - 1;
  p.paren_level_ = 0;
  p.depth_ = depth_;
  Expr* e = p.parse_fstring_expr();
  if (!e) {
    p.apply_tokenizer_priority();
    err_ = p.err_;
    if (!err_) error_last_token("f-string: invalid syntax");
    return nullptr;
  }
  return e;
}

}  // namespace py
