// format() and `%` share one layout step: sign, prefix, grouped digits, the rest (fraction,
// exponent, '%'), padded to a width in code points.
#include "py/format_spec.hpp"

#include <algorithm>
#include <cmath>

#include "py/float_repr.hpp"
#include "py/source.hpp"

namespace py {

namespace {

std::vector<uint32_t> code_points(std::string_view s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size();) {
    int32_t cp = utf8_decode(s, i);
    out.push_back(cp < 0 ? 0xFFFD : static_cast<uint32_t>(cp));
  }
  return out;
}

std::string utf8(uint32_t cp) {
  std::string s;
  utf8_append(s, cp);
  return s;
}

size_t width_of(std::string_view s) { return static_cast<size_t>(utf8_length(s)); }

std::string repeat(const std::string& fill, int64_t n) {
  std::string out;
  for (int64_t i = 0; i < n; ++i) out += fill;
  return out;
}

// How CPython shows a presentation type in messages: the character, or \x.. otherwise.
std::string type_text(uint32_t type) {
  if (type > 32 && type < 128) return std::string(1, static_cast<char>(type));
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(type));
  return buf;
}

NumError unknown_code(uint32_t type, std::string_view type_name) {
  return {"ValueError", "Unknown format code '" + type_text(type) + "' for object of type '" +
                            std::string(type_name) + "'"};
}

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

// Reads decimal digits at pos; -1 when there are none.
NumResult<int64_t> read_count(const std::vector<uint32_t>& cps, size_t& pos) {
  int64_t value = -1;
  while (pos < cps.size() && cps[pos] >= '0' && cps[pos] <= '9') {
    int64_t digit = cps[pos] - '0';
    if (value < 0) value = 0;
    if (value > (INT64_MAX - digit) / 10) return NumError{"ValueError", "Too many decimal digits in format string"};
    value = value * 10 + digit;
    ++pos;
  }
  return value;
}

NumResult<FormatSpec> parse_spec(std::string_view spec, std::string_view type_name, char default_align,
                                 uint32_t default_type) {
  std::vector<uint32_t> cps = code_points(spec);
  FormatSpec f;
  size_t pos = 0;
  size_t n = cps.size();
  bool fill_given = false, align_given = false;
  if (n >= 2 && is_align(cps[1])) {
    f.fill = utf8(cps[0]);
    f.align = static_cast<char>(cps[1]);
    fill_given = align_given = true;
    pos = 2;
  } else if (n >= 1 && is_align(cps[0])) {
    f.align = static_cast<char>(cps[0]);
    align_given = true;
    pos = 1;
  }
  if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) f.sign = static_cast<char>(cps[pos++]);
  if (pos < n && cps[pos] == 'z') f.no_neg_zero = true, ++pos;
  if (pos < n && cps[pos] == '#') f.alternate = true, ++pos;
  // '0' before the width means zero padding, unless a fill was given explicitly.
  if (pos < n && cps[pos] == '0' && !fill_given) {
    f.fill = "0";
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  auto width = read_count(cps, pos);
  if (!width) return width.error();
  f.width = *width;
  const NumError both{"ValueError", "Cannot specify both ',' and '_'."};
  if (pos < n && cps[pos] == ',') f.grouping = ',', ++pos;
  if (pos < n && cps[pos] == '_') {
    if (f.grouping) return both;
    f.grouping = '_';
    ++pos;
  }
  if (pos < n && cps[pos] == ',' && f.grouping == '_') return both;
  if (pos < n && cps[pos] == '.') {
    ++pos;
    auto precision = read_count(cps, pos);
    if (!precision) return precision.error();
    if (*precision < 0) return NumError{"ValueError", "Format specifier missing precision"};
    f.precision = *precision;
  }
  if (n - pos > 1) {
    return NumError{"ValueError", "Invalid format specifier '" + std::string(spec) + "' for object of type '" +
                                      std::string(type_name) + "'"};
  }
  f.type = pos < n ? cps[pos] : default_type;
  if (f.grouping) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        return NumError{"ValueError", std::string("Cannot specify '") + f.grouping + "' with '" + type_text(f.type) + "'."};
    }
  }
  return f;
}

