// Type: a Python type object with the slot table the VM dispatches on (CPython's tp_* slots).
// Built-in types fill slots with C++ functions; classes defined in Python fill them with
// wrappers that look up and call the dunder methods (class_object.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "py/object.hpp"

namespace py {

class Thread;
struct Str;
struct Dict;
struct Tuple;

// Binary operators, in one table shared by the compiler, the VM and the slots.
#define PY_BINARY_OPS(X)                             \
  X(Add, "+", "__add__", "__radd__", "__iadd__")     \
  X(Sub, "-", "__sub__", "__rsub__", "__isub__")     \
  X(Mul, "*", "__mul__", "__rmul__", "__imul__")     \
  X(MatMul, "@", "__matmul__", "__rmatmul__", "__imatmul__") \
  X(TrueDiv, "/", "__truediv__", "__rtruediv__", "__itruediv__") \
  X(FloorDiv, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__") \
  X(Mod, "%", "__mod__", "__rmod__", "__imod__")     \
  X(Pow, "**", "__pow__", "__rpow__", "__ipow__")    \
  X(LShift, "<<", "__lshift__", "__rlshift__", "__ilshift__") \
  X(RShift, ">>", "__rshift__", "__rrshift__", "__irshift__") \
  X(And, "&", "__and__", "__rand__", "__iand__")     \
  X(Or, "|", "__or__", "__ror__", "__ior__")         \
  X(Xor, "^", "__xor__", "__rxor__", "__ixor__")

enum class BinaryOp : uint8_t {
#define X(name, sym, fwd, rev, inplace) name,
  PY_BINARY_OPS(X)
#undef X
      Count
};
inline constexpr int kBinaryOpCount = static_cast<int>(BinaryOp::Count);
const char* binary_op_symbol(BinaryOp op);

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
const char* compare_op_symbol(CompareOp op);
CompareOp swapped(CompareOp op);  // a < b  <=>  b > a

// Arguments of a call, vectorcall-style: positional values, then keyword values whose names
// are in `kwnames` (a tuple of str, or null).
struct CallArgs {
  Object* const* args = nullptr;
  size_t nargs = 0;  // positional ones
  Tuple* kwnames = nullptr;
  size_t nkw() const;
  Object* arg(size_t i) const { return args[i]; }
  Object* kwvalue(size_t i) const { return args[nargs + i]; }
};

using UnaryFn = Value (*)(Thread&, Object*);
using BinaryFn = Value (*)(Thread&, Object*, Object*);
using CompareFn = Value (*)(Thread&, Object*, Object*, CompareOp);  // may give NotImplemented
using CallFn = Value (*)(Thread&, Object*, const CallArgs&);
using HashFn = bool (*)(Thread&, Object*, int64_t* out);              // false: error
using TruthFn = int (*)(Thread&, Object*);                            // -1: error
using LengthFn = int64_t (*)(Thread&, Object*);                       // -1: error
using GetAttrFn = Value (*)(Thread&, Object*, Str* name);
using SetAttrFn = bool (*)(Thread&, Object*, Str* name, Object* value);  // value null: delete
using SetItemFn = bool (*)(Thread&, Object*, Object* key, Object* value);  // value null: delete
using ContainsFn = int (*)(Thread&, Object*, Object* item);             // -1: error
using NewFn = Value (*)(Thread&, Type* type, const CallArgs&);

// Which built-in value layout a type's instances have: set on int, str, list, … and copied to
// their Python subclasses, so is_int(o) and friends accept subclass instances with one load.
enum Layout : uint16_t {
  kIntLayout = 1,
  kFloatLayout = 2,
  kStrLayout = 4,
  kBytesLayout = 8,
  kTupleLayout = 16,
  kListLayout = 32,
  kDictLayout = 64,
  kSetLayout = 128,  // set and frozenset
};

struct Type : Object {
  std::string name;
  Type* base = nullptr;
  std::vector<Type*> mro;  // this type first, object last
  Ref<Dict> dict;          // attributes and methods
  bool is_builtin = true;  // built-in types refuse new attributes
  bool is_base_exception = false;
  uint16_t layout = 0;  // Layout bits
  std::vector<Value> keep_alive;  // a Python-defined class owns its bases
  // A class whose every Python class in the MRO declares __slots__ (without "__dict__"): the
  // only instance attributes it accepts, a tuple of str (null: any attribute).
  Ref<Tuple> slot_names;

  // --- slots (null: the protocol isn't supported) ---
  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  HashFn hash = nullptr;
  CompareFn compare = nullptr;
  BinaryFn binary[kBinaryOpCount] = {};
  UnaryFn negative = nullptr, positive = nullptr, invert = nullptr;
  TruthFn truth = nullptr;
  LengthFn length = nullptr;
  UnaryFn iter = nullptr;
  UnaryFn next = nullptr;  // null result without an exception: exhausted (no StopIteration object)
  BinaryFn getitem = nullptr;
  SetItemFn setitem = nullptr;
  ContainsFn contains = nullptr;
  CallFn call = nullptr;
  GetAttrFn getattr = nullptr;
  SetAttrFn setattr = nullptr;
  NewFn construct = nullptr;  // what calling the type does
  // For built-in types Python classes may derive from: a blank instance of the native layout
  // whose type is `cls` (the derived class); its __init__ runs next.
  Value (*alloc)(Thread&, Type* cls) = nullptr;
  // Where such instances keep their attributes (null: Instance::dict / BaseException::dict).
  Dict* (*instance_dict)(Object*) = nullptr;
  // For the built-in value types (int, str, tuple, list, dict, …): an instance of the Python
  // subclass `cls` in this type's layout, from the constructor's arguments (`int.__new__(cls,
  // x)`; empty for the mutable ones, whose __init__ fills them), and where it keeps its
  // attributes (builtin_subclass.cpp).
  NewFn new_subclass_instance = nullptr;
  Dict* (*subclass_dict)(Object*) = nullptr;

  Type(Type* metatype, std::string name, Type* base);
  ~Type() override;

  bool is_subtype(const Type* other) const;
  // Looks `name` up along the MRO (borrowed; null when absent). Cached per thread (CPython's
  // method cache): a change to any type's dict (type_attributes_changed) empties the cache.
  Object* lookup(Str* name) const;
  Object* lookup(const char* name) const;
};

bool isinstance(Object* o, const Type* t);
// A dict some cached Type::lookup depended on is about to change (or just changed), or a type
// is going away: every thread's lookup cache starts over.
void type_attributes_changed();
// Fills the slots `type` leaves empty from its base (CPython's inherit_slots).
void inherit_slots(Type* type);

}  // namespace py
