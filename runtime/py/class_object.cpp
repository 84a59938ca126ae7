// Classes defined in Python: __build_class__, instances, the slot wrappers that call dunder
// methods, descriptors (property, classmethod, staticmethod) and super().
#include <algorithm>

#include "py/abstract.hpp"
#include "py/code.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"
#include "py/vm.hpp"

namespace py {

Instance::Instance(Type* c) : Object(c), cls(Ref<Type>::borrow(c)), dict(make_dict()) {}

namespace {

// --- descriptor types ----------------------------------------------------------------------------
struct Descriptor : Object {
  Value fget, fset;  // property: getter/setter; classmethod/staticmethod: fget is the function
  Value fdel;        // property: deleter
  Ref<Str> name;     // property: the attribute it was assigned to in a class body (__set_name__)
  Descriptor(Type* t, Value get, Value set = nullptr) : Object(t), fget(std::move(get)), fset(std::move(set)) {}
};

Type* descriptor_type(const char* name) {
  auto* t = new Type(type_type, name, object_type);
  t->refcnt = kImmortal;
  return t;
}
Type* property_type = nullptr;
Type* classmethod_type = nullptr;
Type* staticmethod_type = nullptr;
Type* super_type = nullptr;

struct Super : Object {
  Ref<Type> start;  // search after this class
  Value self;
  Super(Ref<Type> s, Value o) : Object(super_type), start(std::move(s)), self(std::move(o)) {}
};

}  // namespace

bool is_data_descriptor(Object* o) { return o->type == property_type; }

bool set_descriptor(Thread& t, Object* d, Object* self, Object* value) {
  auto* p = cast<Descriptor>(d);
  Object* fn = value ? p->fset.get() : p->fdel.get();
  if (!fn || fn == None) {
    // CPython's message names the property when a class body assigned it.
    std::string what = p->name ? "property '" + p->name->text + "'" : "property";
    Value qual = getattr(t, self->type, "__qualname__");
    if (!qual) return false;
    std::string owner = qual->type == str_type ? cast<Str>(qual.get())->text : type_name(self);
    t.raise(exc::AttributeError, what + " of '" + owner + "' object has no " + (value ? "setter" : "deleter"));
    return false;
  }
  if (!value) return static_cast<bool>(call1(t, fn, self));
  return static_cast<bool>(call2(t, p->fset.get(), self, value));
}

Value bind_attribute(Thread& t, Object* found, Object* self) {
  Type* ft = found->type;
  if (ft == function_type) return make<Method>(Value::borrow(found), Value::borrow(self));
  if (ft == builtin_function_type && cast<BuiltinFunction>(found)->is_method && !cast<BuiltinFunction>(found)->self) {
    auto* b = cast<BuiltinFunction>(found);
    auto bound = make<BuiltinFunction>(b->fname, b->fn, Value::borrow(self));
    bound->is_method = true;
    return bound;
  }
  if (ft == property_type) {
    auto* p = cast<Descriptor>(found);
    if (p->fget.get() == None) {
      std::string what = p->name ? "property '" + p->name->text + "'" : "property";
      return t.raise(exc::AttributeError, what + " of '" + type_name(self) + "' object has no getter");
    }
    return call1(t, p->fget.get(), self);
  }
  if (ft == classmethod_type) {
    Object* cls = self->type == type_type ? self : self->type;
    return make<Method>(cast<Descriptor>(found)->fget, Value::borrow(cls));
  }
  if (ft == staticmethod_type) return cast<Descriptor>(found)->fget;
  // A descriptor class written in Python (functools.cached_property): __get__(instance, owner),
  // or __get__(None, cls) when looked up on the class itself.
  if (!ft->is_builtin) {
    if (Object* get = ft->lookup("__get__")) {
      bool on_class = self->type == type_type;
      Object* argv[] = {found, on_class ? None : self, on_class ? self : self->type};
      return call(t, get, CallArgs{argv, 3, nullptr});
    }
  }
  return Value::borrow(found);
}

namespace {

// --- slot wrappers: a dunder defined in Python, else the base's behaviour ---------------------------
Object* find_dunder(Object* o, const char* name) { return o->type->lookup(name); }

Value call_dunder(Thread& t, Object* self, Object* method, const CallArgs& args) {
  Value bound = bind_attribute(t, method, self);
  if (!bound) return nullptr;
  return call(t, bound.get(), args);
}
Value call_dunder0(Thread& t, Object* self, Object* method) { return call_dunder(t, self, method, CallArgs{}); }
Value call_dunder1(Thread& t, Object* self, Object* method, Object* arg) {
  Object* argv[] = {arg};
  return call_dunder(t, self, method, CallArgs{argv, 1, nullptr});
}

Type* builtin_base(Type* t) {
  for (Type* m : t->mro) {
    if (m->is_builtin) return m;
  }
  return object_type;
}

bool has_python_dunder(Type* c, const char* name) {
  Object* m = c->lookup(name);
  return m && m->type != builtin_function_type;
}
// A class's own __setattr__ / __delattr__ (object's are the generic behaviour).
bool slot_setattr(Thread& t, Object* o, Str* name, Object* value) {
  Object* m = find_dunder(o, value ? "__setattr__" : "__delattr__");
  if (m && m->type != builtin_function_type) {
    Object* argv[] = {name, value};
    return static_cast<bool>(call_dunder(t, o, m, CallArgs{argv, value ? 2u : 1u, nullptr}));
  }
  return generic_setattr(t, o, name, value);
}

Value slot_repr(Thread& t, Object* o) {
  Object* m = find_dunder(o, "__repr__");
  if (m && m->type != builtin_function_type) return call_dunder0(t, o, m);
  return builtin_base(o->type)->repr(t, o);
}
Value slot_str(Thread& t, Object* o) {
  Object* m = find_dunder(o, "__str__");
  if (m && m->type != builtin_function_type) return call_dunder0(t, o, m);
  Type* b = builtin_base(o->type);
  if (b->str && b != object_type) return b->str(t, o);
  return slot_repr(t, o);
}
bool slot_hash(Thread& t, Object* o, int64_t* out) {
  Object* m = find_dunder(o, "__hash__");
  if (m == None) {
    t.raise(exc::TypeError, "unhashable type: '" + type_name(o) + "'");
    return false;
  }
  if (m && m->type == function_type) {
    Value r = call_dunder0(t, o, m);
    if (!r) return false;
    return as_index(t, r.get(), out);
  }
  return builtin_base(o->type)->hash(t, o, out);
}
Value slot_compare(Thread& t, Object* a, Object* b, CompareOp op) {
  static const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  RecursionGuard guard(t, " in comparison");  // CPython's PyObject_RichCompare counts a level
  if (!guard.ok()) return nullptr;
  Object* m = find_dunder(a, names[int(op)]);
  if (m && m->type == function_type) return call_dunder1(t, a, m, b);
  if (op == CompareOp::Ne) {
    // __ne__ defaults to the inverse of __eq__.
    Object* eq = find_dunder(a, "__eq__");
    if (eq && eq->type == function_type) {
      Value r = call_dunder1(t, a, eq, b);
      if (!r || r.get() == NotImplemented) return r;
      int v = truth(t, r.get());
      if (v < 0) return nullptr;
      return boolean(!v);
    }
  }
  CompareFn base = builtin_base(a->type)->compare;
  return base ? base(t, a, b, op) : Value::borrow(NotImplemented);
}
int slot_truth(Thread& t, Object* o) {
  if (Object* m = find_dunder(o, "__bool__")) {
    Value r = call_dunder0(t, o, m);
    if (!r) return -1;
    if (r->type != bool_type) {
      t.raise(exc::TypeError, "__bool__ should return bool, returned " + type_name(r.get()));
      return -1;
    }
    return r.get() == True;
  }
  if (Object* m = find_dunder(o, "__len__")) {
    Value r = call_dunder0(t, o, m);
    if (!r) return -1;
    int64_t n;
    if (!as_index(t, r.get(), &n)) return -1;
    return n != 0;
  }
  return 1;
}
int64_t slot_length(Thread& t, Object* o) {
  Object* m = find_dunder(o, "__len__");
  if (!m) {
    t.raise(exc::TypeError, "object of type '" + type_name(o) + "' has no len()");
    return -1;
  }
  Value r = call_dunder0(t, o, m);
  if (!r) return -1;
  int64_t n;
  if (!as_index(t, r.get(), &n)) return -1;
  if (n < 0) {
    t.raise(exc::ValueError, "__len__() should return >= 0");
    return -1;
  }
  return n;
}
Value slot_iter(Thread& t, Object* o) {
  Object* m = find_dunder(o, "__iter__");
  if (!m) return t.raise(exc::TypeError, "'" + type_name(o) + "' object is not iterable");
  return call_dunder0(t, o, m);
}
Value slot_next(Thread& t, Object* o) {
  Object* m = find_dunder(o, "__next__");
  if (!m) return t.raise(exc::TypeError, "'" + type_name(o) + "' object is not an iterator");
  Value r = call_dunder0(t, o, m);
  return r;  // a raised StopIteration is turned into "exhausted" by next()
}
Value slot_getitem(Thread& t, Object* o, Object* key) {
  Object* m = find_dunder(o, "__getitem__");
  if (!m) return t.raise(exc::TypeError, "'" + type_name(o) + "' object is not subscriptable");
  return call_dunder1(t, o, m, key);
}
bool slot_setitem(Thread& t, Object* o, Object* key, Object* value) {
  Object* m = find_dunder(o, value ? "__setitem__" : "__delitem__");
  if (!m) {
    t.raise(exc::TypeError, "'" + type_name(o) + "' object does not support item " + (value ? "assignment" : "deletion"));
    return false;
  }
  if (!value) return static_cast<bool>(call_dunder1(t, o, m, key));
  Object* argv[] = {key, value};
  return static_cast<bool>(call_dunder(t, o, m, CallArgs{argv, 2, nullptr}));
}
int slot_contains(Thread& t, Object* o, Object* item) {
  if (Object* m = find_dunder(o, "__contains__")) {
    Value r = call_dunder1(t, o, m, item);
    if (!r) return -1;
    return truth(t, r.get());
  }
  Value it = iter(t, o);
  if (!it) return -1;
  for (;;) {
    Value x = next(t, it.get());
    if (!x) return t.has_exception() ? -1 : 0;
    int eq = equals(t, x.get(), item);
    if (eq != 0) return eq;
  }
}
Value slot_call(Thread& t, Object* o, const CallArgs& args) {
  Object* m = find_dunder(o, "__call__");
  if (!m) return t.raise(exc::TypeError, "'" + type_name(o) + "' object is not callable");
  return call_dunder(t, o, m, args);
}

template <BinaryOp op>
Value slot_binary(Thread& t, Object* a, Object* b) {
  static const char* fwd[] = {
#define X(name, sym, f, r, i) f,
      PY_BINARY_OPS(X)
#undef X
  };
  static const char* rev[] = {
#define X(name, sym, f, r, i) r,
      PY_BINARY_OPS(X)
#undef X
  };
  if (!a->type->is_builtin) {
    if (Object* m = find_dunder(a, fwd[int(op)]); m && m->type == function_type) {
      Value r = call_dunder1(t, a, m, b);
      if (!r || r.get() != NotImplemented) return r;
    }
  }
  if (!b->type->is_builtin && b->type != a->type) {
    if (Object* m = find_dunder(b, rev[int(op)]); m && m->type == function_type) return call_dunder1(t, b, m, a);
  } else if (b->type == a->type && !b->type->is_builtin) {
    // Same class: only the forward method applies (CPython doesn't try __radd__ on the same type).
  }
  return Value::borrow(NotImplemented);
}

template <int which>
Value slot_unary(Thread& t, Object* o) {
  static const char* names[] = {"__neg__", "__pos__", "__invert__"};
  static const char* syms[] = {"-", "+", "~"};
  Object* m = find_dunder(o, names[which]);
  if (!m) return t.raise(exc::TypeError, std::string("bad operand type for unary ") + syms[which] + ": '" + type_name(o) + "'");
  return call_dunder0(t, o, m);
}

Value instance_new(Thread& t, Type* cls, const CallArgs& args) {
  Value self;
  Type* base = builtin_base(cls);
  if (cls->is_subtype(exc::BaseException)) {
    self = exc::BaseException->construct(t, cls, CallArgs{args.args, args.nargs, nullptr});
  } else if (base == object_type) {
    self = make<Instance>(cls);
  } else if (base->alloc) {
    self = base->alloc(t, cls);
  } else {
    return t.raise(exc::NotImplementedError, "subclassing '" + base->name + "' is not supported yet");
  }
  if (!self) return nullptr;
  Object* init = cls->lookup("__init__");
  if (init && init->type == function_type) {
    Value r = call_dunder(t, self.get(), init, args);
    if (!r) return nullptr;
    if (r.get() != None) return t.raise(exc::TypeError, "__init__() should return None, not '" + type_name(r.get()) + "'");
  } else if ((args.nargs || args.nkw()) && base == object_type) {
    return t.raise(exc::TypeError, cls->name + "() takes no arguments");
  }
  return self;
}

// C3 linearisation of the bases' MROs.
bool c3_mro(Thread& t, Type* cls, const std::vector<Type*>& bases) {
  std::vector<std::vector<Type*>> seqs;
  for (Type* b : bases) seqs.push_back(b->mro);
  seqs.push_back(bases);
  std::vector<Type*> out = {cls};
  for (;;) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](auto& s) { return s.empty(); }), seqs.end());
    if (seqs.empty()) break;
    Type* pick = nullptr;
    for (auto& s : seqs) {
      Type* head = s[0];
      bool in_tail = false;
      for (auto& other : seqs) {
        if (std::find(other.begin() + 1, other.end(), head) != other.end()) in_tail = true;
      }
      if (!in_tail) {
        pick = head;
        break;
      }
    }
    if (!pick) {
      t.raise(exc::TypeError, "Cannot create a consistent method resolution order (MRO)");
      return false;
    }
    out.push_back(pick);
    for (auto& s : seqs) {
      if (s[0] == pick) s.erase(s.begin());
    }
  }
  cls->mro = std::move(out);
  return true;
}

