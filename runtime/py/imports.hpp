// Import helpers the VM calls besides import_module (objects.hpp); both live in modules.cpp.
#pragma once

#include "py/objects.hpp"

namespace py {

// `from module import *`: binds in `ns` the names listed in module.__all__, or else every name
// of the module's namespace that doesn't start with an underscore. False with the error pending.
bool import_star(Thread& t, Object* module, Dict* ns);

}  // namespace py
