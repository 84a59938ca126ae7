// The native `loopscope` binary: runs a Python scenario file with the CLI contract of
// DESIGN.md (stdout, stderr, CPython's exit status) and draws the run's views from its one
// event stream: --timeline (text, on stderr), --trace (Chrome trace file), --json (everything
// as one JSON object on stdout). Used by the tests; the npm CLI wraps the same engine in wasm.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#if !defined(__EMSCRIPTEN__)
#include <pthread.h>
#endif
#include <functional>
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

#if !defined(__EMSCRIPTEN__) || defined(__EMSCRIPTEN_PTHREADS__)
#include <thread>
#define LOOPSCOPE_CLI_HAS_THREADS 1
#else
#define LOOPSCOPE_CLI_HAS_THREADS 0
#endif

#include "aio/trace.hpp"
#include "aio/trace_chrome.hpp"
#include "aio/trace_timeline.hpp"
#include "py/objects.hpp"
#include "py/run.hpp"

#ifndef LOOPSCOPE_VERSION
#define LOOPSCOPE_VERSION "0.1.0"  // keep equal to package.json's "version"
#endif

namespace {

constexpr int kUsageError = 2;
constexpr int kStopped = py::kStoppedStatus;  // a --max-steps or --timeout limit ended the run

const char kUsage[] =
    "usage: loopscope run [OPTIONS] FILE.py [ARGS...]\n"
    "       loopscope --help | --version\n";

const char kHelp[] =
    "\n"
    "Runs a Python 3.11 asyncio program on Loopscope's engine: its stdout and stderr as CPython\n"
    "prints them, and CPython's exit status.\n"
    "\n"
    "FILE '-' reads the program from stdin. Options may come before or after FILE; the other\n"
    "arguments after FILE go to sys.argv ('--' sends all that follow to sys.argv).\n"
    "\n"
    "options:\n"
    "  --clock virtual|real  virtual (default): sleeps take no wall time and every run of a\n"
    "                        program gives the same output and timeline; real: the wall clock\n"
    "  --cpus N              the number of virtual cores (os.cpu_count(); default 4): how\n"
    "                        many processes run in parallel in the virtual clock\n"
    "  --timeline            after the run, draw a text timeline of its tasks on stderr\n"
    "  --trace OUT.json      write the run as a Chrome trace (open it in ui.perfetto.dev or\n"
    "                        chrome://tracing)\n"
    "  --json                print the whole result as one JSON object on stdout instead of the\n"
    "                        program's output: stdout, stderr, exitCode, clock, virtualTimeMs,\n"
    "                        events\n"
    "  --max-steps N         stop the run after N steps: task steps and loop iterations\n"
    "                        (counted in batches of 16384; exit status 124)\n"
    "  --timeout S           stop the run after S seconds of wall time (exit status 124)\n"
    "  -h, --help            show this help\n"
    "  --version             show the version\n";

int usage_error(const std::string& problem) {
  std::fprintf(stderr, "loopscope: %s\n%sTry 'loopscope --help' for more.\n", problem.c_str(), kUsage);
  return kUsageError;
}

struct CliOptions {
  std::string path;
  py::RunOptions run;
  bool timeline = false;
  bool json = false;
  std::string trace_path;
  long long max_steps = 0;  // 0: no limit
  double timeout_s = 0;     // 0: no limit
};

bool parse_positive(const std::string& text, bool integer, double* out) {
  if (text.empty()) return false;
  char* end = nullptr;
  errno = 0;
  double v = integer ? static_cast<double>(std::strtoll(text.c_str(), &end, 10)) : std::strtod(text.c_str(), &end);
  if (errno || *end || !(v > 0)) return false;
  *out = v;
  return true;
}

// Parses argv[2...] (after "run"). Returns -1 when fine, else the exit status to leave with.
int parse_run_arguments(int argc, char** argv, CliOptions* o) {
  bool options_done = false;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    bool is_option = !options_done && arg.size() > 1 && arg[0] == '-';
    if (!is_option) {
      if (o->path.empty()) o->path = arg;
      else o->run.argv.push_back(arg);
      continue;
    }
    if (arg == "--") {
      options_done = true;
      continue;
    }
    // "--name value" or "--name=value".
    std::string name = arg, value;
    bool inline_value = false;
    if (size_t eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      inline_value = true;
    }
    auto take_value = [&] {
      if (inline_value) return true;
      if (i + 1 >= argc) return false;
      value = argv[++i];
      return true;
    };
    if (name == "--help" || name == "-h") {
      std::fputs(kUsage, stdout);
      std::fputs(kHelp, stdout);
      return 0;
    } else if (name == "--version") {
      std::printf("loopscope %s\n", LOOPSCOPE_VERSION);
      return 0;
    } else if (name == "--clock") {
      if (!take_value()) return usage_error("--clock needs a value: virtual or real");
      if (value != "virtual" && value != "real") return usage_error("--clock takes virtual or real, not '" + value + "'");
      o->run.virtual_clock = value == "virtual";
    } else if (name == "--cpus") {
      double n = 0;
      if (!take_value() || !parse_positive(value, true, &n) || n > 1024) {
        return usage_error("--cpus takes a whole number of cores from 1 to 1024, not '" + value + "'");
      }
      o->run.cpus = static_cast<int>(n);
    } else if (name == "--timeline" && !inline_value) {
      o->timeline = true;
    } else if (name == "--json" && !inline_value) {
      o->json = true;
    } else if (name == "--trace") {
      if (!take_value() || value.empty()) return usage_error("--trace needs a file name (--trace OUT.json)");
      o->trace_path = value;
    } else if (name == "--max-steps") {
      double n = 0;
      if (!take_value() || !parse_positive(value, true, &n)) {
        return usage_error("--max-steps takes a positive whole number, not '" + value + "'");
      }
      o->max_steps = static_cast<long long>(n);
    } else if (name == "--timeout") {
      double s = 0;
      if (!take_value() || !parse_positive(value, false, &s)) {
        return usage_error("--timeout takes a positive number of seconds, not '" + value + "'");
      }
      if (!LOOPSCOPE_CLI_HAS_THREADS) return usage_error("--timeout needs threads, which this build lacks");
      o->timeout_s = s;
    } else if (o->path.empty()) {
      return usage_error("unknown option '" + arg + "'");
    } else {
      o->run.argv.push_back(arg);  // the program's own option
    }
  }
  if (o->path.empty()) return usage_error("no program file given");
  return -1;
}

