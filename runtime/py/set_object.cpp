// set and frozenset: an open-addressed hash table laid out the way CPython's is (linear probes,
// then perturbed jumps; the same growth points), so a set of ints iterates — and prints — in
// the same order as under CPython. (Sets of str are in arbitrary order in CPython anyway.)
#include "py/abstract.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"

namespace py {

namespace {

constexpr uint64_t kLinearProbes = 9;  // probes as on 64-bit CPython, also on wasm32
constexpr int kPerturbShift = 5;
Type* set_iterator_type = nullptr;

Set* S(Object* o) { return cast<Set>(o); }
bool is_set(Object* o) { return o->type->is_subtype(set_type) || o->type->is_subtype(frozenset_type); }

// Finds `key`'s slot: the active one holding it (found = true), else where to insert it.
// -1 on error (an __eq__ raised).
int64_t find_slot(Thread& t, Set* s, Object* key, int64_t hash, bool* found) {
  uint64_t mask = s->table.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  int64_t freeslot = -1;
  *found = false;
  for (;;) {
    uint64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    uint64_t j = i;
    for (;;) {
      Set::Slot& e = s->table[j];
      if (!e.key && !e.dummy) return freeslot >= 0 ? freeslot : static_cast<int64_t>(j);
      if (e.key && e.hash == hash) {
        if (e.key.get() == key) {
          *found = true;
          return static_cast<int64_t>(j);
        }
        Value keep = e.key;  // __eq__ may mutate the set
        int eq = equals(t, keep.get(), key);
        if (eq < 0) return -1;
        if (eq) {
          *found = true;
          return static_cast<int64_t>(j);
        }
      } else if (e.dummy && freeslot < 0) {
        freeslot = static_cast<int64_t>(j);
      }
      if (probes-- == 0) break;
      ++j;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void insert_clean(std::vector<Set::Slot>& table, Value key, int64_t hash) {
  uint64_t mask = table.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  uint64_t i = static_cast<uint64_t>(hash) & mask;
  for (;;) {
    if (!table[i].key) break;
    bool placed = false;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 1; j <= kLinearProbes; ++j) {
        if (!table[i + j].key) {
          i += j;
          placed = true;
          break;
        }
      }
    }
    if (placed) break;
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[i].key = std::move(key);
  table[i].hash = hash;
}

void resize(Set* s, size_t minused) {
  size_t size = 8;
  while (size <= minused) size <<= 1;
  std::vector<Set::Slot> old;
  old.swap(s->table);
  s->table.resize(size);
  for (auto& e : old) {
    if (e.key) insert_clean(s->table, std::move(e.key), e.hash);
  }
  s->fill = s->used;
}

bool add_hashed(Thread& t, Set* s, Object* key, int64_t hash) {
  bool found;
  int64_t slot = find_slot(t, s, key, hash, &found);
  if (slot < 0) return false;
  if (found) return true;
  Set::Slot& e = s->table[static_cast<size_t>(slot)];
  bool was_dummy = e.dummy;
  e.key = Value::borrow(key);
  e.hash = hash;
  e.dummy = false;
  ++s->used;
  if (was_dummy) return true;
  ++s->fill;
  if (s->fill * 5 < (s->table.size() - 1) * 3) return true;
  resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
  return true;
}

bool hash_key(Thread& t, Object* key, int64_t* h) {
  if (!hash(t, key, h)) return false;
  return true;
}

Value set_repr(Thread& t, Object* o) {
  Set* s = S(o);
  bool frozen = !o->type->is_subtype(set_type);
  const std::string& name = o->type->name;
  if (s->used == 0) return make_str(name + "()");
  std::string out = frozen || o->type != set_type ? name + "({" : "{";
  bool first = true;
  for (size_t i = 0; i < s->table.size(); ++i) {
    if (!s->table[i].key) continue;
    Value k = s->table[i].key;
    std::string r;
    if (!repr_text(t, k.get(), &r)) return nullptr;
    if (!first) out += ", ";
    first = false;
    out += r;
  }
  out += frozen || o->type != set_type ? "})" : "}";
  return make_str(std::move(out));
}

int64_t set_length(Thread&, Object* o) { return static_cast<int64_t>(S(o)->used); }
int set_truth(Thread&, Object* o) { return S(o)->used != 0; }
int set_contains_slot(Thread& t, Object* o, Object* key) { return set_contains(t, S(o), key); }

struct SetIterator : Object {
  Ref<Set> set;
  size_t pos = 0;
  size_t size_at_start;
  explicit SetIterator(Ref<Set> s) : Object(set_iterator_type), set(std::move(s)), size_at_start(set->used) {}
};

Value set_iter(Thread&, Object* o) { return make<SetIterator>(Ref<Set>::borrow(S(o))); }
Value set_iterator_next(Thread& t, Object* o) {
  auto* it = cast<SetIterator>(o);
  if (!it->set) return nullptr;
  if (it->set->used != it->size_at_start) {
    it->size_at_start = SIZE_MAX;  // keeps failing, as CPython's does
    return t.raise(exc::RuntimeError, "Set changed size during iteration");
  }
  auto& table = it->set->table;
  while (it->pos < table.size() && !table[it->pos].key) ++it->pos;
  if (it->pos >= table.size()) {
    it->set.reset();
    return nullptr;
  }
  return table[it->pos++].key;
}
Value self_iter(Thread&, Object* o) { return Value::borrow(o); }

// A new set (of `type`) with the items of `s`, in table order.
Ref<Set> copy_of(Thread& t, Set* s, Type* type) {
  auto r = make_set(type);
  if (!set_update(t, r.get(), s)) return nullptr;
  return r;
}

// The argument of a set operator as a set: itself, or a new set of its items.
Ref<Set> as_set(Thread& t, Object* o) {
  if (is_set(o)) return Ref<Set>::borrow(S(o));
  auto r = make_set();
  if (!set_update(t, r.get(), o)) return nullptr;
  return r;
}

Type* result_type(Object* a) { return a->type->is_subtype(set_type) ? set_type : frozenset_type; }

Ref<Set> op_union(Thread& t, Set* a, Object* b) {
  auto r = copy_of(t, a, result_type(a));
  if (!r || !set_update(t, r.get(), b)) return nullptr;
  return r;
}

Ref<Set> op_intersection(Thread& t, Set* a, Object* bo) {
  Ref<Set> b = as_set(t, bo);
  if (!b) return nullptr;
  auto r = make_set(result_type(a));
  Set* small = a;
  Set* big = b.get();
  if (b->used < a->used) std::swap(small, big);
  for (size_t i = 0; i < small->table.size(); ++i) {
    if (!small->table[i].key) continue;
    Value k = small->table[i].key;
    int in = set_contains(t, big, k.get());
    if (in < 0) return nullptr;
    if (in && !add_hashed(t, r.get(), k.get(), small->table[i].hash)) return nullptr;
  }
  return r;
}

Ref<Set> op_difference(Thread& t, Set* a, Object* bo) {
  Ref<Set> b = as_set(t, bo);
  if (!b) return nullptr;
  if ((a->used >> 2) > b->used) {
    auto r = copy_of(t, a, result_type(a));
    if (!r) return nullptr;
    for (size_t i = 0; i < b->table.size(); ++i) {
      if (b->table[i].key && set_discard(t, r.get(), b->table[i].key.get()) < 0) return nullptr;
    }
    return r;
  }
  auto r = make_set(result_type(a));
  for (size_t i = 0; i < a->table.size(); ++i) {
    if (!a->table[i].key) continue;
    Value k = a->table[i].key;
    int in = set_contains(t, b.get(), k.get());
    if (in < 0) return nullptr;
    if (!in && !add_hashed(t, r.get(), k.get(), a->table[i].hash)) return nullptr;
  }
  return r;
}

bool symmetric_update(Thread& t, Set* target, Set* other) {
  for (size_t i = 0; i < other->table.size(); ++i) {
    if (!other->table[i].key) continue;
    Value k = other->table[i].key;
    int removed = set_discard(t, target, k.get());
    if (removed < 0) return false;
    if (!removed && !add_hashed(t, target, k.get(), other->table[i].hash)) return false;
  }
  return true;
}

Ref<Set> op_symmetric(Thread& t, Set* a, Object* bo) {
  // CPython starts from a copy of the other operand and folds this one in.
  auto r = make_set(result_type(a));
  if (!set_update(t, r.get(), bo)) return nullptr;
  if (!symmetric_update(t, r.get(), a)) return nullptr;
  return r;
}

Value binop(Thread& t, Object* a, Object* b, Ref<Set> (*fn)(Thread&, Set*, Object*)) {
  if (!is_set(a) || !is_set(b)) return Value::borrow(NotImplemented);
  return fn(t, S(a), b);
}
Value set_or(Thread& t, Object* a, Object* b) { return binop(t, a, b, op_union); }
Value set_and(Thread& t, Object* a, Object* b) { return binop(t, a, b, op_intersection); }
Value set_sub(Thread& t, Object* a, Object* b) { return binop(t, a, b, op_difference); }
Value set_xor(Thread& t, Object* a, Object* b) { return binop(t, a, b, op_symmetric); }

// 1 when every item of a is in b, 0 if not, -1 on error.
int subset(Thread& t, Set* a, Set* b) {
  if (a->used > b->used) return 0;
  for (size_t i = 0; i < a->table.size(); ++i) {
    if (!a->table[i].key) continue;
    Value k = a->table[i].key;
    int in = set_contains(t, b, k.get());
    if (in <= 0) return in;
  }
  return 1;
}

Value set_compare(Thread& t, Object* ao, Object* bo, CompareOp op) {
  if (!is_set(bo)) return Value::borrow(NotImplemented);
  Set* a = S(ao);
  Set* b = S(bo);
  int r = 0;
  switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
      r = a->used == b->used ? subset(t, a, b) : 0;
      if (r < 0) return nullptr;
      return boolean((r == 1) == (op == CompareOp::Eq));
    case CompareOp::Le: r = subset(t, a, b); break;
    case CompareOp::Lt: r = a->used < b->used ? subset(t, a, b) : 0; break;
    case CompareOp::Ge: r = subset(t, b, a); break;
    case CompareOp::Gt: r = b->used < a->used ? subset(t, b, a) : 0; break;
  }
  if (r < 0) return nullptr;
  return boolean(r == 1);
}

bool frozenset_hash(Thread&, Object* o, int64_t* out) {
  // Order-independent: a mix of every item's hash (not CPython's formula; only equality of
  // hashes of equal frozensets matters).
  uint64_t h = 0;
  Set* s = S(o);
  for (auto& e : s->table) {
    if (!e.key) continue;
    uint64_t x = static_cast<uint64_t>(e.hash);
    h ^= ((x ^ 89869747ULL) ^ (x << 16)) * 3644798167ULL;
  }
  h ^= (s->used + 1) * 1927868237ULL;
  h = h * 69069U + 907133923ULL;
  int64_t r = static_cast<int64_t>(h >> 1);
  *out = r == -1 ? -2 : r;
  return true;
}

bool unhashable_set(Thread& t, Object*, int64_t*) {
  t.raise(exc::TypeError, "unhashable type: 'set'");
  return false;
}

Value set_construct(Thread& t, Type* type, const CallArgs& a) {
  const char* name = type->is_subtype(set_type) ? "set" : "frozenset";
  if (a.nkw()) return t.raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
  if (a.nargs > 1) {
    return t.raise(exc::TypeError, std::string(name) + " expected at most 1 argument, got " + std::to_string(a.nargs));
  }
  auto s = make_set(type);
  if (a.nargs == 1 && !set_update(t, s.get(), a.arg(0))) return nullptr;
  return s;
}

// --- methods ---------------------------------------------------------------------------------
bool one_arg(Thread& t, const CallArgs& a, const char* name) {
  if (a.nargs != 1 || a.nkw()) {
    t.raise(exc::TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
    return false;
  }
  return true;
}

Value m_add(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "set.add")) return nullptr;
  if (!set_add(t, S(self), a.arg(0))) return nullptr;
  return none();
}
Value m_discard(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "set.discard")) return nullptr;
  if (set_discard(t, S(self), a.arg(0)) < 0) return nullptr;
  return none();
}
Value m_remove(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "set.remove")) return nullptr;
  int r = set_discard(t, S(self), a.arg(0));
  if (r < 0) return nullptr;
  if (r == 0) {
    auto args = make_tuple({Value::borrow(a.arg(0))});
    t.set_exception(make<BaseException>(exc::KeyError, args));
    return nullptr;
  }
  return none();
}
Value m_pop(Thread& t, Object* self, const CallArgs&) {
  Set* s = S(self);
  if (s->used == 0) return t.raise(exc::KeyError, "pop from an empty set");
  size_t i = s->finger & (s->table.size() - 1);
  while (!s->table[i].key) i = (i + 1) & (s->table.size() - 1);
  Value k = std::move(s->table[i].key);
  s->table[i].dummy = true;
  s->table[i].hash = -1;
  --s->used;
  s->finger = i + 1;
  return k;
}
Value m_clear(Thread&, Object* self, const CallArgs&) {
  Set* s = S(self);
  s->table.clear();
  s->table.resize(8);
  s->fill = s->used = 0;
  return none();
}
Value m_copy(Thread& t, Object* self, const CallArgs&) {
  if (self->type == frozenset_type) return Value::borrow(self);
  return copy_of(t, S(self), result_type(self));
}
Value m_update(Thread& t, Object* self, const CallArgs& a) {
  for (size_t i = 0; i < a.nargs; ++i) {
    if (!set_update(t, S(self), a.arg(i))) return nullptr;
  }
  return none();
}
// union/intersection/difference take any number of iterables.
template <Ref<Set> (*Fn)(Thread&, Set*, Object*)>
Value m_multi(Thread& t, Object* self, const CallArgs& a) {
  Ref<Set> r = copy_of(t, S(self), result_type(self));
  if (!r) return nullptr;
  for (size_t i = 0; i < a.nargs; ++i) {
    r = Fn(t, r.get(), a.arg(i));
    if (!r) return nullptr;
  }
  return r;
}
Value m_symmetric_difference(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "symmetric_difference")) return nullptr;
  return op_symmetric(t, S(self), a.arg(0));
}
// The in-place forms: compute, then replace the contents (identity kept).
template <Ref<Set> (*Fn)(Thread&, Set*, Object*)>
Value m_inplace(Thread& t, Object* self, const CallArgs& a) {
  Ref<Set> r = Ref<Set>::borrow(S(self));
  for (size_t i = 0; i < a.nargs; ++i) {
    r = Fn(t, r.get(), a.arg(i));
    if (!r) return nullptr;
  }
  if (r.get() != self) {
    Set* s = S(self);
    s->table.swap(r->table);
    s->used = r->used;
    s->fill = r->fill;
  }
  return none();
}
Value m_symmetric_update(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "symmetric_difference_update")) return nullptr;
  Ref<Set> other = as_set(t, a.arg(0));
  if (!other || !symmetric_update(t, S(self), other.get())) return nullptr;
  return none();
}
// The operator forms (|= &= -= ^=) return the set itself, and want a set operand.
template <Ref<Set> (*Fn)(Thread&, Set*, Object*)>
Value m_ioperator(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 1 || !is_set(a.arg(0))) return Value::borrow(NotImplemented);
  if (!m_inplace<Fn>(t, self, a)) return nullptr;
  return Value::borrow(self);
}
Value m_ixor(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 1 || !is_set(a.arg(0))) return Value::borrow(NotImplemented);
  if (!symmetric_update(t, S(self), S(a.arg(0)))) return nullptr;
  return Value::borrow(self);
}
Value m_issubset(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "issubset")) return nullptr;
  Ref<Set> other = as_set(t, a.arg(0));
  if (!other) return nullptr;
  int r = subset(t, S(self), other.get());
  return r < 0 ? nullptr : boolean(r);
}
Value m_issuperset(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "issuperset")) return nullptr;
  Ref<Set> other = as_set(t, a.arg(0));
  if (!other) return nullptr;
  int r = subset(t, other.get(), S(self));
  return r < 0 ? nullptr : boolean(r);
}
Value m_isdisjoint(Thread& t, Object* self, const CallArgs& a) {
  if (!one_arg(t, a, "isdisjoint")) return nullptr;
  Ref<Set> other = as_set(t, a.arg(0));
  if (!other) return nullptr;
  Ref<Set> both = op_intersection(t, S(self), other.get());
  if (!both) return nullptr;
  return boolean(both->used == 0);
}

