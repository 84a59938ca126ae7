// operator: the operators as functions (through the abstract layer, so every dunder and error
// message is the interpreter's own), and the itemgetter / attrgetter / methodcaller objects.
#include <algorithm>

#include "py/abstract.hpp"
#include "py/native_args.hpp"
#include "py/native_modules.hpp"

namespace py {

namespace {

// Names for the arity messages ("add expected 2 arguments, got 1"), in BinaryOp order.
const char* const kBinaryNames[] = {"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod",
                                    "pow", "lshift", "rshift", "and_", "or_", "xor"};
const char* const kInplaceNames[] = {"iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod",
                                     "ipow", "ilshift", "irshift", "iand", "ior", "ixor"};
const char* const kCompareNames[] = {"lt", "le", "eq", "ne", "gt", "ge"};

// The one-argument functions are METH_O in CPython, with that calling convention's messages.
bool one_operand(Thread& t, const CallArgs& a, const char* name) {
  std::string f = std::string("_operator.") + name + "()";
  if (a.nkw()) {
    t.raise(exc::TypeError, f + " takes no keyword arguments");
    return false;
  }
  if (a.nargs != 1) {
    t.raise(exc::TypeError, f + " takes exactly one argument (" + std::to_string(a.nargs) + " given)");
    return false;
  }
  return true;
}

template <BinaryOp Op>
Value op_binary(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, kBinaryNames[int(Op)], 2, 2)) return nullptr;
  return binary_op(t, Op, a.arg(0), a.arg(1));
}
template <BinaryOp Op>
Value op_inplace(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, kInplaceNames[int(Op)], 2, 2)) return nullptr;
  return inplace_op(t, Op, a.arg(0), a.arg(1));
}
template <CompareOp Op>
Value op_compare(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, kCompareNames[int(Op)], 2, 2)) return nullptr;
  return compare(t, a.arg(0), a.arg(1), Op);
}
template <Value (*F)(Thread&, Object*)>
Value op_unary(Thread& t, Object*, const CallArgs& a) {
  if (!one_operand(t, a, F == negative ? "neg" : F == positive ? "pos" : "invert")) return nullptr;
  return F(t, a.arg(0));
}
Value op_not(Thread& t, Object*, const CallArgs& a) {
  if (!one_operand(t, a, "not_")) return nullptr;
  int b = truth(t, a.arg(0));
  if (b < 0) return nullptr;
  return boolean(!b);
}
Value op_truth(Thread& t, Object*, const CallArgs& a) {
  if (!one_operand(t, a, "truth")) return nullptr;
  int b = truth(t, a.arg(0));
  if (b < 0) return nullptr;
  return boolean(b);
}
Value op_is(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "is_", 2, 2)) return nullptr;
  return boolean(a.arg(0) == a.arg(1));
}
Value op_is_not(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "is_not", 2, 2)) return nullptr;
  return boolean(a.arg(0) != a.arg(1));
}
Value op_builtin(Thread& t, const char* name, const CallArgs& a) {
  Object* f = dict_get_str(t.interp().builtins(), intern(name).get());
  return call(t, f, a);
}
Value op_abs(Thread& t, Object*, const CallArgs& a) {
  if (!one_operand(t, a, "abs")) return nullptr;
  return op_builtin(t, "abs", a);
}
Value op_index(Thread& t, Object*, const CallArgs& a) {
  if (!one_operand(t, a, "index")) return nullptr;
  if (is_int(a.arg(0))) return a.arg(0)->type == int_type ? Value::borrow(a.arg(0)) : make_int(cast<Int>(a.arg(0))->to_big());
  Object* m = a.arg(0)->type->lookup("__index__");
  if (!m) return t.raise(exc::TypeError, "'" + type_name(a.arg(0)) + "' object cannot be interpreted as an integer");
  return call_method(t, a.arg(0), "__index__");
}
Value op_concat(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "concat", 2, 2)) return nullptr;
  if (!a.arg(0)->type->getitem) return t.raise(exc::TypeError, "'" + type_name(a.arg(0)) + "' object can't be concatenated");
  return binary_op(t, BinaryOp::Add, a.arg(0), a.arg(1));
}
Value op_contains(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "contains", 2, 2)) return nullptr;
  int r = contains(t, a.arg(0), a.arg(1));
  if (r < 0) return nullptr;
  return boolean(r);
}
// countOf / indexOf: identity or equality, over any iterable.
template <bool Index>
Value op_count_or_index(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, Index ? "indexOf" : "countOf", 2, 2)) return nullptr;
  Value it = iter(t, a.arg(0));
  if (!it) return nullptr;
  int64_t i = 0, count = 0;
  for (;; ++i) {
    Value v = next(t, it.get());
    if (!v) break;
    int eq = v.get() == a.arg(1) ? 1 : equals(t, v.get(), a.arg(1));
    if (eq < 0) return nullptr;
    if (eq && Index) return make_int(i);
    count += eq;
  }
  if (t.has_exception()) return nullptr;
  if (Index) return t.raise(exc::ValueError, "sequence.index(x): x not in sequence");
  return make_int(count);
}
Value op_getitem(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "getitem", 2, 2)) return nullptr;
  return getitem(t, a.arg(0), a.arg(1));
}
Value op_setitem(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "setitem", 3, 3)) return nullptr;
  if (!setitem(t, a.arg(0), a.arg(1), a.arg(2))) return nullptr;
  return none();
}
Value op_delitem(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "delitem", 2, 2)) return nullptr;
  if (!setitem(t, a.arg(0), a.arg(1), nullptr)) return nullptr;
  return none();
}
Value op_length_hint(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "length_hint", 1, 2)) return nullptr;
  if (a.arg(0)->type->length) {
    int64_t n = length(t, a.arg(0));
    if (n < 0) return nullptr;
    return make_int(n);
  }
  if (a.arg(0)->type == range_iterator_type) return make_int(std::max<int64_t>(0, cast<RangeIterator>(a.arg(0))->remaining));
  if (a.arg(0)->type == iterator_type && cast<SeqIterator>(a.arg(0))->kind == 0) {  // list and tuple iterators
    auto* it = cast<SeqIterator>(a.arg(0));
    if (!it->seq) return make_int(0);
    Object* s = it->seq.get();
    size_t n = is_tuple(s) ? cast<Tuple>(s)->items.size() : cast<List>(s)->items.size();
    return make_int(static_cast<int64_t>(n > it->index ? n - it->index : 0));
  }
  if (a.arg(0)->type->lookup("__length_hint__")) return call_method(t, a.arg(0), "__length_hint__");
  return a.nargs > 1 ? Value::borrow(a.arg(1)) : make_int(0);
}