// Groups digits from the right with `sep` every `size`; while the result is shorter than
// min_width, pads with zeros (grouped too), as CPython does for '0=' padding.
std::string group_digits(std::string_view digits, size_t size, char sep, int64_t min_width) {
  std::string out;  // built backwards
  int64_t remaining = static_cast<int64_t>(digits.size());
  int64_t width_left = min_width;
  size_t next = digits.size();
  for (bool first = true;; first = false) {
    int64_t len = std::min<int64_t>(static_cast<int64_t>(size), std::max<int64_t>({remaining, width_left, 1}));
    int64_t chars = std::min(remaining, len);
    if (!first) out += sep;
    for (int64_t i = 0; i < chars; ++i) out += digits[--next];
    out.append(static_cast<size_t>(len - chars), '0');
    remaining -= chars;
    width_left -= len;
    if (remaining <= 0 && width_left <= 0) break;
    width_left -= 1;  // the separator
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// Lays out [sign][prefix][digits][rest] in the spec's width; digits are grouped per spec.
std::string fill_number(const FormatSpec& f, std::string_view sign, std::string_view prefix, std::string_view digits,
                        std::string_view rest, size_t group_size) {
  char align = f.align ? f.align : '>';
  int64_t fixed = static_cast<int64_t>(sign.size() + prefix.size() + width_of(rest));
  std::string body(digits);
  if (f.grouping && !digits.empty()) {
    // Zero padding joins the grouping ("00,001,234"); other fills stay outside it.
    bool zero_pad = align == '=' && f.fill == "0";
    int64_t min_width = zero_pad ? std::max<int64_t>(0, f.width - fixed) : 0;
    body = group_digits(digits, group_size, f.grouping, min_width);
  }
  int64_t pad = std::max<int64_t>(0, f.width - fixed - static_cast<int64_t>(width_of(body)));
  int64_t left = 0, inner = 0, right = 0;
  switch (align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': inner = pad; break;
    default: left = pad; break;
  }
  std::string out = repeat(f.fill, left);
  out += sign;
  out += prefix;
  out += repeat(f.fill, inner);
  out += body;
  out += rest;
  out += repeat(f.fill, right);
  return out;
}

std::string sign_text(bool negative, char sign) {
  if (negative) return "-";
  if (sign == '+') return "+";
  if (sign == ' ') return " ";
  return "";
}

// True if a formatted number shows only zero digits ("-0.00", "-0e+00").
bool shows_zero(std::string_view body) {
  for (char c : body) {
    if (c == 'e' || c == 'E' || c == '%') break;
    if (c != '0' && c != '.' && c != '-') return false;
  }
  return true;
}

NumResult<std::string> format_float_spec(double x, const FormatSpec& f, std::string_view type_name) {
  char type = static_cast<char>(f.type);
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      return unknown_code(f.type, type_name);
  }
  int64_t precision = f.precision;
  bool add_dot_0 = false, percent = false;
  if (type == 0) {  // like repr, or like 'g' when a precision is given, always with a '.'
    add_dot_0 = true;
    type = precision < 0 ? 'r' : 'g';
  }
  if (type == 'n') type = 'g';
  if (type == '%') {
    x *= 100;
    type = 'f';
    percent = true;
  }
  if (precision < 0) precision = 6;
  if (precision > 0x7fffffff) return NumError{"ValueError", "precision too big"};
  std::string body = format_double(x, type, static_cast<int>(precision), f.alternate, add_dot_0);
  if (percent) body += '%';
  bool negative = !body.empty() && body[0] == '-';
  if (negative) body.erase(0, 1);
  if (negative && f.no_neg_zero && shows_zero(body)) negative = false;
  size_t digits = 0;
  while (digits < body.size() && body[digits] >= '0' && body[digits] <= '9') ++digits;
  std::string_view all(body);
  return fill_number(f, sign_text(negative, f.sign), "", all.substr(0, digits), all.substr(digits), 3);
}

}  // namespace

NumResult<FormatSpec> parse_format_spec(std::string_view spec, std::string_view type_name, char default_align,
                                        uint32_t default_type) {
  return parse_spec(spec, type_name, default_align, default_type);
}