std::string absolute_path(const std::string& path) {
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(path, error);
  return error ? path : absolute.lexically_normal().string();
}

bool read_program(const std::string& path, std::string* source) {
  std::stringstream ss;
  if (path == "-") {
    ss << std::cin.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    ss << in.rdbuf();
  }
  *source = ss.str();
  return true;
}

// Everything the run produces, guarded by one mutex: the interpreter writes and emits on the
// main thread, while the --timeout watchdog may have to report from another.
class RunRecord final : public aio::TraceSink {
 public:
  explicit RunRecord(const CliOptions& options) : options_(options) {}

  void emit(const aio::TraceEvent& event) override {
    std::unique_lock lock(mutex_);
    events_.push_back(event);
    if (event.kind == aio::EventKind::StepBegan && options_.max_steps && ++steps_ > options_.max_steps) {
      stop(lock, "loopscope: stopped after " + std::to_string(options_.max_steps) + " steps (--max-steps)\n");
    }
  }

  // `n` more loop iterations ran (the interpreter reports them in batches): a step each, so a
  // runaway `while True: pass` is stopped by --max-steps as well as a runaway set of tasks.
  void count_loop_iterations(int64_t n) {
    std::unique_lock lock(mutex_);
    steps_ += n;
    if (options_.max_steps && steps_ > options_.max_steps) {
      stop(lock, "loopscope: stopped after " + std::to_string(options_.max_steps) + " steps (--max-steps)\n");
    }
  }

