// The asyncio event loop as a Python object over aio::EventLoop: callbacks and timers with their
// Handle objects, running (run_until_complete, run_forever, stop, close), the exception handler,
// and run_in_executor. All loops of an interpreter read the interpreter's clock.
#include "py/abstract.hpp"
#include "py/asyncio_objects.hpp"
#include "py/call_args.hpp"
#include "py/os_thread_gil.hpp"
#include "py/run.hpp"
#include "py/thread.hpp"
#include "py/threading_scheduler.hpp"

namespace py {

Type* loop_type = nullptr;
Type* handle_type = nullptr;
Type* timer_handle_type = nullptr;

AsyncioState& asyncio_state(Thread& t) {
  Interpreter& in = t.interp();
  if (!in.asyncio) {
    in.asyncio = std::make_shared<AsyncioState>();
    in.asyncio->current = none();
  }
  return *in.asyncio;
}

LoopObject* running_loop(Thread& t) { return asyncio_state(t).running; }

LoopObject::LoopObject(Thread& t)
    : Object(loop_type), loop(std::make_unique<aio::EventLoop>(t.interp().clock)), thread(&t), exception_handler(none()), task_factory(none()) {
  loop->set_trace_sink(t.interp().trace);
  loop->set_task_counter(&asyncio_state(t).task_counter);
  // While the loop has nothing to do, the program's other threads run (executor jobs).
  loop->set_idle_handler([this](int64_t until_ns) {
    if (OsThreads* os = thread->interp().os_threads.get()) return os->loop_idle(*thread, *loop, until_ns);
    return threads_loop_idle(*thread, until_ns, [this] { return loop->has_pending_callbacks(); });
  });
  // The loop is alive while it runs, and the hooks are only found through the running loop.
  asyncgen_hooks.firstiter = [this](Thread&, Generator* agen) { asyncgens.push_back(agen); };
  asyncgen_hooks.forget = [this](Thread&, Generator* agen) { std::erase(asyncgens, agen); };
  asyncgen_hooks.finalizer = [this](Thread& th, Generator* heir) {
    if (!call_asyncgens_helper(th, this, "finalize", Value::borrow(heir))) th.take_exception();
  };
}

// Calls _asyncio_asyncgens.NAME(loop, arg): the Python half of async generator finalisation.
Value call_asyncgens_helper(Thread& t, LoopObject* loop, const char* name, Value arg) {
  Value module = import_module(t, intern("_asyncio_asyncgens").get());
  if (!module) return nullptr;
  Value fn = getattr(t, module.get(), name);
  if (!fn) return nullptr;
  return call2(t, fn.get(), loop, arg.get());
}

LoopObject::~LoopObject() {
  // Pending tasks are abandoned here (their coroutines are closed, finally blocks run).
  refcnt = 1;
  loop.reset();
  refcnt = 0;
}

Ref<LoopObject> new_event_loop(Thread& t) { return make<LoopObject>(t); }

namespace {

LoopObject* L(Object* o) { return cast<LoopObject>(o); }

// --- Handle / TimerHandle ---------------------------------------------------------------------

struct HandleObject : Object {
  aio::TimerHandle handle;  // a plain Handle for call_soon (when() unused)
  Value callback;           // dropped when cancelled, as CPython does
  std::vector<Value> args;
  HandleObject(Type* type, Value cb, std::vector<Value> a) : Object(type), callback(std::move(cb)), args(std::move(a)) {}
};

// <Handle print('a') at main.py:3>, <TimerHandle cancelled when=1.5>
Value handle_repr(Thread& t, Object* o) {
  auto* h = cast<HandleObject>(o);
  std::string out = "<" + short_type_name(h->type);
  if (h->handle.cancelled() && !h->callback) out += " cancelled";
  if (h->type == timer_handle_type) {
    std::string when;
    if (!repr_text(t, make_float(h->handle.when()).get(), &when)) return nullptr;
    out += " when=" + when;
  }
  if (h->callback) {
    out += " ";
    if (!format_callback_source(t, h->callback.get(), h->args, &out)) return nullptr;
  }
  return make_str(out + ">");
}

// Schedules fn(*args) with `schedule` (call_soon, call_at_ns…) and gives its Handle object.
template <class Schedule>
Value schedule_callback(Thread& t, LoopObject* loop, Type* type, const CallArgs& a, size_t first, Schedule schedule) {
  if (!check_kwargs(t, a, "call_soon", {"context"})) return nullptr;
  Object* fn = a.arg(first);
  // As CPython outside debug mode, any object is accepted; a bad one fails when it runs.
  if (loop->loop->is_closed()) return t.raise(exc::RuntimeError, "Event loop is closed");
  std::vector<Value> args;
  for (size_t i = first + 1; i < a.nargs; ++i) args.push_back(Value::borrow(a.arg(i)));
  auto h = make<HandleObject>(type, Value::borrow(fn), args);
  // The loop owns the callback (and the loop outlives what it runs); the handle object is the
  // caller's, to cancel it.
  auto callback = [loop, fn = Value::borrow(fn), args = std::move(args)] {
    run_callback(*loop->thread, loop, fn.get(), args, nullptr);
  };
  h->handle = schedule(std::move(callback));
  return h;
}

bool seconds_arg(Thread& t, Object* o, double* out);

Value m_call_soon(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs < 1) return t.raise(exc::TypeError, "call_soon() missing 1 required positional argument: 'callback'");
  LoopObject* loop = L(self);
  return schedule_callback(t, loop, handle_type, a, 0, [&](std::function<void()> cb) {
    return aio::TimerHandle(loop->loop->call_soon(std::move(cb)).state());
  });
}

Value m_call_soon_threadsafe(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs < 1) return t.raise(exc::TypeError, "call_soon_threadsafe() missing 1 required positional argument: 'callback'");
  LoopObject* loop = L(self);
  return schedule_callback(t, loop, handle_type, a, 0, [&](std::function<void()> cb) {
    return aio::TimerHandle(loop->loop->call_soon_threadsafe(std::move(cb)).state());
  });
}

