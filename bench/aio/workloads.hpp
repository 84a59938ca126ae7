// The five runtime workloads, shared by the Google Benchmark binary (bench_*.cpp) and the
// plain wasm harness (bench/wasm/bench_main.cpp), so native and wasm time the same code.
// bench/aio_cpython.py is the same five in CPython 3.11's asyncio; keep them in step.
//
// A workload is enabled once the primitive's header exists; -DBENCH_NO_QUEUE (_LOCK, _GATHER)
// leaves it out by hand (a header can land before its .cpp).
//
// Each workload is a coroutine doing `n` operations; run() drives it on a fresh virtual-clock
// loop and gives back a checksum (so nothing is optimised away) or the runtime's error.
#pragma once

#include <cstdint>
#include <vector>

#include "aio/aio.hpp"

#if !defined(BENCH_NO_GATHER) && __has_include("aio/gather.hpp")
#include "aio/gather.hpp"
#define BENCH_HAVE_GATHER 1
#else
#define BENCH_HAVE_GATHER 0
#endif
#if !defined(BENCH_NO_QUEUE) && __has_include("aio/queue.hpp")
#include "aio/queue.hpp"
#define BENCH_HAVE_QUEUE 1
#else
#define BENCH_HAVE_QUEUE 0
#endif
#if !defined(BENCH_NO_LOCK) && __has_include("aio/lock.hpp")
#include "aio/lock.hpp"
#define BENCH_HAVE_LOCK 1
#else
#define BENCH_HAVE_LOCK 0
#endif

namespace bench {

// Operations per run (the same in every harness, CPython included).
inline constexpr int64_t kSwitches = 100'000;     // sleep(0) switches
inline constexpr int64_t kTasks = 100'000;        // tasks created and awaited …
inline constexpr int64_t kTaskBatch = 1'000;      // … 1000 at a time
inline constexpr int64_t kGatherTasks = 100'000;  // one gather of this many tasks
inline constexpr int64_t kRoundTrips = 100'000;   // queue ping-pong round trips
inline constexpr int64_t kHandOffs = 100'000;     // lock hand-offs (all tasks together)
inline constexpr int kLockTasks = 2;              // tasks contending the lock

// (1) One task awaiting sleep(0) n times: each is one trip through the ready queue.
inline aio::Coro<int64_t> sleep_switches(int64_t n) {
  for (int64_t i = 0; i < n; ++i) AIO_CHECK(co_await aio::sleep(0));
  co_return n;
}

inline aio::Coro<int64_t> trivial(int64_t i) { co_return i; }

// (2) Create tasks in batches and await each (the first await waits for the whole batch to
// run in one loop iteration; the rest are already done).
inline aio::Coro<int64_t> create_and_await(int64_t n) {
  aio::EventLoop& loop = co_await aio::this_loop();
  std::vector<aio::Task<int64_t>> tasks;
  tasks.reserve(kTaskBatch);
  int64_t sum = 0;
  for (int64_t done = 0; done < n; done += kTaskBatch) {
    tasks.clear();
    for (int64_t i = 0; i < kTaskBatch; ++i) tasks.push_back(loop.create_task(trivial(i)));
    for (auto& t : tasks) {
      AIO_TRY(int64_t v, co_await t);
      sum += v;
    }
  }
  co_return sum;
}

// (3) One gather of n tasks. Until aio::gather exists, the tasks are awaited one by one
// (which is what gather's result collection costs at least; see BENCHMARKS.md).
inline aio::Coro<int64_t> gather_all(int64_t n) {
  aio::EventLoop& loop = co_await aio::this_loop();
  std::vector<aio::Task<int64_t>> tasks;
  tasks.reserve(n);
  for (int64_t i = 0; i < n; ++i) tasks.push_back(loop.create_task(trivial(i)));
  int64_t sum = 0;
#if BENCH_HAVE_GATHER
  AIO_TRY(auto values, co_await aio::gather(std::move(tasks)));
  for (int64_t v : values) sum += v;
#else
  for (auto& t : tasks) {
    AIO_TRY(int64_t v, co_await t);
    sum += v;
  }
#endif
  co_return sum;
}

#if BENCH_HAVE_QUEUE
// (4) Ping-pong over two unbounded queues: ping puts on `there` and waits on `back`.
inline aio::Coro<int64_t> pinger(aio::Queue<int64_t>& there, aio::Queue<int64_t>& back, int64_t n) {
  int64_t sum = 0;
  for (int64_t i = 0; i < n; ++i) {
    AIO_CHECK(co_await there.put(i));
    AIO_TRY(int64_t v, co_await back.get());
    sum += v;
  }
  co_return sum;
}
inline aio::Coro<int64_t> ponger(aio::Queue<int64_t>& there, aio::Queue<int64_t>& back, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    AIO_TRY(int64_t v, co_await there.get());
    AIO_CHECK(co_await back.put(v + 1));
  }
  co_return n;
}
inline aio::Coro<int64_t> queue_ping_pong(int64_t n) {
  aio::EventLoop& loop = co_await aio::this_loop();
  aio::Queue<int64_t> there, back;  // unbounded; bind to the loop on first wait, as asyncio
  auto pong = loop.create_task(ponger(there, back, n));
  AIO_TRY(int64_t sum, co_await pinger(there, back, n));
  AIO_CHECK(co_await pong);
  co_return sum;
}
#endif

