// `object`, `type`, None and NotImplemented: the roots every other type builds on.
#include <cstdio>

#include "py/abstract.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"

namespace py {

Value bind_attribute(Thread& t, Object* found, Object* self);  // class_object.cpp: descriptors
Value type_three_args(Thread& t, const CallArgs& args);        // class_object.cpp: type(name, bases, ns)
void set_dunder_slots(Type* c);                                 // class_object.cpp

namespace {

std::string address_of(const Object* o) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(o)));
  return buf;
}

// A class's module as its name's prefix ("asyncio."), "" for builtins.
std::string module_of_class(Type* t) {
  Object* m = t->dict ? dict_get_str(t->dict.get(), intern("__module__").get()) : nullptr;
  if (!m || m->type != str_type || cast<Str>(m)->text == "builtins") return "";
  return cast<Str>(m)->text + ".";
}
// A library class named like a C type carries its module in its name ("datetime.date").
bool name_has_module(Type* t) {
  std::string prefix = module_of_class(t);
  return !prefix.empty() && t->name.compare(0, prefix.size(), prefix) == 0;
}
std::string module_prefix(Type* t) {
  // A built-in type names its module in its name ("collections.deque") or, for the exceptions
  // of library modules (asyncio.exceptions.CancelledError), in its __module__.
  if ((t->is_builtin && t->name.find('.') != std::string::npos) || name_has_module(t)) return "";
  return module_of_class(t);
}

Value object_repr(Thread&, Object* o) {
  Type* t = o->type;
  return make_str("<" + module_prefix(t) + t->name + " object at " + address_of(o) + ">");
}
Value object_str(Thread& t, Object* o) {
  // str() falls back to repr() (the type's, which may be a Python __repr__).
  return o->type->repr ? o->type->repr(t, o) : object_repr(t, o);
}
bool object_hash(Thread&, Object* o, int64_t* out) {
  // CPython: the address rotated by 4 bits.
  auto p = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(o));
  *out = static_cast<int64_t>((p >> 4) | (p << 60));
  if (*out == -1) *out = -2;
  return true;
}
Value object_compare(Thread&, Object* a, Object* b, CompareOp op) {
  if (op == CompareOp::Eq) return a == b ? boolean(true) : Value::borrow(NotImplemented);
  if (op == CompareOp::Ne) return a == b ? boolean(false) : Value::borrow(NotImplemented);
  return Value::borrow(NotImplemented);
}
Value object_new(Thread& t, Type* type, const CallArgs& args) {
  if (args.nargs || args.nkw()) return t.raise(exc::TypeError, "object() takes no arguments");
  (void)type;
  auto o = make<Object>(object_type);
  return o;
}

Value type_repr(Thread&, Object* o) {
  auto* t = cast<Type>(o);
  return make_str("<class '" + module_prefix(t) + t->name + "'>");
}
Value type_call(Thread& t, Object* o, const CallArgs& args) {
  auto* type = cast<Type>(o);
  if (type == type_type && args.nargs == 1 && !args.nkw()) return Value::borrow(args.arg(0)->type);
  if (type == type_type) {
    if (args.nargs != 3) return t.raise(exc::TypeError, "type() takes 1 or 3 arguments");
    return type_three_args(t, args);
  }
  if (!type->construct) return t.raise(exc::TypeError, "cannot create '" + type->name + "' instances");
  return type->construct(t, type, args);
}
Value type_getattr(Thread& t, Object* o, Str* name) {
  auto* type = cast<Type>(o);
  // A metaclass's data descriptors (properties) come first, its other attributes after the
  // class's own (CPython's type_getattro).
  Type* meta = o->type;
  Object* meta_attr = meta != type_type && !meta->is_builtin ? meta->lookup(name) : nullptr;
  if (meta_attr && is_data_descriptor(meta_attr)) return bind_attribute(t, meta_attr, o);
  if (name->text == "__name__" || name->text == "__qualname__") {
    if (!type->is_builtin && name->text == "__qualname__") {
      if (Object* q = type->lookup(name)) return Value::borrow(q);
    }
    // A type's name may carry its module ("collections.deque"), as CPython's tp_name.
    size_t skip = type->is_builtin || name_has_module(type) ? type->name.rfind('.') + 1 : 0;
    return make_str(type->name.substr(skip));
  }
  if (name->text == "__module__" && type->is_builtin) {  // "_asyncio.Future" lives in _asyncio
    Object* m = type->dict ? dict_get_str(type->dict.get(), name) : nullptr;
    if (m) return Value::borrow(m);
    size_t dot = type->name.rfind('.');
    return make_str(dot == std::string::npos ? "builtins" : type->name.substr(0, dot));
  }
  if (name->text == "__mro__") {
    std::vector<Value> items;
    for (Type* m : type->mro) items.push_back(Value::borrow(m));
    return make_tuple(std::move(items));
  }
  if (name->text == "__bases__") {
    std::vector<Value> items;
    if (type->base) items.push_back(Value::borrow(type->base));
    return make_tuple(std::move(items));
  }
  if (Object* v = type->lookup(name)) {
    // classmethods bind to the class, staticmethods give their function; plain functions and
    // properties stay as they are; descriptors written in Python get __get__(None, cls).
    if (v->type != function_type && v->type != builtin_function_type && !(v->type->is_builtin && is_data_descriptor(v))) {
      return bind_attribute(t, v, o);
    }
    return Value::borrow(v);
  }
  if (name->text == "__dict__" && type->dict) return Value::borrow(type->dict.get());
  if (meta_attr) return bind_attribute(t, meta_attr, o);
  if (name->text == "__doc__") return none();  // a class without a docstring
  if (meta != type_type && !meta->is_builtin) {
    if (Object* ga = meta->lookup("__getattr__"); ga && ga->type == function_type) {
      Value bound = bind_attribute(t, ga, o);
      if (!bound) return nullptr;
      return call1(t, bound.get(), name);
    }
  }
  return t.raise(exc::AttributeError, "type object '" + type->name + "' has no attribute '" + name->text + "'");
}
bool type_setattr(Thread& t, Object* o, Str* name, Object* value) {
  auto* type = cast<Type>(o);
  if (type->is_builtin) {
    t.raise(exc::TypeError, "cannot set '" + name->text + "' attribute of immutable type '" + type->name + "'");
    return false;
  }
  if (!value) {
    int r = dict_del(t, type->dict.get(), name);
    if (r == 0) t.raise(exc::AttributeError, name->text);
    return r > 0;
  }
  if (!dict_set(t, type->dict.get(), name, value)) return false;
  if (name->text.size() > 4 && name->text.compare(0, 2, "__") == 0) set_dunder_slots(type);
  return true;
}

