// int and bool: int64 fast paths, BigInt on overflow, CPython's messages.
#include "py/abstract.hpp"
#include "py/bytes_object.hpp"
#include "py/float_repr.hpp"
#include "py/format_spec.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"

namespace py {

namespace {
constexpr int64_t kSmallMin = -5, kSmallMax = 256;
Int* small_ints[kSmallMax - kSmallMin + 1];
}  // namespace

Int::Int(Type* t, BigInt v) : Object(t), is_big(true), big(std::move(v)) {}

void init_small_ints() {
  for (int64_t v = kSmallMin; v <= kSmallMax; ++v) {
    auto* i = new Int(int_type, v);
    i->refcnt = kImmortal;
    small_ints[v - kSmallMin] = i;
  }
  auto* t = new Int(bool_type, 1);
  t->refcnt = kImmortal;
  True = t;
  auto* f = new Int(bool_type, 0);
  f->refcnt = kImmortal;
  False = f;
}

Value make_int(int64_t v) {
  if (v >= kSmallMin && v <= kSmallMax) return Value::borrow(small_ints[v - kSmallMin]);
  return make<Int>(int_type, v);
}

Value make_int(BigInt v) {
  if (auto small = v.to_int64()) return make_int(*small);
  return make<Int>(int_type, std::move(v));
}

namespace {

Int* as_int(Object* o) { return cast<Int>(o); }

Value raise_num(Thread& t, const NumError& e) {
  Type* type = exc::ValueError;
  std::string_view name = e.type;
  if (name == "OverflowError") type = exc::OverflowError;
  else if (name == "ZeroDivisionError") type = exc::ZeroDivisionError;
  else if (name == "TypeError") type = exc::TypeError;
  return t.raise(type, e.message);
}

template <class T>
Value big_result(Thread& t, NumResult<T> r) {
  if (!r) return raise_num(t, r.error());
  return make_int(std::move(*r));
}

Value int_binary(Thread& t, BinaryOp op, Object* a, Object* b) {
  if (!is_int(a) || !is_int(b)) return Value::borrow(NotImplemented);
  Int* x = as_int(a);
  Int* y = as_int(b);
  if (!x->is_big && !y->is_big) {
    int64_t p = x->small, q = y->small, r;
    switch (op) {
      case BinaryOp::Add: if (add_i64(p, q, &r)) return make_int(r); break;
      case BinaryOp::Sub: if (sub_i64(p, q, &r)) return make_int(r); break;
      case BinaryOp::Mul: if (mul_i64(p, q, &r)) return make_int(r); break;
      case BinaryOp::FloorDiv:
        if (q == 0) return t.raise(exc::ZeroDivisionError, "integer division or modulo by zero");
        if (floordiv_i64(p, q, &r)) return make_int(r);
        break;
      case BinaryOp::Mod:
        if (q == 0) return t.raise(exc::ZeroDivisionError, "integer modulo by zero");
        return make_int(mod_i64(p, q));
      case BinaryOp::And: return make_int(p & q);
      case BinaryOp::Or: return make_int(p | q);
      case BinaryOp::Xor: return make_int(p ^ q);
      default: break;
    }
  }
  BigInt p = x->to_big(), q = y->to_big();
  switch (op) {
    case BinaryOp::Add: return make_int(p + q);
    case BinaryOp::Sub: return make_int(p - q);
    case BinaryOp::Mul: return make_int(p * q);
    case BinaryOp::FloorDiv: return big_result(t, BigInt::floordiv(p, q));
    case BinaryOp::Mod: return big_result(t, BigInt::mod(p, q));
    case BinaryOp::And: return make_int(p & q);
    case BinaryOp::Or: return make_int(p | q);
    case BinaryOp::Xor: return make_int(p ^ q);
    case BinaryOp::TrueDiv: {
      auto r = BigInt::truediv(p, q);
      if (!r) return raise_num(t, r.error());
      return make_float(*r);
    }
    case BinaryOp::Pow: {
      if (q.is_negative()) {
        auto pf = p.to_double(), qf = q.to_double();
        if (!pf) return raise_num(t, pf.error());
        if (!qf) return raise_num(t, qf.error());
        auto r = float_pow(*pf, *qf);
        if (!r) return raise_num(t, r.error());
        return make_float(*r);
      }
      return big_result(t, BigInt::pow(p, q));
    }
    case BinaryOp::LShift: {
      auto n = q.to_int64();
      if (q.is_negative()) return t.raise(exc::ValueError, "negative shift count");
      if (!n) return t.raise(exc::OverflowError, "too many digits in integer");
      return big_result(t, p.shl(*n));
    }
    case BinaryOp::RShift: {
      if (q.is_negative()) return t.raise(exc::ValueError, "negative shift count");
      auto n = q.to_int64();
      if (!n) return make_int(p.is_negative() ? -1 : 0);
      return big_result(t, p.shr(*n));
    }
    default: return Value::borrow(NotImplemented);
  }
}

#define INT_OP(name)                                                        \
  Value int_##name(Thread& t, Object* a, Object* b) { return int_binary(t, BinaryOp::name, a, b); }
INT_OP(Add) INT_OP(Sub) INT_OP(Mul) INT_OP(TrueDiv) INT_OP(FloorDiv) INT_OP(Mod) INT_OP(Pow)
INT_OP(LShift) INT_OP(RShift) INT_OP(And) INT_OP(Or) INT_OP(Xor)
#undef INT_OP

Value bool_logic(Thread& t, BinaryOp op, Object* a, Object* b) {
  if (a->type == bool_type && b->type == bool_type) {
    bool x = a == True, y = b == True;
    return boolean(op == BinaryOp::And ? (x && y) : op == BinaryOp::Or ? (x || y) : (x != y));
  }
  return int_binary(t, op, a, b);
}
Value bool_and(Thread& t, Object* a, Object* b) { return bool_logic(t, BinaryOp::And, a, b); }
Value bool_or(Thread& t, Object* a, Object* b) { return bool_logic(t, BinaryOp::Or, a, b); }
Value bool_xor(Thread& t, Object* a, Object* b) { return bool_logic(t, BinaryOp::Xor, a, b); }

int int_compare3(Int* a, Int* b) {
  if (!a->is_big && !b->is_big) return a->small < b->small ? -1 : a->small > b->small ? 1 : 0;
  auto c = a->to_big() <=> b->to_big();
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

Value int_compare(Thread&, Object* a, Object* b, CompareOp op) {
  if (!is_int(a) || !is_int(b)) return Value::borrow(NotImplemented);
  int c = int_compare3(as_int(a), as_int(b));
  switch (op) {
    case CompareOp::Lt: return boolean(c < 0);
    case CompareOp::Le: return boolean(c <= 0);
    case CompareOp::Eq: return boolean(c == 0);
    case CompareOp::Ne: return boolean(c != 0);
    case CompareOp::Gt: return boolean(c > 0);
    case CompareOp::Ge: return boolean(c >= 0);
  }
  return Value::borrow(NotImplemented);
}

Value int_repr(Thread& t, Object* o) {
  Int* i = as_int(o);
  if (!i->is_big) return make_str(std::to_string(i->small));
  auto s = i->big.to_string();
  if (!s) return raise_num(t, s.error());
  return make_str(std::move(*s));
}
Value bool_repr(Thread&, Object* o) { return make_str(o == True ? "True" : "False"); }

bool int_hash(Thread&, Object* o, int64_t* out) {
  Int* i = as_int(o);
  *out = i->is_big ? i->big.hash() : hash_i64(i->small);
  return true;
}
int int_truth(Thread&, Object* o) {
  Int* i = as_int(o);
  return i->is_big ? !i->big.is_zero() : i->small != 0;
}
Value int_negative(Thread&, Object* o) {
  Int* i = as_int(o);
  int64_t r;
  if (!i->is_big && sub_i64(0, i->small, &r)) return make_int(r);
  return make_int(-i->to_big());
}
Value int_positive(Thread&, Object* o) {
  Int* i = as_int(o);
  return i->is_big ? make_int(i->big) : make_int(i->small);
}
Value int_invert(Thread&, Object* o) {
  Int* i = as_int(o);
  return i->is_big ? make_int(~i->big) : make_int(~i->small);
}

// int(x=0, base=10)
// CPython shows the bytes' repr in the message: "invalid literal for int() with base 10: b'x'".
Value invalid_bytes_literal(Thread& t, Object* bytes, int64_t base) {
  std::string r;
  if (!repr_text(t, make_bytes(cast<Bytes>(bytes)->data).get(), &r)) return nullptr;  // bytearray shows as bytes too
  return t.raise(exc::ValueError, "invalid literal for int() with base " + std::to_string(base) + ": " + r);
}

Value int_new(Thread& t, Type*, const CallArgs& args) {
  Object* base_arg = args.nargs == 2 ? args.arg(1) : nullptr;
  for (size_t i = 0; i < args.nkw(); ++i) {  // only `base` may be given by keyword
    const std::string& k = cast<Str>(args.kwnames->items[i].get())->text;
    if (k != "base") return t.raise(exc::TypeError, "'" + k + "' is an invalid keyword argument for int()");
    base_arg = args.kwvalue(i);
  }
  if (args.nargs + args.nkw() > 2) {
    return t.raise(exc::TypeError, "int() takes at most 2 arguments (" + std::to_string(args.nargs + args.nkw()) + " given)");
  }
  if (args.nargs == 0) {
    if (base_arg) return t.raise(exc::TypeError, "int() missing string argument");
    return make_int(0);
  }
  Object* x = args.arg(0);
  Value text_of_bytes;  // int(b"12"): bytes parse as ASCII text
  if (is_bytes_like(x)) {
    text_of_bytes = make_str(cast<Bytes>(x)->data);
    x = text_of_bytes.get();
  }
  if (base_arg) {
    if (!is_str(x)) return t.raise(exc::TypeError, "int() can't convert non-string with explicit base");
    int64_t base;
    if (!as_index(t, base_arg, &base)) return nullptr;
    if (base != 0 && (base < 2 || base > 36)) return t.raise(exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    auto r = BigInt::parse(cast<Str>(x)->text, static_cast<int>(base));
    if (!r && text_of_bytes) return invalid_bytes_literal(t, args.arg(0), base);
    return big_result(t, std::move(r));
  }
  if (is_int(x)) return int_positive(t, x);
  if (is_float(x)) return big_result(t, BigInt::from_double(cast<Float>(x)->value));
  if (is_str(x)) {
    auto r = BigInt::parse(cast<Str>(x)->text, 10);
    if (!r && text_of_bytes) return invalid_bytes_literal(t, args.arg(0), 10);
    return big_result(t, std::move(r));
  }
  if (Object* m = x->type->lookup("__int__")) {
    (void)m;
    return call_method(t, x, "__int__");
  }
  return t.raise(exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '" +
                                     type_name(x) + "'");
}

Value bool_new(Thread& t, Type*, const CallArgs& args) {
  if (args.nargs == 0) return boolean(false);
  int b = truth(t, args.arg(0));
  if (b < 0) return nullptr;
  return boolean(b);
}

Value int_format(Thread& t, Object* self, const CallArgs& args) {
  if (args.nargs != 1 || args.arg(0)->type != str_type) return t.raise(exc::TypeError, "format spec must be a str");
  const std::string& spec = cast<Str>(args.arg(0))->text;
  if (self->type == bool_type && spec.empty()) return bool_repr(t, self);
  // Float presentation types on an int format the float value.
  char last = spec.empty() ? 0 : spec.back();
  if (last && std::string_view("eEfFgG%").find(last) != std::string_view::npos) {
    auto d = as_int(self)->to_big().to_double();
    if (!d) return raise_num(t, d.error());
    auto r = format_float(*d, spec, "int");
    if (!r) return raise_num(t, r.error());
    return make_str(std::move(*r));
  }
  auto r = format_int(as_int(self)->to_big(), spec, self->type->name);
  if (!r) return raise_num(t, r.error());
  return make_str(std::move(*r));
}

Value int_bit_length(Thread&, Object* self, const CallArgs&) {
  return make_int(static_cast<int64_t>(as_int(self)->to_big().bit_length()));
}

}  // namespace

void init_int_type() {
  Type* t = int_type;
  t->repr = int_repr;
  t->hash = int_hash;
  t->truth = int_truth;
  t->compare = int_compare;
  t->negative = int_negative;
  t->positive = int_positive;
  t->invert = int_invert;
  t->construct = int_new;
  t->binary[int(BinaryOp::Add)] = int_Add;
  t->binary[int(BinaryOp::Sub)] = int_Sub;
  t->binary[int(BinaryOp::Mul)] = int_Mul;
  t->binary[int(BinaryOp::TrueDiv)] = int_TrueDiv;
  t->binary[int(BinaryOp::FloorDiv)] = int_FloorDiv;
  t->binary[int(BinaryOp::Mod)] = int_Mod;
  t->binary[int(BinaryOp::Pow)] = int_Pow;
  t->binary[int(BinaryOp::LShift)] = int_LShift;
  t->binary[int(BinaryOp::RShift)] = int_RShift;
  t->binary[int(BinaryOp::And)] = int_And;
  t->binary[int(BinaryOp::Or)] = int_Or;
  t->binary[int(BinaryOp::Xor)] = int_Xor;
  add_method(t, "__format__", int_format);
  add_method(t, "bit_length", int_bit_length);

  Type* b = bool_type;
  b->repr = bool_repr;
  b->construct = bool_new;
  b->binary[int(BinaryOp::And)] = bool_and;
  b->binary[int(BinaryOp::Or)] = bool_or;
  b->binary[int(BinaryOp::Xor)] = bool_xor;
  inherit_slots(b);
}

}  // namespace py
