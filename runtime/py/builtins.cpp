// The builtins module: print, len, the type names, isinstance, sorted, enumerate, …
#include <algorithm>
#include <cmath>
#include <functional>

#include "py/abstract.hpp"
#include "py/bytes_object.hpp"
#include "py/call_args.hpp"
#include "py/objects.hpp"
#include "py/source.hpp"
#include "py/thread.hpp"
#include "py/vm.hpp"

namespace py {

const Tuple* union_members(Object* o);  // generic_alias.cpp: the members of an X | Y union


Value float_round(Thread& t, double x, Object* ndigits);  // float_object.cpp
void install_class_builtins(Dict* builtins);              // class_object.cpp
Object* ellipsis_object();                                // object_type.cpp
void install_exec_builtins(Dict* builtins);               // exec_eval.cpp

// format(value, spec): value.__format__(spec), or str() for an empty spec on simple objects.
Value format_builtin(Thread& t, Object* value, Str* spec) {
  Value method = lookup_attr(t, value, intern("__format__").get());
  if (method) return call1(t, method.get(), spec);
  if (t.has_exception()) return nullptr;
  if (!spec->text.empty()) {
    return t.raise(exc::TypeError, "unsupported format string passed to " + type_name(value) + ".__format__");
  }
  return str(t, value);
}

namespace {


// open(): io.open (runtime/py/lib/io.py), on the run's in-memory file system.
Value b_open(Thread& t, Object*, const CallArgs& a) {
  Value io = import_module(t, intern("io").get());
  if (!io) return nullptr;
  Value open = getattr(t, io.get(), intern("open").get());
  if (!open) return nullptr;
  return call(t, open.get(), a);
}

Value b_print(Thread& t, Object*, const CallArgs& a) {
  if (!check_kwargs(t, a, "print", {"sep", "end", "file", "flush"})) return nullptr;
  std::string sep = " ", end = "\n";
  if (Object* s = kwarg(a, "sep"); s && s != None) {
    if (!is_str(s)) return t.raise(exc::TypeError, "sep must be None or a string, not " + type_name(s));
    sep = cast<Str>(s)->text;
  }
  if (Object* e = kwarg(a, "end"); e && e != None) {
    if (!is_str(e)) return t.raise(exc::TypeError, "end must be None or a string, not " + type_name(e));
    end = cast<Str>(e)->text;
  }
  std::vector<std::string> parts;  // CPython writes each argument, separator and end apart
  for (size_t i = 0; i < a.nargs; ++i) {
    if (i) parts.push_back(sep);
    std::string s;
    if (!str_text(t, a.arg(i), &s)) return nullptr;
    parts.push_back(std::move(s));
  }
  parts.push_back(end);
  Object* file = kwarg(a, "file");
  if (!file || file == None) {
    // sys.stdout replaced by a Python object (contextlib.redirect_stdout): print goes through it.
    Object* sys = dict_get_str(t.modules(), intern("sys").get());
    Object* out = sys && sys->type == module_type ? dict_get_str(cast<Module>(sys)->dict.get(), intern("stdout").get()) : nullptr;
    if (out && !out->type->is_builtin) file = out;
  }
  std::string out;
  for (auto& part : parts) out += part;
  if (file && file != None) {
    if (file->type->is_builtin) return call_method(t, file, "write", make_str(out).get()) ? none() : nullptr;
    for (auto& part : parts) {
      if (!call_method(t, file, "write", make_str(part).get())) return nullptr;
    }
    Object* flush = kwarg(a, "flush");
    if (flush && flush != None) {
      int wanted = truth(t, flush);
      if (wanted < 0) return nullptr;
      if (wanted) {
        Value f = getattr(t, file, "flush");
        if (!f || !call0(t, f.get())) return nullptr;
      }
    }
    return none();
  }
  t.interp().write_stdout(out);
  return none();
}

Value b_len(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "len", 1, 1)) return nullptr;
  int64_t n = length(t, a.arg(0));
  if (n < 0) return nullptr;
  return make_int(n);
}
Value b_repr(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "repr", 1, 1)) return nullptr;
  return repr(t, a.arg(0));
}
Value b_ascii(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "ascii", 1, 1)) return nullptr;
  std::string r;
  if (!repr_text(t, a.arg(0), &r)) return nullptr;
  std::string out;
  size_t i = 0;
  while (i < r.size()) {
    int32_t cp = utf8_decode(r, i);
    char buf[16];
    if (cp < 0x80 && cp >= 0) out += static_cast<char>(cp);
    else if (cp <= 0xff) { std::snprintf(buf, sizeof buf, "\\x%02x", cp); out += buf; }
    else if (cp <= 0xffff) { std::snprintf(buf, sizeof buf, "\\u%04x", cp); out += buf; }
    else { std::snprintf(buf, sizeof buf, "\\U%08x", cp); out += buf; }
  }
  return make_str(std::move(out));
}
Value b_format(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "format", 1, 2)) return nullptr;
  if (a.nargs > 1 && !is_str(a.arg(1))) {
    return t.raise(exc::TypeError, "format() argument 2 must be str, not " + (a.arg(1) == None ? std::string("None") : type_name(a.arg(1))));
  }
  Ref<Str> spec = a.nargs > 1 ? Ref<Str>::borrow(cast<Str>(a.arg(1))) : make_str("");
  return format_builtin(t, a.arg(0), spec.get());
}

