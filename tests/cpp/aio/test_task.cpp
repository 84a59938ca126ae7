// asyncio.Task's rules: the first step is scheduled at creation, names Task-N, current_task,
// all_tasks, how awaiting coroutines / tasks / sleep(0) interleave, results and errors, and
// deep await chains on the trampoline (no C++ stack growth). Orders come from CPython 3.11.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Coro;
using aio::EventLoop;
using Log = std::vector<std::string>;

// loop.create_task(body()); loop.call_soon(soon)   # ['body', 'soon']
TEST(Task, FirstStepIsScheduledAtCreation) {
  EventLoop loop;
  Log log;
  auto body = [&]() -> Coro<void> {
    log.push_back("body");
    co_return;
  };
  auto t = loop.create_task(body());
  EXPECT_TRUE(log.empty());  // scheduled, not run
  EXPECT_FALSE(t.done());
  loop.call_soon([&] { log.push_back("soon"); });
  ASSERT_TRUE(loop.run_once().ok());
  EXPECT_EQ(log, (Log{"body", "soon"}));
  EXPECT_TRUE(t.done());
}

Coro<int> answer() { co_return 42; }

// Unnamed tasks are Task-<n>, n counting process-wide; an explicit name is kept; set_name.
TEST(Task, NamesAreTaskN) {
  EventLoop loop;
  auto a = loop.create_task(answer());
  auto b = loop.create_task(answer());
  auto c = loop.create_task(answer(), "custom");
  ASSERT_EQ(a.get_name().rfind("Task-", 0), 0u);
  int na = std::stoi(a.get_name().substr(5));
  EXPECT_EQ(b.get_name(), "Task-" + std::to_string(na + 1));
  EXPECT_EQ(c.get_name(), "custom");
  auto d = loop.create_task(answer());  // a named task does not use a number
  EXPECT_EQ(d.get_name(), "Task-" + std::to_string(na + 2));
  d.set_name("renamed");
  EXPECT_EQ(d.get_name(), "renamed");
  EventLoop other;  // the counter is process-wide, as asyncio's
  auto e = other.create_task(answer());
  EXPECT_EQ(e.get_name(), "Task-" + std::to_string(na + 3));
  ASSERT_TRUE(loop.run_until_complete(d).ok());
  ASSERT_TRUE(other.run_until_complete(e).ok());
}

TEST(Task, CurrentTaskAndParent) {
  EventLoop loop;
  aio::TaskCore* inside = nullptr;
  aio::TaskCore* in_callback = reinterpret_cast<aio::TaskCore*>(1);
  uint64_t child_parent = 0;
  auto child = [&]() -> Coro<void> { co_return; };
  auto body = [&]() -> Coro<void> {
    inside = aio::current_task();
    auto c = loop.create_task(child());
    child_parent = c.state()->parent_id();
    loop.call_soon([&] { in_callback = aio::current_task(); });
    AIO_CHECK(co_await c);
    EXPECT_EQ(aio::current_task(), inside);  // still itself after a suspension
  };
  EXPECT_EQ(aio::current_task(), nullptr);
  auto t = loop.create_task(body());
  ASSERT_TRUE(loop.run_until_complete(t).ok());
  EXPECT_EQ(inside, t.state().get());
  EXPECT_EQ(aio::current_task(&loop), nullptr);
  EXPECT_EQ(in_callback, nullptr);  // a plain callback runs outside any task
  EXPECT_EQ(child_parent, t.id());
}

// all_tasks(): the pending tasks, in creation order; finished ones leave.
TEST(Task, AllTasksArePendingOnesInCreationOrder) {
  EventLoop loop;
  auto sleeper = [](double d) -> Coro<void> { AIO_CHECK(co_await aio::sleep(d)); };
  auto a = loop.create_task(sleeper(3), "a");
  auto b = loop.create_task(sleeper(1), "b");
  auto c = loop.create_task(sleeper(2), "c");
  auto names = [&] {
    std::string s;
    for (aio::TaskCore* t : loop.all_tasks()) s += t->get_name();
    return s;
  };
  EXPECT_EQ(names(), "abc");
  ASSERT_TRUE(loop.run_until_complete(b).ok());
  EXPECT_EQ(names(), "ac");
  ASSERT_TRUE(loop.run_until_complete(a).ok());
  EXPECT_EQ(names(), "");
  EXPECT_TRUE(c.done());
}

