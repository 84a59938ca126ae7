// loopscope_smoke: the smallest end-to-end check that the runtime works as a wasm module in
// Node and in a Web Worker. It runs fixed scenarios on aio::EventLoop and returns JSON.
#include <emscripten/bind.h>

#include <functional>
#include <string>
#include <thread>

#include "aio/aio.hpp"
#include "aio/thread_pool.hpp"

namespace {

// Two tasks, three sleeps (tests/node/smoke.test.js checks these numbers): a sleeps 0.5 s then
// 0.25 s, b sleeps 1 s. In the virtual clock the run ends at t = 1 s and costs no wall time.
aio::Coro<int> sleeper(double first, double second, int value) {
  AIO_CHECK(co_await aio::sleep(first));
  if (second > 0) AIO_CHECK(co_await aio::sleep(second));
  co_return value;
}

aio::Coro<int> smoke_main() {
  aio::EventLoop& loop = co_await aio::this_loop();
  auto a = loop.create_task(sleeper(0.5, 0.25, 1), "sleeper-a");
  auto b = loop.create_task(sleeper(1.0, 0, 2), "sleeper-b");
  AIO_TRY(int x, co_await a);
  AIO_TRY(int y, co_await b);
  co_return x + y;
}

// `{"result":N` or `{"error":"..."`: the head of every reply; callers add fields and `}`.
std::string open_reply(const aio::Result<int>& result) {
  if (result) return "{\"result\":" + std::to_string(*result);
  return "{\"error\":\"" + aio::json_escape(result.error().describe()) + "\"";
}

// {"result":3,"end_ns":1000000000,"events":[...]}
std::string runSmokeScenario() {
  aio::EventLoop loop;  // virtual clock
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  auto result = loop.run_until_complete(smoke_main());
  return open_reply(result) + ",\"end_ns\":" + std::to_string(loop.time_ns()) +
         ",\"events\":" + aio::events_to_json(sink.events()) + "}";
}

bool threadsEnabled() { return AIO_HAS_THREADS != 0; }

size_t thread_tag() { return std::hash<std::thread::id>{}(std::this_thread::get_id()); }

aio::Coro<int> executor_main(aio::EventLoop& loop, size_t& job_thread, std::string& worker) {
  AIO_TRY(int value, co_await aio::run_in_executor(loop, nullptr, [&] {
    job_thread = thread_tag();
    if (const std::string* name = aio::ThreadPoolExecutor::current_worker_name()) worker = *name;
    return 42;
  }));
  co_return value;
}

// One job on the loop's default executor: a ThreadPoolExecutor worker in the pthreads build,
// the loop's own thread (InlineExecutor) in the single-threaded one.
// {"result":42,"loop_thread":N,"job_thread":M,"worker":"asyncio_0","events":[...]}
std::string runExecutorSmoke() {
  aio::EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  size_t job_thread = 0;
  std::string worker;
  auto result = loop.run_until_complete(executor_main(loop, job_thread, worker));
  return open_reply(result) + ",\"loop_thread\":" + std::to_string(thread_tag()) +
         ",\"job_thread\":" + std::to_string(job_thread) + ",\"worker\":\"" + aio::json_escape(worker) +
         "\",\"events\":" + aio::events_to_json(sink.events()) + "}";
}

}  // namespace

EMSCRIPTEN_BINDINGS(loopscope_smoke) {
  emscripten::function("runSmokeScenario", &runSmokeScenario);
  emscripten::function("runExecutorSmoke", &runExecutorSmoke);
  emscripten::function("threadsEnabled", &threadsEnabled);
}
