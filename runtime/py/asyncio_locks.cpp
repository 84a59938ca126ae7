// The hot methods of asyncio's Lock, Event and Semaphore in C++ (the classes are Python code,
// runtime/py/lib/_asyncio_locks.py, which places these in their bodies), doing what CPython
// 3.11's asyncio/locks.py does. Calls on `self` (`locked`, `_wake_up_next`, …) go through the
// attribute, so subclasses overriding them behave as in CPython.
#include "py/asyncio_native_methods.hpp"
#include "py/thread.hpp"

namespace py {

using namespace aio_native;

namespace {

struct Names {
  Name locked_attr{"_locked"};
  Name waiters{"_waiters"};
  Name value{"_value"};
  Name locked{"locked"};
  Name acquire{"acquire"};
  Name wake_up_first{"_wake_up_first"};
  Name wake_up_next{"_wake_up_next"};
  Name set{"set"};
  Name clear{"clear"};
};
Names& names() {
  thread_local Names n;
  return n;
}

struct Methods {
  BuiltinFunction *lock_locked, *lock_release, *lock_wake_up_first;
  BuiltinFunction *sem_locked, *sem_release, *sem_wake_up_next;
  BuiltinFunction *event_is_set, *event_set, *event_clear;
};
const Methods& methods();

bool no_args(Thread& t, const CallArgs& a, const char* name) {
  if (a.kwnames && a.nkw()) {
    t.raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
    return false;
  }
  return arity(t, a, name, 0, 0);
}

// self.<name>(), our native `native` inline when it is what the attribute resolves to.
template <class Inline>
Value call_hook(Thread& t, Object* self, Name& name, const BuiltinFunction* native, Inline inline_version) {
  if (resolves_to(self, name, native)) return inline_version();
  return call_attr(t, self, name);
}

// `self.<counter> += delta`
bool bump(Thread& t, Object* self, Name& counter, int64_t delta) {
  Value v = attr(t, self, counter);
  if (!v) return false;
  Value nv = add_int(t, v.get(), delta);
  return nv && set_attr(t, self, counter, nv.get());
}

// --- Lock -----------------------------------------------------------------------------------------

// _wake_up_first(): the first waiter, if it isn't done, gets True.
Value lock_wake_up_first(Thread& t, Object* self) {
  Value waiters = attr(t, self, names().waiters);
  if (!waiters) return nullptr;
  int any = truth(t, waiters.get());
  if (any <= 0) return any < 0 ? nullptr : none();
  int r = for_each_waiter(t, waiters.get(), [&](Object* fut) {
    int done = future_done(t, fut);
    if (done < 0) return -1;
    if (!done && !set_waiter_result(t, fut, True)) return -1;
    return 1;
  });
  return r < 0 ? nullptr : none();
}

Value lock_release(Thread& t, Object* self) {
  Names& n = names();
  Value locked = attr(t, self, n.locked_attr);
  if (!locked) return nullptr;
  int yes = truth(t, locked.get());
  if (yes < 0) return nullptr;
  if (!yes) return t.raise(exc::RuntimeError, "Lock is not acquired.");
  if (!set_attr(t, self, n.locked_attr, False)) return nullptr;
  return call_hook(t, self, n.wake_up_first, methods().lock_wake_up_first, [&] { return lock_wake_up_first(t, self); });
}

// acquire()'s branch that doesn't wait: unlocked and no waiter still waiting (1/0/-1).
int lock_try_acquire(Thread& t, Object* self) {
  Names& n = names();
  Value locked = attr(t, self, n.locked_attr);
  if (!locked) return -1;
  int yes = truth(t, locked.get());
  if (yes) return yes < 0 ? -1 : 0;
  Value waiters = attr(t, self, n.waiters);
  if (!waiters) return -1;
  if (waiters.get() != None) {
    int live = for_each_waiter(t, waiters.get(), [&](Object* w) {
      int c = future_cancelled(t, w);
      return c < 0 ? -1 : !c;
    });
    if (live) return live < 0 ? -1 : 0;
  }
  return set_attr(t, self, n.locked_attr, True) ? 1 : -1;
}

// --- Semaphore ------------------------------------------------------------------------------------

// locked(): value == 0 or some waiter isn't cancelled (1/0/-1).
int sem_locked(Thread& t, Object* self) {
  Names& n = names();
  Value value = attr(t, self, n.value);
  if (!value) return -1;
  int zero = compare_int(t, value.get(), 0, CompareOp::Eq);
  if (zero) return zero;
  Value waiters = attr(t, self, n.waiters);
  if (!waiters) return -1;
  int any = truth(t, waiters.get());  // `self._waiters or ()`
  if (any <= 0) return any;
  int live = for_each_waiter(t, waiters.get(), [&](Object* w) {
    int c = future_cancelled(t, w);
    return c < 0 ? -1 : !c;
  });
  return live;
}

// _wake_up_next(): the first waiter not done takes one unit and is woken.
Value sem_wake_up_next(Thread& t, Object* self) {
  Names& n = names();
  Value waiters = attr(t, self, n.waiters);
  if (!waiters) return nullptr;
  int any = truth(t, waiters.get());
  if (any <= 0) return any < 0 ? nullptr : none();
  int r = for_each_waiter(t, waiters.get(), [&](Object* fut) {
    int done = future_done(t, fut);
    if (done) return done < 0 ? -1 : 0;
    if (!bump(t, self, n.value, -1) || !set_waiter_result(t, fut, True)) return -1;
    return 1;
  });
  return r < 0 ? nullptr : none();
}

Value sem_release(Thread& t, Object* self) {
  Names& n = names();
  if (!bump(t, self, n.value, 1)) return nullptr;
  return call_hook(t, self, n.wake_up_next, methods().sem_wake_up_next, [&] { return sem_wake_up_next(t, self); });
}

// acquire()'s branch that doesn't wait: `if not self.locked(): self._value -= 1` (1/0/-1).
int sem_try_acquire(Thread& t, Object* self) {
  Names& n = names();
  int locked;
  if (resolves_to(self, n.locked, methods().sem_locked)) {
    locked = sem_locked(t, self);
  } else {
    Value r = call_attr(t, self, n.locked);
    locked = r ? truth(t, r.get()) : -1;
  }
  if (locked) return locked < 0 ? -1 : 0;
  return bump(t, self, n.value, -1) ? 1 : -1;
}

// --- Event ----------------------------------------------------------------------------------------

Value event_set(Thread& t, Object* self) {
  Names& n = names();
  Value value = attr(t, self, n.value);
  if (!value) return nullptr;
  int yes = truth(t, value.get());
  if (yes) return yes < 0 ? nullptr : none();
  if (!set_attr(t, self, n.value, True)) return nullptr;
  Value waiters = attr(t, self, n.waiters);
  if (!waiters) return nullptr;
  int r = for_each_waiter(t, waiters.get(), [&](Object* fut) {
    int done = future_done(t, fut);
    if (done < 0) return -1;
    if (!done && !set_waiter_result(t, fut, True)) return -1;
    return 0;
  });
  return r < 0 ? nullptr : none();
}

// --- as Python methods ----------------------------------------------------------------------------

Value bool_result(int r) { return r < 0 ? nullptr : boolean(r); }

const Methods& methods() {
  static const Methods m{
      native_method("locked",
                    [](Thread& t, Object* self, const CallArgs& a) -> Value {
                      if (!no_args(t, a, "locked")) return nullptr;
                      return attr(t, self, names().locked_attr);
                    }),
      native_method("release",
                    [](Thread& t, Object* self, const CallArgs& a) -> Value {
                      return no_args(t, a, "release") ? lock_release(t, self) : nullptr;
                    }),
      native_method("_wake_up_first",
                    [](Thread& t, Object* self, const CallArgs& a) -> Value {
                      return no_args(t, a, "_wake_up_first") ? lock_wake_up_first(t, self) : nullptr;
                    }),
      native_method("locked",
                    [](Thread& t, Object* self, const CallArgs& a) -> Value {
                      return no_args(t, a, "locked") ? bool_result(sem_locked(t, self)) : nullptr;
                    }),
      native_method("release",
                    [](Thread& t, Object* self, const CallArgs& a) -> Value {
                      return no_args(t, a, "release") ? sem_release(t, self) : nullptr;
                    }),
      native_method("_wake_up_next",
                    [](Thread& t, Object* self, const CallArgs& a) -> Value {
                      return no_args(t, a, "_wake_up_next") ? sem_wake_up_next(t, self) : nullptr;
                    }),
      native_method("is_set",
                    [](Thread& t, Object* self, const CallArgs& a) -> Value {
                      if (!no_args(t, a, "is_set")) return nullptr;
                      return attr(t, self, names().value);
                    }),
      native_method("set",
                    [](Thread& t, Object* self, const CallArgs& a) -> Value {
                      return no_args(t, a, "set") ? event_set(t, self) : nullptr;
                    }),
      native_method("clear",
                    [](Thread& t, Object* self, const CallArgs& a) -> Value {
                      if (!no_args(t, a, "clear")) return nullptr;
                      return set_attr(t, self, names().value, False) ? none() : nullptr;
                    }),
  };
  return m;
}

// What each registered acquire() does without waiting (see _try_acquire).
enum class AcquireKind : int { Lock = 1, Semaphore = 2 };

// _register_acquire(function, kind): `function` is Lock.acquire ('lock') or Semaphore.acquire
// ('semaphore'), whose non-waiting branch _try_acquire may then run for it.
Value f_register_acquire(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "_register_acquire", 2, 2) || a.arg(1)->type != str_type) {
    if (!t.has_exception()) t.raise(exc::TypeError, "_register_acquire(function, kind)");
    return nullptr;
  }
  const std::string& kind = cast<Str>(a.arg(1))->text;
  if (kind != "lock" && kind != "semaphore") return t.raise(exc::ValueError, "kind must be 'lock' or 'semaphore'");
  asyncio_state(t).fast_acquire.emplace_back(Value::borrow(a.arg(0)),
                                             static_cast<int>(kind == "lock" ? AcquireKind::Lock : AcquireKind::Semaphore));
  return none();
}

