// collections.deque, native: asyncio's queues and locks keep their waiters in deques. Behaves as
// CPython's (same messages, maxlen trimming, "deque mutated during iteration" checks); storage
// is a std::deque rather than CPython's linked blocks, which nothing observable depends on.
#include <algorithm>
#include <deque>

#include "py/abstract.hpp"
#include "py/call_args.hpp"
#include "py/deque_object.hpp"
#include "py/library_modules.hpp"
#include "py/thread.hpp"

namespace py {

Type* deque_type = nullptr;

namespace {

Type* deque_iterator_type = nullptr;
Type* deque_reverse_iterator_type = nullptr;

struct DequeIterator : Object {
  Ref<Deque> deque;
  size_t index;      // next position (from the right end for the reverse iterator)
  int64_t counter;   // items left
  uint64_t state;
  DequeIterator(Type* t, Ref<Deque> d)
      : Object(t), deque(std::move(d)), index(0), counter(static_cast<int64_t>(deque->items.size())), state(deque->state) {}
};

Deque* D(Object* o) { return cast<Deque>(o); }
bool is_deque(Object* o) { return o->type == deque_type; }
int64_t size_of(Deque* d) { return static_cast<int64_t>(d->items.size()); }

// --- the structural operations, all maxlen-aware ---------------------------------------------------
void push_right(Deque* d, Value v) {
  if (d->maxlen == 0) return;
  d->items.push_back(std::move(v));
  d->state++;
  if (d->maxlen > 0 && size_of(d) > d->maxlen) d->items.pop_front();
}
void push_left(Deque* d, Value v) {
  if (d->maxlen == 0) return;
  d->items.push_front(std::move(v));
  d->state++;
  if (d->maxlen > 0 && size_of(d) > d->maxlen) d->items.pop_back();
}
void rotate(Deque* d, int64_t n) {
  int64_t len = size_of(d);
  if (len <= 1) return;
  n %= len;
  if (n < 0) n += len;
  if (n == 0) return;
  std::rotate(d->items.begin(), d->items.begin() + (len - n), d->items.end());
  d->state++;
}
// Appends everything `iterable` yields (taking a snapshot first when it is `d` itself).
bool extend(Thread& t, Deque* d, Object* iterable, bool left) {
  if (iterable == d) {
    std::vector<Value> copy(d->items.begin(), d->items.end());
    for (auto& v : copy) left ? push_left(d, v) : push_right(d, v);
    return true;
  }
  Value it = iter(t, iterable);
  if (!it) return false;
  for (;;) {
    Value v = next(t, it.get());
    if (!v) return !t.has_exception();
    left ? push_left(d, std::move(v)) : push_right(d, std::move(v));
  }
}

bool parse_maxlen(Thread& t, Object* o, int64_t* out) {
  *out = -1;
  if (!o || o == None) return true;
  if (!is_int(o)) {
    t.raise(exc::TypeError, "an integer is required");
    return false;
  }
  if (!as_index(t, o, out)) return false;
  if (*out < 0) {
    t.raise(exc::ValueError, "maxlen must be non-negative");
    return false;
  }
  return true;
}

Ref<Deque> new_deque(int64_t maxlen) {
  auto d = make<Deque>();
  d->maxlen = maxlen;
  return d;
}

// --- type slots ---------------------------------------------------------------------------------
Value deque_new(Thread& t, Type*, const CallArgs& a) {
  if (!check_kwargs(t, a, "deque", {"iterable", "maxlen"})) return nullptr;
  if (a.nargs + a.nkw() > 2) {
    return t.raise(exc::TypeError, "deque() takes at most 2 arguments (" + std::to_string(a.nargs + a.nkw()) + " given)");
  }
  Object* iterable = a.nargs > 0 ? a.arg(0) : kwarg(a, "iterable");
  Object* maxlen_arg = a.nargs > 1 ? a.arg(1) : kwarg(a, "maxlen");
  int64_t maxlen;
  if (!parse_maxlen(t, maxlen_arg, &maxlen)) return nullptr;
  auto d = new_deque(maxlen);
  if (iterable && !extend(t, d.get(), iterable, false)) return nullptr;
  return d;
}

// Objects whose repr is being built on this thread: a deque containing itself shows [...].
thread_local std::vector<Object*> t_repr_stack;

Value deque_repr(Thread& t, Object* o) {
  if (std::find(t_repr_stack.begin(), t_repr_stack.end(), o) != t_repr_stack.end()) return make_str("[...]");
  Deque* d = D(o);
  std::vector<Value> snapshot(d->items.begin(), d->items.end());
  t_repr_stack.push_back(o);
  std::string out = "deque([";
  bool ok = true;
  for (size_t i = 0; i < snapshot.size() && ok; ++i) {
    if (i) out += ", ";
    std::string r;
    ok = repr_text(t, snapshot[i].get(), &r);
    out += r;
  }
  t_repr_stack.pop_back();
  if (!ok) return nullptr;
  out += "]";
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  out += ")";
  return make_str(std::move(out));
}

int64_t deque_length(Thread&, Object* o) { return size_of(D(o)); }
int deque_truth(Thread&, Object* o) { return !D(o)->items.empty(); }

// Calls `fn(item)` for each item while checking the deque isn't mutated by the comparisons.
template <class Fn>
int scan(Thread& t, Deque* d, size_t start, size_t stop, Fn fn) {
  uint64_t state = d->state;
  size_t n = d->items.size();
  for (size_t i = start; i < stop && i < n; ++i) {
    Value item = d->items[i];
    int r = fn(item.get(), i);
    if (r != 0) return r;
    if (d->state != state || d->items.size() != n) {
      t.raise(exc::RuntimeError, "deque mutated during iteration");
      return -1;
    }
  }
  return 0;
}

int deque_contains(Thread& t, Object* o, Object* x) {
  return scan(t, D(o), 0, D(o)->items.size(), [&](Object* item, size_t) { return equals(t, item, x); });
}

Value deque_compare(Thread& t, Object* a, Object* b, CompareOp op) {
  if (!is_deque(a) || !is_deque(b)) return Value::borrow(NotImplemented);
  // Snapshots: an __eq__ may mutate either deque.
  std::vector<Value> x(D(a)->items.begin(), D(a)->items.end());
  std::vector<Value> y(D(b)->items.begin(), D(b)->items.end());
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && x.size() != y.size()) return boolean(op == CompareOp::Ne);
  size_t i = 0;
  for (; i < x.size() && i < y.size(); ++i) {
    int eq = equals(t, x[i].get(), y[i].get());
    if (eq < 0) return nullptr;
    if (!eq) break;
  }
  if (i >= x.size() || i >= y.size()) {
    size_t m = x.size(), n = y.size();
    switch (op) {
      case CompareOp::Lt: return boolean(m < n);
      case CompareOp::Le: return boolean(m <= n);
      case CompareOp::Eq: return boolean(m == n);
      case CompareOp::Ne: return boolean(m != n);
      case CompareOp::Gt: return boolean(m > n);
      case CompareOp::Ge: return boolean(m >= n);
    }
  }
  if (op == CompareOp::Eq) return boolean(false);
  if (op == CompareOp::Ne) return boolean(true);
  return compare(t, x[i].get(), y[i].get(), op);
}

bool item_index(Thread& t, Deque* d, Object* key, int64_t* i) {
  if (!is_int(key)) {
    t.raise(exc::TypeError, "sequence index must be integer, not '" + type_name(key) + "'");
    return false;
  }
  return as_index(t, key, i) && normalize_index(t, i, size_of(d), "deque index out of range");
}
Value deque_getitem(Thread& t, Object* o, Object* key) {
  int64_t i;
  if (!item_index(t, D(o), key, &i)) return nullptr;
  return D(o)->items[static_cast<size_t>(i)];
}
bool deque_setitem(Thread& t, Object* o, Object* key, Object* value) {
  Deque* d = D(o);
  int64_t i;
  if (!item_index(t, d, key, &i)) return false;
  if (value) {
    Value old = std::move(d->items[static_cast<size_t>(i)]);  // freed after the slot is refilled
    d->items[static_cast<size_t>(i)] = Value::borrow(value);
  } else {
    Value old = std::move(d->items[static_cast<size_t>(i)]);
    d->items.erase(d->items.begin() + i);
    d->state++;
  }
  return true;
}

Value deque_iter(Thread&, Object* o) { return make<DequeIterator>(deque_iterator_type, Ref<Deque>::borrow(D(o))); }
Value iterator_next(Thread& t, Object* o) {
  auto* it = cast<DequeIterator>(o);
  Deque* d = it->deque.get();
  if (d->state != it->state) {
    it->counter = 0;
    return t.raise(exc::RuntimeError, "deque mutated during iteration");
  }
  if (it->counter <= 0) return nullptr;
  it->counter--;
  size_t i = it->index++;
  if (o->type == deque_reverse_iterator_type) i = d->items.size() - 1 - i;
  return d->items[i];
}
Value self_iter(Thread&, Object* o) { return Value::borrow(o); }

Value deque_concat(Thread& t, Object* a, Object* b) {
  if (!is_deque(a)) return Value::borrow(NotImplemented);
  if (!is_deque(b)) return t.raise(exc::TypeError, "can only concatenate deque (not \"" + type_name(b) + "\") to deque");
  auto d = new_deque(D(a)->maxlen);
  for (auto& v : D(a)->items) push_right(d.get(), v);
  for (auto& v : std::vector<Value>(D(b)->items.begin(), D(b)->items.end())) push_right(d.get(), v);
  return d;
}
bool repeat_into(Thread& t, Deque* d, Object* count) {
  int64_t n;
  if (!as_index(t, count, &n)) return false;
  std::vector<Value> once(d->items.begin(), d->items.end());
  if (n <= 0 || once.empty()) {
    if (!d->items.empty()) d->state++;
    d->items.clear();
    return true;
  }
  for (int64_t k = 1; k < n; ++k) {
    for (auto& v : once) push_right(d, v);
    if (d->maxlen >= 0 && size_of(d) >= d->maxlen && k > d->maxlen) break;  // the rest falls off anyway
  }
  return true;
}
Value deque_repeat(Thread& t, Object* a, Object* b) {
  Object* seq = is_deque(a) ? a : b;
  Object* count = is_deque(a) ? b : a;
  if (!is_int(count)) {
    return t.raise(exc::TypeError, "can't multiply sequence by non-int of type '" + type_name(count) + "'");
  }
  auto d = new_deque(D(seq)->maxlen);
  for (auto& v : D(seq)->items) push_right(d.get(), v);
  if (!repeat_into(t, d.get(), count)) return nullptr;
  return d;
}

Value deque_getattr(Thread& t, Object* o, Str* name) {
  if (name->text == "maxlen") return D(o)->maxlen < 0 ? none() : make_int(D(o)->maxlen);
  return generic_getattr(t, o, name);
}

// --- methods --------------------------------------------------------------------------------------
bool one_arg(Thread& t, const CallArgs& a, const char* name) {
  if (a.nkw()) {
    t.raise(exc::TypeError, std::string("deque.") + name + "() takes no keyword arguments");
    return false;
  }
  if (a.nargs == 1) return true;
  t.raise(exc::TypeError, std::string("deque.") + name + "() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  return false;
}
bool no_args(Thread& t, const CallArgs& a, const char* name) {
  if (a.nargs == 0 && !a.nkw()) return true;
  if (a.nkw()) {
    t.raise(exc::TypeError, std::string("deque.") + name + "() takes no keyword arguments");
    return false;
  }
  t.raise(exc::TypeError, std::string("deque.") + name + "() takes no arguments (" + std::to_string(a.nargs) + " given)");
  return false;
}

Value m_append(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "append")) return nullptr;
  push_right(D(self), Value::borrow(a.arg(0)));
  return none();
}
Value m_appendleft(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "appendleft")) return nullptr;
  push_left(D(self), Value::borrow(a.arg(0)));
  return none();
}
Value m_pop(Thread& t, Object* self, const CallArgs& a) {
  if (!no_args(t, a, "pop")) return nullptr;
  Deque* d = D(self);
  if (d->items.empty()) return t.raise(exc::IndexError, "pop from an empty deque");
  Value v = std::move(d->items.back());
  d->items.pop_back();
  d->state++;
  return v;
}
Value m_popleft(Thread& t, Object* self, const CallArgs& a) {
  if (!no_args(t, a, "popleft")) return nullptr;
  Deque* d = D(self);
  if (d->items.empty()) return t.raise(exc::IndexError, "pop from an empty deque");
  Value v = std::move(d->items.front());
  d->items.pop_front();
  d->state++;
  return v;
}
Value m_extend(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "extend")) return nullptr;
  if (!extend(t, D(self), a.arg(0), false)) return nullptr;
  return none();
}
Value m_extendleft(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "extendleft")) return nullptr;
  if (!extend(t, D(self), a.arg(0), true)) return nullptr;
  return none();
}
Value m_iadd(Thread& t, Object* self, const CallArgs& a) {
  if (!extend(t, D(self), a.arg(0), false)) return nullptr;
  return Value::borrow(self);
}
Value m_imul(Thread& t, Object* self, const CallArgs& a) {
  if (!is_int(a.arg(0))) {
    return t.raise(exc::TypeError, "can't multiply sequence by non-int of type '" + type_name(a.arg(0)) + "'");
  }
  if (!repeat_into(t, D(self), a.arg(0))) return nullptr;
  return Value::borrow(self);
}
Value m_rotate(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs > 1) return t.raise(exc::TypeError, "deque.rotate expected at most 1 argument, got " + std::to_string(a.nargs));
  int64_t n = 1;
  if (a.nargs == 1 && !as_index(t, a.arg(0), &n)) return nullptr;
  rotate(D(self), n);
  return none();
}
Value m_clear(Thread& t, Object* self, const CallArgs& a) {
  if (!no_args(t, a, "clear")) return nullptr;
  Deque* d = D(self);
  std::deque<Value> old;
  old.swap(d->items);  // items' destructors may run Python code: detach them first
  d->state++;
  return none();
}
Value m_copy(Thread& t, Object* self, const CallArgs& a) {
  if (!no_args(t, a, "copy")) return nullptr;
  auto d = new_deque(D(self)->maxlen);
  d->items = D(self)->items;
  return d;
}
Value m_count(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "count")) return nullptr;
  int64_t n = 0;
  Deque* d = D(self);
  if (scan(t, d, 0, d->items.size(), [&](Object* item, size_t) {
        int eq = equals(t, item, a.arg(0));
        if (eq > 0) n++;
        return eq < 0 ? -1 : 0;
      }) < 0) {
    return nullptr;
  }
  return make_int(n);
}
Value m_index(Thread& t, Object* self, const CallArgs& a) {
  Deque* d = D(self);
  if (a.nargs < 1) return t.raise(exc::TypeError, "index() takes at least 1 argument (" + std::to_string(a.nargs) + " given)");
  if (a.nargs > 3) return t.raise(exc::TypeError, "index() takes at most 3 arguments (" + std::to_string(a.nargs) + " given)");
  int64_t len = size_of(d), start = 0, stop = len;
  if (a.nargs > 1 && !as_index(t, a.arg(1), &start)) return nullptr;
  if (a.nargs > 2 && !as_index(t, a.arg(2), &stop)) return nullptr;
  if (start < 0) start = std::max<int64_t>(0, start + len);
  if (stop < 0) stop = std::max<int64_t>(0, stop + len);
  int64_t found = -1;
  int r = scan(t, d, static_cast<size_t>(std::min(start, len)), static_cast<size_t>(std::min(stop, len)), [&](Object* item, size_t i) {
    int eq = equals(t, item, a.arg(0));
    if (eq > 0) found = static_cast<int64_t>(i);
    return eq;
  });
  if (r < 0) return nullptr;
  if (found >= 0) return make_int(found);
  std::string text;
  if (!repr_text(t, a.arg(0), &text)) return nullptr;
  return t.raise(exc::ValueError, text + " is not in deque");
}
Value m_insert(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 2) return t.raise(exc::TypeError, "insert() takes exactly 2 arguments (" + std::to_string(a.nargs) + " given)");
  Deque* d = D(self);
  int64_t i;
  if (!as_index(t, a.arg(0), &i)) return nullptr;
  if (d->maxlen >= 0 && size_of(d) >= d->maxlen) return t.raise(exc::IndexError, "deque already at its maximum size");
  int64_t len = size_of(d);
  if (i < 0) i = std::max<int64_t>(0, i + len);
  i = std::min(i, len);
  d->items.insert(d->items.begin() + i, Value::borrow(a.arg(1)));
  d->state++;
  return none();
}
Value m_remove(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "remove")) return nullptr;
  Deque* d = D(self);
  int64_t found = -1;
  size_t n = d->items.size();
  for (size_t i = 0; i < n; ++i) {
    Value item = d->items[i];
    int eq = equals(t, item.get(), a.arg(0));
    if (eq < 0) return nullptr;
    if (d->items.size() != n) return t.raise(exc::IndexError, "deque mutated during remove().");
    if (eq) {
      found = static_cast<int64_t>(i);
      break;
    }
  }
  if (found < 0) {
    std::string text;
    if (!repr_text(t, a.arg(0), &text)) return nullptr;
    return t.raise(exc::ValueError, text + " is not in deque");
  }
  Value old = std::move(d->items[static_cast<size_t>(found)]);
  d->items.erase(d->items.begin() + found);
  d->state++;
  return none();
}
Value m_reverse(Thread& t, Object* self, const CallArgs& a) {
  if (!no_args(t, a, "reverse")) return nullptr;
  std::reverse(D(self)->items.begin(), D(self)->items.end());
  return none();
}
Value m_reversed(Thread&, Object* self, const CallArgs&) {
  return make<DequeIterator>(deque_reverse_iterator_type, Ref<Deque>::borrow(D(self)));
}
Value m_len_hint(Thread&, Object* self, const CallArgs&) {
  auto* it = cast<DequeIterator>(self);
  return make_int(std::max<int64_t>(0, it->counter));
}

