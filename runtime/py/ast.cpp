// Names of AST node kinds and operators, from ast.def.
#include "py/ast.hpp"

namespace py::ast {

const char* name_of(StmtKind k) {
  static const char* const kNames[] = {
#define PY_STMT(name) #name,
#include "py/ast.def"
  };
  return kNames[static_cast<int>(k)];
}

const char* name_of(ExprKind k) {
  static const char* const kNames[] = {
#define PY_EXPR(name) #name,
#include "py/ast.def"
  };
  return kNames[static_cast<int>(k)];
}

const char* name_of(Operator k) {
  static const char* const kNames[] = {
#define PY_OPERATOR(name, spelling) #name,
#include "py/ast.def"
  };
  return kNames[static_cast<int>(k)];
}

std::string_view spelling_of(Operator k) {
  static const std::string_view kSpellings[] = {
#define PY_OPERATOR(name, spelling) spelling,
#include "py/ast.def"
  };
  return kSpellings[static_cast<int>(k)];
}

const char* name_of(UnaryOp k) {
  static const char* const kNames[] = {
#define PY_UNARYOP(name, spelling) #name,
#include "py/ast.def"
  };
  return kNames[static_cast<int>(k)];
}

const char* name_of(CmpOp k) {
  static const char* const kNames[] = {
#define PY_CMPOP(name, spelling) #name,
#include "py/ast.def"
  };
  return kNames[static_cast<int>(k)];
}

}  // namespace py::ast
