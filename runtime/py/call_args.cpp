#include "py/call_args.hpp"

#include <algorithm>
#include <string>

#include "py/thread.hpp"

namespace py {

// Keyword arguments by name (builtins take few: print's sep/end/file/flush, sorted's key/reverse).
Object* kwarg(const CallArgs& a, const char* name) {
  for (size_t k = 0; k < a.nkw(); ++k) {
    if (cast<Str>(a.kwnames->items[k].get())->text == name) return a.kwvalue(k);
  }
  return nullptr;
}
bool check_kwargs(Thread& t, const CallArgs& a, const char* fname, std::initializer_list<const char*> allowed) {
  for (size_t k = 0; k < a.nkw(); ++k) {
    const std::string& n = cast<Str>(a.kwnames->items[k].get())->text;
    if (std::find_if(allowed.begin(), allowed.end(), [&](const char* x) { return n == x; }) == allowed.end()) {
      t.raise(exc::TypeError, "'" + n + "' is an invalid keyword argument for " + fname + "()");
      return false;
    }
  }
  return true;
}
bool arity(Thread& t, const CallArgs& a, const char* fname, size_t lo, size_t hi) {
  if (a.nargs >= lo && a.nargs <= hi) return true;
  if (lo == hi) {
    t.raise(exc::TypeError, std::string(fname) + "() takes exactly " + (lo == 1 ? "one argument" : std::to_string(lo) + " arguments") +
                                " (" + std::to_string(a.nargs) + " given)");
  } else if (a.nargs < lo) {
    t.raise(exc::TypeError, std::string(fname) + " expected at least " + std::to_string(lo) + " argument" + (lo == 1 ? "" : "s") +
                                ", got " + std::to_string(a.nargs));
  } else {
    t.raise(exc::TypeError, std::string(fname) + " expected at most " + std::to_string(hi) + " argument" + (hi == 1 ? "" : "s") +
                                ", got " + std::to_string(a.nargs));
  }
  return false;
}

}  // namespace py
