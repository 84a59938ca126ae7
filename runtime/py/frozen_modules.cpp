#include "py/frozen_modules.hpp"

#include <unordered_map>

#include "py/code.hpp"
#include "py/compiler.hpp"
#include "py/precompiled_library.hpp"
#include "py/source.hpp"
#include "py/thread.hpp"
#include "py/vm.hpp"

namespace py {

const FrozenModule* find_frozen_module(std::string_view name) {
  for (size_t i = 0; i < kFrozenModuleCount; ++i) {
    if (name == kFrozenModules[i].name) return &kFrozenModules[i];
  }
  return nullptr;
}

bool is_frozen_package(std::string_view name) {
  for (size_t i = 0; i < kFrozenModuleCount; ++i) {
    std::string_view n = kFrozenModules[i].name;
    if (n.size() > name.size() && n.substr(0, name.size()) == name && n[name.size()] == '.') return true;
  }
  return false;
}

namespace {

// Library modules loaded once per OS thread and reused by every later run on it (a session of
// the npm API or the page runs many programs on one engine). The first load reads the code the
// build precompiled (precompiled_library.hpp) and compiles the source only when that is missing
// or stale. Code objects are immutable apart from caches that check what they cached
// (LOAD_GLOBAL's checks the dict's keys), and their reference counts are not atomic: hence one
// cache per thread.
thread_local std::unordered_map<const FrozenModule*, Ref<Code>> compiled_library;

}  // namespace

Value import_frozen_module(Thread& t, Str* name, const FrozenModule& frozen) {
  std::string filename = "<frozen " + name->text + ">";
  Ref<Code>& code = compiled_library[&frozen];
  if (!code) code = load_precompiled_code(frozen, filename);
  if (!code) {
    Source src(filename, frozen.source);
    CompileResult compiled = compile_source(src);
    if (!compiled.code) {
      // A library bug, not the user's: say where it is.
      compiled_library.erase(&frozen);
      const SyntaxError& e = *compiled.error;
      Type* type = e.kind == ErrorKind::NotImplemented ? exc::NotImplementedError : exc::SyntaxError;
      return t.raise(type, e.message + " (" + filename + ", line " + std::to_string(e.line) + ")");
    }
    code = std::move(compiled.code);
  }
  Ref<Code> module_code = code;  // the map may grow (and move) while the body imports others

  Dict* modules = t.modules();
  auto m = make<Module>(Ref<Str>::borrow(name));
  Dict* globals = m->dict.get();
  dict_set_str(globals, "__file__", make_str(filename).get());
  dict_set_str(globals, "__builtins__", t.interp().builtins());
  if (!dict_set(t, modules, name, m.get())) return nullptr;
  Value result = run_module(t, module_code.get(), globals);
  if (!result) {
    Ref<BaseException> pending = t.take_exception();
    dict_del(t, modules, name);
    t.set_exception(std::move(pending));
    return nullptr;
  }
  // The body may have replaced its own sys.modules entry, as CPython allows.
  if (Object* registered = dict_get(t, modules, name)) return Value::borrow(registered);
  if (t.has_exception()) return nullptr;
  return m;
}

}  // namespace py
