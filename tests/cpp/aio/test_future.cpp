// asyncio.Future's rules: result/exception/cancel states and their errors, done callbacks
// scheduled with call_soon (never inline) in registration order, remove_done_callback.
// Expected orders come from CPython 3.11 (programs quoted beside each test).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Coro;
using aio::EventLoop;
using Log = std::vector<std::string>;

void run_iterations(EventLoop& loop, int n) {
  for (int i = 0; i < n; ++i) ASSERT_TRUE(loop.run_once().ok());
}

// f.result()    -> InvalidStateError: Result is not set.
// f.exception() -> InvalidStateError: Exception is not set.
TEST(Future, PendingResultAndExceptionAreInvalidState) {
  EventLoop loop;
  auto f = loop.create_future<int>();
  EXPECT_FALSE(f.done());
  EXPECT_FALSE(f.cancelled());
  EXPECT_EQ(f.result().error().describe(), "InvalidStateError: Result is not set.");
  EXPECT_EQ(f.exception().error().describe(), "InvalidStateError: Exception is not set.");
}

// f.set_result(1); f.set_result(2) -> InvalidStateError: invalid state
// f.set_exception(e) after done    -> InvalidStateError: invalid state
TEST(Future, CompletingTwiceIsInvalidState) {
  EventLoop loop;
  auto f = loop.create_future<int>();
  ASSERT_TRUE(f.set_result(1).ok());
  EXPECT_EQ(f.set_result(2).error().describe(), "InvalidStateError: invalid state");
  EXPECT_EQ(f.set_exception(aio::Error("ValueError", "x")).error().describe(), "InvalidStateError: invalid state");
  EXPECT_FALSE(f.cancel());  // done: cannot be cancelled
  EXPECT_EQ(*f.result(), 1);
  auto e = f.exception();
  ASSERT_TRUE(e.ok());
  EXPECT_FALSE(e->has_value());  // exception() is None on success
}

TEST(Future, ExceptionIsTheSameErrorObject) {
  EventLoop loop;
  auto f = loop.create_future<void>();
  aio::Error boom("ValueError", "boom");
  ASSERT_TRUE(f.set_exception(boom).ok());
  EXPECT_TRUE(f.done());
  EXPECT_FALSE(f.cancelled());
  EXPECT_EQ(f.result().error(), boom);
  ASSERT_TRUE(f.exception().ok());
  EXPECT_EQ(**f.exception(), boom);
  EXPECT_EQ(f.set_result().error().describe(), "InvalidStateError: invalid state");
}

// f.cancel() -> True; again -> False; f.result() and f.exception() raise CancelledError,
// with the message given to cancel(msg).
TEST(Future, CancelRules) {
  EventLoop loop;
  auto f = loop.create_future<int>();
  EXPECT_TRUE(f.cancel("stop it"));
  EXPECT_FALSE(f.cancel("again"));
  EXPECT_TRUE(f.done());
  EXPECT_TRUE(f.cancelled());
  EXPECT_EQ(f.result().error().describe(), "CancelledError: stop it");
  EXPECT_EQ(f.exception().error().describe(), "CancelledError: stop it");
  EXPECT_EQ(f.set_result(3).error().describe(), "InvalidStateError: invalid state");
  auto g = loop.create_future<int>();
  EXPECT_TRUE(g.cancel());
  EXPECT_EQ(g.result().error().describe(), "CancelledError");
  EXPECT_TRUE(g.result().error().is_cancelled());
}

// Done callbacks are scheduled, not called inline, in registration order, and interleave
// with other call_soon work in call order:
//   loop.call_soon(lambda: log.append('before'))
//   f.add_done_callback(cb1); f.add_done_callback(cb2); f.set_result(1)
//   log.append('after set_result'); loop.call_soon(lambda: log.append('after'))
//   # ['after set_result', 'before', 'cb1', 'cb2', 'after']
TEST(Future, DoneCallbacksAreScheduledInOrderNeverInline) {
  EventLoop loop;
  Log log;
  auto f = loop.create_future<int>();
  loop.call_soon([&] { log.push_back("before"); });
  f.add_done_callback([&](aio::FutureBase& fb) {
    log.push_back("cb1 sees done=" + std::to_string(fb.done()));
  });
  f.add_done_callback([&](aio::FutureBase&) { log.push_back("cb2"); });
  ASSERT_TRUE(f.set_result(1).ok());
  log.push_back("after set_result");
  loop.call_soon([&] { log.push_back("after"); });
  run_iterations(loop, 1);
  EXPECT_EQ(log, (Log{"after set_result", "before", "cb1 sees done=1", "cb2", "after"}));
}

// A callback added to a done future is scheduled too (call_soon), not run inline.
TEST(Future, CallbackOnADoneFutureIsScheduled) {
  EventLoop loop;
  Log log;
  auto f = loop.create_future<int>();
  ASSERT_TRUE(f.set_result(1).ok());
  loop.call_soon([&] { log.push_back("earlier"); });
  f.add_done_callback([&](aio::FutureBase&) { log.push_back("cb"); });
  EXPECT_TRUE(log.empty());
  run_iterations(loop, 1);
  EXPECT_EQ(log, (Log{"earlier", "cb"}));
}

