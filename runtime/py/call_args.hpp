// Reading the arguments of a call made to C++ code (built-in functions and methods): keyword
// arguments by name, and arity checks with CPython's messages.
#pragma once

#include <initializer_list>

#include "py/objects.hpp"

namespace py {

// The keyword argument `name`, or null when it wasn't passed (borrowed).
Object* kwarg(const CallArgs& a, const char* name);
// TypeError "'x' is an invalid keyword argument for f()" unless every keyword is in `allowed`.
bool check_kwargs(Thread& t, const CallArgs& a, const char* fname, std::initializer_list<const char*> allowed);
// TypeError unless lo <= positional count <= hi ("f() takes exactly one argument (2 given)").
bool arity(Thread& t, const CallArgs& a, const char* fname, size_t lo, size_t hi);

}  // namespace py