// __set_name__(owner, name) of every attribute whose type defines it, in definition order.
bool call_set_name(Thread& t, Type* cls, Dict* ns) {
  std::vector<std::pair<Value, Value>> items;  // a copy: the hooks may change the namespace
  for (auto& e : ns->entries) {
    if (e.key) items.emplace_back(e.key, e.value);
  }
  for (auto& [name, value] : items) {
    if (value->type == property_type && name->type == str_type) {
      cast<Descriptor>(value.get())->name = Ref<Str>::borrow(cast<Str>(name.get()));
      continue;
    }
    if (value->type->is_builtin) continue;
    Object* m = value->type->lookup("__set_name__");
    if (!m) continue;
    Object* argv[] = {cls, name.get()};
    if (!call_dunder(t, value.get(), m, CallArgs{argv, 2, nullptr})) return false;
  }
  return true;
}

Value build_class(Thread& t, Object*, const CallArgs& args) {
  if (args.nargs < 2 || args.arg(0)->type != function_type || args.arg(1)->type != str_type) {
    return t.raise(exc::TypeError, "__build_class__: bad arguments");
  }
  auto* body = cast<Function>(args.arg(0));
  std::string name = cast<Str>(args.arg(1))->text;
  std::vector<Type*> bases;
  for (size_t i = 2; i < args.nargs; ++i) {
    if (args.arg(i)->type != type_type) return t.raise(exc::TypeError, "bases must be types");
    bases.push_back(cast<Type>(args.arg(i)));
  }
  auto ns = make_dict();
  Value cell = run_class_body(t, body, ns.get());
  if (!cell) return nullptr;
  Type* first = bases.empty() ? object_type : bases[0];
  auto cls = Ref<Type>::steal(new Type(type_type, name, first));
  cls->is_builtin = false;
  cls->dict = ns;
  cls->is_base_exception = first->is_subtype(exc::BaseException);
  if (bases.size() > 1 && !c3_mro(t, cls.get(), bases)) return nullptr;
  for (Type* b : bases) cls->keep_alive.push_back(Value::borrow(b));  // a class owns its bases
  Type* native = builtin_base(first);
  if (native != object_type && !native->alloc && !cls->is_base_exception) {
    return t.raise(exc::NotImplementedError, "subclassing '" + native->name + "' is not supported yet");
  }
  Type* c = cls.get();
  c->instance_dict = native->instance_dict;
  c->repr = slot_repr;
  c->str = slot_str;
  c->hash = slot_hash;
  c->compare = slot_compare;
  c->truth = slot_truth;
  c->getattr = cls->is_base_exception ? exc::BaseException->getattr : native->alloc ? native->getattr : generic_getattr;
  c->setattr = cls->is_base_exception ? exc::BaseException->setattr : native->alloc ? native->setattr : generic_setattr;
  if (!cls->is_base_exception && (has_python_dunder(c, "__setattr__") || has_python_dunder(c, "__delattr__"))) {
    c->setattr = slot_setattr;
  }
  c->construct = instance_new;
  if (c->lookup("__len__")) c->length = slot_length;
  if (c->lookup("__iter__")) c->iter = slot_iter;
  if (c->lookup("__next__")) c->next = slot_next;
  if (c->lookup("__getitem__")) c->getitem = slot_getitem;
  if (c->lookup("__setitem__") || c->lookup("__delitem__")) c->setitem = slot_setitem;
  if (c->lookup("__contains__") || c->lookup("__iter__")) c->contains = slot_contains;
  if (c->lookup("__call__")) c->call = slot_call;
  if (c->lookup("__neg__")) c->negative = slot_unary<0>;
  if (c->lookup("__pos__")) c->positive = slot_unary<1>;
  if (c->lookup("__invert__")) c->invert = slot_unary<2>;
#define X(nm, sym, fwd, rev, inplace) \
  if (c->lookup(fwd) || c->lookup(rev)) c->binary[int(BinaryOp::nm)] = slot_binary<BinaryOp::nm>;
  PY_BINARY_OPS(X)
#undef X
  // A class that defines __eq__ without __hash__ is unhashable.
  if (dict_get_str(ns.get(), intern("__eq__").get()) && !dict_get_str(ns.get(), intern("__hash__").get())) {
    dict_set_str(ns.get(), "__hash__", None);
  }
  inherit_slots(c);
  if (cell.get() != None && cell->type == cell_type) cast<Cell>(cell.get())->value = cls;
  if (!call_set_name(t, c, ns.get())) return nullptr;
  return cls;
}

