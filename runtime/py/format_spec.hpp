// Python's format-spec mini-language (format(x, spec), f"{x:spec}", str.format) and
// printf-style `%` formatting, for int, float and str, with CPython 3.11's error messages.
// Strings are UTF-8; widths and precisions count code points, as Python's do.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "py/bigint.hpp"

namespace py {

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct FormatSpec {
  std::string fill = " ";  // one code point
  char align = 0;          // '<' '>' '^' '=' or 0 (the type's default)
  char sign = 0;           // '+' '-' ' ' or 0
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  int64_t width = -1;
  char grouping = 0;  // ',' '_' or 0
  int64_t precision = -1;
  uint32_t type = 0;  // a code point; 0 when absent
};

// Parses a spec. type_name ("int", "float", "str", a subclass name) only shapes messages;
// default_align is '>' for numbers and '<' for strings (it decides what '0' means);
// default_type is what an absent type means ('d' for int, 's' for str, 0 for float) and
// matters for the grouping checks ("Cannot specify ',' with 's'.").
NumResult<FormatSpec> parse_format_spec(std::string_view spec, std::string_view type_name, char default_align,
                                        uint32_t default_type = 0);

NumResult<std::string> format_int(const BigInt& value, std::string_view spec, std::string_view type_name = "int");
NumResult<std::string> format_float(double value, std::string_view spec, std::string_view type_name = "float");
NumResult<std::string> format_str(std::string_view value, std::string_view spec, std::string_view type_name = "str");

// ---- printf-style: "%(key)-+ #0*.*d" ----

struct PercentSpec {
  bool has_key = false;
  std::string key;  // %(key)s
  bool left = false, plus = false, space = false, alternate = false, zero = false;
  bool width_star = false, precision_star = false;  // '*': taken from the arguments
  int64_t width = -1, precision = -1;
  uint32_t conversion = 0;  // d i u o x X e E f F g G c s r a %
};

// A format string split into literal text and conversions ("%%" becomes literal text).
struct PercentPiece {
  std::string literal;  // when !is_conversion
  bool is_conversion = false;
  PercentSpec spec;
};
NumResult<std::vector<PercentPiece>> parse_percent_format(std::string_view format);

// One conversion of an already-typed value (the VM converts with __int__/__float__/str/repr).
std::string percent_int(const BigInt& value, const PercentSpec& spec);  // d i u o x X
std::string percent_float(double value, const PercentSpec& spec);       // e E f F g G
std::string percent_text(std::string_view text, const PercentSpec& spec);  // s r a c

// A whole `format % args` for args that are ints, floats or strs; `str`/`repr` of anything
// else are passed in as kind Other with its type name. No mapping (%(key)s) support here.
struct PercentArg {
  enum Kind { Int, Float, Str, Other } kind = Other;
  BigInt int_value;
  double float_value = 0;
  std::string text;   // the str's contents, or str(x) for Other
  std::string repr;   // repr(x) for Other (computed here for the other kinds)
  std::string type_name;
  static PercentArg of(BigInt v) { PercentArg a; a.kind = Int; a.int_value = std::move(v); a.type_name = "int"; return a; }
  static PercentArg of(double v) { PercentArg a; a.kind = Float; a.float_value = v; a.type_name = "float"; return a; }
  static PercentArg of_str(std::string s) { PercentArg a; a.kind = Str; a.text = std::move(s); a.type_name = "str"; return a; }
};
NumResult<std::string> percent_format(std::string_view format, const std::vector<PercentArg>& args);

}  // namespace py
