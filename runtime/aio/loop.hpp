// EventLoop: asyncio's event loop — a FIFO ready queue, timers by deadline (ties in scheduling
// order), thread-safe wake-ups, and the virtual or real clock. One iteration (run_once) mirrors
// asyncio's BaseEventLoop._run_once, so callbacks interleave exactly as they do in CPython.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <queue>
#include <string>
#include <vector>

#include "aio/clock.hpp"
#include "aio/handle.hpp"
#include "aio/result.hpp"
#include "aio/ring_queue.hpp"
#include "aio/trace.hpp"

namespace aio {

class FutureBase;
class TaskCore;
class Executor;
template <class T> class Coro;
template <class T> class Future;
template <class T> class Task;

class EventLoop {
 public:
  explicit EventLoop(ClockKind clock = ClockKind::Virtual);
  // A loop reading a clock it shares with its embedder (an interpreter's `time` module, or the
  // loops of successive asyncio.run calls): `clock` must outlive the loop.
  explicit EventLoop(Clock& clock);
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;
  ~EventLoop();

  // --- time ---------------------------------------------------------------------------------
  double time() const { return clock_->now(); }
  int64_t time_ns() const { return clock_->now_ns(); }
  Clock& clock() { return *clock_; }
  const Clock& clock() const { return *clock_; }

  // --- callbacks ----------------------------------------------------------------------------
  Handle call_soon(std::function<void()> callback);
  TimerHandle call_later(double delay, std::function<void()> callback);
  TimerHandle call_at(double when, std::function<void()> callback);
  TimerHandle call_at_ns(int64_t when_ns, std::function<void()> callback);
  // Safe from any thread: queues the callback and wakes a loop that waits for events.
  Handle call_soon_threadsafe(std::function<void()> callback);

  // --- running ------------------------------------------------------------------------------
  Result<void> run_forever();
  template <class T> Result<T> run_until_complete(Coro<T> coro);
  template <class T> Result<T> run_until_complete(Future<T> future);
  template <class T> Result<T> run_until_complete(Task<T> task);
  // Runs until `future` is done (or the loop is stopped); the caller reads the result.
  Result<void> run_until_done(FutureBase& future);
  // One iteration of the loop (asyncio's _run_once). Fails when nothing can ever happen again.
  Result<void> run_once();
  void stop() { stopping_ = true; }
  bool is_running() const { return running_; }
  bool is_closed() const { return closed_; }
  // Fails while running. Drops pending callbacks and shuts the default executor down.
  Result<void> close();

  // --- tasks and futures --------------------------------------------------------------------
  template <class T> Task<T> create_task(Coro<T> coro, std::string name = {});
  template <class T = void> Future<T> create_future();
  TaskCore* current_task() const { return current_task_; }
  std::vector<TaskCore*> all_tasks() const;  // pending tasks, in creation order

  // --- executors ----------------------------------------------------------------------------
  void set_default_executor(std::shared_ptr<Executor> executor);
  std::shared_ptr<Executor> default_executor();  // created on first use
  // Work in flight on other threads whose completion will reach this loop thread-safely. While
  // any is outstanding the virtual clock waits for it instead of jumping to the next timer, so
  // runs stay deterministic; the real clock simply waits.
  // Embedders that run more work on this very thread (the interpreter's green threads): called
  // when nothing is ready, before waiting or jumping the virtual clock; it runs that work until
  // has_pending_callbacks() or the clock reaches `until_ns` (-1: no timer). It answers
  // 0: nothing else can run (the loop waits as usual), 1: done, -1: stop (run_once fails).
  void set_idle_handler(std::function<int(int64_t until_ns)> handler) { idle_handler_ = std::move(handler); }
  // (Green threads share the loop's OS thread, so their call_soon_threadsafe is a call_soon.)
  // Waits until a call_soon_threadsafe callback arrives (true) or the real clock reaches
  // until_ns (false); runs nothing. For embedders that must release a lock while the loop waits
  // (the interpreter's GIL for Python threads on OS threads).
  bool wait_for_threadsafe_callbacks(int64_t until_ns);
  bool has_pending_callbacks() const { return has_incoming_.load(std::memory_order_acquire) || !ready_.empty(); }
  void add_external_work() { ++external_work_; }
  void remove_external_work() { --external_work_; }

  // --- trace --------------------------------------------------------------------------------
  void set_trace_sink(TraceSink* sink) { sink_ = sink; }
  TraceSink* trace_sink() const { return sink_; }
  bool tracing() const { return sink_ != nullptr; }
  // Stamps the event with the loop's time and hands it to the sink (if any).
  void emit(TraceEvent event) {
    if (!sink_) return;
    event.time_ns = clock_->now_ns();
    sink_->emit(event);
  }

  // --- for tasks, primitives and embedders ----------------------------------------------------
  uint64_t next_id() { return sink_ ? sink_->next_id() : ++last_id_; }
  uint64_t next_task_number() { return ++*task_counter_; }
  void set_task_counter(std::atomic<uint64_t>* counter) { task_counter_ = counter; }
  void schedule_step(TaskCore& task, uint64_t waker = 0);
  void enter_task(TaskCore* task) { current_task_ = task; }
  void leave_task() { current_task_ = nullptr; }
  void link_task(TaskCore& task);
  void unlink_task(TaskCore& task);
  // What the loop is running right now (tests and the trace): true inside a callback or step.
  bool in_callback() const { return in_callback_; }

 private:
  struct ReadyEntry {
    std::shared_ptr<HandleState> handle;  // a callback …
    TaskCore* task = nullptr;             // … or a task step (the loop keeps pending tasks alive)
    uint64_t waker = 0;
  };
  struct TimerEntry {
    int64_t when_ns;
    uint64_t seq;  // ties run in scheduling order
    std::shared_ptr<HandleState> handle;
    bool operator>(const TimerEntry& o) const {
      return when_ns != o.when_ns ? when_ns > o.when_ns : seq > o.seq;
    }
  };

  void drop_cancelled_timers();
  Result<void> wait_for_events();
  void take_threadsafe_callbacks();
  void move_due_timers();
  void run_entry(ReadyEntry& entry);
  void destroy_pending_tasks();

  Clock own_clock_;
  Clock* clock_;  // own_clock_ or the embedder's
  RingQueue<ReadyEntry> ready_;
  std::priority_queue<TimerEntry, std::vector<TimerEntry>, std::greater<>> timers_;
  uint64_t timer_seq_ = 0;

  std::mutex incoming_mutex_;
  std::condition_variable incoming_cv_;
  std::vector<std::shared_ptr<HandleState>> incoming_;  // from call_soon_threadsafe
  std::atomic<bool> has_incoming_{false};
  std::function<int(int64_t)> idle_handler_;  // lets run_once skip the mutex when nothing came

  bool running_ = false;
  bool stopping_ = false;
  bool closed_ = false;
  bool in_callback_ = false;
  TaskCore* current_task_ = nullptr;
  TaskCore* tasks_head_ = nullptr;  // pending tasks, a doubly linked list in creation order
  TaskCore* tasks_tail_ = nullptr;
  int external_work_ = 0;
  uint64_t last_id_ = 0;
  std::atomic<uint64_t>* task_counter_;
  std::shared_ptr<Executor> default_executor_;
  TraceSink* sink_ = nullptr;
};

// The loop that is running on this thread (asyncio.get_running_loop()); null outside run_*.
EventLoop* get_running_loop();

}  // namespace aio
