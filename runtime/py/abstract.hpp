// The abstract object layer: operations on any object, dispatched through type slots with
// CPython's rules (reflected operands, NotImplemented, __bool__/__len__ fallbacks) and
// CPython's error messages. The VM, builtins and types all go through these.
#pragma once

#include <string>

#include "py/objects.hpp"

namespace py {

Value repr(Thread& t, Object* o);
Value str(Thread& t, Object* o);
// repr()/str() as C++ text; nullopt-like: returns false when an exception is pending.
bool repr_text(Thread& t, Object* o, std::string* out);
bool str_text(Thread& t, Object* o, std::string* out);
bool hash(Thread& t, Object* o, int64_t* out);
int truth(Thread& t, Object* o);  // 1, 0, or -1 on error

Value binary_op(Thread& t, BinaryOp op, Object* a, Object* b);
Value inplace_op(Thread& t, BinaryOp op, Object* a, Object* b);
Value compare(Thread& t, Object* a, Object* b, CompareOp op);
int compare_bool(Thread& t, Object* a, Object* b, CompareOp op);  // 1/0/-1
int equals(Thread& t, Object* a, Object* b);                      // ==, identity first
Value negative(Thread& t, Object* o);
Value positive(Thread& t, Object* o);
Value invert(Thread& t, Object* o);

Value getattr(Thread& t, Object* o, Str* name);
Value getattr(Thread& t, Object* o, const char* name);
// Like getattr, but absence is not an error: null with no exception pending.
Value lookup_attr(Thread& t, Object* o, Str* name);
bool setattr(Thread& t, Object* o, Str* name, Object* value);  // value null: delete
// The default attribute lookup: type's data, instance __dict__, type's methods (bound).
Value generic_getattr(Thread& t, Object* o, Str* name);
bool generic_setattr(Thread& t, Object* o, Str* name, Object* value);

Value getitem(Thread& t, Object* o, Object* key);
bool setitem(Thread& t, Object* o, Object* key, Object* value);  // value null: delete
int contains(Thread& t, Object* container, Object* item);        // 1/0/-1
int64_t length(Thread& t, Object* o);                            // -1 on error

Value iter(Thread& t, Object* o);
// Whether iter(o) can work: an __iter__, or a Python class's __getitem__ (the sequence protocol).
bool is_iterable(Object* o);
// The next item; null with no exception pending when exhausted.
Value next(Thread& t, Object* iterator);

Value call(Thread& t, Object* callable, const CallArgs& args);
Value call0(Thread& t, Object* callable);
Value call1(Thread& t, Object* callable, Object* arg);
Value call2(Thread& t, Object* callable, Object* a, Object* b);
Value call_method(Thread& t, Object* self, const char* name, Object* arg = nullptr);

// "int", "MyClass": the type name CPython uses in messages.
const std::string& type_name(Object* o);

// Index arithmetic for sequences: a Python int (or __index__) to int64.
bool as_index(Thread& t, Object* o, int64_t* out);
// Normalises a possibly negative index; false (IndexError raised) when out of range.
bool normalize_index(Thread& t, int64_t* i, int64_t len, const char* what);

// Descriptors (property; functions bind to instances): class_object.cpp.
bool is_data_descriptor(Object* o);
bool set_descriptor(Thread& t, Object* descriptor, Object* self, Object* value);

// Collects any iterable into a vector (tuple(x), list(x), unpacking).
bool collect(Thread& t, Object* iterable, std::vector<Value>* out);

}  // namespace py
