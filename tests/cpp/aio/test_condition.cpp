// asyncio.Condition: notify order and counts, re-acquiring after a cancelled wait (3.11), errors
// without the lock, wait_for, a shared lock, the timeline tag.
// Expected orders come from running the Python snippets quoted above each test under CPython 3.11.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Condition;
using aio::Coro;
using aio::EventLoop;
using Log = std::vector<std::string>;

std::string at(EventLoop& loop) { return " t=" + std::to_string(static_cast<int>(loop.time())); }
std::string py(bool b) { return b ? "True" : "False"; }

// cond1.py:
//   async def waiter(name):
//       async with cond:
//           try: await cond.wait()
//           except CancelledError: log(f"{name} cancelled locked={cond.locked()}"); raise
//           log(f"{name} woke t=.."); await asyncio.sleep(1)   # holding the lock
//   tasks for "ABCDE"; await sleep(0)
//   async with cond: cond.notify(2); tasks[0].cancel(); log("notified 2")
//   await sleep(5); async with cond: cond.notify_all(); log("notified all")
//   gather; log(end); await cond.wait() → RuntimeError; cond.notify() → RuntimeError
//   → ['notified 2', 'A cancelled locked=True', 'B woke t=0', 'notified all', 'C woke t=5',
//      'D woke t=6', 'E woke t=7', 'end locked=False t=8',
//      'RuntimeError: cannot wait on un-acquired lock', 'RuntimeError: cannot notify on un-acquired lock']
Coro<void> cond_waiter(Condition cond, std::string name, Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  AIO_TRY(auto held, co_await cond.scoped());
  auto r = co_await cond.wait();
  if (!r) {
    log->push_back(name + " cancelled locked=" + py(cond.locked()));
    co_await aio::raise(r.error());
  }
  log->push_back(name + " woke" + at(loop));
  AIO_CHECK(co_await aio::sleep(1));
}

Coro<void> notify_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Condition cond;
  std::vector<aio::Task<void>> tasks;
  for (const char* n : {"A", "B", "C", "D", "E"}) tasks.push_back(loop.create_task(cond_waiter(cond, n, log)));
  AIO_CHECK(co_await aio::sleep(0));
  {
    AIO_TRY(auto held, co_await cond.scoped());
    AIO_CHECK(cond.notify(2));
    tasks[0].cancel();  // notified, then cancelled: still re-acquires before raising
    log->push_back("notified 2");
  }
  AIO_CHECK(co_await aio::sleep(5));
  {
    AIO_TRY(auto held, co_await cond.scoped());
    AIO_CHECK(cond.notify_all());
    log->push_back("notified all");
  }
  for (auto& t : tasks) (void)co_await t;
  log->push_back("end locked=" + py(cond.locked()) + at(loop));
  auto w = co_await cond.wait();
  log->push_back(w.error().describe());
  auto n = cond.notify();
  log->push_back(n.error().describe());
  EXPECT_EQ(cond.state()->waiter_count(), 0u);
}

TEST(Condition, NotifyWakesInOrderAndCountsOnlyLiveWaiters) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(notify_main(&log)));
  EXPECT_EQ(log, (Log{"notified 2", "A cancelled locked=True", "B woke t=0", "notified all", "C woke t=5", "D woke t=6",
                      "E woke t=7", "end locked=False t=8", "RuntimeError: cannot wait on un-acquired lock",
                      "RuntimeError: cannot notify on un-acquired lock"}));
}

// cond4.py: a notified waiter stays queued until it runs, but does not count again.
//   A B C wait; async with cond: cond.notify(); cond.notify()   # the second wakes B, not A again
//   await sleep(0.1); log("then"); async with cond: cond.notify_all()
//   → ['A woke', 'B woke', 'then', 'C woke']
Coro<void> plain_waiter(Condition cond, std::string name, Log* log) {
  AIO_TRY(auto held, co_await cond.scoped());
  AIO_CHECK(co_await cond.wait());
  log->push_back(name + " woke");
}

Coro<void> notify_twice_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Condition cond;
  std::vector<aio::Task<void>> tasks;
  for (const char* n : {"A", "B", "C"}) tasks.push_back(loop.create_task(plain_waiter(cond, n, log)));
  AIO_CHECK(co_await aio::sleep(0));
  {
    AIO_TRY(auto held, co_await cond.scoped());
    AIO_CHECK(cond.notify());
    AIO_CHECK(cond.notify());
  }
  AIO_CHECK(co_await aio::sleep(0.1));
  log->push_back("then");
  {
    AIO_TRY(auto held, co_await cond.scoped());
    AIO_CHECK(cond.notify_all());
  }
  for (auto& t : tasks) AIO_CHECK(co_await t);
}

TEST(Condition, NotifiedWaiterDoesNotCountTwice) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(notify_twice_main(&log)));
  EXPECT_EQ(log, (Log{"A woke", "B woke", "then", "C woke"}));
}

// cond2.py (first half): a waiter notified, then cancelled while it waits to re-acquire the
// lock, keeps trying; once it holds the lock it raises a new, bare CancelledError.
//   cond = Condition(lock); A, B: await cond.acquire(); try: await cond.wait()
//       except CancelledError as e: log(f"{name} cancelled args={e.args} locked=.. t=.."); release; raise
//   async with lock: cond.notify_all(); await sleep(0); a.cancel("bye"); b.cancel("bye"); await sleep(1)
//   → ['A cancelled args=() locked=True t=1', 'B cancelled args=() locked=True t=1', ...]
Coro<void> reacquire_waiter(Condition cond, std::string name, Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  AIO_CHECK(co_await cond.acquire());
  auto r = co_await cond.wait();
  if (!r) {
    log->push_back(name + " cancelled msg='" + r.error().message() + "' locked=" + py(cond.locked()) + at(loop));
    AIO_CHECK(cond.release());
    co_await aio::raise(r.error());
  }
  log->push_back(name + " woke");
  AIO_CHECK(cond.release());
}

