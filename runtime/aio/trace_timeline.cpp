#include "aio/trace_timeline.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace aio {

namespace {

// What each bucket character means, in legend order. Waits get the first letter of what they
// wait on where it is free, so a row reads "#ttttt#" as "ran, waited on a task, ran".
struct Symbol {
  char c;
  const char* meaning;
};

Symbol symbol_of(LaneState state, WaitKind wait) {
  switch (state) {
    case LaneState::Running: return {'#', "running"};
    case LaneState::Ready: return {'.', "ready"};
    case LaneState::Done: return {'_', "done"};
    case LaneState::Waiting: break;
  }
  switch (wait) {
    case WaitKind::Sleep: return {'-', "sleep"};
    case WaitKind::Future: return {'f', "future"};
    case WaitKind::Task: return {'t', "task"};
    case WaitKind::Lock: return {'l', "lock"};
    case WaitKind::Event: return {'e', "event"};
    case WaitKind::Condition: return {'c', "condition"};
    case WaitKind::Semaphore: return {'s', "semaphore"};
    case WaitKind::Barrier: return {'b', "barrier"};
    case WaitKind::QueueGet: return {'q', "queue get"};
    case WaitKind::QueuePut: return {'p', "queue put"};
    case WaitKind::QueueJoin: return {'j', "queue join"};
    case WaitKind::Gather: return {'g', "gather"};
    case WaitKind::Wait: return {'w', "wait"};
    case WaitKind::Executor: return {'x', "executor"};
    case WaitKind::TaskGroup: return {'G', "task group"};
    case WaitKind::None:
    case WaitKind::Yield: break;
  }
  return {'~', "waiting"};
}

constexpr char kStdoutMark = '*';
constexpr char kStderrMark = '!';

// ---- text measuring (UTF-8) ---------------------------------------------------------------

// Decodes the code point at `i` and advances `i` past it (invalid bytes count as one each).
uint32_t next_code_point(const std::string& s, size_t& i) {
  unsigned char c = s[i];
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  if (extra && i + extra >= s.size()) extra = 0;  // cut short
  for (int k = 1; k <= extra; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) extra = 0;
  }
  uint32_t cp = extra == 0 ? c : c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += 1 + extra;
  return cp;
}

