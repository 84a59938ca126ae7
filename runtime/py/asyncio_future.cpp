// asyncio.Future over aio::FutureState<Value>, its await iterator, and the conversion of errors
// between Python exceptions and runtime errors. Messages and reprs are CPython's (_asyncio).
#include <cstdio>

#include "py/abstract.hpp"
#include "py/asyncio_objects.hpp"
#include "py/call_args.hpp"
#include "py/thread.hpp"

namespace py {

Type* future_type = nullptr;
Type* future_iter_type = nullptr;
namespace exc {
Type* CancelledError = nullptr;
Type* InvalidStateError = nullptr;
}  // namespace exc

// --- errors -------------------------------------------------------------------------------------

aio::Error to_aio_error(Ref<BaseException> exc) {
  auto info = std::make_shared<PyErrorInfo>();
  info->kind = exc->type->is_subtype(exc::CancelledError) ? aio::ErrorKind::Cancelled : aio::ErrorKind::Other;
  info->type_name = exc->type->name;
  info->exception = std::move(exc);
  return aio::Error(std::move(info));
}

Ref<BaseException> to_python_exception(const aio::Error& error) {
  if (auto* info = dynamic_cast<const PyErrorInfo*>(&error.info())) return info->exception;
  switch (error.kind()) {
    case aio::ErrorKind::Cancelled: return make_exception(exc::CancelledError, error.message());
    case aio::ErrorKind::InvalidState: return make_exception(exc::InvalidStateError, error.message());
    case aio::ErrorKind::Timeout: return make_exception(exc::TimeoutError, error.message());
    case aio::ErrorKind::Value: return make_exception(exc::ValueError, error.message());
    default: return make_exception(exc::RuntimeError, error.message());
  }
}

// --- Future -------------------------------------------------------------------------------------

// (Re)binds a future to a loop (Future.__init__).
bool bind_loop(Thread& t, FutureObject* f, Object* loop);

namespace {

FutureObject* F(Object* o) { return cast<FutureObject>(o); }

const char* state_name(const FutureObject* f) {
  switch (f->state->status()) {
    case aio::FutureStatus::Pending: return "PENDING";
    case aio::FutureStatus::Cancelled: return "CANCELLED";
    default: return "FINISHED";
  }
}

// The CancelledError a cancelled future gives. A task cancelled by the CancelledError its
// coroutine raised hands that very exception out once, then a fresh one without the message
// (CPython's _make_cancelled_error consumes _cancelled_exc).
Ref<BaseException> cancelled_error(FutureObject* f) {
  const aio::Error& e = *f->state->error();
  if (!dynamic_cast<const PyErrorInfo*>(&e.info())) return to_python_exception(e);
  if (f->cancelled_exc_taken) return make_exception(exc::CancelledError, "");
  f->cancelled_exc_taken = true;
  return to_python_exception(e);
}

// Raises the stored error of a done future (its CancelledError when cancelled).
std::nullptr_t raise_error(Thread& t, FutureObject* f) {
  t.set_exception(f->state->cancelled() ? cancelled_error(f) : to_python_exception(*f->state->error()));
  return nullptr;
}

Value m_result(Thread& t, Object* self, const CallArgs&) { return future_result(t, F(self)); }

Value m_exception(Thread& t, Object* self, const CallArgs&) {
  FutureObject* f = F(self);
  if (!f->state->done()) return t.raise(exc::InvalidStateError, "Exception is not set.");
  if (f->state->cancelled()) return raise_error(t, f);
  f->log_traceback = false;
  if (!f->state->error()) return none();
  return to_python_exception(*f->state->error());
}

Value m_set_result(Thread& t, Object* self, const CallArgs& a) {
  if (!arity(t, a, "set_result", 1, 1)) return nullptr;
  if (!future_set_result(t, F(self), a.arg(0))) return nullptr;
  return none();
}

Value m_set_exception(Thread& t, Object* self, const CallArgs& a) {
  if (!arity(t, a, "set_exception", 1, 1)) return nullptr;
  if (!future_set_exception(t, F(self), a.arg(0))) return nullptr;
  return none();
}

bool cancel_message(Thread& t, const CallArgs& a, std::string* out) {
  if (!check_kwargs(t, a, "cancel", {"msg"})) return false;
  Object* msg = a.nargs ? a.arg(0) : kwarg(a, "msg");
  if (msg && msg != None) return str_text(t, msg, out);
  return true;
}

Value m_cancel(Thread& t, Object* self, const CallArgs& a) {
  std::string msg;
  if (!cancel_message(t, a, &msg)) return nullptr;
  FutureObject* f = F(self);
  f->log_traceback = false;
  // The plain cancel (an override calling super().cancel() must not come back to itself).
  return boolean(f->state->FutureBase::cancel(std::move(msg)));
}

// Future.__init__(*, loop=None): what a derived class's super().__init__(loop=loop) calls.
Value m_init(Thread& t, Object* self, const CallArgs& a) {
  if (!check_kwargs(t, a, "Future", {"loop"})) return nullptr;
  if (a.nargs) return t.raise(exc::TypeError, "Future() takes no positional arguments");
  if (!bind_loop(t, F(self), kwarg(a, "loop"))) return nullptr;
  return none();
}

Value m_cancelled(Thread&, Object* self, const CallArgs&) { return boolean(F(self)->state->cancelled()); }
Value m_done(Thread&, Object* self, const CallArgs&) { return boolean(F(self)->state->done()); }
Value m_get_loop(Thread&, Object* self, const CallArgs&) { return F(self)->loop; }

Value m_add_done_callback(Thread& t, Object* self, const CallArgs& a) {
  if (!check_kwargs(t, a, "add_done_callback", {"context"})) return nullptr;
  if (!arity(t, a, "add_done_callback", 1, 1)) return nullptr;
  FutureObject* f = F(self);
  Value fn = Value::borrow(a.arg(0));
  // The callback holds the future: CPython calls fn(future) even if nobody else holds it.
  auto owner = Ref<FutureObject>::borrow(f);
  uint64_t token = f->state->add_done_callback([owner, fn](aio::FutureBase&) {
    LoopObject* loop = owner->loop.get();
    auto& cbs = owner->callbacks;
    for (size_t i = 0; i < cbs.size(); ++i) {
      if (cbs[i].fn == fn) {
        cbs.erase(cbs.begin() + static_cast<long>(i));
        break;
      }
    }
    run_callback(*loop->thread, loop, fn.get(), {owner}, nullptr);
  });
  if (!f->state->done()) f->callbacks.push_back({token, fn});
  return none();
}

Value m_remove_done_callback(Thread& t, Object* self, const CallArgs& a) {
  if (!arity(t, a, "remove_done_callback", 1, 1)) return nullptr;
  FutureObject* f = F(self);
  int64_t removed = 0;
  for (size_t i = 0; i < f->callbacks.size();) {
    int eq = equals(t, f->callbacks[i].fn.get(), a.arg(0));
    if (eq < 0) return nullptr;
    if (eq) {
      f->state->remove_done_callback(f->callbacks[i].token);
      f->callbacks.erase(f->callbacks.begin() + static_cast<long>(i));
      ++removed;
    } else {
      ++i;
    }
  }
  return make_int(removed);
}

Value m_make_cancelled_error(Thread& t, Object* self, const CallArgs&) {
  FutureObject* f = F(self);
  if (!f->state->cancelled()) return t.raise(exc::InvalidStateError, "the future is not cancelled");
  return cancelled_error(f);
}

// Future.__await__ / __iter__: an iterator that yields the future itself while it is pending
// (the task then waits for it), and finishes with its result.
struct FutureIter : Object {
  Ref<FutureObject> future;
  explicit FutureIter(Ref<FutureObject> f) : Object(future_iter_type), future(std::move(f)) {}
};

Value m_await(Thread&, Object* self, const CallArgs&) { return make<FutureIter>(Ref<FutureObject>::borrow(F(self))); }

Value future_iter_next(Thread& t, Object* o) {
  auto* it = cast<FutureIter>(o);
  FutureObject* f = it->future.get();
  if (!f->state->done()) {
    // As CPython: the task that receives the future clears the flag, so a second task driving
    // the same coroutine is handed the future again (and both wait for it).
    if (f->asyncio_future_blocking) return t.raise(exc::RuntimeError, "await wasn't used with future");
    f->asyncio_future_blocking = true;
    return it->future;
  }
  Value r = future_result(t, f);
  if (!r) return nullptr;
  std::vector<Value> args;
  args.push_back(std::move(r));
  t.set_exception(make<BaseException>(exc::StopIteration, make_tuple(std::move(args))));
  return nullptr;
}

}  // namespace

// "pending", "cancelled", "finished result=1", plus " cb=[...]": the inside of a future's repr,
// shared with Task's.
bool future_repr_info(Thread& t, FutureObject* f, std::string* out) {
  switch (f->state->status()) {
    case aio::FutureStatus::Pending: *out += "pending"; break;
    case aio::FutureStatus::Cancelled: *out += "cancelled"; break;
    case aio::FutureStatus::Finished:
      *out += "finished";
      if (f->state->error()) {
        *out += " exception=";
        std::string text;
      if (!repr_text(t, to_python_exception(*f->state->error()).get(), &text)) return false;
      *out += text;
      } else {
        *out += " result=";
        Value v = f->state->result().value();
        if (!reprlib_repr(t, v.get(), out)) return false;
      }
      break;
  }
  size_t tasks = f->state->task_waiter_count();
  if (!f->callbacks.empty() || tasks) {
    *out += " cb=[";
    for (size_t i = 0; i < tasks; ++i) *out += i ? ", Task.task_wakeup()" : "Task.task_wakeup()";
    for (size_t i = 0; i < f->callbacks.size(); ++i) {
      if (i || tasks) *out += ", ";
      if (!format_callback_source(t, f->callbacks[i].fn.get(), {}, out)) return false;
    }
    *out += "]";
  }
  return true;
}

namespace {

Value future_repr(Thread& t, Object* o) {
  std::string out = "<" + short_type_name(o->type) + " ";
  if (!future_repr_info(t, F(o), &out)) return nullptr;
  return make_str(out + ">");
}

Value future_getattr(Thread& t, Object* o, Str* name) {
  FutureObject* f = F(o);
  const std::string& n = name->text;
  if (n == "_asyncio_future_blocking") return boolean(f->asyncio_future_blocking);
  if (n == "_state") return make_str(state_name(f));
  if (n == "_loop") return f->loop;
  if (n == "_log_traceback") return boolean(f->log_traceback);
  return generic_getattr(t, o, name);
}

bool future_setattr(Thread& t, Object* o, Str* name, Object* value) {
  FutureObject* f = F(o);
  if (name->text == "_asyncio_future_blocking" || name->text == "_log_traceback") {
    int b = value ? truth(t, value) : 0;
    if (b < 0) return false;
    (name->text == "_log_traceback" ? f->log_traceback : f->asyncio_future_blocking) = b == 1;
    return true;
  }
  return generic_setattr(t, o, name, value);
}

// The loop a future made without one belongs to: the running loop, else the current one
// (made on first use, as get_event_loop() does).
LoopObject* default_loop(Thread& t) {
  if (LoopObject* loop = running_loop(t)) return loop;
  AsyncioState& st = asyncio_state(t);
  if (st.current.get() == None) st.current = new_event_loop(t);
  return cast<LoopObject>(st.current.get());
}

Value future_new(Thread& t, Type*, const CallArgs& a) {
  if (!check_kwargs(t, a, "Future", {"loop"})) return nullptr;
  if (a.nargs) return t.raise(exc::TypeError, "Future() takes no positional arguments");
  Object* loop = kwarg(a, "loop");
  if (loop && loop != None && loop->type != loop_type) return t.raise(exc::TypeError, "loop must be an event loop");
  return make_future(loop && loop != None ? cast<LoopObject>(loop) : default_loop(t));
}

// A Python class derived from Future: a future of the default loop, typed as that class.
Value future_alloc(Thread& t, Type* cls) {
  Ref<FutureObject> f = make_future(default_loop(t));
  f->type = cls;
  f->heap_type = Ref<Type>::borrow(cls);
  return f;
}

Dict* future_dict(Object* o) {
  FutureObject* f = F(o);
  if (!f->dict) f->dict = make_dict();
  return f->dict.get();
}

}  // namespace

bool bind_loop(Thread& t, FutureObject* f, Object* loop) {
  if (!loop || loop == None) return true;  // keeps the default loop it was made with
  if (loop->type != loop_type) {
    t.raise(exc::TypeError, "loop must be an event loop");
    return false;
  }
  if (loop == f->loop.get()) return true;
  if (f->state->done()) {
    t.raise(exc::InvalidStateError, "invalid state");
    return false;
  }
  f->loop = Ref<LoopObject>::borrow(cast<LoopObject>(loop));
  f->state = std::make_shared<PyFutureState>(*f->loop->loop, f);
  return true;
}

bool PyFutureState::cancel(std::string msg) {
  if (owner && !owner->type->is_builtin) {
    Object* override = owner->type->lookup("cancel");
    if (override && override->type == function_type) {
      Thread& t = *owner->loop->thread;
      Ref<BaseException> saved = t.take_exception();
      Value m = msg.empty() ? none() : Value(make_str(msg));
      Object* argv[] = {owner, m.get()};
      Value r = call(t, override, CallArgs{argv, 2, nullptr});
      int yes = r ? truth(t, r.get()) : -1;
      if (yes < 0) t.take_exception();  // nowhere to report it, as a failing callback
      if (saved) t.set_exception(saved);
      return yes == 1;
    }
  }
  return FutureBase::cancel(std::move(msg));
}

FutureObject::FutureObject(Type* type, Ref<LoopObject> l) : Object(type), loop(std::move(l)) {}

FutureObject::~FutureObject() {
  if (auto* p = dynamic_cast<PyFutureState*>(state.get())) p->owner = nullptr;
}

void FutureObject::finalize() { log_unretrieved(); }

// An exception nobody looked at: CPython logs it when the future is collected.
void FutureObject::log_unretrieved() {
  if (!log_traceback || !loop || !state || !state->error() || state->cancelled()) return;
  log_traceback = false;
  Thread& t = *loop->thread;
  const char* what = type->is_subtype(task_type) ? "Task exception was never retrieved" : "Future exception was never retrieved";
  call_exception_handler(t, loop.get(), what, {{"future", Value::borrow(this)}, {"exception", to_python_exception(*state->error())}});
}

bool is_future(Object* o) { return o->type->is_subtype(future_type); }

Ref<FutureObject> make_future(LoopObject* loop) {
  auto f = make<FutureObject>(future_type, Ref<LoopObject>::borrow(loop));
  f->state = std::make_shared<PyFutureState>(*loop->loop, f.get());
  return f;
}

bool future_set_result(Thread& t, FutureObject* f, Object* value) {
  if (f->state->done()) {
    t.raise(exc::InvalidStateError, "invalid state");
    return false;
  }
  f->callbacks.clear();  // scheduled now: no longer removable
  (void)f->state->set_result(Value::borrow(value));
  return true;
}

bool future_set_exception(Thread& t, FutureObject* f, Object* exc_or_type) {
  if (f->state->done()) {
    t.raise(exc::InvalidStateError, "invalid state");
    return false;
  }
  Value e = Value::borrow(exc_or_type);
  if (e->type == type_type) {
    e = call0(t, e.get());
    if (!e) return false;
  }
  if (!e->type->is_subtype(exc::BaseException)) {
    t.raise(exc::TypeError, "invalid exception object");
    return false;
  }
  if (e->type->is_subtype(exc::StopIteration)) {
    t.raise(exc::TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future");
    return false;
  }
  f->callbacks.clear();
  (void)f->state->set_exception(to_aio_error(Ref<BaseException>::borrow(cast<BaseException>(e.get()))));
  f->log_traceback = true;
  return true;
}

Value future_result(Thread& t, FutureObject* f) {
  if (!f->state->done()) return t.raise(exc::InvalidStateError, "Result is not set.");
  if (f->state->cancelled()) return raise_error(t, f);
  f->log_traceback = false;
  if (f->state->error()) return raise_error(t, f);
  return f->state->result().value();
}

// Methods shared by Future and Task (Task overrides cancel and repr).
void init_future_methods(Type* ty) {
  add_method(ty, "result", m_result);
  add_method(ty, "exception", m_exception);
  add_method(ty, "set_result", m_set_result);
  add_method(ty, "set_exception", m_set_exception);
  add_method(ty, "cancel", m_cancel);
  add_method(ty, "cancelled", m_cancelled);
  add_method(ty, "done", m_done);
  add_method(ty, "get_loop", m_get_loop);
  add_method(ty, "add_done_callback", m_add_done_callback);
  add_method(ty, "remove_done_callback", m_remove_done_callback);
  add_method(ty, "_make_cancelled_error", m_make_cancelled_error);
  add_method(ty, "__await__", m_await);
  add_method(ty, "__iter__", m_await);
  add_method(ty, "__init__", m_init);
}

void init_future_types() {
  auto make_type = [](const char* name, Type* base) {
    auto* ty = new Type(type_type, name, base);
    ty->refcnt = kImmortal;
    return ty;
  };
  exc::CancelledError = make_type("CancelledError", exc::BaseException);
  exc::InvalidStateError = make_type("InvalidStateError", exc::Exception);
  for (Type* e : {exc::CancelledError, exc::InvalidStateError}) {
    e->is_base_exception = true;
    inherit_slots(e);
    if (!e->dict) e->dict = make_dict();
    dict_set_str(e->dict.get(), "__module__", intern("asyncio.exceptions").get());  // where CPython defines them
  }

  future_type = make_type("_asyncio.Future", object_type);
  future_type->repr = future_repr;
  future_type->getattr = future_getattr;
  future_type->setattr = future_setattr;
  future_type->construct = future_new;
  future_type->alloc = future_alloc;
  future_type->instance_dict = future_dict;
  future_type->iter = [](Thread&, Object* o) -> Value { return make<FutureIter>(Ref<FutureObject>::borrow(F(o))); };
  init_future_methods(future_type);
  inherit_slots(future_type);

  future_iter_type = make_type("_asyncio.FutureIter", object_type);
  future_iter_type->iter = [](Thread&, Object* o) -> Value { return Value::borrow(o); };
  future_iter_type->next = future_iter_next;
  add_method(future_iter_type, "send", [](Thread& t, Object* self, const CallArgs& a) -> Value {
    if (a.nargs == 1 && a.arg(0) != None) return t.raise(exc::TypeError, "can't send non-None value to a FutureIter");
    Value r = future_iter_next(t, self);
    if (!r && !t.has_exception()) t.set_exception(make_exception(exc::StopIteration, ""));
    return r;
  });
  inherit_slots(future_iter_type);
}

}  // namespace py
