// The layouts of the built-in objects, and the global built-in types and singletons.
// Built-in types and singletons (None, True, False, small ints) are immortal and shared by
// every interpreter of the process; each type's behaviour lives in its own <type>_object.cpp.
#pragma once

#include <atomic>
#include <string>
#include <string_view>
#include <vector>

#include "py/bigint.hpp"
#include "py/type.hpp"

namespace py {

struct Code;
class Thread;

// --- the built-in types (initialised once by init_core_types) ----------------------------------
#define PY_CORE_TYPES(X)                                                      \
  X(object) X(type) X(NoneType) X(NotImplementedType) X(bool) X(int) X(float) \
  X(str) X(tuple) X(list) X(dict) X(range) X(function) X(builtin_function)     \
  X(method) X(code) X(cell) X(iterator) X(range_iterator) X(dict_keys)         \
  X(dict_values) X(dict_items) X(module) X(slice) X(set) X(frozenset) X(generator)  \
  X(coroutine) X(coroutine_wrapper) X(async_generator) X(async_generator_asend)  \
  X(async_generator_athrow) X(anext_awaitable)

#define X(name) extern Type* name##_type;
PY_CORE_TYPES(X)
#undef X

// The exception hierarchy: name, base.
#define PY_EXCEPTION_TYPES(X)                                  \
  X(BaseException, object)                                    \
  X(SystemExit, BaseException)                                \
  X(KeyboardInterrupt, BaseException)                         \
  X(GeneratorExit, BaseException)                             \
  X(Exception, BaseException)                                 \
  X(StopIteration, Exception)                                 \
  X(StopAsyncIteration, Exception)                            \
  X(ArithmeticError, Exception)                               \
  X(OverflowError, ArithmeticError)                           \
  X(ZeroDivisionError, ArithmeticError)                       \
  X(AssertionError, Exception)                                \
  X(AttributeError, Exception)                                \
  X(LookupError, Exception)                                   \
  X(IndexError, LookupError)                                  \
  X(KeyError, LookupError)                                    \
  X(NameError, Exception)                                     \
  X(UnboundLocalError, NameError)                             \
  X(RuntimeError, Exception)                                  \
  X(NotImplementedError, RuntimeError)                        \
  X(RecursionError, RuntimeError)                             \
  X(TypeError, Exception)                                     \
  X(ValueError, Exception)                                    \
  X(UnicodeError, ValueError)                                 \
  X(MemoryError, Exception)                                   \
  X(OSError, Exception)                                       \
  X(TimeoutError, OSError)                                    \
  X(ImportError, Exception)                                   \
  X(ModuleNotFoundError, ImportError)                         \
  X(EOFError, Exception)                                      \
  X(FileNotFoundError, OSError)                               \
  X(FileExistsError, OSError)                                 \
  X(IsADirectoryError, OSError)                               \
  X(NotADirectoryError, OSError)                              \
  X(PermissionError, OSError)                                 \
  X(ConnectionError, OSError)                                 \
  X(FloatingPointError, ArithmeticError)                      \
  X(SyntaxError, Exception)                                   \
  X(Warning, Exception)                                       \
  X(UserWarning, Warning)                                     \
  X(DeprecationWarning, Warning)                              \
  X(RuntimeWarning, Warning)                                  \
  X(PendingDeprecationWarning, Warning)                       \
  X(SyntaxWarning, Warning)                                   \
  X(FutureWarning, Warning)                                   \
  X(ImportWarning, Warning)                                   \
  X(UnicodeWarning, Warning)                                  \
  X(BytesWarning, Warning)                                    \
  X(ResourceWarning, Warning)                                 \
  X(EncodingWarning, Warning)

namespace exc {
#define X(name, base) extern Type* name;
PY_EXCEPTION_TYPES(X)
#undef X
}  // namespace exc

void init_core_types();  // idempotent, thread-safe

// --- singletons ------------------------------------------------------------------------------
extern Object* None;
extern Object* True;
extern Object* False;
extern Object* NotImplemented;
inline Value none() { return Value::borrow(None); }
inline Value boolean(bool b) { return Value::borrow(b ? True : False); }

// --- int -------------------------------------------------------------------------------------
// int64 while it fits (the fast path), BigInt beyond.
struct Int : Object {
  int64_t small = 0;
  bool is_big = false;
  BigInt big;
  Int(Type* t, int64_t v) : Object(t), small(v) {}
  Int(Type* t, BigInt v);
  BigInt to_big() const { return is_big ? big : BigInt(small); }
};
Value make_int(int64_t v);
Value make_int(BigInt v);  // normalises to the small form when it fits
// int, bool or a Python subclass of int (CPython's PyLong_Check); `o->type == int_type` is the
// exact test. The same for the other value types below.
inline bool is_int(Object* o) { return o->type->layout & kIntLayout; }
inline bool is_float(Object* o) { return o->type->layout & kFloatLayout; }
inline bool is_str(Object* o) { return o->type->layout & kStrLayout; }
inline bool is_tuple(Object* o) { return o->type->layout & kTupleLayout; }
inline bool is_list(Object* o) { return o->type->layout & kListLayout; }
inline bool is_dict(Object* o) { return o->type->layout & kDictLayout; }
inline bool is_set_like(Object* o) { return o->type->layout & kSetLayout; }  // set, frozenset
// A class: `type` itself or an instance of a metaclass (a Python subclass of type).
bool is_type(const Object* o);

// --- float -----------------------------------------------------------------------------------
struct Float : Object {
  double value;
  Float(double v);
};
Value make_float(double v);

// --- str (UTF-8 text; length in code points) ---------------------------------------------------
struct Str : Object {
  std::string text;
  int64_t length;          // in code points
  int64_t hash_cache = -1;  // -1: not computed
  Str(std::string s);
  Str(std::string s, int64_t length) : Object(str_type), text(std::move(s)), length(length) {}
  bool is_ascii() const { return static_cast<size_t>(length) == text.size(); }
};
Ref<Str> make_str(std::string s);
// `s += tail` for a str nobody else can see (the VM checks that): appends to `s` itself, as
// CPython does, so building a string in a loop is linear. False (MemoryError raised) over the cap.
bool str_append_in_place(Thread& t, Str* s, Str* tail);
// The same object for the same text (names, attribute keys): identity makes lookups fast.
Ref<Str> intern(std::string_view s);
// intern() of a C string ("__len__" in a slot wrapper): a per-thread cache by address, its
// text checked, skips the shared table's lock and hashing. Borrowed (interned strs are immortal).
Str* intern_cstr(const char* s);
int64_t str_hash(Str* s);

// --- tuple / list ------------------------------------------------------------------------------
struct Tuple : Object {
  std::vector<Value> items;
  explicit Tuple(std::vector<Value> v);
};
Ref<Tuple> make_tuple(std::vector<Value> items);
struct List : Object {
  std::vector<Value> items;
  explicit List(std::vector<Value> v);
};
Ref<List> make_list(std::vector<Value> items = {});

// --- dict (insertion ordered) ------------------------------------------------------------------
struct Dict : Object {
  struct Entry {
    int64_t hash;
    Value key;  // null: deleted slot
    Value value;
  };
  std::vector<Entry> entries;
  std::vector<int32_t> index;  // open addressing into entries; -1 empty, -2 deleted
  size_t used = 0;
  // Changes whenever a key is added or removed, to a number no dict had before (the VM's
  // LOAD_GLOBAL cache trusts "not a global" while the globals' version stays the same).
  uint64_t keys_version;
  // A type's dict that Type::lookup's cache has read: changing it invalidates that cache.
  std::atomic<bool> watched{false};
  Dict();
};
Ref<Dict> make_dict();
// Lookups return borrowed values; null with no exception pending means "absent".
Object* dict_get(Thread& t, Dict* d, Object* key);
Object* dict_get_str(Dict* d, Str* key);  // key hashing can't fail or call Python
int64_t dict_find_str(Dict* d, Str* key);  // the index in d->entries of `key`, or -1
bool dict_set(Thread& t, Dict* d, Object* key, Object* value);
bool dict_set_str(Dict* d, std::string_view key, Object* value);
int dict_del(Thread& t, Dict* d, Object* key);  // 1 removed, 0 absent, -1 error

// --- set / frozenset (set_object.cpp) ------------------------------------------------------------
struct Set : Object {
  struct Slot {
    int64_t hash = 0;
    Value key;           // null: empty or dummy
    bool dummy = false;  // a removed entry (probing continues past it)
  };
  std::vector<Slot> table;  // a power of two in size
  size_t fill = 0, used = 0, finger = 0;
  explicit Set(Type* t);
};
Ref<Set> make_set(Type* type = nullptr);  // an empty set (or frozenset when `type` says so)
bool set_add(Thread& t, Set* s, Object* key);
int set_contains(Thread& t, Set* s, Object* key);  // 1/0/-1
int set_discard(Thread& t, Set* s, Object* key);   // 1 removed, 0 absent, -1 error
bool set_update(Thread& t, Set* s, Object* iterable);

// --- range -------------------------------------------------------------------------------------
struct Range : Object {
  int64_t start, stop, step, length;
  Range(int64_t start, int64_t stop, int64_t step);
};

// --- functions -------------------------------------------------------------------------------
struct Cell : Object {
  Value value;  // null: empty (unbound)
  Cell() : Object(cell_type) {}
};
struct Function : Object {
  Ref<Code> code;
  Ref<Dict> globals;
  Ref<Tuple> defaults;      // positional defaults (may be null)
  Ref<Dict> kwdefaults;     // keyword-only defaults (may be null)
  Ref<Tuple> closure;       // cells for free variables (may be null)
  Ref<Str> name, qualname;
  Ref<Dict> dict;
  Function(Ref<Code> code, Ref<Dict> globals);
};
using NativeFn = Value (*)(Thread&, Object* self, const CallArgs&);
// A function written in C++ (print, len, list.append): `self` is the bound object or null.
struct BuiltinFunction : Object {
  const char* fname;
  NativeFn fn;
  Value self;
  bool is_method = false;  // from a type's method table: called unbound, args[0] is self
  Type* owner = nullptr;   // that type: an unbound call checks that args[0] is an instance
  BuiltinFunction(const char* name, NativeFn fn, Value self = nullptr);
};
struct Method : Object {  // a function bound to an instance
  Value func;
  Value self;
  Method(Value func, Value self);
  // `obj.method()` makes and drops one each time: freed ones are reused (function_object.cpp).
  static void* operator new(size_t size);
  static void operator delete(void* p, size_t size);
};

// --- exceptions ------------------------------------------------------------------------------
struct TracebackEntry {
  Ref<Code> code;
  int line;
  uint32_t instr = UINT32_MAX;  // the instruction that was running (its columns: code->positions)
};
struct BaseException : Object {
  Ref<Tuple> args;
  Value cause, context;
  bool suppress_context = false;
  std::vector<TracebackEntry> traceback;  // innermost first (as the exception unwinds)
  Ref<Dict> dict;
  Ref<Type> heap_type;  // keeps a Python-defined exception class alive
  explicit BaseException(Type* t, Ref<Tuple> args);
};
Ref<BaseException> make_exception(Type* type, std::string message);

// --- iterators ---------------------------------------------------------------------------------
// Iterates a list, tuple, str, dict view by index, or any object by __getitem__(0, 1, ...).
struct SeqIterator : Object {
  Value seq;
  size_t index = 0;           // item index, or byte offset for str
  size_t remaining_check = 0;  // dicts: the size when iteration began
  int kind = 0;  // 0 list/tuple, 1 str (by code point), 2 dict keys, 3 dict values, 4 dict items,
                 // 5 the sequence protocol (a class with __getitem__ and no __iter__)
  SeqIterator(Value seq, int kind);
};
struct RangeIterator : Object {
  int64_t next, step, remaining;
  RangeIterator(int64_t start, int64_t step, int64_t length);
};

// --- slice -------------------------------------------------------------------------------------
struct Slice : Object {
  Value start, stop, step;
  Slice(Value a, Value b, Value c);
};
Value make_slice(Value start, Value stop, Value step);
// slice.indices(len): clamped start/stop/step and the number of items.
bool slice_indices(Thread& t, Slice* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step, int64_t* count);

// --- instances of classes defined in Python ------------------------------------------------------
struct Instance : Object {
  Ref<Type> cls;  // keeps the class alive while instances exist
  Ref<Dict> dict;
  explicit Instance(Type* cls);
};
// __build_class__(func, name, *bases): runs the class body, creates the class.
Value build_class_function();

// --- modules -----------------------------------------------------------------------------------
struct Module : Object {
  Ref<Str> name;
  Ref<Dict> dict;
  explicit Module(Ref<Str> name);
};

// `import name`: a built-in module (time, sys, math, …); ModuleNotFoundError otherwise.
Value import_module(Thread& t, Str* name);

// A built-in type's method table entry (registered into Type::dict at start-up).
void add_method(Type* type, const char* name, NativeFn fn);
// Any other entry of a built-in type's dict set at start-up (a classmethod, a data descriptor,
// a static __new__): made immortal, as it is shared by every interpreter.
void add_type_attribute(Type* type, const char* name, Value value);

}  // namespace py
