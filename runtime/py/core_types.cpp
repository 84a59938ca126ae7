// The built-in types, exception types and singletons: created once per process, immortal.
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

Object* Type::lookup(Str* key) const {
  for (Type* t : mro) {
    if (!t->dict) continue;
    if (Object* v = dict_get_str(t->dict.get(), key)) return v;
  }
  return nullptr;
}

Object* Type::lookup(const char* key) const { return lookup(intern(key).get()); }

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
    init_set_types();
    init_generator_type();
    init_coroutine_types();
    init_async_generator_types();
  });
}

}  // namespace py