bool seconds_arg(Thread& t, Object* o, double* out) {
  if (is_float(o)) *out = cast<Float>(o)->value;
  else if (is_int(o)) *out = static_cast<double>(cast<Int>(o)->small);
  else {
    t.raise(exc::TypeError, "'" + type_name(o) + "' object cannot be interpreted as an integer");
    return false;
  }
  return true;
}

// A deadline as CPython computes it (`self.time() + delay`), so a bad delay fails with the
// message that addition gives.
bool deadline_arg(Thread& t, double now, Object* delay, double* out) {
  Value sum = binary_op(t, BinaryOp::Add, make_float(now).get(), delay);
  return sum && seconds_arg(t, sum.get(), out);
}

Value m_call_later(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs < 2) return t.raise(exc::TypeError, "call_later() missing required positional arguments: 'delay' and 'callback'");
  if (a.arg(0) == None) return t.raise(exc::TypeError, "delay must not be None");
  LoopObject* loop = L(self);
  double when;
  if (!deadline_arg(t, loop->loop->time(), a.arg(0), &when)) return nullptr;
  return schedule_callback(t, loop, timer_handle_type, a, 1, [&](std::function<void()> cb) {
    return loop->loop->call_at(when, std::move(cb));
  });
}

Value m_call_at(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs < 2) return t.raise(exc::TypeError, "call_at() missing required positional arguments: 'when' and 'callback'");
  if (a.arg(0) == None) return t.raise(exc::TypeError, "when cannot be None");
  double when;
  if (!deadline_arg(t, 0.0, a.arg(0), &when)) return nullptr;
  LoopObject* loop = L(self);
  return schedule_callback(t, loop, timer_handle_type, a, 1, [&](std::function<void()> cb) {
    return loop->loop->call_at(when, std::move(cb));
  });
}

Value m_time(Thread&, Object* self, const CallArgs&) { return make_float(L(self)->loop->time()); }

Value m_create_future(Thread&, Object* self, const CallArgs&) { return make_future(L(self)); }

