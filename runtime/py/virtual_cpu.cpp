// Virtual CPU time and cores: see virtual_cpu.hpp.
#include "py/virtual_cpu.hpp"

#include <algorithm>
#include <unordered_set>

#include "py/objects.hpp"
#include "py/process_table.hpp"
#include "py/threading_scheduler.hpp"

namespace py {

namespace {

// How many processes have a thread that could run now (the running one included).
int64_t runnable_processes(Interpreter& in) {
  if (!in.scheduler || !in.processes) return 1;
  std::unordered_set<const ProcessContext*> seen;
  for (auto& g : in.scheduler->threads()) {
    if (g->state == GreenThread::State::Ready || g->state == GreenThread::State::Running) seen.insert(g->t->process);
  }
  return std::max<int64_t>(1, static_cast<int64_t>(seen.size()));
}

}  // namespace

void start_virtual_cpu(Interpreter& in) {
  in.tick_interval = std::min(in.tick_interval, kVirtualCpuTickInterval);
  in.ticks_left = in.tick_interval;
}

void charge_cpu(Thread& t, int64_t events) {
  Interpreter& in = t.interp();
  if (!in.virtual_clock || events <= 0) return;
  int64_t share = std::min<int64_t>(runnable_processes(in), std::max(1, in.cpu_count));
  in.clock.advance_by(events * kCpuNsPerEvent / share);
}

void charge_pending_cpu(Thread& t) {
  Interpreter& in = t.interp();
  int64_t pending = in.tick_interval - in.ticks_left - in.precharged_events;
  if (pending <= 0) return;
  charge_cpu(t, pending);
  in.precharged_events += pending;
}

}  // namespace py
