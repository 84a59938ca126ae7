// dict: insertion-ordered hash table (entries in order + an open-addressing index), as
// CPython's compact dict, so iteration order is insertion order.
#include <atomic>

#include "py/abstract.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"
#include "py/vm.hpp"

namespace py {

namespace {
std::atomic<uint64_t> g_dict_versions{0};
uint64_t new_keys_version() { return g_dict_versions.fetch_add(1, std::memory_order_relaxed) + 1; }
}  // namespace

Dict::Dict() : Object(dict_type), keys_version(new_keys_version()) {}
Ref<Dict> make_dict() { return make<Dict>(); }

namespace {

constexpr int32_t kEmpty = -1, kDeleted = -2;

void rebuild(Dict* d) {
  // Compacts deleted entries and sizes the index for a load factor under 2/3.
  std::vector<Dict::Entry> live;
  live.reserve(d->used);
  for (auto& e : d->entries) {
    if (e.key) live.push_back(std::move(e));
  }
  d->entries = std::move(live);
  size_t size = 8;
  while (size * 2 < (d->entries.size() + 1) * 3) size *= 2;
  d->index.assign(size, kEmpty);
  for (size_t i = 0; i < d->entries.size(); ++i) {
    size_t mask = size - 1, slot = static_cast<uint64_t>(d->entries[i].hash) & mask;
    while (d->index[slot] != kEmpty) slot = (slot + 1) & mask;
    d->index[slot] = static_cast<int32_t>(i);
  }
}

bool key_equal(Thread& t, Object* a, Object* b, int* out) {
  if (a == b) {
    *out = 1;
    return true;
  }
  if (a->type == str_type && b->type == str_type) {
    *out = cast<Str>(a)->text == cast<Str>(b)->text;
    return true;
  }
  int eq = equals(t, a, b);
  if (eq < 0) return false;
  *out = eq;
  return true;
}

// Finds the index slot of `key`: found → *entry set; not found → *entry = -1 and *free_slot
// is where to insert. False on error (a Python __eq__ raised).
bool find(Thread* t, Dict* d, Object* key, int64_t h, int32_t* entry, size_t* free_slot) {
  *entry = -1;
  if (d->index.empty()) rebuild(d);
  size_t mask = d->index.size() - 1, slot = static_cast<uint64_t>(h) & mask;
  size_t first_deleted = SIZE_MAX;
  for (;;) {
    int32_t ix = d->index[slot];
    if (ix == kEmpty) {
      *free_slot = first_deleted != SIZE_MAX ? first_deleted : slot;
      return true;
    }
    if (ix == kDeleted) {
      if (first_deleted == SIZE_MAX) first_deleted = slot;
    } else {
      Dict::Entry& e = d->entries[static_cast<size_t>(ix)];
      if (e.hash == h) {
        int eq;
        if (t) {
          if (!key_equal(*t, e.key.get(), key, &eq)) return false;
        } else {
          eq = e.key.get() == key || (e.key->type == str_type && key->type == str_type &&
                                      cast<Str>(e.key.get())->text == cast<Str>(key)->text);
        }
        if (eq) {
          *entry = ix;
          *free_slot = slot;
          return true;
        }
      }
    }
    slot = (slot + 1) & mask;
  }
}

}  // namespace

Object* dict_get(Thread& t, Dict* d, Object* key) {
  int64_t h;
  if (key->type == str_type) h = str_hash(cast<Str>(key));  // the commonest key: no slot call
  else if (!hash(t, key, &h)) return nullptr;
  if (d->index.empty()) return nullptr;  // never filled: no index to build for a lookup
  int32_t entry;
  size_t slot;
  if (!find(&t, d, key, h, &entry, &slot) || entry < 0) return nullptr;
  return d->entries[static_cast<size_t>(entry)].value.get();
}

Object* dict_get_str(Dict* d, Str* key) {
  if (d->index.empty()) return nullptr;
  int32_t entry;
  size_t slot;
  find(nullptr, d, key, str_hash(key), &entry, &slot);
  return entry < 0 ? nullptr : d->entries[static_cast<size_t>(entry)].value.get();
}

int64_t dict_find_str(Dict* d, Str* key) {
  int32_t entry;
  size_t slot;
  find(nullptr, d, key, str_hash(key), &entry, &slot);
  return entry;
}

namespace {
// A type's dict changes: Type::lookup's cache is dropped before (a finaliser run by the change
// may look names up) and after (what it cached meanwhile may be stale).
struct WatchedChange {
  explicit WatchedChange(Dict* d) : watched(d->watched.load(std::memory_order_relaxed)) {
    if (watched) type_attributes_changed();
  }
  ~WatchedChange() {
    if (watched) type_attributes_changed();
  }
  WatchedChange(const WatchedChange&) = delete;
  WatchedChange& operator=(const WatchedChange&) = delete;
  bool watched;
};

bool insert(Thread* t, Dict* d, Object* key, int64_t h, Object* value) {
  int32_t entry;
  size_t slot;
  if (!find(t, d, key, h, &entry, &slot)) return false;
  WatchedChange change(d);
  if (entry >= 0) {
    d->entries[static_cast<size_t>(entry)].value = Value::borrow(value);
    return true;
  }
  d->keys_version = new_keys_version();
  d->entries.push_back({h, Value::borrow(key), Value::borrow(value)});
  d->index[slot] = static_cast<int32_t>(d->entries.size() - 1);
  ++d->used;
  if (d->entries.size() * 3 >= d->index.size() * 2) rebuild(d);
  return true;
}
}  // namespace

bool dict_set(Thread& t, Dict* d, Object* key, Object* value) {
  int64_t h;
  if (key->type == str_type) h = str_hash(cast<Str>(key));
  else if (!hash(t, key, &h)) return false;
  return insert(&t, d, key, h, value);
}

bool dict_set_str(Dict* d, std::string_view key, Object* value) {
  Ref<Str> k = intern(key);
  return insert(nullptr, d, k.get(), str_hash(k.get()), value);
}

int dict_del(Thread& t, Dict* d, Object* key) {
  int64_t h;
  if (!hash(t, key, &h)) return -1;
  int32_t entry;
  size_t slot;
  if (!find(&t, d, key, h, &entry, &slot)) return -1;
  if (entry < 0) return 0;
  d->keys_version = new_keys_version();
  WatchedChange change(d);
  d->index[slot] = kDeleted;
  d->entries[static_cast<size_t>(entry)].key.reset();
  d->entries[static_cast<size_t>(entry)].value.reset();
  --d->used;
  if (d->entries.size() > 16 && d->used * 2 < d->entries.size()) rebuild(d);
  return 1;
}

namespace {

Dict* D(Object* o) { return cast<Dict>(o); }

thread_local std::vector<Object*> t_dict_repr;

Value dict_repr(Thread& t, Object* o) {
  for (Object* p : t_dict_repr) {
    if (p == o) return make_str("{...}");
  }
  RecursionGuard guard(t, " while getting the repr of an object");
  if (!guard.ok()) return nullptr;
  t_dict_repr.push_back(o);
  std::string out = "{";
  bool first = true, ok = true;
  for (auto& e : D(o)->entries) {
    if (!e.key) continue;
    if (!first) out += ", ";
    first = false;
    std::string k, v;
    if (!repr_text(t, e.key.get(), &k) || !repr_text(t, e.value.get(), &v)) {
      ok = false;
      break;
    }
    out += k + ": " + v;
  }
  t_dict_repr.pop_back();
  if (!ok) return nullptr;
  return make_str(out + "}");
}

int64_t dict_length(Thread&, Object* o) { return static_cast<int64_t>(D(o)->used); }
int dict_truth(Thread&, Object* o) { return D(o)->used > 0; }

Value dict_getitem(Thread& t, Object* o, Object* key) {
  Object* v = dict_get(t, D(o), key);
  if (v) return Value::borrow(v);
  if (t.has_exception()) return nullptr;
  if (o->type != dict_type) {
    // A subclass's __missing__(key) gives the value of an absent key (defaultdict, Counter).
    if (Object* missing = o->type->lookup("__missing__")) {
      Value bound = getattr(t, o, intern_cstr("__missing__"));
      (void)missing;
      if (!bound) return nullptr;
      return call1(t, bound.get(), key);
    }
  }
  auto e = make_exception(exc::KeyError, "");
  e->args = make_tuple({Value::borrow(key)});
  t.set_exception(e);
  return nullptr;
}

bool dict_setitem(Thread& t, Object* o, Object* key, Object* value) {
  if (value) return dict_set(t, D(o), key, value);
  int r = dict_del(t, D(o), key);
  if (r == 0) {
    auto e = make_exception(exc::KeyError, "");
    e->args = make_tuple({Value::borrow(key)});
    t.set_exception(e);
  }
  return r > 0;
}

int dict_contains(Thread& t, Object* o, Object* key) {
  Object* v = dict_get(t, D(o), key);
  if (!v && t.has_exception()) return -1;
  return v != nullptr;
}

Value dict_iter(Thread&, Object* o) { return make<SeqIterator>(Value::borrow(o), 2); }

Value dict_compare(Thread& t, Object* a, Object* b, CompareOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return Value::borrow(NotImplemented);
  }
  bool same = D(a)->used == D(b)->used;
  RecursionGuard guard(t, " in comparison");
  if (!guard.ok()) return nullptr;
  for (auto& e : D(a)->entries) {
    if (!same) break;
    if (!e.key) continue;
    Object* other = dict_get(t, D(b), e.key.get());
    if (!other) {
      if (t.has_exception()) return nullptr;
      same = false;
      break;
    }
    int eq = equals(t, e.value.get(), other);
    if (eq < 0) return nullptr;
    same = eq == 1;
  }
  return boolean(same == (op == CompareOp::Eq));
}

bool update_from(Thread& t, Dict* d, Object* src) {
  if (is_dict(src)) {
    for (auto& e : D(src)->entries) {
      if (e.key && !dict_set(t, d, e.key.get(), e.value.get())) return false;
    }
    return true;
  }
  // Any other object with keys() is a mapping (CPython's PyDict_Merge): keys(), then src[key].
  Value keys = lookup_attr(t, src, intern("keys").get());
  if (!keys && t.has_exception()) return false;
  if (keys) {
    std::vector<Value> names;
    Value listed = call0(t, keys.get());
    if (!listed || !collect(t, listed.get(), &names)) return false;
    for (auto& k : names) {
      Value v = getitem(t, src, k.get());
      if (!v || !dict_set(t, d, k.get(), v.get())) return false;
    }
    return true;
  }
  std::vector<Value> pairs;
  if (!collect(t, src, &pairs)) return false;
  for (size_t i = 0; i < pairs.size(); ++i) {
    std::vector<Value> kv;
    if (!collect(t, pairs[i].get(), &kv)) return false;
    if (kv.size() != 2) {
      t.raise(exc::ValueError, "dictionary update sequence element #" + std::to_string(i) + " has length " +
                                   std::to_string(kv.size()) + "; 2 is required");
      return false;
    }
    if (!dict_set(t, d, kv[0].get(), kv[1].get())) return false;
  }
  return true;
}

Value dict_new(Thread& t, Type*, const CallArgs& a) {
  if (a.nargs > 1) {
    return t.raise(exc::TypeError, "dict expected at most 1 argument, got " + std::to_string(a.nargs));
  }
  auto d = make_dict();
  if (a.nargs > 0 && !update_from(t, d.get(), a.arg(0))) return nullptr;
  for (size_t k = 0; k < a.nkw(); ++k) {
    if (!dict_set(t, d.get(), a.kwnames->items[k].get(), a.kwvalue(k))) return nullptr;
  }
  return d;
}

Value m_get(Thread& t, Object* self, const CallArgs& a) {
  Object* v = dict_get(t, D(self), a.arg(0));
  if (v) return Value::borrow(v);
  if (t.has_exception()) return nullptr;
  return a.nargs > 1 ? Value::borrow(a.arg(1)) : none();
}
Value m_setdefault(Thread& t, Object* self, const CallArgs& a) {
  Object* v = dict_get(t, D(self), a.arg(0));
  if (v) return Value::borrow(v);
  if (t.has_exception()) return nullptr;
  Object* dflt = a.nargs > 1 ? a.arg(1) : None;
  if (!dict_set(t, D(self), a.arg(0), dflt)) return nullptr;
  return Value::borrow(dflt);
}
Value m_pop(Thread& t, Object* self, const CallArgs& a) {
  Object* v = dict_get(t, D(self), a.arg(0));
  if (!v) {
    if (t.has_exception()) return nullptr;
    if (a.nargs > 1) return Value::borrow(a.arg(1));
    return dict_getitem(t, self, a.arg(0));
  }
  Value keep = Value::borrow(v);
  if (dict_del(t, D(self), a.arg(0)) < 0) return nullptr;
  return keep;
}
Value view(Object* self, int kind) {
  Type* type = kind == 2 ? dict_keys_type : kind == 3 ? dict_values_type : dict_items_type;
  auto v = make<SeqIterator>(Value::borrow(self), kind);
  v->type = type;  // a view: iterable, sized, printable
  return v;
}
Value m_keys(Thread&, Object* self, const CallArgs&) { return view(self, 2); }
Value m_values(Thread&, Object* self, const CallArgs&) { return view(self, 3); }
Value m_items(Thread&, Object* self, const CallArgs&) { return view(self, 4); }
Value m_update(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs > 0 && !update_from(t, D(self), a.arg(0))) return nullptr;
  for (size_t k = 0; k < a.nkw(); ++k) {
    if (!dict_set(t, D(self), a.kwnames->items[k].get(), a.kwvalue(k))) return nullptr;
  }
  return none();
}
Value m_copy(Thread& t, Object* self, const CallArgs&) {
  auto d = make_dict();
  if (!update_from(t, d.get(), self)) return nullptr;
  return d;
}
Value m_clear(Thread&, Object* self, const CallArgs&) {
  D(self)->keys_version = new_keys_version();
  WatchedChange change(D(self));
  D(self)->entries.clear();
  D(self)->index.clear();
  D(self)->used = 0;
  return none();
}

