#include "aio/trace_lanes.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace aio {

const char* lane_state_name(LaneState state) {
  switch (state) {
    case LaneState::Ready: return "ready";
    case LaneState::Running: return "running";
    case LaneState::Waiting: return "waiting";
    case LaneState::Done: return "done";
  }
  return "?";
}

const Lane* Lanes::find_task(uint64_t task) const {
  for (const Lane& lane : lanes) {
    if (lane.kind == LaneKind::Task && lane.id == task) return &lane;
  }
  return nullptr;
}

bool Lanes::has_tasks() const {
  return std::any_of(lanes.begin(), lanes.end(), [](const Lane& l) { return l.kind == LaneKind::Task; });
}

namespace {

// Folds events into lanes. Each task lane has one open interval (its current state) that the
// next transition closes; a transition at the same instant replaces a state that lasted no time.
// After a step ends, the task is "ready" only until the runtime reports what it does next
// (suspends, finishes): that next state is dated from the step's end.
class LaneBuilder {
 public:
  explicit LaneBuilder(int64_t origin) { lanes_.origin_ns = origin; }

  void add(const TraceEvent& e) {
    int64_t t = e.time_ns - lanes_.origin_ns;
    switch (e.kind) {
      case EventKind::TaskCreated: {
        size_t i = task_lane(e.id);
        Lane& lane = lanes_.lanes[i];
        lane.name = e.detail.empty() ? lane.name : e.detail;
        lane.label = e.label;
        lane.parent = e.other;
        enter(i, {.begin_ns = t, .state = LaneState::Ready});
        if (e.other) lanes_.links.push_back({.kind = Link::Kind::Created, .from = e.other, .to = e.id, .time_ns = t});
        break;
      }
      case EventKind::StepBegan: enter(task_lane(e.id), {.begin_ns = t, .state = LaneState::Running}); break;
      case EventKind::StepEnded: {
        // What follows (suspended, done) is reported a moment later: it starts here.
        size_t i = task_lane(e.id);
        enter(i, {.begin_ns = t, .state = LaneState::Ready});
        provisional_[i] = true;
        break;
      }
      case EventKind::TaskSuspended: {
        // A bare yield (sleep(0)) leaves the task ready: its next step is already scheduled.
        LaneState state = e.wait == WaitKind::Yield ? LaneState::Ready : LaneState::Waiting;
        enter(task_lane(e.id), {.begin_ns = t, .state = state, .wait = e.wait, .object = e.other, .line = e.line});
        break;
      }
      case EventKind::TaskWoken:
        enter(task_lane(e.id), {.begin_ns = t, .state = LaneState::Ready});
        if (e.other) lanes_.links.push_back({.kind = Link::Kind::Woke, .from = e.other, .to = e.id, .time_ns = t, .wait = e.wait});
        break;
      case EventKind::TaskDone: {
        size_t i = task_lane(e.id);
        lanes_.lanes[i].outcome = e.detail;
        enter(i, {.begin_ns = t, .state = LaneState::Done});
        break;
      }
      case EventKind::JobStarted: job_start_[e.id] = t; break;
      case EventKind::JobFinished: {
        auto it = job_start_.find(e.id);
        int64_t begin = it == job_start_.end() ? t : it->second;
        worker_lane(e.value).intervals.push_back(
            {.begin_ns = begin, .end_ns = t, .state = LaneState::Running, .object = e.id});
        break;
      }
      // Python threads: a lane each (worker lanes, numbered apart from executor workers), with
      // a Running interval for every turn holding the GIL.
      case EventKind::ThreadStarted: {
        Lane& lane = worker_lane(kThreadLaneBase + e.value);
        lane.name = e.detail;
        lane.label = "(thread)";
        break;
      }
      case EventKind::ProcessStarted: {
        // A multiprocessing process: its first thread's lane stands for it.
        Lane& lane = worker_lane(kThreadLaneBase + e.value);
        lane.name = e.detail;
        lane.label = "(process " + std::to_string(e.id) + ")";
        break;
      }
      case EventKind::GilTaken: gil_start_[e.value] = t; break;
      case EventKind::GilReleased: {
        auto it = gil_start_.find(e.value);
        int64_t begin = it == gil_start_.end() ? t : it->second;
        worker_lane(kThreadLaneBase + e.value).intervals.push_back({.begin_ns = begin, .end_ns = t, .state = LaneState::Running});
        break;
      }
      case EventKind::Output:
        lanes_.outputs.push_back(
            {.time_ns = t, .task = e.id, .line = e.line, .is_stderr = e.value == 1, .text = e.detail});
        break;
      default: break;  // timers and loop wake-ups show through the task states they cause
    }
  }

