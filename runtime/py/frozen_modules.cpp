#include "py/frozen_modules.hpp"

#include <unordered_map>

#include "py/code.hpp"
#include "py/compiler.hpp"
#include "py/source.hpp"
#include "py/thread.hpp"
#include "py/vm.hpp"

namespace py {

namespace {

// The compiler names every code object "main.py"; tracebacks should name the frozen file.
void rename_code(Code* code, const std::string& filename) {
  code->filename = filename;
  for (Value& c : code->consts) {
    if (c && c->type == code_type) rename_code(cast<Code>(c.get()), filename);
  }
}

}  // namespace

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

// Library modules compiled once per OS thread and reused by every later run on it (a session of
// the npm API or the page runs many programs on one engine): `import asyncio` then skips the
// parser and compiler, the larger part of its cost in wasm. Code objects are immutable apart
// from caches that check what they cached (LOAD_GLOBAL's checks the dict's keys), and their
// reference counts are not atomic: hence one cache per thread.
thread_local std::unordered_map<const FrozenModule*, Ref<Code>> compiled_library;

}  // namespace

Value import_frozen_module(Thread& t, Str* name, const FrozenModule& frozen) {
  std::string filename = "<frozen " + name->text + ">";
  Ref<Code>& code = compiled_library[&frozen];
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
    rename_code(compiled.code.get(), filename);
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