// --- property / classmethod / staticmethod / super -------------------------------------------------
Value property_new(Thread& t, Type*, const CallArgs& a) {
  Object* args[4] = {};  // fget, fset, fdel, doc
  static const char* names[] = {"fget", "fset", "fdel", "doc"};
  if (a.nargs > 4) return t.raise(exc::TypeError, "property() takes at most 4 arguments (" + std::to_string(a.nargs) + " given)");
  for (size_t i = 0; i < a.nargs; ++i) args[i] = a.arg(i);
  for (size_t i = 0; i < a.nkw(); ++i) {
    const std::string& k = cast<Str>(a.kwnames->items[i].get())->text;
    size_t j = 0;
    while (j < 4 && k != names[j]) ++j;
    if (j == 4) return t.raise(exc::TypeError, "'" + k + "' is an invalid keyword argument for property()");
    args[j] = a.kwvalue(i);
  }
  auto p = make<Descriptor>(property_type, args[0] && args[0] != None ? Value::borrow(args[0]) : none(),
                            args[1] && args[1] != None ? Value::borrow(args[1]) : nullptr);
  if (args[2] && args[2] != None) p->fdel = Value::borrow(args[2]);
  return p;
}
// prop.getter / setter / deleter: a copy with one function replaced.
template <int which>
Value property_with(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "expected 1 argument");
  auto* p = cast<Descriptor>(self);
  auto q = make<Descriptor>(property_type, p->fget, p->fset);
  q->fdel = p->fdel;
  q->name = p->name;
  Value f = Value::borrow(a.arg(0));
  if (which == 0) q->fget = f;
  if (which == 1) q->fset = f;
  if (which == 2) q->fdel = f;
  return q;
}
Value classmethod_new(Thread& t, Type*, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "classmethod expected 1 argument");
  return make<Descriptor>(classmethod_type, Value::borrow(a.arg(0)));
}
Value staticmethod_new(Thread& t, Type*, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "staticmethod expected 1 argument");
  return make<Descriptor>(staticmethod_type, Value::borrow(a.arg(0)));
}

