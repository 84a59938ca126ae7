// The compiler: AST -> Code, one Code per module, function, lambda, comprehension and class
// body, following CPython's compile.c in what it emits (so tracebacks name the same lines).
#pragma once

#include <optional>
#include <string>

#include "py/ast.hpp"
#include "py/code.hpp"
#include "py/source.hpp"
#include "py/syntax_error.hpp"

namespace py {

struct CompileResult {
  Ref<Code> code;                    // null iff error is set
  std::optional<SyntaxError> error;  // SyntaxError, or NotImplemented for unsupported features
};

// eval_mode: the module must be one expression, whose value the code returns (eval()).
CompileResult compile_module(const ast::Module& module, const Source& source, bool eval_mode = false);

// Source -> Code in one call: parse, then compile.
CompileResult compile_source(const Source& source, bool eval_mode = false);

}  // namespace py