// A metaclass's __instancecheck__ / __subclasscheck__ (abc.ABCMeta's registered classes):
// 1 true, 0 false or no hook, -1 error.
int metaclass_check(Thread& t, Type* cls, const char* hook, Object* arg) {
  Type* meta = cls->type;
  if (meta == type_type || meta->is_builtin) return 0;
  Object* m = meta->lookup(hook);
  if (!m || m->type != function_type) return 0;
  Object* argv[] = {cls, arg};
  Value r = call(t, m, CallArgs{argv, 2, nullptr});
  if (!r) return -1;
  return truth(t, r.get());
}

// isinstance / issubclass against one class, a tuple, or an object standing for classes
// (typing.List, typing.Union[...]) that answers through its own __instancecheck__: 1 / 0 / -1.
int class_check(Thread& t, Object* subject, Object* cls, bool instance) {
  const char* hook = instance ? "__instancecheck__" : "__subclasscheck__";
  if (is_type(cls)) {
    Type* ty = cast<Type>(cls);
    if (instance ? subject->type->is_subtype(ty) : cast<Type>(subject)->is_subtype(ty)) return 1;
    return metaclass_check(t, ty, hook, subject);
  }
  const Tuple* members = cls->type == tuple_type ? cast<Tuple>(cls) : union_members(cls);
  if (members) {
    for (auto& c : members->items) {
      if (int r = class_check(t, subject, c.get(), instance); r != 0) return r;
    }
    return 0;
  }
  if (!cls->type->is_builtin) {
    if (Object* m = cls->type->lookup(hook); m && m->type == function_type) {
      Object* argv[] = {cls, subject};
      Value r = call(t, m, CallArgs{argv, 2, nullptr});
      if (!r) return -1;
      return truth(t, r.get());
    }
  }
  t.raise(exc::TypeError, std::string(instance ? "isinstance" : "issubclass") + "() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

Value b_isinstance(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "isinstance", 2, 2)) return nullptr;
  int r = class_check(t, a.arg(0), a.arg(1), true);
  return r < 0 ? nullptr : boolean(r);
}
Value b_issubclass(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "issubclass", 2, 2)) return nullptr;
  if (!is_type(a.arg(0))) return t.raise(exc::TypeError, "issubclass() arg 1 must be a class");
  int r = class_check(t, a.arg(0), a.arg(1), false);
  return r < 0 ? nullptr : boolean(r);
}

