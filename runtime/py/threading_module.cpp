// _thread: the native half of threading (threading.py is the rest, as in CPython): starting a
// thread (green in the virtual clock, an OS thread in the real one: os_thread_gil.hpp), idents, the lock type, and sys.getswitchinterval()/setswitchinterval().
#include <cmath>

#include "py/abstract.hpp"
#include "py/native_args.hpp"
#include "py/native_modules.hpp"
#include "py/os_thread_gil.hpp"
#include "py/run.hpp"
#include "py/threading_scheduler.hpp"

namespace py {

Type* lock_type_object();                                  // threading_lock.cpp
Value allocate_lock(Thread& t, Object*, const CallArgs& a);  // threading_lock.cpp

namespace {

// _start(bootstrap, args, name, daemon): a new thread that will run bootstrap(*args), a Python
// function (threading's Thread._bootstrap); gives its ident.
Value thread_start(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "_start", 4, 4)) return nullptr;
  if (a.arg(0)->type != function_type) return t.raise(exc::TypeError, "_start() needs a Python function");
  if (a.arg(1)->type != tuple_type) return t.raise(exc::TypeError, "2nd arg must be a tuple");
  if (a.arg(2)->type != str_type) return t.raise(exc::TypeError, "name must be a str");
  int daemon = truth(t, a.arg(3));
  if (daemon < 0) return nullptr;
  if (OsThreads* os = os_threads_of(t)) {
    int64_t ident = os->start(t, Value::borrow(a.arg(0)), Value::borrow(a.arg(1)), cast<Str>(a.arg(2))->text, daemon == 1);
    return ident ? make_int(ident) : nullptr;
  }
  Scheduler& s = scheduler_of(t);
  return make_int(s.start(Value::borrow(a.arg(0)), Value::borrow(a.arg(1)), cast<Str>(a.arg(2))->text, daemon == 1));
}

Value thread_get_ident(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "get_ident", 0, 0)) return nullptr;
  if (OsThreads* os = os_threads_of(t)) return make_int(os->ident_of(t));
  return make_int(scheduler_of(t).find(t)->ident);
}

// _set_name(ident, name): the name deadlock reports use (threading calls it when a name changes).
Value thread_set_name(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "_set_name", 2, 2)) return nullptr;
  int64_t ident;
  if (!as_index(t, a.arg(0), &ident)) return nullptr;
  if (a.arg(1)->type != str_type) return t.raise(exc::TypeError, "name must be a str");
  if (OsThreads* os = os_threads_of(t)) {
    if (OsThread* th = os->find(ident)) th->name = cast<Str>(a.arg(1))->text;
    return none();
  }
  if (GreenThread* g = scheduler_of(t).find(ident)) g->name = cast<Str>(a.arg(1))->text;
  return none();
}

Value thread_count(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "_count", 0, 0)) return nullptr;
  if (OsThreads* os = os_threads_of(t)) return make_int(static_cast<int64_t>(os->alive()) - 1);
  return make_int(static_cast<int64_t>(scheduler_of(t).alive()) - 1);
}

// _format_exception(exc): its traceback as the interpreter prints it (threading.excepthook).
Value thread_format_exception(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "_format_exception", 1, 1)) return nullptr;
  if (!a.arg(0)->type->is_subtype(exc::BaseException)) return t.raise(exc::TypeError, "an exception is required");
  return make_str(format_exception(t, cast<BaseException>(a.arg(0)), t.interp().main_source));
}

Value sys_getswitchinterval(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "getswitchinterval", 0, 0)) return nullptr;
  return make_float(static_cast<double>(t.interp().switch_interval_ns) / 1e9);
}

}  // namespace

Value sys_setswitchinterval(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "setswitchinterval", 1, 1)) return nullptr;
  double s;
  if (is_float(a.arg(0))) s = cast<Float>(a.arg(0))->value;
  else if (is_int(a.arg(0))) s = static_cast<double>(cast<Int>(a.arg(0))->small);
  else return t.raise(exc::TypeError, "must be real number, not " + type_name(a.arg(0)));
  if (!(s > 0)) return t.raise(exc::ValueError, "switch interval must be strictly positive");
  t.interp().switch_interval_ns = std::max<int64_t>(1, static_cast<int64_t>(std::llround(s * 1e9)));
  return none();
}

void add_switch_interval_functions(Module* sys) {
  module_def(sys, "getswitchinterval", sys_getswitchinterval);
  module_def(sys, "setswitchinterval", sys_setswitchinterval);
}

void build_thread_module(Module* m) {
  module_def(m, "_start", thread_start);
  module_def(m, "get_ident", thread_get_ident);
  module_def(m, "get_native_id", thread_get_ident);
  module_def(m, "_set_name", thread_set_name);
  module_def(m, "_count", thread_count);
  module_def(m, "_format_exception", thread_format_exception);
  module_def(m, "allocate_lock", allocate_lock);
  module_set(m, "LockType", Value::borrow(lock_type_object()));
  module_set(m, "error", Value::borrow(exc::RuntimeError));
  module_set(m, "TIMEOUT_MAX", make_float(9223372036.0));
}

}  // namespace py
