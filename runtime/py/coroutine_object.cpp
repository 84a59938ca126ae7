// The coroutine type (what calling an `async def` gives), coro.__await__()'s coroutine_wrapper,
// and the protocol lookups behind `await`, `async for` (GET_AWAITABLE, GET_AITER, GET_ANEXT).
// Suspension itself is the generator machinery: a coroutine is a Generator of another kind.
#include "py/abstract.hpp"
#include "py/vm.hpp"

namespace py {

void init_frame_generator_type(Type* ty, bool methods);

namespace {

Generator* G(Object* o) { return cast<Generator>(o); }

// coro.__await__(): an iterator over the same coroutine (send/throw/close go to it).
struct CoroutineWrapper : Object {
  Ref<Generator> coro;
  explicit CoroutineWrapper(Ref<Generator> c) : Object(coroutine_wrapper_type), coro(std::move(c)) {}
};
CoroutineWrapper* W(Object* o) { return cast<CoroutineWrapper>(o); }

Value coro_getattr(Thread& t, Object* o, Str* name) {
  Generator* g = G(o);
  const std::string& n = name->text;
  if (n == "cr_running") return boolean(g->running);
  if (n == "cr_suspended") return boolean(g->frame && g->started && !g->running);
  if (n == "cr_frame") return g->frame ? Value(boolean(true)) : none();
  if (n == "cr_await") {
    Object* d = generator_delegate(g);
    return d ? Value::borrow(d) : none();
  }
  if (n == "__name__" && g->name) return g->name;
  if (n == "__qualname__" && g->qualname) return g->qualname;
  return generic_getattr(t, o, name);
}

Value m_await(Thread&, Object* self, const CallArgs&) {
  return make<CoroutineWrapper>(Ref<Generator>::borrow(G(self)));
}

Value wrapper_next(Thread& t, Object* o) { return generator_send(t, W(o)->coro.get(), None); }

}  // namespace

bool mark_iterable_coroutine(Object* func) {
  if (func->type != function_type || !(cast<Function>(func)->code->flags & kGenerator)) return false;
  cast<Function>(func)->code->flags |= kIterableCoroutine;
  return true;
}

Value coroutine_wrapper_target(Object* wrapper) { return W(wrapper)->coro; }

Value get_awaitable(Thread& t, Object* o, int where) {
  Type* ty = o->type;
  if (ty == coroutine_type) {
    if (generator_delegate(G(o))) return t.raise(exc::RuntimeError, "coroutine is being awaited already");
    return Value::borrow(o);
  }
  // A generator of a types.coroutine function is awaited directly, as a coroutine is.
  if (ty == generator_type && G(o)->frame && (G(o)->frame->code->flags & kIterableCoroutine)) return Value::borrow(o);
  // Awaitables that are their own iterators (an async generator's asend/athrow objects).
  if (ty == async_generator_asend_type || ty == async_generator_athrow_type || ty == coroutine_wrapper_type ||
      ty == anext_awaitable_type) {
    return Value::borrow(o);
  }
  Object* method = ty->lookup("__await__");
  if (!method) {
    if (where == 1) {
      return t.raise(exc::TypeError, "'async with' received an object from __aenter__ that does not implement __await__: " + ty->name);
    }
    if (where == 2) {
      return t.raise(exc::TypeError, "'async with' received an object from __aexit__ that does not implement __await__: " + ty->name);
    }
    return t.raise(exc::TypeError, "object " + ty->name + " can't be used in 'await' expression");
  }
  Value it = call1(t, method, o);
  if (!it) return nullptr;
  if (it->type == coroutine_type) return t.raise(exc::TypeError, "__await__() returned a coroutine");
  if (!it->type->next) return t.raise(exc::TypeError, "__await__() returned non-iterator of type '" + type_name(it.get()) + "'");
  return it;
}

Value get_aiter(Thread& t, Object* o) {
  Object* method = o->type->lookup("__aiter__");
  if (!method) return t.raise(exc::TypeError, "'async for' requires an object with __aiter__ method, got " + type_name(o));
  Value it = call1(t, method, o);
  if (!it) return nullptr;
  if (!it->type->lookup("__anext__")) {
    return t.raise(exc::TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: " +
                                       type_name(it.get()));
  }
  return it;
}

Value get_anext_awaitable(Thread& t, Object* aiter) {
  if (aiter->type == async_generator_type) return async_generator_anext(t, G(aiter));
  Object* method = aiter->type->lookup("__anext__");
  if (!method) {
    return t.raise(exc::TypeError, "'async for' requires an iterator with __anext__ method, got " + type_name(aiter));
  }
  Value next = call1(t, method, aiter);
  if (!next) return nullptr;
  Value it = get_awaitable(t, next.get(), 0);
  if (!it) {
    Ref<BaseException> cause = t.take_exception();
    t.raise(exc::TypeError, "'async for' received an invalid object from __anext__: " + type_name(next.get()));
    t.exception()->cause = cause;
    t.exception()->context = cause;
    t.exception()->suppress_context = true;
    return nullptr;
  }
  return it;
}

void init_coroutine_types() {
  Type* ty = coroutine_type;
  init_frame_generator_type(ty, true);
  ty->getattr = coro_getattr;
  add_method(ty, "__await__", m_await);

  Type* w = coroutine_wrapper_type;
  w->iter = [](Thread&, Object* o) -> Value { return Value::borrow(o); };
  w->next = wrapper_next;
  add_method(w, "__iter__", [](Thread&, Object* self, const CallArgs&) -> Value { return Value::borrow(self); });
  add_method(w, "__next__", [](Thread& t, Object* self, const CallArgs&) -> Value { return wrapper_next(t, self); });
  add_method(w, "send", [](Thread& t, Object* self, const CallArgs& a) -> Value {
    if (a.nargs != 1) return t.raise(exc::TypeError, "coroutine_wrapper.send() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
    return generator_send(t, W(self)->coro.get(), a.arg(0));
  });
  add_method(w, "throw", [](Thread& t, Object* self, const CallArgs& a) -> Value {
    Value m = getattr(t, W(self)->coro.get(), "throw");
    if (!m) return nullptr;
    return call(t, m.get(), a);
  });
  add_method(w, "close", [](Thread& t, Object* self, const CallArgs&) -> Value {
    return generator_close(t, W(self)->coro.get());
  });
  inherit_slots(ty);  // hash, comparison: object's
  inherit_slots(w);
}

}  // namespace py
