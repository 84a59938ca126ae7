#include "py/run.hpp"

#include <chrono>

#include "py/abstract.hpp"
#include "py/asyncio_objects.hpp"
#include "py/code.hpp"
#include "py/compiler.hpp"
#include "py/objects.hpp"
#include "py/process_table.hpp"
#include "py/sandbox_fs.hpp"
#include "py/source.hpp"
#include "py/os_thread_gil.hpp"
#include "py/threading_scheduler.hpp"
#include "py/virtual_cpu.hpp"
#include "py/vm.hpp"

namespace py {

// threading._shutdown(): waits for the threads that are not daemons (when threading was used).
// False: the run stopped meanwhile (a deadlock); the error is pending.
bool join_threads_at_exit(Thread& t) {
  Interpreter& in = t.interp();
  if (!in.scheduler && !in.os_threads) return true;
  Object* threading = dict_get_str(in.modules(), intern("threading").get());
  if (!threading) return true;
  Value shutdown = getattr(t, threading, "_shutdown");
  if (shutdown && call0(t, shutdown.get())) return true;
  if (in.stopping) return false;
  Ref<BaseException> exc = t.take_exception();
  if (exc) in.write_stderr(format_exception(t, exc.get(), in.main_source));
  return true;
}

int run_program(const std::string& source, const RunOptions& options, OutputSink output) {
  Interpreter interp(std::move(output));
  interp.filename = options.filename;
  interp.stdin_text = options.stdin_text;
  interp.virtual_clock = options.virtual_clock;
  interp.cpu_count = options.cpus;
  interp.clock.set_kind(options.virtual_clock ? aio::ClockKind::Virtual : aio::ClockKind::Real);
  interp.epoch_start = options.epoch_start >= 0
                           ? options.epoch_start
                           : std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
  interp.argv = {options.argv0.empty() ? options.filename : options.argv0};
  interp.argv.insert(interp.argv.end(), options.argv.begin(), options.argv.end());

  Source src(options.filename, source);
  CompileResult compiled = compile_source(src);
  if (!compiled.code) {
    const SyntaxError& e = *compiled.error;
    if (e.kind == ErrorKind::NotImplemented) {
      // The parser's messages already name the line; the compiler's don't.
      std::string where = " (line " + std::to_string(e.line) + ")";
      bool named = e.message.size() >= where.size() && e.message.compare(e.message.size() - where.size(), where.size(), where) == 0;
      interp.write_stderr("NotImplementedError: " + e.message + (named ? "" : where) + "\n");
    } else {
      interp.write_stderr(e.format(options.filename));
    }
    return 1;
  }
  interp.main_source = source;
  interp.trace = options.trace;
  if (options.should_stop) {
    interp.should_stop = options.should_stop;
    interp.ticks_left = interp.tick_interval;
  }
  if (interp.virtual_clock) start_virtual_cpu(interp);
  Thread t(interp);
  interp.main_thread = &t;
  // The program's module is sys.modules['__main__'] (multiprocessing finds functions there).
  auto main_module = make<Module>(intern("__main__"));
  Ref<Dict> globals = main_module->dict;
  dict_set_str(interp.modules(), "__main__", main_module.get());
  dict_set_str(globals.get(), "__name__", make_str("__main__").get());
  dict_set_str(globals.get(), "__file__", make_str(options.filename).get());
  sandbox_fs(interp).add_program(options.filename, source);
  dict_set_str(globals.get(), "__builtins__", interp.builtins());
  Value result = run_module(t, compiled.code.get(), globals.get());
  int status = 0;
  Ref<BaseException> uncaught;
  if (!result && !interp.stopping) uncaught = t.take_exception();
  // Like CPython at exit: the traceback first, then wait for the threads that are not daemons.
  if (uncaught && !uncaught->type->is_subtype(exc::SystemExit)) {
    interp.write_stderr(format_exception(t, uncaught.get(), source));
    status = 1;
  }
  if (!interp.stopping && !join_threads_at_exit(t)) result = nullptr;
  if (!interp.stopping && !join_processes_at_exit(t)) result = nullptr;
  finalize_os_threads(interp);  // from here on the main thread keeps the GIL
  if (!result && interp.stopping) {
    t.take_exception();
    interp.write_stderr("loopscope: stopped: " + interp.stop_reason + "\n");
    status = interp.stop_status;
  } else if (uncaught) {
    Ref<BaseException> exc = std::move(uncaught);
    if (exc->type->is_subtype(exc::SystemExit)) {
      auto& args = exc->args->items;
      Object* code = args.empty() ? None : args[0].get();
      if (code == None) status = 0;
      else if (is_int(code)) status = static_cast<int>(cast<Int>(code)->small & 0xff);
      else {
        std::string text;
        if (str_text(t, code, &text)) interp.write_stderr(text + "\n");
        status = 1;
      }
    }
  }
  // Globals refer to functions that refer to globals: break the cycle so everything is freed.
  // Loops first, while the interpreter is whole: pending tasks' coroutines are closed and may
  // still run Python code (finally blocks) and print.
  if (interp.asyncio) interp.asyncio->current = none();
  auto& entries = globals->entries;
  for (auto& e : entries) e.value.reset();
  interp.asyncio.reset();
  interp.main_thread = nullptr;
  return status;
}

}  // namespace py
