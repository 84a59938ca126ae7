// Scope analysis: for every function, lambda, comprehension and class body, which names are
// local, global, captured from an enclosing function (free) or captured by an inner one (cell)
// — the rules of CPython's symtable, computed before code generation.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "py/ast.hpp"

namespace py {

enum class ScopeKind : uint8_t { Module, Function, Class, Comprehension };
enum class NameScope : uint8_t { Local, Global, GlobalImplicit, Free, Cell };

struct Scope {
  ScopeKind kind;
  std::string name;
  const void* node = nullptr;  // the AST node that opened it
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;

  std::vector<std::string> params;     // in order
  std::vector<std::string> locals;     // assigned names in first-seen order (params first)
  std::map<std::string, NameScope, std::less<>> resolved;
  std::vector<std::string> cellvars, freevars;  // sorted as CPython does
  std::vector<std::string> explicit_globals, nonlocals;
  std::vector<std::pair<int, int>> nonlocal_locs;  // line, column of each nonlocal's declaration
  std::vector<std::string> used;       // every referenced name
  bool is_generator = false, is_coroutine = false;
  bool has_yield_in_comprehension = false;

  NameScope scope_of(std::string_view name) const;
};

struct SymtableError {
  std::string message;  // e.g. "name 'x' is used prior to global declaration"
  int line = 0, col = 0;
};

class Symtable {
 public:
  // Null with `error` set when the program breaks a scoping rule CPython rejects at compile time.
  static std::unique_ptr<Symtable> build(const ast::Module& module, SymtableError* error);
  Scope* root() const { return root_.get(); }
  Scope* scope_for(const void* node) const;

 private:
  std::unique_ptr<Scope> root_;
  std::unordered_map<const void*, Scope*> by_node_;
  friend class SymtableBuilder;
};

}  // namespace py