// --- itemgetter / attrgetter / methodcaller ------------------------------------------------------
Type* itemgetter_type = nullptr;
Type* attrgetter_type = nullptr;
Type* methodcaller_type = nullptr;

struct Getter : Object {
  std::vector<Value> items;  // item keys, attribute names, or the method name
  std::vector<Value> args;   // methodcaller: positional, then keyword values
  Ref<Tuple> kwnames;        // methodcaller: keyword names (may be null)
  explicit Getter(Type* t) : Object(t) {}
};
Getter* G(Object* o) { return cast<Getter>(o); }

Value itemgetter_new(Thread& t, Type*, const CallArgs& a) {
  // CPython unpacks a lone argument with min = max = 1, hence "expected 1 argument, got 0".
  if (!positional_args(t, a, "itemgetter", 1, a.nargs ? SIZE_MAX : 1)) return nullptr;
  auto g = make<Getter>(itemgetter_type);
  for (size_t i = 0; i < a.nargs; ++i) g->items.push_back(Value::borrow(a.arg(i)));
  return g;
}
Value attrgetter_new(Thread& t, Type*, const CallArgs& a) {
  if (!positional_args(t, a, "attrgetter", 1, a.nargs ? SIZE_MAX : 1)) return nullptr;
  auto g = make<Getter>(attrgetter_type);
  for (size_t i = 0; i < a.nargs; ++i) {
    if (a.arg(i)->type != str_type) return t.raise(exc::TypeError, "attribute name must be a string");
    g->items.push_back(Value::borrow(a.arg(i)));
  }
  return g;
}
Value methodcaller_new(Thread& t, Type*, const CallArgs& a) {
  if (a.nargs < 1) return t.raise(exc::TypeError, "methodcaller needs at least one argument, the method name");
  if (a.arg(0)->type != str_type) return t.raise(exc::TypeError, "method name must be a string");
  auto g = make<Getter>(methodcaller_type);
  g->items.push_back(Value::borrow(a.arg(0)));
  for (size_t i = 1; i < a.nargs + a.nkw(); ++i) g->args.push_back(Value::borrow(a.args[i]));
  if (a.nkw()) g->kwnames = Ref<Tuple>::borrow(a.kwnames);
  return g;
}

