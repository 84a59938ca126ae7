// Token names, spellings and the keyword lookup, all derived from token.def.
#include "py/token.hpp"

namespace py {

namespace {
constexpr std::string_view kSpelling[] = {
#define PY_TOKEN(name, spelling) spelling,
#include "py/token.def"
};
constexpr const char* kName[] = {
#define PY_TOKEN(name, spelling) #name,
#include "py/token.def"
};
struct Keyword {
  std::string_view text;
  Tok kind;
};
constexpr Keyword kKeywords[] = {
#define PY_TOKEN(name, spelling)
#define PY_KEYWORD(name, spelling) {spelling, Tok::name},
#include "py/token.def"
};
}  // namespace

std::string_view token_spelling(Tok kind) { return kSpelling[static_cast<int>(kind)]; }
const char* token_name(Tok kind) { return kName[static_cast<int>(kind)]; }

Tok keyword_kind(std::string_view ident) {
  if (ident.empty() || ident.size() > 8) return Tok::NAME;
  for (const Keyword& k : kKeywords)
    if (k.text == ident) return k.kind;
  return Tok::NAME;
}

bool is_keyword(Tok kind) { return kind >= Tok::KW_FALSE && kind <= Tok::KW_YIELD; }

}  // namespace py