// An attribute name given as a str (a str subclass names it by its text).
Ref<Str> attr_name(Object* name) {
  if (name->type == str_type) return Ref<Str>::borrow(cast<Str>(name));
  return intern(cast<Str>(name)->text);
}

Value b_getattr(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "getattr", 2, 3)) return nullptr;
  if (!is_str(a.arg(1))) return t.raise(exc::TypeError, "attribute name must be string, not '" + type_name(a.arg(1)) + "'");
  Value v = getattr(t, a.arg(0), attr_name(a.arg(1)).get());
  if (!v && a.nargs == 3 && t.exception_matches(exc::AttributeError)) {
    t.take_exception();
    return Value::borrow(a.arg(2));
  }
  return v;
}
Value b_setattr(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "setattr", 3, 3)) return nullptr;
  if (!is_str(a.arg(1))) return t.raise(exc::TypeError, "attribute name must be string");
  if (!setattr(t, a.arg(0), attr_name(a.arg(1)).get(), a.arg(2))) return nullptr;
  return none();
}
Value b_delattr(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "delattr", 2, 2)) return nullptr;
  if (!is_str(a.arg(1))) return t.raise(exc::TypeError, "attribute name must be string");
  if (!setattr(t, a.arg(0), attr_name(a.arg(1)).get(), nullptr)) return nullptr;
  return none();
}
Value b_hasattr(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "hasattr", 2, 2)) return nullptr;
  if (!is_str(a.arg(1))) return t.raise(exc::TypeError, "hasattr(): attribute name must be string");
  Value v = lookup_attr(t, a.arg(0), attr_name(a.arg(1)).get());
  if (!v && t.has_exception()) return nullptr;
  return boolean(static_cast<bool>(v));
}

Value b_abs(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "abs", 1, 1)) return nullptr;
  Object* x = a.arg(0);
  // Fast paths for the exact types; a subclass may override __abs__.
  if (x->type == float_type) return make_float(std::fabs(cast<Float>(x)->value));
  if (x->type == int_type || x->type == bool_type) {
    int r = compare_bool(t, x, make_int(0).get(), CompareOp::Lt);
    if (r < 0) return nullptr;
    return r ? negative(t, x) : positive(t, x);
  }
  if (Object* m = x->type->lookup("__abs__")) {
    (void)m;
    return call_method(t, x, "__abs__");
  }
  return t.raise(exc::TypeError, "bad operand type for abs(): '" + type_name(x) + "'");
}

Value min_max(Thread& t, const CallArgs& a, bool is_max) {
  const char* fname = is_max ? "max" : "min";
  if (!check_kwargs(t, a, fname, {"key", "default"})) return nullptr;
  if (a.nargs == 0) return t.raise(exc::TypeError, std::string(fname) + " expected at least 1 argument, got 0");
  std::vector<Value> items;
  if (a.nargs == 1) {
    if (!collect(t, a.arg(0), &items)) return nullptr;
  } else {
    for (size_t i = 0; i < a.nargs; ++i) items.push_back(Value::borrow(a.arg(i)));
  }
  Object* key = kwarg(a, "key");
  if (key == None) key = nullptr;
  if (items.empty()) {
    if (Object* d = kwarg(a, "default")) return Value::borrow(d);
    return t.raise(exc::ValueError, std::string(fname) + "() arg is an empty sequence");
  }
  Value best = items[0], best_key = key ? call1(t, key, items[0].get()) : items[0];
  if (!best_key) return nullptr;
  for (size_t i = 1; i < items.size(); ++i) {
    Value k = key ? call1(t, key, items[i].get()) : items[i];
    if (!k) return nullptr;
    int better = compare_bool(t, k.get(), best_key.get(), is_max ? CompareOp::Gt : CompareOp::Lt);
    if (better < 0) return nullptr;
    if (better) {
      best = items[i];
      best_key = k;
    }
  }
  return best;
}
Value b_min(Thread& t, Object*, const CallArgs& a) { return min_max(t, a, false); }
Value b_max(Thread& t, Object*, const CallArgs& a) { return min_max(t, a, true); }

