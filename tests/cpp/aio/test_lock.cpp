// asyncio.Lock: fairness, cancellation, the scoped guard, loop binding, the timeline tag.
// Expected orders come from running the Python snippets quoted above each test under CPython 3.11.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Coro;
using aio::EventLoop;
using aio::Lock;
using Log = std::vector<std::string>;

std::string at(EventLoop& loop) { return " t=" + std::to_string(static_cast<int>(loop.time())); }

TEST(Lock, ReleaseUnlockedIsRuntimeError) {
  Lock lock;
  EXPECT_FALSE(lock.locked());
  auto r = lock.release();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind(), aio::ErrorKind::Runtime);
  EXPECT_EQ(r.error().describe(), "RuntimeError: Lock is not acquired.");
}

Coro<void> acquire_twice_uncontended(Lock lock, Log* log) {
  AIO_CHECK(co_await lock.acquire());
  log->push_back(lock.locked() ? "locked" : "unlocked");
  AIO_CHECK(lock.release());
  log->push_back(lock.locked() ? "locked" : "unlocked");
  AIO_CHECK(co_await lock.acquire());
  AIO_CHECK(lock.release());
}

TEST(Lock, UncontendedAcquireDoesNotSuspendOrBind) {
  EventLoop loop;
  Lock lock;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(acquire_twice_uncontended(lock, &log)));
  EXPECT_EQ(log, (Log{"locked", "unlocked"}));
  EXPECT_EQ(lock.state()->bound_loop(), nullptr);  // fast paths never bind (as _get_loop)
}

// lock1.py:
//   async def worker(name):
//       await lock.acquire(); log.append(f"{name} in"); await asyncio.sleep(1)
//       log.append(f"{name} out"); lock.release()
//   await lock.acquire(); tasks = [create_task(worker(n)) for n in "BCD"]; await sleep(0)
//   lock.release(); log.append(f"released locked={lock.locked()}")
//   await lock.acquire()   # cannot barge ahead of B, C, D
//   → ['released locked=False', 'B in', 'B out', 'C in', 'C out', 'D in', 'D out', 'main in t=3']
Coro<void> sleepy_worker(Lock lock, std::string name, Log* log) {
  AIO_CHECK(co_await lock.acquire());
  log->push_back(name + " in");
  AIO_CHECK(co_await aio::sleep(1));
  log->push_back(name + " out");
  AIO_CHECK(lock.release());
}

Coro<void> fairness_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Lock lock;
  AIO_CHECK(co_await lock.acquire());
  std::vector<aio::Task<void>> tasks;
  for (const char* n : {"B", "C", "D"}) tasks.push_back(loop.create_task(sleepy_worker(lock, n, log)));
  AIO_CHECK(co_await aio::sleep(0));
  AIO_CHECK(lock.release());
  log->push_back(std::string("released locked=") + (lock.locked() ? "True" : "False"));
  AIO_CHECK(co_await lock.acquire());
  log->push_back("main in" + at(loop));
  AIO_CHECK(lock.release());
  for (auto& t : tasks) AIO_CHECK(co_await t);
}

TEST(Lock, FifoFairReleaserCannotBarge) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(fairness_main(&log)));
  EXPECT_EQ(log, (Log{"released locked=False", "B in", "B out", "C in", "C out", "D in", "D out", "main in t=3"}));
}

// lock2.py (worker logs "X cancelled" or "X in" and releases):
//   await lock.acquire(); b, c = worker("B"), worker("C"); await sleep(0)
//   b.cancel(); await sleep(0); lock.release(); await sleep(0); log(locked); await c
//   await lock.acquire(); d, e = worker("D"), worker("E"); await sleep(0)
//   lock.release(); d.cancel(); log(locked); await gather(d, e)
//   → ['B cancelled', 'C in', 'locked=False', 'after cancel locked=False', 'D cancelled', 'E in',
//      'end locked=False d=True']
Coro<void> logging_worker(Lock lock, std::string name, Log* log) {
  auto r = co_await lock.acquire();
  if (!r) {
    log->push_back(name + (r.error().is_cancelled() ? " cancelled" : " error"));
    co_await aio::raise(r.error());
  }
  log->push_back(name + " in");
  AIO_CHECK(lock.release());
}

std::string locked_str(const Lock& lock) { return lock.locked() ? "True" : "False"; }

