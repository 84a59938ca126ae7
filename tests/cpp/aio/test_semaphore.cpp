// asyncio.Semaphore / BoundedSemaphore: 3.11.7's fairness (_wake_up_next sets a unit aside for
// the woken waiter), counts, cancellation, error kinds and messages.
// Expected orders come from running the Python snippets quoted above each test under CPython 3.11.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Coro;
using aio::EventLoop;
using aio::Semaphore;
using Log = std::vector<std::string>;

std::string at(EventLoop& loop) { return " t=" + std::to_string(static_cast<int>(loop.time())); }
std::string py(bool b) { return b ? "True" : "False"; }
std::string counts(const aio::SemaphoreBase& sem) {
  return "value=" + std::to_string(sem.value()) + " locked=" + py(sem.locked());
}

// sem1.py:
//   sem = Semaphore(2)
//   async def worker(name, d):
//       async with sem: log(f"{name} in t=.. value={sem._value} locked={sem.locked()}"); await sleep(d)
//   A1 B2 C1.5 D1 E1 started (no equal deadlines); await sleep(0); log(queued); D.cancel(); gather
//   → ['A in t=0 value=1 locked=False', 'B in t=0 value=0 locked=True', 'queued value=0 locked=True',
//      'D cancelled', 'C in t=1 value=0 locked=True', 'E in t=2 value=0 locked=True',
//      'end value=2 locked=False']
Coro<void> sem_worker(Semaphore sem, std::string name, double d, Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  auto held = co_await sem.scoped();
  if (!held) {
    log->push_back(name + " cancelled");
    co_await aio::raise(held.error());
  }
  log->push_back(name + " in" + at(loop) + " " + counts(sem));
  AIO_CHECK(co_await aio::sleep(d));
}

Coro<void> order_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Semaphore sem(2);
  std::vector<aio::Task<void>> tasks;
  for (auto [n, d] : {std::pair{"A", 1.0}, {"B", 2.0}, {"C", 1.5}, {"D", 1.0}, {"E", 1.0}}) {
    tasks.push_back(loop.create_task(sem_worker(sem, n, d, log)));
  }
  AIO_CHECK(co_await aio::sleep(0));
  log->push_back("queued " + counts(sem));
  tasks[3].cancel();
  for (auto& t : tasks) (void)co_await t;
  log->push_back("end " + counts(sem));
  EXPECT_EQ(sem.state()->waiter_count(), 0u);
}

TEST(Semaphore, OrderCountsAndCancelledWaiter) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(order_main(&log)));
  EXPECT_EQ(log, (Log{"A in t=0 value=1 locked=False", "B in t=0 value=0 locked=True", "queued value=0 locked=True",
                      "D cancelled", "C in t=1 value=0 locked=True", "E in t=2 value=0 locked=True",
                      "end value=2 locked=False"}));
}

// sem2.py:
//   sem = Semaphore(0); A, B, C await sem.acquire(); await sleep(0)
//   sem.release(); log(released); a.cancel()   # woken, then cancelled: hands the unit to B
//   await sleep(0); log(after); sem.release(); sem.release(); gather; await sem.acquire(); log(end)
//   → ['released value=0 locked=True', 'A cancelled value=0', 'after value=0', 'B in value=1',
//      'C in value=1', 'end value=0']
Coro<void> acquirer(Semaphore sem, std::string name, Log* log) {
  auto r = co_await sem.acquire();
  if (!r) {
    log->push_back(name + " cancelled value=" + std::to_string(sem.value()));
    co_await aio::raise(r.error());
  }
  log->push_back(name + " in value=" + std::to_string(sem.value()));
}

Coro<void> handoff_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Semaphore sem(0);
  auto a = loop.create_task(acquirer(sem, "A", log));
  auto b = loop.create_task(acquirer(sem, "B", log));
  auto c = loop.create_task(acquirer(sem, "C", log));
  AIO_CHECK(co_await aio::sleep(0));
  sem.release();  // the unit is set aside for A: value stays 0
  log->push_back("released " + counts(sem));
  a.cancel();
  AIO_CHECK(co_await aio::sleep(0));
  log->push_back("after value=" + std::to_string(sem.value()));
  sem.release();
  sem.release();
  (void)co_await a;
  AIO_CHECK(co_await b);
  AIO_CHECK(co_await c);
  AIO_CHECK(co_await sem.acquire());
  log->push_back("end value=" + std::to_string(sem.value()));
}

TEST(Semaphore, WokenWaiterCancelledHandsItsUnitOn) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(handoff_main(&log)));
  EXPECT_EQ(log, (Log{"released value=0 locked=True", "A cancelled value=0", "after value=0", "B in value=1",
                      "C in value=1", "end value=0"}));
}

