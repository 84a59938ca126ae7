// asyncio.TaskGroup (taskgroups.py, CPython 3.11). Expected orders come from python3 runs of the
// Python quoted above each test (times are loop.time() deltas).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "aio/sleep.hpp"
#include "aio/task_group.hpp"
#include "aio/timeout.hpp"

namespace {
using namespace aio;
using Log = std::vector<std::string>;

std::string fmt(double t) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", t);
  return b;
}

// "ExceptionGroup: unhandled errors in a TaskGroup [ValueError: x, ValueError: y]"
std::string group(const Error& e) {
  std::string s = e.describe() + " [";
  for (size_t i = 0; i < e.errors().size(); ++i) s += (i ? ", " : "") + e.errors()[i].describe();
  return s + "]";
}

// async with asyncio.TaskGroup() as tg:
//     a = tg.create_task(w(2, 'a')); b = tg.create_task(w(1, 'b')); log.append("body end")
// -> ['body end', 'b done 1.0', 'a done 2.0', 'exit 2.0 a b']
TEST(TaskGroup, JoinWaitsForEveryTask) {
  EventLoop loop;
  Log log;
  auto w = [&](double d, std::string v) -> Coro<std::string> {
    EventLoop& lp = co_await this_loop();
    AIO_CHECK(co_await aio::sleep(d));
    log.push_back(v + " done " + fmt(lp.time()));
    co_return v;
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    TaskGroup tg;
    AIO_TRY(Task<std::string> a, tg.create_task(w(2, "a")));
    AIO_TRY(Task<std::string> b, tg.create_task(w(1, "b")));
    log.push_back("body end");
    AIO_CHECK(co_await tg.join());
    log.push_back("exit " + fmt(lp.time()) + " " + *a.result() + " " + *b.result());
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"body end", "b done 1.0", "a done 2.0", "exit 2.0 a b"}));
}

// tasks: slow('s1') (sleeps 10), boom(1, 'x'), boom(1, 'y'); body: await sleep(5)
// -> ['s1 cancelled 1.0', 'body cancelled 1.0 cancelling=1',
//     "ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('x'), ValueError('y')]) 1.0 cancelling=0",
//     "RuntimeError('TaskGroup <TaskGroup cancelling> is finished')"]
TEST(TaskGroup, AFailureCancelsSiblingsAndTheBodyThenRaisesAGroup) {
  EventLoop loop;
  Log log;
  auto slow = [&](std::string name) -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await aio::sleep(10);
    if (!r) log.push_back(name + " cancelled " + fmt(lp.time()));
    if (!r) co_await raise(r.error());
  };
  auto boom = [](double d, std::string msg) -> Coro<void> {
    AIO_CHECK(co_await aio::sleep(d));
    co_await raise(Error("ValueError", msg));
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    TaskCore* me = lp.current_task();
    TaskGroup tg;
    AIO_CHECK(tg.create_task(slow("s1")));
    AIO_CHECK(tg.create_task(boom(1, "x")));
    AIO_CHECK(tg.create_task(boom(1, "y")));
    Result<void> body = co_await aio::sleep(5);
    if (!body) log.push_back("body cancelled " + fmt(lp.time()) + " cancelling=" + std::to_string(me->cancelling()));
    Result<void> r = co_await tg.join(body);
    if (!r && r.error().is(ErrorKind::ExceptionGroup)) {
      log.push_back(group(r.error()) + " " + fmt(lp.time()) + " cancelling=" + std::to_string(me->cancelling()));
    }
    auto late = tg.create_task(slow("late"));
    if (!late) log.push_back(late.error().describe());
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"s1 cancelled 1.0", "body cancelled 1.0 cancelling=1",
                      "ExceptionGroup: unhandled errors in a TaskGroup [ValueError: x, ValueError: y] 1.0 cancelling=0",
                      "RuntimeError: TaskGroup <TaskGroup cancelling> is finished"}));
}

// async with TaskGroup() as tg: tg.create_task(slow()); tg.create_task(boom())   (body ends at once)
// -> ['slow cancelled 1.0',
//     "ExceptionGroup('unhandled errors in a TaskGroup', [KeyError('k')]) 1.0 cancelling=1"]
// (3.11 leaves the parent's cancel request in place when the failure comes during __aexit__)
TEST(TaskGroup, AFailureDuringJoinKeepsThe311CancellingCount) {
  EventLoop loop;
  Log log;
  auto slow = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await aio::sleep(10);
    if (!r) log.push_back("slow cancelled " + fmt(lp.time()));
    if (!r) co_await raise(r.error());
  };
  auto boom = []() -> Coro<void> {
    AIO_CHECK(co_await aio::sleep(1));
    co_await raise(Error("KeyError", "k"));
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    TaskGroup tg;
    AIO_CHECK(tg.create_task(slow()));
    AIO_CHECK(tg.create_task(boom()));
    Result<void> r = co_await tg.join();
    if (!r) log.push_back(group(r.error()) + " " + fmt(lp.time()) + " cancelling=" + std::to_string(lp.current_task()->cancelling()));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"slow cancelled 1.0", "ExceptionGroup: unhandled errors in a TaskGroup [KeyError: k] 1.0 cancelling=1"}));
}

