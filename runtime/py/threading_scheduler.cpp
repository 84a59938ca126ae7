// The green-thread scheduler: see threading_scheduler.hpp for the design.
#include "py/threading_scheduler.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

#include "py/objects.hpp"
#include "py/os_thread_gil.hpp"
#include "py/run.hpp"
#include "py/vm.hpp"

namespace py {

void lock_forget_waiter(Object* lock, GreenThread* g);  // threading_lock.cpp

namespace {
constexpr int64_t kIdentBase = kThreadIdentBase;  // small enough to print, reproducible
}  // namespace

Scheduler::Scheduler(Interpreter& interp, Thread& main) : interp_(interp) {
  auto g = std::make_unique<GreenThread>();
  g->t = &main;
  g->ident = kIdentBase + next_ident_++;
  g->name = "MainThread";
  g->is_main = true;
  g->state = GreenThread::State::Running;
  g->started = g->on_stack = true;
  current_ = g.get();
  by_thread_[&main] = g.get();
  by_ident_[g->ident] = g.get();
  threads_.push_back(std::move(g));
  alive_ = 1;
  saved_tick_interval_ = interp.tick_interval;
  saved_ticks_left_ = interp.ticks_left;
  emit_thread(aio::EventKind::ThreadStarted, *threads_.back(), "MainThread");
  emit_thread(aio::EventKind::GilTaken, *threads_.back());
}

Scheduler::~Scheduler() = default;

GreenThread* Scheduler::find(Thread& t) {
  auto it = by_thread_.find(&t);
  return it == by_thread_.end() ? nullptr : it->second;
}

GreenThread* Scheduler::find(int64_t ident) {
  auto it = by_ident_.find(ident);
  return it == by_ident_.end() ? nullptr : it->second;
}

int64_t Scheduler::start(Value entry, Value args, std::string name, bool daemon) {
  auto g = std::make_unique<GreenThread>();
  g->owned = std::make_unique<Thread>(interp_);
  g->t = g->owned.get();
  if (current_) g->t->process = current_->t->process;  // a thread stays in its process (process_table.hpp)
  g->ident = kIdentBase + next_ident_++;
  g->name = std::move(name);
  g->daemon = daemon;
  g->entry = std::move(entry);
  g->entry_args = std::move(args);
  g->state = GreenThread::State::Ready;
  by_thread_[g->t] = g.get();
  by_ident_[g->ident] = g.get();
  ready_.push_back(g.get());
  int64_t ident = g->ident;
  threads_.push_back(std::move(g));
  ++alive_;
  update_tick_rate();
  emit_thread(aio::EventKind::ThreadStarted, *threads_.back(), threads_.back()->name);
  return ident;
}

// While threads share the GIL the VM ticks often, to charge CPU time and end slices on time.
void Scheduler::update_tick_rate() {
  if (alive_ > 1) {
    interp_.tick_interval = kThreadTickInterval;
    if (interp_.ticks_left > kThreadTickInterval) interp_.ticks_left = kThreadTickInterval;
  } else {
    interp_.tick_interval = saved_tick_interval_;
    interp_.ticks_left = saved_ticks_left_ > saved_tick_interval_ ? saved_ticks_left_ : saved_tick_interval_;
  }
}

// True when `t`'s innermost VM loop is its base frame's: it may return to the scheduler.
bool Scheduler::at_base(Thread& t) {
  if (!t.base_frame) return false;
  Frame* f = t.frame;
  while (f && !f->is_entry) f = f->back;
  return f == t.base_frame;
}

Value Scheduler::block(Thread& t, Value placeholder) {
  GreenThread* g = find(t);
  if (t.switch_pending) {
    if (g->state == GreenThread::State::Blocked) {
      // An earlier blocking call (made inside a native call) has not reached a switch point.
      g->state = GreenThread::State::Running;
      return t.raise(exc::RuntimeError, "a blocking call inside a native call that already blocked is not supported by Loopscope's threads");
    }
    std::erase(ready_, g);  // its time slice had ended; now it blocks instead
    t.switch_pending = false;
  }
  g->state = GreenThread::State::Blocked;
  g->block_seq = ++block_seq_;
  g->placeholder = placeholder;
  g->wake_result = placeholder;
  if (!g->is_main && at_base(t)) {
    t.switch_pending = true;  // the VM suspends it when this native call returns
    return placeholder;
  }
  if (!wait_nested(g)) return nullptr;
  g->placeholder.reset();
  return std::move(g->wake_result);
}

void Scheduler::wake(GreenThread* g, Value result) {
  g->state = GreenThread::State::Ready;
  g->wake_result = std::move(result);
  g->deadline_ns = -1;
  g->wake_check = nullptr;
  g->waiting_lock.reset();
  g->waits_on.clear();
  g->timeout_result.reset();
  ready_.push_back(g);
}

// Blocked threads whose deadline passed (in deadline order) or whose condition holds.
void Scheduler::wake_due() {
  int64_t now = interp_.clock.now_ns();
  std::vector<GreenThread*> due;
  for (auto& g : threads_) {
    if (g->state != GreenThread::State::Blocked) continue;
    if ((g->deadline_ns >= 0 && g->deadline_ns <= now) || (g->wake_check && g->wake_check())) due.push_back(g.get());
  }
  std::stable_sort(due.begin(), due.end(), [](GreenThread* a, GreenThread* b) {
    return a->deadline_ns != b->deadline_ns ? a->deadline_ns < b->deadline_ns : a->block_seq < b->block_seq;
  });
  for (GreenThread* g : due) {
    bool timed_out = !(g->wake_check && g->wake_check());
    if (g->waiting_lock) lock_forget_waiter(g->waiting_lock.get(), g);
    wake(g, timed_out && g->timeout_result ? g->timeout_result : g->placeholder);
  }
}

GreenThread* Scheduler::pick(GreenThread* me) {
  for (auto it = ready_.begin(); it != ready_.end(); ++it) {
    if (*it == me || !(*it)->on_stack) {
      GreenThread* g = *it;
      ready_.erase(it);
      return g;
    }
  }
  return nullptr;
}

void Scheduler::emit_thread(aio::EventKind kind, const GreenThread& g, std::string detail) {
  if (!interp_.trace) return;
  interp_.emit({.kind = kind, .value = g.ident - kIdentBase, .detail = std::move(detail)});
}

// Runs the other threads on `me`'s C++ stack until `me` is ready and its turn comes.
bool Scheduler::wait_nested(GreenThread* me) {
  Thread& t = *me->t;
  emit_thread(aio::EventKind::GilReleased, *me, me->state == GreenThread::State::Blocked ? me->waits_on : std::string());
  for (;;) {
    if (interp_.stopping) {
      t.raise(exc::SystemExit, "stopped: " + interp_.stop_reason);
      return false;
    }
    wake_due();
    GreenThread* next = pick(me);
    if (!next) {
      int64_t earliest = -1;
      for (auto& g : threads_) {
        if (g->state == GreenThread::State::Blocked && g->deadline_ns >= 0 && (earliest < 0 || g->deadline_ns < earliest)) earliest = g->deadline_ns;
      }
      if (earliest >= 0) {
        int64_t now = interp_.clock.now_ns();
        if (interp_.virtual_clock) interp_.clock.advance_to(earliest);
        else if (earliest > now) std::this_thread::sleep_for(std::chrono::nanoseconds(earliest - now));
        continue;
      }
      for (GreenThread* g : ready_) {
        if (g->on_stack) {
          // `g` can only continue below `me`, which waits for something only it can do.
          if (me->waiting_lock) lock_forget_waiter(me->waiting_lock.get(), me);
          me->state = GreenThread::State::Running;
          me->waiting_lock.reset();
          me->wake_check = nullptr;
          me->deadline_ns = -1;
          t.raise(exc::RuntimeError, "thread '" + me->name + "' blocked inside a native call (a callback from C++ code, e.g. a sort key) "
                                         "and nothing else can run: thread '" + g->name + "' can only continue once that call returns "
                                         "(not supported by Loopscope's threads)");
          return false;
        }
      }
      report_deadlock(t);
      return false;
    }
    if (next == me) {
      me->state = GreenThread::State::Running;
      me->slice_ns = 0;
      current_ = me;
      emit_thread(aio::EventKind::GilTaken, *me);
      return true;
    }
    run_slice(next);
    current_ = me;
  }
}

// Gives `g` the GIL until it suspends at its base, blocks there, or finishes.
void Scheduler::run_slice(GreenThread* g) {
  current_ = g;
  g->state = GreenThread::State::Running;
  g->slice_ns = 0;
  g->on_stack = true;
  Thread& t = *g->t;
  emit_thread(aio::EventKind::GilTaken, *g);
  Value r;
  if (!g->started) {
    g->started = true;
    Value entry = std::move(g->entry), args = std::move(g->entry_args);
    auto* tuple = cast<Tuple>(args.get());
    std::vector<Object*> argv;
    for (auto& v : tuple->items) argv.push_back(v.get());
    Frame* base = make_frame(t, cast<Function>(entry.get()), CallArgs{argv.data(), argv.size(), nullptr});
    if (base) {
      t.base_frame = base;
      r = run_frame(t, base);
    }
  } else {
    if (g->wake_result.get() != g->placeholder.get()) t.resume_value = g->wake_result;
    g->wake_result.reset();
    g->placeholder.reset();
    t.resuming = true;
    r = run_frame(t, t.base_frame);
  }
  g->on_stack = false;
  emit_thread(aio::EventKind::GilReleased, *g, g->state == GreenThread::State::Blocked ? g->waits_on : std::string());
  if (t.suspended) {
    t.suspended = false;
    if (g->state == GreenThread::State::Running) {
      g->state = GreenThread::State::Ready;
      ready_.push_back(g);
    }
    return;
  }
  finish(g, std::move(r));
}

void Scheduler::finish(GreenThread* g, Value result) {
  Thread& t = *g->t;
  if (!result) {
    // threading's bootstrap reports the thread's own exceptions; what escapes it is a stop.
    Ref<BaseException> exc = t.take_exception();
    if (exc && !interp_.stopping) interp_.write_stderr(format_exception(t, exc.get(), interp_.main_source));
  }
  g->state = GreenThread::State::Finished;
  t.base_frame = nullptr;
  t.frame = nullptr;
  --alive_;
  update_tick_rate();
}

bool Scheduler::tick(Thread& t, int64_t events) {
  GreenThread* g = find(t);
  if (alive_ <= 1 || !g || g != current_) return true;
  int64_t ns = events * kCpuNsPerEvent;  // the clock was charged already (virtual_cpu.hpp)
  g->slice_ns += ns;
  if (g->slice_ns < interp_.switch_interval_ns) return true;
  g->slice_ns = 0;
  wake_due();
  // Suspended at its base it returns to the scheduler below it, which can run any ready thread
  // (the ones under it on the stack as it unwinds); nested, it can only run those above.
  bool can_suspend = !g->is_main && at_base(t);
  bool other_ready = std::any_of(ready_.begin(), ready_.end(), [&](GreenThread* r) { return can_suspend || !r->on_stack; });
  if (!other_ready) return true;
  g->state = GreenThread::State::Ready;
  ready_.push_back(g);
  if (can_suspend) {
    t.switch_pending = true;  // the VM suspends it at this tick
    return true;
  }
  return wait_nested(g);
}

int Scheduler::loop_idle(Thread& t, int64_t until_ns, std::function<bool()> woken) {
  GreenThread* g = find(t);
  if (alive_ <= 1 || !g) return 0;
  g->deadline_ns = until_ns;
  g->wake_check = std::move(woken);
  g->waits_on = until_ns >= 0 ? "its asyncio event loop (a timer, or a result from another thread)"
                              : "its asyncio event loop (a result from another thread)";
  g->timeout_result = none();
  g->placeholder = none();
  g->state = GreenThread::State::Blocked;
  g->block_seq = ++block_seq_;
  if (!wait_nested(g)) return -1;
  g->placeholder.reset();
  g->wake_result.reset();
  return 1;
}

void Scheduler::report_deadlock(Thread& t) {
  std::string msg = "deadlock: every thread is blocked and nothing can wake them up:";
  for (auto& g : threads_) {
    if (g->state == GreenThread::State::Finished) continue;
    msg += "\n  " + g->name + " waits for " + (g->waits_on.empty() ? std::string("something") : g->waits_on);
  }
  interp_.stopping = true;
  interp_.stop_reason = msg;
  interp_.stop_status = 1;
  t.raise(exc::SystemExit, "stopped: " + msg);
}

Scheduler& scheduler_of(Thread& t) {
  Interpreter& in = t.interp();
  if (!in.scheduler) in.scheduler = std::make_unique<Scheduler>(in, in.main_thread ? *in.main_thread : t);
  return *in.scheduler;
}

int threads_loop_idle(Thread& t, int64_t until_ns, std::function<bool()> woken) {
  Scheduler* s = t.interp().scheduler.get();
  return s ? s->loop_idle(t, until_ns, std::move(woken)) : 0;
}

Value threads_sleep(Thread& t, int64_t ns) {
  Interpreter& in = t.interp();
  if (in.os_threads) return in.os_threads->sleep(t, ns);  // the real clock's OS threads
  Scheduler* s = in.scheduler.get();
  GreenThread* g = s ? s->find(t) : nullptr;
  if (!g || s->alive() <= 1) {
    if (in.virtual_clock) in.clock.advance_by(ns);
    else std::this_thread::sleep_for(std::chrono::nanoseconds(ns));
    return none();
  }
  g->deadline_ns = in.clock.now_ns() + ns;
  g->waits_on = "time.sleep()";
  g->timeout_result = none();
  return s->block(t, none());
}

}  // namespace py
