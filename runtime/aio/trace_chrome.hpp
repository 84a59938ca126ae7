// The Chrome Trace Event Format view (`loopscope run --trace OUT.json`), which Perfetto and
// chrome://tracing open: one track per task named "Task-1 main()", a slice per state interval
// of its lane (run steps; ready; waits named by what they wait on, with the source line),
// instants for output, and flow arrows for created-by and woken-by. Drawn from the same lanes
// as the text timeline (trace_lanes.hpp).
#pragma once

#include <string>
#include <vector>

#include "aio/trace.hpp"
#include "aio/trace_lanes.hpp"

namespace aio {

struct ChromeTraceOptions {
  std::string process_name = "loopscope";  // the process track's title, e.g. "loopscope main.py"
};

// `{"traceEvents":[...],"displayTimeUnit":"ms"}`; timestamps in microseconds from the first event.
std::string chrome_trace_json(const Lanes& lanes, const ChromeTraceOptions& options = {});
std::string chrome_trace_json(const std::vector<TraceEvent>& events, const ChromeTraceOptions& options = {});

// Nanoseconds as the format's microseconds, exactly: 1500 → "1.5".
std::string chrome_microseconds(int64_t ns);

}  // namespace aio