// The dunders as methods, for code that calls them explicitly.
Value m_getitem(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "__getitem__")) return nullptr;
  return deque_getitem(t, self, a.arg(0));
}
Value m_setitem(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 2) return t.raise(exc::TypeError, "expected 2 arguments, got " + std::to_string(a.nargs));
  if (!deque_setitem(t, self, a.arg(0), a.arg(1))) return nullptr;
  return none();
}
Value m_delitem(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "__delitem__")) return nullptr;
  if (!deque_setitem(t, self, a.arg(0), nullptr)) return nullptr;
  return none();
}
Value m_len(Thread&, Object* self, const CallArgs&) { return make_int(size_of(D(self))); }
Value m_contains(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "__contains__")) return nullptr;
  int r = deque_contains(t, self, a.arg(0));
  if (r < 0) return nullptr;
  return boolean(r);
}
Value m_iter(Thread& t, Object* self, const CallArgs&) { return deque_iter(t, self); }

bool unhashable(Thread& t, Object*, int64_t*) {
  t.raise(exc::TypeError, "unhashable type: 'collections.deque'");
  return false;
}

Type* make_type(const char* name) {
  auto* type = new Type(type_type, name, object_type);
  type->refcnt = kImmortal;
  return type;
}

void init_deque_types() {
  deque_type = make_type("collections.deque");
  Type* d = deque_type;
  d->construct = deque_new;
  d->repr = deque_repr;
  d->length = deque_length;
  d->truth = deque_truth;
  d->contains = deque_contains;
  d->compare = deque_compare;
  d->getitem = deque_getitem;
  d->setitem = deque_setitem;
  d->iter = deque_iter;
  d->getattr = deque_getattr;
  d->hash = unhashable;
  d->binary[int(BinaryOp::Add)] = deque_concat;
  d->binary[int(BinaryOp::Mul)] = deque_repeat;
  add_method(d, "append", m_append);
  add_method(d, "appendleft", m_appendleft);
  add_method(d, "pop", m_pop);
  add_method(d, "popleft", m_popleft);
  add_method(d, "extend", m_extend);
  add_method(d, "extendleft", m_extendleft);
  add_method(d, "rotate", m_rotate);
  add_method(d, "clear", m_clear);
  add_method(d, "copy", m_copy);
  add_method(d, "__copy__", m_copy);
  add_method(d, "count", m_count);
  add_method(d, "index", m_index);
  add_method(d, "insert", m_insert);
  add_method(d, "remove", m_remove);
  add_method(d, "reverse", m_reverse);
  add_method(d, "__reversed__", m_reversed);
  add_method(d, "__iadd__", m_iadd);
  add_method(d, "__getitem__", m_getitem);
  add_method(d, "__setitem__", m_setitem);
  add_method(d, "__delitem__", m_delitem);
  add_method(d, "__len__", m_len);
  add_method(d, "__contains__", m_contains);
  add_method(d, "__iter__", m_iter);
  add_method(d, "__imul__", m_imul);
  dict_set_str(d->dict.get(), "__module__", intern("collections").get());
  inherit_slots(d);

  deque_iterator_type = make_type("_collections._deque_iterator");
  deque_reverse_iterator_type = make_type("_collections._deque_reverse_iterator");
  for (Type* it : {deque_iterator_type, deque_reverse_iterator_type}) {
    it->iter = self_iter;
    it->next = iterator_next;
    add_method(it, "__length_hint__", m_len_hint);
    inherit_slots(it);
  }
}

}  // namespace

Type* deque_type_object() {
  static const bool once = (init_deque_types(), true);
  (void)once;
  return deque_type;
}

}  // namespace py

namespace py {

namespace {

// _set_type_name(cls, name): collections gives defaultdict and OrderedDict the full names CPython's
// C types carry in their messages ("collections.defaultdict").
Value set_type_name(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 2 || a.arg(0)->type != type_type || a.arg(1)->type != str_type) {
    return t.raise(exc::TypeError, "_set_type_name(cls, name)");
  }
  auto* cls = cast<Type>(a.arg(0));
  if (cls->is_builtin) return t.raise(exc::TypeError, "cannot rename a built-in type");
  cls->name = cast<Str>(a.arg(1))->text;
  dict_set_str(cls->dict.get(), "__qualname__", a.arg(1));
  return none();
}

}  // namespace

void build_collections_native(Module* m) {
  dict_set_str(m->dict.get(), "deque", deque_type_object());
  auto f = make<BuiltinFunction>("_set_type_name", set_type_name);
  dict_set_str(m->dict.get(), "_set_type_name", f.get());
}

}  // namespace py