Value b_sum(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "sum", 1, 2)) return nullptr;
  Value total = a.nargs > 1 ? Value::borrow(a.arg(1)) : (kwarg(a, "start") ? Value::borrow(kwarg(a, "start")) : make_int(0));
  if (is_str(total.get())) return t.raise(exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  Value it = iter(t, a.arg(0));
  if (!it) return nullptr;
  for (;;) {
    Value x = next(t, it.get());
    if (!x) return t.has_exception() ? nullptr : total;
    total = binary_op(t, BinaryOp::Add, total.get(), x.get());
    if (!total) return nullptr;
  }
}

Value b_any_all(Thread& t, const CallArgs& a, bool want) {
  if (!arity(t, a, want ? "any" : "all", 1, 1)) return nullptr;
  Value it = iter(t, a.arg(0));
  if (!it) return nullptr;
  for (;;) {
    Value x = next(t, it.get());
    if (!x) return t.has_exception() ? nullptr : boolean(!want);
    int b = truth(t, x.get());
    if (b < 0) return nullptr;
    if (b == want) return boolean(want);
  }
}
Value b_any(Thread& t, Object*, const CallArgs& a) { return b_any_all(t, a, true); }
Value b_all(Thread& t, Object*, const CallArgs& a) { return b_any_all(t, a, false); }