  Lanes finish(int64_t end) {
    lanes_.end_ns = end;
    for (size_t i = 0; i < open_.size(); ++i) close(i, end);
    // Workers after tasks, by index; a worker's jobs in time order (they are reported late).
    std::stable_partition(lanes_.lanes.begin(), lanes_.lanes.end(), [](const Lane& l) { return l.kind == LaneKind::Task; });
    auto first_worker = std::find_if(lanes_.lanes.begin(), lanes_.lanes.end(), [](const Lane& l) { return l.kind == LaneKind::Worker; });
    std::sort(first_worker, lanes_.lanes.end(), [](const Lane& a, const Lane& b) { return a.id < b.id; });
    for (auto it = first_worker; it != lanes_.lanes.end(); ++it) {
      std::sort(it->intervals.begin(), it->intervals.end(),
                [](const StateInterval& a, const StateInterval& b) { return a.begin_ns < b.begin_ns; });
    }
    return std::move(lanes_);
  }

 private:
  size_t task_lane(uint64_t id) {
    auto [it, added] = task_index_.try_emplace(id, lanes_.lanes.size());
    if (added) {
      // A task seen before its creation (a sink installed late) still gets a lane.
      lanes_.lanes.push_back({.kind = LaneKind::Task, .id = id, .name = "task " + std::to_string(id)});
      open_.emplace_back();
      provisional_.push_back(false);
    }
    return it->second;
  }

  Lane& worker_lane(int64_t index) {
    auto [it, added] = worker_index_.try_emplace(index, lanes_.lanes.size());
    if (added) {
      lanes_.lanes.push_back({.kind = LaneKind::Worker,
                              .id = static_cast<uint64_t>(index),
                              .name = "worker " + std::to_string(index),
                              .label = "(executor thread)"});
      open_.emplace_back();
      provisional_.push_back(false);
    }
    return lanes_.lanes[it->second];
  }

  void enter(size_t lane, StateInterval next) {
    if (provisional_[lane] && open_[lane]) {
      next.begin_ns = open_[lane]->begin_ns;
      open_[lane].reset();
    }
    provisional_[lane] = false;
    close(lane, next.begin_ns);
    open_[lane] = next;
  }

  void close(size_t lane, int64_t t) {
    std::optional<StateInterval>& open = open_[lane];
    if (!open) return;
    open->end_ns = std::max(t, open->begin_ns);
    if (open->end_ns > open->begin_ns || open->state == LaneState::Running) {
      lanes_.lanes[lane].intervals.push_back(*open);
    }
    open.reset();
  }

  Lanes lanes_;
  std::vector<std::optional<StateInterval>> open_;  // per lane: its current state
  std::vector<bool> provisional_;  // per lane: the open state is "between step end and what follows"
  std::unordered_map<uint64_t, size_t> task_index_;
  std::unordered_map<int64_t, size_t> worker_index_;
  std::unordered_map<uint64_t, int64_t> job_start_;
  std::unordered_map<int64_t, int64_t> gil_start_;  // Python thread number -> when it took the GIL
  static constexpr int64_t kThreadLaneBase = 1'000'000;  // Python threads' worker-lane numbers
};

}  // namespace

Lanes build_lanes(const std::vector<TraceEvent>& events) {
  if (events.empty()) return {};
  // Executor jobs are reported after they ran, so the stream is not quite in time order.
  auto [lo, hi] = std::minmax_element(events.begin(), events.end(),
                                      [](const TraceEvent& a, const TraceEvent& b) { return a.time_ns < b.time_ns; });
  LaneBuilder builder(lo->time_ns);
  for (const TraceEvent& e : events) builder.add(e);
  return builder.finish(hi->time_ns - lo->time_ns);
}

Lanes build_lanes_by_step(const std::vector<TraceEvent>& events) {
  std::vector<TraceEvent> stepped = events;
  int64_t step = 0;
  for (TraceEvent& e : stepped) {
    if (e.kind == EventKind::StepEnded) ++step;
    e.time_ns = step;
  }
  Lanes lanes = build_lanes(stepped);
  lanes.origin_ns = 0;  // a count of steps, not a time
  return lanes;
}

}  // namespace aio