Coro<void> reacquire_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  aio::Lock lock;
  Condition cond(lock);  // a shared lock
  auto a = loop.create_task(reacquire_waiter(cond, "A", log));
  auto b = loop.create_task(reacquire_waiter(cond, "B", log));
  AIO_CHECK(co_await aio::sleep(0));
  {
    AIO_TRY(auto held, co_await lock.scoped());
    EXPECT_TRUE(cond.locked());
    AIO_CHECK(cond.notify_all());
    AIO_CHECK(co_await aio::sleep(0));  // A and B now wait to re-acquire
    a.cancel("bye");
    b.cancel("bye");
    AIO_CHECK(co_await aio::sleep(1));
  }
  (void)co_await a;
  (void)co_await b;
  EXPECT_TRUE(a.cancelled());
  EXPECT_TRUE(b.cancelled());
  EXPECT_FALSE(lock.locked());
}

TEST(Condition, CancelledWhileReacquiringStillReacquires) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(reacquire_main(&log)));
  EXPECT_EQ(log, (Log{"A cancelled msg='' locked=True t=1", "B cancelled msg='' locked=True t=1"}));
}

// A waiter cancelled while it waits for notify() re-acquires at once (the lock is free) and
// gets the cancellation with its message (only a cancelled *re-acquire* makes a bare one).
Coro<void> cancelled_wait_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Condition cond;
  auto a = loop.create_task(reacquire_waiter(cond, "A", log));
  AIO_CHECK(co_await aio::sleep(1));
  a.cancel("bye");
  (void)co_await a;
  EXPECT_FALSE(cond.locked());
}

TEST(Condition, CancelledWaitKeepsItsMessage) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(cancelled_wait_main(&log)));
  EXPECT_EQ(log, (Log{"A cancelled msg='bye' locked=True t=1"}));
}

// cond2.py (second half):
//   async def consumer():
//       async with cond:
//           r = await cond.wait_for(lambda: len(items) >= 2 and len(items)); log(f"consumer got {r} t=..")
//   3 × { await sleep(1); async with cond: items.append(i); cond.notify(); log(f"produced {i}") }
//   → ['produced 0', 'produced 1', 'consumer got 2 t=2', 'produced 2']   (t counted from its start)
Coro<void> consumer(Condition cond, std::vector<int>* items, Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  AIO_TRY(auto held, co_await cond.scoped());
  AIO_TRY(size_t r, co_await cond.wait_for([items]() -> size_t { return items->size() >= 2 ? items->size() : 0; }));
  log->push_back("consumer got " + std::to_string(r) + at(loop));
}

Coro<void> wait_for_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Condition cond;
  std::vector<int> items;
  auto c = loop.create_task(consumer(cond, &items, log));
  for (int i = 0; i < 3; ++i) {
    AIO_CHECK(co_await aio::sleep(1));
    AIO_TRY(auto held, co_await cond.scoped());
    items.push_back(i);
    AIO_CHECK(cond.notify());
    log->push_back("produced " + std::to_string(i));
  }
  AIO_CHECK(co_await c);
}

TEST(Condition, WaitForReturnsPredicateValue) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(wait_for_main(&log)));
  EXPECT_EQ(log, (Log{"produced 0", "produced 1", "consumer got 2 t=2", "produced 2"}));
}

// A predicate may fail (Python: it raises); the error ends wait_for with the lock held.
Coro<void> failing_predicate(Log* log) {
  Condition cond;
  AIO_TRY(auto held, co_await cond.scoped());
  auto r = co_await cond.wait_for([]() -> aio::Result<bool> { return aio::Error(aio::ErrorKind::Value, "bad"); });
  log->push_back(r.error().describe() + " locked=" + py(cond.locked()));
}

TEST(Condition, WaitForPredicateError) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(failing_predicate(&log)));
  EXPECT_EQ(log, (Log{"ValueError: bad locked=True"}));
}

TEST(Condition, TraceShowsConditionThenLock) {
  EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  Condition cond;
  Log log;
  auto a = loop.create_task(cond_waiter(cond, "A", &log));
  auto b = loop.create_task(cond_waiter(cond, "B", &log));
  loop.call_later(1, [cond] {
    // notify from a plain callback: take the (free) lock's state directly
    (void)cond.lock().state()->try_now();
    (void)cond.notify_all();
    (void)cond.release();
  });
  ASSERT_TRUE(loop.run_until_complete(b));
  std::vector<aio::WaitKind> waits_of_b;
  for (const aio::TraceEvent& e : sink.events()) {
    if (e.kind == aio::EventKind::TaskSuspended && e.id == b.id()) waits_of_b.push_back(e.wait);
  }
  // B: waits on the condition, then (A holds the lock for 1s) on the lock, then sleeps.
  EXPECT_EQ(waits_of_b,
            (std::vector<aio::WaitKind>{aio::WaitKind::Condition, aio::WaitKind::Lock, aio::WaitKind::Sleep}));
  EXPECT_EQ(log, (Log{"A woke t=1", "B woke t=2"}));
}

}  // namespace
