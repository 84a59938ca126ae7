// Virtual CPU time: in the virtual clock every VM event (a backward jump or a Python call) costs
// kCpuNsPerEvent of virtual time, single-threaded or not, so CPU-bound code takes visible,
// reproducible time (time.perf_counter() advances, a busy loop sees timers come due).
//
// Cores: the interpreter has `cpu_count` virtual cores. The green threads of one process share
// its GIL (one runs at a time); threads of different processes run in parallel. The scheduler
// still runs one green thread at a time, so the clock models processor sharing: while R
// processes have a runnable thread, an event advances the clock by kCpuNsPerEvent / min(R,
// cores) — four CPU-bound processes on four cores finish in a quarter of the serial time.
#pragma once

#include <cstdint>

#include "py/thread.hpp"

namespace py {

// Ticks come this often in the virtual clock (the clock's granularity for CPU time, 41 µs).
inline constexpr int64_t kVirtualCpuTickInterval = 1024;

// Sets the VM ticking for CPU time (before the program runs).
void start_virtual_cpu(Interpreter& in);
// Charges `events` VM events run by `t` (the interpreter's tick).
void charge_cpu(Thread& t, int64_t events);
// Charges the events run since the last tick, so a clock read sees them (time.perf_counter()).
void charge_pending_cpu(Thread& t);

}  // namespace py
