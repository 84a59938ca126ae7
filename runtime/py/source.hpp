// Source text of one Python file: normalised newlines, line access, UTF-8 helpers.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace py {

class Source {
 public:
  // Normalises "\r\n" and "\r" to "\n" (as CPython's text-mode read does) and drops a UTF-8 BOM.
  Source(std::string name, std::string_view text);

  const std::string& name() const { return name_; }
  std::string_view text() const { return text_; }
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // 1-based line, without its trailing newline; empty for out-of-range lines.
  std::string_view line(int lineno) const;
  size_t line_start(int lineno) const;

 private:
  std::string name_;
  std::string text_;
  std::vector<uint32_t> line_starts_;
};

// Decodes the code point at s[i] and advances i; returns -1 (and advances one byte) if invalid.
int32_t utf8_decode(std::string_view s, size_t& i);
void utf8_append(std::string& out, uint32_t cp);
// Number of code points in s (invalid bytes count as one each).
int utf8_length(std::string_view s);
// Python's str.isprintable() for one code point (Unicode table approximated by ranges).
bool is_printable(uint32_t cp);
// Identifier characters: ASCII per Python, every non-ASCII letter-ish code point accepted.
bool is_id_start(uint32_t cp);
bool is_id_continue(uint32_t cp);

}  // namespace py
