// Token kinds (from token.def) and the token record the lexer produces.
#pragma once
#include <cstdint>
#include <string_view>

namespace py {

enum class Tok : uint8_t {
#define PY_TOKEN(name, spelling) name,
#include "py/token.def"
  COUNT_
};

// Human-readable spelling: the operator or keyword text, or a description ("name", "newline").
std::string_view token_spelling(Tok kind);
const char* token_name(Tok kind);
// The keyword token for an identifier, or Tok::NAME if it is not a hard keyword.
Tok keyword_kind(std::string_view ident);
bool is_keyword(Tok kind);

struct Token {
  Tok kind = Tok::ENDMARKER;
  uint32_t start = 0;  // byte offsets into Source::text()
  uint32_t end = 0;
  int line = 0;  // 1-based
  int col = 0;   // 0-based, bytes (like CPython's ast col_offset)
  int end_line = 0;
  int end_col = 0;
};

}  // namespace py