  void write(std::string_view text, bool is_stderr) {
    std::lock_guard lock(mutex_);
    if (options_.json) {
      (is_stderr ? stderr_ : stdout_).append(text);
    } else if (is_stderr) {
      std::fflush(stdout);
      std::fwrite(text.data(), 1, text.size(), stderr);
    } else {
      std::fwrite(text.data(), 1, text.size(), stdout);
    }
  }

  // The run ended by itself: draw the views and give its exit status.
  int finish(int status) {
    std::unique_lock lock(mutex_);
    finished_ = true;
    finished_cv_.notify_all();
    return report(status, "");
  }

  // Sleeps until the run finishes or `seconds` of wall time pass; then asks the interpreter to
  // stop (it unwinds at its next tick and the main thread reports). A program that never ticks
  // (blocked in a real-clock sleep or input()) is ended from here after a grace period, where
  // the platform allows exiting from a second thread (natively; not in wasm, where exit is
  // proxied to the busy main thread).
  void watch(double seconds) {
    std::unique_lock lock(mutex_);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    if (finished_cv_.wait_until(lock, deadline, [&] { return finished_; })) return;
    char reason[96];
    std::snprintf(reason, sizeof reason, "the --timeout of %g s of wall time was reached", seconds);
    timeout_reason_ = reason;
    timed_out_ = true;
#if !defined(__EMSCRIPTEN__)
    if (finished_cv_.wait_for(lock, std::chrono::seconds(2), [&] { return finished_; })) return;
    stop(lock, "loopscope: stopped: " + timeout_reason_ + "\n");
#else
    finished_cv_.wait(lock, [&] { return finished_; });
#endif
  }

  // What the interpreter's should_stop answers: why the run must stop now, or "".
  std::string stop_reason() {
    if (!timed_out_) return {};
    std::lock_guard lock(mutex_);
    return timeout_reason_;
  }

 private:
  // A limit was reached in the middle of the run: report what happened so far and leave at once
  // (the interpreter cannot be unwound from here).
  [[noreturn]] void stop(std::unique_lock<std::mutex>& lock, const std::string& message) {
    (void)lock;
    finished_ = true;
    int status = report(kStopped, message);
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(status);
  }

  int report(int status, const std::string& stop_message) {
    std::fflush(stdout);
    if (!stop_message.empty()) {
      if (options_.json) stderr_ += stop_message;
      else std::fputs(stop_message.c_str(), stderr);
    }
    if (!options_.trace_path.empty()) {
      aio::ChromeTraceOptions chrome{.process_name = "loopscope " + options_.path};
      std::ofstream out(options_.trace_path, std::ios::binary);
      out << aio::chrome_trace_json(events_, chrome);
      if (!out) {
        std::fprintf(stderr, "loopscope: can't write the trace to '%s'\n", options_.trace_path.c_str());
        if (status == 0) status = 1;
      }
    }
    bool stopped = !stop_message.empty() || timed_out_;
    if (options_.json) std::fputs(result_json(status, stopped).c_str(), stdout);
    if (options_.timeline) {
      std::fflush(stdout);
      aio::TimelineOptions timeline;
      timeline.clock_name = options_.run.virtual_clock ? "virtual clock" : "real clock";
      std::fputs(aio::render_timeline(events_, timeline).c_str(), stderr);
    }
    std::fflush(stdout);
    return status;
  }

  std::string result_json(int status, bool stopped) const {
    std::string out = "{\"stdout\":\"" + aio::json_escape(stdout_) + "\",\"stderr\":\"" + aio::json_escape(stderr_) +
                      "\",\"exitCode\":" + std::to_string(status);
    out += std::string(",\"clock\":\"") + (options_.run.virtual_clock ? "virtual" : "real") + "\"";
    // The virtual clock starts at 0, so the last event's time is how long the run took on it.
    int64_t last_ns = 0;
    for (const aio::TraceEvent& e : events_) last_ns = std::max(last_ns, e.time_ns);
    out += ",\"virtualTimeMs\":" + (options_.run.virtual_clock ? aio::chrome_microseconds(last_ns / 1000) : "null");
    if (stopped) out += ",\"stopped\":true";
    out += ",\"events\":" + aio::events_to_json(events_) + "}\n";
    return out;
  }

