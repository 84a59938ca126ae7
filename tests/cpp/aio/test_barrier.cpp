// asyncio.Barrier (3.11): arrival indices, the wake-up order of a round, arrivals during
// draining, abort, reset, cancellation, counts, errors.
// Expected orders come from running the Python snippets quoted above each test under CPython 3.11.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Barrier;
using aio::Coro;
using aio::EventLoop;
using Log = std::vector<std::string>;

std::string at(EventLoop& loop) { return " t=" + std::to_string(static_cast<int>(loop.time())); }
std::string py(bool b) { return b ? "True" : "False"; }

constexpr double kNoSleep = -1;  // wait at once, log no time

Coro<void> party(Barrier b, std::string name, double delay, Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  if (delay >= 0) AIO_CHECK(co_await aio::sleep(delay));  // sleep(0) is a bare yield, as in Python
  auto r = co_await b.wait();
  if (!r) {
    log->push_back(name + " " + r.error().describe());
    co_return;
  }
  log->push_back(name + " index=" + std::to_string(*r) + (delay >= 0 ? at(loop) : ""));
}

// bar1.py:
//   b = Barrier(3); party(name, delay): await sleep(delay); i = await b.wait(); log(..)
//   A1 B3 C2 D4 E0 F5; await sleep(0.5); log(n_waiting, parties, broken); gather
//   b2 = Barrier(2); P Q R S wait at once
//   → ['n_waiting=1 parties=3 broken=False', 'C index=2 t=2', 'E index=0 t=2', 'A index=1 t=2',
//      'F index=2 t=5', 'B index=0 t=5', 'D index=1 t=5', 'n_waiting=0',
//      'Q index=1', 'P index=0', 'S index=1', 'R index=0']
Coro<void> rounds_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Barrier b(3);
  std::vector<aio::Task<void>> tasks;
  for (auto [n, d] : {std::pair{"A", 1.0}, {"B", 3.0}, {"C", 2.0}, {"D", 4.0}, {"E", 0.0}, {"F", 5.0}}) {
    tasks.push_back(loop.create_task(party(b, n, d, log)));
  }
  AIO_CHECK(co_await aio::sleep(0.5));
  log->push_back("n_waiting=" + std::to_string(b.n_waiting()) + " parties=" + std::to_string(b.parties()) +
                 " broken=" + py(b.broken()));
  for (auto& t : tasks) AIO_CHECK(co_await t);
  log->push_back("n_waiting=" + std::to_string(b.n_waiting()));
  EXPECT_EQ(b.phase(), aio::BarrierPhase::Filling);

  // Four parties at once on a barrier of two: the third and fourth arrive while it drains.
  Barrier b2(2);
  tasks.clear();
  for (const char* n : {"P", "Q", "R", "S"}) tasks.push_back(loop.create_task(party(b2, n, kNoSleep, log)));
  for (auto& t : tasks) AIO_CHECK(co_await t);
}

TEST(Barrier, IndicesAndWakeOrderPerRound) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(rounds_main(&log)));
  EXPECT_EQ(log, (Log{"n_waiting=1 parties=3 broken=False", "C index=2 t=2", "E index=0 t=2", "A index=1 t=2",
                      "F index=2 t=5", "B index=0 t=5", "D index=1 t=5", "n_waiting=0", "Q index=1", "P index=0",
                      "S index=1", "R index=0"}));
}

// bar2.py:
//   b = Barrier(3); A, B wait; await sleep(0); log(n_waiting); await b.abort(); gather
//   log(broken, n_waiting); await party("C"); await b.reset(); log(after reset)
//   D, E wait; await sleep(0); await b.reset(); F, G, H wait; gather; log(end)
//   → ['n_waiting=2', 'A BrokenBarrierError: Abort or reset of barrier',
//      'B BrokenBarrierError: Abort or reset of barrier', 'broken=True n_waiting=0',
//      'C BrokenBarrierError: Barrier aborted', 'after reset broken=False',
//      'D BrokenBarrierError: Abort or reset of barrier', 'E BrokenBarrierError: Abort or reset of barrier',
//      'H index=2', 'F index=0', 'G index=1', 'end n_waiting=0 broken=False', ...]
Coro<void> abort_reset_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Barrier b(3);
  std::vector<aio::Task<void>> tasks;
  for (const char* n : {"A", "B"}) tasks.push_back(loop.create_task(party(b, n, kNoSleep, log)));
  AIO_CHECK(co_await aio::sleep(0));
  log->push_back("n_waiting=" + std::to_string(b.n_waiting()));
  AIO_CHECK(co_await b.abort());
  for (auto& t : tasks) AIO_CHECK(co_await t);
  log->push_back("broken=" + py(b.broken()) + " n_waiting=" + std::to_string(b.n_waiting()));
  AIO_CHECK(co_await party(b, "C", kNoSleep, log));
  AIO_CHECK(co_await b.reset());
  log->push_back("after reset broken=" + py(b.broken()));

  tasks.clear();
  for (const char* n : {"D", "E"}) tasks.push_back(loop.create_task(party(b, n, kNoSleep, log)));
  AIO_CHECK(co_await aio::sleep(0));
  AIO_CHECK(co_await b.reset());
  for (const char* n : {"F", "G", "H"}) tasks.push_back(loop.create_task(party(b, n, kNoSleep, log)));
  for (auto& t : tasks) AIO_CHECK(co_await t);
  log->push_back("end n_waiting=" + std::to_string(b.n_waiting()) + " broken=" + py(b.broken()));
}

