// _thread.lock: the one blocking primitive of Python threads (threading builds RLock, Condition,
// Event, Semaphore, Barrier, join and queue on it, as CPython does). A release hands the lock
// straight to the first waiter (FIFO), so who gets it next is deterministic.
#include <cmath>
#include <deque>

#include "py/abstract.hpp"
#include "py/native_args.hpp"
#include "py/native_modules.hpp"
#include "py/os_thread_gil.hpp"
#include "py/threading_scheduler.hpp"

namespace py {

Type* lock_type = nullptr;

namespace {

struct LockObject : Object {
  bool locked = false;
  int64_t owner = 0;  // the ident of the thread that acquired it last (for deadlock reports)
  std::deque<GreenThread*> waiters;
  std::string label;  // what waiting on it means ("" : Lock.acquire()), set by threading
  LockObject() : Object(lock_type) {}
};

LockObject* L(Object* o) { return static_cast<LockObject*>(o); }

std::string address_of(const Object* o) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(o)));
  return buf;
}

std::string thread_name(Scheduler& s, int64_t ident) {
  GreenThread* g = s.find(ident);
  return g ? g->name : "a finished thread";
}

// acquire(blocking=True, timeout=-1) with CPython's checks and messages.
Value m_acquire(Thread& t, Object* self, const CallArgs& a) {
  Object* args[2] = {nullptr, nullptr};
  if (!parse_args(t, a, "acquire", {"blocking", "timeout"}, 0, args)) return nullptr;
  bool blocking = true;
  if (args[0]) {
    int b = truth(t, args[0]);
    if (b < 0) return nullptr;
    blocking = b == 1;
  }
  double timeout = -1;
  if (args[1]) {
    if (is_float(args[1])) timeout = cast<Float>(args[1])->value;
    else if (is_int(args[1])) timeout = static_cast<double>(cast<Int>(args[1])->small);
    else return t.raise(exc::TypeError, "'" + type_name(args[1]) + "' object cannot be interpreted as an integer");
  }
  if (!blocking && timeout != -1) return t.raise(exc::ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout != -1) return t.raise(exc::ValueError, "timeout value must be a non-negative number");
  if (timeout > 9.2e9) return t.raise(exc::OverflowError, "timeout value is too large");
  LockObject* lock = L(self);
  if (OsThreads* os = os_threads_of(t)) {  // the real clock: waits with the real GIL released
    int64_t ns = timeout < 0 ? -1 : static_cast<int64_t>(std::llround(timeout * 1e9));
    return os->lock_acquire(t, &lock->locked, &lock->owner, blocking, ns);
  }
  Scheduler& s = scheduler_of(t);
  GreenThread* me = s.find(t);
  if (!lock->locked) {
    lock->locked = true;
    lock->owner = me ? me->ident : 0;
    return boolean(true);
  }
  if (!blocking || timeout == 0) return boolean(false);
  lock->waiters.push_back(me);
  me->waiting_lock = Value::borrow(self);
  me->deadline_ns = timeout < 0 ? -1 : t.interp().clock.now_ns() + static_cast<int64_t>(std::llround(timeout * 1e9));
  me->timeout_result = boolean(false);
  me->waits_on = lock->label.empty() ? "Lock.acquire() (held by " + thread_name(s, lock->owner) + ")" : lock->label;
  return s.block(t, boolean(true));
}

Value m_release(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "release", 0, 0)) return nullptr;
  LockObject* lock = L(self);
  if (OsThreads* os = t.interp().os_threads.get()) {
    if (!os->lock_locked(&lock->locked)) return t.raise(exc::RuntimeError, "release unlocked lock");
    os->lock_release(&lock->locked);
    return none();
  }
  if (!lock->locked) return t.raise(exc::RuntimeError, "release unlocked lock");
  if (lock->waiters.empty()) {
    lock->locked = false;
    return none();
  }
  GreenThread* next = lock->waiters.front();
  lock->waiters.pop_front();
  lock->owner = next->ident;
  scheduler_of(t).wake(next, boolean(true));
  return none();
}

Value m_locked(Thread& t, Object* self, const CallArgs&) {
  if (OsThreads* os = t.interp().os_threads.get()) return boolean(os->lock_locked(&L(self)->locked));
  return boolean(L(self)->locked);
}

Value m_exit(Thread& t, Object* self, const CallArgs&) {
  Value r = m_release(t, self, CallArgs{nullptr, 0, nullptr});
  return r ? boolean(false) : nullptr;
}

// Lets threading say what waiting on this lock means in a deadlock report ("join(Thread-1)").
Value m_set_label(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "_set_label", 1, 1)) return nullptr;
  if (a.arg(0)->type != str_type) return t.raise(exc::TypeError, "label must be a str");
  L(self)->label = cast<Str>(a.arg(0))->text;
  return none();
}

Value lock_repr(Thread& t, Object* self) {
  OsThreads* os = t.interp().os_threads.get();
  bool locked = os ? os->lock_locked(&L(self)->locked) : L(self)->locked;
  return make_str(std::string("<") + (locked ? "locked" : "unlocked") + " _thread.lock object at " + address_of(self) + ">");
}

Value lock_new(Thread& t, Type*, const CallArgs& a) {
  if (!positional_args(t, a, "lock", 0, 0)) return nullptr;
  return Value::steal(new LockObject());
}

}  // namespace

// A thread timed out (or was woken otherwise) while queued on `lock`.
void lock_forget_waiter(Object* lock, GreenThread* g) { std::erase(L(lock)->waiters, g); }

Value allocate_lock(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "allocate_lock", 0, 0)) return nullptr;
  return Value::steal(new LockObject());
}

Type* lock_type_object() {
  if (lock_type) return lock_type;
  lock_type = make_native_type("_thread.lock", "_thread");
  lock_type->construct = lock_new;
  lock_type->repr = lock_repr;
  add_method(lock_type, "acquire", m_acquire);
  add_method(lock_type, "acquire_lock", m_acquire);
  add_method(lock_type, "__enter__", m_acquire);
  add_method(lock_type, "release", m_release);
  add_method(lock_type, "release_lock", m_release);
  add_method(lock_type, "__exit__", m_exit);
  add_method(lock_type, "locked", m_locked);
  add_method(lock_type, "locked_lock", m_locked);
  add_method(lock_type, "_set_label", m_set_label);
  inherit_slots(lock_type);
  return lock_type;
}

}  // namespace py
