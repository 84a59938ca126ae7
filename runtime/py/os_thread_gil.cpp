// Python threads on OS threads under a real GIL: see os_thread_gil.hpp for the design.
#include "py/os_thread_gil.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "aio/loop.hpp"
#include "py/abstract.hpp"
#include "py/objects.hpp"
#include "py/run.hpp"

namespace py {

namespace {
// Idents look like CPython's (large numbers), as the green threads' do.
constexpr int64_t kIdentBase = 140'000'000'000'000;
// How many VM events run between two ticks while threads share the GIL: a tick only reads an
// atomic flag, and 1024 events (tens of µs) keep hand-overs close to the switch interval.
constexpr int64_t kOsThreadTickInterval = 1024;
// Waits with the GIL released look at the run's stop flag at least this often.
constexpr auto kStopPoll = std::chrono::milliseconds(100);

using SteadyClock = std::chrono::steady_clock;

int64_t steady_now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now().time_since_epoch()).count();
}
}  // namespace

// Everything here is guarded by `m`, except drop_request, which the holder polls at its ticks.
struct Gil {
  std::mutex m;
  std::condition_variable gil_cv;       // threads waiting for the GIL
  std::condition_variable switched_cv;  // a holder that dropped it at a forced switch
  std::condition_variable event_cv;     // lock waiters and sleepers: a lock was released, or stop
  bool locked = true;                   // the main thread holds it from the start
  Thread* main = nullptr;
  uint64_t switches = 0;  // how many times it changed hands
  int waiters = 0;        // threads in take()
  int64_t interval_ns = 5'000'000;
  std::atomic<bool> drop_request{false};
  bool stop = false;        // the run is stopping: blocked calls return at once
  bool finalizing = false;  // the program ended: the main thread keeps the GIL for good
};

struct StartJob {
  OsThreads* self;
  std::shared_ptr<Gil> gil;
  Thread* vm;
  OsThread* me;
  Object* entry;
  Object* args;
};

namespace {

// A finished thread releases the GIL only after its thread_local caches are gone: constructed
// before any of them (first thing on the thread), this is destroyed after all of them.
struct ReleaseGilAtThreadExit {
  std::shared_ptr<Gil> gil;
  ~ReleaseGilAtThreadExit() {
    if (!gil) return;
    std::lock_guard lock(gil->m);
    gil->locked = false;
    gil->gil_cv.notify_one();
  }
};

}  // namespace

OsThreads::OsThreads(Interpreter& interp, Thread& main) : interp_(interp), gil_(std::make_shared<Gil>()) {
  gil_->main = &main;
  gil_->interval_ns = interp.switch_interval_ns;
  saved_tick_interval_ = interp.tick_interval;
  auto m = std::make_unique<OsThread>();
  m->t = &main;
  m->ident = kIdentBase + next_ident_++;
  m->name = "MainThread";
  by_thread_[&main] = m.get();
  threads_.push_back(std::move(m));
  emit(aio::EventKind::ThreadStarted, threads_.back()->ident, "MainThread");
  emit(aio::EventKind::GilTaken, threads_.back()->ident);
}

OsThreads::~OsThreads() { detach_running(); }

void OsThreads::detach_running() {
  for (auto& th : threads_) {
    if (!th->joinable) continue;
    pthread_detach(th->os);
    th->joinable = false;
  }
}

void OsThreads::emit(aio::EventKind kind, int64_t ident, std::string detail) {
  if (!interp_.trace) return;
  interp_.emit({.kind = kind, .value = ident - kIdentBase, .detail = std::move(detail)});
}

void OsThreads::update_tick_rate() {
  if (alive_ > 1) {
    interp_.tick_interval = kOsThreadTickInterval;
    if (interp_.ticks_left > kOsThreadTickInterval) interp_.ticks_left = kOsThreadTickInterval;
  } else {
    interp_.tick_interval = saved_tick_interval_;
  }
}

int64_t OsThreads::start(Thread& t, Value entry, Value args, std::string name, bool daemon) {
  join_finished();
  auto th = std::make_unique<OsThread>();
  th->owned = std::make_unique<Thread>(interp_);
  th->t = th->owned.get();
  th->ident = kIdentBase + next_ident_++;
  th->name = std::move(name);
  th->daemon = daemon;
  OsThread* me = th.get();
  by_thread_[me->t] = me;
  threads_.push_back(std::move(th));
  ++alive_;
  update_tick_rate();
  emit(aio::EventKind::ThreadStarted, me->ident, me->name);
  // The references travel as raw pointers: the new thread adopts them under the GIL. Until it
  // holds the GIL it may touch only what it is given here: a run that stops before the thread
  // got the GIL ends with the interpreter gone and the thread blocked for good.
  auto* job = new StartJob{this, gil_, me->t, me, entry.release(), args.release()};
  pthread_t id;
  if (pthread_create(&id, nullptr, thread_main, job) != 0) {
    entry = Value::steal(job->entry);
    args = Value::steal(job->args);
    delete job;
    by_thread_.erase(me->t);
    threads_.pop_back();
    --alive_;
    update_tick_rate();
    t.raise(exc::RuntimeError, "can't start new thread");
    return 0;
  }
  me->os = id;
  me->joinable = true;
  return me->ident;
}

