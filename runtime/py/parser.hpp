// The parser: tokens -> AST (CPython 3.11 grammar), errors as values.
#pragma once
#include <optional>
#include <string>

#include "py/ast.hpp"
#include "py/source.hpp"
#include "py/syntax_error.hpp"

namespace py {

struct ParseResult {
  ast::Module* module = nullptr;  // null iff error is set
  std::optional<SyntaxError> error;
};

// Parses a whole file. The tree lives in `arena`; it may point into `source`'s text, so both
// must outlive it.
ParseResult parse_module(const Source& source, ast::Arena& arena);

// CPython 3.11's ast.dump(tree) text (default arguments), or with include_attributes=True
// (positions: lineno, col_offset, end_lineno, end_col_offset in UTF-8 bytes).
std::string dump(const ast::Module& module, bool include_attributes = false);

}  // namespace py
