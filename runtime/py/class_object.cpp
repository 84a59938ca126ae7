// Classes defined in Python: __build_class__, instances, the slot wrappers that call dunder
// methods, descriptors (property, classmethod, staticmethod) and super().
#include <algorithm>

#include "py/abstract.hpp"
#include "py/code.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"
#include "py/vm.hpp"

namespace py {

bool is_type(const Object* o) { return o->type == type_type || o->type->is_subtype(type_type); }

Instance::Instance(Type* c) : Object(c), cls(Ref<Type>::borrow(c)), dict(make_dict()) {}

namespace {

// --- descriptor types ----------------------------------------------------------------------------
struct Descriptor : Object {
  Value fget, fset;  // property: getter/setter; classmethod/staticmethod: fget is the function
  Value fdel;        // property: deleter
  Ref<Str> name;     // property: the attribute it was assigned to in a class body (__set_name__)
  Type* native_owner = nullptr;  // a built-in type's read-only data attribute (int.real)
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

// property, or an object of a Python class with __set__ or __delete__ (CPython's data
// descriptors: they take precedence over the instance's __dict__).
bool is_data_descriptor(Object* o) {
  Type* ty = o->type;
  if (ty == property_type) return true;
  return !ty->is_builtin && !is_type(o) && (ty->lookup("__set__") || ty->lookup("__delete__"));
}

Value make_classmethod(Value f) { return make<Descriptor>(classmethod_type, std::move(f)); }
// A built-in type's read-only data attribute, computed by `fget(self)` (int.real, float.imag).
Value make_native_attribute(Type* owner, const char* name, NativeFn fget) {
  auto p = make<Descriptor>(property_type, make<BuiltinFunction>(name, fget));
  p->native_owner = owner;
  return p;
}

// repr(int.real): "<attribute 'real' of 'int' objects>"; other properties as objects.
Value property_repr(Thread& t, Object* o) {
  auto* p = cast<Descriptor>(o);
  if (!p->native_owner) return object_type->repr(t, o);
  return make_str(std::string("<attribute '") + cast<BuiltinFunction>(p->fget.get())->fname + "' of '" + p->native_owner->name +
                  "' objects>");
}

bool set_descriptor(Thread& t, Object* d, Object* self, Object* value) {
  if (d->type != property_type) {  // written in Python: __set__(self, value) or __delete__(self)
    const char* hook = value ? "__set__" : "__delete__";
    Object* fn = d->type->lookup(hook);
    if (!fn) {
      t.raise(exc::AttributeError, std::string(hook));
      return false;
    }
    Object* argv[] = {d, self, value};
    return static_cast<bool>(call(t, fn, CallArgs{argv, value ? 3u : 2u, nullptr}));
  }
  auto* p = cast<Descriptor>(d);
  Object* fn = value ? p->fset.get() : p->fdel.get();
  if ((!fn || fn == None) && p->native_owner) {
    t.raise(exc::AttributeError, std::string("attribute '") + cast<BuiltinFunction>(p->fget.get())->fname + "' of '" + p->native_owner->name +
                                     "' objects is not writable");
    return false;
  }
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
    Object* cls = is_type(self) ? self : self->type;
    return make<Method>(cast<Descriptor>(found)->fget, Value::borrow(cls));
  }
  if (ft == staticmethod_type) return cast<Descriptor>(found)->fget;
  // A descriptor class written in Python (functools.cached_property): __get__(instance, owner),
  // or __get__(None, cls) when looked up on the class itself.
  if (!ft->is_builtin) {
    if (Object* get = ft->lookup("__get__")) {
      bool on_class = is_type(self);
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
// A dunder written in Python (not a built-in type's slot method).
bool is_python_method(Object* m) { return m && m->type != builtin_function_type; }

// A built-in type's slot method that a Python class put in its own dict (IntEnum's
// `__str__ = int.__str__`): it wins over the slot inherited along the MRO.
bool assigned_in_python_class(Type* type, Object* m, const char* name) {
  if (!m || m->type != builtin_function_type) return false;
  for (Type* k : type->mro) {
    if (k->dict && dict_get_str(k->dict.get(), intern_cstr(name))) return !k->is_builtin;
  }
  return false;
}

// A dunder defined by a Python class (its own function, or a built-in's assigned to it).
bool has_python_dunder(Type* c, const char* name) {
  Object* m = c->lookup(name);
  return m && (m->type != builtin_function_type || assigned_in_python_class(c, m, name));
}
// A class's own __setattr__ / __delattr__ (object's are the generic behaviour).
bool slot_setattr(Thread& t, Object* o, Str* name, Object* value) {
  const char* dunder = value ? "__setattr__" : "__delattr__";
  Object* m = find_dunder(o, dunder);
  if (m && (m->type != builtin_function_type || assigned_in_python_class(o->type, m, dunder))) {
    Object* argv[] = {name, value};
    return static_cast<bool>(call_dunder(t, o, m, CallArgs{argv, value ? 2u : 1u, nullptr}));
  }
  return generic_setattr(t, o, name, value);
}

Value slot_repr(Thread& t, Object* o) {
  Object* m = find_dunder(o, "__repr__");
  if (m && (m->type != builtin_function_type || assigned_in_python_class(o->type, m, "__repr__"))) return call_dunder0(t, o, m);
  return builtin_base(o->type)->repr(t, o);
}
Value slot_str(Thread& t, Object* o) {
  Object* m = find_dunder(o, "__str__");
  if (m && (m->type != builtin_function_type || assigned_in_python_class(o->type, m, "__str__"))) return call_dunder0(t, o, m);
  Type* b = builtin_base(o->type);
  if (b->str && b != object_type) return b->str(t, o);
  return slot_repr(t, o);
}
bool slot_hash(Thread& t, Object* o, int64_t* out) {
  Object* m = find_dunder(o, "__hash__");
  if (m == None || (!is_python_method(m) && !builtin_base(o->type)->hash)) {
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
  CompareFn base = builtin_base(a->type)->compare;
  if (op == CompareOp::Ne && (!base || base == object_type->compare)) {
    // object's __ne__ is the inverse of __eq__ (int's, str's, … compare the values).
    Object* eq = find_dunder(a, "__eq__");
    if (eq && eq->type == function_type) {
      Value r = call_dunder1(t, a, eq, b);
      if (!r || r.get() == NotImplemented) return r;
      int v = truth(t, r.get());
      if (v < 0) return nullptr;
      return boolean(!v);
    }
  }
  return base ? base(t, a, b, op) : Value::borrow(NotImplemented);
}
int slot_truth(Thread& t, Object* o) {
  // __bool__, else __len__, written in Python; else the built-in base's truth (an empty list
  // subclass is false).
  Object* m = find_dunder(o, "__bool__");
  if (is_python_method(m)) {
    Value r = call_dunder0(t, o, m);
    if (!r) return -1;
    if (r->type != bool_type) {
      t.raise(exc::TypeError, "__bool__ should return bool, returned " + type_name(r.get()));
      return -1;
    }
    return r.get() == True;
  }
  Object* len = find_dunder(o, "__len__");
  if (!is_python_method(len)) {
    Type* b = builtin_base(o->type);
    if (b->truth) return b->truth(t, o);
    if (b->length) return b->length(t, o) != 0;
  }
  if (m) {  // a built-in __bool__ without a native slot
    Value r = call_dunder0(t, o, m);
    if (!r) return -1;
    return r.get() == True;
  }
  if (len) {
    Value r = call_dunder0(t, o, len);
    if (!r) return -1;
    int64_t n;
    if (!as_index(t, r.get(), &n)) return -1;
    return n != 0;
  }
  return 1;
}
int64_t slot_length(Thread& t, Object* o) {
  Object* m = find_dunder(o, "__len__");
  if (!is_python_method(m)) {
    if (LengthFn f = builtin_base(o->type)->length) return f(t, o);
  }
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
  if (!is_python_method(m)) {
    if (UnaryFn f = builtin_base(o->type)->iter) return f(t, o);
  }
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
  if (!is_python_method(m)) {
    if (BinaryFn f = builtin_base(o->type)->getitem) return f(t, o, key);
  }
  if (!m) return t.raise(exc::TypeError, "'" + type_name(o) + "' object is not subscriptable");
  return call_dunder1(t, o, m, key);
}
bool slot_setitem(Thread& t, Object* o, Object* key, Object* value) {
  Object* m = find_dunder(o, value ? "__setitem__" : "__delitem__");
  if (!is_python_method(m)) {
    if (SetItemFn f = builtin_base(o->type)->setitem) return f(t, o, key, value);
  }
  if (!m) {
    t.raise(exc::TypeError, "'" + type_name(o) + "' object does not support item " + (value ? "assignment" : "deletion"));
    return false;
  }
  if (!value) return static_cast<bool>(call_dunder1(t, o, m, key));
  Object* argv[] = {key, value};
  return static_cast<bool>(call_dunder(t, o, m, CallArgs{argv, 2, nullptr}));
}
int slot_contains(Thread& t, Object* o, Object* item) {
  Object* m = find_dunder(o, "__contains__");
  if (!is_python_method(m)) {
    if (ContainsFn f = builtin_base(o->type)->contains) return f(t, o, item);
  }
  if (m) {
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
  // Each side: its Python method, else its built-in base's slot (a subclass of int adds like
  // an int). A right operand whose class derives from the left one's goes first.
  bool a_py = !a->type->is_builtin;
  bool b_py = !b->type->is_builtin && b->type != a->type;  // same class: only the forward method
  Object* ma = a_py ? find_dunder(a, fwd[int(op)]) : nullptr;
  Object* mb = b_py ? find_dunder(b, rev[int(op)]) : nullptr;
  if (ma && ma->type != function_type) ma = nullptr;
  if (mb && mb->type != function_type) mb = nullptr;
  BinaryFn na = a_py && !ma ? builtin_base(a->type)->binary[int(op)] : nullptr;
  BinaryFn nb = b_py && !mb ? builtin_base(b->type)->binary[int(op)] : nullptr;
  if (nb == na) nb = nullptr;
  if (mb && b->type->is_subtype(a->type) && mb != find_dunder(a, rev[int(op)])) {
    Value r = call_dunder1(t, b, mb, a);
    if (!r || r.get() != NotImplemented) return r;
    mb = nullptr;
  }
  if (ma || na) {
    Value r = ma ? call_dunder1(t, a, ma, b) : na(t, a, b);
    if (!r || r.get() != NotImplemented) return r;
  }
  if (mb) return call_dunder1(t, b, mb, a);
  if (nb) return nb(t, a, b);
  return Value::borrow(NotImplemented);
}

template <int which>
Value slot_unary(Thread& t, Object* o) {
  static const char* names[] = {"__neg__", "__pos__", "__invert__"};
  static const char* syms[] = {"-", "+", "~"};
  Object* m = find_dunder(o, names[which]);
  if (!is_python_method(m)) {
    Type* b = builtin_base(o->type);
    UnaryFn f = which == 0 ? b->negative : which == 1 ? b->positive : b->invert;
    if (f) return f(t, o);
  }
  if (!m) return t.raise(exc::TypeError, std::string("bad operand type for unary ") + syms[which] + ": '" + type_name(o) + "'");
  return call_dunder0(t, o, m);
}

// A blank instance of `cls` in its native layout (object.__new__(cls)).
Value alloc_instance(Thread& t, Type* cls, const CallArgs& args) {
  Type* base = builtin_base(cls);
  if (cls->is_subtype(exc::BaseException)) return exc::BaseException->construct(t, cls, CallArgs{args.args, args.nargs, nullptr});
  if (base == object_type) return make<Instance>(cls);
  if (base->new_subclass_instance) return base->new_subclass_instance(t, cls, args);
  if (base->alloc) return base->alloc(t, cls);
  return t.raise(exc::NotImplementedError, "subclassing '" + base->name + "' is not supported yet");
}

Value instance_new(Thread& t, Type* cls, const CallArgs& args) {
  Value self;
  Type* base = builtin_base(cls);
  // A __new__ written in Python (implicitly a staticmethod) makes the instance; __init__ runs
  // only when it returned an instance of cls.
  static Str* const new_name = intern("__new__").get();  // interned once: this runs per instance
  static Str* const init_name = intern("__init__").get();
  Object* new_fn = cls->lookup(new_name);
  if (new_fn && new_fn->type == staticmethod_type) new_fn = cast<Descriptor>(new_fn)->fget.get();
  if (new_fn && new_fn->type == function_type) {
    std::vector<Object*> argv{cls};
    argv.insert(argv.end(), args.args, args.args + args.nargs + args.nkw());
    self = call(t, new_fn, CallArgs{argv.data(), args.nargs + 1, args.kwnames});
    if (!self) return nullptr;
    if (!isinstance(self.get(), cls)) return self;
  } else {
    self = alloc_instance(t, cls, args);
    if (!self) return nullptr;
  }
  Object* init = cls->lookup(init_name);
  if (init && init->type == function_type) {
    Value r = call_dunder(t, self.get(), init, args);
    if (!r) return nullptr;
    if (r.get() != None) return t.raise(exc::TypeError, "__init__() should return None, not '" + type_name(r.get()) + "'");
  } else if (base->subclass_dict && init && base->dict && init == dict_get_str(base->dict.get(), init_name)) {
    // list / dict / set: their own __init__ fills the new instance.
    if (!call_dunder(t, self.get(), init, args)) return nullptr;
  } else if ((args.nargs || args.nkw()) && base == object_type && !(new_fn && new_fn->type == function_type)) {
    return t.raise(exc::TypeError, cls->name + "() takes no arguments");
  }
  return self;
}

// object.__new__(cls): what a class's own __new__ calls through super().
Value object_new_builtin(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs < 1) return t.raise(exc::TypeError, "object.__new__(): not enough arguments");
  if (!is_type(a.arg(0))) return t.raise(exc::TypeError, "object.__new__(X): X is not a type object (" + type_name(a.arg(0)) + ")");
  auto* cls = cast<Type>(a.arg(0));
  if (cls->is_builtin) {
    if (cls == object_type) return make<Object>(object_type);
    return t.raise(exc::TypeError, "object.__new__(" + cls->name + ") is not safe, use " + cls->name + ".__new__()");
  }
  if (a.nargs > 1 || a.nkw()) {
    Object* init = cls->lookup("__init__");
    if (!(init && init->type == function_type)) {
      return t.raise(exc::TypeError, cls->name + "() takes no arguments");
    }
  }
  return alloc_instance(t, cls, CallArgs{a.args + 1, a.nargs - 1, nullptr});
}

// type.__call__(cls, *args, **kw): what a metaclass's own __call__ calls through super().
Value type_call_builtin(Thread& t, Object* self, const CallArgs& a) {
  if (!is_type(self)) return t.raise(exc::TypeError, "descriptor '__call__' requires a 'type' object");
  auto* cls = cast<Type>(self);
  if (!cls->construct) return t.raise(exc::TypeError, "cannot create '" + cls->name + "' instances");
  return cls->construct(t, cls, a);
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

// __init_subclass__(**kw) of the first class after `cls` in its MRO that defines one (implicitly
// a classmethod); object's takes no keywords.
bool call_init_subclass(Thread& t, Type* cls, Object* const* kwvalues, Tuple* kwnames) {
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  for (size_t i = 1; i < cls->mro.size(); ++i) {
    Type* m = cls->mro[i];
    Object* f = m->dict ? dict_get_str(m->dict.get(), intern("__init_subclass__").get()) : nullptr;
    if (!f) continue;
    if (f->type == classmethod_type) f = cast<Descriptor>(f)->fget.get();
    if (f->type != function_type) break;
    std::vector<Object*> argv{cls};
    argv.insert(argv.end(), kwvalues, kwvalues + nkw);
    return static_cast<bool>(call(t, f, CallArgs{argv.data(), 1, nkw ? kwnames : nullptr}));
  }
  if (nkw) {
    t.raise(exc::TypeError, cls->name + ".__init_subclass__() takes no keyword arguments");
    return false;
  }
  return true;
}

// `__init_subclass__` and `__class_getitem__` written as plain functions are classmethods,
// `__new__` a staticmethod (so super().__new__(cls, …) passes cls itself).
void implicit_classmethods(Dict* ns) {
  for (const char* name : {"__init_subclass__", "__class_getitem__"}) {
    Object* f = dict_get_str(ns, intern(name).get());
    if (f && f->type == function_type) dict_set_str(ns, name, make<Descriptor>(classmethod_type, Value::borrow(f)).get());
  }
  Object* f = dict_get_str(ns, intern("__new__").get());
  if (f && f->type == function_type) dict_set_str(ns, "__new__", make<Descriptor>(staticmethod_type, Value::borrow(f)).get());
}

// The module a class made by type(name, bases, ns) belongs to: the calling code's __name__.
void default_module(Thread& t, Dict* ns) {
  if (dict_get_str(ns, intern("__module__").get())) return;
  if (t.frame && t.frame->globals) {
    if (Object* n = dict_get_str(t.frame->globals.get(), intern("__name__").get())) dict_set_str(ns, "__module__", n);
  }
}

Value meta_construct(Thread& t, Type* meta, const CallArgs& args);

// __slots__: when every Python class along the MRO declares them (and none lists "__dict__"),
// instances accept only those attribute names. They still live in the instance dict.
bool collect_slot_names(Thread& t, Type* cls) {
  std::vector<Value> names;
  static Str* const slots_name = intern("__slots__").get();
  for (Type* k : cls->mro) {
    if (k->is_builtin) continue;
    Object* slots = k->dict ? dict_get_str(k->dict.get(), slots_name) : nullptr;
    if (!slots) return true;  // a class without __slots__ gives its instances a __dict__
    std::vector<Value> items;
    if (is_str(slots)) {
      items.push_back(Value::borrow(slots));
    } else if (!collect(t, slots, &items)) {
      return false;
    }
    for (auto& item : items) {
      if (!is_str(item.get())) {
        t.raise(exc::TypeError, "__slots__ items must be strings, not '" + type_name(item.get()) + "'");
        return false;
      }
      if (cast<Str>(item.get())->text == "__dict__") return true;
      names.push_back(std::move(item));
    }
  }
  cls->slot_names = make_tuple(std::move(names));
  return true;
}
}  // namespace
void set_dunder_slots(Type* c);
void inherit_native_slots(Type* c, Type* native);
namespace {

// type.__new__(metatype, name, bases, ns): the class object, its MRO and its slot wrappers.
Value make_class(Thread& t, Type* meta, const std::string& name, const std::vector<Type*>& bases, Ref<Dict> ns,
                 Object* const* kwvalues = nullptr, Tuple* kwnames = nullptr) {
  Type* first = bases.empty() ? object_type : bases[0];
  implicit_classmethods(ns.get());
  auto cls = Ref<Type>::steal(new Type(meta, name, first));
  cls->is_builtin = false;
  cls->dict = ns;
  cls->is_base_exception = first->is_subtype(exc::BaseException);
  if (bases.size() > 1 && !c3_mro(t, cls.get(), bases)) return nullptr;
  for (Type* b : bases) cls->keep_alive.push_back(Value::borrow(b));  // a class owns its bases
  if (meta != type_type) cls->keep_alive.push_back(Value::borrow(meta));  // ... and its metaclass
  Type* native = builtin_base(cls.get());
  bool is_metaclass = native == type_type;
  // Two bases with different native layouts (int and str) can't share an instance.
  Type* layout_base = nullptr;
  for (Type* b : bases) {
    Type* nb = builtin_base(b);
    if (nb->is_base_exception) nb = exc::BaseException;  // one layout for every exception
    if (nb == object_type) continue;
    if (layout_base && !layout_base->is_subtype(nb) && !nb->is_subtype(layout_base)) {
      return t.raise(exc::TypeError, "multiple bases have instance lay-out conflict");
    }
    if (!layout_base || nb->is_subtype(layout_base)) layout_base = nb;
  }
  if (native == bool_type) return t.raise(exc::TypeError, "type 'bool' is not an acceptable base type");
  if (native != object_type && !native->alloc && !native->new_subclass_instance && !cls->is_base_exception && !is_metaclass) {
    return t.raise(exc::NotImplementedError, "subclassing '" + native->name + "' is not supported yet");
  }
  Type* c = cls.get();
  c->instance_dict = native->subclass_dict ? native->subclass_dict : native->instance_dict;
  c->layout = native->layout;
  // Instances of a metaclass are classes: their attributes live in the class dict (so the
  // generic attribute code never takes them for plain instances).
  if (is_metaclass) c->instance_dict = [](Object* o) { return cast<Type>(o)->dict.get(); };
  c->repr = slot_repr;
  c->str = slot_str;
  c->hash = slot_hash;
  c->compare = slot_compare;
  c->truth = slot_truth;
  bool native_attrs = native->alloc || is_metaclass;
  c->getattr = cls->is_base_exception ? exc::BaseException->getattr : native_attrs ? native->getattr : generic_getattr;
  c->setattr = cls->is_base_exception ? exc::BaseException->setattr : native_attrs ? native->setattr : generic_setattr;
  c->construct = is_metaclass ? meta_construct : instance_new;
  set_dunder_slots(c);
  // A class that defines __eq__ without __hash__ is unhashable.
  if (dict_get_str(ns.get(), intern("__eq__").get()) && !dict_get_str(ns.get(), intern("__hash__").get())) {
    dict_set_str(ns.get(), "__hash__", None);
  }
  inherit_slots(c);
  if (native->new_subclass_instance) inherit_native_slots(c, native);
  if (!cls->is_base_exception && !is_metaclass && !collect_slot_names(t, c)) return nullptr;
  if (!call_set_name(t, c, ns.get())) return nullptr;
  if (!call_init_subclass(t, c, kwvalues, kwnames)) return nullptr;
  return cls;
}

}  // namespace

// The slots that exist only when the class (or a base) defines the dunder; run again when a
// dunder is assigned to the class later (dataclasses add __setattr__, __lt__, … that way).
void set_dunder_slots(Type* c) {
  if (!c->is_base_exception && (has_python_dunder(c, "__setattr__") || has_python_dunder(c, "__delattr__"))) {
    c->setattr = slot_setattr;
  }
  Type* native = builtin_base(c);
  if (native->new_subclass_instance) {
    // A subclass of a built-in value type: the wrappers only where Python overrides a dunder
    // (they fall back to the base's slot); the base's own slots everywhere else.
    auto py = [c](const char* name) { return has_python_dunder(c, name); };
    if (py("__len__")) c->length = slot_length;
    if (py("__iter__")) c->iter = slot_iter;
    if (py("__next__")) c->next = slot_next;
    if (py("__getitem__")) c->getitem = slot_getitem;
    if (py("__setitem__") || py("__delitem__")) c->setitem = slot_setitem;
    if (py("__contains__") || py("__iter__")) c->contains = slot_contains;
    if (py("__call__")) c->call = slot_call;
    if (py("__neg__")) c->negative = slot_unary<0>;
    if (py("__pos__")) c->positive = slot_unary<1>;
    if (py("__invert__")) c->invert = slot_unary<2>;
#define X(nm, sym, fwd, rev, inplace) \
  if (py(fwd) || py(rev)) c->binary[int(BinaryOp::nm)] = slot_binary<BinaryOp::nm>;
    PY_BINARY_OPS(X)
#undef X
    inherit_native_slots(c, native);
    return;
  }
  if (c->lookup("__len__")) c->length = slot_length;
  if (c->lookup("__iter__")) c->iter = slot_iter;
  if (c->lookup("__next__")) c->next = slot_next;
  if (c->lookup("__getitem__")) c->getitem = slot_getitem;
  if (c->lookup("__setitem__") || c->lookup("__delitem__")) c->setitem = slot_setitem;
  if (c->lookup("__contains__") || c->lookup("__iter__")) c->contains = slot_contains;
  if (has_python_dunder(c, "__call__")) c->call = slot_call;
  if (c->lookup("__neg__")) c->negative = slot_unary<0>;
  if (c->lookup("__pos__")) c->positive = slot_unary<1>;
  if (c->lookup("__invert__")) c->invert = slot_unary<2>;
#define X(nm, sym, fwd, rev, inplace) \
  if (c->lookup(fwd) || c->lookup(rev)) c->binary[int(BinaryOp::nm)] = slot_binary<BinaryOp::nm>;
  PY_BINARY_OPS(X)
#undef X
}

// Fills the slots a subclass of a built-in value type leaves empty from that type (its first
// base may be a mixin, so inherit_slots' copy from the first base isn't enough).
void inherit_native_slots(Type* c, Type* native) {
#define INHERIT(slot) \
  if (!c->slot) c->slot = native->slot;
  INHERIT(negative) INHERIT(positive) INHERIT(invert) INHERIT(length) INHERIT(iter) INHERIT(next)
  INHERIT(getitem) INHERIT(setitem) INHERIT(contains) INHERIT(call)
#undef INHERIT
  for (int i = 0; i < kBinaryOpCount; ++i) {
    if (!c->binary[i]) c->binary[i] = native->binary[i];
  }
}

namespace {

bool collect_bases(Thread& t, Object* const* items, size_t n, std::vector<Type*>* bases) {
  for (size_t i = 0; i < n; ++i) {
    if (!is_type(items[i])) {
      t.raise(exc::TypeError, "bases must be types");
      return false;
    }
    bases->push_back(cast<Type>(items[i]));
  }
  return true;
}

// The most derived metaclass among `meta` and the bases' metaclasses (CPython's
// _PyType_CalculateMetaclass); null with TypeError on a conflict.
Type* derive_metaclass(Thread& t, Type* meta, const std::vector<Type*>& bases) {
  Type* winner = meta;
  for (Type* b : bases) {
    Type* bt = b->type;
    if (winner->is_subtype(bt)) continue;
    if (bt->is_subtype(winner)) {
      winner = bt;
      continue;
    }
    t.raise(exc::TypeError,
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

// type.__new__(mcs, name, bases, ns, **kw) as a builtin (what a metaclass's super().__new__ calls).
Value type_new_builtin(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 4) {
    return t.raise(exc::TypeError, "type.__new__() takes exactly 3 arguments (" + std::to_string(a.nargs ? a.nargs - 1 : 0) + " given)");
  }
  if (!is_type(a.arg(0)) || !cast<Type>(a.arg(0))->is_subtype(type_type)) {
    return t.raise(exc::TypeError, "type.__new__(X): X is not a type object (" + type_name(a.arg(0)) + ")");
  }
  if (a.arg(1)->type != str_type) return t.raise(exc::TypeError, "type.__new__() argument 1 must be str, not " + type_name(a.arg(1)));
  if (a.arg(2)->type != tuple_type) return t.raise(exc::TypeError, "type.__new__() argument 2 must be tuple, not " + type_name(a.arg(2)));
  if (!isinstance(a.arg(3), dict_type)) return t.raise(exc::TypeError, "type.__new__() argument 3 must be dict, not " + type_name(a.arg(3)));
  std::vector<Type*> bases;
  auto& items = cast<Tuple>(a.arg(2))->items;
  std::vector<Object*> raw;
  for (auto& b : items) raw.push_back(b.get());
  if (!collect_bases(t, raw.data(), raw.size(), &bases)) return nullptr;
  auto ns = make_dict();
  for (auto& e : cast<Dict>(a.arg(3))->entries) {
    if (e.key && !dict_set(t, ns.get(), e.key.get(), e.value.get())) return nullptr;
  }
  default_module(t, ns.get());
  return make_class(t, cast<Type>(a.arg(0)), cast<Str>(a.arg(1))->text, bases, ns, a.args + a.nargs, a.kwnames);
}

// Calling a metaclass (Meta(name, bases, ns) or a class statement with metaclass=Meta): its
// __new__ (type.__new__ unless Meta defines one), then its __init__ when __new__ gave a Meta.
Value meta_construct(Thread& t, Type* meta, const CallArgs& args) {
  std::vector<Object*> argv{meta};
  argv.insert(argv.end(), args.args, args.args + args.nargs + args.nkw());
  CallArgs with_meta{argv.data(), args.nargs + 1, args.kwnames};
  Object* new_fn = meta->lookup("__new__");
  if (new_fn && new_fn->type == staticmethod_type) new_fn = cast<Descriptor>(new_fn)->fget.get();
  Value cls = new_fn && new_fn->type == function_type ? call(t, new_fn, with_meta) : type_new_builtin(t, nullptr, with_meta);
  if (!cls) return nullptr;
  if (!isinstance(cls.get(), meta)) return cls;
  Object* init = meta->lookup("__init__");
  if (init && init->type == function_type) {
    Value r = call_dunder(t, cls.get(), init, args);
    if (!r) return nullptr;
  }
  return cls;
}

Value build_class(Thread& t, Object*, const CallArgs& args) {
  if (args.nargs < 2 || args.arg(0)->type != function_type || args.arg(1)->type != str_type) {
    return t.raise(exc::TypeError, "__build_class__: bad arguments");
  }
  auto* body = cast<Function>(args.arg(0));
  std::string name = cast<Str>(args.arg(1))->text;
  // A base that isn't a class may stand for some (typing.Generic[T], NamedTuple): its
  // __mro_entries__(orig_bases) gives them.
  std::vector<Object*> resolved;
  std::vector<Value> entries_keep;
  bool substituted = false;
  Value orig_bases;
  for (size_t i = 2; i < args.nargs; ++i) {
    Object* b = args.arg(i);
    if (is_type(b)) {
      resolved.push_back(b);
      continue;
    }
    Value hook = lookup_attr(t, b, intern("__mro_entries__").get());
    if (!hook) {
      if (t.has_exception()) return nullptr;
      resolved.push_back(b);
      continue;
    }
    if (!orig_bases) {
      std::vector<Value> items;
      for (size_t j = 2; j < args.nargs; ++j) items.push_back(Value::borrow(args.arg(j)));
      orig_bases = make_tuple(std::move(items));
    }
    Value got = call1(t, hook.get(), orig_bases.get());
    if (!got) return nullptr;
    if (got->type != tuple_type) return t.raise(exc::TypeError, "__mro_entries__ must return a tuple");
    for (auto& e : cast<Tuple>(got.get())->items) resolved.push_back(e.get());
    entries_keep.push_back(std::move(got));
    substituted = true;
  }
  std::vector<Type*> bases;
  if (!collect_bases(t, resolved.data(), resolved.size(), &bases)) return nullptr;
  // Class keywords: metaclass=…, the rest go to the metaclass and __init_subclass__.
  Object* meta_arg = nullptr;
  std::vector<Object*> kwvalues;
  std::vector<Value> kwnames;
  for (size_t i = 0; i < args.nkw(); ++i) {
    Object* key = args.kwnames->items[i].get();
    if (cast<Str>(key)->text == "metaclass") {
      meta_arg = args.kwvalue(i);
    } else {
      kwvalues.push_back(args.kwvalue(i));
      kwnames.push_back(Value::borrow(key));
    }
  }
  Ref<Tuple> kwtuple = kwnames.empty() ? nullptr : make_tuple(std::move(kwnames));
  Object* meta = meta_arg ? meta_arg : bases.empty() ? type_type : bases[0]->type;
  if (is_type(meta)) {
    meta = derive_metaclass(t, cast<Type>(meta), bases);
    if (!meta) return nullptr;
  }
  std::vector<Value> base_values;
  for (Type* b : bases) base_values.push_back(Value::borrow(b));
  Value bases_tuple = make_tuple(std::move(base_values));
  // The namespace: Meta.__prepare__(name, bases, **kw) when the metaclass defines one.
  Ref<Dict> ns;
  if (meta != type_type) {
    Value prepare = lookup_attr(t, meta, intern("__prepare__").get());
    if (!prepare && t.has_exception()) return nullptr;
    if (prepare) {
      std::vector<Object*> argv{args.arg(1), bases_tuple.get()};
      argv.insert(argv.end(), kwvalues.begin(), kwvalues.end());
      Value got = call(t, prepare.get(), CallArgs{argv.data(), 2, kwtuple.get()});
      if (!got) return nullptr;
      if (!isinstance(got.get(), dict_type)) {
        return t.raise(exc::NotImplementedError, "a __prepare__ that returns a namespace other than a dict");
      }
      ns = Ref<Dict>::borrow(cast<Dict>(got.get()));
    }
  }
  if (!ns) ns = make_dict();
  Value cell = run_class_body(t, body, ns.get());
  if (!cell) return nullptr;
  if (substituted && !dict_set(t, ns.get(), intern("__orig_bases__").get(), orig_bases.get())) return nullptr;
  Value cls;
  if (meta == type_type) {
    cls = make_class(t, type_type, name, bases, ns, kwvalues.data(), kwtuple.get());
  } else {
    std::vector<Object*> argv{args.arg(1), bases_tuple.get(), ns.get()};
    argv.insert(argv.end(), kwvalues.begin(), kwvalues.end());
    cls = call(t, meta, CallArgs{argv.data(), 3, kwtuple.get()});
  }
  if (!cls) return nullptr;
  if (cell.get() != None && cell->type == cell_type) cast<Cell>(cell.get())->value = cls;
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
// property.fget/fset/fdel, classmethod/staticmethod.__func__, and __isabstractmethod__ (what
// abc.ABCMeta reads through a property or classmethod wrapping an abstract method).
Value descriptor_getattr(Thread& t, Object* o, Str* name) {
  auto* d = cast<Descriptor>(o);
  bool is_property = o->type == property_type;
  const std::string& n = name->text;
  auto or_none = [](const Value& v) { return v ? v : none(); };
  if (is_property && n == "fget") return or_none(d->fget);
  if (is_property && n == "fset") return or_none(d->fset);
  if (is_property && n == "fdel") return or_none(d->fdel);
  if (!is_property && n == "__func__") return d->fget;
  if (n == "__isabstractmethod__") {
    for (const Value& f : {d->fget, d->fset, d->fdel}) {
      if (!f || f.get() == None) continue;
      Value v = lookup_attr(t, f.get(), name);
      if (!v && t.has_exception()) return nullptr;
      if (v) {
        int truth_value = truth(t, v.get());
        if (truth_value < 0) return nullptr;
        if (truth_value) return boolean(true);
      }
    }
    return boolean(false);
  }
  return generic_getattr(t, o, name);
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
    if (!is_type(a.arg(0))) return t.raise(exc::TypeError, "super() argument 1 must be a type");
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
  if (!cls || !is_type(cls.get())) return t.raise(exc::RuntimeError, "super(): __class__ cell not found");
  return make<Super>(Ref<Type>::borrow(cast<Type>(cls.get())), std::move(self));
}

Value super_getattr(Thread& t, Object* o, Str* name) {
  auto* s = cast<Super>(o);
  // super() in a classmethod walks the class's own MRO; otherwise the MRO of the object's type
  // (also when the object is a class and the method belongs to its metaclass).
  Object* self = s->self.get();
  Type* type = is_type(self) && cast<Type>(self)->is_subtype(s->start.get()) ? cast<Type>(self) : self->type;
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

// type(name, bases, ns): the class, made by the most derived metaclass of the bases.
Value type_three_args(Thread& t, const CallArgs& a) {
  if (a.arg(1)->type != tuple_type) return t.raise(exc::TypeError, "type.__new__() argument 2 must be tuple, not " + type_name(a.arg(1)));
  std::vector<Type*> bases;
  std::vector<Object*> raw;
  for (auto& b : cast<Tuple>(a.arg(1))->items) {
    // A base that isn't a class has a metaclass (its type) no class can derive from.
    if (!is_type(b.get())) {
      return t.raise(exc::TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }
    raw.push_back(b.get());
  }
  if (!collect_bases(t, raw.data(), raw.size(), &bases)) return nullptr;
  Type* meta = derive_metaclass(t, type_type, bases);
  if (!meta) return nullptr;
  if (meta != type_type) return call(t, meta, a);
  return meta_construct(t, type_type, a);
}

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
    add_method(type_type, "__call__", type_call_builtin);
    // type.__setattr__ / __delattr__: what a metaclass's own versions call.
    add_method(type_type, "__setattr__", [](Thread& t, Object* self, const CallArgs& a) -> Value {
      if (!is_type(self) || a.nargs != 2 || a.arg(0)->type != str_type) return t.raise(exc::TypeError, "type.__setattr__ expected a class, a name and a value");
      if (!type_type->setattr(t, self, cast<Str>(a.arg(0)), a.arg(1))) return nullptr;
      return none();
    });
    add_method(type_type, "__delattr__", [](Thread& t, Object* self, const CallArgs& a) -> Value {
      if (!is_type(self) || a.nargs != 1 || a.arg(0)->type != str_type) return t.raise(exc::TypeError, "type.__delattr__ expected a class and a name");
      if (!type_type->setattr(t, self, cast<Str>(a.arg(0)), nullptr)) return nullptr;
      return none();
    });
    // object.__init_subclass__(): the end of a super().__init_subclass__(**kw) chain.
    add_method(object_type, "__init_subclass__", [](Thread& t, Object* self, const CallArgs& a) -> Value {
      if (a.nargs || a.nkw()) {
        std::string name = is_type(self) ? cast<Type>(self)->name : type_name(self);
        return t.raise(exc::TypeError, name + ".__init_subclass__() takes no keyword arguments");
      }
      return none();
    });
    // __new__ is a static method: the class comes as the first argument.
    for (auto [owner, fn] : {std::pair<Type*, NativeFn>{object_type, object_new_builtin}, std::pair<Type*, NativeFn>{type_type, type_new_builtin}}) {
      auto f = make<BuiltinFunction>("__new__", fn);
      f->refcnt += kImmortal;
      if (!owner->dict) owner->dict = make_dict();
      dict_set_str(owner->dict.get(), "__new__", f.get());
    }
    property_type = descriptor_type("property");
    property_type->construct = property_new;
    property_type->repr = property_repr;
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
    for (Type* ty : {property_type, classmethod_type, staticmethod_type}) ty->getattr = descriptor_getattr;
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
