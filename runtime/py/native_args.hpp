// Argument parsing with CPython's messages for the native modules (itertools, json, operator, …):
// positional-or-keyword parameters by name (Argument Clinic style), and positional-only arity.
#pragma once

#include <initializer_list>
#include <string>

#include "py/call_args.hpp"
#include "py/thread.hpp"

namespace py {

// Fills out[i] (borrowed, null when absent) from positional then keyword arguments named `names`;
// the first `required` are required. Messages: "f() takes at most 2 arguments (3 given)",
// "f() missing required argument 'r' (pos 2)", "'x' is an invalid keyword argument for f()".
inline bool parse_args(Thread& t, const CallArgs& a, const char* fname, std::initializer_list<const char*> names, size_t required,
                       Object** out) {
  size_t n = names.size();
  if (a.nargs + a.nkw() > n) {
    t.raise(exc::TypeError, std::string(fname) + "() takes at most " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") + " (" +
                                std::to_string(a.nargs + a.nkw()) + " given)");
    return false;
  }
  if (!check_kwargs(t, a, fname, names)) return false;
  size_t i = 0;
  for (const char* name : names) {
    out[i] = i < a.nargs ? a.arg(i) : kwarg(a, name);
    if (i < a.nargs && kwarg(a, name)) {
      t.raise(exc::TypeError, std::string("argument for ") + fname + "() given by name ('" + name + "') and position (" +
                                  std::to_string(i + 1) + ")");
      return false;
    }
    if (!out[i] && i < required) {
      t.raise(exc::TypeError, std::string(fname) + "() missing required argument '" + name + "' (pos " + std::to_string(i + 1) + ")");
      return false;
    }
    ++i;
  }
  return true;
}

// Positional-only: "f() takes no keyword arguments", "f expected 2 arguments, got 1",
// "f expected at least 1 argument, got 0", "f expected at most 4 arguments, got 5".
// An int or float as a double, as the math functions take them: a huge int raises OverflowError,
// anything else TypeError "must be real number, not X" (math_module.cpp).
bool real_as_double(Thread& t, Object* o, double* out);

inline bool positional_args(Thread& t, const CallArgs& a, const char* fname, size_t lo, size_t hi) {
  if (a.nkw()) {
    t.raise(exc::TypeError, std::string(fname) + "() takes no keyword arguments");
    return false;
  }
  if (a.nargs >= lo && a.nargs <= hi) return true;
  auto plural = [](size_t n) { return std::to_string(n) + (n == 1 ? " argument" : " arguments"); };
  std::string what = lo == hi ? plural(lo) : a.nargs < lo ? "at least " + plural(lo) : "at most " + plural(hi);
  t.raise(exc::TypeError, std::string(fname) + " expected " + what + ", got " + std::to_string(a.nargs));
  return false;
}

// No arguments, for a named method: "int.bit_count() takes no arguments (1 given)".
inline bool no_method_args(Thread& t, const CallArgs& a, const char* qualname) {
  if (a.nkw()) {
    t.raise(exc::TypeError, std::string(qualname) + "() takes no keyword arguments");
    return false;
  }
  if (a.nargs == 0) return true;
  t.raise(exc::TypeError, std::string(qualname) + "() takes no arguments (" + std::to_string(a.nargs) + " given)");
  return false;
}

// No arguments, for a dunder: "expected 0 arguments, got 1", as CPython's slot wrappers say.
inline bool no_dunder_args(Thread& t, const CallArgs& a, const char* name) {
  if (a.nkw()) {
    t.raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (a.nargs == 0) return true;
  t.raise(exc::TypeError, "expected 0 arguments, got " + std::to_string(a.nargs));
  return false;
}

}  // namespace py
