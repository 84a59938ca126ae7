// asyncio.Queue / PriorityQueue / LifoQueue: wake-up order of getters and putters, back-pressure,
// "wake next" on cancellation, a woken putter losing its slot, join/task_done, heapq order
// (ties included), LIFO order, error kinds and messages.
// Expected orders come from running the Python snippets quoted above each test under CPython 3.11.
#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

#include "aio/aio.hpp"

namespace {

using aio::Coro;
using aio::EventLoop;
using aio::Queue;
using Log = std::vector<std::string>;

std::string at(EventLoop& loop) { return " t=" + std::to_string(static_cast<int>(loop.time())); }
std::string py(bool b) { return b ? "True" : "False"; }

template <class Q>
Coro<void> getter(Q q, std::string name, Log* log) {
  auto x = co_await q.get();
  if (!x) {
    log->push_back(name + (x.error().is_cancelled() ? " cancelled" : " error"));
    co_await aio::raise(x.error());
  }
  if constexpr (std::is_same_v<std::decay_t<decltype(*x)>, std::string>) {
    log->push_back(name + " got " + *x);
  } else {
    log->push_back(name + " got " + std::to_string(*x));
  }
}

Coro<void> putter(Queue<int> q, std::string name, int item, Log* log, bool with_time) {
  EventLoop& loop = co_await aio::this_loop();
  auto r = co_await q.put(item);
  if (!r) {
    log->push_back(name + (r.error().is_cancelled() ? " cancelled" : " error"));
    co_await aio::raise(r.error());
  }
  log->push_back(name + " put " + std::to_string(item) +
                 (with_time ? at(loop) + " qsize=" + std::to_string(q.qsize()) : ""));
}

// q1.py:
//   q = Queue(); getters A B C wait; await sleep(0); put_nowait(0..2); log(qsize); gather
//   q = Queue(2); putters P0..P4 put i; await sleep(0); log(full, qsize, maxsize)
//   5 × { await sleep(1); x = await q.get(); log(f"got {x} t=..") }
//   → ['put 3 qsize=3', 'A got 0', 'B got 1', 'C got 2', 'P0 put 0 t=0 qsize=1', 'P1 put 1 t=0 qsize=2',
//      'full=True qsize=2 maxsize=2', 'got 0 t=1', 'P2 put 2 t=1 qsize=2', 'got 1 t=2',
//      'P3 put 3 t=2 qsize=2', 'got 2 t=3', 'P4 put 4 t=3 qsize=2', 'got 3 t=4', 'got 4 t=5']
Coro<void> order_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Queue<int> q;
  std::vector<aio::Task<void>> tasks;
  for (const char* n : {"A", "B", "C"}) tasks.push_back(loop.create_task(getter(q, n, log)));
  AIO_CHECK(co_await aio::sleep(0));
  for (int i = 0; i < 3; ++i) AIO_CHECK(q.put_nowait(i));
  log->push_back("put 3 qsize=" + std::to_string(q.qsize()));  // woken getters have not run yet
  for (auto& t : tasks) AIO_CHECK(co_await t);

  Queue<int> bounded(2);
  tasks.clear();
  for (int i = 0; i < 5; ++i) {
    tasks.push_back(loop.create_task(putter(bounded, "P" + std::to_string(i), i, log, true)));
  }
  AIO_CHECK(co_await aio::sleep(0));
  log->push_back("full=" + py(bounded.full()) + " qsize=" + std::to_string(bounded.qsize()) +
                 " maxsize=" + std::to_string(bounded.maxsize()));
  EXPECT_EQ(bounded.state()->putter_count(), 3u);
  for (int i = 0; i < 5; ++i) {
    AIO_CHECK(co_await aio::sleep(1));
    AIO_TRY(int x, co_await bounded.get());
    log->push_back("got " + std::to_string(x) + at(loop));
  }
  for (auto& t : tasks) AIO_CHECK(co_await t);
}

TEST(Queue, GettersAndPuttersWakeInFifoOrderWithBackPressure) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(order_main(&log)));
  EXPECT_EQ(log, (Log{"put 3 qsize=3", "A got 0", "B got 1", "C got 2", "P0 put 0 t=0 qsize=1", "P1 put 1 t=0 qsize=2",
                      "full=True qsize=2 maxsize=2", "got 0 t=1", "P2 put 2 t=1 qsize=2", "got 1 t=2",
                      "P3 put 3 t=2 qsize=2", "got 2 t=3", "P4 put 4 t=3 qsize=2", "got 3 t=4", "got 4 t=5"}));
}