Coro<void> cancellation_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Lock lock;
  AIO_CHECK(co_await lock.acquire());
  auto b = loop.create_task(logging_worker(lock, "B", log));
  auto c = loop.create_task(logging_worker(lock, "C", log));
  AIO_CHECK(co_await aio::sleep(0));
  b.cancel();  // cancelled while waiting: skipped
  AIO_CHECK(co_await aio::sleep(0));
  AIO_CHECK(lock.release());
  AIO_CHECK(co_await aio::sleep(0));
  log->push_back("locked=" + locked_str(lock));
  AIO_CHECK(co_await c);

  AIO_CHECK(co_await lock.acquire());
  auto d = loop.create_task(logging_worker(lock, "D", log));
  auto e = loop.create_task(logging_worker(lock, "E", log));
  AIO_CHECK(co_await aio::sleep(0));
  AIO_CHECK(lock.release());  // D's waiter is done now …
  d.cancel();                 // … but D is cancelled before it runs: it must pass the turn to E
  log->push_back("after cancel locked=" + locked_str(lock));
  (void)co_await d;
  AIO_CHECK(co_await e);
  log->push_back("end locked=" + locked_str(lock) + " d=" + (d.cancelled() ? "True" : "False"));
  EXPECT_EQ(lock.state()->waiter_count(), 0u);
}

TEST(Lock, CancelledWaiterSkippedAndWokenCancelledWaiterPassesOn) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(cancellation_main(&log)));
  EXPECT_EQ(log, (Log{"B cancelled", "C in", "locked=False", "after cancel locked=False", "D cancelled", "E in",
                      "end locked=False d=True"}));
}

// Only cancelled waiters queued: a newcomer takes the free lock at once (all(w.cancelled())).
Coro<void> newcomer_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Lock lock;
  AIO_CHECK(co_await lock.acquire());
  auto b = loop.create_task(logging_worker(lock, "B", log));
  AIO_CHECK(co_await aio::sleep(0));
  b.cancel();             // B's waiter future is cancelled now, B has not run yet
  AIO_CHECK(lock.release());  // nobody alive to wake
  AIO_CHECK(co_await lock.acquire());  // fast path despite B's queued (cancelled) waiter
  log->push_back("main in");
  AIO_CHECK(lock.release());
  (void)co_await b;
}

TEST(Lock, NewcomerTakesLockPastCancelledWaiters) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(newcomer_main(&log)));
  EXPECT_EQ(log, (Log{"main in", "B cancelled"}));
}

// `async with lock:` — the guard releases at scope end, on an error path too (inside the
// failing task's last step, before its done callbacks: guard.py), and only once.
//   async def guarded(name, fail):
//       async with lock:
//           log.append(f"{name} held"); await asyncio.sleep(1)
//           if fail: raise ValueError("boom")
//           log.append(f"{name} leaving")
//   a = create_task(guarded("a", True)); b = create_task(guarded("b", False))
//   a.add_done_callback(lambda t: log.append("a done"))
//   → ['a held', 'b held', 'a done', 'b leaving']
Coro<void> guarded(Lock lock, std::string name, Log* log, bool fail) {
  AIO_TRY(auto held, co_await lock.scoped());
  log->push_back(name + " held");
  AIO_CHECK(co_await aio::sleep(1));
  if (fail) co_await aio::raise(aio::Error(aio::ErrorKind::Value, "boom"));
  log->push_back(name + " leaving");
}

Coro<void> guard_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Lock lock;
  auto a = loop.create_task(guarded(lock, "a", log, true));
  auto b = loop.create_task(guarded(lock, "b", log, false));
  a.add_done_callback([log](aio::FutureBase&) { log->push_back("a done"); });
  auto ra = co_await a;
  EXPECT_EQ(ra.error().describe(), "ValueError: boom");
  AIO_CHECK(co_await b);
  log->push_back("after locked=" + locked_str(lock) + at(loop));

  AIO_TRY(auto held, co_await lock.scoped());
  EXPECT_TRUE(held.owns());
  AIO_CHECK(held.release());  // early __aexit__
  EXPECT_FALSE(lock.locked());
  EXPECT_FALSE(held.owns());
  AIO_CHECK(held.release());  // a second release is a no-op, not "Lock is not acquired."
}