// parent: async with TaskGroup() as tg: create c1, c2 (each sleeps 0.5 in its cancel handler)
// p = create_task(parent()); sleep(1); p.cancel()
// -> ['c1 cancelled 1.0', 'c2 cancelled 1.0', 'c1 cleanup done 1.5', 'c2 cleanup done 1.5',
//     'parent CancelledError 1.5', 'p.cancelled=True']
TEST(TaskGroup, ParentCancelledDuringJoinCancelsTasksAndWaitsForThem) {
  EventLoop loop;
  Log log;
  auto child = [&](std::string n) -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await aio::sleep(10);
    if (!r) {
      log.push_back(n + " cancelled " + fmt(lp.time()));
      AIO_CHECK(co_await aio::sleep(0.5));
      log.push_back(n + " cleanup done " + fmt(lp.time()));
      co_await raise(r.error());
    }
  };
  auto parent = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    TaskGroup tg;
    AIO_CHECK(tg.create_task(child("c1")));
    AIO_CHECK(tg.create_task(child("c2")));
    auto r = co_await tg.join();
    if (!r && r.error().is_cancelled()) log.push_back("parent CancelledError " + fmt(lp.time()));
    if (!r) co_await raise(r.error());
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<void> p = lp.create_task(parent());
    AIO_CHECK(co_await aio::sleep(1));
    p.cancel();
    if (!co_await p) log.push_back(std::string("p.cancelled=") + (p.cancelled() ? "True" : "False"));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"c1 cancelled 1.0", "c2 cancelled 1.0", "c1 cleanup done 1.5", "c2 cleanup done 1.5",
                      "parent CancelledError 1.5", "p.cancelled=True"}));
}

// parent: async with TaskGroup() as tg: tg.create_task(child()); await sleep(5)
// p.cancel() at 1 -> ['child cancelled 1.0', 'parent CancelledError 1.0', 'p.cancelled=True']
TEST(TaskGroup, ParentCancelledInTheBodyPropagates) {
  EventLoop loop;
  Log log;
  auto child = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await aio::sleep(10);
    if (!r) log.push_back("child cancelled " + fmt(lp.time()));
    if (!r) co_await raise(r.error());
  };
  auto parent = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    TaskGroup tg;
    AIO_CHECK(tg.create_task(child()));
    Result<void> body = co_await aio::sleep(5);
    auto r = co_await tg.join(body);
    if (!r && r.error().is_cancelled()) log.push_back("parent CancelledError " + fmt(lp.time()));
    if (!r) co_await raise(r.error());
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<void> p = lp.create_task(parent());
    AIO_CHECK(co_await aio::sleep(1));
    p.cancel();
    if (!co_await p) log.push_back(std::string("p.cancelled=") + (p.cancelled() ? "True" : "False"));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"child cancelled 1.0", "parent CancelledError 1.0", "p.cancelled=True"}));
}

// 1) body: create child(); sleep(1); raise KeyError("body")
//    -> 'child cancelled 1.0', "ExceptionGroup(..., [KeyError('body')])"
// 2) body: create bad() (ValueError at 0.5), child(); await sleep(1) -> cancelled -> KeyError("body2")
//    -> 'child cancelled 1.5', "ExceptionGroup(..., [ValueError('task'), KeyError('body2')])"
TEST(TaskGroup, TheBodysErrorJoinsTheGroupLast) {
  EventLoop loop;
  Log log;
  auto child = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await aio::sleep(10);
    if (!r) log.push_back("child cancelled " + fmt(lp.time()));
    if (!r) co_await raise(r.error());
  };
  auto bad = []() -> Coro<void> {
    AIO_CHECK(co_await aio::sleep(0.5));
    co_await raise(Error("ValueError", "task"));
  };
  auto main = [&]() -> Coro<void> {
    {
      TaskGroup tg;
      AIO_CHECK(tg.create_task(child()));
      AIO_CHECK(co_await aio::sleep(1));
      auto r = co_await tg.join(Error("KeyError", "body"));
      if (!r) log.push_back(group(r.error()));
    }
    TaskGroup tg;
    AIO_CHECK(tg.create_task(bad()));
    AIO_CHECK(tg.create_task(child()));
    std::optional<Error> body;
    if (!co_await aio::sleep(1)) body = Error("KeyError", "body2");
    auto r = co_await tg.join(body);
    if (!r) log.push_back(group(r.error()));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"child cancelled 1.0", "ExceptionGroup: unhandled errors in a TaskGroup [KeyError: body]",
                      "child cancelled 1.5",
                      "ExceptionGroup: unhandled errors in a TaskGroup [ValueError: task, KeyError: body2]"}));
}

