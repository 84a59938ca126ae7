// Python subclasses of the built-in value types (int, float, str, bytes, tuple, list, dict, set,
// frozenset): an instance is the base type's own layout plus a __dict__ (Derived<Base>), so every
// native method and operator works on it unchanged. Also the slot methods (`int.__add__`,
// `list.__getitem__`, `object.__repr__`, …) that `super().__add__(x)` and `int.__add__(a, b)`
// find, and the `__new__` / `__init__` that subclasses chain to.
#include "py/abstract.hpp"
#include "py/bytes_object.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"

namespace py {

namespace {

// An instance of a Python subclass of `Base`'s type: the base value, then the attributes.
template <class Base>
struct Derived final : Base {
  Ref<Type> cls;  // keeps the class alive while instances exist
  Ref<Dict> dict = make_dict();
  template <class... A>
  explicit Derived(Type* c, A&&... a) : Base(std::forward<A>(a)...), cls(Ref<Type>::borrow(c)) {
    this->type = c;
  }
};

template <class Base>
Dict* derived_dict(Object* o) {
  return static_cast<Derived<Base>*>(o)->dict.get();
}

// The value of `base(*args)` (exact type), or null with the error raised.
Value base_value(Thread& t, Type* base, const CallArgs& args) { return base->construct(t, base, args); }

Value new_int(Thread& t, Type* cls, const CallArgs& args) {
  Value v = base_value(t, int_type, args);
  if (!v) return nullptr;
  auto* i = cast<Int>(v.get());
  if (i->is_big) return make<Derived<Int>>(cls, cls, i->big);
  return make<Derived<Int>>(cls, cls, i->small);
}
Value new_float(Thread& t, Type* cls, const CallArgs& args) {
  Value v = base_value(t, float_type, args);
  if (!v) return nullptr;
  return make<Derived<Float>>(cls, cast<Float>(v.get())->value);
}
Value new_str(Thread& t, Type* cls, const CallArgs& args) {
  Value v = base_value(t, str_type, args);
  if (!v) return nullptr;
  auto* s = cast<Str>(v.get());
  return make<Derived<Str>>(cls, s->text, s->length);
}
Value new_bytes(Thread& t, Type* cls, const CallArgs& args) {
  Type* base = cls->is_subtype(bytearray_type()) ? bytearray_type() : bytes_type();
  Value v = base_value(t, base, args);
  if (!v) return nullptr;
  return make<Derived<Bytes>>(cls, cls, cast<Bytes>(v.get())->data);
}
Value new_tuple(Thread& t, Type* cls, const CallArgs& args) {
  Value v = base_value(t, tuple_type, args);
  if (!v) return nullptr;
  return make<Derived<Tuple>>(cls, cast<Tuple>(v.get())->items);
}
Value new_frozenset(Thread& t, Type* cls, const CallArgs& args) {
  Value v = base_value(t, frozenset_type, args);
  if (!v) return nullptr;
  auto s = make<Derived<Set>>(cls, cls);
  if (!set_update(t, s.get(), v.get())) return nullptr;
  return s;
}
// Mutable types start empty: their __init__ (list.__init__(self, iterable)) fills them.
Value new_list(Thread&, Type* cls, const CallArgs&) { return make<Derived<List>>(cls, std::vector<Value>{}); }
Value new_dict(Thread&, Type* cls, const CallArgs&) { return make<Derived<Dict>>(cls); }
Value new_set(Thread&, Type* cls, const CallArgs&) { return make<Derived<Set>>(cls, cls); }

// list.__init__ / dict.__init__ / set.__init__: the contents `base(*args)` would have.
Value list_init(Thread& t, Object* self, const CallArgs& a) {
  Value v = base_value(t, list_type, a);
  if (!v) return nullptr;
  cast<List>(self)->items = cast<List>(v.get())->items;
  return none();
}
Value dict_init(Thread& t, Object* self, const CallArgs& a) {
  Value v = base_value(t, dict_type, a);
  if (!v) return nullptr;
  for (auto& e : cast<Dict>(v.get())->entries) {
    if (e.key && !dict_set(t, cast<Dict>(self), e.key.get(), e.value.get())) return nullptr;
  }
  return none();
}
Value set_init(Thread& t, Object* self, const CallArgs& a) {
  Value v = base_value(t, set_type, a);
  if (!v) return nullptr;
  auto* s = cast<Set>(self);
  s->table.assign(8, Set::Slot{});
  s->fill = s->used = s->finger = 0;
  if (!set_update(t, s, v.get())) return nullptr;
  return none();
}

// `T.__new__(cls, *args)`: T(*args) for T itself, an instance of the subclass otherwise.
template <Type** Owner>
Value builtin_new(Thread& t, Object*, const CallArgs& a) {
  Type* owner = *Owner;
  if (a.nargs < 1) return t.raise(exc::TypeError, owner->name + ".__new__(): not enough arguments");
  if (!is_type(a.arg(0))) {
    return t.raise(exc::TypeError, owner->name + ".__new__(X): X is not a type object (" + type_name(a.arg(0)) + ")");
  }
  auto* cls = cast<Type>(a.arg(0));
  if (!cls->is_subtype(owner)) {
    return t.raise(exc::TypeError, owner->name + ".__new__(" + cls->name + "): " + cls->name + " is not a subtype of " + owner->name);
  }
  CallArgs rest{a.args + 1, a.nargs - 1, a.kwnames};
  if (cls->is_builtin) return cls->construct(t, cls, rest);
  return owner->new_subclass_instance(t, cls, rest);
}

Type* bytes_owner = nullptr;  // bytes_type() is a function: the template needs an address

// --- slot methods: the slots of a built-in type as callable dunders -----------------------------
bool check_self(Thread& t, Type* owner, Object* self, const char* name) {
  if (self && isinstance(self, owner)) return true;
  t.raise(exc::TypeError, std::string("descriptor '") + name + "' requires a '" + owner->name + "' object but received a '" +
                              (self ? type_name(self) : std::string("NoneType")) + "'");
  return false;
}
bool check_nargs(Thread& t, const CallArgs& a, size_t n, const char* name) {
  if (a.nkw()) {
    t.raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (a.nargs == n) return true;
  t.raise(exc::TypeError, "expected " + std::to_string(n) + " argument" + (n == 1 ? "" : "s") + ", got " + std::to_string(a.nargs));
  return false;
}

// The slot methods are templates over the owner type (a global Type*'s address) and the slot,
// so `int.__add__` calls int's slot even when the instance is a subclass with its own.
template <Type** Owner>
struct SlotMethods {
  static Type* owner() { return *Owner; }
  template <int Which>
  static Value unary(Thread& t, Object* self, const CallArgs& a) {
    static const char* names[] = {"__repr__", "__str__", "__neg__", "__pos__", "__invert__", "__iter__"};
    if (!check_self(t, owner(), self, names[Which]) || !check_nargs(t, a, 0, names[Which])) return nullptr;
    Type* o = owner();
    switch (Which) {
      case 0: return o->repr(t, self);
      case 1: return o->str ? o->str(t, self) : o->repr(t, self);
      case 2: return o->negative(t, self);
      case 3: return o->positive(t, self);
      case 4: return o->invert(t, self);
      default: return o->iter(t, self);
    }
  }
  template <CompareOp Op>
  static Value compare(Thread& t, Object* self, const CallArgs& a) {
    static const char* names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    const char* name = names[int(Op)];
    if (!check_self(t, owner(), self, name) || !check_nargs(t, a, 1, name)) return nullptr;
    return owner()->compare(t, self, a.arg(0), Op);
  }
  template <BinaryOp Op, bool Reflected>
  static Value binary(Thread& t, Object* self, const CallArgs& a) {
    static const char* fwd[] = {
#define X(nm, sym, f, r, i) f,
        PY_BINARY_OPS(X)
#undef X
    };
    static const char* rev[] = {
#define X(nm, sym, f, r, i) r,
        PY_BINARY_OPS(X)
#undef X
    };
    const char* name = Reflected ? rev[int(Op)] : fwd[int(Op)];
    if (!check_self(t, owner(), self, name) || !check_nargs(t, a, 1, name)) return nullptr;
    BinaryFn f = owner()->binary[int(Op)];
    return Reflected ? f(t, a.arg(0), self) : f(t, self, a.arg(0));
  }
  static Value hash(Thread& t, Object* self, const CallArgs& a) {
    if (!check_self(t, owner(), self, "__hash__") || !check_nargs(t, a, 0, "__hash__")) return nullptr;
    int64_t h;
    if (!owner()->hash(t, self, &h)) return nullptr;
    return make_int(h);
  }
  static Value truth(Thread& t, Object* self, const CallArgs& a) {
    if (!check_self(t, owner(), self, "__bool__") || !check_nargs(t, a, 0, "__bool__")) return nullptr;
    int r = owner()->truth(t, self);
    if (r < 0) return nullptr;
    return boolean(r);
  }
  static Value length(Thread& t, Object* self, const CallArgs& a) {
    if (!check_self(t, owner(), self, "__len__") || !check_nargs(t, a, 0, "__len__")) return nullptr;
    int64_t n = owner()->length(t, self);
    if (n < 0) return nullptr;
    return make_int(n);
  }
  static Value getitem(Thread& t, Object* self, const CallArgs& a) {
    if (!check_self(t, owner(), self, "__getitem__") || !check_nargs(t, a, 1, "__getitem__")) return nullptr;
    return owner()->getitem(t, self, a.arg(0));
  }
  static Value setitem(Thread& t, Object* self, const CallArgs& a) {
    if (!check_self(t, owner(), self, "__setitem__") || !check_nargs(t, a, 2, "__setitem__")) return nullptr;
    if (!owner()->setitem(t, self, a.arg(0), a.arg(1))) return nullptr;
    return none();
  }
  static Value delitem(Thread& t, Object* self, const CallArgs& a) {
    if (!check_self(t, owner(), self, "__delitem__") || !check_nargs(t, a, 1, "__delitem__")) return nullptr;
    if (!owner()->setitem(t, self, a.arg(0), nullptr)) return nullptr;
    return none();
  }
  static Value contains(Thread& t, Object* self, const CallArgs& a) {
    if (!check_self(t, owner(), self, "__contains__") || !check_nargs(t, a, 1, "__contains__")) return nullptr;
    int r = owner()->contains(t, self, a.arg(0));
    if (r < 0) return nullptr;
    return boolean(r);
  }

  // Adds a method for each slot the type has, unless its dict already names one.
  static void install(bool comparisons_and_text_only) {
    Type* o = owner();
    if (!o->dict) o->dict = make_dict();
    auto add = [o](const char* name, NativeFn fn) {
      if (!dict_get_str(o->dict.get(), intern(name).get())) add_method(o, name, fn);
    };
    if (o->repr) add("__repr__", unary<0>);
    if (o->repr) add("__str__", unary<1>);
    if (o->hash) add("__hash__", hash);
    if (o->compare) {
      add("__lt__", compare<CompareOp::Lt>);
      add("__le__", compare<CompareOp::Le>);
      add("__eq__", compare<CompareOp::Eq>);
      add("__ne__", compare<CompareOp::Ne>);
      add("__gt__", compare<CompareOp::Gt>);
      add("__ge__", compare<CompareOp::Ge>);
    }
    if (comparisons_and_text_only) return;
    if (o->negative) add("__neg__", unary<2>);
    if (o->positive) add("__pos__", unary<3>);
    if (o->invert) add("__invert__", unary<4>);
    if (o->iter) add("__iter__", unary<5>);
    if (o->truth && (o->layout & (kIntLayout | kFloatLayout))) add("__bool__", truth);  // containers: __len__
    if (o->length) add("__len__", length);
    if (o->getitem) add("__getitem__", getitem);
    if (o->setitem) {
      add("__setitem__", setitem);
      add("__delitem__", delitem);
    }
    if (o->contains) add("__contains__", contains);
#define X(nm, sym, fwd, rev, inplace)                             \
  if (o->binary[int(BinaryOp::nm)]) {                            \
    add(fwd, binary<BinaryOp::nm, false>);                       \
    add(rev, binary<BinaryOp::nm, true>);                        \
  }
    PY_BINARY_OPS(X)
#undef X
  }
};

// str() of a str subclass is a plain str with the same text (CPython's str.__str__).
Value str_str(Thread&, Object* o) {
  if (o->type == str_type) return Value::borrow(o);
  auto* s = cast<Str>(o);
  return Ref<Str>::steal(new Str(s->text, s->length));
}

template <Type** Owner, class Base>
void make_subclassable(uint16_t layout, NewFn new_instance, NativeFn init = nullptr) {
  Type* o = *Owner;
  o->layout = layout;
  o->new_subclass_instance = new_instance;
  o->subclass_dict = derived_dict<Base>;
  // Mutable containers are unhashable, also in their subclasses (`__hash__ = None`): set first,
  // so install() adds no __hash__ method (a replaced immortal method would leak).
  if (!o->dict) o->dict = make_dict();
  if (!o->hash || o == set_type) dict_set_str(o->dict.get(), "__hash__", None);
  SlotMethods<Owner>::install(false);
  add_type_attribute(o, "__new__", make<BuiltinFunction>("__new__", builtin_new<Owner>));  // static: the class comes first
  if (init) add_method(o, "__init__", init);
}

// dict.fromkeys(iterable, value=None), a classmethod: a subclass gets an instance of itself,
// filled through its own __setitem__.
Value dict_fromkeys(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs < 2) return t.raise(exc::TypeError, "fromkeys expected at least 1 argument, got 0");
  if (a.nargs > 3) return t.raise(exc::TypeError, "fromkeys expected at most 2 arguments, got " + std::to_string(a.nargs - 1));
  Object* cls = a.arg(0);
  std::vector<Value> keys;
  if (!collect(t, a.arg(1), &keys)) return nullptr;
  Object* value = a.nargs > 2 ? a.arg(2) : None;
  Value d = cls == dict_type ? Value(make_dict()) : call0(t, cls);
  if (!d) return nullptr;
  for (auto& k : keys) {
    if (!setitem(t, d.get(), k.get(), value)) return nullptr;
  }
  return d;
}

}  // namespace

Value make_classmethod(Value f);  // class_object.cpp

void init_builtin_subclassing() {
  bytes_owner = bytes_type();
  make_subclassable<&int_type, Int>(kIntLayout, new_int);
  bool_type->layout = kIntLayout;
  SlotMethods<&bool_type>::install(true);
  make_subclassable<&float_type, Float>(kFloatLayout, new_float);
  str_type->str = str_str;
  make_subclassable<&str_type, Str>(kStrLayout, new_str);
  make_subclassable<&bytes_owner, Bytes>(kBytesLayout, new_bytes);
  bytearray_type()->layout = kBytesLayout;
  make_subclassable<&tuple_type, Tuple>(kTupleLayout, new_tuple);
  make_subclassable<&list_type, List>(kListLayout, new_list, list_init);
  make_subclassable<&dict_type, Dict>(kDictLayout, new_dict, dict_init);
  add_type_attribute(dict_type, "fromkeys", make_classmethod(make<BuiltinFunction>("fromkeys", dict_fromkeys)));
  make_subclassable<&set_type, Set>(kSetLayout, new_set, set_init);
  make_subclassable<&frozenset_type, Set>(kSetLayout, new_frozenset);
  // object's: what super().__repr__() / __eq__ / __hash__ reach at the end of a chain.
  SlotMethods<&object_type>::install(true);
}

}  // namespace py
