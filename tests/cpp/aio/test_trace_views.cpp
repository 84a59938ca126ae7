// The views of the event stream (DESIGN.md decision 6): lanes of state intervals, the text
// timeline drawn from them (pinned exactly: the virtual clock makes it a fixed text) and the
// Chrome trace, parsed back with a small JSON reader and checked for Perfetto's rules (slices on a
// track nest, flows start and end inside slices).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "aio/aio.hpp"
#include "aio/trace_chrome.hpp"
#include "aio/trace_lanes.hpp"
#include "aio/trace_timeline.hpp"

namespace {

using aio::Coro;
using aio::EventKind;
using aio::EventLoop;
using aio::LaneState;
using aio::TraceEvent;
using aio::WaitKind;

constexpr int64_t kSecond = 1'000'000'000;

// ---- a JSON reader, just enough to check our own output ---------------------------------------

struct Json {
  enum class Type { Null, Bool, Number, String, Array, Object } type = Type::Null;
  bool boolean = false;
  double number = 0;
  std::string text;
  std::vector<Json> items;
  std::map<std::string, Json> fields;

  bool has(const std::string& key) const { return fields.count(key) > 0; }
  const Json& operator[](const std::string& key) const { return fields.at(key); }
};

class JsonReader {
 public:
  explicit JsonReader(const std::string& s) : s_(s) {}

  // Parses the whole text; false (with `error`) when it is not one valid JSON value.
  bool parse(Json* out, std::string* error) {
    bool ok = value(out) && (skip_space(), pos_ == s_.size());
    if (!ok) *error = "invalid JSON near offset " + std::to_string(pos_) + ": " + s_.substr(pos_, 40);
    return ok;
  }

 private:
  void skip_space() {
    while (pos_ < s_.size() && std::strchr(" \t\r\n", s_[pos_])) ++pos_;
  }
  bool eat(char c) {
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == c) return ++pos_, true;
    return false;
  }
  bool literal(const char* word) {
    size_t n = std::strlen(word);
    if (s_.compare(pos_, n, word) != 0) return false;
    pos_ += n;
    return true;
  }
  bool string(std::string* out) {
    if (!eat('"')) return false;
    while (pos_ < s_.size() && s_[pos_] != '"') {
      char c = s_[pos_++];
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c != '\\') {
        *out += c;
        continue;
      }
      if (pos_ >= s_.size()) return false;
      char e = s_[pos_++];
      switch (e) {
        case '"': case '\\': case '/': *out += e; break;
        case 'n': *out += '\n'; break;
        case 't': *out += '\t'; break;
        case 'r': *out += '\r'; break;
        case 'b': *out += '\b'; break;
        case 'f': *out += '\f'; break;
        case 'u': {
          if (pos_ + 4 > s_.size()) return false;
          unsigned cp = std::stoul(s_.substr(pos_, 4), nullptr, 16);
          pos_ += 4;
          if (cp >= 0x80) return false;  // our writer only escapes control characters
          *out += static_cast<char>(cp);
          break;
        }
        default: return false;
      }
    }
    return eat('"');
  }
  bool value(Json* out) {
    skip_space();
    if (pos_ >= s_.size()) return false;
    char c = s_[pos_];
    if (c == '{') {
      out->type = Json::Type::Object;
      ++pos_;
      if (eat('}')) return true;
      do {
        std::string key;
        Json v;
        skip_space();
        if (!string(&key) || !eat(':') || !value(&v)) return false;
        if (out->fields.count(key)) return false;  // duplicate keys: a writer bug
        out->fields[key] = std::move(v);
      } while (eat(','));
      return eat('}');
    }
    if (c == '[') {
      out->type = Json::Type::Array;
      ++pos_;
      if (eat(']')) return true;
      do {
        out->items.emplace_back();
        if (!value(&out->items.back())) return false;
      } while (eat(','));
      return eat(']');
    }
    if (c == '"') {
      out->type = Json::Type::String;
      return string(&out->text);
    }
    if (literal("true")) return out->type = Json::Type::Bool, out->boolean = true, true;
    if (literal("false")) return out->type = Json::Type::Bool, true;
    if (literal("null")) return true;
    const char* begin = s_.c_str() + pos_;
    char* end = nullptr;
    out->number = std::strtod(begin, &end);
    if (end == begin) return false;
    out->type = Json::Type::Number;
    pos_ += end - begin;
    return true;
  }

  const std::string& s_;
  size_t pos_ = 0;
};

