// _inspect: what inspect, traceback and the other Python-written library modules need to see
// of functions and exceptions that the object model doesn't expose as attributes.
#include "py/abstract.hpp"
#include "py/code.hpp"
#include "py/library_modules.hpp"
#include "py/run.hpp"
#include "py/thread.hpp"
#include "py/vm.hpp"

namespace py {

namespace {

// code_info(f): (flags, argcount, posonlyargcount, kwonlyargcount, varnames, defaults,
// kwdefaults) of a function written in Python; None for anything else. flags use CPython's
// bits: 0x20 generator, 0x80 coroutine, 0x200 async generator, 0x4 *args, 0x8 **kwargs.
Value code_info(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "code_info(function)");
  Object* o = a.arg(0);
  if (o->type != function_type) return none();
  auto* f = cast<Function>(o);
  const Code& c = *f->code;
  int64_t flags = 0;
  if (c.flags & kVarArgs) flags |= 0x4;
  if (c.flags & kVarKeywords) flags |= 0x8;
  bool gen = c.flags & kGenerator, coro = c.flags & kCoroutine;
  if (gen && coro) flags |= 0x200;
  else if (gen) flags |= 0x20;
  else if (coro) flags |= 0x80;
  if (c.flags & kIterableCoroutine) flags |= 0x100;
  size_t nparams = c.argcount + c.kwonlyargcount + ((c.flags & kVarArgs) ? 1 : 0) + ((c.flags & kVarKeywords) ? 1 : 0);
  std::vector<Value> names;
  for (size_t i = 0; i < nparams && i < c.varnames.size(); ++i) names.push_back(c.varnames[i]);
  return make_tuple({make_int(flags), make_int(c.argcount), make_int(c.posonlyargcount), make_int(c.kwonlyargcount),
                     make_tuple(std::move(names)), f->defaults ? Value(f->defaults) : none(),
                     f->kwdefaults ? Value(f->kwdefaults) : none()});
}

// handled(): the exception being handled (what sys.exception() gives), or None.
Value handled(Thread& t, Object*, const CallArgs&) {
  Object* e = current_handled(t);
  return e ? Value::borrow(e) : none();
}

// format_exception(exc): the traceback text CPython prints for an uncaught `exc`.
Value format_exc(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 1 || !isinstance(a.arg(0), exc::BaseException)) return t.raise(exc::TypeError, "format_exception(exception)");
  return make_str(format_exception(t, cast<BaseException>(a.arg(0)), t.interp().main_source));
}

}  // namespace

void build_inspect_native(Module* m) {
  for (auto [name, fn] : {std::pair<const char*, NativeFn>{"code_info", code_info}, {"handled", handled},
                          {"format_exception", format_exc}}) {
    auto f = make<BuiltinFunction>(name, fn);
    dict_set_str(m->dict.get(), name, f.get());
  }
}

}  // namespace py