bool one_arg(Thread& t, const CallArgs& a, const char* name) {
  if (a.nkw()) {
    t.raise(exc::TypeError, std::string(name) + "() takes no keyword arguments");
    return false;
  }
  if (a.nargs != 1) {
    t.raise(exc::TypeError, std::string(name) + " expected 1 argument, got " + std::to_string(a.nargs));
    return false;
  }
  return true;
}
Value dotted_getattr(Thread& t, Object* o, const std::string& path) {
  Value cur = Value::borrow(o);
  size_t start = 0;
  for (;;) {
    size_t dot = path.find('.', start);
    cur = getattr(t, cur.get(), intern(path.substr(start, dot == std::string::npos ? std::string::npos : dot - start)).get());
    if (!cur || dot == std::string::npos) return cur;
    start = dot + 1;
  }
}
Value getter_call(Thread& t, Object* self, const CallArgs& a) {
  Getter* g = G(self);
  bool items = self->type == itemgetter_type;
  if (self->type == methodcaller_type) {
    if (!one_arg(t, a, "methodcaller")) return nullptr;
    Value method = getattr(t, a.arg(0), cast<Str>(g->items[0].get()));
    if (!method) return nullptr;
    std::vector<Object*> raw;
    for (auto& v : g->args) raw.push_back(v.get());
    CallArgs ca;
    ca.args = raw.data();
    ca.kwnames = g->kwnames.get();
    ca.nargs = raw.size() - (g->kwnames ? g->kwnames->items.size() : 0);
    return call(t, method.get(), ca);
  }
  if (!one_arg(t, a, items ? "itemgetter" : "attrgetter")) return nullptr;
  std::vector<Value> out;
  for (auto& key : g->items) {
    Value v = items ? getitem(t, a.arg(0), key.get()) : dotted_getattr(t, a.arg(0), cast<Str>(key.get())->text);
    if (!v) return nullptr;
    if (g->items.size() == 1) return v;
    out.push_back(v);
  }
  return make_tuple(std::move(out));
}
Value getter_repr(Thread& t, Object* self) {
  Getter* g = G(self);
  const char* name = self->type == itemgetter_type ? "itemgetter" : self->type == attrgetter_type ? "attrgetter" : "methodcaller";
  std::string out = std::string("operator.") + name + "(";
  std::vector<Value> parts = g->items;
  size_t npos = g->args.size() - (g->kwnames ? g->kwnames->items.size() : 0);
  for (size_t i = 0; i < npos; ++i) parts.push_back(g->args[i]);
  for (size_t i = 0; i < parts.size(); ++i) {
    std::string r;
    if (!repr_text(t, parts[i].get(), &r)) return nullptr;
    out += (i ? ", " : "") + r;
  }
  for (size_t k = 0; g->kwnames && k < g->kwnames->items.size(); ++k) {
    std::string r;
    if (!repr_text(t, g->args[npos + k].get(), &r)) return nullptr;
    out += ", " + cast<Str>(g->kwnames->items[k].get())->text + "=" + r;
  }
  return make_str(out + ")");
}