// _try_acquire(obj): when obj.acquire is a registered acquire(), runs its branch that doesn't
// wait and says whether the lock was taken; False means "await obj.acquire()" (which then does
// exactly what CPython's does). `async with` uses it to skip the acquire() coroutine.
Value f_try_acquire(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "_try_acquire", 1, 1)) return nullptr;
  Object* self = a.arg(0);
  Names& n = names();
  if (Dict* d = own_dict(self)) {
    if (dict_get_str(d, n.acquire.str)) return boolean(false);
  }
  Object* acquire = self->type->lookup(n.acquire.str);
  if (!acquire) return boolean(false);
  for (auto& [fn, kind] : asyncio_state(t).fast_acquire) {
    if (fn.get() != acquire) continue;
    if (kind == static_cast<int>(AcquireKind::Lock)) return bool_result(lock_try_acquire(t, self));
    // An overridden locked() is left to acquire(), so it is called as often as in CPython.
    if (!resolves_to(self, n.locked, methods().sem_locked)) return boolean(false);
    return bool_result(sem_try_acquire(t, self));
  }
  return boolean(false);
}

Value f_lock_try_acquire(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "_lock_try_acquire", 1, 1)) return nullptr;
  return bool_result(lock_try_acquire(t, a.arg(0)));
}

