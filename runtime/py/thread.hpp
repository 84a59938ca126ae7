// Thread: one Python thread's state — the pending exception, the running frame, the recursion
// depth — and Interpreter: what one Python process owns (builtins, modules, output).
// Errors follow CPython's convention without C++ exceptions: a function that fails sets
// the pending exception with raise() and returns a null Value (or false / -1).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "aio/clock.hpp"
#include "aio/trace.hpp"
#include "py/object.hpp"

namespace py {

struct Type;
struct Dict;
struct Str;
struct BaseException;
struct Frame;
struct AsyncioState;
struct ProcessContext;
class ProcessTable;
class Thread;

// Where a program's output goes: the CLI writes to stdout/stderr, the wasm API streams events.
struct OutputSink {
  std::function<void(std::string_view text, bool is_stderr)> write;
};

class Interpreter {
 public:
  explicit Interpreter(OutputSink output);
  ~Interpreter();

  Dict* builtins() const { return builtins_.get(); }
  // Program output. With a trace sink, each write is also an `output` event stamped with the
  // clock, the task that printed it and the source line (the timeline's output marks).
  void write_stdout(std::string_view text) { write(text, false); }
  void write_stderr(std::string_view text) { write(text, true); }

  // The trace of the run (null: not traced). Loops made by the program report into it too.
  aio::TraceSink* trace = nullptr;
  void emit(aio::TraceEvent event);
  Thread* main_thread = nullptr;  // the thread running the program (for output events' lines)

  int recursion_limit = 1000;  // sys.getrecursionlimit()
  int cpu_count = 4;           // os.cpu_count()
  std::string filename = "main.py";
  std::vector<std::string> argv = {"main.py"};

  // input(): lines of the run's stdin text.
  std::string stdin_text;
  bool read_line(std::string* line);

  // The clock `time` and every asyncio loop of this interpreter read (one clock, so
  // time.monotonic() and loop.time() agree across asyncio.run calls). Virtual (default):
  // time.sleep() advances it without waiting, so runs are instant and reproducible;
  // time.time() starts at `epoch_start` (the real time of the run's start unless fixed).
  // Set `virtual_clock` before the program runs; the clock follows it.
  bool virtual_clock = true;
  double epoch_start = 0;
  aio::Clock clock{aio::ClockKind::Virtual};

  // Stopping a runaway program (limits, abort): every `tick_interval` loop iterations the VM
  // calls tick(), which asks `should_stop`; a non-empty answer (the reason) stops the run: the
  // error it raises unwinds every frame without running except/finally blocks, and the run
  // ends with kStoppedStatus (run.hpp) and the reason on stderr.
  std::function<std::string()> should_stop;
  int64_t tick_interval = 1 << 14;
  int64_t ticks_left = int64_t{1} << 62;  // set to tick_interval when should_stop is set
  bool stopping = false;
  std::string stop_reason;
  bool tick(Thread& t);  // false: stopped (the error is pending)
  static constexpr int64_t kStopCheckEvents = int64_t{1} << 14;  // should_stop is asked this often
  int64_t stop_check_events = 0;
  int stop_status = 124;  // the exit status of a stopped run (kStoppedStatus; a deadlock: 1)

  // Python threads (threading_scheduler.hpp): created when the program first needs them.
  std::unique_ptr<class Scheduler> scheduler;
  int64_t switch_interval_ns = 5'000'000;  // sys.getswitchinterval(): the GIL's time slice
  // In the real clock, Python threads on OS threads under a real GIL (os_thread_gil.hpp).
  std::unique_ptr<class OsThreads> os_threads;

  Dict* modules() const { return modules_.get(); }  // the main process's (Thread::modules: the running one's)
  // multiprocessing's processes (process_table.hpp): created when the program first starts one.
  std::unique_ptr<ProcessTable> processes;
  int64_t precharged_events = 0;  // VM events charged as CPU time before the tick (virtual_cpu.hpp)
  std::string main_source;  // the program's text, for tracebacks printed while it runs

  // asyncio's per-interpreter state (asyncio_objects.hpp): the running and the current loop.
  std::shared_ptr<AsyncioState> asyncio;
  // The run's in-memory file system (sandbox_fs.hpp): created when the program first uses it.
  std::shared_ptr<class SandboxFs> sandbox;
  class Random& random();  // the `random` module's generator

 private:
  void write(std::string_view text, bool is_stderr);
  OutputSink output_;
  Ref<Dict> builtins_;
  Ref<Dict> modules_;
  std::unique_ptr<class Random> random_;
  size_t stdin_pos_ = 0;
};

class Thread {
 public:
  explicit Thread(Interpreter& interp) : interp_(&interp) {}

  Interpreter& interp() const { return *interp_; }

  // --- the pending exception ---
  bool has_exception() const { return static_cast<bool>(exception_); }
  const Ref<BaseException>& exception() const { return exception_; }
  Ref<BaseException> take_exception();
  void set_exception(Ref<BaseException> exc);
  // Raises `type(message)`; returns null so callers can `return t.raise(...)`.
  std::nullptr_t raise(Type* type, std::string message);
  // Raises an exception object or class given by Python code (`raise X`).
  std::nullptr_t raise_object(Object* exc_or_type);
  bool exception_matches(Type* type) const;

  // --- frames ---
  Frame* frame = nullptr;  // innermost running frame
  int depth = 0;           // Python call depth, for RecursionError

  // --- green threads (threading_scheduler.hpp) ---
  // A thread other than the main one starts with `base_frame`; when its VM loop is that frame's
  // (not a nested loop under native code) it can be suspended between instructions: a blocking
  // call or the end of its time slice sets `switch_pending`, the VM returns from run_frame with
  // `suspended` set and its frames kept, and run_frame called with `resuming` set continues at
  // `frame` (replacing the value on top of its stack by `resume_value` if set: the result of the
  // blocking call, known only once it was woken).
  Frame* base_frame = nullptr;
  // The multiprocessing process this thread belongs to (process_table.hpp); null: the main one.
  ProcessContext* process = nullptr;
  Dict* modules() const;  // its process's sys.modules
  bool switch_pending = false;
  bool suspended = false;
  bool resuming = false;
  Value resume_value;

 private:
  Interpreter* interp_;
  Ref<BaseException> exception_;
};

}  // namespace py
