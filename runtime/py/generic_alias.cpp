// Subscripting a class: `A[int]` calls A.__class_getitem__; built-in generic types (list[int],
// dict[str, int], asyncio.Future[str]) give a types.GenericAlias, whose repr is CPython's.
#include "py/abstract.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"

namespace py {

Value bind_attribute(Thread& t, Object* found, Object* self);  // class_object.cpp
Object* ellipsis_object();                                     // object_type.cpp
Value make_generic_alias(Value origin, Value args);

namespace {

Type* alias_type = nullptr;

struct GenericAlias : Object {
  Value origin;
  Ref<Tuple> args;
  GenericAlias(Value o, Ref<Tuple> a) : Object(alias_type), origin(std::move(o)), args(std::move(a)) {}
};

// How CPython's ga_repr shows one item: types as module.qualname, `...`, else repr().
bool item_repr(Thread& t, Object* o, std::string* out) {
  if (o == ellipsis_object()) {
    *out = "...";
    return true;
  }
  if (o->type == type_type) {
    auto* ty = cast<Type>(o);
    if (ty->is_builtin) {
      *out = ty->name;
      return true;
    }
    Object* m = ty->dict ? dict_get_str(ty->dict.get(), intern("__module__").get()) : nullptr;
    Value q = getattr(t, o, "__qualname__");
    if (!q) return false;
    std::string qual = q->type == str_type ? cast<Str>(q.get())->text : ty->name;
    *out = (m && m->type == str_type && cast<Str>(m)->text != "builtins") ? cast<Str>(m)->text + "." + qual : qual;
    return true;
  }
  return repr_text(t, o, out);
}

Value alias_repr(Thread& t, Object* o) {
  auto* g = cast<GenericAlias>(o);
  std::string s;
  if (!item_repr(t, g->origin.get(), &s)) return nullptr;
  s += "[";
  if (g->args->items.empty()) s += "()";
  for (size_t i = 0; i < g->args->items.size(); ++i) {
    std::string one;
    if (!item_repr(t, g->args->items[i].get(), &one)) return nullptr;
    s += (i ? ", " : "") + one;
  }
  return make_str(s + "]");
}
Value alias_getattr(Thread& t, Object* o, Str* name) {
  auto* g = cast<GenericAlias>(o);
  if (name->text == "__origin__") return g->origin;
  if (name->text == "__args__") return g->args;
  return getattr(t, g->origin.get(), name);
}
Value alias_call(Thread& t, Object* o, const CallArgs& a) { return call(t, cast<GenericAlias>(o)->origin.get(), a); }
Value alias_compare(Thread& t, Object* a, Object* b, CompareOp op) {
  if (a->type != alias_type || b->type != alias_type || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return Value::borrow(NotImplemented);
  }
  auto *x = cast<GenericAlias>(a), *y = cast<GenericAlias>(b);
  int eq = equals(t, x->origin.get(), y->origin.get());
  if (eq == 1) eq = equals(t, x->args.get(), y->args.get());
  if (eq < 0) return nullptr;
  return boolean((eq == 1) == (op == CompareOp::Eq));
}
bool alias_hash(Thread& t, Object* o, int64_t* out) {
  auto* g = cast<GenericAlias>(o);
  int64_t a, b;
  if (!hash(t, g->origin.get(), &a) || !hash(t, g->args.get(), &b)) return false;
  *out = a ^ b;
  if (*out == -1) *out = -2;
  return true;
}

bool is_builtin_generic(Type* ty) {
  static const char* names[] = {"list", "dict", "tuple", "set", "frozenset", "type", "collections.deque",
                                "collections.defaultdict", "collections.OrderedDict", "_asyncio.Future",
                                "_asyncio.Task", "enumerate", "reversed"};
  for (const char* n : names) {
    if (ty->name == n) return true;
  }
  return false;
}

Value type_subscript(Thread& t, Object* o, Object* item) {
  auto* ty = cast<Type>(o);
  if (!ty->is_builtin) {
    if (Object* m = ty->lookup("__class_getitem__")) {
      // Implicitly a classmethod.
      Value bound = m->type == function_type ? Value(make<Method>(Value::borrow(m), Value::borrow(o))) : bind_attribute(t, m, o);
      if (!bound) return nullptr;
      return call1(t, bound.get(), item);
    }
    // A Python subclass of list, dict, tuple, ... inherits their __class_getitem__.
    for (Type* base : ty->mro) {
      if (base->is_builtin && is_builtin_generic(base)) return make_generic_alias(Value::borrow(o), Value::borrow(item));
    }
  } else if (is_builtin_generic(ty)) {
    return make_generic_alias(Value::borrow(o), Value::borrow(item));
  }
  return t.raise(exc::TypeError, "type '" + ty->name + "' is not subscriptable");
}

// --- X | Y: types.UnionType (PEP 604) --------------------------------------------------------------
Type* union_type = nullptr;

struct UnionObject : Object {
  Ref<Tuple> args;  // flattened, without duplicates; None stands as NoneType
  explicit UnionObject(Ref<Tuple> a) : Object(union_type), args(std::move(a)) {}
};

bool unionable(Object* o) {
  return o == None || is_type(o) || o->type == alias_type || o->type == union_type;
}

// a | b for classes, None, list[int] and unions: the union, flattened and deduplicated.
Value union_or(Thread& t, Object* a, Object* b) {
  if (!unionable(a) || !unionable(b)) return Value::borrow(NotImplemented);
  std::vector<Value> items;
  for (Object* side : {a, b}) {
    std::vector<Object*> parts;
    if (side->type == union_type) {
      for (auto& x : cast<UnionObject>(side)->args->items) parts.push_back(x.get());
    } else {
      parts.push_back(side == None ? static_cast<Object*>(NoneType_type) : side);
    }
    for (Object* p : parts) {
      bool seen = false;
      for (auto& have : items) {
        int eq = equals(t, have.get(), p);
        if (eq < 0) return nullptr;
        seen |= eq == 1;
      }
      if (!seen) items.push_back(Value::borrow(p));
    }
  }
  if (items.size() == 1) return items[0];
  return make<UnionObject>(make_tuple(std::move(items)));
}

Value union_repr(Thread& t, Object* o) {
  std::string s;
  for (auto& x : cast<UnionObject>(o)->args->items) {
    std::string one;
    if (x.get() == NoneType_type) one = "None";
    else if (!item_repr(t, x.get(), &one)) return nullptr;
    s += (s.empty() ? "" : " | ") + one;
  }
  return make_str(s);
}
Value union_getattr(Thread& t, Object* o, Str* name) {
  if (name->text == "__args__") return cast<UnionObject>(o)->args;
  if (name->text == "__parameters__") return make_tuple({});
  return generic_getattr(t, o, name);
}
Value union_compare(Thread& t, Object* a, Object* b, CompareOp op) {
  if (a->type != union_type || b->type != union_type || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return Value::borrow(NotImplemented);
  }
  // Equal as sets of members.
  auto& x = cast<UnionObject>(a)->args->items;
  auto& y = cast<UnionObject>(b)->args->items;
  bool same = x.size() == y.size();
  for (size_t i = 0; same && i < x.size(); ++i) {
    bool found = false;
    for (auto& other : y) {
      int eq = equals(t, x[i].get(), other.get());
      if (eq < 0) return nullptr;
      found |= eq == 1;
    }
    same = found;
  }
  return boolean(same == (op == CompareOp::Eq));
}
bool union_hash(Thread& t, Object* o, int64_t* out) {
  int64_t h = 0;
  for (auto& x : cast<UnionObject>(o)->args->items) {
    int64_t one;
    if (!hash(t, x.get(), &one)) return false;
    h ^= one;  // order-independent, as the members are a set
  }
  *out = h == -1 ? -2 : h;
  return true;
}

Value alias_new(Thread& t, Type*, const CallArgs& a) {  // types.GenericAlias(origin, args)
  if (a.nkw() || a.nargs != 2) return t.raise(exc::TypeError, "GenericAlias expected 2 arguments, got " + std::to_string(a.nargs));
  return make_generic_alias(Value::borrow(a.arg(0)), Value::borrow(a.arg(1)));
}

}  // namespace

Value make_generic_alias(Value origin, Value args) {
  Ref<Tuple> items = args->type == tuple_type ? Ref<Tuple>::steal(cast<Tuple>(args.release())) : make_tuple({std::move(args)});
  return make<GenericAlias>(std::move(origin), std::move(items));
}

void init_generic_alias() {
  alias_type = new Type(type_type, "types.GenericAlias", object_type);
  alias_type->refcnt = kImmortal;
  alias_type->repr = alias_repr;
  alias_type->getattr = alias_getattr;
  alias_type->call = alias_call;
  alias_type->compare = alias_compare;
  alias_type->hash = alias_hash;
  alias_type->construct = alias_new;
  inherit_slots(alias_type);
  type_type->getitem = type_subscript;

  union_type = new Type(type_type, "types.UnionType", object_type);
  union_type->refcnt = kImmortal;
  union_type->repr = union_repr;
  union_type->getattr = union_getattr;
  union_type->compare = union_compare;
  union_type->hash = union_hash;
  inherit_slots(union_type);
  for (Type* ty : {type_type, NoneType_type, alias_type, union_type}) ty->binary[int(BinaryOp::Or)] = union_or;
}

// The members of an `X | Y` union (isinstance checks each), or null when `o` isn't one.
const Tuple* union_members(Object* o) { return o->type == union_type ? cast<UnionObject>(o)->args.get() : nullptr; }

}  // namespace py