NumResult<std::string> format_int(const BigInt& value, std::string_view spec, std::string_view type_name) {
  auto parsed = parse_spec(spec, type_name, '>', 'd');
  if (!parsed) return parsed.error();
  const FormatSpec& f = *parsed;
  int base = 10;
  switch (f.type) {
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'c': case 'd': case 'n': break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      auto d = value.to_double();
      if (!d) return d.error();
      return format_float_spec(*d, f, type_name);
    }
    default:
      return unknown_code(f.type, type_name);
  }
  if (f.precision >= 0) return NumError{"ValueError", "Precision not allowed in integer format specifier"};
  if (f.no_neg_zero) return NumError{"ValueError", "Negative zero coercion (z) not allowed in integer format specifier"};
  if (f.type == 'c') {
    if (f.sign) return NumError{"ValueError", "Sign not allowed with integer format specifier 'c'"};
    if (f.alternate) return NumError{"ValueError", "Alternate form (#) not allowed with integer format specifier 'c'"};
    auto v = value.to_int64();
    if (!v) return NumError{"OverflowError", "Python int too large to convert to C long"};
    if (*v < 0 || *v > 0x10FFFF) return NumError{"OverflowError", "%c arg not in range(0x110000)"};
    return fill_number(f, "", "", "", utf8(static_cast<uint32_t>(*v)), 0);
  }
  std::string digits;
  BigInt magnitude = value.abs();
  if (base == 10) {
    auto s = magnitude.to_string();
    if (!s) return s.error();
    digits = std::move(*s);
  } else {
    digits = magnitude.to_base(base, f.type == 'X');
  }
  std::string prefix;
  if (f.alternate && base != 10) prefix = base == 2 ? "0b" : base == 8 ? "0o" : f.type == 'X' ? "0X" : "0x";
  return fill_number(f, sign_text(value.is_negative(), f.sign), prefix, digits, "", base == 10 ? 3 : 4);
}

NumResult<std::string> format_float(double value, std::string_view spec, std::string_view type_name) {
  auto parsed = parse_spec(spec, type_name, '>', 0);
  if (!parsed) return parsed.error();
  return format_float_spec(value, *parsed, type_name);
}

NumResult<std::string> format_str(std::string_view value, std::string_view spec, std::string_view type_name) {
  auto parsed = parse_spec(spec, type_name, '<', 's');
  if (!parsed) return parsed.error();
  const FormatSpec& f = *parsed;
  if (f.type != 's') return unknown_code(f.type, type_name);
  if (f.sign == ' ') return NumError{"ValueError", "Space not allowed in string format specifier"};
  if (f.sign) return NumError{"ValueError", "Sign not allowed in string format specifier"};
  if (f.no_neg_zero) return NumError{"ValueError", "Negative zero coercion (z) not allowed in string format specifier"};
  if (f.alternate) return NumError{"ValueError", "Alternate form (#) not allowed in string format specifier"};
  if (f.align == '=') return NumError{"ValueError", "'=' alignment not allowed in string format specifier"};
  std::string_view text = value;
  if (f.precision >= 0) {
    size_t i = 0;
    for (int64_t k = 0; k < f.precision && i < text.size(); ++k) utf8_decode(text, i);
    text = text.substr(0, i);
  }
  FormatSpec g = f;
  if (!g.align) g.align = '<';
  return fill_number(g, "", "", "", text, 0);
}

// ---------------------------------------------------------------- printf-style

namespace {

bool is_conversion(uint32_t c) {
  switch (c) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'e': case 'E': case 'f': case 'F':
    case 'g': case 'G': case 'c': case 's': case 'r': case 'a':
      return true;
    default:
      return false;
  }
}

// ascii(): repr with non-ASCII characters escaped.
std::string ascii_escape(std::string_view text) {
  std::string out;
  for (uint32_t cp : code_points(text)) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
      continue;
    }
    char buf[16];
    if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(cp));
    else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(cp));
    else std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
    out += buf;
  }
  return out;
}

// Pads a conversion's text: zeros go after the sign and prefix (numbers only).
std::string pad_percent(const PercentSpec& s, std::string_view sign_prefix, std::string_view body, bool numeric) {
  int64_t len = static_cast<int64_t>(width_of(sign_prefix) + width_of(body));
  int64_t pad = std::max<int64_t>(0, s.width - len);
  std::string out;
  if (s.left) {
    out = std::string(sign_prefix) + std::string(body) + std::string(static_cast<size_t>(pad), ' ');
  } else if (s.zero && numeric) {
    out = std::string(sign_prefix) + std::string(static_cast<size_t>(pad), '0') + std::string(body);
  } else {
    out = std::string(static_cast<size_t>(pad), ' ') + std::string(sign_prefix) + std::string(body);
  }
  return out;
}

struct PercentParser {
  std::vector<uint32_t> cps;
  size_t pos = 0;