void init_getter_types() {
  static const bool once = [] {
    itemgetter_type = make_native_type("operator.itemgetter", "operator");
    attrgetter_type = make_native_type("operator.attrgetter", "operator");
    methodcaller_type = make_native_type("operator.methodcaller", "operator");
    itemgetter_type->construct = itemgetter_new;
    attrgetter_type->construct = attrgetter_new;
    methodcaller_type->construct = methodcaller_new;
    for (Type* ty : {itemgetter_type, attrgetter_type, methodcaller_type}) {
      ty->call = getter_call;
      ty->repr = getter_repr;
      inherit_slots(ty);
    }
    return true;
  }();
  (void)once;
}

struct Entry {
  const char* name;
  NativeFn fn;
};

}  // namespace

void build_operator_module(Module* m) {
  init_getter_types();
  const Entry entries[] = {
      {"add", op_binary<BinaryOp::Add>}, {"sub", op_binary<BinaryOp::Sub>}, {"mul", op_binary<BinaryOp::Mul>},
      {"matmul", op_binary<BinaryOp::MatMul>}, {"truediv", op_binary<BinaryOp::TrueDiv>},
      {"floordiv", op_binary<BinaryOp::FloorDiv>}, {"mod", op_binary<BinaryOp::Mod>}, {"pow", op_binary<BinaryOp::Pow>},
      {"lshift", op_binary<BinaryOp::LShift>}, {"rshift", op_binary<BinaryOp::RShift>}, {"and_", op_binary<BinaryOp::And>},
      {"or_", op_binary<BinaryOp::Or>}, {"xor", op_binary<BinaryOp::Xor>},
      {"iadd", op_inplace<BinaryOp::Add>}, {"isub", op_inplace<BinaryOp::Sub>}, {"imul", op_inplace<BinaryOp::Mul>},
      {"itruediv", op_inplace<BinaryOp::TrueDiv>}, {"ifloordiv", op_inplace<BinaryOp::FloorDiv>},
      {"imod", op_inplace<BinaryOp::Mod>}, {"ipow", op_inplace<BinaryOp::Pow>}, {"iand", op_inplace<BinaryOp::And>},
      {"ior", op_inplace<BinaryOp::Or>}, {"ixor", op_inplace<BinaryOp::Xor>}, {"iconcat", op_inplace<BinaryOp::Add>},
      {"lt", op_compare<CompareOp::Lt>}, {"le", op_compare<CompareOp::Le>}, {"eq", op_compare<CompareOp::Eq>},
      {"ne", op_compare<CompareOp::Ne>}, {"gt", op_compare<CompareOp::Gt>}, {"ge", op_compare<CompareOp::Ge>},
      {"neg", op_unary<negative>}, {"pos", op_unary<positive>}, {"invert", op_unary<invert>}, {"inv", op_unary<invert>},
      {"not_", op_not}, {"truth", op_truth}, {"is_", op_is}, {"is_not", op_is_not}, {"abs", op_abs},
      {"index", op_index}, {"concat", op_concat}, {"contains", op_contains},
      {"countOf", op_count_or_index<false>}, {"indexOf", op_count_or_index<true>}, {"getitem", op_getitem},
      {"setitem", op_setitem}, {"delitem", op_delitem}, {"length_hint", op_length_hint},
  };
  for (const Entry& e : entries) module_def(m, e.name, e.fn);
  module_set(m, "itemgetter", Value::borrow(itemgetter_type));
  module_set(m, "attrgetter", Value::borrow(attrgetter_type));
  module_set(m, "methodcaller", Value::borrow(methodcaller_type));
}

}  // namespace py
