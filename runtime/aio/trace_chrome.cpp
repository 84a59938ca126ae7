#include "aio/trace_chrome.hpp"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace aio {

namespace {

constexpr int kPid = 1;
constexpr int kProgramTid = 1;  // code outside any task (a synchronous program, asyncio.run's caller)

// Lane i's track; the program's track comes first.
int lane_tid(size_t lane_index) { return static_cast<int>(lane_index) + 2; }

// Builds the traceEvents array one event object at a time.
class EventWriter {
 public:
  void begin(const char* ph, const std::string& name, int tid, int64_t ts_ns) {
    out_ += first_ ? "\n" : ",\n";
    first_ = false;
    out_ += std::string("{\"ph\":\"") + ph + "\",\"name\":\"" + json_escape(name) + "\",\"pid\":" +
            std::to_string(kPid) + ",\"tid\":" + std::to_string(tid) + ",\"ts\":" + chrome_microseconds(ts_ns);
  }
  void field(const char* key, const std::string& raw_json) { out_ += std::string(",\"") + key + "\":" + raw_json; }
  void text_field(const char* key, const std::string& text) {
    out_ += std::string(",\"") + key + "\":\"";
    out_ += json_escape(text);
    out_ += '"';
  }
  void end() { out_ += "}"; }

  void metadata(const char* name, int tid, const std::string& args) {
    begin("M", name, tid, 0);
    field("args", args);
    end();
  }

  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool first_ = true;
};

std::string slice_name(const Lane& lane, const StateInterval& s) {
  if (lane.kind == LaneKind::Worker) return "job";
  switch (s.state) {
    case LaneState::Running: return "run";
    case LaneState::Ready: return s.wait == WaitKind::Yield ? "ready (yield)" : "ready";
    case LaneState::Waiting: return s.wait == WaitKind::None ? "wait" : wait_kind_name(s.wait);
    case LaneState::Done: return "done";
  }
  return "?";
}

const char* slice_category(const Lane& lane, const StateInterval& s) {
  if (lane.kind == LaneKind::Worker) return "job";
  switch (s.state) {
    case LaneState::Running: return "step";
    case LaneState::Ready: return "ready";
    case LaneState::Waiting: return "wait";
    case LaneState::Done: return "done";
  }
  return "?";
}

std::string slice_args(const Lane& lane, const StateInterval& s) {
  std::string args = "{";
  auto add = [&](const char* key, const std::string& value) {
    if (args.size() > 1) args += ",";
    args += std::string("\"") + key + "\":" + value;
  };
  if (lane.kind == LaneKind::Worker) {
    add("job", std::to_string(s.object));
  } else {
    add("task", std::to_string(lane.id));
    if (s.line) add("line", std::to_string(s.line));
    if (s.state == LaneState::Waiting && s.object) add("object", std::to_string(s.object));
  }
  return args + "}";
}

// Where a flow may start on `lane`'s track at time t: inside its step that ran last by then.
// Returns false when the lane never ran before t. (Intervals are in time order: binary search,
// since a long run has as many flows as steps.)
bool flow_start(const Lane& lane, int64_t t, int64_t* ts) {
  const auto& iv = lane.intervals;
  auto it = std::upper_bound(iv.begin(), iv.end(), t, [](int64_t v, const StateInterval& s) { return v < s.begin_ns; });
  while (it != iv.begin()) {
    --it;
    if (it->state == LaneState::Running) {
      *ts = std::min(t, it->end_ns);
      return true;
    }
  }
  return false;
}

// Where a flow ends on `lane`'s track: the first step it ran at or after t.
bool flow_end(const Lane& lane, int64_t t, int64_t* ts) {
  const auto& iv = lane.intervals;
  auto it = std::lower_bound(iv.begin(), iv.end(), t, [](const StateInterval& s, int64_t v) { return s.begin_ns < v; });
  for (; it != iv.end(); ++it) {
    if (it->state == LaneState::Running) {
      *ts = it->begin_ns;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string chrome_microseconds(int64_t ns) {
  bool negative = ns < 0;
  uint64_t abs_ns = negative ? static_cast<uint64_t>(-(ns + 1)) + 1 : static_cast<uint64_t>(ns);
  std::string text = negative ? "-" : "";
  text += std::to_string(abs_ns / 1000);
  if (uint64_t frac = abs_ns % 1000) {
    char buf[8];
    std::snprintf(buf, sizeof buf, ".%03llu", static_cast<unsigned long long>(frac));
    text += buf;
    while (text.back() == '0') text.pop_back();
  }
  return text;
}

std::string chrome_trace_json(const std::vector<TraceEvent>& events, const ChromeTraceOptions& options) {
  return chrome_trace_json(build_lanes(events), options);
}

std::string chrome_trace_json(const Lanes& lanes, const ChromeTraceOptions& options) {
  EventWriter w;
  w.metadata("process_name", kProgramTid, "{\"name\":\"" + json_escape(options.process_name) + "\"}");
  // The program's own track, when something happened outside tasks (a synchronous program).
  bool outside_tasks = std::any_of(lanes.outputs.begin(), lanes.outputs.end(), [](const OutputMark& m) { return m.task == 0; });
  if (outside_tasks) {
    w.metadata("thread_name", kProgramTid, "{\"name\":\"program (outside tasks)\"}");
    w.metadata("thread_sort_index", kProgramTid, "{\"sort_index\":" + std::to_string(kProgramTid) + "}");
  }
  for (size_t i = 0; i < lanes.lanes.size(); ++i) {
    int tid = lane_tid(i);
    w.metadata("thread_name", tid, "{\"name\":\"" + json_escape(lanes.lanes[i].title()) + "\"}");
    w.metadata("thread_sort_index", tid, "{\"sort_index\":" + std::to_string(tid) + "}");
  }

  // Slices: a lane's intervals follow one another, so they never overlap on its track.
  for (size_t i = 0; i < lanes.lanes.size(); ++i) {
    const Lane& lane = lanes.lanes[i];
    for (const StateInterval& s : lane.intervals) {
      if (s.state == LaneState::Done) continue;  // a finished task's track just ends
      w.begin("X", slice_name(lane, s), lane_tid(i), s.begin_ns);
      w.field("dur", chrome_microseconds(s.end_ns - s.begin_ns));
      w.text_field("cat", slice_category(lane, s));
      w.field("args", slice_args(lane, s));
      w.end();
    }
  }

  // Output: an instant on the printing task's track.
  std::unordered_map<uint64_t, size_t> task_lane;
  for (size_t i = 0; i < lanes.lanes.size(); ++i) {
    if (lanes.lanes[i].kind == LaneKind::Task) task_lane.emplace(lanes.lanes[i].id, i);
  }
  auto tid_of_task = [&](uint64_t task) {
    auto it = task_lane.find(task);
    return it == task_lane.end() ? kProgramTid : lane_tid(it->second);
  };
  for (const OutputMark& m : lanes.outputs) {
    w.begin("i", m.is_stderr ? "stderr" : "stdout", m.task ? tid_of_task(m.task) : kProgramTid, m.time_ns);
    w.text_field("s", "t");
    w.text_field("cat", "output");
    std::string args = "{\"text\":\"" + json_escape(m.text) + "\"";
    if (m.line) args += ",\"line\":" + std::to_string(m.line);
    w.field("args", args + "}");
    w.end();
  }

  // Flows: from the parent's (waker's) step to the child's (woken task's) next step.
  uint64_t flow_id = 0;
  for (const Link& link : lanes.links) {
    auto from_it = task_lane.find(link.from), to_it = task_lane.find(link.to);
    const Lane* from = from_it == task_lane.end() ? nullptr : &lanes.lanes[from_it->second];
    const Lane* to = to_it == task_lane.end() ? nullptr : &lanes.lanes[to_it->second];
    int64_t ts_start = 0, ts_end = 0;
    if (!from || !to || !flow_start(*from, link.time_ns, &ts_start) || !flow_end(*to, link.time_ns, &ts_end)) continue;
    std::string name = link.kind == Link::Kind::Created ? "created" : "woke";
    std::string id = std::to_string(++flow_id);
    w.begin("s", name, tid_of_task(link.from), ts_start);
    w.text_field("cat", "flow");
    w.field("id", id);
    w.end();
    w.begin("f", name, tid_of_task(link.to), ts_end);
    w.text_field("cat", "flow");
    w.field("id", id);
    w.text_field("bp", "e");
    w.end();
  }
  return "{\"traceEvents\":[" + w.take() + "\n],\"displayTimeUnit\":\"ms\"}\n";
}

}  // namespace aio
