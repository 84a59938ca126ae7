// The README's example: three workers share a Semaphore(2); the slowest is cut off by a timeout.
// Built and run by ctest (example_quickstart), so the README's program always compiles and
// prints what the README says.
#include <cstdio>
#include <string>

#include "aio/aio.hpp"

aio::Coro<std::string> worker(aio::Semaphore& slots, std::string name, double seconds) {
  aio::EventLoop& loop = co_await aio::this_loop();
  AIO_CHECK(co_await slots.acquire());
  std::printf("%4.1fs  %s starts\n", loop.time(), name.c_str());
  auto slept = co_await aio::sleep(seconds);
  slots.release();  // released on every path, also when the sleep was cancelled
  if (!slept) co_return slept.error();
  std::printf("%4.1fs  %s done\n", loop.time(), name.c_str());
  co_return name;
}

aio::Coro<int> main_task() {
  aio::EventLoop& loop = co_await aio::this_loop();
  aio::Semaphore slots(2);
  auto a = loop.create_task(worker(slots, "a", 1.0));
  auto b = loop.create_task(worker(slots, "b", 3.0));
  auto c = loop.create_task(worker(slots, "c", 1.5));  // waits for a free slot
  auto b_result = co_await aio::wait_for(b, 2.0);      // b would take 3 s: give up after 2
  std::printf("%4.1fs  b: %s\n", loop.time(), b_result ? "finished" : b_result.error().describe().c_str());
  AIO_CHECK(co_await a);
  AIO_CHECK(co_await c);
  std::printf("%4.1fs  all done\n", loop.time());
  co_return 0;
}

int main() {
  aio::EventLoop loop;  // virtual clock: instant and reproducible
  auto result = loop.run_until_complete(main_task());
  if (!result) {
    std::fprintf(stderr, "error: %s\n", result.error().describe().c_str());
    return 1;
  }
  return *result;
}