Value m_popitem(Thread& t, Object* self, const CallArgs&) {
  Dict* d = D(self);
  for (size_t i = d->entries.size(); i-- > 0;) {
    if (!d->entries[i].key) continue;
    Value k = d->entries[i].key, v = d->entries[i].value;
    if (dict_del(t, d, k.get()) < 0) return nullptr;
    return make_tuple({k, v});
  }
  return t.raise(exc::KeyError, "popitem(): dictionary is empty");
}
// dict.fromkeys(iterable, value=None): reached through the type, so args[0] is the iterable
// (or, when called on an instance, `self` is that dict and is ignored).
// d | other: a new dict; d |= other: update in place (any mapping or pairs).
Value dict_or(Thread& t, Object* a, Object* b) {
  if (!is_dict(a) || !is_dict(b)) return Value::borrow(NotImplemented);
  auto d = make_dict();
  if (!update_from(t, d.get(), a) || !update_from(t, d.get(), b)) return nullptr;
  return d;
}
Value m_ior(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 1) return Value::borrow(NotImplemented);
  if (!update_from(t, D(self), a.arg(0))) return nullptr;
  return Value::borrow(self);
}

// keys() and items() views are set-like: comparisons and & | - ^ work on set(view).
bool is_setlike(Object* o) {
  return o->type == dict_keys_type || o->type == dict_items_type || o->type == set_type || o->type == frozenset_type;
}
Value as_set(Thread& t, Object* o) {
  if (o->type == set_type || o->type == frozenset_type) return Value::borrow(o);
  auto s = make_set();
  if (!set_update(t, s.get(), o)) return nullptr;
  return s;
}
Value view_compare(Thread& t, Object* a, Object* b, CompareOp op) {
  if (!is_setlike(a) || !is_setlike(b)) return Value::borrow(NotImplemented);
  Value x = as_set(t, a), y = x ? as_set(t, b) : nullptr;
  if (!y) return nullptr;
  return set_type->compare(t, x.get(), y.get(), op);
}
template <BinaryOp op>
Value view_binary(Thread& t, Object* a, Object* b) {
  auto x = make_set();  // always a new set, even when `a` is one
  if (!set_update(t, x.get(), a)) return nullptr;
  Value y = as_set(t, b);
  if (!y) return nullptr;
  return binary_op(t, op, x.get(), y.get());
}

}  // namespace

