// loopscope_engine: the interpreter as an Embind module, the engine behind the npm package's JS
// API (js/index.js runs it inside a worker_threads Worker). One call runs one program:
//   run(source, optionsJson, onOutput, onEvent) -> result JSON
// and the run's views are drawn from its events: chromeTrace(events), textTimeline(events).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "aio/trace.hpp"
#include "aio/trace_chrome.hpp"
#include "aio/trace_timeline.hpp"
#include "py/objects.hpp"
#include "py/run.hpp"

using emscripten::val;

namespace {

// The wasm memory in bytes: what the memory limit is measured against.
double memory_bytes() { return static_cast<double>(__builtin_wasm_memory_size(0)) * 65536.0; }

// Keeps the run's events, counts steps for the steps limit, and streams each event to JS when
// asked to (so that a run ended from outside still leaves its events behind).
class EngineSink final : public aio::TraceSink {
 public:
  EngineSink(val on_event, bool stream, double max_steps) : on_event_(std::move(on_event)), stream_(stream), max_steps_(max_steps) {}

  void emit(const aio::TraceEvent& event) override {
    events_.push_back(event);
    if (event.kind == aio::EventKind::StepBegan) ++steps_;
    if (stream_) {
      on_event_(aio::events_to_json({event}));
      held_ = true;
    }
  }

  void count_loop_iterations(int64_t n) { steps_ += static_cast<double>(n); }

  // Called at each poll (every kTickInterval loop iterations): while the JS side holds streamed
  // events back (it sends them in batches), give it the chance to send them, so that a long
  // silent loop (`while True: pass`, then Stop) does not keep the events before it from the
  // page. on_event("") asks "send what is due"; it answers whether events are still held.
  void poll_stream() {
    if (!stream_ || !held_ || std::this_thread::get_id() != run_thread_) return;
    held_ = on_event_(std::string()).as<bool>();
  }
  bool over_steps() const { return max_steps_ > 0 && steps_ > max_steps_; }
  const std::vector<aio::TraceEvent>& events() const { return events_; }