Value super_new(Thread& t, Type*, const CallArgs& a) {
  if (a.nargs == 2) {
    if (a.arg(0)->type != type_type) return t.raise(exc::TypeError, "super() argument 1 must be a type");
    return make<Super>(Ref<Type>::borrow(cast<Type>(a.arg(0))), Value::borrow(a.arg(1)));
  }
  // Zero-argument form: the calling function's first argument and its __class__ cell.
  Frame* f = t.frame;
  if (!f || !f->func || f->code->argcount == 0 || f->fast.empty()) {
    return t.raise(exc::RuntimeError, "super(): no arguments");
  }
  Value self = f->fast[0];
  if (!self) {
    // The first argument may live in a cell.
    for (size_t i = 0; i < f->code->cellvars.size(); ++i) {
      if (f->code->cell_of_arg[i] == 0) self = f->cells[i]->value;
    }
  }
  Value cls;
  for (size_t i = 0; i < f->code->freevars.size(); ++i) {
    if (f->code->freevars[i]->text == "__class__") cls = f->cells[f->code->cellvars.size() + i]->value;
  }
  if (!cls || cls->type != type_type) return t.raise(exc::RuntimeError, "super(): __class__ cell not found");
  return make<Super>(Ref<Type>::borrow(cast<Type>(cls.get())), std::move(self));
}

