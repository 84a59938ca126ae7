// Formatting of syntax errors the way CPython 3.11's top-level error printer does.
#include "py/syntax_error.hpp"

#include "py/source.hpp"

namespace py {

const char* SyntaxError::type_name() const {
  switch (kind) {
    case ErrorKind::SyntaxError: return "SyntaxError";
    case ErrorKind::IndentationError: return "IndentationError";
    case ErrorKind::TabError: return "TabError";
    case ErrorKind::NotImplemented: return "NotImplementedError";
    case ErrorKind::RecursionError: return "RecursionError";
  }
  return "SyntaxError";
}

namespace {
// Byte index of the n-th (0-based) code point of s, clamped to s.size().
size_t byte_of_char(std::string_view s, int n) {
  size_t i = 0;
  for (int k = 0; k < n && i < s.size(); ++k) utf8_decode(s, i);
  return i;
}
}  // namespace

std::string SyntaxError::format(std::string_view filename) const {
  std::string out;
  if (kind == ErrorKind::NotImplemented || kind == ErrorKind::RecursionError) {
    // Not a syntax error: one line, as CPython prints a compile-time RecursionError (the
    // NotImplementedError message names the line itself).
    return std::string(type_name()) + ": " + message + "\n";
  }
  out += "  File \"";
  out += filename;
  out += "\", line " + std::to_string(line) + "\n";
  if (!text.empty() || column > 0) {
    std::string_view t = text;
    // CPython's printer counts parser-error carets in UTF-8 bytes of the line.
    long start = column > 0 ? static_cast<long>(from_tokenizer ? column - 1 : byte_of_char(t, column - 1)) : -1;
    long end = end_column > 0 ? static_cast<long>(from_tokenizer ? end_column - 1 : byte_of_char(t, end_column - 1)) : 0;
    size_t strip = 0;
    while (strip < t.size() && (t[strip] == ' ' || t[strip] == '\t' || t[strip] == '\f')) ++strip;
    t.remove_prefix(strip);
    start -= static_cast<long>(strip);
    end -= static_cast<long>(strip);
    if (start > static_cast<long>(t.size())) start = static_cast<long>(t.size());
    out += "    ";
    out += t;
    out += "\n";
    if (start >= 0 && column > 0) {
      long carets = 1;
      if (kind == ErrorKind::SyntaxError && end_line == line && end > start) carets = end - start;
      out += "    " + std::string(static_cast<size_t>(start), ' ') + std::string(carets, '^') + "\n";
    }
  }
  out += std::string(type_name()) + ": " + message + "\n";
  return out;
}

SyntaxError make_error(const Source& source, ErrorKind kind, std::string message, int line,
                       int byte_col, int end_line, int end_byte_col) {
  SyntaxError e;
  e.kind = kind;
  e.message = std::move(message);
  e.line = line;
  e.end_line = end_line;
  std::string_view text = source.line(line);
  e.text = std::string(text);
  auto chars = [&](std::string_view t, int b) {
    if (b < 0) return -1;
    if (static_cast<size_t>(b) > t.size()) return utf8_length(t) + (b - static_cast<int>(t.size()));
    return utf8_length(t.substr(0, static_cast<size_t>(b)));
  };
  e.column = chars(text, byte_col) + 1;
  e.end_column = end_line > 0 ? chars(source.line(end_line), end_byte_col) + 1 : 0;
  return e;
}

}  // namespace py
