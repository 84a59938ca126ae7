// Standard modules written natively in C++, one per file (time_module.cpp, itertools_module.cpp,
// json_module.cpp, string_module.cpp, operator_module.cpp, os_module.cpp); modules.cpp lists
// their builders in its module table.
#pragma once

#include "py/objects.hpp"

namespace py {

void build_time_module(Module* m);
void build_itertools_module(Module* m);
void build_json_module(Module* m);
void build_string_module(Module* m);
void build_operator_module(Module* m);
void build_os_module(Module* m);
void build_sandbox_module(Module* m);  // sandbox_module.cpp: io.py's file calls

// Small helpers the builders share.
inline void module_def(Module* m, const char* name, NativeFn fn) {
  auto f = make<BuiltinFunction>(name, fn);
  dict_set_str(m->dict.get(), name, f.get());
}
inline void module_set(Module* m, const char* name, Value v) { dict_set_str(m->dict.get(), name, v.get()); }

// An immortal built-in type named `name` (e.g. "itertools.count": the dotted name is what reprs
// and messages show), with __module__ `module`.
inline Type* make_native_type(const char* name, const char* module) {
  auto* type = new Type(type_type, name, object_type);
  type->refcnt = kImmortal;
  if (!type->dict) type->dict = make_dict();
  dict_set_str(type->dict.get(), "__module__", intern(module).get());
  return type;
}

}  // namespace py