Value b_round(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "round", 1, 2)) return nullptr;
  Object* x = a.arg(0);
  Object* nd = a.nargs > 1 ? a.arg(1) : nullptr;
  // Fast paths for the exact types; a subclass may override __round__.
  if (x->type == float_type) return float_round(t, cast<Float>(x)->value, nd);
  if (x->type == int_type || x->type == bool_type) {
    if (!nd || nd == None) return positive(t, x);
    int64_t n;
    if (!as_index(t, nd, &n)) return nullptr;
    if (n >= 0) return positive(t, x);
    return make_int(cast<Int>(x)->to_big().round_digits(n));
  }
  if (x->type->lookup("__round__")) return call_method(t, x, "__round__", nd == None ? nullptr : nd);  // round(x, None): x.__round__()
  return t.raise(exc::TypeError, "type " + type_name(x) + " doesn't define __round__ method");
}
Value b_divmod(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "divmod", 2, 2)) return nullptr;
  Value q = binary_op(t, BinaryOp::FloorDiv, a.arg(0), a.arg(1));
  if (!q) return nullptr;
  Value r = binary_op(t, BinaryOp::Mod, a.arg(0), a.arg(1));
  if (!r) return nullptr;
  return make_tuple({q, r});
}
Value b_pow(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "pow", 2, 3)) return nullptr;
  if (a.nargs == 3 && a.arg(2) != None) {
    if (!is_int(a.arg(0)) || !is_int(a.arg(1)) || !is_int(a.arg(2))) {
      return t.raise(exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    auto r = BigInt::pow_mod(cast<Int>(a.arg(0))->to_big(), cast<Int>(a.arg(1))->to_big(), cast<Int>(a.arg(2))->to_big());
    if (!r) return t.raise(exc::ValueError, r.error().message);
    return make_int(std::move(*r));
  }
  return binary_op(t, BinaryOp::Pow, a.arg(0), a.arg(1));
}
Value b_hash(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "hash", 1, 1)) return nullptr;
  int64_t h;
  if (!hash(t, a.arg(0), &h)) return nullptr;
  return make_int(h);
}
Value b_id(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "id", 1, 1)) return nullptr;
  return make_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(a.arg(0))));
}
Value b_iter(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "iter", 1, 1)) return nullptr;
  return iter(t, a.arg(0));
}
Value b_next(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "next", 1, 2)) return nullptr;
  if (a.arg(0)->type == generator_type) {
    // StopIteration carries the generator's return value.
    Value v = generator_send(t, cast<Generator>(a.arg(0)), None);
    if (!v && a.nargs > 1 && t.exception_matches(exc::StopIteration)) {
      t.take_exception();
      return Value::borrow(a.arg(1));
    }
    return v;
  }
  Object* it = a.arg(0);
  if (!it->type->next) return t.raise(exc::TypeError, "'" + type_name(it) + "' object is not an iterator");
  // The slot itself, not abstract next(): a StopIteration it raises carries a value (a
  // future's await iterator finishes with the result).
  Value v = it->type->next(t, it);
  if (!v && a.nargs > 1 && t.exception_matches(exc::StopIteration)) t.take_exception();
  if (v || t.has_exception()) return v;
  if (a.nargs > 1) return Value::borrow(a.arg(1));
  t.set_exception(make<BaseException>(exc::StopIteration, make_tuple({})));
  return nullptr;
}
Value b_callable(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "callable", 1, 1)) return nullptr;
  return boolean(a.arg(0)->type->call != nullptr);
}
Value b_chr(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "chr", 1, 1)) return nullptr;
  int64_t cp;
  if (!as_index(t, a.arg(0), &cp)) return nullptr;
  if (cp < 0 || cp > 0x10ffff) return t.raise(exc::ValueError, "chr() arg not in range(0x110000)");
  std::string s;
  utf8_append(s, static_cast<uint32_t>(cp));
  return make_str(std::move(s));
}
Value b_ord(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "ord", 1, 1)) return nullptr;
  if (!is_str(a.arg(0))) return t.raise(exc::TypeError, "ord() expected string of length 1, but " + type_name(a.arg(0)) + " found");
  Str* s = cast<Str>(a.arg(0));
  if (s->length != 1) {
    return t.raise(exc::TypeError, "ord() expected a character, but string of length " + std::to_string(s->length) + " found");
  }
  size_t i = 0;
  return make_int(utf8_decode(s->text, i));
}
Value base_repr(Thread& t, const CallArgs& a, const char* fname, int base, const char* prefix) {
  if (!arity(t, a, fname, 1, 1)) return nullptr;
  if (!is_int(a.arg(0))) return t.raise(exc::TypeError, "'" + type_name(a.arg(0)) + "' object cannot be interpreted as an integer");
  std::string digits = cast<Int>(a.arg(0))->to_big().to_base(base);
  if (!digits.empty() && digits[0] == '-') return make_str("-" + std::string(prefix) + digits.substr(1));
  return make_str(prefix + digits);
}
Value b_hex(Thread& t, Object*, const CallArgs& a) { return base_repr(t, a, "hex", 16, "0x"); }
Value b_oct(Thread& t, Object*, const CallArgs& a) { return base_repr(t, a, "oct", 8, "0o"); }
Value b_bin(Thread& t, Object*, const CallArgs& a) { return base_repr(t, a, "bin", 2, "0b"); }

// --- sorting -----------------------------------------------------------------------------------
// A stable merge sort whose comparisons may call Python (and fail).
bool merge_sort(Thread& t, std::vector<Value>& keys, std::vector<size_t>& order, bool reverse) {
  std::vector<size_t> tmp(order.size());
  bool failed = false;
  auto less = [&](size_t x, size_t y) -> bool {
    if (failed) return false;
    int r = reverse ? compare_bool(t, keys[y].get(), keys[x].get(), CompareOp::Lt)
                    : compare_bool(t, keys[x].get(), keys[y].get(), CompareOp::Lt);
    if (r < 0) failed = true;
    return r == 1;
  };
  std::function<void(size_t, size_t)> sort = [&](size_t lo, size_t hi) {
    if (hi - lo < 2 || failed) return;
    size_t mid = (lo + hi) / 2;
    sort(lo, mid);
    sort(mid, hi);
    size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) tmp[k++] = less(order[j], order[i]) ? order[j++] : order[i++];
    while (i < mid) tmp[k++] = order[i++];
    while (j < hi) tmp[k++] = order[j++];
    std::copy(tmp.begin() + static_cast<long>(lo), tmp.begin() + static_cast<long>(hi), order.begin() + static_cast<long>(lo));
  };
  sort(0, order.size());
  return !failed;
}