// q2.py:
//   getters A, B wait; put_nowait("x") wakes A; a.cancel() before A runs → B gets it ("wake next")
//   q = Queue(1) holding 0; putters C(1), D(2) wait; get_nowait() wakes C; c.cancel() → D puts
//   q = Queue(1) holding 0; putters E(1), F(2); get_nowait() wakes E; put_nowait(9) steals the slot;
//   E finds it full and waits again, behind F
//   → ['A cancelled', 'B got x', 'qsize=0', 'got 0', 'C cancelled', 'D put 2', 'items=[2]',
//      'got 0', 'got 9 putters=1', 'F put 2', 'got 2', 'E put 1', 'got 1']
Coro<void> cancel_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Queue<std::string> q;
  auto a = loop.create_task(getter(q, "A", log));
  auto b = loop.create_task(getter(q, "B", log));
  AIO_CHECK(co_await aio::sleep(0));
  AIO_CHECK(q.put_nowait("x"));
  a.cancel();
  (void)co_await a;
  AIO_CHECK(co_await b);
  log->push_back("qsize=" + std::to_string(q.qsize()));
  EXPECT_EQ(q.state()->getter_count(), 0u);

  Queue<int> q1(1);
  AIO_CHECK(q1.put_nowait(0));
  auto c = loop.create_task(putter(q1, "C", 1, log, false));
  auto d = loop.create_task(putter(q1, "D", 2, log, false));
  AIO_CHECK(co_await aio::sleep(0));
  AIO_TRY(int first, q1.get_nowait());
  log->push_back("got " + std::to_string(first));
  c.cancel();
  (void)co_await c;
  AIO_CHECK(co_await d);
  std::string items;
  while (!q1.empty()) items += std::to_string(*q1.get_nowait());
  log->push_back("items=[" + items + "]");

  Queue<int> q2(1);
  AIO_CHECK(q2.put_nowait(0));
  auto e = loop.create_task(putter(q2, "E", 1, log, false));
  auto f = loop.create_task(putter(q2, "F", 2, log, false));
  AIO_CHECK(co_await aio::sleep(0));
  log->push_back("got " + std::to_string(*q2.get_nowait()));  // wakes E
  AIO_CHECK(q2.put_nowait(9));                                  // takes the slot first
  AIO_CHECK(co_await aio::sleep(0));                            // E finds it full: waits behind F
  int second = *q2.get_nowait();  // wakes F (operands of + are unsequenced: take it first)
  log->push_back("got " + std::to_string(second) + " putters=" + std::to_string(q2.state()->putter_count()));
  AIO_CHECK(co_await aio::sleep(0));
  log->push_back("got " + std::to_string(*q2.get_nowait()));
  AIO_CHECK(co_await e);
  AIO_CHECK(co_await f);
  log->push_back("got " + std::to_string(*q2.get_nowait()));
}

TEST(Queue, CancelledWokenWaiterWakesNextAndWokenPutterCanLoseItsSlot) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(cancel_main(&log)));
  EXPECT_EQ(log, (Log{"A cancelled", "B got x", "qsize=0", "got 0", "C cancelled", "D put 2", "items=[2]", "got 0",
                      "got 9 putters=1", "F put 2", "got 2", "E put 1", "got 1"}));
}

// A getter cancelled while still waiting (its future cancelled, not woken) must not wake anyone
// and leaves no waiter behind.
Coro<void> cancelled_while_waiting(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Queue<int> q;
  auto a = loop.create_task(getter(q, "A", log));
  auto b = loop.create_task(getter(q, "B", log));
  AIO_CHECK(co_await aio::sleep(0));
  a.cancel();
  AIO_CHECK(co_await aio::sleep(0));
  EXPECT_EQ(q.state()->getter_count(), 1u);
  AIO_CHECK(q.put_nowait(5));
  (void)co_await a;
  AIO_CHECK(co_await b);
}

TEST(Queue, GetterCancelledWhileWaitingIsDropped) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(cancelled_while_waiting(&log)));
  EXPECT_EQ(log, (Log{"A cancelled", "B got 5"}));
}

// q3.py (errors):
//   Queue().task_done() → ValueError: task_done() called too many times
//   Queue().get_nowait() → QueueEmpty(); Queue(1) full: put_nowait → QueueFull()
TEST(Queue, ErrorKindsAndMessages) {
  Queue<int> q;
  auto td = q.task_done();
  EXPECT_EQ(td.error().describe(), "ValueError: task_done() called too many times");
  auto empty = q.get_nowait();
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().kind(), aio::ErrorKind::QueueEmpty);
  EXPECT_EQ(empty.error().describe(), "QueueEmpty");
  Queue<int> q1(1);
  EXPECT_TRUE(q1.put_nowait(1));
  auto full = q1.put_nowait(2);
  ASSERT_FALSE(full);
  EXPECT_EQ(full.error().kind(), aio::ErrorKind::QueueFull);
  EXPECT_EQ(full.error().describe(), "QueueFull");
  EXPECT_EQ(q1.qsize(), 1u);
  EXPECT_EQ(q1.state()->unfinished_tasks(), 1);
  Queue<int> unbounded(0);
  for (int i = 0; i < 100; ++i) EXPECT_TRUE(unbounded.put_nowait(i));
  EXPECT_FALSE(unbounded.full());
  Queue<int> negative(-1);
  EXPECT_TRUE(negative.put_nowait(1));
  EXPECT_FALSE(negative.full());
}

