// asyncio.Event: set wakes every waiter in order, clear only affects later waits, cancellation.
// Expected orders come from running the Python snippets quoted above each test under CPython 3.11.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Coro;
using aio::EventLoop;
using Log = std::vector<std::string>;

std::string at(EventLoop& loop) { return " t=" + std::to_string(static_cast<int>(loop.time())); }

Coro<void> waiter(aio::Event ev, std::string name, Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  auto r = co_await ev.wait();
  if (!r) {
    log->push_back(name + (r.error().is_cancelled() ? " cancelled" : " error"));
    co_return;
  }
  log->push_back(name + " woke" + at(loop));
}

// event1.py:
//   tasks = [create_task(waiter(n)) for n in "ABCD"]; await sleep(1)
//   tasks[1].cancel(); ev.set(); ev.clear(); log(is_set); await gather(*tasks)
//   t = create_task(waiter("E")); await sleep(2); ev.set(); await ev.wait(); log("main passed")
//   → ['set+clear is_set=False', 'B cancelled', 'A woke t=1', 'C woke t=1', 'D woke t=1',
//      'main passed', 'E woke t=3']
Coro<void> event_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  aio::Event ev;
  std::vector<aio::Task<void>> tasks;
  for (const char* n : {"A", "B", "C", "D"}) tasks.push_back(loop.create_task(waiter(ev, n, log)));
  AIO_CHECK(co_await aio::sleep(1));
  tasks[1].cancel();
  ev.set();
  ev.clear();  // the waiters already woken still wake
  log->push_back(std::string("set+clear is_set=") + (ev.is_set() ? "True" : "False"));
  for (auto& t : tasks) AIO_CHECK(co_await t);
  EXPECT_EQ(ev.state()->waiter_count(), 0u);
  auto e = loop.create_task(waiter(ev, "E", log));
  AIO_CHECK(co_await aio::sleep(2));
  ev.set();
  AIO_CHECK(co_await ev.wait());  // already set: no suspension
  log->push_back("main passed");
  AIO_CHECK(co_await e);
}

TEST(Event, SetWakesAllWaitersInOrder) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(event_main(&log)));
  EXPECT_EQ(log, (Log{"set+clear is_set=False", "B cancelled", "A woke t=1", "C woke t=1", "D woke t=1",
                      "main passed", "E woke t=3"}));
}

Coro<void> wait_on_set(aio::Event ev, Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  ev.set();
  ev.set();  // idempotent
  AIO_CHECK(co_await ev.wait());
  log->push_back("passed" + at(loop));
}

TEST(Event, WaitOnSetEventDoesNotSuspendOrBind) {
  EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  aio::Event ev;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(wait_on_set(ev, &log)));
  EXPECT_EQ(log, (Log{"passed t=0"}));
  EXPECT_EQ(ev.state()->bound_loop(), nullptr);
  for (const aio::TraceEvent& e : sink.events()) {
    EXPECT_NE(e.kind, aio::EventKind::TaskSuspended);
  }
}

// A waiter woken by set() but cancelled before it runs gets CancelledError (Python: the
// cancellation is thrown in at the resumption), and the event stays set.
Coro<void> woken_then_cancelled(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  aio::Event ev;
  auto a = loop.create_task(waiter(ev, "A", log));
  auto b = loop.create_task(waiter(ev, "B", log));
  AIO_CHECK(co_await aio::sleep(0));
  ev.set();
  a.cancel();
  AIO_CHECK(co_await a);
  AIO_CHECK(co_await b);
  EXPECT_TRUE(ev.is_set());
}

TEST(Event, WokenWaiterCancelledBeforeRunning) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(woken_then_cancelled(&log)));
  EXPECT_EQ(log, (Log{"A cancelled", "B woke t=0"}));
}

TEST(Event, TraceShowsWaitOnEvent) {
  EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  aio::Event ev;
  Log log;
  auto a = loop.create_task(waiter(ev, "A", &log));
  loop.call_later(2, [ev] { ev.set(); });
  ASSERT_TRUE(loop.run_until_complete(a));
  int suspended = 0;
  for (const aio::TraceEvent& e : sink.events()) {
    if (e.kind == aio::EventKind::TaskSuspended) {
      ++suspended;
      EXPECT_EQ(e.wait, aio::WaitKind::Event);
      EXPECT_NE(e.other, 0u);
    }
    if (e.kind == aio::EventKind::TaskWoken) {
      EXPECT_EQ(e.time_ns, 2'000'000'000);
    }
  }
  EXPECT_EQ(suspended, 1);
  EXPECT_EQ(log, (Log{"A woke t=2"}));
}

}  // namespace