#if BENCH_HAVE_LOCK
// (5) Tasks contending one lock; each holds it across a sleep(0), so every acquisition after
// the first is a hand-off from another task (asyncio's Lock is fair: a releasing task that
// re-acquires queues behind the waiter it just woke).
inline aio::Coro<int64_t> locker(aio::Lock& lock, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    AIO_CHECK(co_await lock.acquire());
    auto slept = co_await aio::sleep(0);
    AIO_CHECK(lock.release());
    AIO_CHECK(std::move(slept));
  }
  co_return n;
}
inline aio::Coro<int64_t> lock_hand_offs(int64_t n) {
  aio::EventLoop& loop = co_await aio::this_loop();
  aio::Lock lock;  // binds to the loop on first wait, as asyncio.Lock
  std::vector<aio::Task<int64_t>> tasks;
  for (int i = 0; i < kLockTasks; ++i) tasks.push_back(loop.create_task(locker(lock, n / kLockTasks)));
  int64_t sum = 0;
  for (auto& t : tasks) {
    AIO_TRY(int64_t v, co_await t);
    sum += v;
  }
  co_return sum;
}
#endif

// Runs `coro` on a fresh virtual-clock loop.
inline aio::Result<int64_t> run(aio::Coro<int64_t> coro) {
  aio::EventLoop loop;
  return loop.run_until_complete(std::move(coro));
}

struct Workload {
  const char* name;         // the key in every harness's JSON
  const char* unit;         // what one operation is
  int64_t ops;              // operations per run
  aio::Coro<int64_t> (*body)(int64_t);
  const char* note = "";    // how this build runs it, when that varies
};

// The workloads this build has (queue and lock ones once their headers exist).
inline std::vector<Workload> workloads() {
  std::vector<Workload> w = {
      {"sleep0_switch", "switch", kSwitches, sleep_switches},
      {"task_create_complete", "task", kTasks, create_and_await},
      {"gather_100k", "task", kGatherTasks, gather_all,
       BENCH_HAVE_GATHER ? "" : "no aio::gather in this build: awaits each task"},
  };
#if BENCH_HAVE_QUEUE
  w.push_back({"queue_ping_pong", "round trip", kRoundTrips, queue_ping_pong});
#endif
#if BENCH_HAVE_LOCK
  w.push_back({"lock_hand_off", "hand-off", kHandOffs, lock_hand_offs});
#endif
  return w;
}

}  // namespace bench