Value m_create_task(Thread& t, Object* self, const CallArgs& a) {
  if (!check_kwargs(t, a, "create_task", {"name", "context"})) return nullptr;
  if (!arity(t, a, "create_task", 1, 1)) return nullptr;
  LoopObject* loop = L(self);
  if (loop->loop->is_closed()) return t.raise(exc::RuntimeError, "Event loop is closed");
  if (loop->task_factory.get() == None) return create_task(t, loop, a.arg(0), kwarg(a, "name"));
  // As CPython: factory(loop, coro), then the name is set on what it made.
  Value task = call2(t, loop->task_factory.get(), self, a.arg(0));
  if (!task) return nullptr;
  if (Object* name = kwarg(a, "name"); name && name != None) {
    if (!call_method(t, task.get(), "set_name", name)) return nullptr;
  }
  return task;
}

Value m_set_task_factory(Thread& t, Object* self, const CallArgs& a) {
  if (!arity(t, a, "set_task_factory", 1, 1)) return nullptr;
  Object* f = a.arg(0);
  if (f != None && !f->type->call) return t.raise(exc::TypeError, "task factory must be a callable or None");
  L(self)->task_factory = Value::borrow(f);
  return none();
}

Value m_get_task_factory(Thread&, Object* self, const CallArgs&) { return L(self)->task_factory; }

Value loop_getattr(Thread& t, Object* o, Str* name) {
  if (name->text == "slow_callback_duration") return make_float(L(o)->slow_callback_duration);
  return generic_getattr(t, o, name);
}

bool loop_setattr(Thread& t, Object* o, Str* name, Object* value) {
  if (name->text == "slow_callback_duration" && value) return seconds_arg(t, value, &L(o)->slow_callback_duration);
  return generic_setattr(t, o, name, value);
}

// Runs the loop until stop(): the running loop of this thread meanwhile.
bool run_forever(Thread& t, LoopObject* loop) {
  if (loop->loop->is_closed()) {
    t.raise(exc::RuntimeError, "Event loop is closed");
    return false;
  }
  if (loop->loop->is_running()) {
    t.raise(exc::RuntimeError, "This event loop is already running");
    return false;
  }
  AsyncioState& st = asyncio_state(t);
  if (st.running) {
    t.raise(exc::RuntimeError, "Cannot run the event loop while another loop is running");
    return false;
  }
  st.running = loop;
  Ref<LoopObject> keep = Ref<LoopObject>::borrow(loop);
  aio::Result<void> r = loop->loop->run_forever();
  st.running = nullptr;
  if (loop->fatal) {
    t.set_exception(std::move(loop->fatal));
    return false;
  }
  if (!r) {
    t.set_exception(to_python_exception(r.error()));
    return false;
  }
  return true;
}

Value m_run_forever(Thread& t, Object* self, const CallArgs&) {
  if (!run_forever(t, L(self))) return nullptr;
  return none();
}