// ---- the Chrome trace validator ----------------------------------------------------------------

// Times in whole nanoseconds, as Perfetto reads them (sums of doubles would invent overlaps).
struct Slice {
  int64_t ts, dur;
  std::string name;
};

int64_t to_ns(double microseconds) { return std::llround(microseconds * 1000); }

// Checks what Perfetto and chrome://tracing need; returns the problems found (none: valid).
std::vector<std::string> validate_chrome_trace(const std::string& text, Json* parsed = nullptr) {
  std::vector<std::string> problems;
  Json root;
  std::string error;
  if (!JsonReader(text).parse(&root, &error)) return {error};
  if (root.type != Json::Type::Object || !root.has("traceEvents") || root["traceEvents"].type != Json::Type::Array) {
    return {"no traceEvents array"};
  }
  std::map<int, std::vector<Slice>> slices;  // per tid
  std::set<int> named_tids, instant_tids;
  struct FlowEnd {
    int tid;
    int64_t ts;
    std::string name, cat;
  };
  std::map<int, FlowEnd> flow_starts, flow_ends;
  for (const Json& e : root["traceEvents"].items) {
    for (const char* key : {"ph", "name", "pid", "tid", "ts"}) {
      if (!e.has(key)) problems.push_back(std::string("event without ") + key);
    }
    if (!problems.empty()) return problems;
    const std::string& ph = e["ph"].text;
    int tid = static_cast<int>(e["tid"].number);
    int64_t ts = to_ns(e["ts"].number);
    if (ts < 0) problems.push_back("negative ts");
    if (ph == "M") {
      if (e["name"].text == "thread_name") named_tids.insert(tid);
    } else if (ph == "X") {
      if (!e.has("dur") || e["dur"].number < 0) problems.push_back("X slice without a dur >= 0");
      else slices[tid].push_back({ts, to_ns(e["dur"].number), e["name"].text});
    } else if (ph == "i") {
      if (!e.has("args") || !e["args"].has("text")) problems.push_back("output instant without args.text");
      instant_tids.insert(tid);
    } else if (ph == "s" || ph == "f") {
      if (!e.has("id") || !e.has("cat")) {
        problems.push_back("flow event without id or cat");
        continue;
      }
      if (ph == "f" && (!e.has("bp") || e["bp"].text != "e")) problems.push_back("flow end without bp:e");
      auto& ends = ph == "s" ? flow_starts : flow_ends;
      int id = static_cast<int>(e["id"].number);
      if (ends.count(id)) problems.push_back("flow id used twice: " + std::to_string(id));
      ends[id] = {tid, ts, e["name"].text, e["cat"].text};
    } else {
      problems.push_back("unexpected ph " + ph);
    }
  }
  // Slices on one track nest: sorted by start (longest first), each one ends within the
  // innermost open one that contains its start, or after it closed.
  for (auto& [tid, list] : slices) {
    if (!named_tids.count(tid)) problems.push_back("track without thread_name: " + std::to_string(tid));
    std::stable_sort(list.begin(), list.end(), [](const Slice& a, const Slice& b) {
      return a.ts != b.ts ? a.ts < b.ts : a.dur > b.dur;
    });
    std::vector<Slice> open;
    for (const Slice& s : list) {
      while (!open.empty() && open.back().ts + open.back().dur <= s.ts && !(open.back().dur == 0 && s.dur == 0 && open.back().ts == s.ts)) {
        open.pop_back();
      }
      if (!open.empty() && s.ts + s.dur > open.back().ts + open.back().dur) {
        problems.push_back("slices overlap on tid " + std::to_string(tid) + ": " + open.back().name + " and " + s.name);
      }
      open.push_back(s);
    }
  }
  for (int tid : instant_tids) {
    if (!named_tids.count(tid)) problems.push_back("track without thread_name: " + std::to_string(tid));
  }
  auto inside_a_slice = [&](const FlowEnd& f) {
    for (const Slice& s : slices[f.tid]) {
      if (s.ts <= f.ts && f.ts <= s.ts + s.dur) return true;
    }
    return false;
  };
  for (const auto& [id, start] : flow_starts) {
    auto end = flow_ends.find(id);
    if (end == flow_ends.end()) {
      problems.push_back("flow without an end: " + std::to_string(id));
      continue;
    }
    if (end->second.name != start.name || end->second.cat != start.cat) problems.push_back("flow ends differ");
    if (end->second.ts < start.ts) problems.push_back("flow goes back in time");
    if (!inside_a_slice(start) || !inside_a_slice(end->second)) problems.push_back("flow not inside a slice");
  }
  if (flow_ends.size() != flow_starts.size()) problems.push_back("flow ends without starts");
  if (parsed) *parsed = std::move(root);
  return problems;
}

