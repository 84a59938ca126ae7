// The one event stream (DESIGN.md decision 6): every state change of the loop, its tasks, timers
// and executor jobs, stamped with the loop's clock. Timeline, JSON result and Chrome trace are
// views of it. With no sink installed, emitting costs one pointer test.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace aio {

#define AIO_EVENT_KINDS(X)                                                   \
  X(TaskCreated, "task_created")     /* id=task, other=parent task, name */  \
  X(StepBegan, "step_began")         /* id=task */                           \
  X(StepEnded, "step_ended")         /* id=task */                           \
  X(TaskSuspended, "task_suspended") /* id=task, wait, other=object, detail */ \
  X(TaskWoken, "task_woken")         /* id=task, other=waker task (0: loop) */ \
  X(TaskDone, "task_done")           /* id=task, detail=result|exception|cancelled */ \
  X(TimerSet, "timer_set")           /* id=timer, value=deadline ns */       \
  X(TimerFired, "timer_fired")       /* id=timer */                          \
  X(TimerCancelled, "timer_cancelled") /* id=timer */                        \
  X(JobQueued, "job_queued")         /* id=job, other=task waiting (0: none) */ \
  X(JobStarted, "job_started")       /* id=job, value=worker thread index */ \
  X(JobFinished, "job_finished")     /* id=job, value=worker thread index */ \
  X(LoopBlocked, "loop_blocked")     /* waiting for another thread's wake-up */ \
  X(LoopWoken, "loop_woken")         /* a thread-safe call arrived */        \
  X(ThreadStarted, "thread_started") /* value=thread number, detail=name (Python threads) */ \
  X(GilTaken, "gil_taken")           /* value=thread number: it runs */      \
  X(GilReleased, "gil_released")     /* value=thread number, detail=what it waits for ("": slice over or done) */ \
  X(ProcessStarted, "process_started") /* value=thread number of its first thread, id=pid, detail=name */ \
  X(Output, "output")                /* detail=text (embedders: program output) */

enum class EventKind : uint8_t {
#define X(name, text) name,
  AIO_EVENT_KINDS(X)
#undef X
};

// What a suspended task waits on.
#define AIO_WAIT_KINDS(X)          \
  X(None, "none")                  \
  X(Yield, "yield")                \
  X(Sleep, "sleep")                \
  X(Future, "future")              \
  X(Task, "task")                  \
  X(Lock, "lock")                  \
  X(Event, "event")                \
  X(Condition, "condition")        \
  X(Semaphore, "semaphore")        \
  X(Barrier, "barrier")            \
  X(QueueGet, "queue_get")         \
  X(QueuePut, "queue_put")         \
  X(QueueJoin, "queue_join")       \
  X(Gather, "gather")              \
  X(Wait, "wait")                  \
  X(Executor, "executor")          \
  X(TaskGroup, "task_group")

enum class WaitKind : uint8_t {
#define X(name, text) name,
  AIO_WAIT_KINDS(X)
#undef X
};

const char* event_kind_name(EventKind kind);
const char* wait_kind_name(WaitKind kind);

struct TraceEvent {
  int64_t time_ns = 0;
  EventKind kind = EventKind::Output;
  WaitKind wait = WaitKind::None;
  uint64_t id = 0;     // task, timer or job id
  uint64_t other = 0;  // parent, waker, awaited object
  int64_t value = 0;   // deadline, thread index
  uint32_t line = 0;   // source line, when the embedder knows it (Python)
  std::string detail{};  // task name, outcome, output text
  std::string label{};   // a second text: the coroutine a task runs (task_created)
};

class TraceSink {
 public:
  virtual ~TraceSink() = default;
  virtual void emit(const TraceEvent& event) = 0;

  // The ids of traced objects (tasks, futures, timers, jobs) come from here, so they stay unique
  // across all the loops sharing this sink: a program calling asyncio.run twice gets two loops,
  // and views keyed by id must not merge their tasks.
  uint64_t next_id() { return ++last_id_; }

 private:
  std::atomic<uint64_t> last_id_{0};  // loops of several OS threads may share a sink
};

// Keeps every event in memory: tests and the wasm bindings read them back.
class RecordingSink final : public TraceSink {
 public:
  void emit(const TraceEvent& event) override { events_.push_back(event); }
  const std::vector<TraceEvent>& events() const { return events_; }
  void clear() { events_.clear(); }

 private:
  std::vector<TraceEvent> events_;
};

// `[{"t":0,"kind":"task_created",...}, ...]`, one object per event; fields at their defaults
// are left out.
std::string events_to_json(const std::vector<TraceEvent>& events);
std::string json_escape(const std::string& text);

}  // namespace aio
