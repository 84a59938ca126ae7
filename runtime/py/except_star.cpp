// `except*` (PEP 654) at run time: matching a handler against what is left of the exception
// (EG_MATCH) and combining what the handlers raised with what none of them handled
// (EG_RERAISE) — CPython 3.11's exception_group_match and _PyExc_PrepReraiseStar.
// The exception group classes are whatever builtins hold under BaseExceptionGroup and
// ExceptionGroup (Python ones, loaded on first use: lazy_builtins.hpp); split() does the partial matching.
#include "py/abstract.hpp"
#include "py/lazy_builtins.hpp"
#include "py/vm.hpp"

namespace py {

namespace {

Type* builtin_class(Thread& t, const char* name) {
  Ref<Str> key = intern(name);
  Object* c = dict_get_str(t.interp().builtins(), key.get());
  if (!c) c = load_lazy_builtin(t, key.get());
  if (!c && t.has_exception()) t.take_exception();  // reported as "not available" by the caller
  return c && c->type == type_type ? cast<Type>(c) : nullptr;
}

bool is_group(Thread& t, Object* o) {
  Type* base = builtin_class(t, "BaseExceptionGroup");
  return base && o->type->is_subtype(base);
}

// BaseExceptionGroup("", excs): an ExceptionGroup when every exception is an Exception.
Value make_group(Thread& t, std::vector<Value> excs) {
  bool all_exceptions = true;
  for (auto& e : excs) all_exceptions &= e->type->is_subtype(exc::Exception);
  Type* cls = builtin_class(t, all_exceptions ? "ExceptionGroup" : "BaseExceptionGroup");
  if (!cls) return t.raise(exc::NotImplementedError, "'except*' needs ExceptionGroup, which is not available here");
  Value list = make_list(std::move(excs));
  Value message = make_str("");
  return call2(t, cls, message.get(), list.get());
}

// The handler's type: an exception class (or a tuple of them) that is not a group class.
bool check_handler_type(Thread& t, Object* type) {
  auto check = [&](Object* ty) {
    if (ty->type != type_type || !cast<Type>(ty)->is_subtype(exc::BaseException)) {
      t.raise(exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
      return false;
    }
    Type* base = builtin_class(t, "BaseExceptionGroup");
    if (base && cast<Type>(ty)->is_subtype(base)) {
      t.raise(exc::TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
    return true;
  };
  if (type->type == tuple_type) {
    for (auto& ty : cast<Tuple>(type)->items) {
      if (!check(ty.get())) return false;
    }
    return true;
  }
  return check(type);
}

bool matches(Object* e, Object* type) {
  if (type->type == tuple_type) {
    for (auto& ty : cast<Tuple>(type)->items) {
      if (e->type->is_subtype(cast<Type>(ty.get()))) return true;
    }
    return false;
  }
  return e->type->is_subtype(cast<Type>(type));
}

bool collect_leaves(Thread& t, Object* e, std::vector<Object*>* leaves) {
  if (!is_group(t, e)) {
    leaves->push_back(e);
    return true;
  }
  Value excs = getattr(t, e, "exceptions");
  if (!excs) return false;
  std::vector<Value> items;
  if (!collect(t, excs.get(), &items)) return false;
  for (auto& x : items) {
    if (!collect_leaves(t, x.get(), leaves)) return false;
  }
  return true;
}

// The split() condition of a projection: "is this one of the given leaf exceptions".
Value is_listed_leaf(Thread&, Object* self, const CallArgs& a) {
  for (auto& leaf : cast<Tuple>(self)->items) {
    if (a.nargs == 1 && leaf.get() == a.arg(0)) return boolean(true);
  }
  return boolean(false);
}

bool same_metadata(Object* a, Object* b) {
  auto* x = cast<BaseException>(a);
  auto* y = cast<BaseException>(b);
  return x->cause.get() == y->cause.get() && x->context.get() == y->context.get();
}

}  // namespace

bool exception_group_match(Thread& t, Object* rest, Object* type, Value* match, Value* new_rest) {
  if (!check_handler_type(t, type)) return false;
  *match = none();
  *new_rest = Value::borrow(rest);
  if (rest == None) return true;
  if (matches(rest, type)) {
    if (is_group(t, rest)) {
      *match = Value::borrow(rest);
    } else {
      std::vector<Value> one;
      one.push_back(Value::borrow(rest));
      *match = make_group(t, std::move(one));
      if (!*match) return false;
      cast<BaseException>(match->get())->traceback = cast<BaseException>(rest)->traceback;
    }
    *new_rest = none();
    return true;
  }
  if (!is_group(t, rest)) return true;
  Value pair = call_method(t, rest, "split", type);
  if (!pair) return false;
  if (pair->type != tuple_type || cast<Tuple>(pair.get())->items.size() != 2) {
    t.raise(exc::TypeError, "X.split(t) must return a tuple, not " + type_name(pair.get()));
    return false;
  }
  *match = cast<Tuple>(pair.get())->items[0];
  *new_rest = cast<Tuple>(pair.get())->items[1];
  return true;
}

Value exception_group_reraise(Thread& t, Object* orig, List* results) {
  std::vector<Value> excs;
  for (auto& e : results->items) {
    if (e.get() != None) excs.push_back(e);
  }
  if (excs.empty()) return none();
  if (!is_group(t, orig)) return excs[0];  // a naked exception: one handler at most ran
  std::vector<Value> raised, reraised;
  for (auto& e : excs) {
    if (same_metadata(e.get(), orig)) reraised.push_back(e);
    else raised.push_back(e);
  }
  Value reraised_eg = none();
  if (!reraised.empty()) {
    // The part of the original group the re-raises keep (its structure, its metadata).
    std::vector<Object*> leaves;
    for (auto& e : reraised) {
      if (!collect_leaves(t, e.get(), &leaves)) return nullptr;
    }
    std::vector<Value> ids;
    for (Object* l : leaves) ids.push_back(Value::borrow(l));
    auto cond = make<BuiltinFunction>("leaf", is_listed_leaf, make_tuple(std::move(ids)));
    Value pair = call_method(t, orig, "split", cond.get());
    if (!pair) return nullptr;
    reraised_eg = cast<Tuple>(pair.get())->items[0];
  }
  if (raised.empty()) return reraised_eg;
  if (reraised_eg.get() != None) raised.push_back(reraised_eg);
  return make_group(t, std::move(raised));
}

}  // namespace py