// ---- scenarios ---------------------------------------------------------------------------------

// The program's output, as the interpreter reports it.
void say(EventLoop& loop, const std::string& text, uint32_t line) {
  aio::TaskCore* task = loop.current_task();
  loop.emit({.kind = EventKind::Output, .id = task ? task->task_id() : 0, .line = line, .detail = text + "\n"});
}

Coro<int> sleeper(EventLoop& loop, double seconds, std::string name) {
  AIO_CHECK(co_await aio::sleep(seconds));
  say(loop, name + " done", 3);
  co_return 1;
}

// main starts A (sleeps 1 s) and B (sleeps 2 s), then awaits each.
std::vector<TraceEvent> two_sleepers() {
  EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  auto main = [&]() -> Coro<int> {
    say(loop, "start", 10);
    auto a = loop.create_task(sleeper(loop, 1, "A"), "A");
    auto b = loop.create_task(sleeper(loop, 2, "B"), "B");
    AIO_CHECK(co_await a);
    AIO_CHECK(co_await b);
    say(loop, "end", 14);
    co_return 0;
  };
  auto t = loop.create_task(main(), "main");
  EXPECT_TRUE(loop.run_until_complete(t).ok());
  return sink.events();
}

std::string render(const aio::Lane& lane) {
  std::string out;
  for (const aio::StateInterval& s : lane.intervals) {
    out += std::string(aio::lane_state_name(s.state));
    if (s.wait != WaitKind::None) out += std::string(":") + aio::wait_kind_name(s.wait);
    out += "[" + std::to_string(s.begin_ns / (kSecond / 10)) + "," + std::to_string(s.end_ns / (kSecond / 10)) + "] ";
  }
  return out;
}