void init_dict_type() {
  for (Type* view : {dict_keys_type, dict_items_type}) {
    view->compare = view_compare;
    view->binary[int(BinaryOp::And)] = view_binary<BinaryOp::And>;
    view->binary[int(BinaryOp::Or)] = view_binary<BinaryOp::Or>;
    view->binary[int(BinaryOp::Sub)] = view_binary<BinaryOp::Sub>;
    view->binary[int(BinaryOp::Xor)] = view_binary<BinaryOp::Xor>;
  }
  Type* t = dict_type;
  t->repr = dict_repr;
  t->length = dict_length;
  t->truth = dict_truth;
  t->getitem = dict_getitem;
  t->setitem = dict_setitem;
  t->contains = dict_contains;
  t->iter = dict_iter;
  t->compare = dict_compare;
  t->construct = dict_new;
  add_method(t, "get", m_get);
  add_method(t, "setdefault", m_setdefault);
  add_method(t, "pop", m_pop);
  add_method(t, "keys", m_keys);
  add_method(t, "values", m_values);
  add_method(t, "items", m_items);
  add_method(t, "update", m_update);
  add_method(t, "copy", m_copy);
  add_method(t, "clear", m_clear);
  add_method(t, "popitem", m_popitem);
  add_method(t, "__ior__", m_ior);
  t->binary[int(BinaryOp::Or)] = dict_or;
  // fromkeys, a classmethod, comes with the subclassing support (builtin_subclass.cpp).
}

}  // namespace py