TEST(Barrier, AbortAndReset) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(abort_reset_main(&log)));
  EXPECT_EQ(log, (Log{"n_waiting=2", "A BrokenBarrierError: Abort or reset of barrier",
                      "B BrokenBarrierError: Abort or reset of barrier", "broken=True n_waiting=0",
                      "C BrokenBarrierError: Barrier aborted", "after reset broken=False",
                      "D BrokenBarrierError: Abort or reset of barrier",
                      "E BrokenBarrierError: Abort or reset of barrier", "H index=2", "F index=0", "G index=1",
                      "end n_waiting=0 broken=False"}));
}

// bar2.py (end): a party cancelled while waiting leaves (n_waiting back to 0), and the barrier
// still works for the next two.
//   → [..., 'b3 n_waiting=1', 'X cancelled n_waiting=0', 'b3 n_waiting=0', 'Z index=1', 'Y index=0']
Coro<void> cancellable_party(Barrier b, std::string name, Log* log) {
  auto r = co_await b.wait();
  if (!r) {
    log->push_back(name + (r.error().is_cancelled() ? " cancelled" : " error") +
                   " n_waiting=" + std::to_string(b.n_waiting()));
    co_await aio::raise(r.error());
  }
  log->push_back(name + " index=" + std::to_string(*r));
}

Coro<void> cancel_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Barrier b3(2);
  auto x = loop.create_task(cancellable_party(b3, "X", log));
  AIO_CHECK(co_await aio::sleep(0));
  log->push_back("b3 n_waiting=" + std::to_string(b3.n_waiting()));
  x.cancel();
  (void)co_await x;
  EXPECT_TRUE(x.cancelled());
  log->push_back("b3 n_waiting=" + std::to_string(b3.n_waiting()));
  auto y = loop.create_task(cancellable_party(b3, "Y", log));
  auto z = loop.create_task(cancellable_party(b3, "Z", log));
  AIO_CHECK(co_await y);
  AIO_CHECK(co_await z);
}

TEST(Barrier, CancelledPartyLeaves) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(cancel_main(&log)));
  EXPECT_EQ(log, (Log{"b3 n_waiting=1", "X cancelled n_waiting=0", "b3 n_waiting=0", "Z index=1", "Y index=0"}));
}

TEST(Barrier, CreateChecksParties) {
  auto bad = Barrier::create(0);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().describe(), "ValueError: parties must be > 0");
  auto ok = Barrier::create(2);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->parties(), 2);
  EXPECT_EQ(ok->n_waiting(), 0);
  EXPECT_FALSE(ok->broken());
}

TEST(Barrier, TraceShowsWaitOnBarrier) {
  EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  Barrier b(2);
  Log log;
  auto p = loop.create_task(party(b, "P", kNoSleep, &log));
  auto q = loop.create_task(party(b, "Q", 1, &log));
  ASSERT_TRUE(loop.run_until_complete(q));
  ASSERT_TRUE(loop.run_until_complete(p));
  uint64_t object = 0;
  int on_barrier = 0;
  for (const aio::TraceEvent& e : sink.events()) {
    if (e.kind != aio::EventKind::TaskSuspended || e.wait == aio::WaitKind::Sleep) continue;
    EXPECT_EQ(e.wait, aio::WaitKind::Barrier);  // never the inner Condition or Lock
    if (object) {
      EXPECT_EQ(e.other, object);
    }
    object = e.other;
    ++on_barrier;
  }
  EXPECT_GE(on_barrier, 1);
  EXPECT_EQ(log, (Log{"Q index=1 t=1", "P index=0"}));
}

}  // namespace
