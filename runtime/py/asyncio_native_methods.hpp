// Helpers for the native methods of asyncio's Python classes (Queue, Lock, Event, Semaphore):
// their hot methods are C++ functions placed in the Python class (asyncio_queue.cpp,
// asyncio_locks.cpp), which read and write the same instance attributes as CPython's code.
// Each call a method makes on `self` still goes through the attribute it names, so a subclass
// (or an instance attribute) overriding `_get`, `qsize`, `locked`, … is honoured; only when the
// attribute is our own native method does the call happen inline.
#pragma once

#include <cstdint>

#include "py/abstract.hpp"
#include "py/asyncio_objects.hpp"
#include "py/call_args.hpp"
#include "py/deque_object.hpp"

namespace py::aio_native {

// The attribute dict of an instance of a Python class (null for built-in objects).
inline Dict* own_dict(Object* o) {
  if (o->type->instance_dict) return o->type->instance_dict(o);
  if (!o->type->is_builtin && !o->type->is_base_exception) return cast<Instance>(o)->dict.get();
  return nullptr;
}

// An attribute or method name, with where it was found last time (per thread): the position in
// an instance dict (instances made by the same __init__ lay their attributes out alike) and in
// the class's own dict. A position is only a hint, checked (same key object there) before use;
// names are interned, so the key objects are the very Str of the name.
struct Name {
  static constexpr uint32_t kNone = UINT32_MAX;
  Str* str;
  uint32_t in_instance = kNone;
  uint32_t in_type = kNone;
  explicit Name(const char* text) : str(intern(text).get()) {}
};

// d[name] (borrowed, null when absent), trying the hinted position first.
inline Dict::Entry* find_entry(Dict* d, Name& name, uint32_t& hint) {
  if (hint < d->entries.size()) {
    Dict::Entry& e = d->entries[hint];
    if (e.key.get() == name.str) return &e;
  }
  if (!dict_get_str(d, name.str)) return nullptr;
  for (size_t i = 0; i < d->entries.size(); ++i) {
    if (d->entries[i].key.get() == name.str) {
      hint = static_cast<uint32_t>(i);
      return &d->entries[i];
    }
  }
  return nullptr;  // present under an equal but distinct key object: no hint, no shortcut
}
inline Object* dict_get_hinted(Dict* d, Name& name, uint32_t& hint) {
  if (Dict::Entry* e = find_entry(d, name, hint)) return e->value.get();
  return dict_get_str(d, name.str);
}

// self.<name>: the instance dict first (where these attributes live), else the full lookup.
inline Value attr(Thread& t, Object* self, Name& name) {
  if (Dict* d = own_dict(self)) {
    if (Object* v = dict_get_hinted(d, name, name.in_instance)) return Value::borrow(v);
  }
  return getattr(t, self, name.str);
}

// self.<name> = value. An attribute already in the instance dict is set there directly: a data
// descriptor of that name would have kept it out of the dict, so nothing else can be in the way.
inline bool set_attr(Thread& t, Object* self, Name& name, Object* value) {
  if (Dict* d = own_dict(self)) {
    if (Dict::Entry* e = find_entry(d, name, name.in_instance)) {
      e->value = Value::borrow(value);  // what dict_set does for a key already there
      return true;
    }
  }
  return setattr(t, self, name.str, value);
}

// True when self.<name> is the native method `native` itself (neither a subclass nor the
// instance overrides it): the caller may then run it inline.
inline bool resolves_to(Object* self, Name& name, const BuiltinFunction* native) {
  if (Dict* d = own_dict(self)) {
    if (dict_get_str(d, name.str)) return false;
  }
  Type* type = self->type;
  // Found in the class's own dict, it is what lookup() gives (the class comes first in its MRO).
  if (Dict* own = type->dict.get()) {
    if (Dict::Entry* e = find_entry(own, name, name.in_type)) return e->value.get() == native;
  }
  return type->lookup(name.str) == native;
}

// self.<name>(args…) through the attribute, as Python code would call it.
inline Value call_attr(Thread& t, Object* self, Name& name, std::initializer_list<Object*> args = {}) {
  Value m = getattr(t, self, name.str);
  if (!m) return nullptr;
  return call(t, m.get(), CallArgs{args.begin(), args.size(), nullptr});
}

// `value + delta` for the counters (`self._value += 1`): int arithmetic inline, else Python's.
inline Value add_int(Thread& t, Object* value, int64_t delta) {
  if (is_int(value) && !cast<Int>(value)->is_big) {
    int64_t v = cast<Int>(value)->small;
    if ((delta > 0 && v < INT64_MAX) || (delta < 0 && v > INT64_MIN)) return make_int(v + delta);
  }
  Value d = make_int(delta);
  return inplace_op(t, BinaryOp::Add, value, d.get());
}

// `value OP n` (1/0/-1), int compared inline.
inline int compare_int(Thread& t, Object* value, int64_t n, CompareOp op) {
  if (is_int(value) && !cast<Int>(value)->is_big) {
    int64_t v = cast<Int>(value)->small;
    switch (op) {
      case CompareOp::Lt: return v < n;
      case CompareOp::Le: return v <= n;
      case CompareOp::Eq: return v == n;
      case CompareOp::Ne: return v != n;
      case CompareOp::Gt: return v > n;
      case CompareOp::Ge: return v >= n;
    }
  }
  Value nv = make_int(n);
  return compare_bool(t, value, nv.get(), op);
}

// A waiter future's done() / cancelled() (1/0/-1): the state read directly for our own futures.
inline int future_done(Thread& t, Object* f) {
  if (f->type == future_type) return cast<FutureObject>(f)->state->done();
  Value r = call_method(t, f, "done");
  return r ? truth(t, r.get()) : -1;
}
inline int future_cancelled(Thread& t, Object* f) {
  if (f->type == future_type) return cast<FutureObject>(f)->state->cancelled();
  Value r = call_method(t, f, "cancelled");
  return r ? truth(t, r.get()) : -1;
}
// fut.set_result(value); false with the error raised.
inline bool set_waiter_result(Thread& t, Object* f, Object* value) {
  if (f->type == future_type) return future_set_result(t, cast<FutureObject>(f), value);
  return static_cast<bool>(call_method(t, f, "set_result", value));
}

// event.clear() / event.set() (the queue's `_finished`), inline for asyncio.Event's own
// methods (asyncio_locks.cpp).
bool call_event_clear(Thread& t, Object* event);
bool call_event_set(Thread& t, Object* event);

// A native method for a Python class: bound to instances like a method defined in the class.
inline BuiltinFunction* native_method(const char* name, NativeFn fn) {
  auto* f = new BuiltinFunction(name, fn);
  f->is_method = true;
  f->refcnt = kImmortal;  // shared by every interpreter, never freed
  return f;
}

// Iterates a deque (or any iterable) of waiters: fn(waiter) returns 1 to stop, 0 to go on,
// -1 on error. A deque changed by a callback raises as CPython's deque iterator does.
template <class Fn>
int for_each_waiter(Thread& t, Object* waiters, Fn fn) {
  if (waiters->type == deque_type) {
    auto* d = cast<Deque>(waiters);
    uint64_t state = d->state;
    size_t n = d->items.size();
    for (size_t i = 0; i < n; ++i) {
      if (d->state != state || d->items.size() != n) {
        t.raise(exc::RuntimeError, "deque mutated during iteration");
        return -1;
      }
      Value w = d->items[i];
      int r = fn(w.get());
      if (r) return r;
    }
    return 0;
  }
  Value it = iter(t, waiters);
  if (!it) return -1;
  for (;;) {
    Value w = next(t, it.get());
    if (!w) return t.has_exception() ? -1 : 0;
    int r = fn(w.get());
    if (r) return r;
  }
}

}  // namespace py::aio_native
