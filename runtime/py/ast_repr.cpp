// repr() of str/bytes/float/complex constants, matching CPython 3.11 byte for byte.
#include "py/ast_repr.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "py/source.hpp"

namespace py {

namespace {
void hex_escape(std::string& out, char kind, uint32_t v, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\%c%0*x", kind, width, v);
  out += buf;
}

char pick_quote(std::string_view s) {
  bool single = s.find('\'') != std::string_view::npos;
  bool dbl = s.find('"') != std::string_view::npos;
  return single && !dbl ? '"' : '\'';
}
}  // namespace

std::string repr_str(std::string_view s) {
  char q = pick_quote(s);
  std::string out(1, q);
  for (size_t i = 0; i < s.size();) {
    int32_t cp = utf8_decode(s, i);
    if (cp < 0) cp = 0xFFFD;
    auto c = static_cast<uint32_t>(cp);
    if (c == static_cast<uint32_t>(q) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      hex_escape(out, 'x', c, 2);
    } else if (c < 0x7F) {
      out.push_back(static_cast<char>(c));
    } else if (is_printable(c)) {
      utf8_append(out, c);
    } else if (c <= 0xFF) {
      hex_escape(out, 'x', c, 2);
    } else if (c <= 0xFFFF) {
      hex_escape(out, 'u', c, 4);
    } else {
      hex_escape(out, 'U', c, 8);
    }
  }
  out.push_back(q);
  return out;
}

std::string repr_bytes(std::string_view s) {
  char q = pick_quote(s);
  std::string out = "b";
  out.push_back(q);
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(q) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      hex_escape(out, 'x', c, 2);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  out.push_back(q);
  return out;
}

// Shortest round trip: try 1..17 significant digits (portable: libc++ 14 lacks floating to_chars).
void shortest_digits(double v, std::string& digits, int& decpt) {
  char buf[64];
  for (int prec = 1; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
    if (std::strtod(buf, nullptr) == v || prec == 17) break;
  }
  // buf is "d.ddde[+-]XX"
  digits.clear();
  const char* p = buf;
  for (; *p && *p != 'e'; ++p)
    if (*p >= '0' && *p <= '9') digits.push_back(*p);
  int exp = *p == 'e' ? std::atoi(p + 1) : 0;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  decpt = exp + 1;
}

namespace {
std::string format_repr(double v, bool add_dot_zero) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  std::string out;
  if (std::signbit(v)) {
    out.push_back('-');
    v = -v;
  }
  if (v == 0) return out + (add_dot_zero ? "0.0" : "0");
  std::string d;
  int decpt;
  shortest_digits(v, d, decpt);
  int n = static_cast<int>(d.size());
  if (decpt <= -4 || decpt > 16) {
    out += d[0];
    if (n > 1) out += "." + d.substr(1);
    int e = decpt - 1;
    char buf[16];
    std::snprintf(buf, sizeof buf, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    out += buf;
  } else if (decpt <= 0) {
    out += "0." + std::string(static_cast<size_t>(-decpt), '0') + d;
  } else if (decpt >= n) {
    out += d + std::string(static_cast<size_t>(decpt - n), '0');
    if (add_dot_zero) out += ".0";
  } else {
    out += d.substr(0, static_cast<size_t>(decpt)) + "." + d.substr(static_cast<size_t>(decpt));
  }
  return out;
}
}  // namespace

std::string repr_float(double v) { return format_repr(v, true); }

std::string repr_imag(double imag) { return format_repr(imag, false) + "j"; }

}  // namespace py