// t = tg.create_task(child()) (sleeps 10), t2 = tg.create_task(sleep(2, 'r')); call_later(1, t.cancel)
// -> ['ok t.cancelled=True r']   (a task cancelled by someone else is no error)
TEST(TaskGroup, ACancelledTaskIsNotAnError) {
  EventLoop loop;
  Log log;
  auto child = []() -> Coro<void> { AIO_CHECK(co_await aio::sleep(10)); };
  auto r2 = []() -> Coro<std::string> {
    AIO_CHECK(co_await aio::sleep(2));
    co_return std::string("r");
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    TaskGroup tg;
    AIO_TRY(Task<void> t, tg.create_task(child()));
    AIO_TRY(Task<std::string> t2, tg.create_task(r2()));
    lp.call_later(1, [t]() mutable { t.cancel(); });
    AIO_CHECK(co_await tg.join());
    log.push_back(std::string("ok t.cancelled=") + (t.cancelled() ? "True" : "False") + " " + *t2.result());
    EXPECT_EQ(lp.time(), 2.0);
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"ok t.cancelled=True r"}));
}

// spawner(tg): sleep(1); tg.create_task(sleep(2)) while the parent is in __aexit__
// -> ['spawned 1.0', 'exit 3.0', "RuntimeError('TaskGroup <TaskGroup entered> is finished')"]
TEST(TaskGroup, TasksMaySpawnIntoTheGroupWhileItJoins) {
  EventLoop loop;
  Log log;
  auto nap = []() -> Coro<void> { AIO_CHECK(co_await aio::sleep(2)); };
  auto spawner = [&](TaskGroup tg) -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    AIO_CHECK(co_await aio::sleep(1));
    AIO_CHECK(tg.create_task(nap()));
    log.push_back("spawned " + fmt(lp.time()));
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    TaskGroup tg;
    AIO_CHECK(tg.create_task(spawner(tg)));
    AIO_CHECK(co_await tg.join());
    log.push_back("exit " + fmt(lp.time()));
    auto late = tg.create_task(nap());
    if (!late) log.push_back(late.error().describe());
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"spawned 1.0", "exit 3.0", "RuntimeError: TaskGroup <TaskGroup entered> is finished"}));
}

// async with asyncio.timeout(1) as cm:
//     async with asyncio.TaskGroup() as tg: tg.create_task(child('a')); tg.create_task(child('b'))
// -> ['a cancelled 1.0', 'b cancelled 1.0', 'TimeoutError 1.0 expired=True cancelling=0']
TEST(TaskGroup, InsideATimeoutTheExpiryBecomesTimeoutError) {
  EventLoop loop;
  Log log;
  auto child = [&](std::string n) -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await aio::sleep(5);
    if (!r) log.push_back(n + " cancelled " + fmt(lp.time()));
    if (!r) co_await raise(r.error());
  };
  auto body = [&]() -> Coro<void> {
    TaskGroup tg;
    AIO_CHECK(tg.create_task(child("a")));
    AIO_CHECK(tg.create_task(child("b")));
    AIO_CHECK(co_await tg.join());
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Timeout cm = timeout(1.0);
    auto r = co_await cm.run(body());
    if (!r && r.error().is(ErrorKind::Timeout)) {
      log.push_back("TimeoutError " + fmt(lp.time()) + " expired=" + (cm.expired() ? "True" : "False") +
                    " cancelling=" + std::to_string(lp.current_task()->cancelling()));
    }
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"a cancelled 1.0", "b cancelled 1.0", "TimeoutError 1.0 expired=True cancelling=0"}));
}

TEST(TaskGroup, OutsideATaskItIsNotEntered) {
  EventLoop loop;
  TaskGroup tg = TaskGroup::unentered(loop);
  auto nap = []() -> Coro<void> { co_return; };
  auto r = tg.create_task(nap());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().describe(), "RuntimeError: TaskGroup <TaskGroup> has not been entered");
  auto e = tg.enter();
  ASSERT_FALSE(e);
  EXPECT_EQ(e.error().describe(), "RuntimeError: TaskGroup <TaskGroup> cannot determine the parent task");
}

TEST(TaskGroup, TheParentShowsTaskGroupOnTheTimeline) {
  EventLoop loop;
  RecordingSink sink;
  loop.set_trace_sink(&sink);
  auto nap = []() -> Coro<void> { AIO_CHECK(co_await aio::sleep(1)); };
  auto main = [&]() -> Coro<void> {
    TaskGroup tg;
    AIO_CHECK(tg.create_task(nap()));
    AIO_CHECK(co_await tg.join());
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  int waits = 0;
  for (const TraceEvent& e : sink.events()) waits += e.kind == EventKind::TaskSuspended && e.wait == WaitKind::TaskGroup;
  EXPECT_EQ(waits, 1);
}

#if GTEST_HAS_DEATH_TEST && !defined(NDEBUG)
TEST(TaskGroupDeathTest, ForgettingJoinAsserts) {
  auto run = [] {
    EventLoop loop;
    auto nap = []() -> Coro<void> { co_return; };
    auto main = [&]() -> Coro<void> {
      TaskGroup tg;
      AIO_CHECK(tg.create_task(nap()));
    };
    (void)loop.run_until_complete(main());
  };
  EXPECT_DEATH(run(), "without join");
}
#endif

}  // namespace
