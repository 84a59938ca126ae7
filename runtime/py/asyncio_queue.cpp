// The hot methods of asyncio.Queue in C++ (the class itself is Python code,
// runtime/py/lib/_asyncio_queues.py, which places these in its body). Each does what CPython
// 3.11's asyncio/queues.py does, calling the overridable methods (`empty`, `full`, `qsize`,
// `_get`, `_put`, `_wakeup_next`, …) through `self`, so PriorityQueue, LifoQueue and user
// subclasses behave as in CPython; the plain Queue's own methods run inline.
#include "py/asyncio_native_methods.hpp"
#include "py/thread.hpp"

namespace py {

using namespace aio_native;

namespace {

struct Names {
  Name queue{"_queue"};
  Name maxsize{"_maxsize"};
  Name getters{"_getters"};
  Name putters{"_putters"};
  Name unfinished{"_unfinished_tasks"};
  Name finished{"_finished"};
  Name empty{"empty"};
  Name full{"full"};
  Name qsize{"qsize"};
  Name get{"_get"};
  Name put{"_put"};
  Name get_nowait{"get_nowait"};
  Name put_nowait{"put_nowait"};
  Name wakeup_next{"_wakeup_next"};
};
Names& names() {
  thread_local Names n;
  return n;
}

// The native methods, created once (compared by identity to find what a class overrides).
struct Methods {
  BuiltinFunction *empty, *full, *qsize, *get, *put, *get_nowait, *put_nowait, *wakeup_next, *task_done;
};
const Methods& methods();

// What `_queue_try_get` returns when the queue is empty.
Object* would_block() {
  static Object* o = [] {
    auto* obj = new Object(object_type);
    obj->refcnt = kImmortal;
    return obj;
  }();
  return o;
}

std::nullptr_t raise_queue_error(Thread& t, bool full) {
  AsyncioState& st = asyncio_state(t);
  Object* type = (full ? st.queue_full : st.queue_empty).get();
  if (!type) return t.raise(exc::RuntimeError, "asyncio queues are not set up");
  return t.raise_object(type);
}

// --- the methods, inline versions ---------------------------------------------------------------

// qsize(): len(self._queue)
Value qsize(Thread& t, Object* self) {
  Value q = attr(t, self, names().queue);
  if (!q) return nullptr;
  if (q->type == deque_type) return make_int(static_cast<int64_t>(cast<Deque>(q.get())->items.size()));
  int64_t n = length(t, q.get());
  return n < 0 ? nullptr : make_int(n);
}

// empty(): not self._queue (1/0/-1). `*all_ours`: only our own code ran (no override), so
// asking again right away can't give another answer or be seen.
int is_empty(Thread& t, Object* self, bool* all_ours = nullptr) {
  Names& n = names();
  bool ours = resolves_to(self, n.empty, methods().empty);
  if (all_ours) *all_ours = ours;
  if (!ours) {
    Value r = call_attr(t, self, n.empty);
    return r ? truth(t, r.get()) : -1;
  }
  Value q = attr(t, self, n.queue);
  if (!q) return -1;
  if (q->type == deque_type) return cast<Deque>(q.get())->items.empty();
  int yes = truth(t, q.get());
  return yes < 0 ? -1 : !yes;
}

// full(): maxsize > 0 and self.qsize() >= maxsize (1/0/-1); `*all_ours` as is_empty's.
int is_full(Thread& t, Object* self, bool* all_ours = nullptr) {
  Names& n = names();
  bool ours = resolves_to(self, n.full, methods().full);
  if (all_ours) *all_ours = ours;
  if (!ours) {
    Value r = call_attr(t, self, n.full);
    return r ? truth(t, r.get()) : -1;
  }
  Value maxsize = attr(t, self, n.maxsize);
  if (!maxsize) return -1;
  int unbounded = compare_int(t, maxsize.get(), 0, CompareOp::Le);
  if (unbounded != 0) return unbounded < 0 ? -1 : 0;
  bool own_qsize = resolves_to(self, n.qsize, methods().qsize);
  if (all_ours) *all_ours = own_qsize;
  Value size = own_qsize ? qsize(t, self) : call_attr(t, self, n.qsize);
  if (!size) return -1;
  return compare_bool(t, size.get(), maxsize.get(), CompareOp::Ge);
}

// _wakeup_next(waiters): wakes the first waiter that isn't done, dropping those before it.
bool wakeup_next(Thread& t, Object* waiters) {
  if (waiters->type == deque_type) {
    auto* d = cast<Deque>(waiters);
    while (!d->items.empty()) {
      Value w = std::move(d->items.front());
      d->items.pop_front();
      d->state++;
      int done = future_done(t, w.get());
      if (done < 0) return false;
      if (!done) return set_waiter_result(t, w.get(), None);
    }
    return true;
  }
  for (;;) {  // any other container: through its methods, as the Python code does
    int more = truth(t, waiters);
    if (more <= 0) return more == 0;
    Value w = call_method(t, waiters, "popleft");
    if (!w) return false;
    int done = future_done(t, w.get());
    if (done < 0) return false;
    if (!done) return set_waiter_result(t, w.get(), None);
  }
}

// self._wakeup_next(self.<which>)
bool wakeup(Thread& t, Object* self, Name& which) {
  Value waiters = attr(t, self, which);
  if (!waiters) return false;
  Names& n = names();
  if (resolves_to(self, n.wakeup_next, methods().wakeup_next)) return wakeup_next(t, waiters.get());
  return static_cast<bool>(call_attr(t, self, n.wakeup_next, {waiters.get()}));
}

Value get_item(Thread& t, Object* self) {
  Names& n = names();
  if (!resolves_to(self, n.get, methods().get)) return call_attr(t, self, n.get);
  Value q = attr(t, self, n.queue);
  if (!q) return nullptr;
  if (q->type != deque_type) return call_method(t, q.get(), "popleft");
  auto* d = cast<Deque>(q.get());
  if (d->items.empty()) return t.raise(exc::IndexError, "pop from an empty deque");
  Value item = std::move(d->items.front());
  d->items.pop_front();
  d->state++;
  return item;
}

bool put_item(Thread& t, Object* self, Object* item) {
  Names& n = names();
  if (!resolves_to(self, n.put, methods().put)) return static_cast<bool>(call_attr(t, self, n.put, {item}));
  Value q = attr(t, self, n.queue);
  if (!q) return false;
  auto* d = q->type == deque_type ? cast<Deque>(q.get()) : nullptr;
  if (!d || d->maxlen >= 0) return static_cast<bool>(call_method(t, q.get(), "append", item));
  d->items.push_back(Value::borrow(item));
  d->state++;
  return true;
}

// get_nowait(); `known_not_empty`: the caller has just seen our own empty() say False (calling
// it again could not tell anything else).
Value get_nowait(Thread& t, Object* self, bool known_not_empty = false) {
  int empty = known_not_empty ? 0 : is_empty(t, self);
  if (empty < 0) return nullptr;
  if (empty) return raise_queue_error(t, false);
  Value item = get_item(t, self);
  if (!item || !wakeup(t, self, names().putters)) return nullptr;
  return item;
}

// put_nowait(item); `known_not_full` as get_nowait's `known_not_empty`.
Value put_nowait(Thread& t, Object* self, Object* item, bool known_not_full = false) {
  Names& n = names();
  int full = known_not_full ? 0 : is_full(t, self);
  if (full < 0) return nullptr;
  if (full) return raise_queue_error(t, true);
  if (!put_item(t, self, item)) return nullptr;
  Value unfinished = attr(t, self, n.unfinished);
  if (!unfinished) return nullptr;
  Value more = add_int(t, unfinished.get(), 1);
  if (!more || !set_attr(t, self, n.unfinished, more.get())) return nullptr;
  Value finished = attr(t, self, n.finished);
  if (!finished || !call_event_clear(t, finished.get())) return nullptr;
  if (!wakeup(t, self, n.getters)) return nullptr;
  return none();
}

// --- as Python methods --------------------------------------------------------------------------

bool no_args(Thread& t, const CallArgs& a, const char* name) {
  if (a.kwnames && a.nkw()) {
    t.raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
    return false;
  }
  return arity(t, a, name, 0, 0);
}
// The single argument of a method whose parameter is `kwname` (positional or by name).
Object* one_arg(Thread& t, const CallArgs& a, const char* name, const char* kwname) {
  if (!check_kwargs(t, a, name, {kwname})) return nullptr;
  Object* by_name = kwarg(a, kwname);
  if (a.nargs + (by_name ? 1 : 0) != 1) {
    t.raise(exc::TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(a.nargs + a.nkw()) + " given)");
    return nullptr;
  }
  return by_name ? by_name : a.arg(0);
}

Value m_qsize(Thread& t, Object* self, const CallArgs& a) { return no_args(t, a, "qsize") ? qsize(t, self) : nullptr; }

Value m_empty(Thread& t, Object* self, const CallArgs& a) {
  if (!no_args(t, a, "empty")) return nullptr;
  int r = is_empty(t, self);
  return r < 0 ? nullptr : boolean(r);
}

Value m_full(Thread& t, Object* self, const CallArgs& a) {
  if (!no_args(t, a, "full")) return nullptr;
  int r = is_full(t, self);
  return r < 0 ? nullptr : boolean(r);
}

Value m_get(Thread& t, Object* self, const CallArgs& a) {
  if (!no_args(t, a, "_get")) return nullptr;
  Value q = attr(t, self, names().queue);
  return q ? call_method(t, q.get(), "popleft") : nullptr;
}

Value m_put(Thread& t, Object* self, const CallArgs& a) {
  Object* item = one_arg(t, a, "_put", "item");
  if (!item) return nullptr;
  Value q = attr(t, self, names().queue);
  return q ? call_method(t, q.get(), "append", item) : nullptr;
}

Value m_wakeup_next(Thread& t, Object* self, const CallArgs& a) {
  (void)self;
  Object* waiters = one_arg(t, a, "_wakeup_next", "waiters");
  return waiters && wakeup_next(t, waiters) ? none() : nullptr;
}

Value m_get_nowait(Thread& t, Object* self, const CallArgs& a) {
  return no_args(t, a, "get_nowait") ? get_nowait(t, self) : nullptr;
}

Value m_put_nowait(Thread& t, Object* self, const CallArgs& a) {
  Object* item = one_arg(t, a, "put_nowait", "item");
  return item ? put_nowait(t, self, item) : nullptr;
}

// task_done()
Value m_task_done(Thread& t, Object* self, const CallArgs& a) {
  if (!no_args(t, a, "task_done")) return nullptr;
  Names& n = names();
  Value unfinished = attr(t, self, n.unfinished);
  if (!unfinished) return nullptr;
  int none_left = compare_int(t, unfinished.get(), 0, CompareOp::Le);
  if (none_left < 0) return nullptr;
  if (none_left) return t.raise(exc::ValueError, "task_done() called too many times");
  Value less = add_int(t, unfinished.get(), -1);
  if (!less || !set_attr(t, self, n.unfinished, less.get())) return nullptr;
  Value now = attr(t, self, n.unfinished);  // as read back by CPython's code
  if (!now) return nullptr;
  int zero = compare_int(t, now.get(), 0, CompareOp::Eq);
  if (zero < 0) return nullptr;
  if (zero) {
    Value finished = attr(t, self, n.finished);
    if (!finished || !call_event_set(t, finished.get())) return nullptr;
  }
  return none();
}

const Methods& methods() {
  static const Methods m{
      native_method("empty", m_empty),
      native_method("full", m_full),
      native_method("qsize", m_qsize),
      native_method("_get", m_get),
      native_method("_put", m_put),
      native_method("get_nowait", m_get_nowait),
      native_method("put_nowait", m_put_nowait),
      native_method("_wakeup_next", m_wakeup_next),
      native_method("task_done", m_task_done),
  };
  return m;
}

// --- helpers of the coroutines (get / put stay `async def` in Python) -----------------------------

// _queue_try_get(q): q.get_nowait() unless q.empty(); the `_WOULD_BLOCK` marker then.
Value f_try_get(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "_queue_try_get", 1, 1)) return nullptr;
  Object* self = a.arg(0);
  bool all_ours;
  int empty = is_empty(t, self, &all_ours);
  if (empty < 0) return nullptr;
  if (empty) return Value::borrow(would_block());
  Names& n = names();
  if (resolves_to(self, n.get_nowait, methods().get_nowait)) return get_nowait(t, self, all_ours);
  return call_attr(t, self, n.get_nowait);
}