TEST(TraceLanes, TwoSleepers) {
  aio::Lanes lanes = aio::build_lanes(two_sleepers());
  ASSERT_EQ(lanes.lanes.size(), 3u);
  EXPECT_EQ(lanes.end_ns, 2 * kSecond);
  EXPECT_EQ(lanes.lanes[0].title(), "main");
  // Times in tenths of a second. Steps are instants under the virtual clock.
  EXPECT_EQ(render(lanes.lanes[0]), "running[0,0] waiting:task[0,10] running[10,10] waiting:task[10,20] running[20,20] ");
  EXPECT_EQ(render(lanes.lanes[1]), "running[0,0] waiting:sleep[0,10] running[10,10] done[10,20] ");
  EXPECT_EQ(render(lanes.lanes[2]), "running[0,0] waiting:sleep[0,20] running[20,20] ");
  EXPECT_EQ(lanes.lanes[0].outcome, "result");
  EXPECT_EQ(lanes.lanes[1].parent, lanes.lanes[0].id);
  ASSERT_EQ(lanes.outputs.size(), 4u);
  EXPECT_EQ(lanes.outputs[1].text, "A done\n");
  EXPECT_EQ(lanes.outputs[1].time_ns, kSecond);
  EXPECT_EQ(lanes.outputs[1].task, lanes.lanes[1].id);
  // Created: main → A, main → B; woken: A → main, B → main (timers wake as the loop: no link).
  std::vector<std::string> links;
  for (const aio::Link& l : lanes.links) {
    links.push_back(std::string(l.kind == aio::Link::Kind::Created ? "created " : "woke ") +
                    lanes.find_task(l.from)->name + "->" + lanes.find_task(l.to)->name);
  }
  EXPECT_EQ(links, (std::vector<std::string>{"created main->A", "created main->B", "woke A->main", "woke B->main"}));
}

TEST(TraceLanes, HandBuiltEventsReadyYieldAndLateTask) {
  // Time zero is the first event, whatever the clock read then (the real clock).
  const int64_t t0 = 5 * kSecond;
  std::vector<TraceEvent> events = {
      {.time_ns = t0, .kind = EventKind::TaskCreated, .id = 7, .detail = "Task-1", .label = "main()"},
      {.time_ns = t0 + 100, .kind = EventKind::StepBegan, .id = 7},
      {.time_ns = t0 + 300, .kind = EventKind::StepEnded, .id = 7},
      // Reported a moment after the step ended (the real clock): still dated from the step's end.
      {.time_ns = t0 + 305, .kind = EventKind::TaskSuspended, .wait = WaitKind::Yield, .id = 7, .line = 4},
      {.time_ns = t0 + 400, .kind = EventKind::StepBegan, .id = 9},  // created before the sink
      {.time_ns = t0 + 500, .kind = EventKind::StepEnded, .id = 9},
      {.time_ns = t0 + 500, .kind = EventKind::TaskDone, .id = 9, .detail = "exception"},
      {.time_ns = t0 + 600, .kind = EventKind::StepBegan, .id = 7},
      {.time_ns = t0 + 700, .kind = EventKind::StepEnded, .id = 7},
  };
  aio::Lanes lanes = aio::build_lanes(events);
  EXPECT_EQ(lanes.origin_ns, t0);
  EXPECT_EQ(lanes.end_ns, 700);
  ASSERT_EQ(lanes.lanes.size(), 2u);
  EXPECT_EQ(lanes.lanes[0].title(), "Task-1 main()");
  EXPECT_EQ(lanes.lanes[1].title(), "task 9");
  EXPECT_EQ(lanes.lanes[1].outcome, "exception");
  const auto& iv = lanes.lanes[0].intervals;
  ASSERT_EQ(iv.size(), 4u);
  EXPECT_EQ(iv[0].state, LaneState::Ready);
  EXPECT_EQ(iv[1].state, LaneState::Running);
  EXPECT_EQ(iv[1].end_ns, 300);
  EXPECT_EQ(iv[2].state, LaneState::Ready);  // a yield leaves the task ready
  EXPECT_EQ(iv[2].wait, WaitKind::Yield);
  EXPECT_EQ(iv[2].line, 4u);
  EXPECT_EQ(iv[2].begin_ns, 300);
  EXPECT_EQ(iv[3].state, LaneState::Running);
  // Lanes are gap-free and ordered.
  for (size_t i = 1; i < iv.size(); ++i) EXPECT_EQ(iv[i - 1].end_ns, iv[i].begin_ns);
}