  // The next piece: literal text up to a '%', or one conversion.
  NumResult<PercentPiece> next() {
    PercentPiece piece;
    if (cps[pos] != '%') {
      while (pos < cps.size() && cps[pos] != '%') utf8_append(piece.literal, cps[pos++]);
      return piece;
    }
    ++pos;
    const NumError incomplete{"ValueError", "incomplete format"};
    if (pos >= cps.size()) return incomplete;
    if (cps[pos] == '%') {
      ++pos;
      piece.literal = "%";
      return piece;
    }
    PercentSpec& s = piece.spec;
    piece.is_conversion = true;
    if (cps[pos] == '(') {
      int depth = 1;
      size_t start = ++pos;
      while (pos < cps.size() && depth > 0) {
        if (cps[pos] == '(') ++depth;
        if (cps[pos] == ')') --depth;
        ++pos;
      }
      if (depth > 0) return NumError{"ValueError", "incomplete format key"};
      s.has_key = true;
      for (size_t k = start; k + 1 < pos; ++k) utf8_append(s.key, cps[k]);
    }
    for (; pos < cps.size(); ++pos) {
      uint32_t c = cps[pos];
      if (c == '-') s.left = true;
      else if (c == '+') s.plus = true;
      else if (c == ' ') s.space = true;
      else if (c == '#') s.alternate = true;
      else if (c == '0') s.zero = true;
      else break;
    }
    if (pos < cps.size() && cps[pos] == '*') {
      s.width_star = true;
      ++pos;
    } else {
      auto w = read_count(cps, pos);
      if (!w) return NumError{"ValueError", "width too big"};
      s.width = *w;
    }
    if (pos < cps.size() && cps[pos] == '.') {
      ++pos;
      if (pos < cps.size() && cps[pos] == '*') {
        s.precision_star = true;
        ++pos;
      } else {
        auto p = read_count(cps, pos);
        if (!p) return NumError{"ValueError", "precision too big"};
        s.precision = *p < 0 ? 0 : *p;
      }
    }
    while (pos < cps.size() && (cps[pos] == 'h' || cps[pos] == 'l' || cps[pos] == 'L')) ++pos;  // C length modifiers
    if (pos >= cps.size()) return incomplete;
    uint32_t c = cps[pos];
    if (!is_conversion(c)) {
      char buf[96];
      std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu",
                    (c >= 32 && c < 127) ? static_cast<char>(c) : '?', static_cast<unsigned>(c), pos);
      return NumError{"ValueError", buf};
    }
    s.conversion = c;
    ++pos;
    return piece;
  }
};

}  // namespace

NumResult<std::vector<PercentPiece>> parse_percent_format(std::string_view format) {
  PercentParser p{code_points(format)};
  std::vector<PercentPiece> pieces;
  while (p.pos < p.cps.size()) {
    auto piece = p.next();
    if (!piece) return piece.error();
    pieces.push_back(std::move(*piece));
  }
  return pieces;
}

std::string percent_int(const BigInt& value, const PercentSpec& s) {
  int base = s.conversion == 'o' ? 8 : (s.conversion == 'x' || s.conversion == 'X') ? 16 : 10;
  std::string digits = base == 10 ? *value.abs().to_string(0) : value.abs().to_base(base, s.conversion == 'X');
  if (s.precision > static_cast<int64_t>(digits.size())) digits.insert(0, static_cast<size_t>(s.precision) - digits.size(), '0');
  std::string head = value.is_negative() ? "-" : s.plus ? "+" : s.space ? " " : "";
  if (s.alternate && base == 8) head += "0o";
  if (s.alternate && base == 16) head += s.conversion == 'X' ? "0X" : "0x";
  return pad_percent(s, head, digits, true);
}

std::string percent_float(double value, const PercentSpec& s) {
  int precision = s.precision < 0 ? 6 : static_cast<int>(std::min<int64_t>(s.precision, 0x7fffffff));
  std::string body = format_double(value, static_cast<char>(s.conversion), precision, s.alternate, false);
  std::string head;
  if (!body.empty() && body[0] == '-') {
    head = "-";
    body.erase(0, 1);
  } else if (s.plus) {
    head = "+";
  } else if (s.space) {
    head = " ";
  }
  return pad_percent(s, head, body, true);
}