// q3.py (join):
//   await q.join() on an empty queue: immediate; put 3 1 2 1; workers A, B: get, sleep(x), task_done
//   joiners J, K; await q.join(); log(main joined); gather joiners
//   → ['join on empty: immediate', 'B done 1 t=1', 'A done 3 t=3', 'B done 2 t=3', 'A done 1 t=4',
//      'main joined t=4 unfinished=0', 'J joined t=4', 'K joined t=4']
Coro<void> worker(Queue<int> q, std::string name, Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  for (;;) {
    AIO_TRY(int x, co_await q.get());
    AIO_CHECK(co_await aio::sleep(x));
    log->push_back(name + " done " + std::to_string(x) + at(loop));
    AIO_CHECK(q.task_done());
  }
}

Coro<void> joiner(Queue<int> q, std::string name, Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  AIO_CHECK(co_await q.join());
  log->push_back(name + " joined" + at(loop));
}

Coro<void> join_main(Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  Queue<int> q;
  AIO_CHECK(co_await q.join());
  log->push_back("join on empty: immediate");
  for (int x : {3, 1, 2, 1}) AIO_CHECK(q.put_nowait(x));
  auto a = loop.create_task(worker(q, "A", log));
  auto b = loop.create_task(worker(q, "B", log));
  auto j = loop.create_task(joiner(q, "J", log));
  auto k = loop.create_task(joiner(q, "K", log));
  AIO_CHECK(co_await q.join());
  log->push_back("main joined" + at(loop) + " unfinished=" + std::to_string(q.state()->unfinished_tasks()));
  AIO_CHECK(co_await j);
  AIO_CHECK(co_await k);
  a.cancel();
  b.cancel();
  (void)co_await a;
  (void)co_await b;
  EXPECT_TRUE(a.cancelled());
}

TEST(Queue, JoinWaitsForEveryTaskDone) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(join_main(&log)));
  EXPECT_EQ(log, (Log{"join on empty: immediate", "B done 1 t=1", "A done 3 t=3", "B done 2 t=3", "A done 1 t=4",
                      "main joined t=4 unfinished=0", "J joined t=4", "K joined t=4"}));
}

// q3.py (order): PriorityQueue of 5 1 4 1 3 9 2 → [1, 1, 2, 3, 4, 5, 9]; LifoQueue 1 2 3 → [3, 2, 1]
TEST(PriorityQueue, SmallestFirst) {
  aio::PriorityQueue<int> pq;
  for (int x : {5, 1, 4, 1, 3, 9, 2}) EXPECT_TRUE(pq.put_nowait(x));
  std::vector<int> out;
  while (!pq.empty()) out.push_back(*pq.get_nowait());
  EXPECT_EQ(out, (std::vector<int>{1, 1, 2, 3, 4, 5, 9}));

  aio::PriorityQueue<int, std::greater<int>> max_first;
  for (int x : {5, 1, 4}) EXPECT_TRUE(max_first.put_nowait(x));
  EXPECT_EQ(*max_first.get_nowait(), 5);
}

// Ties follow heapq's sift exactly, not FIFO (q3.py; items compare by key only):
//   keys 2 1 2 1 3 1 2 named a..g → "1b1f1d2c2a2g3e"; six equal keys a..f → "acfebd"
struct Keyed {
  int key;
  char name;
};
struct ByKey {
  bool operator()(const Keyed& a, const Keyed& b) const { return a.key < b.key; }
};

TEST(PriorityQueue, TiesInHeapqOrder) {
  aio::PriorityQueue<Keyed, ByKey> pq;
  const int keys[] = {2, 1, 2, 1, 3, 1, 2};
  for (int i = 0; i < 7; ++i) EXPECT_TRUE(pq.put_nowait(Keyed{keys[i], static_cast<char>('a' + i)}));
  std::string out;
  while (!pq.empty()) {
    Keyed k = *pq.get_nowait();
    out += std::to_string(k.key) + k.name;
  }
  EXPECT_EQ(out, "1b1f1d2c2a2g3e");

  for (int i = 0; i < 6; ++i) EXPECT_TRUE(pq.put_nowait(Keyed{1, static_cast<char>('a' + i)}));
  out.clear();
  while (!pq.empty()) out += pq.get_nowait()->name;
  EXPECT_EQ(out, "acfebd");
}

