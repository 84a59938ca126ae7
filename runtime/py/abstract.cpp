#include "py/abstract.hpp"

#include "py/thread.hpp"

namespace py {

const std::string& type_name(Object* o) { return o->type->name; }

Value repr(Thread& t, Object* o) {
  UnaryFn f = o->type->repr ? o->type->repr : object_type->repr;
  Value r = f(t, o);
  if (r && !is_str(r.get())) {
    return t.raise(exc::TypeError, "__repr__ returned non-string (type " + type_name(r.get()) + ")");
  }
  return r;
}

Value str(Thread& t, Object* o) {
  if (o->type == str_type) return Value::borrow(o);
  UnaryFn f = o->type->str ? o->type->str : o->type->repr;
  Value r = f ? f(t, o) : repr(t, o);
  if (r && !is_str(r.get())) {
    return t.raise(exc::TypeError, "__str__ returned non-string (type " + type_name(r.get()) + ")");
  }
  return r;
}

bool repr_text(Thread& t, Object* o, std::string* out) {
  Value r = repr(t, o);
  if (!r) return false;
  *out = cast<Str>(r.get())->text;
  return true;
}

bool str_text(Thread& t, Object* o, std::string* out) {
  Value r = str(t, o);
  if (!r) return false;
  *out = cast<Str>(r.get())->text;
  return true;
}

bool hash(Thread& t, Object* o, int64_t* out) {
  if (!o->type->hash) {
    t.raise(exc::TypeError, "unhashable type: '" + type_name(o) + "'");
    return false;
  }
  return o->type->hash(t, o, out);
}

int truth(Thread& t, Object* o) {
  if (o == True) return 1;
  if (o == False || o == None) return 0;
  if (o->type->truth) return o->type->truth(t, o);
  if (o->type->length) {
    int64_t n = o->type->length(t, o);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

namespace {

const char* op_symbol_for_error(BinaryOp op) { return op == BinaryOp::Pow ? "** or pow()" : binary_op_symbol(op); }

Value binary_dispatch(Thread& t, BinaryOp op, Object* a, Object* b) {
  BinaryFn fa = a->type->binary[int(op)];
  BinaryFn fb = b->type->binary[int(op)];
  if (fb == fa) fb = nullptr;
  // A subclass on the right that overrides the operation goes first (CPython's rule).
  if (fb && b->type != a->type && b->type->is_subtype(a->type)) {
    Value r = fb(t, a, b);
    if (!r || r.get() != NotImplemented) return r;
    fb = nullptr;
  }
  if (fa) {
    Value r = fa(t, a, b);
    if (!r || r.get() != NotImplemented) return r;
  }
  if (fb) {
    Value r = fb(t, a, b);
    if (!r || r.get() != NotImplemented) return r;
  }
  return Value::borrow(NotImplemented);
}

}  // namespace

Value binary_op(Thread& t, BinaryOp op, Object* a, Object* b) {
  Value r = binary_dispatch(t, op, a, b);
  if (r && r.get() == NotImplemented) {
    if (op == BinaryOp::Add && b->type == str_type && a->type != str_type) {
      // CPython's message names the left operand's type for str concatenation mistakes too.
    }
    return t.raise(exc::TypeError, std::string("unsupported operand type(s) for ") + op_symbol_for_error(op) + ": '" +
                                       type_name(a) + "' and '" + type_name(b) + "'");
  }
  return r;
}

namespace {
// The in-place method names ("__iadd__", ...), interned once: `x += y` runs in hot loops.
Str* inplace_name(BinaryOp op) {
  static const std::vector<Str*> names = [] {
    std::vector<Str*> v;
#define X(name, sym, fwd, rev, inplace) v.push_back(intern(inplace).release());
    PY_BINARY_OPS(X)
#undef X
    return v;
  }();
  return names[static_cast<size_t>(op)];
}
// int, bool, float, str and tuple have no in-place methods, and built-in types can't gain one.
bool has_no_inplace_methods(Type* type) {
  return type == int_type || type == float_type || type == str_type || type == tuple_type || type == bool_type;
}
}  // namespace

Value inplace_op(Thread& t, BinaryOp op, Object* a, Object* b) {
  if (!has_no_inplace_methods(a->type)) {
    Str* name = inplace_name(op);
    if (a->type->lookup(name)) {
      Value m = getattr(t, a, name);
      if (!m) return nullptr;
      Value r = call1(t, m.get(), b);
      if (!r || r.get() != NotImplemented) return r;
    }
  }
  Value r = binary_dispatch(t, op, a, b);
  if (r && r.get() == NotImplemented) {
    return t.raise(exc::TypeError, std::string("unsupported operand type(s) for ") + binary_op_symbol(op) + "=: '" +
                                       type_name(a) + "' and '" + type_name(b) + "'");
  }
  return r;
}

Value compare(Thread& t, Object* a, Object* b, CompareOp op) {
  CompareFn fa = a->type->compare ? a->type->compare : object_type->compare;
  CompareFn fb = b->type->compare ? b->type->compare : object_type->compare;
  bool reflected_first = b->type != a->type && b->type->is_subtype(a->type) && fb != fa;
  if (reflected_first) {
    Value r = fb(t, b, a, swapped(op));
    if (!r || r.get() != NotImplemented) return r;
  }
  Value r = fa(t, a, b, op);
  if (!r || r.get() != NotImplemented) return r;
  if (!reflected_first) {
    r = fb(t, b, a, swapped(op));
    if (!r || r.get() != NotImplemented) return r;
  }
  if (op == CompareOp::Eq) return boolean(a == b);
  if (op == CompareOp::Ne) return boolean(a != b);
  return t.raise(exc::TypeError, std::string("'") + compare_op_symbol(op) + "' not supported between instances of '" +
                                     type_name(a) + "' and '" + type_name(b) + "'");
}

int compare_bool(Thread& t, Object* a, Object* b, CompareOp op) {
  Value r = compare(t, a, b, op);
  if (!r) return -1;
  return truth(t, r.get());
}

int equals(Thread& t, Object* a, Object* b) {
  if (a == b) return 1;
  return compare_bool(t, a, b, CompareOp::Eq);
}

namespace {
Value unary(Thread& t, Object* o, UnaryFn f, const char* symbol) {
  if (!f) return t.raise(exc::TypeError, std::string("bad operand type for unary ") + symbol + ": '" + type_name(o) + "'");
  return f(t, o);
}
}  // namespace

Value negative(Thread& t, Object* o) { return unary(t, o, o->type->negative, "-"); }
Value positive(Thread& t, Object* o) { return unary(t, o, o->type->positive, "+"); }
Value invert(Thread& t, Object* o) { return unary(t, o, o->type->invert, "~"); }

Value getattr(Thread& t, Object* o, Str* name) {
  GetAttrFn f = o->type->getattr ? o->type->getattr : generic_getattr;
  return f(t, o, name);
}

Value getattr(Thread& t, Object* o, const char* name) { return getattr(t, o, intern_cstr(name)); }

Value lookup_attr(Thread& t, Object* o, Str* name) {
  Value v = getattr(t, o, name);
  if (!v && t.exception_matches(exc::AttributeError)) t.take_exception();
  return v;
}

bool setattr(Thread& t, Object* o, Str* name, Object* value) {
  SetAttrFn f = o->type->setattr ? o->type->setattr : generic_setattr;
  return f(t, o, name, value);
}

Value bind_attribute(Thread& t, Object* found, Object* self);  // class_object.cpp: descriptors

Value generic_getattr(Thread& t, Object* o, Str* name) {
  Type* type = o->type;
  Object* found = type->lookup(name);
  if (found && is_data_descriptor(found)) return bind_attribute(t, found, o);
  Dict* dict = nullptr;
  if (type->instance_dict) {
    dict = type->instance_dict(o);
  } else if (!type->is_builtin) {
    if (type->is_base_exception) dict = cast<BaseException>(o)->dict.get();
    else dict = cast<Instance>(o)->dict.get();
  }
  if (dict) {
    if (Object* v = dict_get_str(dict, name)) return Value::borrow(v);
  }
  if (found) return bind_attribute(t, found, o);
  if (name->text == "__class__") return Value::borrow(o->type);
  if (name->text == "__dict__" && dict && !type->slot_names) return Value::borrow(dict);
  if (!o->type->is_builtin) {
    if (Object* ga = o->type->lookup("__getattr__")) {
      Value bound = bind_attribute(t, ga, o);
      if (!bound) return nullptr;
      return call1(t, bound.get(), name);
    }
  }
  return t.raise(exc::AttributeError, "'" + type_name(o) + "' object has no attribute '" + name->text + "'");
}

namespace {
bool is_slot_name(Tuple* slots, Str* name) {
  for (auto& s : slots->items) {
    if (s.get() == name || cast<Str>(s.get())->text == name->text) return true;
  }
  return false;
}
}  // namespace

bool generic_setattr(Thread& t, Object* o, Str* name, Object* value) {
  Object* found = o->type->lookup(name);
  if (found && is_data_descriptor(found)) return set_descriptor(t, found, o, value);
  if (o->type->slot_names && !is_slot_name(o->type->slot_names.get(), name)) {
    t.raise(exc::AttributeError, "'" + type_name(o) + "' object has no attribute '" + name->text + "'");
    return false;
  }
  if ((!o->type->is_builtin && !o->type->is_base_exception) || o->type->instance_dict) {
    Dict* dict = o->type->instance_dict ? o->type->instance_dict(o) : cast<Instance>(o)->dict.get();
    if (!value) {
      int r = dict_del(t, dict, name);
      if (r == 0) t.raise(exc::AttributeError, "'" + type_name(o) + "' object has no attribute '" + name->text + "'");
      return r > 0;
    }
    return dict_set(t, dict, name, value);
  }
  if (found) {
    t.raise(exc::AttributeError, "'" + type_name(o) + "' object attribute '" + name->text + "' is read-only");
  } else {
    t.raise(exc::AttributeError, "'" + type_name(o) + "' object has no attribute '" + name->text + "'");
  }
  return false;
}

Value getitem(Thread& t, Object* o, Object* key) {
  if (o->type->getitem) return o->type->getitem(t, o, key);
  if (is_type(o)) {
    // list[int] and friends (annotations written as expressions).
    return Value::borrow(o);
  }
  return t.raise(exc::TypeError, "'" + type_name(o) + "' object is not subscriptable");
}

bool setitem(Thread& t, Object* o, Object* key, Object* value) {
  if (o->type->setitem) return o->type->setitem(t, o, key, value);
  if (value) t.raise(exc::TypeError, "'" + type_name(o) + "' object does not support item assignment");
  else t.raise(exc::TypeError, "'" + type_name(o) + "' object doesn't support item deletion");
  return false;
}

int contains(Thread& t, Object* container, Object* item) {
  if (container->type->contains) return container->type->contains(t, container, item);
  Value it = iter(t, container);
  if (!it) {
    if (t.exception_matches(exc::TypeError)) {
      t.take_exception();
      t.raise(exc::TypeError, "argument of type '" + type_name(container) + "' is not iterable");
    }
    return -1;
  }
  for (;;) {
    Value x = next(t, it.get());
    if (!x) return t.has_exception() ? -1 : 0;
    int eq = equals(t, x.get(), item);
    if (eq != 0) return eq;
  }
}

int64_t length(Thread& t, Object* o) {
  if (!o->type->length) {
    t.raise(exc::TypeError, "object of type '" + type_name(o) + "' has no len()");
    return -1;
  }
  return o->type->length(t, o);
}

bool is_iterable(Object* o) { return o->type->iter || (o->type->getitem && !o->type->is_builtin); }

Value iter(Thread& t, Object* o) {
  if (o->type->iter) return o->type->iter(t, o);
  if (is_iterable(o)) return make<SeqIterator>(Value::borrow(o), 5);
  return t.raise(exc::TypeError, "'" + type_name(o) + "' object is not iterable");
}

Value next(Thread& t, Object* iterator) {
  if (!iterator->type->next) return t.raise(exc::TypeError, "'" + type_name(iterator) + "' object is not an iterator");
  Value v = iterator->type->next(t, iterator);
  if (!v && t.exception_matches(exc::StopIteration)) t.take_exception();
  return v;
}

Value call(Thread& t, Object* callable, const CallArgs& args) {
  if (!callable->type->call) return t.raise(exc::TypeError, "'" + type_name(callable) + "' object is not callable");
  return callable->type->call(t, callable, args);
}

Value call0(Thread& t, Object* callable) { return call(t, callable, CallArgs{}); }
Value call1(Thread& t, Object* callable, Object* arg) {
  Object* argv[] = {arg};
  return call(t, callable, CallArgs{argv, 1, nullptr});
}
Value call2(Thread& t, Object* callable, Object* a, Object* b) {
  Object* argv[] = {a, b};
  return call(t, callable, CallArgs{argv, 2, nullptr});
}

Value call_method(Thread& t, Object* self, const char* name, Object* arg) {
  Value m = getattr(t, self, name);
  if (!m) return nullptr;
  return arg ? call1(t, m.get(), arg) : call0(t, m.get());
}

bool as_index(Thread& t, Object* o, int64_t* out) {
  if (is_int(o)) {
    Int* i = cast<Int>(o);
    if (!i->is_big) {
      *out = i->small;
      return true;
    }
    t.raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  t.raise(exc::TypeError, "'" + type_name(o) + "' object cannot be interpreted as an integer");
  return false;
}

bool normalize_index(Thread& t, int64_t* i, int64_t len, const char* what) {
  if (*i < 0) *i += len;
  if (*i < 0 || *i >= len) {
    t.raise(exc::IndexError, what);
    return false;
  }
  return true;
}

bool collect(Thread& t, Object* iterable, std::vector<Value>* out) {
  if (iterable->type == list_type || iterable->type == tuple_type) {
    auto& items = iterable->type == list_type ? cast<List>(iterable)->items : cast<Tuple>(iterable)->items;
    out->insert(out->end(), items.begin(), items.end());
    return true;
  }
  Value it = iter(t, iterable);
  if (!it) return false;
  for (;;) {
    Value v = next(t, it.get());
    if (!v) return !t.has_exception();
    out->push_back(std::move(v));
  }
}

const char* binary_op_symbol(BinaryOp op) {
  switch (op) {
#define X(name, sym, fwd, rev, inplace) \
  case BinaryOp::name: return sym;
    PY_BINARY_OPS(X)
#undef X
    default: return "?";
  }
}

const char* compare_op_symbol(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return "<";
    case CompareOp::Le: return "<=";
    case CompareOp::Eq: return "==";
    case CompareOp::Ne: return "!=";
    case CompareOp::Gt: return ">";
    case CompareOp::Ge: return ">=";
  }
  return "?";
}

CompareOp swapped(CompareOp op) {
  switch (op) {
    case CompareOp::Lt: return CompareOp::Gt;
    case CompareOp::Le: return CompareOp::Ge;
    case CompareOp::Gt: return CompareOp::Lt;
    case CompareOp::Ge: return CompareOp::Le;
    default: return op;
  }
}

}  // namespace py