Coro<void> acquire_release(Semaphore sem, std::string name, Log* log) {
  AIO_CHECK(co_await sem.acquire());
  log->push_back(name + " in value=" + std::to_string(sem.value()));
  sem.release();
}

// sem3.py: a task releasing and re-acquiring at once cannot overtake a queued waiter (the unit
// is set aside for the woken waiter, and locked() stays true while it is queued).
//   sem = Semaphore(1); await sem.acquire(); b = create_task(acquire_release("B")); await sleep(0)
//   sem.release(); log(released); await sem.acquire(); log("main in"); sem.release(); await b
//   → ['released value=0 locked=True', 'B in value=0', 'main in']
Coro<void> no_barging_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Semaphore sem(1);
  AIO_CHECK(co_await sem.acquire());
  auto b = loop.create_task(acquire_release(sem, "B", log));
  AIO_CHECK(co_await aio::sleep(0));
  sem.release();
  log->push_back("released " + counts(sem));
  AIO_CHECK(co_await sem.acquire());
  log->push_back("main in");
  sem.release();
  AIO_CHECK(co_await b);
}

TEST(Semaphore, ReleaserCannotBarge) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(no_barging_main(&log)));
  EXPECT_EQ(log, (Log{"released value=0 locked=True", "B in value=0", "main in"}));
}

// sem4.py: a woken waiter that finds units left wakes the next one (it may have queued behind
// a woken-but-not-yet-run waiter while a unit was spare).
//   a = create_task(acquirer("A")); await sleep(0); c = create_task(acquirer("C"))
//   sem.release(); sem.release(); log(released); await a; await c
//   → ['released value=1', 'A in value=0', 'C in value=0']
Coro<void> spare_unit_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Semaphore sem(0);
  auto a = loop.create_task(acquirer(sem, "A", log));
  AIO_CHECK(co_await aio::sleep(0));
  auto c = loop.create_task(acquirer(sem, "C", log));  // its first step runs before A's wake-up
  sem.release();
  sem.release();
  log->push_back("released value=" + std::to_string(sem.value()));
  AIO_CHECK(co_await a);
  AIO_CHECK(co_await c);
}

TEST(Semaphore, WokenWaiterWakesNextWhenUnitsRemain) {
  EventLoop loop;
  Log log;
  auto r = loop.run_until_complete(spare_unit_main(&log));
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(log, (Log{"released value=1", "A in value=0", "C in value=0"}));
}

TEST(Semaphore, CreateChecksInitialValue) {
  auto bad = Semaphore::create(-1);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().describe(), "ValueError: Semaphore initial value must be >= 0");
  auto bad2 = aio::BoundedSemaphore::create(-1);
  ASSERT_FALSE(bad2);
  EXPECT_EQ(bad2.error().kind(), aio::ErrorKind::Value);
  auto ok = Semaphore::create(0);
  ASSERT_TRUE(ok);
  EXPECT_TRUE(ok->locked());
  EXPECT_EQ(ok->value(), 0);
}

// sem2.py (end): bs = BoundedSemaphore(1); bs.release() → ValueError: BoundedSemaphore released
// too many times; await bs.acquire(); bs.release() is fine.
Coro<void> bounded_main(Log* log) {
  aio::BoundedSemaphore bs(1);
  auto r = bs.release();
  log->push_back(r ? "ok" : r.error().describe());
  AIO_CHECK(co_await bs.acquire());
  AIO_CHECK(bs.release());
  {
    AIO_TRY(auto held, co_await bs.scoped());
    log->push_back("held " + counts(bs));
  }
  log->push_back("after " + counts(bs));
  AIO_TRY(auto held, co_await bs.scoped());
  AIO_CHECK(bs.release());    // released behind the guard's back …
  auto again = held.release();  // … so the guard's own release is the one too many
  log->push_back(again ? "ok" : again.error().describe());
}

TEST(BoundedSemaphore, ReleasedTooManyTimes) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(bounded_main(&log)));
  EXPECT_EQ(log, (Log{"ValueError: BoundedSemaphore released too many times", "held value=0 locked=True",
                      "after value=1 locked=False", "ValueError: BoundedSemaphore released too many times"}));
}

TEST(Semaphore, TraceShowsWaitOnSemaphore) {
  EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  Semaphore sem(1);
  Log log;
  auto a = loop.create_task(sem_worker(sem, "A", 1, &log));
  auto b = loop.create_task(sem_worker(sem, "B", 1, &log));
  ASSERT_TRUE(loop.run_until_complete(b));
  int on_sem = 0;
  for (const aio::TraceEvent& e : sink.events()) {
    if (e.kind == aio::EventKind::TaskSuspended && e.wait == aio::WaitKind::Semaphore) {
      ++on_sem;
      EXPECT_EQ(e.id, b.id());
    }
  }
  EXPECT_EQ(on_sem, 1);
}

}  // namespace
