// tuple and list: the shared sequence behaviour (repr, compare, index, slice, concat, repeat)
// and each type's own methods.
#include <algorithm>

#include "py/abstract.hpp"
#include "py/objects.hpp"
#include "py/memory_cap.hpp"
#include "py/thread.hpp"
#include "py/vm.hpp"

namespace py {

Tuple::Tuple(std::vector<Value> v) : Object(tuple_type), items(std::move(v)) {}
List::List(std::vector<Value> v) : Object(list_type), items(std::move(v)) {}
Ref<Tuple> make_tuple(std::vector<Value> items) { return make<Tuple>(std::move(items)); }
Ref<List> make_list(std::vector<Value> items) { return make<List>(std::move(items)); }

namespace {

std::vector<Value>& items_of(Object* o) {
  return is_tuple(o) ? cast<Tuple>(o)->items : cast<List>(o)->items;
}
// kTupleLayout or kListLayout (subclasses included), 0 for anything else.
unsigned seq_kind(Object* o) { return o->type->layout & (kTupleLayout | kListLayout); }

// Objects whose repr is being built on this thread: `l.append(l); repr(l)` gives `[[...]]`.
thread_local std::vector<Object*> t_repr_stack;

Value seq_repr(Thread& t, Object* o) {
  bool is_tuple = py::is_tuple(o);
  if (std::find(t_repr_stack.begin(), t_repr_stack.end(), o) != t_repr_stack.end()) {
    return make_str(is_tuple ? "(...)" : "[...]");
  }
  RecursionGuard guard(t, " while getting the repr of an object");
  if (!guard.ok()) return nullptr;
  t_repr_stack.push_back(o);
  std::string out = is_tuple ? "(" : "[";
  auto& items = items_of(o);
  bool ok = true;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    std::string r;
    if (!repr_text(t, items[i].get(), &r)) {
      ok = false;
      break;
    }
    out += r;
  }
  t_repr_stack.pop_back();
  if (!ok) return nullptr;
  if (is_tuple && items.size() == 1) out += ",";
  out += is_tuple ? ")" : "]";
  return make_str(std::move(out));
}

int64_t seq_length(Thread&, Object* o) { return static_cast<int64_t>(items_of(o).size()); }
int seq_truth(Thread&, Object* o) { return !items_of(o).empty(); }

Value seq_compare(Thread& t, Object* a, Object* b, CompareOp op) {
  if (seq_kind(a) != seq_kind(b) || !seq_kind(a)) return Value::borrow(NotImplemented);
  auto& x = items_of(a);
  auto& y = items_of(b);
  if ((op == CompareOp::Eq || op == CompareOp::Ne) && x.size() != y.size()) return boolean(op == CompareOp::Ne);
  RecursionGuard guard(t, " in comparison");
  if (!guard.ok()) return nullptr;
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

Value seq_getitem(Thread& t, Object* o, Object* key) {
  auto& items = items_of(o);
  bool is_tuple = py::is_tuple(o);
  if (key->type == slice_type) {
    int64_t start, stop, step, count;
    if (!slice_indices(t, cast<Slice>(key), static_cast<int64_t>(items.size()), &start, &stop, &step, &count)) return nullptr;
    std::vector<Value> out;
    out.reserve(static_cast<size_t>(count));
    for (int64_t i = 0, k = start; i < count; ++i, k += step) out.push_back(items[static_cast<size_t>(k)]);
    if (is_tuple) return make_tuple(std::move(out));
    return make_list(std::move(out));
  }
  if (!is_int(key)) {
    return t.raise(exc::TypeError, std::string(is_tuple ? "tuple" : "list") + " indices must be integers or slices, not " + type_name(key));
  }
  int64_t i;
  if (!as_index(t, key, &i)) return nullptr;
  if (!normalize_index(t, &i, static_cast<int64_t>(items.size()), is_tuple ? "tuple index out of range" : "list index out of range")) return nullptr;
  return items[static_cast<size_t>(i)];
}

int seq_contains(Thread& t, Object* o, Object* item) {
  for (auto& v : items_of(o)) {
    int eq = equals(t, v.get(), item);
    if (eq != 0) return eq;
  }
  return 0;
}

Value seq_iter(Thread&, Object* o) { return make<SeqIterator>(Value::borrow(o), 0); }

Value seq_add(Thread& t, Object* a, Object* b) {
  if (seq_kind(a) != seq_kind(b)) {
    if (seq_kind(a)) {
      // The right operand's __radd__ comes before sequence concatenation (CPython's nb_add
      // before sq_concat).
      BinaryFn fb = b->type->binary[int(BinaryOp::Add)];
      if (fb && fb != seq_add) {
        Value r = fb(t, a, b);
        if (!r || r.get() != NotImplemented) return r;
      }
      const char* n = is_tuple(a) ? "tuple" : "list";
      return t.raise(exc::TypeError, std::string("can only concatenate ") + n + " (not \"" + type_name(b) + "\") to " + n);
    }
    return Value::borrow(NotImplemented);
  }
  if (memory_exhausted(t, static_cast<int64_t>((items_of(a).size() + items_of(b).size()) * sizeof(Value)))) return nullptr;
  std::vector<Value> out = items_of(a);
  auto& y = items_of(b);
  out.insert(out.end(), y.begin(), y.end());
  if (is_tuple(a)) return make_tuple(std::move(out));
  return make_list(std::move(out));
}

Value seq_mul(Thread& t, Object* a, Object* b) {
  Object* s = seq_kind(a) ? a : b;
  Object* n = s == a ? b : a;
  if (!is_int(n)) {
    if (!n->type->is_builtin) return Value::borrow(NotImplemented);
    return t.raise(exc::TypeError, "can't multiply sequence by non-int of type '" + type_name(n) + "'");
  }
  int64_t count;
  if (!as_index(t, n, &count)) return nullptr;
  std::vector<Value> out;
  auto& items = items_of(s);
  if (count > 0 && !items.empty()) {
    auto size = static_cast<int64_t>(items.size() * sizeof(Value));
    if (count > INT64_MAX / size || memory_exhausted(t, size * count)) {
      if (!t.has_exception()) t.raise(exc::MemoryError, "");
      return nullptr;
    }
    out.reserve(items.size() * static_cast<size_t>(count));
  }
  for (int64_t i = 0; i < count; ++i) out.insert(out.end(), items.begin(), items.end());
  if (is_tuple(s)) return make_tuple(std::move(out));
  return make_list(std::move(out));
}

bool tuple_hash(Thread& t, Object* o, int64_t* out) {
  // CPython's xxHash-based tuple hash.
  const uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull, p5 = 2870177450012600261ull;
  auto& items = items_of(o);
  RecursionGuard guard(t, "");
  if (!guard.ok()) return false;
  uint64_t acc = p5;
  for (auto& v : items) {
    int64_t h;
    if (!hash(t, v.get(), &h)) return false;
    acc += static_cast<uint64_t>(h) * p2;
    acc = (acc << 31) | (acc >> 33);
    acc *= p1;
  }
  acc += items.size() ^ (p5 ^ 3527539ull);
  if (acc == static_cast<uint64_t>(-1)) acc = 1546275796;
  *out = static_cast<int64_t>(acc);
  return true;
}

Value tuple_new(Thread& t, Type*, const CallArgs& a) {
  std::vector<Value> items;
  if (a.nargs > 0 && !collect(t, a.arg(0), &items)) return nullptr;
  return make_tuple(std::move(items));
}
Value list_new(Thread& t, Type*, const CallArgs& a) {
  std::vector<Value> items;
  if (a.nargs > 0 && !collect(t, a.arg(0), &items)) return nullptr;
  return make_list(std::move(items));
}

bool list_setitem(Thread& t, Object* o, Object* key, Object* value) {
  auto& items = cast<List>(o)->items;
  if (key->type == slice_type) {
    int64_t start, stop, step, count;
    if (!slice_indices(t, cast<Slice>(key), static_cast<int64_t>(items.size()), &start, &stop, &step, &count)) return false;
    std::vector<Value> repl;
    if (value && !collect(t, value, &repl)) return false;
    if (step != 1) {
      if (!value) {
        // del a[i:j:k]: drop the chosen items, keep the rest in order.
        std::vector<bool> drop(items.size(), false);
        for (int64_t k = 0, i = start; k < count; ++k, i += step) drop[static_cast<size_t>(i)] = true;
        std::vector<Value> kept;
        for (size_t i = 0; i < items.size(); ++i) {
          if (!drop[i]) kept.push_back(std::move(items[i]));
        }
        items = std::move(kept);
        return true;
      }
      if (static_cast<int64_t>(repl.size()) != count) {
        t.raise(exc::ValueError, "attempt to assign sequence of size " + std::to_string(repl.size()) +
                                     " to extended slice of size " + std::to_string(count));
        return false;
      }
      for (int64_t k = 0, i = start; k < count; ++k, i += step) items[static_cast<size_t>(i)] = repl[static_cast<size_t>(k)];
      return true;
    }
    if (stop < start) stop = start;
    items.erase(items.begin() + start, items.begin() + stop);
    items.insert(items.begin() + start, repl.begin(), repl.end());
    return true;
  }
  if (!is_int(key)) {
    t.raise(exc::TypeError, "list indices must be integers or slices, not " + type_name(key));
    return false;
  }
  int64_t i;
  if (!as_index(t, key, &i)) return false;
  if (!normalize_index(t, &i, static_cast<int64_t>(items.size()),
                       value ? "list assignment index out of range" : "list assignment index out of range")) return false;
  if (value) items[static_cast<size_t>(i)] = Value::borrow(value);
  else items.erase(items.begin() + i);
  return true;
}

Value inplace_add_list(Thread& t, Object* a, Object* b) {
  // list += iterable extends in place (the in-place slot is tried first by inplace_op).
  if (!is_list(a)) return Value::borrow(NotImplemented);
  if (!collect(t, b, &cast<List>(a)->items)) return nullptr;
  return Value::borrow(a);
}

// --- list methods ---
List* L(Object* o) { return cast<List>(o); }
Value m_append(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "list.append() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  L(self)->items.push_back(Value::borrow(a.arg(0)));
  return none();
}
Value m_extend(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "list.extend() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  std::vector<Value> more;
  if (!collect(t, a.arg(0), &more)) return nullptr;
  auto& items = L(self)->items;
  items.insert(items.end(), more.begin(), more.end());
  return none();
}
Value m_pop(Thread& t, Object* self, const CallArgs& a) {
  auto& items = L(self)->items;
  if (items.empty()) return t.raise(exc::IndexError, "pop from empty list");
  int64_t i = static_cast<int64_t>(items.size()) - 1;
  if (a.nargs > 0 && !as_index(t, a.arg(0), &i)) return nullptr;
  if (!normalize_index(t, &i, static_cast<int64_t>(items.size()), "pop index out of range")) return nullptr;
  Value v = items[static_cast<size_t>(i)];
  items.erase(items.begin() + i);
  return v;
}
Value m_insert(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 2) return t.raise(exc::TypeError, "insert expected 2 arguments, got " + std::to_string(a.nargs));
  auto& items = L(self)->items;
  int64_t i;
  if (!as_index(t, a.arg(0), &i)) return nullptr;
  int64_t n = static_cast<int64_t>(items.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  items.insert(items.begin() + i, Value::borrow(a.arg(1)));
  return none();
}
Value m_remove(Thread& t, Object* self, const CallArgs& a) {
  auto& items = L(self)->items;
  for (size_t i = 0; i < items.size(); ++i) {
    int eq = equals(t, items[i].get(), a.arg(0));
    if (eq < 0) return nullptr;
    if (eq) {
      items.erase(items.begin() + static_cast<int64_t>(i));
      return none();
    }
  }
  return t.raise(exc::ValueError, "list.remove(x): x not in list");
}
// Clamps optional start/stop arguments (at a.arg(first), a.arg(first + 1)) like slice bounds.
bool bounds(Thread& t, const CallArgs& a, size_t first, int64_t len, int64_t* start, int64_t* stop) {
  *start = 0;
  *stop = len;
  for (size_t k = 0; k < 2; ++k) {
    if (a.nargs <= first + k || a.arg(first + k) == None) continue;
    int64_t v;
    if (!as_index(t, a.arg(first + k), &v)) return false;
    if (v < 0) v = std::max<int64_t>(0, v + len);
    v = std::min(v, len);
    (k == 0 ? *start : *stop) = v;
  }
  return true;
}

Value m_index(Thread& t, Object* self, const CallArgs& a) {
  auto& items = items_of(self);
  if (a.nargs < 1) return t.raise(exc::TypeError, "index expected at least 1 argument, got 0");
  int64_t start, stop;
  if (!bounds(t, a, 1, static_cast<int64_t>(items.size()), &start, &stop)) return nullptr;
  for (size_t i = static_cast<size_t>(start); i < items.size() && static_cast<int64_t>(i) < stop; ++i) {
    int eq = equals(t, items[i].get(), a.arg(0));
    if (eq < 0) return nullptr;
    if (eq) return make_int(static_cast<int64_t>(i));
  }
  if (is_tuple(self)) return t.raise(exc::ValueError, "tuple.index(x): x not in tuple");
  std::string r;
  if (!repr_text(t, a.arg(0), &r)) return nullptr;
  return t.raise(exc::ValueError, r + " is not in list");
}
Value m_count(Thread& t, Object* self, const CallArgs& a) {
  int64_t n = 0;
  for (auto& v : items_of(self)) {
    int eq = equals(t, v.get(), a.arg(0));
    if (eq < 0) return nullptr;
    n += eq;
  }
  return make_int(n);
}
Value m_clear(Thread&, Object* self, const CallArgs&) {
  L(self)->items.clear();
  return none();
}
Value m_copy(Thread&, Object* self, const CallArgs&) { return make_list(L(self)->items); }
Value m_reverse(Thread&, Object* self, const CallArgs&) {
  std::reverse(L(self)->items.begin(), L(self)->items.end());
  return none();
}

}  // namespace

// list.sort(key=None, reverse=False): a stable merge sort through Python comparisons.
Value list_sort(Thread& t, Object* self, const CallArgs& a);

void init_tuple_type() {
  Type* t = tuple_type;
  t->repr = seq_repr;
  t->length = seq_length;
  t->truth = seq_truth;
  t->compare = seq_compare;
  t->getitem = seq_getitem;
  t->contains = seq_contains;
  t->iter = seq_iter;
  t->hash = tuple_hash;
  t->construct = tuple_new;
  t->binary[int(BinaryOp::Add)] = seq_add;
  t->binary[int(BinaryOp::Mul)] = seq_mul;
  add_method(t, "index", m_index);
  add_method(t, "count", m_count);
}

void init_list_type() {
  Type* t = list_type;
  t->repr = seq_repr;
  t->length = seq_length;
  t->truth = seq_truth;
  t->compare = seq_compare;
  t->getitem = seq_getitem;
  t->setitem = list_setitem;
  t->contains = seq_contains;
  t->iter = seq_iter;
  t->construct = list_new;
  t->binary[int(BinaryOp::Add)] = seq_add;
  t->binary[int(BinaryOp::Mul)] = seq_mul;
  add_method(t, "append", m_append);
  add_method(t, "extend", m_extend);
  add_method(t, "pop", m_pop);
  add_method(t, "insert", m_insert);
  add_method(t, "remove", m_remove);
  add_method(t, "index", m_index);
  add_method(t, "count", m_count);
  add_method(t, "clear", m_clear);
  add_method(t, "copy", m_copy);
  add_method(t, "reverse", m_reverse);
  add_method(t, "sort", list_sort);
  add_method(t, "__iadd__", [](Thread& t, Object* self, const CallArgs& a) -> Value {
    return inplace_add_list(t, self, a.arg(0));
  });
  // list *= n repeats in place (the same list, also for a subclass).
  add_method(t, "__imul__", [](Thread& t, Object* self, const CallArgs& a) -> Value {
    if (a.nargs != 1) return t.raise(exc::TypeError, "expected 1 argument");
    Value r = seq_mul(t, self, a.arg(0));
    if (!r || r.get() == NotImplemented) return r;
    cast<List>(self)->items = std::move(cast<List>(r.get())->items);
    return Value::borrow(self);
  });
}

}  // namespace py