TEST(Lock, ScopedGuardReleasesOnEveryPath) {
  EventLoop loop;
  Log log;
  auto r = loop.run_until_complete(guard_main(&log));
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(log, (Log{"a held", "b held", "a done", "b leaving", "after locked=False t=2"}));
}

Coro<void> hold_for(Lock lock, double seconds) {
  AIO_CHECK(co_await lock.acquire());
  AIO_CHECK(co_await aio::sleep(seconds));
  AIO_CHECK(lock.release());
}

// _LoopBoundMixin: the first wait binds the lock to its loop; waiting from another loop fails.
// (Loops are told apart by address, so loop1 stays alive: a new loop could reuse its address.)
TEST(Lock, BindsToLoopOfFirstWait) {
  Lock lock;
  EventLoop loop1;
  {
    auto a = loop1.create_task(hold_for(lock, 1));
    auto b = loop1.create_task(hold_for(lock, 1));
    ASSERT_TRUE(loop1.run_until_complete(b));
    EXPECT_EQ(lock.state()->bound_loop(), &loop1);
  }
  EventLoop loop2;
  auto c = loop2.create_task(hold_for(lock, 1));
  auto d = loop2.create_task(hold_for(lock, 1));  // must wait: needs a future on loop2
  auto r = loop2.run_until_complete(d);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind(), aio::ErrorKind::Runtime);
  EXPECT_EQ(r.error().message(), "<asyncio.locks.Lock object> is bound to a different event loop");
  EXPECT_FALSE(c.done());
  EXPECT_TRUE(loop2.run_until_complete(c));
}

// The timeline: a task waiting on the lock is suspended on WaitKind::Lock with the lock's id,
// and is woken by the task that released it.
TEST(Lock, TraceShowsWaitOnLockAndWaker) {
  EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  Lock lock;
  auto a = loop.create_task(hold_for(lock, 1), "A");
  auto b = loop.create_task(hold_for(lock, 1), "B");
  auto c = loop.create_task(hold_for(lock, 1), "C");
  ASSERT_TRUE(loop.run_until_complete(c));
  std::vector<uint64_t> lock_waiters;
  uint64_t object = 0;
  for (const aio::TraceEvent& e : sink.events()) {
    if (e.kind == aio::EventKind::TaskSuspended && e.wait == aio::WaitKind::Lock) {
      lock_waiters.push_back(e.id);
      if (object) {
        EXPECT_EQ(e.other, object);  // one lock, one id
      }
      object = e.other;
    }
    if (e.kind == aio::EventKind::TaskWoken && e.wait == aio::WaitKind::Lock && e.id == b.id()) {
      EXPECT_EQ(e.other, a.id());  // woken by A's release
      EXPECT_EQ(e.time_ns, 1'000'000'000);
    }
  }
  EXPECT_EQ(lock_waiters, (std::vector<uint64_t>{b.id(), c.id()}));
  EXPECT_NE(object, 0u);
}

// A task abandoned while waiting (its loop destroyed) leaves no waiter behind, as Python's
// `finally: self._waiters.remove(fut)` runs when the coroutine is closed.
TEST(Lock, AbandonedWaiterIsDequeued) {
  Lock lock;
  {
    EventLoop loop;
    auto a = loop.create_task(hold_for(lock, 10));
    auto b = loop.create_task(hold_for(lock, 10));
    ASSERT_TRUE(loop.run_once());
    EXPECT_EQ(lock.state()->waiter_count(), 1u);
  }
  EXPECT_EQ(lock.state()->waiter_count(), 0u);
}

// Abandoned while holding the guard: the guard releases when the frame is destroyed (Python
// runs __aexit__ on close()), waking a waiter that is itself abandoned next — no dangling use.
Coro<void> hold_scoped(Lock lock) {
  AIO_TRY(auto held, co_await lock.scoped());
  AIO_CHECK(co_await aio::sleep(10));
}

TEST(Lock, AbandonedGuardReleases) {
  Lock lock;
  {
    EventLoop loop;
    auto a = loop.create_task(hold_scoped(lock));
    auto b = loop.create_task(hold_scoped(lock));
    ASSERT_TRUE(loop.run_once());
    EXPECT_TRUE(lock.locked());
    EXPECT_EQ(lock.state()->waiter_count(), 1u);
  }
  EXPECT_FALSE(lock.locked());
  EXPECT_EQ(lock.state()->waiter_count(), 0u);
}

}  // namespace
