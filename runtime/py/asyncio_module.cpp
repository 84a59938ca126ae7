// The `_asyncio` module: the native types (Future, Task, the loop, handles, CancelledError,
// InvalidStateError) and the loop-finding functions. `asyncio` itself (runtime/py/lib/asyncio.py)
// re-exports these next to the parts written in Python.
#include <mutex>

#include "py/abstract.hpp"
#include "py/asyncio_objects.hpp"
#include "py/call_args.hpp"
#include "py/thread.hpp"

namespace py {

namespace {

Value f_get_running_loop(Thread& t, Object*, const CallArgs&) {
  LoopObject* loop = running_loop(t);
  if (!loop) return t.raise(exc::RuntimeError, "no running event loop");
  return Value::borrow(loop);
}

Value f__get_running_loop(Thread& t, Object*, const CallArgs&) {
  LoopObject* loop = running_loop(t);
  return loop ? Value::borrow(loop) : none();
}

// get_event_loop(): the running loop, else the current one (made on first use, as CPython's
// default policy does in the main thread).
Value f__set_running_loop(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "_set_running_loop", 1, 1)) return nullptr;
  Object* loop = a.arg(0);
  if (loop != None && loop->type != loop_type) return t.raise(exc::TypeError, "loop must be an event loop");
  asyncio_state(t).running = loop == None ? nullptr : cast<LoopObject>(loop);
  return none();
}

Value f_get_event_loop(Thread& t, Object*, const CallArgs&) {
  if (LoopObject* loop = running_loop(t)) return Value::borrow(loop);
  AsyncioState& st = asyncio_state(t);
  if (st.current.get() == None) st.current = new_event_loop(t);
  return st.current;
}

Value f_set_event_loop(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "set_event_loop", 1, 1)) return nullptr;
  Object* loop = a.arg(0);
  if (loop != None && loop->type != loop_type) {
    return t.raise(exc::TypeError, "loop must be an instance of AbstractEventLoop or None, not '" + type_name(loop) + "'");
  }
  asyncio_state(t).current = Value::borrow(loop);
  return none();
}

Value f_new_event_loop(Thread& t, Object*, const CallArgs&) { return new_event_loop(t); }

// The loop argument of current_task/all_tasks: given, or the running one.
LoopObject* loop_arg(Thread& t, const CallArgs& a, const char* fname) {
  if (!check_kwargs(t, a, fname, {"loop"})) return nullptr;
  Object* loop = a.nargs ? a.arg(0) : kwarg(a, "loop");
  if (!loop || loop == None) {
    LoopObject* running = running_loop(t);
    if (!running) t.raise(exc::RuntimeError, "no running event loop");
    return running;
  }
  if (loop->type != loop_type) {
    t.raise(exc::TypeError, "loop must be an event loop");
    return nullptr;
  }
  return cast<LoopObject>(loop);
}

Value f_current_task(Thread& t, Object*, const CallArgs& a) {
  LoopObject* loop = loop_arg(t, a, "current_task");
  if (!loop) return nullptr;
  TaskObject* task = task_object(loop->loop->current_task());
  return task ? Value::borrow(task) : none();
}

Value f_all_tasks(Thread& t, Object*, const CallArgs& a) {
  LoopObject* loop = loop_arg(t, a, "all_tasks");
  if (!loop) return nullptr;
  Ref<Set> tasks = make_set();
  for (aio::TaskCore* core : loop->loop->all_tasks()) {
    TaskObject* task = task_object(core);
    if (task && !task->state->done() && !set_add(t, tasks.get(), task)) return nullptr;
  }
  return tasks;
}

Value f_iscoroutine(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "iscoroutine", 1, 1)) return nullptr;
  return boolean(is_coroutine(a.arg(0)));
}

Value f_iscoroutinefunction(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "iscoroutinefunction", 1, 1)) return nullptr;
  // Through bound methods and functools.partial, as inspect.iscoroutinefunction unwraps them.
  Value f = Value::borrow(a.arg(0));
  for (;;) {
    if (f->type == method_type) {
      f = cast<Method>(f.get())->func;
    } else if (type_name(f.get()) == "partial") {
      Value inner = lookup_attr(t, f.get(), intern("func").get());
      if (!inner) break;
      f = inner;
    } else {
      break;
    }
  }
  if (t.has_exception()) t.take_exception();
  return boolean(is_coroutine_function(f.get()));
}

Value f_isfuture(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "isfuture", 1, 1)) return nullptr;
  return boolean(is_future(a.arg(0)));
}

// _mark_wait(future, kind, owner=None): tells the timeline what a task awaiting `future` waits
// on ("sleep", "lock", "queue_get", … — aio::WaitKind's names) and which object (the same owner
// gives the same id within a run).
Value f__mark_wait(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "_mark_wait", 2, 3)) return nullptr;
  if (!is_future(a.arg(0)) || a.arg(1)->type != str_type) return t.raise(exc::TypeError, "_mark_wait(future, kind, owner=None)");
  auto* f = cast<FutureObject>(a.arg(0));
  const std::string& name = cast<Str>(a.arg(1))->text;
  aio::WaitKind kind = aio::WaitKind::Future;
#define X(k, text) \
  if (name == text) kind = aio::WaitKind::k;
  AIO_WAIT_KINDS(X)
#undef X
  uint64_t id = f->state->id();
  if (a.nargs == 3 && a.arg(2) != None) {
    auto& ids = asyncio_state(t).object_ids;
    auto [it, fresh] = ids.try_emplace(a.arg(2), 0);
    if (fresh) it->second = f->loop->loop->next_id();
    id = it->second;
  }
  f->state->set_wait_info(kind, id);
  return none();
}

void def(Module* m, const char* name, NativeFn fn) {
  auto f = make<BuiltinFunction>(name, fn);
  dict_set_str(m->dict.get(), name, f.get());
}

}  // namespace

void build_asyncio_module(Module* m) {
  static std::once_flag once;
  std::call_once(once, [] {
    init_future_types();
    init_task_type();
    init_loop_types();
    // Async generators report to the loop running on their thread (sys.set_asyncgen_hooks).
    set_asyncgen_hooks_lookup([](Thread& t) -> AsyncGenHooks* {
      LoopObject* loop = running_loop(t);
      return loop ? &loop->asyncgen_hooks : nullptr;
    });
  });
  Dict* d = m->dict.get();
  dict_set_str(d, "Future", future_type);
  dict_set_str(d, "Task", task_type);
  dict_set_str(d, "CancelledError", exc::CancelledError);
  dict_set_str(d, "InvalidStateError", exc::InvalidStateError);
  dict_set_str(d, "Handle", handle_type);
  dict_set_str(d, "TimerHandle", timer_handle_type);
  dict_set_str(d, "BaseEventLoop", loop_type);
  dict_set_str(d, "AbstractEventLoop", loop_type);
  def(m, "get_running_loop", f_get_running_loop);
  def(m, "_get_running_loop", f__get_running_loop);
  def(m, "_set_running_loop", f__set_running_loop);
  def(m, "get_event_loop", f_get_event_loop);
  def(m, "set_event_loop", f_set_event_loop);
  def(m, "new_event_loop", f_new_event_loop);
  def(m, "current_task", f_current_task);
  def(m, "all_tasks", f_all_tasks);
  def(m, "iscoroutine", f_iscoroutine);
  def(m, "iscoroutinefunction", f_iscoroutinefunction);
  def(m, "isfuture", f_isfuture);
  def(m, "_mark_wait", f__mark_wait);
  add_queue_functions(m);
  add_lock_functions(m);
}

}  // namespace py
