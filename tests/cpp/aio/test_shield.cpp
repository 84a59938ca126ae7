// asyncio.shield. Expected orders come from python3 runs of the Python quoted above each test.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "aio/shield.hpp"
#include "aio/sleep.hpp"

namespace {
using namespace aio;
using Log = std::vector<std::string>;

std::string fmt(double t) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", t);
  return b;
}
std::string yes(bool b) { return b ? "True" : "False"; }

// t = create_task(inner())  (sleeps 2, returns 7); c = create_task(caller()) awaiting shield(t);
// after 1s c.cancel()
// -> ['caller cancelled 1.0', 'c.cancelled=True t.cancelled=False', 'inner done 2.0', 't result 7']
TEST(Shield, CancellingTheCallerLeavesTheInnerRunning) {
  EventLoop loop;
  Log log;
  auto inner = [&]() -> Coro<int> {
    EventLoop& lp = co_await this_loop();
    AIO_CHECK(co_await aio::sleep(2));
    log.push_back("inner done " + fmt(lp.time()));
    co_return 7;
  };
  auto caller = [&](Task<int> t) -> Coro<int> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await shield(t);
    if (!r && r.error().is_cancelled()) log.push_back("caller cancelled " + fmt(lp.time()));
    co_return r;
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<int> t = lp.create_task(inner());
    Task<int> c = lp.create_task(caller(t));
    AIO_CHECK(co_await aio::sleep(1));
    c.cancel();
    if (!co_await c) log.push_back("c.cancelled=" + yes(c.cancelled()) + " t.cancelled=" + yes(t.cancelled()));
    AIO_TRY(int v, co_await t);
    log.push_back("t result " + std::to_string(v));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"caller cancelled 1.0", "c.cancelled=True t.cancelled=False", "inner done 2.0", "t result 7"}));
}

// t = create_task(inner()); s = shield(t); call_later(1, t.cancel); await s -> 's.cancelled=True'
TEST(Shield, CancellingTheInnerCancelsTheOuter) {
  EventLoop loop;
  auto inner = []() -> Coro<void> { AIO_CHECK(co_await aio::sleep(2)); };
  auto main = [&]() -> Coro<bool> {
    EventLoop& lp = co_await this_loop();
    Task<void> t = lp.create_task(inner());
    Future<void> s = shield(t);
    lp.call_later(1, [t]() mutable { t.cancel(); });
    auto r = co_await s;
    co_return !r && r.error().is_cancelled() && s.cancelled();
  };
  auto r = loop.run_until_complete(main());
  ASSERT_TRUE(r);
  EXPECT_TRUE(*r);
  EXPECT_EQ(loop.time(), 1.0);
}

// await shield(bad()) -> ValueError('v'); shield(done task) is the task itself; shield(good()) -> 3
TEST(Shield, PassesErrorsAndValuesAndShortcutsDoneFutures) {
  EventLoop loop;
  Log log;
  auto bad = []() -> Coro<int> {
    AIO_CHECK(co_await aio::sleep(1));
    co_return Error("ValueError", "v");
  };
  auto good = []() -> Coro<int> { co_return 3; };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    auto r = co_await shield(bad());
    if (!r) log.push_back(r.error().describe());
    Task<int> t = lp.create_task(good());
    AIO_CHECK(co_await aio::sleep(0));
    log.push_back("done shortcut: " + yes(shield(t) == t.as_future()));
    AIO_TRY(int v, co_await shield(good()));
    log.push_back(std::to_string(v));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"ValueError: v", "done shortcut: True", "3"}));
}

// tk = create_task(ticker()); r = await shield(inner())
// -> ['tick0', 'inner done', 'tick1', 'tick2', 'shielded 1', 'tick3']  (two callback hops)
TEST(Shield, TheOuterFollowsTheInnerThroughADoneCallback) {
  EventLoop loop;
  Log log;
  auto inner = [&]() -> Coro<int> {
    log.push_back("inner done");
    co_return 1;
  };
  auto ticker = [&]() -> Coro<void> {
    for (int i = 0; i < 4; ++i) {
      log.push_back("tick" + std::to_string(i));
      AIO_CHECK(co_await aio::sleep(0));
    }
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<void> tk = lp.create_task(ticker());
    AIO_TRY(int r, co_await shield(inner()));
    log.push_back("shielded " + std::to_string(r));
    AIO_CHECK(co_await tk);
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"tick0", "inner done", "tick1", "tick2", "shielded 1", "tick3"}));
}

}  // namespace