  const CliOptions& options_;
  std::mutex mutex_;
  std::condition_variable finished_cv_;
  bool finished_ = false;
  std::atomic<bool> timed_out_{false};
  std::string timeout_reason_;
  std::vector<aio::TraceEvent> events_;
  long long steps_ = 0;
  std::string stdout_, stderr_;  // --json: the program's output, kept for the result
};

}  // namespace

// Runs `body` on a thread with a 256 MiB stack (only the pages it touches are used): Python's
// recursion limit of 1000 is then what stops deep recursion, not the native stack, even in
// builds whose frames are large (ASan). Where there are no threads, on this one.
int run_on_big_stack(const std::function<int()>& body) {
#if LOOPSCOPE_CLI_HAS_THREADS && !defined(__EMSCRIPTEN__)
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{256} << 20);
  struct Job {
    const std::function<int()>* body;
    int status;
  } job{&body, 0};
  pthread_t thread;
  int err = pthread_create(&thread, &attr, [](void* p) -> void* {
    auto* j = static_cast<Job*>(p);
    j->status = (*j->body)();
    return nullptr;
  }, &job);
  pthread_attr_destroy(&attr);
  if (err == 0) {
    pthread_join(thread, nullptr);
    return job.status;
  }
#endif
  return body();
}

int main(int argc, char** argv) {
  if (argc < 2) return usage_error("expected: run FILE.py");
  std::string command = argv[1];
  if (command == "--help" || command == "-h") {
    std::fputs(kUsage, stdout);
    std::fputs(kHelp, stdout);
    return 0;
  }
  if (command == "--version") {
    std::printf("loopscope %s\n", LOOPSCOPE_VERSION);
    return 0;
  }
  if (command != "run") return usage_error("unknown command '" + command + "' (expected: run FILE.py)");

  CliOptions options;
  if (int status = parse_run_arguments(argc, argv, &options); status >= 0) return status;
  // Tracebacks name the file by its absolute path, as CPython's do (sys.argv[0] keeps it as given).
  options.run.filename = options.path == "-" ? "<stdin>" : absolute_path(options.path);
  options.run.argv0 = options.path;
  std::string source;
  if (!read_program(options.path, &source)) {
    std::fprintf(stderr, "loopscope: can't open file '%s': %s\n", options.path.c_str(), std::strerror(errno));
    return kUsageError;
  }
  if (!options.trace_path.empty()) {
    // Fail before running, not after, when the trace can't be written.
    std::ofstream probe(options.trace_path, std::ios::binary | std::ios::app);
    if (!probe) {
      std::fprintf(stderr, "loopscope: can't write the trace to '%s': %s\n", options.trace_path.c_str(),
                   std::strerror(errno));
      return kUsageError;
    }
  }

  RunRecord record(options);
  bool need_events = options.timeline || options.json || !options.trace_path.empty() || options.max_steps;
  if (need_events) options.run.trace = &record;
  if (options.max_steps || options.timeout_s > 0) {
    options.run.should_stop = [&record, &options] {
      if (options.max_steps) record.count_loop_iterations(py::kTickInterval);
      return record.stop_reason();
    };
  }
#if LOOPSCOPE_CLI_HAS_THREADS
  std::thread watchdog;
  if (options.timeout_s > 0) watchdog = std::thread([&] { record.watch(options.timeout_s); });
#endif
  py::OutputSink sink{[&](std::string_view text, bool is_stderr) { record.write(text, is_stderr); }};
  int status = record.finish(run_on_big_stack([&] { return py::run_program(source, options.run, sink); }));
#if LOOPSCOPE_CLI_HAS_THREADS
  if (watchdog.joinable()) watchdog.join();
#endif
  return status;
}