// _queue_try_put(q, item): q.put_nowait(item)'s result unless q.full(); the marker then.
Value f_try_put(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "_queue_try_put", 2, 2)) return nullptr;
  Object* self = a.arg(0);
  bool all_ours;
  int full = is_full(t, self, &all_ours);
  if (full < 0) return nullptr;
  if (full) return Value::borrow(would_block());
  Names& n = names();
  if (resolves_to(self, n.put_nowait, methods().put_nowait)) return put_nowait(t, self, a.arg(1), all_ours);
  return call_attr(t, self, n.put_nowait, {a.arg(1)});
}

// _queue_setup(QueueEmpty, QueueFull): the exception classes get_nowait / put_nowait raise.
Value f_setup(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "_queue_setup", 2, 2)) return nullptr;
  AsyncioState& st = asyncio_state(t);
  st.queue_empty = Value::borrow(a.arg(0));
  st.queue_full = Value::borrow(a.arg(1));
  return none();
}

}  // namespace

void add_queue_functions(Module* m) {
  Dict* d = m->dict.get();
  const Methods& ms = methods();
  for (BuiltinFunction* f : {ms.empty, ms.full, ms.qsize, ms.get, ms.put, ms.get_nowait, ms.put_nowait, ms.wakeup_next,
                             ms.task_done}) {
    dict_set_str(d, std::string("_Queue_") + f->fname, f);
  }
  dict_set_str(d, "_WOULD_BLOCK", would_block());
  for (auto [name, fn] : {std::pair<const char*, NativeFn>{"_queue_try_get", f_try_get}, {"_queue_try_put", f_try_put}, {"_queue_setup", f_setup}}) {
    auto f = make<BuiltinFunction>(name, fn);
    dict_set_str(d, name, f.get());
  }
}

}  // namespace py