bool sort_values(Thread& t, std::vector<Value>& items, Object* key, bool reverse) {
  std::vector<Value> keys;
  keys.reserve(items.size());
  for (auto& v : items) {
    Value k;
    if (key && key != None) {
      // CPython counts two levels here (sorted() calling list.sort), each "while calling".
      RecursionGuard outer(t, " while calling a Python object");
      if (!outer.ok()) return false;
      RecursionGuard guard(t, " while calling a Python object");
      if (!guard.ok()) return false;
      k = call1(t, key, v.get());
    } else {
      k = v;
    }
    if (!k) return false;
    keys.push_back(std::move(k));
  }
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (!merge_sort(t, keys, order, reverse)) return false;
  std::vector<Value> out;
  out.reserve(items.size());
  for (size_t i : order) out.push_back(items[i]);
  items = std::move(out);
  return true;
}

Value b_sorted(Thread& t, Object*, const CallArgs& a) {
  if (!check_kwargs(t, a, "sorted", {"key", "reverse"})) return nullptr;
  if (a.nargs != 1) return t.raise(exc::TypeError, "sorted expected 1 argument, got " + std::to_string(a.nargs));
  std::vector<Value> items;
  if (!collect(t, a.arg(0), &items)) return nullptr;
  Object* rev = kwarg(a, "reverse");
  int reverse = rev ? truth(t, rev) : 0;
  if (reverse < 0) return nullptr;
  if (!sort_values(t, items, kwarg(a, "key"), reverse == 1)) return nullptr;
  return make_list(std::move(items));
}

// --- lazy iterators: enumerate, zip, map, filter, reversed ---------------------------------------
struct NativeIterator : Object {
  std::function<Value(Thread&)> step;
  NativeIterator(Type* t, std::function<Value(Thread&)> f) : Object(t), step(std::move(f)) {}
};
Type* enumerate_type;
Type* zip_type;
Type* map_type;
Type* filter_type;
Type* reversed_type;

Value native_next(Thread& t, Object* o) { return cast<NativeIterator>(o)->step(t); }
Value self_iter(Thread&, Object* o) { return Value::borrow(o); }