std::string percent_text(std::string_view text, const PercentSpec& s) {
  if (s.precision >= 0) {
    size_t i = 0;
    for (int64_t k = 0; k < s.precision && i < text.size(); ++k) utf8_decode(text, i);
    text = text.substr(0, i);
  }
  return pad_percent(s, "", text, false);
}

NumResult<std::string> percent_format(std::string_view format, const std::vector<PercentArg>& args) {
  PercentParser p{code_points(format)};
  std::string out;
  size_t next_arg = 0;
  const NumError not_enough{"TypeError", "not enough arguments for format string"};
  while (p.pos < p.cps.size()) {
    auto piece = p.next();
    if (!piece) return piece.error();
    if (!piece->is_conversion) {
      out += piece->literal;
      continue;
    }
    PercentSpec s = piece->spec;
    if (s.has_key) return NumError{"TypeError", "format requires a mapping"};
    for (int star = 0; star < 2; ++star) {
      if (!(star == 0 ? s.width_star : s.precision_star)) continue;
      if (next_arg >= args.size()) return not_enough;
      const PercentArg& a = args[next_arg++];
      if (a.kind != PercentArg::Int) return NumError{"TypeError", "* wants int"};
      auto v = a.int_value.to_int64();
      if (!v) return NumError{"OverflowError", "Python int too large to convert to C ssize_t"};
      if (star == 0) {
        s.width = *v < 0 ? -*v : *v;
        if (*v < 0) s.left = true;  // a negative '*' width left-aligns, as in C
      } else {
        s.precision = *v < 0 ? 0 : *v;
      }
    }
    if (next_arg >= args.size()) return not_enough;
    const PercentArg& a = args[next_arg++];
    char conv = static_cast<char>(s.conversion);
    switch (conv) {
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
        BigInt v;
        if (a.kind == PercentArg::Int) {
          v = a.int_value;
        } else if (a.kind == PercentArg::Float && (conv == 'd' || conv == 'i' || conv == 'u')) {
          auto r = BigInt::from_double(a.float_value);
          if (!r) return r.error();
          v = std::move(*r);
        } else {
          bool real = conv == 'd' || conv == 'i' || conv == 'u';
          return NumError{"TypeError", std::string("%") + conv + " format: " +
                                           (real ? "a real number" : "an integer") + " is required, not " +
                                           a.type_name};
        }
        if ((conv == 'd' || conv == 'i' || conv == 'u') && !v.fits_int64()) {  // the 4300-digit limit
          auto str = v.to_string();
          if (!str) return str.error();
        }
        out += percent_int(v, s);
        break;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d = 0;
        if (a.kind == PercentArg::Float) {
          d = a.float_value;
        } else if (a.kind == PercentArg::Int) {
          auto r = a.int_value.to_double();
          if (!r) return r.error();
          d = *r;
        } else {
          return NumError{"TypeError", "must be real number, not " + a.type_name};
        }
        out += percent_float(d, s);
        break;
      }
      case 'c': {
        std::string ch;
        if (a.kind == PercentArg::Int) {
          auto v = a.int_value.to_int64();
          if (!v || *v < 0 || *v > 0x10FFFF) return NumError{"OverflowError", "%c arg not in range(0x110000)"};
          ch = utf8(static_cast<uint32_t>(*v));
        } else if (a.kind == PercentArg::Str && utf8_length(a.text) == 1) {
          ch = a.text;
        } else {
          return NumError{"TypeError", "%c requires int or char"};
        }
        s.precision = -1;  // %c ignores a precision
        out += percent_text(ch, s);
        break;
      }
      default: {  // s r a
        std::string text;
        if (conv == 's') {
          if (a.kind == PercentArg::Int) {
            auto str = a.int_value.to_string();
            if (!str) return str.error();
            text = *str;
          } else {
            text = a.kind == PercentArg::Float ? float_repr(a.float_value) : a.text;
          }
        } else {
          if (a.kind == PercentArg::Int) {
            auto str = a.int_value.to_string();
            if (!str) return str.error();
            text = *str;
          } else if (a.kind == PercentArg::Float) {
            text = float_repr(a.float_value);
          } else if (a.kind == PercentArg::Str) {
            text = repr_for_message(a.text);
          } else {
            text = a.repr;
          }
          if (conv == 'a') text = ascii_escape(text);
        }
        out += percent_text(text, s);
        break;
      }
    }
  }
  if (next_arg < args.size()) return NumError{"TypeError", "not all arguments converted during string formatting"};
  return out;
}

}  // namespace py
