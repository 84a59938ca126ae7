// The event stream: a small scenario emits its events in a sensible, exact order (created →
// step began → suspended on what → woken by whom → done), stamped with the virtual clock;
// with no sink nothing is recorded.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Coro;
using aio::EventKind;
using aio::EventLoop;
using Log = std::vector<std::string>;

// Renders events with readable names for ids: "t=1 task_woken child wait=sleep by=loop".
struct Renderer {
  std::map<uint64_t, std::string> names;
  std::string name(uint64_t id) const {
    auto it = names.find(id);
    return it == names.end() ? std::to_string(id) : it->second;
  }
  Log render(const std::vector<aio::TraceEvent>& events, bool with_time = true) const {
    Log out;
    for (const auto& e : events) {
      std::string s;
      if (with_time) s += "t=" + std::to_string(e.time_ns / 1'000'000'000) + " ";
      s += std::string(aio::event_kind_name(e.kind)) + " " + name(e.id);
      switch (e.kind) {
        case EventKind::TaskCreated: s += " parent=" + (e.other ? name(e.other) : "none") + " '" + e.detail + "'"; break;
        case EventKind::TaskSuspended: s += std::string(" on=") + aio::wait_kind_name(e.wait) + ":" + name(e.other); break;
        case EventKind::TaskWoken: s += std::string(" wait=") + aio::wait_kind_name(e.wait) + " by=" + (e.other ? name(e.other) : "loop"); break;
        case EventKind::TaskDone: s += " " + e.detail; break;
        case EventKind::TimerSet: s += " at=" + std::to_string(e.value / 1'000'000'000); break;
        default: break;
      }
      out.push_back(s);
    }
    return out;
  }
};

Coro<int> child() {
  AIO_CHECK(co_await aio::sleep(1));
  co_return 2;
}

// main creates child and awaits it; child sleeps 1 s and returns.
TEST(Trace, SmallScenarioInOrder) {
  EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  Renderer r;
  auto main = [&]() -> Coro<int> {
    auto c = loop.create_task(child(), "child");
    r.names[c.id()] = "child";
    AIO_TRY(int v, co_await c);
    co_return v + 1;
  };
  auto t = loop.create_task(main(), "main");
  r.names[t.id()] = "main";
  auto result = loop.run_until_complete(t);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(*result, 3);
  // The sleep's timer id is whatever the TimerSet event carries.
  for (const auto& e : sink.events()) {
    if (e.kind == EventKind::TimerSet) r.names[e.id] = "timer";
  }
  EXPECT_EQ(r.render(sink.events()), (Log{
                                         "t=0 task_created main parent=none 'main'",
                                         "t=0 step_began main",
                                         "t=0 task_created child parent=main 'child'",
                                         "t=0 step_ended main",
                                         "t=0 task_suspended main on=task:child",
                                         "t=0 step_began child",
                                         "t=0 timer_set timer at=1",
                                         "t=0 step_ended child",
                                         "t=0 task_suspended child on=sleep:timer",
                                         "t=1 timer_fired timer",
                                         "t=1 task_woken child wait=sleep by=loop",
                                         "t=1 step_began child",
                                         "t=1 step_ended child",
                                         "t=1 task_done child result",
                                         "t=1 task_woken main wait=task by=child",
                                         "t=1 step_began main",
                                         "t=1 step_ended main",
                                         "t=1 task_done main result",
                                     }));
}

// "Woken by" names the task that completed the future; a yield and an error outcome.
TEST(Trace, WakerIdYieldAndOutcomes) {
  EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  Renderer r;
  auto f = loop.create_future<int>();
  r.names[f.id()] = "fut";
  auto waiter = [&]() -> Coro<int> { co_return co_await f; };
  auto setter = [&]() -> Coro<void> {
    AIO_CHECK(co_await aio::sleep(0));
    (void)f.set_exception(aio::Error("ValueError", "v"));
  };
  auto w = loop.create_task(waiter(), "w");
  auto s = loop.create_task(setter(), "s");
  r.names[w.id()] = "w";
  r.names[s.id()] = "s";
  (void)loop.run_until_complete(w);
  EXPECT_EQ(r.render(sink.events(), false), (Log{
                                                "task_created w parent=none 'w'",
                                                "task_created s parent=none 's'",
                                                "step_began w",
                                                "step_ended w",
                                                "task_suspended w on=future:0",
                                                "step_began s",
                                                "step_ended s",
                                                "task_suspended s on=yield:0",
                                                "step_began s",
                                                "step_ended s",
                                                "task_done s result",
                                                "task_woken w wait=future by=s",
                                                "step_began w",
                                                "step_ended w",
                                                "task_done w exception",
                                            }));
}

TEST(Trace, CancelledTaskAndCancelledTimer) {
  EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  Renderer r;
  auto sleeper = []() -> Coro<void> { AIO_CHECK(co_await aio::sleep(5)); };
  auto t = loop.create_task(sleeper(), "sleeper");
  r.names[t.id()] = "sleeper";
  ASSERT_TRUE(loop.run_once().ok());
  t.cancel();
  (void)loop.run_until_complete(t);
  for (const auto& e : sink.events()) {
    if (e.kind == EventKind::TimerSet) r.names[e.id] = "timer";
  }
  EXPECT_EQ(r.render(sink.events()), (Log{
                                         "t=0 task_created sleeper parent=none 'sleeper'",
                                         "t=0 step_began sleeper",
                                         "t=0 timer_set timer at=5",
                                         "t=0 step_ended sleeper",
                                         "t=0 task_suspended sleeper on=sleep:timer",
                                         "t=0 task_woken sleeper wait=sleep by=loop",
                                         "t=0 step_began sleeper",
                                         "t=0 timer_cancelled timer",
                                         "t=0 step_ended sleeper",
                                         "t=0 task_done sleeper cancelled",
                                     }));
}

// With no sink installed nothing is recorded; installing one mid-run records from then on.
TEST(Trace, NoSinkNoEvents) {
  EventLoop loop;
  EXPECT_FALSE(loop.tracing());
  aio::RecordingSink sink;
  auto body = [&]() -> Coro<void> {
    AIO_CHECK(co_await aio::sleep(1));
    loop.set_trace_sink(&sink);  // from here on
    AIO_CHECK(co_await aio::sleep(0));
  };
  loop.emit({.kind = EventKind::Output, .detail = "dropped"});  // no sink: a no-op
  ASSERT_TRUE(loop.run_until_complete(body()).ok());
  ASSERT_FALSE(sink.events().empty());
  for (const auto& e : sink.events()) EXPECT_NE(e.kind, EventKind::TaskCreated);
  EXPECT_EQ(sink.events().front().kind, EventKind::StepEnded);  // the step that installed it
  loop.set_trace_sink(nullptr);
  size_t n = sink.events().size();
  ASSERT_TRUE(loop.run_until_complete(body()).ok());  // installs it again inside
  EXPECT_GT(sink.events().size(), n);
}

TEST(Trace, JsonOfEvents) {
  std::vector<aio::TraceEvent> events{
      {.time_ns = 5, .kind = EventKind::TaskCreated, .id = 3, .detail = "a \"q\"\n"},
      {.time_ns = 6, .kind = EventKind::TaskSuspended, .wait = aio::WaitKind::Lock, .id = 3, .other = 7},
  };
  EXPECT_EQ(aio::events_to_json(events),
            "[{\"t\":5,\"kind\":\"task_created\",\"id\":3,\"detail\":\"a \\\"q\\\"\\n\"},"
            "{\"t\":6,\"kind\":\"task_suspended\",\"wait\":\"lock\",\"id\":3,\"other\":7}]");
}

}  // namespace