Value b_enumerate(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "enumerate", 1, 2)) return nullptr;
  Value it = iter(t, a.arg(0));
  if (!it) return nullptr;
  int64_t start = 0;
  Object* s = a.nargs > 1 ? a.arg(1) : kwarg(a, "start");
  if (s && !as_index(t, s, &start)) return nullptr;
  return make<NativeIterator>(enumerate_type, [it, i = start](Thread& t) mutable -> Value {
    Value v = next(t, it.get());
    if (!v) return nullptr;
    return make_tuple({make_int(i++), v});
  });
}
Value b_zip(Thread& t, Object*, const CallArgs& a) {
  std::vector<Value> its;
  for (size_t i = 0; i < a.nargs; ++i) {
    Value it = iter(t, a.arg(i));
    if (!it) return nullptr;
    its.push_back(it);
  }
  return make<NativeIterator>(zip_type, [its](Thread& t) -> Value {
    if (its.empty()) return nullptr;
    std::vector<Value> items;
    for (auto& it : its) {
      Value v = next(t, it.get());
      if (!v) return nullptr;
      items.push_back(v);
    }
    return make_tuple(std::move(items));
  });
}
Value b_map(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs < 2) return t.raise(exc::TypeError, "map() must have at least two arguments.");
  Value fn = Value::borrow(a.arg(0));
  std::vector<Value> its;
  for (size_t i = 1; i < a.nargs; ++i) {
    Value it = iter(t, a.arg(i));
    if (!it) return nullptr;
    its.push_back(it);
  }
  return make<NativeIterator>(map_type, [fn, its](Thread& t) -> Value {
    std::vector<Value> args;
    for (auto& it : its) {
      Value v = next(t, it.get());
      if (!v) return nullptr;
      args.push_back(v);
    }
    std::vector<Object*> argv;
    for (auto& v : args) argv.push_back(v.get());
    return call(t, fn.get(), CallArgs{argv.data(), argv.size(), nullptr});
  });
}
Value b_filter(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "filter", 2, 2)) return nullptr;
  Value fn = Value::borrow(a.arg(0));
  Value it = iter(t, a.arg(1));
  if (!it) return nullptr;
  return make<NativeIterator>(filter_type, [fn, it](Thread& t) -> Value {
    for (;;) {
      Value v = next(t, it.get());
      if (!v) return nullptr;
      Value keep = fn.get() == None ? v : call1(t, fn.get(), v.get());
      if (!keep) return nullptr;
      int b = truth(t, keep.get());
      if (b < 0) return nullptr;
      if (b) return v;
    }
  });
}
Value b_reversed(Thread& t, Object*, const CallArgs& a) {
  if (!arity(t, a, "reversed", 1, 1)) return nullptr;
  Object* s = a.arg(0);
  if (s->type != list_type && s->type != tuple_type && s->type != range_type && s->type != str_type &&
      s->type != dict_type && s->type != dict_keys_type && s->type != dict_values_type && s->type != dict_items_type) {
    // A Python subclass of list, tuple, str or dict reverses like its base unless it defines
    // its own __reversed__.
    bool derived = s->type->layout & (kListLayout | kTupleLayout | kStrLayout | kDictLayout);
    Object* m = s->type->lookup("__reversed__");
    if (m && (!derived || m->type != builtin_function_type)) return call_method(t, s, "__reversed__");
    if (!derived) return t.raise(exc::TypeError, "'" + type_name(s) + "' object is not reversible");
  }
  std::vector<Value> items;
  if (!collect(t, s, &items)) return nullptr;
  return make<NativeIterator>(reversed_type, [items, i = items.size()](Thread&) mutable -> Value {
    if (i == 0) return nullptr;
    return items[--i];
  });
}

Value b_input(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs > 0) {
    std::string prompt;
    if (!str_text(t, a.arg(0), &prompt)) return nullptr;
    t.interp().write_stdout(prompt);
  }
  std::string line;
  if (!t.interp().read_line(&line)) return t.raise(exc::EOFError, "EOF when reading a line");
  return make_str(std::move(line));
}

Value b_vars(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs == 0) {
    if (t.frame && t.frame->locals) return t.frame->locals;
    return t.raise(exc::NotImplementedError, "vars() without arguments inside a function is not supported yet");
  }
  Value d = getattr(t, a.arg(0), "__dict__");
  if (!d && t.exception_matches(exc::AttributeError)) {
    t.take_exception();
    return t.raise(exc::TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}
Value b_globals(Thread& t, Object*, const CallArgs&) {
  if (!t.frame) return t.raise(exc::RuntimeError, "no frame");
  return t.frame->globals;
}
Value b_dir(Thread& t, Object*, const CallArgs& a) {
  std::vector<Value> names;
  auto add_keys = [&](Dict* d) {
    for (auto& e : d->entries) {
      if (e.key && e.key->type == str_type) names.push_back(e.key);
    }
  };
  if (a.nargs == 0) {
    if (t.frame && t.frame->locals) add_keys(t.frame->locals.get());
  } else {
    Object* o = a.arg(0);
    if (o->type == module_type) add_keys(cast<Module>(o)->dict.get());
    else {
      if (!o->type->is_builtin && !o->type->is_base_exception && !is_type(o)) add_keys(cast<Instance>(o)->dict.get());
      Type* ty = is_type(o) ? cast<Type>(o) : o->type;
      for (Type* m : ty->mro) {
        if (m->dict) add_keys(m->dict.get());
      }
    }
  }
  // sorted and unique
  std::sort(names.begin(), names.end(), [](const Value& x, const Value& y) { return cast<Str>(x.get())->text < cast<Str>(y.get())->text; });
  names.erase(std::unique(names.begin(), names.end(), [](const Value& x, const Value& y) {
                return cast<Str>(x.get())->text == cast<Str>(y.get())->text;
              }), names.end());
  return make_list(std::move(names));
}

Type* iterator_kind(const char* name) {
  auto* t = new Type(type_type, name, object_type);
  t->refcnt = kImmortal;
  t->iter = self_iter;
  t->next = native_next;
  inherit_slots(t);
  return t;
}

}  // namespace

