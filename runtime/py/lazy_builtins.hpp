// Builtins written in Python (frozen library modules), loaded the first time a program names one,
// so that programs that never do pay nothing at start.
#pragma once

#include "py/objects.hpp"

namespace py {

// The builtin called `name` if it is a lazy one (ExceptionGroup, BaseExceptionGroup), now loaded
// into builtins; nullptr if it isn't one, or with the error pending if loading it failed.
Object* load_lazy_builtin(Thread& t, Str* name);

}  // namespace py
