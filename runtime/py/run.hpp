// Running a whole program the way `python3 main.py` does: compile, run as __main__, print an
// uncaught exception's traceback (or a SyntaxError) on stderr, and give CPython's exit status.
#pragma once

#include <functional>
#include <string>

#include "py/thread.hpp"
#include "py/traceback_carets.hpp"

namespace py {

struct RunOptions {
  std::string filename = "main.py";
  std::string stdin_text;
  std::vector<std::string> argv;  // sys.argv[1:]
  std::string argv0;              // sys.argv[0]; empty: `filename`
  bool virtual_clock = true;
  double epoch_start = -1;  // time.time() at start; < 0: the real time now
  int cpus = 4;             // virtual cores: os.cpu_count(), how many processes run in parallel
  aio::TraceSink* trace = nullptr;  // receives the run's events (tasks, timers, output)
  // Asked every few thousand loop iterations; a non-empty answer (the reason) stops the run
  // with kStoppedStatus: how step limits, timeouts and aborts end a runaway program.
  std::function<std::string()> should_stop;
};

// The exit status of a run stopped by `should_stop` (as timeout(1)'s).
inline constexpr int kStoppedStatus = 124;
// How many loop iterations run between two calls of `should_stop`.
inline constexpr int64_t kTickInterval = int64_t{1} << 14;

// Returns the exit status: 0, 1 for an uncaught exception or syntax error, or SystemExit's code.
int run_program(const std::string& source, const RunOptions& options, OutputSink output);

// The traceback CPython prints for `exc` (with its chained causes and contexts): as the interpreter
// prints an uncaught exception, or as the traceback module formats it.
std::string format_exception(Thread& t, BaseException* exc, const std::string& source,
                             TracebackStyle style = TracebackStyle::Interpreter);

}  // namespace py
