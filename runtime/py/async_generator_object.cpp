// Async generators (`async def` with `yield`): the async_generator object and the awaitables its
// methods return — async_generator_asend (__anext__, asend) and async_generator_athrow (athrow,
// aclose) — with CPython's state machine and messages.
//
// The generator's frame yields two kinds of values: those of an `await` inside it (futures, for
// the event loop: passed up unchanged) and those of its own `yield v` (YIELD_VALUE with arg 1
// sets Generator::ag_wrapped): these complete the pending asend/athrow with StopIteration(v).
#include <atomic>

#include "py/abstract.hpp"
#include "py/vm.hpp"

namespace py {

namespace {
// Set once by the asyncio core at start-up (the same function for every interpreter).
std::atomic<AsyncGenHooksLookup> g_hooks_lookup{nullptr};
}  // namespace

void set_asyncgen_hooks_lookup(AsyncGenHooksLookup lookup) { g_hooks_lookup.store(lookup); }

AsyncGenHooks* asyncgen_hooks(Thread& t) {
  AsyncGenHooksLookup lookup = g_hooks_lookup.load();
  return lookup ? lookup(t) : nullptr;
}

void init_frame_generator_type(Type* ty, bool methods);

namespace {

enum class AwaitState : uint8_t { Init, Iter, Closed };

struct ASend : Object {
  Ref<Generator> gen;
  Value sendval;
  AwaitState state = AwaitState::Init;
  ASend(Ref<Generator> g, Value v) : Object(async_generator_asend_type), gen(std::move(g)), sendval(std::move(v)) {}
};

struct AThrow : Object {
  Ref<Generator> gen;
  std::vector<Value> args;  // athrow(typ, val, tb)'s arguments; empty for aclose()
  bool is_close;
  AwaitState state = AwaitState::Init;
  AThrow(Ref<Generator> g, std::vector<Value> a, bool close)
      : Object(async_generator_athrow_type), gen(std::move(g)), args(std::move(a)), is_close(close) {}
};

Generator* G(Object* o) { return cast<Generator>(o); }

// The first __anext__/asend/athrow/aclose: the firstiter hook, if asyncio set one.
void init_hooks(Thread& t, Generator* g) {
  if (g->ag_hooks_inited) return;
  g->ag_hooks_inited = true;
  AsyncGenHooks* hooks = asyncgen_hooks(t);
  if (hooks && hooks->firstiter) hooks->firstiter(t, g);
}

Value raise_stop_iteration(Thread& t, Value v) {
  std::vector<Value> args;
  if (v.get() != None) args.push_back(std::move(v));
  t.set_exception(make<BaseException>(exc::StopIteration, make_tuple(std::move(args))));
  return nullptr;
}

// What the generator's step means for the awaitable driving it (CPython's
// async_gen_unwrap_value): a `yield v` completes it with v, returning or raising ends the
// generator, anything else is an awaited value passed up to the event loop.
Value unwrap(Thread& t, Generator* g, Value r) {
  if (!r || !g->frame) {
    if (r) t.set_exception(make<BaseException>(exc::StopAsyncIteration, make_tuple({})));
    if (t.exception_matches(exc::StopAsyncIteration) || t.exception_matches(exc::GeneratorExit)) g->ag_closed = true;
    g->ag_running_async = false;
    return nullptr;
  }
  if (g->ag_wrapped) {
    g->ag_wrapped = false;
    g->ag_running_async = false;
    return raise_stop_iteration(t, std::move(r));
  }
  return r;
}

// ---- asend ------------------------------------------------------------------------------------

Value asend_send(Thread& t, ASend* o, Object* arg) {
  if (o->state == AwaitState::Closed) return t.raise(exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Generator* g = o->gen.get();
  if (o->state == AwaitState::Init) {
    if (g->ag_running_async) {
      o->state = AwaitState::Closed;
      return t.raise(exc::RuntimeError, "anext(): asynchronous generator is already running");
    }
    if (!arg || arg == None) arg = o->sendval.get();
    o->state = AwaitState::Iter;
  }
  if (!arg) arg = None;  // next(): resumes the pending yield / await with None
  g->ag_running_async = true;
  Value r = unwrap(t, g, generator_resume(t, g, arg, false));
  if (!r) o->state = AwaitState::Closed;
  return r;
}

Value asend_throw(Thread& t, ASend* o, const CallArgs& a) {
  if (o->state == AwaitState::Closed) return t.raise(exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Generator* g = o->gen.get();
  if (!set_thrown_exception(t, a, "throw", g)) return nullptr;
  Value r = unwrap(t, g, generator_throw(t, g));
  if (!r) o->state = AwaitState::Closed;
  return r;
}

// ---- athrow / aclose --------------------------------------------------------------------------

Value athrow_ignored_exit(Thread& t, AThrow* o) {
  o->gen->ag_running_async = false;
  o->state = AwaitState::Closed;
  return t.raise(exc::RuntimeError, "async generator ignored GeneratorExit");
}

// The generator stopped with an exception: aclose() is then done (StopIteration) when it was
// GeneratorExit or StopAsyncIteration.
Value athrow_check_error(Thread& t, AThrow* o) {
  o->gen->ag_running_async = false;
  o->state = AwaitState::Closed;
  if (o->is_close && (t.exception_matches(exc::StopAsyncIteration) || t.exception_matches(exc::GeneratorExit))) {
    t.take_exception();
    return raise_stop_iteration(t, none());
  }
  return nullptr;
}

// aclose()'s view of a step: a `yield` means the generator ignored GeneratorExit.
Value athrow_close_step(Thread& t, AThrow* o, Value r) {
  Generator* g = o->gen.get();
  if (r && g->frame) {
    if (g->ag_wrapped) {
      g->ag_wrapped = false;
      return athrow_ignored_exit(t, o);
    }
    return r;
  }
  if (r) t.set_exception(make<BaseException>(exc::StopAsyncIteration, make_tuple({})));  // returned
  return athrow_check_error(t, o);
}

Value athrow_send(Thread& t, AThrow* o, Object* arg) {
  if (o->state == AwaitState::Closed) return t.raise(exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Generator* g = o->gen.get();
  if (!g->frame) {
    o->state = AwaitState::Closed;
    return raise_stop_iteration(t, none());
  }
  if (o->state == AwaitState::Init) {
    if (g->ag_running_async) {
      o->state = AwaitState::Closed;
      return t.raise(exc::RuntimeError, o->is_close ? "aclose(): asynchronous generator is already running"
                                                    : "athrow(): asynchronous generator is already running");
    }
    if (g->ag_closed) {
      o->state = AwaitState::Closed;
      t.set_exception(make<BaseException>(exc::StopAsyncIteration, make_tuple({})));
      return nullptr;
    }
    if (arg && arg != None) return t.raise(exc::RuntimeError, "can't send non-None value to a just-started coroutine");
    o->state = AwaitState::Iter;
    g->ag_running_async = true;
    if (o->is_close) {
      g->ag_closed = true;
      t.set_exception(make_exception(exc::GeneratorExit, ""));
      return athrow_close_step(t, o, generator_throw(t, g));
    }
    std::vector<Object*> argv;
    for (auto& v : o->args) argv.push_back(v.get());
    if (!set_thrown_exception(t, CallArgs{argv.data(), argv.size(), nullptr}, "athrow", g)) return athrow_check_error(t, o);
    Value r = unwrap(t, g, generator_throw(t, g));
    if (!r) return athrow_check_error(t, o);
    return r;
  }
  Value r = generator_resume(t, g, arg ? arg : None, false);
  if (o->is_close) return athrow_close_step(t, o, std::move(r));
  r = unwrap(t, g, std::move(r));
  if (!r) return athrow_check_error(t, o);
  return r;
}

Value athrow_throw(Thread& t, AThrow* o, const CallArgs& a) {
  if (o->state == AwaitState::Closed) return t.raise(exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Generator* g = o->gen.get();
  if (!set_thrown_exception(t, a, "throw", g)) return nullptr;
  Value r = generator_throw(t, g);
  if (!o->is_close) return unwrap(t, g, std::move(r));
  if (r && g->frame && g->ag_wrapped) {
    g->ag_wrapped = false;
    return athrow_ignored_exit(t, o);
  }
  if (r && !g->frame) t.set_exception(make<BaseException>(exc::StopAsyncIteration, make_tuple({})));
  if (!r || !g->frame) {
    if (t.exception_matches(exc::StopAsyncIteration) || t.exception_matches(exc::GeneratorExit)) {
      t.take_exception();
      return raise_stop_iteration(t, none());
    }
    return nullptr;
  }
  return r;
}

// ---- the async generator ----------------------------------------------------------------------

Value m_anext(Thread& t, Object* self, const CallArgs&) { return async_generator_anext(t, G(self)); }

Value m_asend(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "async_generator.asend() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  init_hooks(t, G(self));
  return make<ASend>(Ref<Generator>::borrow(G(self)), Value::borrow(a.arg(0)));
}

Value m_athrow(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs < 1 || a.nargs > 3) return t.raise(exc::TypeError, "athrow expected at least 1 argument, got " + std::to_string(a.nargs));
  init_hooks(t, G(self));
  std::vector<Value> args;
  for (size_t i = 0; i < a.nargs; ++i) args.push_back(Value::borrow(a.arg(i)));
  return make<AThrow>(Ref<Generator>::borrow(G(self)), std::move(args), false);
}

Value m_aclose(Thread& t, Object* self, const CallArgs&) {
  init_hooks(t, G(self));
  return make<AThrow>(Ref<Generator>::borrow(G(self)), std::vector<Value>{}, true);
}

Value agen_getattr(Thread& t, Object* o, Str* name) {
  Generator* g = G(o);
  const std::string& n = name->text;
  if (n == "ag_running") return boolean(g->ag_running_async);
  if (n == "ag_frame") return g->frame ? Value(boolean(true)) : none();
  if (n == "ag_await") {
    Object* d = generator_delegate(g);
    return d ? Value::borrow(d) : none();
  }
  if (n == "__name__" && g->name) return g->name;
  if (n == "__qualname__" && g->qualname) return g->qualname;
  return generic_getattr(t, o, name);
}

Value self_fn(Thread&, Object* self, const CallArgs&) { return Value::borrow(self); }

}  // namespace

// ---- aiter() and anext() ----------------------------------------------------------------------

namespace {

// anext(it, default): awaits it.__anext__(), StopAsyncIteration becoming the default value.
struct AnextAwaitable : Object {
  Value wrapped;  // what __anext__() returned
  Value iter;     // its awaitable iterator, once awaited (a coroutine: itself)
  Value default_value;
  AnextAwaitable(Value w, Value d)
      : Object(anext_awaitable_type), wrapped(std::move(w)), default_value(std::move(d)) {}
};

// One step of the wrapped awaitable: `how` 0 next, 1 send(arg), 2 throw(args), 3 close().
Value anext_step(Thread& t, AnextAwaitable* o, int how, Object* arg, const CallArgs* args) {
  if (!o->iter) {
    Object* w = o->wrapped.get();
    o->iter = w->type == coroutine_type ? Value::borrow(w) : get_awaitable(t, w, 0);
    if (!o->iter) return nullptr;
  }
  Object* it = o->iter.get();
  Value r;
  if (how == 0 && it->type != coroutine_type) {
    r = it->type->next(t, it);
    if (!r && !t.has_exception()) return raise_stop_iteration(t, none());
  } else if (how <= 1 && it->type == coroutine_type) {
    r = generator_send(t, G(it), arg ? arg : None);
  } else {
    const char* name = how == 1 ? "send" : how == 2 ? "throw" : "close";
    Value m = getattr(t, it, name);
    if (!m) return nullptr;
    r = how == 1 ? call1(t, m.get(), arg) : how == 2 ? call(t, m.get(), *args) : call0(t, m.get());
  }
  if (!r && t.exception_matches(exc::StopAsyncIteration)) {
    t.take_exception();
    return raise_stop_iteration(t, o->default_value);
  }
  return r;
}

AnextAwaitable* AN(Object* o) { return cast<AnextAwaitable>(o); }

}  // namespace

Value builtin_aiter(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 1 || a.nkw()) return t.raise(exc::TypeError, "aiter() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  Object* o = a.arg(0);
  Object* method = o->type->lookup("__aiter__");
  if (!method) return t.raise(exc::TypeError, "'" + type_name(o) + "' object is not an async iterable");
  Value it = call1(t, method, o);
  if (!it) return nullptr;
  if (!it->type->lookup("__anext__")) {
    return t.raise(exc::TypeError, "aiter() returned not an async iterator of type '" + type_name(it.get()) + "'");
  }
  return it;
}

Value builtin_anext(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs < 1 || a.nkw()) return t.raise(exc::TypeError, "anext expected at least 1 argument, got " + std::to_string(a.nargs));
  if (a.nargs > 2) return t.raise(exc::TypeError, "anext expected at most 2 arguments, got " + std::to_string(a.nargs));
  Object* o = a.arg(0);
  Value awaitable;
  if (o->type == async_generator_type) {
    awaitable = async_generator_anext(t, G(o));
  } else {
    Object* method = o->type->lookup("__anext__");
    if (!method) return t.raise(exc::TypeError, "'" + type_name(o) + "' object is not an async iterator");
    awaitable = call1(t, method, o);
  }
  if (!awaitable || a.nargs == 1) return awaitable;
  return make<AnextAwaitable>(std::move(awaitable), Value::borrow(a.arg(1)));
}

Value async_generator_anext(Thread& t, Generator* agen) {
  init_hooks(t, agen);
  return make<ASend>(Ref<Generator>::borrow(agen), none());
}

void init_async_generator_types() {
  Type* ty = async_generator_type;
  init_frame_generator_type(ty, false);
  ty->getattr = agen_getattr;
  add_method(ty, "__aiter__", self_fn);
  add_method(ty, "__anext__", m_anext);
  add_method(ty, "asend", m_asend);
  add_method(ty, "athrow", m_athrow);
  add_method(ty, "aclose", m_aclose);

  Type* s = async_generator_asend_type;
  s->iter = [](Thread&, Object* o) -> Value { return Value::borrow(o); };
  s->next = [](Thread& t, Object* o) -> Value { return asend_send(t, cast<ASend>(o), nullptr); };
  add_method(s, "__await__", self_fn);
  add_method(s, "__iter__", self_fn);
  add_method(s, "__next__", [](Thread& t, Object* self, const CallArgs&) -> Value { return asend_send(t, cast<ASend>(self), nullptr); });
  add_method(s, "send", [](Thread& t, Object* self, const CallArgs& a) -> Value {
    if (a.nargs != 1) return t.raise(exc::TypeError, "async_generator_asend.send() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
    return asend_send(t, cast<ASend>(self), a.arg(0));
  });
  add_method(s, "throw", [](Thread& t, Object* self, const CallArgs& a) -> Value { return asend_throw(t, cast<ASend>(self), a); });
  add_method(s, "close", [](Thread&, Object* self, const CallArgs&) -> Value {
    cast<ASend>(self)->state = AwaitState::Closed;
    return none();
  });

  Type* th = async_generator_athrow_type;
  th->iter = [](Thread&, Object* o) -> Value { return Value::borrow(o); };
  th->next = [](Thread& t, Object* o) -> Value { return athrow_send(t, cast<AThrow>(o), nullptr); };
  add_method(th, "__await__", self_fn);
  add_method(th, "__iter__", self_fn);
  add_method(th, "__next__", [](Thread& t, Object* self, const CallArgs&) -> Value { return athrow_send(t, cast<AThrow>(self), nullptr); });
  add_method(th, "send", [](Thread& t, Object* self, const CallArgs& a) -> Value {
    if (a.nargs != 1) return t.raise(exc::TypeError, "async_generator_athrow.send() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
    return athrow_send(t, cast<AThrow>(self), a.arg(0));
  });
  add_method(th, "throw", [](Thread& t, Object* self, const CallArgs& a) -> Value { return athrow_throw(t, cast<AThrow>(self), a); });
  add_method(th, "close", [](Thread&, Object* self, const CallArgs&) -> Value {
    cast<AThrow>(self)->state = AwaitState::Closed;
    return none();
  });
  Type* an = anext_awaitable_type;
  an->iter = [](Thread&, Object* o) -> Value { return Value::borrow(o); };
  an->next = [](Thread& t, Object* o) -> Value { return anext_step(t, AN(o), 0, nullptr, nullptr); };
  add_method(an, "__await__", self_fn);
  add_method(an, "__iter__", self_fn);
  add_method(an, "__next__", [](Thread& t, Object* self, const CallArgs&) -> Value { return anext_step(t, AN(self), 0, nullptr, nullptr); });
  add_method(an, "send", [](Thread& t, Object* self, const CallArgs& a) -> Value {
    if (a.nargs != 1) return t.raise(exc::TypeError, "anext_awaitable.send() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
    return anext_step(t, AN(self), 1, a.arg(0), nullptr);
  });
  add_method(an, "throw", [](Thread& t, Object* self, const CallArgs& a) -> Value { return anext_step(t, AN(self), 2, nullptr, &a); });
  add_method(an, "close", [](Thread& t, Object* self, const CallArgs&) -> Value { return anext_step(t, AN(self), 3, nullptr, nullptr); });
  for (Type* x : {ty, s, th, an}) inherit_slots(x);  // hash, comparison: object's
}

}  // namespace py