TEST(TraceLanes, ExecutorJobsReportedLateGetWorkerLanes) {
  std::vector<TraceEvent> events = {
      {.time_ns = 0, .kind = EventKind::TaskCreated, .id = 1, .detail = "Task-1"},
      {.time_ns = 10, .kind = EventKind::JobQueued, .id = 50, .other = 1},
      {.time_ns = 90, .kind = EventKind::JobStarted, .id = 50, .value = 0},  // stamped on the worker
      {.time_ns = 20, .kind = EventKind::JobStarted, .id = 51, .value = 1},
      {.time_ns = 30, .kind = EventKind::JobFinished, .id = 51, .value = 1},
      {.time_ns = 95, .kind = EventKind::JobFinished, .id = 50, .value = 0},
  };
  aio::Lanes lanes = aio::build_lanes(events);
  ASSERT_EQ(lanes.lanes.size(), 3u);
  EXPECT_EQ(lanes.lanes[1].title(), "worker 0 (executor thread)");
  ASSERT_EQ(lanes.lanes[2].intervals.size(), 1u);
  EXPECT_EQ(lanes.lanes[2].intervals[0].begin_ns, 20);
  EXPECT_EQ(lanes.lanes[2].intervals[0].end_ns, 30);
}

// ---- the text timeline -------------------------------------------------------------------------

TEST(TraceTimeline, TwoSleepersExactText) {
  std::string text = aio::render_timeline(two_sleepers());
  EXPECT_EQ(text,
            "timeline: 2s from the first event, one column per 50ms\n"
            "       0s        0.5s      1s        1.5s      2s\n"
            "       |         |         |         |         |\n"
            "main   #ttttttttttttttttttt#ttttttttttttttttttt#  result\n"
            "A      #-------------------#____________________  result\n"
            "B      #---------------------------------------#  result\n"
            "output *                   *                   *\n"
            "legend:  # running  . ready  - sleep  t task  _ done  * output\n"
            "output:\n"
            "  0s        main     line 10   start\n"
            "  1s        A        line 3    A done\n"
            "  2s        B        line 3    B done\n"
            "  2s        main     line 14   end\n")
      << text;
}

// Two workers take turns on a lock without sleeping: the clock never moves, so the columns
// are steps, and the timeline still shows who ran, who waited on the lock and who was ready.
TEST(TraceTimeline, StillClockDrawsStepsInOrder) {
  EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  aio::Lock lock;
  auto worker = [&](std::string name) -> Coro<int> {
    for (int i = 0; i < 2; ++i) {
      AIO_CHECK(co_await lock.acquire());
      AIO_CHECK(co_await aio::sleep(0));
      say(loop, name + " had the lock", 5);
      AIO_CHECK(lock.release());
    }
    co_return 0;
  };
  auto main = [&]() -> Coro<int> {
    auto a = loop.create_task(worker("a"), "Task-2");
    auto b = loop.create_task(worker("b"), "Task-3");
    AIO_CHECK(co_await a);
    AIO_CHECK(co_await b);
    co_return 0;
  };
  auto t = loop.create_task(main(), "Task-1");
  ASSERT_TRUE(loop.run_until_complete(t).ok());
  std::string text = aio::render_timeline(sink.events());
  EXPECT_EQ(text,
            "timeline: 12 task steps at one instant; one column per step, in order\n"
            "       1         11\n"
            "       |         |\n"
            "Task-1 #tttttttt#t#  result\n"
            "Task-2 .#.#ll##____  result\n"
            "Task-3 ..#l##ll#.#_  result\n"
            "output    * * *  *\n"
            "legend:  # running  . ready  t task  l lock  _ done  * output\n"
            "output:\n"
            "  step 4    Task-2   line 5    a had the lock\n"
            "  step 6    Task-3   line 5    b had the lock\n"
            "  step 8    Task-2   line 5    a had the lock\n"
            "  step 11   Task-3   line 5    b had the lock\n")
      << text;
}

