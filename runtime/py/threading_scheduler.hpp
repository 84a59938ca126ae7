// Python threads in the virtual clock: green threads under a deterministic GIL.
//
// Design. Every Python thread is a py::Thread (its own heap frame chain, pending exception and
// recursion depth) and one of them runs at a time. A thread other than the main one runs from
// its *base* frame (threading's bootstrap); while its VM loop is that frame's loop — not a loop
// nested under native code such as sorted(key=...) or a dict lookup's __eq__ — the VM can suspend
// it between instructions: run_frame returns with the frames kept on the heap and the scheduler
// resumes them later (vm.cpp's "[threads]" lines). Where a thread cannot return to the scheduler
// (the main thread, whose C++ stack holds the program, or any thread inside a native call that
// re-entered Python, e.g. the asyncio loop running coroutines), a switch runs the scheduler
// *nested* on that thread's C++ stack: other threads run on top and return to it when they
// suspend at their base. A thread whose C++ frames are under another's ("on the stack") can't
// continue until the threads above it are back at a switch point; it is skipped meanwhile.
//
// Switch points: blocking calls (Lock.acquire and everything threading builds on it, join,
// time.sleep, the asyncio loop's idle wait) and the end of a time slice: every VM tick counts
// the thread's CPU time (kCpuNsPerEvent per backward jump or Python call; virtual_cpu.hpp
// advances the clock) and after sys.getswitchinterval() of it the GIL passes to the next ready thread, in
// FIFO order. With every thread blocked the clock jumps to the earliest deadline; with none,
// the run ends with a deadlock report naming each thread and what it waits on (exit status 1).
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "py/thread.hpp"

namespace py {

// Virtual CPU time per VM event (a backward jump or a Python call), charged by virtual_cpu.hpp:
// about what a loop iteration costs CPython 3.11 on this machine (README, Threads: calibration).
inline constexpr int64_t kCpuNsPerEvent = 40;
// Thread idents look like CPython's (large numbers); ident - kThreadIdentBase is the thread's
// number in trace events.
inline constexpr int64_t kThreadIdentBase = 140'000'000'000'000;
// How many events run between two ticks while threads share the GIL (the slice's granularity).
inline constexpr int64_t kThreadTickInterval = 1024;

struct GreenThread {
  enum class State { Ready, Running, Blocked, Finished };
  Thread* t = nullptr;            // its VM state (the run's own for the main thread)
  std::unique_ptr<Thread> owned;  // the others own theirs (kept until the end: generators may refer to it)
  int64_t ident = 0;
  std::string name;
  bool is_main = false;
  bool daemon = false;
  State state = State::Ready;
  bool started = false;   // its base frame runs
  bool on_stack = false;  // it has live C++ frames: it can only continue where it is
  Value entry, entry_args;  // the bootstrap function and its arguments, until it starts
  // While blocked:
  int64_t deadline_ns = -1;          // wakes (timed out) at this clock time; -1: never
  std::function<bool()> wake_check;  // polled at every scheduling decision
  Value waiting_lock;                // the lock whose queue it is in (removed from it on timeout)
  std::string waits_on;              // for the deadlock report
  Value placeholder, wake_result;    // what the blocking call returned at once / returns in the end
  Value timeout_result;              // what it returns when the deadline passes
  int64_t slice_ns = 0;              // virtual CPU used since it got the GIL
  uint64_t block_seq = 0;            // when it blocked: equal deadlines wake in blocking order
};

class Scheduler {
 public:
  Scheduler(Interpreter& interp, Thread& main);
  ~Scheduler();

  GreenThread* current() const { return current_; }
  GreenThread* find(Thread& t);
  GreenThread* find(int64_t ident);
  const std::vector<std::unique_ptr<GreenThread>>& threads() const { return threads_; }
  size_t alive() const { return alive_; }

  // Starts a thread running entry(*args) (entry: a Python function); the new thread is queued
  // behind the ready ones. Gives its ident.
  int64_t start(Value entry, Value args, std::string name, bool daemon);

  // Blocks the running thread `t` (state set up by the caller: deadline, wake_check,
  // waiting_lock, waits_on) until wake() or the deadline. At a thread's base the VM suspends it
  // right after this native call returns `placeholder`; elsewhere the others run nested and the
  // final result comes back at once. Null: the run is stopping (the error is pending).
  Value block(Thread& t, Value placeholder);
  // Makes a blocked thread ready; its blocking call returns `result`.
  void wake(GreenThread* g, Value result);

  // The VM's tick on `t`: charges `events` of virtual CPU; hands the GIL over when its slice is
  // used up and another thread is ready. False: the run is stopping (error pending).
  bool tick(Thread& t, int64_t events);
  // The asyncio loop running on `t` has nothing ready: let the other threads run until
  // `woken()` or the clock reaches `until_ns` (-1: no timer). 0: no other thread could ever run
  // (the loop decides alone), 1: done, -1: the run is stopping.
  int loop_idle(Thread& t, int64_t until_ns, std::function<bool()> woken);

 private:
  bool wait_nested(GreenThread* me);
  void run_slice(GreenThread* g);
  void wake_due();
  GreenThread* pick(GreenThread* me);
  void finish(GreenThread* g, Value result);
  void report_deadlock(Thread& t);
  void update_tick_rate();
  static bool at_base(Thread& t);
  void emit_thread(aio::EventKind kind, const GreenThread& g, std::string detail = {});

  Interpreter& interp_;
  std::vector<std::unique_ptr<GreenThread>> threads_;
  std::deque<GreenThread*> ready_;
  GreenThread* current_ = nullptr;
  size_t alive_ = 0;
  std::unordered_map<Thread*, GreenThread*> by_thread_;
  std::unordered_map<int64_t, GreenThread*> by_ident_;
  int64_t next_ident_ = 1;
  uint64_t block_seq_ = 0;
  int64_t saved_tick_interval_, saved_ticks_left_;
};

// The interpreter's scheduler, created with the main thread on first use.
Scheduler& scheduler_of(Thread& t);

// The asyncio loop's idle wait on `t` (Scheduler::loop_idle; 0 while there is no other thread).
int threads_loop_idle(Thread& t, int64_t until_ns, std::function<bool()> woken);

// time.sleep(seconds) on `t`: blocks it (other threads run) or, alone, advances the clock.
// Null with an exception pending when the run stops.
Value threads_sleep(Thread& t, int64_t ns);

}  // namespace py
