// Library modules written in Python (runtime/py/lib/NAME.py), compiled into the binary: the
// build turns every lib/*.py into a C++ string (cmake/LoopscopeFrozen.cmake) and `import NAME`
// runs it on first use when no native module of that name exists (modules.cpp). The build also
// compiles them to Code ahead of time (precompiled_library.hpp); the source stays here as the
// fallback and for what inspect and tracebacks read.
#pragma once

#include <cstddef>
#include <string_view>

#include "py/objects.hpp"

namespace py {

struct FrozenModule {
  const char* name;    // "collections" for lib/collections.py
  const char* source;  // the file's text
};

// Defined in the generated frozen_modules_data.cpp.
extern const FrozenModule kFrozenModules[];
extern const size_t kFrozenModuleCount;

// The frozen module called `name`, or null. "a.b" is the file lib/a.b.py.
const FrozenModule* find_frozen_module(std::string_view name);
// Whether some frozen module is called "`name`.…" (so `name` acts as a package).
bool is_frozen_package(std::string_view name);

// Creates module `name`, registers it in sys.modules before running its body (so circular
// imports see the partly initialised module, as in CPython), runs it, and unregisters it again
// if the body raises. Gives the module, or null with the exception pending.
Value import_frozen_module(Thread& t, Str* name, const FrozenModule& frozen);

}  // namespace py