TEST(TraceTimeline, ManyStepsShareAColumnAndLocalsAreShortened) {
  std::vector<TraceEvent> events = {
      {.kind = EventKind::TaskCreated, .id = 1, .detail = "Task-1", .label = "main.<locals>.spin()"}};
  for (int i = 0; i < 300; ++i) {
    events.push_back({.kind = EventKind::StepBegan, .id = 1});
    events.push_back({.kind = EventKind::StepEnded, .id = 1});
    events.push_back({.kind = EventKind::TaskSuspended, .wait = WaitKind::Yield, .id = 1});
  }
  std::string text = aio::render_timeline(events);
  EXPECT_EQ(text.substr(0, text.find('\n')),
            "timeline: 300 task steps at one instant; one column per 5 steps, in order");
  EXPECT_NE(text.find("\nTask-1 spin() " + std::string(60, '#') + "  pending\n"), std::string::npos) << text;
}

TEST(TraceTimeline, NoTasksStillShowsOutput) {
  std::vector<TraceEvent> events = {
      {.time_ns = 0, .kind = EventKind::Output, .line = 1, .detail = "hello\n"},
      {.time_ns = 250'000'000, .kind = EventKind::Output, .value = 1, .line = 3, .detail = "oops\n"},
  };
  std::string text = aio::render_timeline(events);
  EXPECT_NE(text.find("(no asyncio tasks ran: only the program's output is shown)\n"), std::string::npos) << text;
  EXPECT_NE(text.find("output *"), std::string::npos) << text;
  EXPECT_NE(text.find("!\n"), std::string::npos) << text;  // the stderr write's mark
  EXPECT_NE(text.find("  0ms       -        line 1    hello\n"), std::string::npos) << text;
  EXPECT_NE(text.find("legend:  * output  ! stderr\n"), std::string::npos) << text;
  EXPECT_NE(text.find("(stderr) oops"), std::string::npos) << text;
}

TEST(TraceTimeline, LinesFitTheWidthAndManyLanesAreSummarised) {
  std::vector<TraceEvent> events;
  for (uint64_t id = 1; id <= 60; ++id) {
    events.push_back({.time_ns = 0, .kind = EventKind::TaskCreated, .id = id, .detail = "Task-" + std::to_string(id),
                      .label = "a_coroutine_with_a_very_long_name_indeed(" + std::to_string(id) + ")"});
  }
  events.push_back({.time_ns = 3 * kSecond + 7, .kind = EventKind::Output, .detail = std::string(300, 'x') + "\n"});
  aio::TimelineOptions options;
  options.width = 100;
  std::string text = aio::render_timeline(events, options);
  size_t start = 0, longest = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    longest = std::max(longest, aio::display_width(text.substr(start, nl - start)));
    start = nl + 1;
  }
  EXPECT_LE(longest, 100u) << text;
  EXPECT_NE(text.find("(20 more lanes not shown)"), std::string::npos) << text;
  options.clock_name = "real clock";
  text = aio::render_timeline(events, options);
  EXPECT_EQ(text.substr(0, text.find(':')), "timeline (real clock)");
  EXPECT_NE(text.find("Task-1 a_coroutine_with_a..."), std::string::npos) << text;
}

TEST(TraceTimeline, WideCharactersCountTwoColumns) {
  EXPECT_EQ(aio::display_width("abc"), 3u);
  EXPECT_EQ(aio::display_width("작업 A"), 6u);
  EXPECT_EQ(aio::display_width("caf\xc3\xa9"), 4u);
  // Broken UTF-8 counts a column per byte rather than reading past the end.
  EXPECT_EQ(aio::display_width("\xe4\xbd"), 2u);
  EXPECT_EQ(aio::display_width("\xff\xc3"), 2u);
  std::vector<TraceEvent> events = {
      {.kind = EventKind::Output, .detail = std::string(200, '\xe4') + "\xf0\x9f\n"}};
  EXPECT_NE(aio::render_timeline(events).find("..."), std::string::npos);
}

