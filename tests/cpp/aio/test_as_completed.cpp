// asyncio.as_completed. Expected orders come from python3 runs of the Python quoted above each
// test (times are loop.time() deltas).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "aio/as_completed.hpp"
#include "aio/gather.hpp"
#include "aio/sleep.hpp"

namespace {
using namespace aio;
using Log = std::vector<std::string>;

std::string fmt(double t) {
  char b[32];
  std::snprintf(b, sizeof b, "%.1f", t);
  return b;
}

Coro<std::string> after(double d, std::string v, bool fail = false) {
  AIO_CHECK(co_await aio::sleep(d));
  if (fail) co_return Error("ValueError", v);
  co_return v;
}

// ts = [w(3, 'a'), w(1, 'b'), w(2, 'c', exc=True)] as tasks
// for f in as_completed(ts): log(await f)   -> ['b 1.0', "ValueError('c') 2.0", 'a 3.0']
TEST(AsCompleted, YieldsInCompletionOrderWithErrors) {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    std::vector<Task<std::string>> ts;
    ts.push_back(lp.create_task(after(3, "a")));
    ts.push_back(lp.create_task(after(1, "b")));
    ts.push_back(lp.create_task(after(2, "c", true)));
    for (auto next : as_completed(ts)) {
      auto r = co_await std::move(next);
      log.push_back((r ? *r : r.error().describe()) + " " + fmt(lp.time()));
    }
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"b 1.0", "ValueError: c 2.0", "a 3.0"}));
}

// tasks finishing at 1, 5, 6; for f in as_completed(ts, timeout=2)
// -> ['a 1.0', 'TimeoutError 2.0', 'TimeoutError 2.0', 'b.done=False b.cancelled=False']
TEST(AsCompleted, TimeoutFailsTheRestButCancelsNothing) {
  EventLoop loop;
  Log log;
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    std::vector<Task<std::string>> ts;
    ts.push_back(lp.create_task(after(1, "a")));
    ts.push_back(lp.create_task(after(5, "b")));
    ts.push_back(lp.create_task(after(6, "c")));
    auto ac = as_completed(ts, 2.0);
    EXPECT_EQ(ac.size(), 3u);
    for (size_t i = 0; i < ac.size(); ++i) {
      auto r = co_await ac.next();
      if (r) log.push_back(*r + " " + fmt(lp.time()));
      else if (r.error().is(ErrorKind::Timeout)) log.push_back("TimeoutError " + fmt(lp.time()));
    }
    log.push_back(std::string("b.done=") + (ts[1].done() ? "True" : "False") +
                  " b.cancelled=" + (ts[1].cancelled() ? "True" : "False"));
    AIO_CHECK(co_await aio::sleep(10));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"a 1.0", "TimeoutError 2.0", "TimeoutError 2.0", "b.done=False b.cancelled=False"}));
}

// tk = create_task(ticker()); t = create_task(v(1)); await sleep(0)
// for f in as_completed([t, v(2)]): log(f"got {await f}")
// -> ['tick0', 'run 1', 'tick1', 'run 2', 'tick2', 'got 1', 'got 2', 'tick3', 'tick4']
TEST(AsCompleted, QueueWakeUpOrder) {
  EventLoop loop;
  Log log;
  auto v = [&](int x) -> Coro<int> {
    log.push_back("run " + std::to_string(x));
    co_return x;
  };
  auto ticker = [&]() -> Coro<void> {
    for (int i = 0; i < 5; ++i) {
      log.push_back("tick" + std::to_string(i));
      AIO_CHECK(co_await aio::sleep(0));
    }
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    Task<void> tk = lp.create_task(ticker());
    Task<int> t = lp.create_task(v(1));
    AIO_CHECK(co_await aio::sleep(0));
    std::vector<Future<int>> fs;
    fs.push_back(t);
    fs.push_back(ensure_future(lp, v(2)));
    for (auto next : as_completed(fs)) {
      AIO_TRY(int x, co_await std::move(next));
      log.push_back("got " + std::to_string(x));
    }
    AIO_CHECK(co_await tk);
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"tick0", "run 1", "tick1", "run 2", "tick2", "got 1", "got 2", "tick3", "tick4"}));
}

// aws = list(as_completed([w(2, 'a'), w(1, 'b')]))
// await gather(consumer("second", aws[1]), consumer("first", aws[0]))
// -> ['second got b', 'first got a']   (whoever waits first gets the first result)
TEST(AsCompleted, ConcurrentAwaitersAreServedInWaitingOrder) {
  EventLoop loop;
  Log log;
  auto consumer = [&](std::string name, Coro<std::string> aw) -> Coro<void> {
    AIO_TRY(std::string v, co_await std::move(aw));
    log.push_back(name + " got " + v);
  };
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    std::vector<Task<std::string>> ts;
    ts.push_back(lp.create_task(after(2, "a")));
    ts.push_back(lp.create_task(after(1, "b")));
    auto ac = as_completed(ts);
    Coro<std::string> aw0 = ac.next(), aw1 = ac.next();
    AIO_CHECK(co_await gather(consumer("second", std::move(aw1)), consumer("first", std::move(aw0))));
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
  EXPECT_EQ(log, (Log{"second got b", "first got a"}));
}

TEST(AsCompleted, CoroutinesRepeatsAndACancelledAwaiter) {
  EventLoop loop;
  auto main = [&]() -> Coro<void> {
    EventLoop& lp = co_await this_loop();
    std::vector<Coro<std::string>> cs;
    cs.push_back(after(2, "x"));
    cs.push_back(after(1, "y"));
    auto ac = as_completed(std::move(cs));
    EXPECT_EQ(ac.size(), 2u);
    // A waiter cancelled while empty hands nothing on; the next awaitable still gets "y".
    Task<std::string> first = lp.create_task(ac.next());
    AIO_CHECK(co_await aio::sleep(0.5));
    first.cancel();
    AIO_CHECK(co_await aio::sleep(0));
    EXPECT_TRUE(first.cancelled());
    AIO_TRY(std::string y, co_await ac.next());
    EXPECT_EQ(y, "y");
    EXPECT_EQ(lp.time(), 1.0);

    Task<std::string> t = lp.create_task(after(1, "z"));
    std::vector<Task<std::string>> rep{t, t};
    EXPECT_EQ(as_completed(rep).size(), 1u);
    AIO_CHECK(co_await t);
  };
  ASSERT_TRUE(loop.run_until_complete(main()));
}

}  // namespace