Value m_run_until_complete(Thread& t, Object* self, const CallArgs& a) {
  if (!arity(t, a, "run_until_complete", 1, 1)) return nullptr;
  LoopObject* loop = L(self);
  if (loop->loop->is_closed()) return t.raise(exc::RuntimeError, "Event loop is closed");
  if (loop->loop->is_running()) return t.raise(exc::RuntimeError, "This event loop is already running");
  Value fut = Value::borrow(a.arg(0));
  bool new_task = !is_future(fut.get());
  if (new_task) {
    if (!is_coroutine(fut.get())) {
      return t.raise(exc::TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
    }
    fut = create_task(t, loop, fut.get(), nullptr);
    if (!fut) return nullptr;
  } else if (cast<FutureObject>(fut.get())->loop.get() != loop) {
    return t.raise(exc::ValueError, "The future belongs to a different loop than the one specified as the loop argument");
  }
  auto* f = cast<FutureObject>(fut.get());
  uint64_t token = f->state->add_done_callback([loop](aio::FutureBase& done) {
    // As CPython's _run_until_complete_cb: SystemExit and KeyboardInterrupt already stopped the
    // loop; this callback, still queued, must not stop the next run too.
    if (!done.cancelled() && done.error()) {
      const std::string& kind = done.error()->type_name();
      if (kind == "SystemExit" || kind == "KeyboardInterrupt") return;
    }
    loop->loop->stop();
  });
  bool ok = run_forever(t, loop);
  f->state->remove_done_callback(token);
  if (!ok) {
    // The error propagates; a task made here had its exception retrieved by that.
    if (new_task && f->state->done() && !f->state->cancelled()) f->log_traceback = false;
    return nullptr;
  }
  if (!f->state->done()) return t.raise(exc::RuntimeError, "Event loop stopped before Future completed.");
  return future_result(t, f);
}

Value m_stop(Thread&, Object* self, const CallArgs&) {
  L(self)->loop->stop();
  return none();
}

Value m_close(Thread& t, Object* self, const CallArgs&) {
  LoopObject* loop = L(self);
  if (loop->loop->is_running()) return t.raise(exc::RuntimeError, "Cannot close a running event loop");
  (void)loop->loop->close();
  return none();
}

Value m_is_running(Thread&, Object* self, const CallArgs&) { return boolean(L(self)->loop->is_running()); }
Value m_is_closed(Thread&, Object* self, const CallArgs&) { return boolean(L(self)->loop->is_closed()); }
Value m_get_debug(Thread&, Object* self, const CallArgs&) { return boolean(L(self)->debug); }
Value m_set_debug(Thread& t, Object* self, const CallArgs& a) {
  if (!arity(t, a, "set_debug", 1, 1)) return nullptr;
  int b = truth(t, a.arg(0));
  if (b < 0) return nullptr;
  L(self)->debug = b == 1;
  return none();
}

// shutdown_asyncgens(): a coroutine closing every async generator still suspended.
Value m_shutdown_default_executor(Thread& t, Object* self, const CallArgs&) {
  return call_asyncgens_helper(t, L(self), "shutdown_default_executor", none());
}

Value m_shutdown_asyncgens(Thread& t, Object* self, const CallArgs&) {
  LoopObject* loop = L(self);
  std::vector<Value> agens;
  for (Generator* g : loop->asyncgens) agens.push_back(Value::borrow(g));
  loop->asyncgens.clear();
  return call_asyncgens_helper(t, loop, "shutdown", make_list(std::move(agens)));
}

// run_in_executor(executor, func, *args): the call runs on a worker thread of `executor` (the
// loop's default ThreadPoolExecutor when None); _asyncio_executor.py chains the results.
Value call_executor_helper(Thread& t, const char* name, Object* self, const CallArgs& a) {
  Value module = import_module(t, intern("_asyncio_executor").get());
  if (!module) return nullptr;
  Value fn = getattr(t, module.get(), name);
  if (!fn) return nullptr;
  std::vector<Object*> argv{self};
  for (size_t i = 0; i < a.nargs; ++i) argv.push_back(a.arg(i));
  return call(t, fn.get(), CallArgs{argv.data(), argv.size(), nullptr});
}

Value m_run_in_executor(Thread& t, Object* self, const CallArgs& a) {
  if (a.nkw()) {
    return t.raise(exc::TypeError, "BaseEventLoop.run_in_executor() got an unexpected keyword argument '" +
                                       cast<Str>(a.kwnames->items[0].get())->text + "'");
  }
  if (a.nargs < 2) return t.raise(exc::TypeError, "run_in_executor() missing required positional arguments");
  if (L(self)->loop->is_closed()) return t.raise(exc::RuntimeError, "Event loop is closed");
  return call_executor_helper(t, "run_in_executor", self, a);
}

Value m_set_default_executor(Thread& t, Object* self, const CallArgs& a) {
  if (!arity(t, a, "set_default_executor", 1, 1)) return nullptr;
  return call_executor_helper(t, "set_default_executor", self, a);
}

Value m_set_exception_handler(Thread& t, Object* self, const CallArgs& a) {
  if (!arity(t, a, "set_exception_handler", 1, 1)) return nullptr;
  Object* h = a.arg(0);
  if (h != None && !h->type->call) {
    std::string r;
    if (!repr_text(t, h, &r)) return nullptr;
    return t.raise(exc::TypeError, "A callable object or None is expected, got " + r);
  }
  L(self)->exception_handler = Value::borrow(h);
  return none();
}
Value m_get_exception_handler(Thread&, Object* self, const CallArgs&) {
  LoopObject* loop = L(self);
  return loop->exception_handler;
}

// The default handler: the message, then each other entry, then the exception's traceback, on
// stderr (CPython logs the same through `logging`).
Value default_exception_handler(Thread& t, Dict* context) {
  std::string out;
  Object* msg = dict_get_str(context, intern("message").get());
  if (msg && msg->type == str_type) out = cast<Str>(msg)->text;
  else out = "Unhandled exception in event loop";
  Object* exc_obj = nullptr;
  for (auto& e : context->entries) {
    if (!e.key || e.key->type != str_type) continue;
    const std::string& k = cast<Str>(e.key.get())->text;
    if (k == "message") continue;
    if (k == "exception") {
      exc_obj = e.value.get();
      continue;
    }
    std::string v;
    if (!repr_text(t, e.value.get(), &v)) return nullptr;
    out += "\n" + k + ": " + v;
  }
  out += "\n";
  if (exc_obj && exc_obj->type->is_subtype(exc::BaseException)) {
    // CPython's handler logs it: the traceback module formats it.
    out += format_exception(t, cast<BaseException>(exc_obj), t.interp().main_source, TracebackStyle::Module);
  }
  t.interp().write_stderr(out);
  return none();
}

Value m_default_exception_handler(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "default_exception_handler", 1, 1)) return nullptr;
  if (a.arg(0)->type != dict_type) return t.raise(exc::TypeError, "context must be a dict");
  return default_exception_handler(t, cast<Dict>(a.arg(0)));
}

