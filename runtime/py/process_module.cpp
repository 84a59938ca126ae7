// _multiprocessing: the native half of multiprocessing (lib/multiprocessing.py is the rest):
// starting a process (a green thread with a module table of its own, process_table.hpp),
// re-running the program in it as __mp_main__, its module table, and a terminated one's output.
#include "py/abstract.hpp"
#include "py/code.hpp"
#include "py/compiler.hpp"
#include "py/native_args.hpp"
#include "py/native_modules.hpp"
#include "py/os_thread_gil.hpp"
#include "py/process_table.hpp"
#include "py/source.hpp"
#include "py/threading_scheduler.hpp"
#include "py/vm.hpp"

namespace py {

namespace {

// _spawn(bootstrap, args, name): a new process whose first thread runs bootstrap(*args) (a
// Python function that imports what it needs: its imports fill the new module table); gives
// its pid.
Value mp_spawn(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "_spawn", 3, 3)) return nullptr;
  if (a.arg(0)->type != function_type) return t.raise(exc::TypeError, "_spawn() needs a Python function");
  if (a.arg(1)->type != tuple_type) return t.raise(exc::TypeError, "2nd arg must be a tuple");
  if (a.arg(2)->type != str_type) return t.raise(exc::TypeError, "name must be a str");
  if (os_threads_of(t)) {
    // Processes are green (the virtual clock's scheduler runs them); the real clock's threads
    // are OS threads, which that scheduler doesn't drive.
    return t.raise(exc::NotImplementedError,
                   "multiprocessing runs in the virtual clock only (--clock virtual); "
                   "processes in the real clock are not built yet");
  }
  ProcessContext& child = process_table(t.interp()).create();
  Scheduler& s = scheduler_of(t);
  int64_t ident = s.start(Value::borrow(a.arg(0)), Value::borrow(a.arg(1)), cast<Str>(a.arg(2))->text, true);
  s.find(ident)->t->process = &child;
  t.interp().emit({.kind = aio::EventKind::ProcessStarted, .id = static_cast<uint64_t>(child.pid),
                   .value = ident - kThreadIdentBase, .detail = cast<Str>(a.arg(2))->text});
  return make_int(child.pid);
}

// _run_main(): runs the program again in this (child) process as __mp_main__, which is also
// its __main__ (as CPython's spawn does), so functions and classes sent by name resolve.
Value mp_run_main(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "_run_main", 0, 0)) return nullptr;
  Interpreter& in = t.interp();
  Source src(in.filename, in.main_source);
  CompileResult compiled = compile_source(src);
  if (!compiled.code) return t.raise(exc::SyntaxError, compiled.error->message);
  auto m = make<Module>(intern("__mp_main__"));
  Dict* globals = m->dict.get();
  dict_set_str(globals, "__file__", make_str(in.filename).get());
  dict_set_str(globals, "__builtins__", in.builtins());
  dict_set_str(t.modules(), "__mp_main__", m.get());
  dict_set_str(t.modules(), "__main__", m.get());
  if (!run_module(t, compiled.code.get(), globals)) return nullptr;
  return m;
}

// _modules(): the running process's sys.modules (code shared between processes, such as a
// Queue's methods, reads the caller's).
Value mp_modules(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "_modules", 0, 0)) return nullptr;
  return Value::borrow(t.modules());
}

// _discard_output(pid): the process was terminated: what it would print later is lost.
Value mp_discard_output(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "_discard_output", 1, 1)) return nullptr;
  int64_t pid;
  if (!as_index(t, a.arg(0), &pid)) return nullptr;
  if (ProcessContext* p = process_table(t.interp()).find(pid)) {
    p->discard_output = true;
  }
  return none();
}

}  // namespace

void build_multiprocessing_native(Module* m) {
  module_def(m, "_spawn", mp_spawn);
  module_def(m, "_run_main", mp_run_main);
  module_def(m, "_modules", mp_modules);
  module_def(m, "_discard_output", mp_discard_output);
}

}  // namespace py