void init_common(Type* ty) {
  ty->repr = set_repr;
  ty->length = set_length;
  ty->truth = set_truth;
  ty->contains = set_contains_slot;
  ty->iter = set_iter;
  ty->compare = set_compare;
  ty->construct = set_construct;
  ty->binary[int(BinaryOp::Or)] = set_or;
  ty->binary[int(BinaryOp::And)] = set_and;
  ty->binary[int(BinaryOp::Sub)] = set_sub;
  ty->binary[int(BinaryOp::Xor)] = set_xor;
  add_method(ty, "copy", m_copy);
  add_method(ty, "union", m_multi<op_union>);
  add_method(ty, "intersection", m_multi<op_intersection>);
  add_method(ty, "difference", m_multi<op_difference>);
  add_method(ty, "symmetric_difference", m_symmetric_difference);
  add_method(ty, "issubset", m_issubset);
  add_method(ty, "issuperset", m_issuperset);
  add_method(ty, "isdisjoint", m_isdisjoint);
}

}  // namespace

Set::Set(Type* t) : Object(t) { table.resize(8); }

Ref<Set> make_set(Type* type) { return make<Set>(type ? type : set_type); }

bool set_add(Thread& t, Set* s, Object* key) {
  int64_t h;
  if (!hash_key(t, key, &h)) return false;
  return add_hashed(t, s, key, h);
}