void* OsThreads::thread_main(void* p) {
  std::unique_ptr<StartJob> job(static_cast<StartJob*>(p));
  thread_local ReleaseGilAtThreadExit release_at_exit;
  wait_for_gil(*job->vm, *job->gil);
  release_at_exit.gil = job->gil;
  job->self->run(job->me, Value::steal(job->entry), Value::steal(job->args));
  return nullptr;
}

// The body of a Python thread's OS thread, which holds the GIL.
void OsThreads::run(OsThread* me, Value entry, Value args) {
  Thread& t = *me->t;
  emit(aio::EventKind::GilTaken, me->ident);
  auto* tuple = cast<Tuple>(args.get());
  std::vector<Object*> argv;
  for (auto& v : tuple->items) argv.push_back(v.get());
  Value r = call(t, entry.get(), CallArgs{argv.data(), argv.size(), nullptr});
  if (!r) {
    // threading's bootstrap reports the thread's own exceptions; what escapes it is a stop.
    Ref<BaseException> exc = t.take_exception();
    if (exc && !interp_.stopping) interp_.write_stderr(format_exception(t, exc.get(), interp_.main_source));
  }
  r.reset();
  entry.reset();
  args.reset();
  t.frame = nullptr;
  if (interp_.stopping) {  // the threads blocked meanwhile must hear of it: nothing else may wake them
    std::lock_guard lock(gil_->m);
    note_stopping(*gil_);
  }
  me->finished = true;
  --alive_;
  update_tick_rate();
  emit(aio::EventKind::GilReleased, me->ident);
  // Returning, still holding the GIL: thread_local destructors run, then release_at_exit's.
}

// The run is stopping: blocked calls return (with SystemExit) instead of waiting on. g.m held.
void OsThreads::note_stopping(Gil& g) {
  if (g.stop) return;
  g.stop = true;
  g.event_cv.notify_all();
}

// Static, given `g`: a daemon thread may call this after the program ended and the interpreter
// (this object included) is gone; it then blocks here for good.
void OsThreads::wait_for_gil(Thread& t, Gil& g) {
  std::unique_lock lock(g.m);
  ++g.waiters;
  while (g.locked || (g.finalizing && &t != g.main)) {
    uint64_t seen = g.switches;
    auto status = g.gil_cv.wait_for(lock, std::chrono::nanoseconds(g.interval_ns));
    // A full interval without a hand-over: ask the holder to let go at its next tick.
    if (status == std::cv_status::timeout && g.locked && g.switches == seen && !g.finalizing) {
      g.drop_request.store(true, std::memory_order_relaxed);
    }
  }
  --g.waiters;
  g.locked = true;
  ++g.switches;
  g.drop_request.store(false, std::memory_order_relaxed);
  g.switched_cv.notify_all();
}

void OsThreads::take(Thread& t, Gil& g) {
  wait_for_gil(t, g);
  // Only now, holding the GIL, may it touch the interpreter (a daemon never gets here after the
  // program ended, when the interpreter may be gone).
  auto it = by_thread_.find(&t);
  if (it != by_thread_.end()) emit(aio::EventKind::GilTaken, it->second->ident);
}

void OsThreads::drop(Thread& t, const std::string& waits_on) {
  auto it = by_thread_.find(&t);
  if (it != by_thread_.end()) emit(aio::EventKind::GilReleased, it->second->ident, waits_on);
  Gil& g = *gil_;
  std::lock_guard lock(g.m);
  g.interval_ns = interp_.switch_interval_ns;
  if (interp_.stopping) note_stopping(g);
  if (g.finalizing) return;  // the main thread keeps it
  g.locked = false;
  g.gil_cv.notify_one();
}

// A forced switch: lets go and waits until another thread took the GIL, then asks for it again.
void OsThreads::switch_threads(Thread& t) {
  Gil& g = *gil_;
  uint64_t seen;
  {
    std::lock_guard lock(g.m);
    if (g.waiters == 0 || g.finalizing) {
      g.drop_request.store(false, std::memory_order_relaxed);
      return;
    }
    seen = g.switches;
  }
  drop(t, "");
  {
    std::unique_lock lock(g.m);
    g.switched_cv.wait(lock, [&] { return g.switches != seen || g.waiters == 0; });
  }
  take(t, g);
}

bool OsThreads::tick(Thread& t) {
  if (gil_->drop_request.load(std::memory_order_relaxed)) switch_threads(t);
  return true;
}

int64_t OsThreads::ident_of(Thread& t) {
  auto it = by_thread_.find(&t);
  return it == by_thread_.end() ? 0 : it->second->ident;
}