// A comparison that fails (Python: TypeError) fails put_nowait after the item joined the heap,
// without counting it as unfinished — as heappush leaves it:
//   pq.put_nowait(1); pq.put_nowait('a') → TypeError; qsize()=2, _unfinished_tasks=1; get_nowait() → 1
using Value = std::variant<int, std::string>;
struct FallibleLess {
  aio::Result<bool> operator()(const Value& a, const Value& b) const {
    if (a.index() != b.index()) return aio::Error("TypeError", "'<' not supported");
    return a < b;
  }
};

TEST(PriorityQueue, FailingComparisonLeavesHeapAsHeapq) {
  aio::PriorityQueue<Value, FallibleLess> pq;
  EXPECT_TRUE(pq.put_nowait(Value(1)));
  auto r = pq.put_nowait(Value(std::string("a")));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().describe(), "TypeError: '<' not supported");
  EXPECT_EQ(pq.qsize(), 2u);
  EXPECT_EQ(pq.state()->unfinished_tasks(), 1);
  auto x = pq.get_nowait();
  ASSERT_TRUE(x);
  EXPECT_EQ(std::get<int>(*x), 1);
}

TEST(LifoQueue, LastInFirstOut) {
  aio::LifoQueue<int> lq(3);
  for (int x : {1, 2, 3}) EXPECT_TRUE(lq.put_nowait(x));
  EXPECT_TRUE(lq.full());
  std::vector<int> out;
  while (!lq.empty()) out.push_back(*lq.get_nowait());
  EXPECT_EQ(out, (std::vector<int>{3, 2, 1}));
}

// q3.py (end): getters X, Y block on a PriorityQueue; put 7 then 3 before they run: X (woken
// first) takes the smallest → ['X got 3', 'Y got 7']. The same on a LifoQueue gives the last put.
template <class Q>
Coro<void> blocked_getters_main(Q q, Log* log) {
  EventLoop& loop = co_await aio::this_loop();
  auto x = loop.create_task(getter(q, "X", log));
  auto y = loop.create_task(getter(q, "Y", log));
  AIO_CHECK(co_await aio::sleep(0));
  AIO_CHECK(q.put_nowait(7));
  AIO_CHECK(q.put_nowait(3));
  AIO_CHECK(co_await x);
  AIO_CHECK(co_await y);
}

TEST(PriorityQueue, BlockedGettersTakeSmallestFirst) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(blocked_getters_main(aio::PriorityQueue<int>(), &log)));
  EXPECT_EQ(log, (Log{"X got 3", "Y got 7"}));
}

TEST(LifoQueue, BlockedGettersTakeLastFirst) {
  EventLoop loop;
  Log log;
  ASSERT_TRUE(loop.run_until_complete(blocked_getters_main(aio::LifoQueue<int>(), &log)));
  EXPECT_EQ(log, (Log{"X got 3", "Y got 7"}));
}

// Fast paths allocate no waiter and do not suspend; only waits show on the timeline, as
// queue_get / queue_put / queue_join with the queue's id.
TEST(Queue, TraceShowsQueueWaitsWithOneId) {
  EventLoop loop;
  aio::RecordingSink sink;
  loop.set_trace_sink(&sink);
  Queue<int> q(1);
  Log log;
  auto g = loop.create_task(getter(q, "G", &log));       // waits: empty
  auto p1 = loop.create_task(putter(q, "P1", 1, &log, false));  // fast
  auto p2 = loop.create_task(putter(q, "P2", 2, &log, false));  // waits: full
  auto j = loop.create_task(joiner(q, "J", &log));       // waits: unfinished
  loop.call_later(1, [q] {
    (void)q.get_nowait();
    (void)q.task_done();
    (void)q.task_done();
  });
  ASSERT_TRUE(loop.run_until_complete(j));
  std::vector<aio::WaitKind> waits;
  uint64_t object = 0;
  for (const aio::TraceEvent& e : sink.events()) {
    if (e.kind != aio::EventKind::TaskSuspended) continue;
    waits.push_back(e.wait);
    if (object) {
      EXPECT_EQ(e.other, object);
    }
    object = e.other;
  }
  EXPECT_EQ(waits, (std::vector<aio::WaitKind>{aio::WaitKind::QueueGet, aio::WaitKind::QueuePut,
                                               aio::WaitKind::QueueJoin}));
  EXPECT_EQ(log, (Log{"P1 put 1", "G got 1", "P2 put 2", "J joined t=1"}));
}

}  // namespace