Value super_getattr(Thread& t, Object* o, Str* name) {
  auto* s = cast<Super>(o);
  Type* type = s->self->type == type_type ? cast<Type>(s->self.get()) : s->self->type;
  auto& mro = type->mro;
  auto it = std::find(mro.begin(), mro.end(), s->start.get());
  if (it != mro.end()) ++it;
  for (; it != mro.end(); ++it) {
    Type* m = *it;
    if (!m->dict) continue;
    if (Object* v = dict_get_str(m->dict.get(), name)) return bind_attribute(t, v, s->self.get());
  }
  if (name->text == "__init__") {
    // object.__init__ takes no arguments and does nothing.
    return make<BuiltinFunction>("__init__", [](Thread&, Object*, const CallArgs&) -> Value { return none(); });
  }
  return t.raise(exc::AttributeError, "'super' object has no attribute '" + name->text + "'");
}

}  // namespace

Value build_class_function() {
  static Object* f = [] {
    auto* b = new BuiltinFunction("__build_class__", build_class);
    b->refcnt = kImmortal;
    return b;
  }();
  return Value::borrow(f);
}

void init_generic_alias();  // generic_alias.cpp
void init_bytes_types();    // bytes_object.cpp

void init_class_types() {
  init_generic_alias();
  init_bytes_types();
  {
    property_type = descriptor_type("property");
    property_type->construct = property_new;
    add_method(property_type, "getter", property_with<0>);
    add_method(property_type, "setter", property_with<1>);
    add_method(property_type, "deleter", property_with<2>);
    classmethod_type = descriptor_type("classmethod");
    classmethod_type->construct = classmethod_new;
    staticmethod_type = descriptor_type("staticmethod");
    staticmethod_type->construct = staticmethod_new;
    super_type = descriptor_type("super");
    super_type->construct = super_new;
    super_type->getattr = super_getattr;
    for (Type* ty : {property_type, classmethod_type, staticmethod_type, super_type}) inherit_slots(ty);
    property_type->getattr = generic_getattr;
    super_type->getattr = super_getattr;
  }
}

void install_class_builtins(Dict* builtins) {
  dict_set_str(builtins, "property", property_type);
  dict_set_str(builtins, "classmethod", classmethod_type);
  dict_set_str(builtins, "staticmethod", staticmethod_type);
  dict_set_str(builtins, "super", super_type);
}

}  // namespace py