// Cancelling schedules the callbacks just like completing.
TEST(Future, CancelSchedulesTheCallbacks) {
  EventLoop loop;
  Log log;
  auto f = loop.create_future<int>();
  f.add_done_callback([&](aio::FutureBase& fb) { log.push_back(fb.cancelled() ? "cancelled" : "?"); });
  EXPECT_TRUE(f.cancel());
  EXPECT_TRUE(log.empty());
  run_iterations(loop, 1);
  EXPECT_EQ(log, (Log{"cancelled"}));
}

// f.remove_done_callback(cb) -> 1 and cb never runs; removing again -> 0.
TEST(Future, RemoveDoneCallback) {
  EventLoop loop;
  Log log;
  auto f = loop.create_future<int>();
  auto a = f.add_done_callback([&](aio::FutureBase&) { log.push_back("a"); });
  auto b = f.add_done_callback([&](aio::FutureBase&) { log.push_back("b"); });
  f.add_done_callback([&](aio::FutureBase&) { log.push_back("c"); });
  EXPECT_EQ(f.remove_done_callback(b), 1u);
  EXPECT_EQ(f.remove_done_callback(b), 0u);
  ASSERT_TRUE(f.set_result(1).ok());
  EXPECT_EQ(f.remove_done_callback(a), 0u);  // already scheduled: too late to remove
  run_iterations(loop, 1);
  EXPECT_EQ(log, (Log{"a", "c"}));
}

// Awaiting a future that is already done does not yield to the loop:
//   f.set_result(1)
//   async def a(): log.append('A before'); await f; log.append('A after')
//   async def b(): log.append('B')
//   create_task(a()); create_task(b())   # ['A before', 'A after', 'B']
TEST(Future, AwaitingADoneFutureDoesNotYield) {
  EventLoop loop;
  Log log;
  auto f = loop.create_future<int>();
  ASSERT_TRUE(f.set_result(1).ok());
  auto a = [&]() -> Coro<void> {
    log.push_back("A before");
    AIO_CHECK(co_await f);
    log.push_back("A after");
  };
  auto b = [&]() -> Coro<void> {
    log.push_back("B");
    co_return;
  };
  auto ta = loop.create_task(a());
  auto tb = loop.create_task(b());
  ASSERT_TRUE(loop.run_until_complete(tb).ok());
  EXPECT_TRUE(ta.done());
  EXPECT_EQ(log, (Log{"A before", "A after", "B"}));
}

// A task awaiting a future wakes through the future's callbacks, in registration order:
//   f.add_done_callback(cb)               # before the task awaits
//   task awaits f; then f.add_done_callback(cb2)
//   f.set_result(1); loop.call_soon(soon)   # ['cb', 'task woke', 'cb2', 'soon after set']
TEST(Future, AwaitingTaskWakesInCallbackOrder) {
  EventLoop loop;
  Log log;
  auto f = loop.create_future<int>();
  f.add_done_callback([&](aio::FutureBase&) { log.push_back("cb"); });
  auto body = [&]() -> Coro<void> {
    AIO_TRY(int v, co_await f);
    log.push_back("task woke with " + std::to_string(v));
  };
  auto t = loop.create_task(body());
  run_iterations(loop, 1);  // the task now waits on f
  EXPECT_TRUE(log.empty());
  f.add_done_callback([&](aio::FutureBase&) { log.push_back("cb2"); });
  ASSERT_TRUE(f.set_result(1).ok());
  loop.call_soon([&] { log.push_back("soon after set"); });
  run_iterations(loop, 1);
  EXPECT_TRUE(t.done());
  EXPECT_EQ(log, (Log{"cb", "task woke with 1", "cb2", "soon after set"}));
}

TEST(Future, AwaitGivesTheErrorOrTheCancellation) {
  EventLoop loop;
  auto f = loop.create_future<int>();
  auto g = loop.create_future<int>();
  aio::Error boom("KeyError", "k");
  auto body = [&]() -> Coro<std::string> {
    auto r1 = co_await f;
    auto r2 = co_await g;
    co_return r1.error().describe() + " | " + r2.error().describe() + " | same=" +
        std::to_string(r1.error() == boom);
  };
  auto t = loop.create_task(body());
  loop.call_soon([&] { (void)f.set_exception(boom); });
  loop.call_soon([&] { g.cancel("nope"); });
  auto r = loop.run_until_complete(t);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "KeyError: k | CancelledError: nope | same=1");
}

// Futures are handles: copies share one state; each future gets its own id from the loop.
TEST(Future, HandlesShareState) {
  EventLoop loop;
  auto f = loop.create_future<std::string>();
  auto copy = f;
  ASSERT_TRUE(copy.set_result("shared").ok());
  EXPECT_EQ(*f.result(), "shared");
  EXPECT_TRUE(f == copy);
  auto other = loop.create_future<std::string>();
  EXPECT_FALSE(f == other);
  EXPECT_NE(f.id(), other.id());
  EXPECT_EQ(&f.get_loop(), &loop);
}

}  // namespace