TEST(TraceTimeline, Symbols) {
  EXPECT_EQ(aio::timeline_symbol(LaneState::Running, WaitKind::None), '#');
  EXPECT_EQ(aio::timeline_symbol(LaneState::Waiting, WaitKind::Sleep), '-');
  EXPECT_EQ(aio::timeline_symbol(LaneState::Waiting, WaitKind::QueueGet), 'q');
  // Every wait kind has its own character.
  std::set<char> seen = {'#', '.', '_'};
  for (int w = static_cast<int>(WaitKind::Sleep); w <= static_cast<int>(WaitKind::TaskGroup); ++w) {
    EXPECT_TRUE(seen.insert(aio::timeline_symbol(LaneState::Waiting, static_cast<WaitKind>(w))).second) << w;
  }
}

// ---- the Chrome trace ----------------------------------------------------------------------------

TEST(TraceChrome, Microseconds) {
  EXPECT_EQ(aio::chrome_microseconds(0), "0");
  EXPECT_EQ(aio::chrome_microseconds(1500), "1.5");
  EXPECT_EQ(aio::chrome_microseconds(2 * kSecond), "2000000");
  EXPECT_EQ(aio::chrome_microseconds(1), "0.001");
}

TEST(TraceChrome, TwoSleepersIsAValidTrace) {
  std::string text = aio::chrome_trace_json(two_sleepers(), {.process_name = "loopscope test"});
  Json root;
  std::vector<std::string> problems = validate_chrome_trace(text, &root);
  EXPECT_TRUE(problems.empty()) << ::testing::PrintToString(problems) << "\n" << text;
  std::map<std::string, int> count;
  std::set<std::string> thread_names;
  const Json* b_sleep = nullptr;
  for (const Json& e : root["traceEvents"].items) {
    count[e["ph"].text + " " + e["name"].text]++;
    if (e["name"].text == "thread_name") thread_names.insert(e["args"]["name"].text);
    if (e["name"].text == "sleep" && e["dur"].number == 2e6) b_sleep = &e;
  }
  EXPECT_EQ(thread_names, (std::set<std::string>{"main", "A", "B"}));  // nothing ran outside tasks
  EXPECT_EQ(count["X run"], 7);     // main ran 3 steps, A and B 2 each
  EXPECT_EQ(count["X sleep"], 2);
  EXPECT_EQ(count["X task"], 2);    // main awaiting A, then B
  EXPECT_EQ(count["i stdout"], 4);
  EXPECT_EQ(count["s created"], 2);
  EXPECT_EQ(count["s woke"], 2);
  ASSERT_NE(b_sleep, nullptr);
  EXPECT_EQ(b_sleep->fields.at("cat").text, "wait");
  EXPECT_EQ(b_sleep->fields.at("ts").number, 0);
}

// A busier scenario: a lock, a queue, a yield and a cancelled task.
std::vector<TraceEvent> busy_scenario() {
  EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  aio::Lock lock;
  aio::Queue<int> queue;
  auto holder = [&]() -> Coro<int> {
    AIO_CHECK(co_await lock.acquire());
    AIO_CHECK(co_await aio::sleep(0.5));
    AIO_CHECK(lock.release());
    AIO_CHECK(co_await aio::sleep(0.25));
    AIO_CHECK(queue.put_nowait(1));
    co_return 0;
  };
  auto contender = [&]() -> Coro<int> {
    AIO_CHECK(co_await aio::sleep(0));
    AIO_CHECK(co_await lock.acquire());
    AIO_CHECK(lock.release());
    AIO_TRY(int v, co_await queue.get());
    co_return v;
  };
  auto forever = [&]() -> Coro<int> {
    AIO_CHECK(co_await aio::sleep(100));
    co_return 0;
  };
  auto main = [&]() -> Coro<int> {
    auto h = loop.create_task(holder(), "holder");
    auto c = loop.create_task(contender(), "contender");
    auto f = loop.create_task(forever(), "forever");
    AIO_CHECK(co_await h);
    AIO_TRY(int v, co_await c);
    f.cancel();
    (void)co_await f;
    co_return v;
  };
  auto t = loop.create_task(main(), "main");
  EXPECT_TRUE(loop.run_until_complete(t).ok());
  return sink.events();
}

