// The built-in types, exception types and singletons: created once per process, immortal.
#include <atomic>
#include <cstdio>
#include <mutex>

#include "py/abstract.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"

namespace py {

#define X(name) Type* name##_type = nullptr;
PY_CORE_TYPES(X)
#undef X
namespace exc {
#define X(name, base) Type* name = nullptr;
PY_EXCEPTION_TYPES(X)
#undef X
// BaseException's base in the table is `object`.
static Type*& object = ::py::object_type;
}  // namespace exc

Object* None = nullptr;
Object* True = nullptr;
Object* False = nullptr;
Object* NotImplemented = nullptr;

// Each type's file installs its slots and methods.
void init_object_and_type();
void init_int_type();
void init_float_type();
void init_str_type();
void init_tuple_type();
void init_list_type();
void init_dict_type();
void init_range_type();
void init_function_types();
void init_exception_types();
void init_iterator_types();
void init_slice_type();
void init_small_ints();
void init_class_types();
void init_builtin_subclassing();  // builtin_subclass.cpp
void init_int_descriptors();      // int_object.cpp
void init_float_descriptors();    // float_object.cpp
void init_set_types();
void init_generator_type();
void init_coroutine_types();
void init_async_generator_types();

Type::Type(Type* metatype, std::string n, Type* b) : Object(metatype), name(std::move(n)), base(b) {
  mro.push_back(this);
  if (base) mro.insert(mro.end(), base->mro.begin(), base->mro.end());
}

bool Type::is_subtype(const Type* other) const {
  for (Type* t : mro) {
    if (t == other) return true;
  }
  return false;
}

Type::~Type() { type_attributes_changed(); }  // its address may be reused by a new type

namespace {
// The lookup cache: (type, name) -> what the MRO walk found, valid while the epoch is the
// same. One global epoch rather than CPython's per-type version tags: classes rarely change
// after they are built, and then every entry is dropped at once, which needs no list of
// subclasses. Per thread, so interpreters on several threads never share an entry.
std::atomic<uint64_t> g_lookup_epoch{1};  // entries start at 0: never valid
struct LookupCacheEntry {
  uint64_t epoch;
  const Type* type;
  const Str* name;
  Object* value;  // borrowed from the type's dict (null: absent)
};
constexpr size_t kLookupCacheSize = 1024;  // a power of two
thread_local LookupCacheEntry t_lookup_cache[kLookupCacheSize];

size_t lookup_cache_slot(const Type* type, const Str* name) {
  auto a = reinterpret_cast<uintptr_t>(type) >> 4, b = reinterpret_cast<uintptr_t>(name) >> 4;
  return static_cast<size_t>(a * 31 + b) & (kLookupCacheSize - 1);
}
}  // namespace

void type_attributes_changed() { g_lookup_epoch.fetch_add(1, std::memory_order_relaxed); }

Object* Type::lookup(Str* key) const {
  uint64_t epoch = g_lookup_epoch.load(std::memory_order_relaxed);
  LookupCacheEntry& e = t_lookup_cache[lookup_cache_slot(this, key)];
  if (e.epoch == epoch && e.type == this && e.name == key) return e.value;
  // Only immortal (interned) names are cached: their address can't be reused by another text.
  bool cacheable = key->refcnt > kImmortal / 2;
  Object* found = nullptr;
  for (Type* t : mro) {
    if (!t->dict) {
      cacheable = false;  // a dict created later would not be watched
      continue;
    }
    if (cacheable && !t->dict->watched.load(std::memory_order_relaxed)) {
      t->dict->watched.store(true, std::memory_order_relaxed);
    }
    if ((found = dict_get_str(t->dict.get(), key))) break;
  }
  if (cacheable) e = {epoch, this, key, found};
  return found;
}

Object* Type::lookup(const char* key) const { return lookup(intern_cstr(key)); }

bool isinstance(Object* o, const Type* t) { return o->type->is_subtype(t); }

void inherit_slots(Type* type) {
  Type* b = type->base;
  if (!b) return;
#define INHERIT(slot) \
  if (!type->slot) type->slot = b->slot;
  INHERIT(repr) INHERIT(str) INHERIT(hash) INHERIT(compare) INHERIT(negative) INHERIT(positive)
  INHERIT(invert) INHERIT(truth) INHERIT(length) INHERIT(iter) INHERIT(next) INHERIT(getitem)
  INHERIT(setitem) INHERIT(contains) INHERIT(call) INHERIT(getattr) INHERIT(setattr) INHERIT(construct)
#undef INHERIT
  for (int i = 0; i < kBinaryOpCount; ++i) {
    if (!type->binary[i]) type->binary[i] = b->binary[i];
  }
}

size_t CallArgs::nkw() const { return kwnames ? kwnames->items.size() : 0; }

namespace {

Type* new_builtin_type(const char* name, Type* base) {
  auto* t = new Type(nullptr, name, base);
  t->refcnt = kImmortal;
  return t;
}

void create_types() {
  object_type = new_builtin_type("object", nullptr);
  type_type = new_builtin_type("type", object_type);
#define X(name)                                                            \
  if (!name##_type) name##_type = new_builtin_type(#name, object_type);
  PY_CORE_TYPES(X)
#undef X
  // A type's type is `type`; some built-in type names differ from their C++ spelling.
#define X(name) name##_type->type = type_type;
  PY_CORE_TYPES(X)
#undef X
  bool_type->base = int_type;
  bool_type->mro = {bool_type, int_type, object_type};
  iterator_type->name = "iterator";
  builtin_function_type->name = "builtin_function_or_method";
  range_iterator_type->name = "range_iterator";
}

void create_exceptions() {
#define X(name, base_name)                                       \
  exc::name = new_builtin_type(#name, exc::base_name);          \
  exc::name->type = type_type;                                   \
  exc::name->is_base_exception = true;
  PY_EXCEPTION_TYPES(X)
#undef X
}

}  // namespace

void init_core_types() {
  static std::once_flag once;
  std::call_once(once, [] {
    create_types();
    create_exceptions();
    init_object_and_type();
    init_small_ints();
    init_int_type();
    init_float_type();
    init_str_type();
    init_tuple_type();
    init_list_type();
    init_dict_type();
    init_range_type();
    init_slice_type();
    init_function_types();
    init_iterator_types();
    init_exception_types();
    init_class_types();
    init_int_descriptors();  // need property and classmethod
    init_float_descriptors();
    init_set_types();
    init_generator_type();
    init_coroutine_types();
    init_async_generator_types();
    init_builtin_subclassing();
  });
}

}  // namespace py