bool is_wide(uint32_t cp) {
  return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
         (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

size_t code_point_width(uint32_t cp) {
  if (cp >= 0x300 && cp <= 0x36F) return 0;  // combining accents
  return is_wide(cp) ? 2 : 1;
}

// `text` cut to at most `width` columns ("..." marks a cut), then padded with spaces to `width`.
std::string fit(const std::string& text, size_t width, bool pad = true) {
  std::string out;
  size_t used = 0;
  bool cut = display_width(text) > width;
  size_t room = cut && width >= 3 ? width - 3 : width;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    size_t w = code_point_width(next_code_point(text, i));
    if (used + w > room) break;
    out.append(text, start, i - start);
    used += w;
  }
  if (cut && width >= 3) {
    out += "...";
    used += 3;
  }
  if (pad) out.append(width > used ? width - used : 0, ' ');
  return out;
}

// ---- the time axis --------------------------------------------------------------------------

struct Unit {
  const char* suffix;
  int64_t ns;
};

Unit unit_for(int64_t span_ns) {
  if (span_ns >= 1'000'000'000) return {"s", 1'000'000'000};
  if (span_ns >= 1'000'000 || span_ns == 0) return {"ms", 1'000'000};
  return {"us", 1'000};
}

// `ns` in `unit`, with up to three decimals and no trailing zeros: "1.5s", "250ms".
std::string format_time(int64_t ns, Unit unit) {
  int64_t thousandths = (ns * 1000 + unit.ns / 2) / unit.ns;
  std::string text = std::to_string(thousandths / 1000);
  if (int64_t frac = thousandths % 1000) {
    char buf[8];
    std::snprintf(buf, sizeof buf, ".%03lld", static_cast<long long>(frac));
    text += buf;
    while (text.back() == '0') text.pop_back();
  }
  return text + unit.suffix;
}

// The smallest bucket of 1, 2 or 5 × 10^k ns that fits [0, end] in at most `max_columns`.
int64_t bucket_ns_for(int64_t end_ns, int max_columns) {
  if (end_ns <= 0) return 1'000'000;
  for (int64_t decade = 1;; decade *= 10) {
    for (int64_t step : {1, 2, 5}) {
      int64_t w = step * decade;
      if (end_ns / w + 1 <= max_columns) return w;
    }
  }
}

// ---- rows -------------------------------------------------------------------------------------

// The state a lane shows in [b0, b1): running if a step ran there at all (steps are often
// instants), else the state that covers most of it; blank before the task existed.
char bucket_char(const Lane& lane, size_t& first, int64_t b0, int64_t b1) {
  const auto& iv = lane.intervals;
  while (first < iv.size() && iv[first].end_ns < b0) ++first;
  const StateInterval* best = nullptr;
  const StateInterval* touching = nullptr;  // ends right at b0: the state the run ended in
  int64_t best_cover = 0;
  for (size_t i = first; i < iv.size() && iv[i].begin_ns < b1; ++i) {
    const StateInterval& s = iv[i];
    bool instant = s.begin_ns == s.end_ns;
    if (s.state == LaneState::Running && (instant ? s.begin_ns >= b0 : s.end_ns > b0)) return '#';
    int64_t cover = std::min(s.end_ns, b1) - std::max(s.begin_ns, b0);
    if (cover > best_cover) {
      best_cover = cover;
      best = &s;
    }
    if (s.begin_ns <= b0 && s.end_ns >= b0) touching = &s;
  }
  if (!best) best = touching;
  return best ? symbol_of(best->state, best->wait).c : ' ';
}

// A lane's name for the narrow name column: "Task-2 main.<locals>.waiter()" → "Task-2 waiter()".
std::string short_title(const Lane& lane) {
  std::string title = lane.title();
  const std::string locals = ".<locals>.";
  for (size_t at; (at = title.find(locals)) != std::string::npos;) {
    size_t start = title.rfind(' ', at);
    start = start == std::string::npos ? 0 : start + 1;
    title.erase(start, at + locals.size() - start);
  }
  return title;
}

std::string lane_suffix(const Lane& lane) {
  if (lane.kind == LaneKind::Worker) {
    size_t jobs = lane.intervals.size();
    return std::to_string(jobs) + (jobs == 1 ? " job" : " jobs");
  }
  return lane.outcome.empty() ? "pending" : lane.outcome;
}

std::string task_short_name(const Lanes& lanes, uint64_t task) {
  if (!task) return "-";
  const Lane* lane = lanes.find_task(task);
  return lane ? lane->name : "task " + std::to_string(task);
}

// Lines of a write, without the final newline's empty tail.
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

std::string without_trailing_spaces(const std::string& text) {
  std::string out;
  for (const std::string& line : split_lines(text)) {
    size_t end = line.find_last_not_of(' ');
    out += (end == std::string::npos ? "" : line.substr(0, end + 1)) + "\n";
  }
  return out;
}

}  // namespace

char timeline_symbol(LaneState state, WaitKind wait) { return symbol_of(state, wait).c; }

size_t display_width(const std::string& text) {
  size_t width = 0;
  for (size_t i = 0; i < text.size();) width += code_point_width(next_code_point(text, i));
  return width;
}

std::string render_timeline(const std::vector<TraceEvent>& events, const TimelineOptions& options) {
  Lanes lanes = build_lanes(events);
  bool any_step = std::any_of(events.begin(), events.end(), [](const TraceEvent& e) { return e.kind == EventKind::StepBegan; });
  if (lanes.end_ns == 0 && any_step) return render_timeline(build_lanes_by_step(events), options, TimelineAxis::Steps);
  return render_timeline(lanes, options, TimelineAxis::Time);
}

namespace {

// The horizontal axis: what a column stands for and how times are written.
struct Axis {
  bool by_step = false;
  int64_t bucket = 1;  // per column: ns, or steps
  int columns = 1;
  Unit unit{};
  int64_t end = 0;

  std::string header() const {
    if (by_step) {
      return "timeline: " + std::to_string(end) + (end == 1 ? " task step" : " task steps") +
             " at one instant; one column per " +
             (bucket == 1 ? std::string("step") : std::to_string(bucket) + " steps") + ", in order\n";
    }
    return "timeline: " + format_time(end, unit_for(end)) + " from the first event, one column per " +
           format_time(bucket, unit_for(bucket)) + "\n";
  }
  // Column c's label under the axis: its start time, or its first step (steps count from 1).
  std::string label(int c) const { return by_step ? std::to_string(bucket * c + 1) : format_time(bucket * c, unit); }
  // When an event happened: "1.5s", or "step 3".
  std::string when(int64_t t) const {
    if (!by_step) return format_time(t, unit);
    return t >= end ? std::string("end") : "step " + std::to_string(t + 1);
  }
};

Axis make_axis(const Lanes& lanes, TimelineAxis kind, int max_columns) {
  Axis axis;
  axis.end = lanes.end_ns;
  axis.by_step = kind == TimelineAxis::Steps;
  if (axis.by_step) {
    // Step k runs over [k, k+1): the columns end with the last step.
    int64_t steps = std::max<int64_t>(lanes.end_ns, 1);
    axis.bucket = steps == 1 ? 1 : bucket_ns_for(steps - 1, max_columns);
    axis.columns = static_cast<int>((steps + axis.bucket - 1) / axis.bucket);
    axis.unit = {"", 1};
  } else {
    axis.bucket = bucket_ns_for(lanes.end_ns, max_columns);
    axis.columns = static_cast<int>(lanes.end_ns / axis.bucket) + 1;
    axis.unit = unit_for(std::max(lanes.end_ns, axis.bucket * 10));
  }
  return axis;
}

// Labels and ticks, every ten columns.
std::string axis_lines(const Axis& axis, size_t name_width) {
  std::string indent(name_width + 1, ' ');
  std::string labels = indent, ticks = indent;
  for (int c = 0; c < axis.columns; c += 10) {
    size_t at = name_width + 1 + c;
    if (labels.size() < at) labels.append(at - labels.size(), ' ');
    if (labels.size() > at) continue;  // the previous label is too long to leave room
    labels += axis.label(c);
  }
  for (int c = 0; c < axis.columns; ++c) ticks += c % 10 == 0 ? '|' : ' ';
  return labels + "\n" + ticks + "\n";
}

using SymbolsUsed = std::array<bool, 128>;

std::string lane_row(const Lane& lane, const Axis& axis, size_t name_width, SymbolsUsed& used) {
  std::string row = fit(short_title(lane), name_width) + " ";
  size_t first = 0;
  for (int c = 0; c < axis.columns; ++c) {
    char ch = bucket_char(lane, first, axis.bucket * c, axis.bucket * (c + 1));
    used[static_cast<unsigned char>(ch)] = true;
    row += ch;
  }
  return row + "  " + lane_suffix(lane) + "\n";
}

// A mark in each column where the program wrote; stderr outweighs stdout in a shared column.
std::string output_row(const Lanes& lanes, const Axis& axis, size_t name_width, SymbolsUsed& used) {
  std::string marks(axis.columns, ' ');
  for (const OutputMark& m : lanes.outputs) {
    size_t column = std::min<size_t>(static_cast<size_t>(m.time_ns / axis.bucket), axis.columns - 1);
    char& cell = marks[column];
    if (cell != kStderrMark) cell = m.is_stderr ? kStderrMark : kStdoutMark;
    used[static_cast<unsigned char>(cell)] = true;
  }
  return fit("output", name_width) + " " + marks + "\n";
}

// The always-meaningful states, then only the symbols this run drew.
std::string legend(bool any_lane, const SymbolsUsed& used) {
  std::string out = "legend:";
  auto add = [&](char c, const char* meaning, bool always) {
    if (always || used[static_cast<unsigned char>(c)]) out += std::string("  ") + c + " " + meaning;
  };
  add('#', "running", any_lane);
  add('.', "ready", any_lane);
  for (int w = static_cast<int>(WaitKind::Sleep); w <= static_cast<int>(WaitKind::TaskGroup); ++w) {
    Symbol s = symbol_of(LaneState::Waiting, static_cast<WaitKind>(w));
    add(s.c, s.meaning, false);
  }
  add('~', "waiting", false);
  add('_', "done", any_lane);
  add(kStdoutMark, "output", false);
  add(kStderrMark, "stderr", false);
  return out + "\n";
}

// The output lines with their times, who printed them and where.
std::string output_listing(const Lanes& lanes, const Axis& axis, const TimelineOptions& options) {
  if (lanes.outputs.empty()) return "";
  std::string out = "output:\n";
  size_t printed = 0, total = 0;
  for (const OutputMark& m : lanes.outputs) total += std::max<size_t>(1, split_lines(m.text).size());
  for (const OutputMark& m : lanes.outputs) {
    if (printed >= options.max_output_lines) break;
    std::string where = m.line ? "line " + std::to_string(m.line) : "";
    std::string prefix =
        "  " + fit(axis.when(m.time_ns), 9) + " " + fit(task_short_name(lanes, m.task), 8) + " " + fit(where, 9) + " ";
    size_t prefix_width = display_width(prefix);
    size_t room = options.width > static_cast<int>(prefix_width) + 10 ? options.width - prefix_width : 10;
    std::vector<std::string> lines = split_lines(m.text);
    if (lines.empty()) lines.push_back("");
    for (size_t k = 0; k < lines.size() && printed < options.max_output_lines; ++k, ++printed) {
      std::string text = (m.is_stderr && k == 0 ? "(stderr) " : "") + lines[k];
      out += (k == 0 ? prefix : std::string(prefix_width, ' ')) + fit(text, room, false) + "\n";
    }
  }
  if (total > printed) out += "  (" + std::to_string(total - printed) + " more output lines not shown)\n";
  return out;
}

}  // namespace

std::string render_timeline(const Lanes& lanes, const TimelineOptions& options, TimelineAxis kind) {
  size_t shown_lanes = std::min(lanes.lanes.size(), options.max_lanes);
  // The name column fits the longest title, within reason.
  size_t name_width = 6;  // "output"
  for (size_t i = 0; i < shown_lanes; ++i) name_width = std::max(name_width, display_width(short_title(lanes.lanes[i])));
  name_width = std::min<size_t>(name_width, 28);
  const int suffix_width = 10;  // " cancelled"
  Axis axis = make_axis(lanes, kind, std::max(20, options.width - static_cast<int>(name_width) - 3 - suffix_width));

  std::string out = axis.header();
  if (!options.clock_name.empty()) out.insert(std::string("timeline").size(), " (" + options.clock_name + ")");
  if (!lanes.has_tasks()) out += "(no asyncio tasks ran: only the program's output is shown)\n";
  out += axis_lines(axis, name_width);
  SymbolsUsed used{};
  for (size_t i = 0; i < shown_lanes; ++i) out += lane_row(lanes.lanes[i], axis, name_width, used);
  if (lanes.lanes.size() > shown_lanes) {
    out += '(';
    out += std::to_string(lanes.lanes.size() - shown_lanes);
    out += " more lanes not shown)\n";
  }
  out += output_row(lanes, axis, name_width, used);
  out += legend(shown_lanes > 0, used);
  out += output_listing(lanes, axis, options);
  return without_trailing_spaces(out);
}

}  // namespace aio