TEST(TraceChrome, BusyScenarioIsAValidTrace) {
  std::vector<TraceEvent> events = busy_scenario();
  std::string text = aio::chrome_trace_json(events);
  Json root;
  std::vector<std::string> problems = validate_chrome_trace(text, &root);
  EXPECT_TRUE(problems.empty()) << ::testing::PrintToString(problems) << "\n" << text;
  std::set<std::string> names;
  for (const Json& e : root["traceEvents"].items) {
    if (e["ph"].text == "X") names.insert(e["name"].text);
  }
  for (const char* expected : {"run", "lock", "queue_get", "sleep", "task"}) {
    EXPECT_TRUE(names.count(expected)) << expected << "\n" << text;
  }
  aio::Lanes lanes = aio::build_lanes(events);
  EXPECT_EQ(lanes.lanes[3].outcome, "cancelled");
  std::string timeline = aio::render_timeline(lanes);
  EXPECT_NE(timeline.find("forever"), std::string::npos);
  EXPECT_NE(timeline.find("cancelled"), std::string::npos);
  EXPECT_NE(timeline.find("l lock"), std::string::npos) << timeline;
}

TEST(TraceChrome, ValidatorCatchesPartialOverlapAndBrokenJson) {
  std::string overlapping =
      "{\"traceEvents\":["
      "{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":1,\"tid\":2,\"ts\":0,\"args\":{\"name\":\"t\"}},"
      "{\"ph\":\"X\",\"name\":\"a\",\"pid\":1,\"tid\":2,\"ts\":0,\"dur\":10},"
      "{\"ph\":\"X\",\"name\":\"b\",\"pid\":1,\"tid\":2,\"ts\":5,\"dur\":10}]}";
  EXPECT_EQ(validate_chrome_trace(overlapping), (std::vector<std::string>{"slices overlap on tid 2: a and b"}));
  std::string nested =
      "{\"traceEvents\":["
      "{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":1,\"tid\":2,\"ts\":0,\"args\":{\"name\":\"t\"}},"
      "{\"ph\":\"X\",\"name\":\"a\",\"pid\":1,\"tid\":2,\"ts\":0,\"dur\":10},"
      "{\"ph\":\"X\",\"name\":\"b\",\"pid\":1,\"tid\":2,\"ts\":5,\"dur\":5},"
      "{\"ph\":\"X\",\"name\":\"c\",\"pid\":1,\"tid\":2,\"ts\":10,\"dur\":0}]}";
  EXPECT_TRUE(validate_chrome_trace(nested).empty());
  EXPECT_FALSE(validate_chrome_trace("{\"traceEvents\":[}").empty());
}

TEST(TraceChrome, OutputTextIsEscaped) {
  std::vector<TraceEvent> events = {
      {.time_ns = 0, .kind = EventKind::Output, .line = 2, .detail = "quote \" backslash \\ tab \t 작업\n"},
  };
  std::string text = aio::chrome_trace_json(events);
  Json root;
  EXPECT_TRUE(validate_chrome_trace(text, &root).empty()) << text;
  bool found = false;
  for (const Json& e : root["traceEvents"].items) {
    if (e["ph"].text != "i") continue;
    found = true;
    EXPECT_EQ(e["args"]["text"].text, "quote \" backslash \\ tab \t 작업\n");
    EXPECT_EQ(e["args"]["line"].number, 2);
    EXPECT_EQ(e["tid"].number, 1);  // outside tasks: the program's track
  }
  EXPECT_TRUE(found);
}

}  // namespace