Value none_repr(Thread&, Object*) { return make_str("None"); }
int none_truth(Thread&, Object*) { return 0; }
Value notimpl_repr(Thread&, Object*) { return make_str("NotImplemented"); }
Value none_new(Thread&, Type*, const CallArgs&) { return none(); }

}  // namespace

// `...`: the only instance of type `ellipsis` (made on first use, shared like None).
Object* ellipsis_object() {
  static Object* e = [] {
    auto* ty = new Type(type_type, "ellipsis", object_type);
    ty->refcnt = kImmortal;
    ty->repr = [](Thread&, Object*) -> Value { return make_str("Ellipsis"); };
    inherit_slots(ty);
    auto* o = new Object(ty);
    o->refcnt = kImmortal;
    return o;
  }();
  return e;
}

void add_type_attribute(Type* type, const char* name, Value value) {
  if (!type->dict) type->dict = make_dict();
  value->refcnt += kImmortal;  // shared by every interpreter, never freed
  dict_set_str(type->dict.get(), name, value.get());
}

void add_method(Type* type, const char* name, NativeFn fn) {
  auto f = make<BuiltinFunction>(name, fn);
  f->is_method = true;
  f->owner = type;
  add_type_attribute(type, name, std::move(f));
}

void init_object_and_type() {
  Type* o = object_type;
  o->repr = object_repr;
  o->str = object_str;
  o->hash = object_hash;
  o->compare = object_compare;
  o->getattr = generic_getattr;
  o->setattr = generic_setattr;
  o->construct = object_new;

  // object.__init__: found by `A().__init__` and super().__init__() when no class defines one.
  add_method(o, "__init__", [](Thread& t, Object* self, const CallArgs& a) -> Value {
    if (a.nargs || a.nkw()) {
      // CPython refuses extra arguments unless a native base (an exception, a Future) takes them.
      bool plain = true;
      for (Type* m : self->type->mro) {
        if (m != object_type && m->is_builtin) plain = false;
      }
      if (plain) return t.raise(exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    return none();
  });
  // object.__setattr__ / __delattr__: what a class's own versions call through super().
  add_method(o, "__setattr__", [](Thread& t, Object* self, const CallArgs& a) -> Value {
    if (a.nargs != 2 || a.arg(0)->type != str_type) return t.raise(exc::TypeError, "__setattr__ expected 2 arguments");
    if (!generic_setattr(t, self, cast<Str>(a.arg(0)), a.arg(1))) return nullptr;
    return none();
  });
  add_method(o, "__delattr__", [](Thread& t, Object* self, const CallArgs& a) -> Value {
    if (a.nargs != 1 || a.arg(0)->type != str_type) return t.raise(exc::TypeError, "__delattr__ expected 1 argument");
    if (!generic_setattr(t, self, cast<Str>(a.arg(0)), nullptr)) return nullptr;
    return none();
  });

  // Hashed by identity, as CPython's inherit object's tp_hash (None and types as dict keys;
  // functools.lru_cache(typed=True) keys hold types). Methods need their own hash: not here.
  for (Type* identity : {type_type, NoneType_type, NotImplementedType_type, function_type, builtin_function_type,
                         module_type, code_type, cell_type, generator_type}) {
    identity->hash = object_hash;
  }

  Type* ty = type_type;
  ty->repr = type_repr;
  ty->call = type_call;
  ty->getattr = type_getattr;
  ty->setattr = type_setattr;

  NoneType_type->repr = none_repr;
  NoneType_type->truth = none_truth;
  NoneType_type->construct = none_new;
  NotImplementedType_type->repr = notimpl_repr;

  None = new Object(NoneType_type);
  None->refcnt = kImmortal;
  NotImplemented = new Object(NotImplementedType_type);
  NotImplemented->refcnt = kImmortal;
}

}  // namespace py