// await asyncio.sleep(0) is one bare yield: two tasks alternate.
//   async def ping(n): for i in range(3): log.append(f'{n}{i}'); await asyncio.sleep(0)
//   gather(ping('A'), ping('B'))   # ['A0', 'B0', 'A1', 'B1', 'A2', 'B2']
TEST(Task, SleepZeroAlternatesTasks) {
  EventLoop loop;
  Log log;
  auto ping = [&](std::string n) -> Coro<void> {
    for (int i = 0; i < 3; ++i) {
      log.push_back(n + std::to_string(i));
      AIO_CHECK(co_await aio::sleep(0));
    }
  };
  auto a = loop.create_task(ping("A"));
  auto b = loop.create_task(ping("B"));
  ASSERT_TRUE(loop.run_until_complete(b).ok());
  EXPECT_TRUE(a.done());
  EXPECT_EQ(log, (Log{"A0", "B0", "A1", "B1", "A2", "B2"}));
  EXPECT_EQ(loop.time(), 0.0);
}

// Awaiting a coroutine runs it in the same step (no trip through the loop):
//   async def inner(): log.append('inner'); return 1
//   async def a(): log.append('A1'); await inner(); log.append('A2')
//   async def b(): log.append('B1')
//   create_task(a()); create_task(b())   # ['A1', 'inner', 'A2', 'B1']
TEST(Task, AwaitingACoroutineDoesNotYield) {
  EventLoop loop;
  Log log;
  auto inner = [&]() -> Coro<int> {
    log.push_back("inner");
    co_return 1;
  };
  auto a = [&]() -> Coro<void> {
    log.push_back("A1");
    AIO_TRY(int v, co_await inner());
    log.push_back("A2 " + std::to_string(v));
  };
  auto b = [&]() -> Coro<void> {
    log.push_back("B1");
    co_return;
  };
  auto ta = loop.create_task(a());
  auto tb = loop.create_task(b());
  ASSERT_TRUE(loop.run_until_complete(tb).ok());
  EXPECT_EQ(log, (Log{"A1", "inner", "A2 1", "B1"}));
}

// A task awaiting another task wakes one iteration after the child finishes (the child's
// done callback schedules the parent's step):
//   parent: t = create_task(child()); log('parent before'); r = await t; log(f'parent after {r}')
//   other:  log('other 1'); sleep(0); log('other 2'); sleep(0); log('other 3')
//   # ['parent before', 'other 1', 'child', 'other 2', 'parent after 1', 'other 3']
TEST(Task, AwaitingATaskWakesAfterItsDoneCallback) {
  EventLoop loop;
  Log log;
  auto child = [&]() -> Coro<int> {
    log.push_back("child");
    co_return 1;
  };
  auto parent = [&]() -> Coro<void> {
    auto t = loop.create_task(child());
    log.push_back("parent before");
    AIO_TRY(int r, co_await t);
    log.push_back("parent after " + std::to_string(r));
  };
  auto other = [&]() -> Coro<void> {
    log.push_back("other 1");
    AIO_CHECK(co_await aio::sleep(0));
    log.push_back("other 2");
    AIO_CHECK(co_await aio::sleep(0));
    log.push_back("other 3");
  };
  auto p = loop.create_task(parent());
  auto o = loop.create_task(other());
  ASSERT_TRUE(loop.run_until_complete(o).ok());
  EXPECT_TRUE(p.done());
  EXPECT_EQ(log, (Log{"parent before", "other 1", "child", "other 2", "parent after 1", "other 3"}));
}

// sleep(d) awaits a future that its timer completes: waking takes a second iteration, so a
// timer due at the same time runs before the sleeper resumes.
//   task: await asyncio.sleep(0.001); log('task')      (timer A)
//   then loop.call_later(0.001, X)                      (timer B, later)
//   both due together                                    # ['X', 'task']
TEST(Task, SleepWakesOneIterationAfterItsTimer) {
  EventLoop loop;
  Log log;
  auto sleeper = [&]() -> Coro<void> {
    AIO_CHECK(co_await aio::sleep(1));
    log.push_back("task at " + std::to_string(loop.time()));
  };
  auto t = loop.create_task(sleeper());
  ASSERT_TRUE(loop.run_once().ok());  // the task is sleeping now
  loop.call_later(1, [&] { log.push_back("X"); });
  ASSERT_TRUE(loop.run_until_complete(t).ok());
  EXPECT_EQ(log, (Log{"X", "task at 1.000000"}));
}

TEST(Task, SleepWithAResult) {
  EventLoop loop;
  auto r = loop.run_until_complete([]() -> Coro<std::string> {
    AIO_TRY(std::string s, co_await aio::sleep(2.5, std::string("done")));
    co_return s;
  }());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "done");
  EXPECT_EQ(loop.time(), 2.5);
}

Coro<int> fail_after(double d) {
  AIO_CHECK(co_await aio::sleep(d));
  co_return aio::Error("ValueError", "bad " + std::to_string(static_cast<int>(d)));
}

Coro<void> fail_void() {
  co_await aio::raise(aio::Error("TypeError", "void"));
  ADD_FAILURE() << "raise must end the coroutine";
}