int set_contains(Thread& t, Set* s, Object* key) {
  int64_t h;
  if (!hash(t, key, &h)) {
    // `[1] in some_set` is False-or-TypeError in CPython: unhashable → TypeError, kept.
    return -1;
  }
  bool found;
  if (find_slot(t, s, key, h, &found) < 0) return -1;
  return found ? 1 : 0;
}

int set_discard(Thread& t, Set* s, Object* key) {
  int64_t h;
  if (!hash(t, key, &h)) return -1;
  bool found;
  int64_t slot = find_slot(t, s, key, h, &found);
  if (slot < 0) return -1;
  if (!found) return 0;
  Set::Slot& e = s->table[static_cast<size_t>(slot)];
  e.key.reset();
  e.dummy = true;
  e.hash = -1;
  --s->used;
  return 1;
}

bool set_update(Thread& t, Set* s, Object* iterable) {
  if (is_set(iterable)) {
    Set* o = S(iterable);
    if (o == s) return true;
    if ((s->fill + o->used) * 5 >= (s->table.size() - 1) * 3) resize(s, (s->used + o->used) * 2);
    std::vector<Set::Slot> items;
    for (auto& e : o->table) {
      if (e.key) items.push_back({e.hash, e.key, false});
    }
    for (auto& e : items) {
      if (!add_hashed(t, s, e.key.get(), e.hash)) return false;
    }
    return true;
  }
  if (iterable->type == dict_type) {
    Dict* d = cast<Dict>(iterable);
    if ((s->fill + d->used) * 5 >= (s->table.size() - 1) * 3) resize(s, (s->used + d->used) * 2);
    std::vector<Dict::Entry> entries = d->entries;
    for (auto& e : entries) {
      if (e.key && !add_hashed(t, s, e.key.get(), e.hash)) return false;
    }
    return true;
  }
  Value it = iter(t, iterable);
  if (!it) return false;
  for (;;) {
    Value v = next(t, it.get());
    if (!v) return !t.has_exception();
    if (!set_add(t, s, v.get())) return false;
  }
}

void init_set_types() {
  set_iterator_type = new Type(type_type, "set_iterator", object_type);
  set_iterator_type->refcnt = kImmortal;
  set_iterator_type->iter = self_iter;
  set_iterator_type->next = set_iterator_next;

  init_common(set_type);
  set_type->hash = unhashable_set;
  add_method(set_type, "add", m_add);
  add_method(set_type, "discard", m_discard);
  add_method(set_type, "remove", m_remove);
  add_method(set_type, "pop", m_pop);
  add_method(set_type, "clear", m_clear);
  add_method(set_type, "update", m_update);
  add_method(set_type, "intersection_update", m_inplace<op_intersection>);
  add_method(set_type, "difference_update", m_inplace<op_difference>);
  add_method(set_type, "symmetric_difference_update", m_symmetric_update);
  add_method(set_type, "__ior__", m_ioperator<op_union>);
  add_method(set_type, "__iand__", m_ioperator<op_intersection>);
  add_method(set_type, "__isub__", m_ioperator<op_difference>);
  add_method(set_type, "__ixor__", m_ixor);

  init_common(frozenset_type);
  frozenset_type->hash = frozenset_hash;
}

}  // namespace py
