// Python threads in the real clock: one OS thread each (pthreads, natively) under a real GIL,
// build) under a real GIL, as in CPython.
//
// The GIL is a mutex-guarded flag with a condition variable. Only the thread holding it touches
// Python objects (reference counts are not atomic). It is handed over
//  - at blocking calls (a lock's acquire, and so everything threading and queue build on it:
//    join, Event, Condition, Semaphore, Queue, Future.result; time.sleep; the asyncio loop's
//    idle wait, woken by call_soon_threadsafe), which wait with the GIL released;
//  - at the end of a time slice: a thread that has waited sys.getswitchinterval() of real time
//    for the GIL asks for it (drop_request); the holder sees the request at its next VM tick,
//    releases it and waits until another thread took it (CPython's forced switching).
// The schedule is the OS's: as nondeterministic as CPython's. Deadlocks hang as in CPython
// (the virtual clock reports them; here --timeout ends the run).
//
// Lifetime. The GIL state is shared with every OS thread, so it outlives the interpreter. When
// the program ends (finalize), the main thread keeps the GIL for good: daemon threads still
// running block at their next GIL request and never touch the interpreter again (CPython too
// leaves them hanging until the process exits). A thread that finishes keeps the GIL while its
// thread_local caches (free lists, compiled library code) are destroyed, so the reference counts
// those hold drop under the GIL; it releases the GIL as its very last act.
//
// Where this is off (kOsThreadsSupported: the wasm builds) the real clock keeps the green threads
// of threading_scheduler.hpp, which sleep in real time: the same programs run, on one core.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <pthread.h>
#include <unordered_map>
#include <vector>

#include "py/thread.hpp"

namespace aio {
class EventLoop;
}

namespace py {

// Whether this build runs Python threads on OS threads in the real clock: natively only, for
// now. In wasm the run's output and event callbacks are JS values of the thread that started the
// run, which another pthread must not call (TOOLCHAIN.md); until writes from other threads are
// handed back to it, the wasm builds (wasm-mt included) keep the green threads.
constexpr bool kOsThreadsSupported =
#if defined(__EMSCRIPTEN__)
    false;
#else
    true;
#endif

struct Gil;
struct StartJob;

struct OsThread {
  std::unique_ptr<Thread> owned;  // its VM state (null for the main thread: the run owns it)
  Thread* t = nullptr;
  int64_t ident = 0;
  std::string name;
  bool daemon = false;
  bool finished = false;  // its Python code is done (set under the GIL, just before it exits)
  pthread_t os{};
  bool joinable = false;  // os is a thread not joined or detached yet
};

class OsThreads {
 public:
  OsThreads(Interpreter& interp, Thread& main);
  ~OsThreads();

  // Starts an OS thread running entry(*args); gives its ident, or 0 with RuntimeError pending
  // when the system can't start one (CPython's "can't start new thread").
  int64_t start(Thread& t, Value entry, Value args, std::string name, bool daemon);
  int64_t ident_of(Thread& t);
  OsThread* find(int64_t ident);
  size_t alive() const { return alive_; }

  // _thread.lock's state (its `locked` flag and owner), guarded by the GIL's mutex since
  // waiters read it without the GIL. acquire: timeout_ns < 0 waits forever; gives
  // True/False, or null with SystemExit pending when the run stops meanwhile.
  Value lock_acquire(Thread& t, bool* locked, int64_t* owner, bool blocking, int64_t timeout_ns);
  void lock_release(bool* locked);
  bool lock_locked(const bool* locked);

  // time.sleep on `t`, the GIL released. Null with SystemExit pending when the run stops.
  Value sleep(Thread& t, int64_t ns);
  // The asyncio loop on `t` has nothing ready: waits, the GIL released, until a thread-safe
  // callback comes or the clock reaches until_ns (-1: no timer). -1: the run is stopping.
  int loop_idle(Thread& t, aio::EventLoop& loop, int64_t until_ns);

  // The VM's tick on `t`: hands the GIL over when another thread asked for it. False: stopped.
  bool tick(Thread& t);

  // The program is over (the main thread holds the GIL and keeps it): joins the threads that
  // finished, leaves the others blocked for good.
  void finalize();

 private:
  static void* thread_main(void* job);
  void run(OsThread* me, Value entry, Value args);
  void detach_running();
  static void wait_for_gil(Thread& t, Gil& g);
  void take(Thread& t, Gil& g);
  void drop(Thread& t, const std::string& waits_on);
  void switch_threads(Thread& t);
  void emit(aio::EventKind kind, int64_t ident, std::string detail = {});
  void update_tick_rate();
  void join_finished();
  static void note_stopping(Gil& g);

  Interpreter& interp_;
  std::shared_ptr<Gil> gil_;
  std::vector<std::unique_ptr<OsThread>> threads_;
  std::unordered_map<Thread*, OsThread*> by_thread_;
  size_t alive_ = 1;
  int64_t next_ident_ = 1;
  int64_t saved_tick_interval_;
};

// The interpreter's OS threads in the real clock (created with the main thread on first use);
// null in the virtual clock or where OS threads are unavailable.
OsThreads* os_threads_of(Thread& t);
// Ends them at the end of the run (run.cpp), if there are any.
void finalize_os_threads(Interpreter& interp);

}  // namespace py
