// The tokenizer: Python 3.11 source text -> tokens (NEWLINE/INDENT/DEDENT included).
#pragma once
#include <optional>
#include <vector>

#include "py/source.hpp"
#include "py/syntax_error.hpp"
#include "py/token.hpp"

namespace py {

struct LexResult {
  // Always ends with ENDMARKER, or with ERRORTOKEN when `error` is set (the tokens before the
  // error are kept: the parser reports an earlier syntax error first, as CPython does).
  std::vector<Token> tokens;
  std::optional<SyntaxError> error;
  bool error_is_unclosed_paren = false;  // EOF inside brackets: overrides other errors only sometimes
  // CPython's tokenizer raises some errors itself (bad literals, strings, characters, brackets):
  // those win over parser errors found earlier in the file. Indentation, `\` and EOF errors
  // are only reported when the parser reaches them.
  bool error_overrides = false;
};

LexResult tokenize(const Source& source);

// Limits shared with CPython's tokenizer.
inline constexpr int kMaxParenLevel = 200;
inline constexpr int kMaxIndentLevel = 100;

}  // namespace py