// list.sort(key=None, reverse=False)
Value list_sort(Thread& t, Object* self, const CallArgs& a) {
  if (!check_kwargs(t, a, "sort", {"key", "reverse"})) return nullptr;
  if (a.nargs) return t.raise(exc::TypeError, "sort() takes no positional arguments");
  Object* rev = kwarg(a, "reverse");
  int reverse = rev ? truth(t, rev) : 0;
  if (reverse < 0) return nullptr;
  auto& items = cast<List>(self)->items;
  std::vector<Value> copy = items;
  if (!sort_values(t, copy, kwarg(a, "key"), reverse == 1)) return nullptr;
  items = std::move(copy);
  return none();
}

void install_builtins(Dict* b) {
  static bool types_made = [] {
    enumerate_type = iterator_kind("enumerate");
    zip_type = iterator_kind("zip");
    map_type = iterator_kind("map");
    filter_type = iterator_kind("filter");
    reversed_type = iterator_kind("reversed");
    return true;
  }();
  (void)types_made;
  struct Entry {
    const char* name;
    NativeFn fn;
  };
  static const Entry functions[] = {
      {"print", b_print}, {"len", b_len}, {"repr", b_repr}, {"ascii", b_ascii}, {"format", b_format},
      {"isinstance", b_isinstance}, {"issubclass", b_issubclass}, {"getattr", b_getattr}, {"setattr", b_setattr},
      {"delattr", b_delattr}, {"hasattr", b_hasattr}, {"abs", b_abs}, {"min", b_min}, {"max", b_max}, {"sum", b_sum},
      {"any", b_any}, {"all", b_all}, {"round", b_round}, {"divmod", b_divmod}, {"pow", b_pow}, {"hash", b_hash},
      {"id", b_id}, {"iter", b_iter}, {"next", b_next}, {"callable", b_callable}, {"chr", b_chr}, {"ord", b_ord},
      {"hex", b_hex}, {"oct", b_oct}, {"bin", b_bin}, {"sorted", b_sorted}, {"enumerate", b_enumerate},
      {"zip", b_zip}, {"map", b_map}, {"filter", b_filter}, {"reversed", b_reversed}, {"input", b_input},
      {"vars", b_vars}, {"globals", b_globals}, {"dir", b_dir}, {"aiter", builtin_aiter}, {"anext", builtin_anext},
      {"open", b_open},
  };
  for (const Entry& e : functions) {
    auto f = make<BuiltinFunction>(e.name, e.fn);
    dict_set_str(b, e.name, f.get());
  }
  Type* types[] = {object_type, type_type, int_type, float_type, bool_type, str_type, tuple_type, list_type, dict_type, range_type, set_type, frozenset_type};
  for (Type* ty : types) dict_set_str(b, ty->name, ty);
#define X(name, base) dict_set_str(b, #name, exc::name);
  PY_EXCEPTION_TYPES(X)
#undef X
  dict_set_str(b, "None", None);
  dict_set_str(b, "NotImplemented", NotImplemented);
  dict_set_str(b, "Ellipsis", ellipsis_object());
  install_class_builtins(b);
  install_exec_builtins(b);
  install_bytes_builtins(b);
}

}  // namespace py