OsThread* OsThreads::find(int64_t ident) {
  for (auto& th : threads_) {
    if (th->ident == ident) return th.get();
  }
  return nullptr;
}

Value OsThreads::lock_acquire(Thread& t, bool* locked, int64_t* owner, bool blocking, int64_t timeout_ns) {
  Gil& g = *gil_;
  int64_t me = ident_of(t);
  {
    std::lock_guard lock(g.m);
    if (!*locked) {
      *locked = true;
      *owner = me;
      return boolean(true);
    }
    // After the program ended no other thread runs: nobody would ever release it.
    if (!blocking || timeout_ns == 0 || g.finalizing) return boolean(false);
  }
  auto deadline = timeout_ns < 0 ? SteadyClock::time_point::max() : SteadyClock::now() + std::chrono::nanoseconds(timeout_ns);
  drop(t, "Lock.acquire()");
  bool got = false, stopped = false;
  {
    std::unique_lock lock(g.m);
    for (;;) {
      // Finalizing first: then the lock object may be gone, and a daemon must not look at it.
      if (g.finalizing || g.stop) {
        stopped = true;
        break;
      }
      if (!*locked) {
        *locked = true;
        *owner = me;
        got = true;
        break;
      }
      auto now = SteadyClock::now();
      if (now >= deadline) break;
      g.event_cv.wait_until(lock, std::min(deadline, now + kStopPoll));
    }
  }
  take(t, g);
  if (stopped) return t.raise(exc::SystemExit, "stopped");
  return boolean(got);
}

void OsThreads::lock_release(bool* locked) {
  Gil& g = *gil_;
  std::lock_guard lock(g.m);
  *locked = false;
  g.event_cv.notify_all();
}

bool OsThreads::lock_locked(const bool* locked) {
  std::lock_guard lock(gil_->m);
  return *locked;
}

Value OsThreads::sleep(Thread& t, int64_t ns) {
  Gil& g = *gil_;
  auto deadline = SteadyClock::now() + std::chrono::nanoseconds(ns);
  bool kept;
  {
    std::lock_guard lock(g.m);
    kept = g.finalizing;
  }
  if (kept) {  // after the program ended, the main thread sleeps holding the GIL
    std::this_thread::sleep_until(deadline);
    return none();
  }
  drop(t, "time.sleep()");
  bool stopped;
  {
    std::unique_lock lock(g.m);
    stopped = g.event_cv.wait_until(lock, deadline, [&] { return g.stop || g.finalizing; });
  }
  take(t, g);
  if (stopped) return t.raise(exc::SystemExit, "stopped");
  return none();
}

int OsThreads::loop_idle(Thread& t, aio::EventLoop& loop, int64_t until_ns) {
  Gil& g = *gil_;
  {
    std::lock_guard lock(g.m);
    if (g.finalizing) return 0;  // alone for good: the loop waits as usual
  }
  drop(t, until_ns >= 0 ? "its asyncio event loop (a timer, or a result from another thread)"
                        : "its asyncio event loop (a result from another thread)");
  bool stopped = false;
  for (;;) {
    int64_t now = steady_now_ns();
    if (until_ns >= 0 && now >= until_ns) break;
    int64_t poll = std::chrono::duration_cast<std::chrono::nanoseconds>(kStopPoll).count();
    int64_t until = until_ns >= 0 ? std::min(until_ns, now + poll) : now + poll;
    if (loop.wait_for_threadsafe_callbacks(until)) break;
    std::lock_guard lock(g.m);
    if (g.stop || g.finalizing) {
      stopped = true;
      break;
    }
  }
  take(t, g);
  if (stopped) return -1;
  return 1;
}

// A thread marked finished released the GIL as its very last act, and the caller holds the GIL
// now: joining it only waits for the OS to end it (and frees its stack).
void OsThreads::join_finished() {
  for (auto& th : threads_) {
    if (!th->finished || !th->joinable) continue;
    pthread_join(th->os, nullptr);
    th->joinable = false;
  }
}

void OsThreads::finalize() {
  {
    std::lock_guard lock(gil_->m);
    gil_->finalizing = true;
    gil_->stop = true;
    gil_->event_cv.notify_all();
  }
  // The threads still running stay blocked at their next GIL request; they are left behind.
  join_finished();
  detach_running();
  interp_.tick_interval = saved_tick_interval_;
}

OsThreads* os_threads_of(Thread& t) {
  if constexpr (!kOsThreadsSupported) return nullptr;
  Interpreter& in = t.interp();
  if (in.virtual_clock) return nullptr;
  if (!in.os_threads) in.os_threads = std::make_unique<OsThreads>(in, in.main_thread ? *in.main_thread : t);
  return in.os_threads.get();
}

void finalize_os_threads(Interpreter& interp) {
  if (interp.os_threads) interp.os_threads->finalize();
}

}  // namespace py