Value m_call_exception_handler(Thread& t, Object* self, const CallArgs& a) {
  if (!arity(t, a, "call_exception_handler", 1, 1)) return nullptr;
  if (a.arg(0)->type != dict_type) return t.raise(exc::TypeError, "context must be a dict");
  LoopObject* loop = L(self);
  if (loop->exception_handler.get() == None) return default_exception_handler(t, cast<Dict>(a.arg(0)));
  Value r = call2(t, loop->exception_handler.get(), self, a.arg(0));
  if (!r) {
    // As CPython: an error in the custom handler is reported by the default one.
    Ref<BaseException> e = t.take_exception();
    auto ctx = make_dict();
    dict_set_str(ctx.get(), "message", make_str("Unhandled error in exception handler").get());
    dict_set_str(ctx.get(), "exception", e.get());
    dict_set_str(ctx.get(), "context", a.arg(0));
    return default_exception_handler(t, ctx.get());
  }
  return none();
}

Value loop_repr(Thread&, Object* o) {
  LoopObject* loop = L(o);
  return make_str(std::string("<_UnixSelectorEventLoop running=") + (loop->loop->is_running() ? "True" : "False") +
                  " closed=" + (loop->loop->is_closed() ? "True" : "False") + " debug=" + (loop->debug ? "True" : "False") + ">");
}

}  // namespace

void call_exception_handler(Thread& t, LoopObject* loop, const std::string& message,
                            std::vector<std::pair<const char*, Value>> entries) {
  // A run stopped by a limit unwinds through asyncio: what that leaves behind (tasks ended by
  // the stop) is not the program's doing, and the stop notice says what happened.
  if (t.interp().stopping) return;
  Ref<BaseException> saved = t.take_exception();
  auto ctx = make_dict();
  dict_set_str(ctx.get(), "message", make_str(message).get());
  for (auto& [k, v] : entries) dict_set_str(ctx.get(), k, v.get());
  Object* argv[] = {ctx.get()};
  if (!m_call_exception_handler(t, loop, CallArgs{argv, 1, nullptr})) t.take_exception();
  if (saved) t.set_exception(saved);
}

void run_callback(Thread& t, LoopObject* loop, Object* fn, const std::vector<Value>& args, Object* handle) {
  std::vector<Object*> argv;
  argv.reserve(args.size());
  for (auto& v : args) argv.push_back(v.get());
  Value r = call(t, fn, CallArgs{argv.data(), argv.size(), nullptr});
  if (r) return;
  Ref<BaseException> e = t.take_exception();
  if (e->type->is_subtype(exc::SystemExit) || e->type->is_subtype(exc::KeyboardInterrupt)) {
    if (!loop->fatal) loop->fatal = e;
    loop->loop->stop();
    return;
  }
  std::string what;
  if (Value q = lookup_attr(t, fn, intern("__qualname__").get()); q && q->type == str_type) {
    what = cast<Str>(q.get())->text + "()";
  } else if (t.has_exception()) {
    t.take_exception();
  }
  std::vector<std::pair<const char*, Value>> entries = {{"exception", e}};
  if (handle) entries.push_back({"handle", Value::borrow(handle)});
  call_exception_handler(t, loop, "Exception in callback " + what, std::move(entries));
}

