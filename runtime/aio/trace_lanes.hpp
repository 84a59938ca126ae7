// Lanes: the event stream (trace.hpp) folded into what each task was doing when. One lane per
// task, each a gap-free sequence of state intervals from its creation to the end of the run:
// ready, running a step, waiting on something, done. Executor worker threads get lanes too,
// with one Running interval per job (gaps: idle). The text timeline and the Chrome trace are both
// drawn from this, so they always agree.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "aio/trace.hpp"

namespace aio {

enum class LaneState : uint8_t {
  Ready,    // scheduled, waiting for the loop to run its next step
  Running,  // inside a step (zero-length under the virtual clock: code costs no time yet)
  Waiting,  // suspended on `wait` (sleep, future, lock…)
  Done,     // finished; the lane's `outcome` says how
};

const char* lane_state_name(LaneState state);

struct StateInterval {
  int64_t begin_ns = 0;  // relative to Lanes::origin_ns
  int64_t end_ns = 0;
  LaneState state = LaneState::Ready;
  WaitKind wait = WaitKind::None;  // Waiting; Yield for a ready task that gave way
  uint64_t object = 0;             // what it waits on (future, task, timer id)
  uint32_t line = 0;               // source line where it suspended (0: unknown)
};

enum class LaneKind : uint8_t { Task, Worker };

struct Lane {
  LaneKind kind = LaneKind::Task;
  uint64_t id = 0;      // task id, or worker thread index
  std::string name{};   // "Task-1", "worker 0"
  std::string label{};  // the coroutine it runs: "main()"
  uint64_t parent = 0;  // the task that created it (0: none)
  std::string outcome{};  // result | exception | cancelled; empty while unfinished
  std::vector<StateInterval> intervals{};  // in time order; only Running may be zero-length

  // "Task-1 main()": what views print as the lane's name.
  std::string title() const { return label.empty() ? name : name + " " + label; }
};

struct OutputMark {
  int64_t time_ns = 0;  // relative to Lanes::origin_ns
  uint64_t task = 0;    // the task that printed (0: code outside tasks)
  uint32_t line = 0;    // source line of the print (0: unknown)
  bool is_stderr = false;
  std::string text{};   // one write, newlines kept
};

// Who caused what: a task created another, or completed what another waited on.
struct Link {
  enum class Kind : uint8_t { Created, Woke };
  Kind kind = Kind::Created;
  uint64_t from = 0;  // parent / waker task
  uint64_t to = 0;    // child / woken task
  int64_t time_ns = 0;
  WaitKind wait = WaitKind::None;  // Woke: what the woken task was waiting on
};

struct Lanes {
  int64_t origin_ns = 0;  // the clock's time of the earliest event: time zero of every view
  int64_t end_ns = 0;     // the latest event, relative to origin
  std::vector<Lane> lanes;  // tasks in creation order, then workers by index
  std::vector<OutputMark> outputs;
  std::vector<Link> links;

  const Lane* find_task(uint64_t task) const;
  bool has_tasks() const;
};

Lanes build_lanes(const std::vector<TraceEvent>& events);

// The same lanes on a clock that ticks once per task step: step k (from 0) runs over [k, k+1).
// For runs where the real clock never moved (all at one virtual instant), this still shows the
// order in which tasks ran, waited and woke.
Lanes build_lanes_by_step(const std::vector<TraceEvent>& events);

}  // namespace aio
