// A compile-time error as a value (no C++ exceptions): what CPython 3.11 reports for bad source.
#pragma once
#include <string>
#include <string_view>

namespace py {

class Source;

enum class ErrorKind : unsigned char {
  SyntaxError,
  IndentationError,
  TabError,
  NotImplemented,  // valid Python we do not support yet ('match' statement, ...)
  RecursionError,  // too deeply nested to compile (CPython: RecursionError during compilation)
};

struct SyntaxError {
  ErrorKind kind = ErrorKind::SyntaxError;
  std::string message;
  int line = 0;        // 1-based
  int column = 0;      // 1-based, in code points (CPython's SyntaxError.offset); 0 = unknown
  int end_line = 0;
  int end_column = 0;  // CPython's end_offset (exclusive, 1-based); <= column means one caret
  std::string text;    // the source line (without newline)
  // Raised by the tokenizer: `python3 main.py` places those carets by code point, parser errors
  // by UTF-8 byte (a CPython 3.11 quirk that format() reproduces).
  bool from_tokenizer = false;

  const char* type_name() const;
  // As `python3 main.py` prints it on stderr (without the "Traceback" header, which CPython
  // omits for syntax errors too), ending with a newline.
  std::string format(std::string_view filename = "main.py") const;
};

// Builds an error at a byte position of `source`: converts the byte columns to code points.
SyntaxError make_error(const Source& source, ErrorKind kind, std::string message, int line,
                       int byte_col, int end_line, int end_byte_col);

}  // namespace py