 private:
  val on_event_;
  bool stream_;
  double max_steps_;
  double steps_ = 0;
  bool held_ = false;  // events streamed since the JS side last said it holds none
  std::thread::id run_thread_ = std::this_thread::get_id();  // JS is only called from here
  std::vector<aio::TraceEvent> events_;
};

std::string string_field(const val& o, const char* name, const std::string& fallback) {
  val v = o[name];
  return v.isString() ? v.as<std::string>() : fallback;
}

double number_field(const val& o, const char* name, double fallback) {
  val v = o[name];
  return v.isNumber() ? v.as<double>() : fallback;
}

// options: {filename, argv0, stdin, argv, clock, epochStart, cpus, maxSteps, memoryBytes, streamEvents}
// Result: {"exitCode":N,"stopped":bool,"stopReason":"steps"|"memory"|null,"virtualTimeMs":X,
//          "events":[...]} — stdout and stderr went to onOutput(text, isStderr) as they came.
std::string run(std::string source, std::string options_json, val on_output, val on_event) {
  val options = val::global("JSON").call<val>("parse", options_json);
  py::RunOptions run;
  run.filename = string_field(options, "filename", "main.py");
  run.argv0 = string_field(options, "argv0", "");
  run.stdin_text = string_field(options, "stdin", "");
  val argv = options["argv"];
  if (argv.isArray()) {
    unsigned n = argv["length"].as<unsigned>();
    for (unsigned i = 0; i < n; ++i) run.argv.push_back(argv[i].as<std::string>());
  }
  run.virtual_clock = string_field(options, "clock", "virtual") != "real";
  run.epoch_start = number_field(options, "epochStart", -1);
  run.cpus = std::max(1, static_cast<int>(number_field(options, "cpus", 4)));  // virtual cores
  double max_steps = number_field(options, "maxSteps", 0);
  double max_memory = number_field(options, "memoryBytes", 0);
  bool stream = options["streamEvents"].isTrue();

  EngineSink sink(on_event, stream, max_steps);
  run.trace = &sink;
  std::string stop_reason;
  run.should_stop = [&]() -> std::string {
    sink.count_loop_iterations(py::kTickInterval);
    sink.poll_stream();
    if (sink.over_steps()) stop_reason = "steps";
    else if (max_memory > 0 && memory_bytes() > max_memory) stop_reason = "memory";
    if (stop_reason == "steps") return "the steps limit (" + std::to_string(static_cast<long long>(max_steps)) + ") was reached";
    if (stop_reason == "memory") return "the memory limit was reached";
    return "";
  };
  py::OutputSink output{[&](std::string_view text, bool is_stderr) {
    on_output(std::string(text), is_stderr);
  }};
  int status = py::run_program(source, run, output);

  // Between two polls a program may allocate a lot at once: a run that failed (MemoryError)
  // over the limit was stopped by it too.
  if (stop_reason.empty() && status != 0 && max_memory > 0 && memory_bytes() > max_memory) {
    stop_reason = "memory";
    on_output(std::string("loopscope: stopped: the memory limit was reached\n"), true);
    status = py::kStoppedStatus;
  }
  int64_t last_ns = 0;
  for (const aio::TraceEvent& e : sink.events()) last_ns = std::max(last_ns, e.time_ns);
  bool stopped = status == py::kStoppedStatus && !stop_reason.empty();
  std::string out = "{\"exitCode\":" + std::to_string(status);
  out += std::string(",\"clock\":\"") + (run.virtual_clock ? "virtual" : "real") + "\"";
  out += ",\"virtualTimeMs\":" + (run.virtual_clock ? aio::chrome_microseconds(last_ns / 1000) : "null");
  out += std::string(",\"stopped\":") + (stopped ? "true" : "false");
  out += ",\"stopReason\":" + (stopped ? "\"" + stop_reason + "\"" : std::string("null"));
  out += ",\"events\":" + (stream ? std::string("null") : aio::events_to_json(sink.events())) + "}";
  return out;
}

template <typename Kind, typename NameOf>
Kind kind_named(const std::string& name, Kind last, NameOf name_of) {
  for (int k = 0; k <= static_cast<int>(last); ++k) {
    if (name == name_of(static_cast<Kind>(k))) return static_cast<Kind>(k);
  }
  return Kind{};
}

// The inverse of aio::events_to_json, from the parsed JS objects.
std::vector<aio::TraceEvent> events_from_js(const val& events) {
  std::vector<aio::TraceEvent> out;
  if (!events.isArray()) return out;
  unsigned n = events["length"].as<unsigned>();
  out.reserve(n);
  for (unsigned i = 0; i < n; ++i) {
    val e = events[i];
    aio::TraceEvent event;
    event.time_ns = static_cast<int64_t>(number_field(e, "t", 0));
    event.kind = kind_named(string_field(e, "kind", ""), aio::EventKind::Output, aio::event_kind_name);
    event.wait = kind_named(string_field(e, "wait", "none"), aio::WaitKind::TaskGroup, aio::wait_kind_name);
    event.id = static_cast<uint64_t>(number_field(e, "id", 0));
    event.other = static_cast<uint64_t>(number_field(e, "other", 0));
    event.value = static_cast<int64_t>(number_field(e, "value", 0));
    event.line = static_cast<uint32_t>(number_field(e, "line", 0));
    event.detail = string_field(e, "detail", "");
    event.label = string_field(e, "label", "");
    out.push_back(std::move(event));
  }
  return out;
}

std::string chromeTrace(val events, std::string process_name) {
  aio::ChromeTraceOptions options;
  if (!process_name.empty()) options.process_name = process_name;
  return aio::chrome_trace_json(events_from_js(events), options);
}

std::string textTimeline(val events, std::string clock_name, int width) {
  aio::TimelineOptions options;
  options.clock_name = clock_name;
  if (width > 0) options.width = width;
  return aio::render_timeline(events_from_js(events), options);
}

}  // namespace

EMSCRIPTEN_BINDINGS(loopscope_engine) {
  emscripten::function("run", &run);
  emscripten::function("chromeTrace", &chromeTrace);
  emscripten::function("textTimeline", &textTimeline);
  emscripten::function("memoryBytes", &memory_bytes);
}