TEST(Task, ErrorsEndTheTaskAndPropagateThroughAwaits) {
  EventLoop loop;
  auto t = loop.create_task(fail_after(1));
  auto v = loop.create_task(fail_void());
  auto outer = [&]() -> Coro<int> {
    AIO_TRY(int x, co_await fail_after(2));  // propagates: the rest never runs
    ADD_FAILURE() << "unreachable " << x;
    co_return 0;
  };
  auto o = loop.create_task(outer());
  ASSERT_TRUE(loop.run_until_complete(o).ok() == false);
  EXPECT_TRUE(t.done());
  EXPECT_EQ(t.result().error().describe(), "ValueError: bad 1");
  EXPECT_EQ(t.exception()->value().describe(), "ValueError: bad 1");
  EXPECT_FALSE(t.cancelled());
  EXPECT_EQ(v.result().error().describe(), "TypeError: void");
  EXPECT_EQ(o.result().error().describe(), "ValueError: bad 2");
}

// A task nobody holds still runs to completion: the loop keeps pending tasks alive.
TEST(Task, UnheldTaskRunsToCompletion) {
  EventLoop loop;
  Log log;
  auto body = [&]() -> Coro<void> {
    AIO_CHECK(co_await aio::sleep(1));
    log.push_back("finished");
  };
  (void)loop.create_task(body());
  auto wait = []() -> Coro<void> { AIO_CHECK(co_await aio::sleep(2)); };
  ASSERT_TRUE(loop.run_until_complete(wait()).ok());
  EXPECT_EQ(log, (Log{"finished"}));
}

// --- deep chains: the trampoline keeps the C++ stack flat (TOOLCHAIN.md) ---

Coro<long> recurse(long n) {
  if (n == 0) co_return 0;
  AIO_TRY(long below, co_await recurse(n - 1));
  co_return below + 1;
}

// 100k nested `co_await child()`: would overflow the native stack with symmetric transfer or
// direct resumption at -O0; on the trampoline each level is one heap frame.
TEST(Task, HundredThousandDeepAwaitChain) {
  EventLoop loop;
  auto r = loop.run_until_complete(recurse(100'000));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 100'000);
}

Coro<long> recurse_suspending(long n) {
  if (n == 0) {
    AIO_CHECK(co_await aio::sleep(1));  // the whole chain suspends at the bottom and resumes
    co_return 0;
  }
  AIO_TRY(long below, co_await recurse_suspending(n - 1));
  co_return below + 1;
}

TEST(Task, DeepChainSuspendsAndResumesAtTheBottom) {
  EventLoop loop;
  auto r = loop.run_until_complete(recurse_suspending(100'000));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 100'000);
  EXPECT_EQ(loop.time(), 1.0);
}

// A loop destroyed while a 100k-deep chain is suspended frees every frame, without recursing
// through the frames' destructors (that overflowed the stack).
TEST(Task, DestroyingALoopWithAPendingDeepChain) {
  auto loop = std::make_unique<EventLoop>();
  auto t = loop->create_task(recurse_suspending(100'000));
  ASSERT_TRUE(loop->run_once().ok());  // the chain is built and suspended at the bottom
  EXPECT_FALSE(t.done());
  loop.reset();
}

Coro<long> fail_deep(long n) {
  if (n == 0) co_return aio::Error("ValueError", "bottom");
  AIO_TRY(long below, co_await fail_deep(n - 1));
  co_return below + 1;
}

TEST(Task, ErrorFromTheBottomOfADeepChain) {
  EventLoop loop;
  auto r = loop.run_until_complete(fail_deep(100'000));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().describe(), "ValueError: bottom");
}

Coro<int> one() { co_return 1; }

// A million sequential awaits of finished-at-once coroutines in one task.
TEST(Task, MillionSequentialAwaits) {
  EventLoop loop;
  auto many = []() -> Coro<long> {
    long sum = 0;
    for (long i = 0; i < 1'000'000; ++i) {
      AIO_TRY(int v, co_await one());
      sum += v;
    }
    co_return sum;
  };
  auto r = loop.run_until_complete(many());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 1'000'000);
}

// A long chain of tasks, each awaiting the next: wake-ups go through the loop, not the stack.
TEST(Task, TenThousandTasksAwaitingEachOther) {
  EventLoop loop;
  struct Chain {
    static Coro<long> link(EventLoop* loop, long n) {
      if (n == 0) {
        AIO_CHECK(co_await aio::sleep(0));
        co_return 0;
      }
      auto next = loop->create_task(link(loop, n - 1));
      AIO_TRY(long below, co_await next);
      co_return below + 1;
    }
  };
  auto r = loop.run_until_complete(Chain::link(&loop, 10'000));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 10'000);
  EXPECT_TRUE(loop.all_tasks().empty());
}

}  // namespace