Value f_semaphore_try_acquire(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "_semaphore_try_acquire", 1, 1)) return nullptr;
  return bool_result(sem_try_acquire(t, a.arg(0)));
}

}  // namespace

namespace aio_native {

bool call_event_clear(Thread& t, Object* event) {
  Names& n = names();
  if (resolves_to(event, n.clear, methods().event_clear)) {
    // Already False in the instance dict (a put into a queue not yet joined): nothing to do.
    Dict* d = own_dict(event);
    if (d && dict_get_hinted(d, n.value, n.value.in_instance) == False) return true;
    return set_attr(t, event, n.value, False);
  }
  return static_cast<bool>(call_attr(t, event, n.clear));
}

bool call_event_set(Thread& t, Object* event) {
  Names& n = names();
  if (resolves_to(event, n.set, methods().event_set)) return static_cast<bool>(event_set(t, event));
  return static_cast<bool>(call_attr(t, event, n.set));
}

}  // namespace aio_native

void add_lock_functions(Module* m) {
  Dict* d = m->dict.get();
  const Methods& ms = methods();
  std::pair<const char*, BuiltinFunction*> placed[] = {
      {"_Lock_locked", ms.lock_locked},       {"_Lock_release", ms.lock_release},
      {"_Lock__wake_up_first", ms.lock_wake_up_first}, {"_Semaphore_locked", ms.sem_locked},
      {"_Semaphore_release", ms.sem_release}, {"_Semaphore__wake_up_next", ms.sem_wake_up_next},
      {"_Event_is_set", ms.event_is_set},     {"_Event_set", ms.event_set},
      {"_Event_clear", ms.event_clear},
  };
  for (auto [name, f] : placed) dict_set_str(d, name, f);
  for (auto [name, fn] : {std::pair<const char*, NativeFn>{"_register_acquire", f_register_acquire}, {"_try_acquire", f_try_acquire},
                          {"_lock_try_acquire", f_lock_try_acquire}, {"_semaphore_try_acquire", f_semaphore_try_acquire}}) {
    auto f = make<BuiltinFunction>(name, fn);
    dict_set_str(d, name, f.get());
  }
}

}  // namespace py
