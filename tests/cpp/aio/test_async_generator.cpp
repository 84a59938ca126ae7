// AsyncGenerator: values in order, awaits inside run in the iterating task, errors end it,
// cancellation reaches a generator suspended on a timer.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "aio/aio.hpp"

namespace {

aio::AsyncGenerator<int> ticks(std::vector<std::string>& log, int n, double delay) {
  aio::EventLoop& loop = co_await aio::this_loop();
  for (int i = 0; i < n; ++i) {
    AIO_CHECK(co_await aio::sleep(delay));
    log.push_back("yield " + std::to_string(i) + " at " + std::to_string(static_cast<int>(loop.time())));
    co_yield i;
  }
  log.push_back("generator done");
}

aio::Coro<int> sum_all(aio::AsyncGenerator<int> gen, std::vector<std::string>& log) {
  int sum = 0;
  for (;;) {
    AIO_TRY(std::optional<int> item, co_await gen.next());
    if (!item) break;
    log.push_back("got " + std::to_string(*item));
    sum += *item;
  }
  co_return sum;
}

TEST(AsyncGenerator, YieldsValuesInOrderWithAwaitsBetween) {
  aio::EventLoop loop;
  std::vector<std::string> log;
  auto result = loop.run_until_complete(sum_all(ticks(log, 3, 1.0), log));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(*result, 0 + 1 + 2);
  EXPECT_EQ(loop.time(), 3.0);
  std::vector<std::string> expected = {"yield 0 at 1", "got 0", "yield 1 at 2", "got 1",
                                       "yield 2 at 3", "got 2", "generator done"};
  EXPECT_EQ(log, expected);
}

aio::AsyncGenerator<int> failing_after(int n) {
  for (int i = 0; i < n; ++i) co_yield i;
  co_await aio::raise(aio::Error("ValueError", "no more"));
}

aio::Coro<std::string> drain(aio::AsyncGenerator<int> gen) {
  std::string seen;
  for (;;) {
    auto item = co_await gen.next();
    if (!item) {
      seen += "error(" + item.error().describe() + ")";
      auto again = co_await gen.next();  // an ended generator stays ended
      seen += again.ok() && !*again ? " then end" : " then ???";
      co_return seen;
    }
    if (!*item) co_return seen + "end";
    seen += std::to_string(**item) + ",";
  }
}

TEST(AsyncGenerator, ErrorEndsTheGeneratorAndReachesTheConsumer) {
  aio::EventLoop loop;
  auto result = loop.run_until_complete(drain(failing_after(2)));
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(*result, "0,1,error(ValueError: no more) then end");
}

TEST(AsyncGenerator, CancellingTheConsumerReachesTheSuspendedGenerator) {
  aio::EventLoop loop;
  std::vector<std::string> log;
  auto task = loop.create_task(sum_all(ticks(log, 100, 1.0), log));
  auto canceller = [](aio::Task<int> t) -> aio::Coro<void> {
    AIO_CHECK(co_await aio::sleep(2.5));
    t.cancel("enough");
  };
  auto c = loop.create_task(canceller(task));
  auto r = loop.run_until_complete(task);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.error().is_cancelled());
  EXPECT_EQ(r.error().message(), "enough");
  EXPECT_TRUE(task.cancelled());
  EXPECT_EQ(loop.time(), 2.5);
  std::vector<std::string> expected = {"yield 0 at 1", "got 0", "yield 1 at 2", "got 1"};
  EXPECT_EQ(log, expected);
  (void)c;
}

TEST(AsyncGenerator, ClosingEarlyRunsDestructors) {
  aio::EventLoop loop;
  bool destroyed = false;
  struct Flag {
    bool* f;
    ~Flag() { *f = true; }
  };
  auto gen_fn = [](bool* d) -> aio::AsyncGenerator<int> {
    Flag flag{d};
    for (int i = 0;; ++i) co_yield i;
  };
  auto consumer = [](aio::AsyncGenerator<int> gen) -> aio::Coro<int> {
    AIO_TRY(auto first, co_await gen.next());
    gen.close();
    co_return *first;
  };
  auto r = loop.run_until_complete(consumer(gen_fn(&destroyed)));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 0);
  EXPECT_TRUE(destroyed);
}

}  // namespace