void init_loop_types() {
  loop_type = new Type(type_type, "asyncio.unix_events._UnixSelectorEventLoop", object_type);
  loop_type->refcnt = kImmortal;
  loop_type->repr = loop_repr;
  loop_type->getattr = loop_getattr;
  loop_type->setattr = loop_setattr;
  add_method(loop_type, "set_task_factory", m_set_task_factory);
  add_method(loop_type, "get_task_factory", m_get_task_factory);
  add_method(loop_type, "call_soon", m_call_soon);
  add_method(loop_type, "call_soon_threadsafe", m_call_soon_threadsafe);
  add_method(loop_type, "call_later", m_call_later);
  add_method(loop_type, "call_at", m_call_at);
  add_method(loop_type, "time", m_time);
  add_method(loop_type, "create_future", m_create_future);
  add_method(loop_type, "create_task", m_create_task);
  add_method(loop_type, "run_forever", m_run_forever);
  add_method(loop_type, "run_until_complete", m_run_until_complete);
  add_method(loop_type, "stop", m_stop);
  add_method(loop_type, "close", m_close);
  add_method(loop_type, "is_running", m_is_running);
  add_method(loop_type, "is_closed", m_is_closed);
  add_method(loop_type, "get_debug", m_get_debug);
  add_method(loop_type, "set_debug", m_set_debug);
  add_method(loop_type, "shutdown_asyncgens", m_shutdown_asyncgens);
  add_method(loop_type, "shutdown_default_executor", m_shutdown_default_executor);
  add_method(loop_type, "run_in_executor", m_run_in_executor);
  add_method(loop_type, "set_default_executor", m_set_default_executor);
  add_method(loop_type, "set_exception_handler", m_set_exception_handler);
  add_method(loop_type, "get_exception_handler", m_get_exception_handler);
  add_method(loop_type, "default_exception_handler", m_default_exception_handler);
  add_method(loop_type, "call_exception_handler", m_call_exception_handler);
  inherit_slots(loop_type);

  handle_type = new Type(type_type, "asyncio.events.Handle", object_type);
  handle_type->refcnt = kImmortal;
  handle_type->repr = handle_repr;
  add_method(handle_type, "cancel", [](Thread&, Object* self, const CallArgs&) -> Value {
    auto* h = cast<HandleObject>(self);
    if (!h->handle.cancelled()) {
      h->callback.reset();
      h->args.clear();
    }
    h->handle.cancel();
    return none();
  });
  add_method(handle_type, "cancelled", [](Thread&, Object* self, const CallArgs&) -> Value {
    return boolean(cast<HandleObject>(self)->handle.cancelled());
  });
  inherit_slots(handle_type);
  timer_handle_type = new Type(type_type, "asyncio.events.TimerHandle", handle_type);
  timer_handle_type->refcnt = kImmortal;
  add_method(timer_handle_type, "when", [](Thread&, Object* self, const CallArgs&) -> Value {
    return make_float(cast<HandleObject>(self)->handle.when());
  });
  // Timer handles order by deadline (CPython's TimerHandle.__lt__ and friends).
  timer_handle_type->compare = [](Thread&, Object* a, Object* b, CompareOp op) -> Value {
    if (b->type != timer_handle_type) return Value::borrow(NotImplemented);
    double x = cast<HandleObject>(a)->handle.when(), y = cast<HandleObject>(b)->handle.when();
    switch (op) {
      case CompareOp::Lt: return boolean(x < y);
      case CompareOp::Gt: return boolean(x > y);
      case CompareOp::Le: return boolean(x < y || a == b);
      case CompareOp::Ge: return boolean(x > y || a == b);
      case CompareOp::Eq: return boolean(a == b);
      case CompareOp::Ne: return boolean(a != b);
    }
    return Value::borrow(NotImplemented);
  };
  inherit_slots(timer_handle_type);
}

}  // namespace py
