// int and bool: int64 fast paths, BigInt on overflow, CPython's messages.
#include <algorithm>

#include "py/abstract.hpp"
#include "py/bytes_object.hpp"
#include "py/float_repr.hpp"
#include "py/format_spec.hpp"
#include "py/native_args.hpp"
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
template <BinaryOp Op, bool Reflected>
Value bool_method(Thread& t, Object* self, const CallArgs& a) {
  static const char* names[] = {"__and__", "__or__", "__xor__"};
  const char* name = Op == BinaryOp::And ? names[0] : Op == BinaryOp::Or ? names[1] : names[2];
  if (!positional_args(t, a, name, 1, 1)) return nullptr;
  return Reflected ? bool_logic(t, Op, a.arg(0), self) : bool_logic(t, Op, self, a.arg(0));
}

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


// --- methods and attributes (CPython's int: the numbers.Integral interface) -----------------------
// The methods below return plain ints, also for bool and subclass instances (True.real is 1).
Value plain_int(Thread& t, Object* self) { return int_positive(t, self); }

// __int__, __index__, __trunc__, __floor__, __ceil__ and conjugate all give int(self).
template <const char* Name, bool Dunder>
Value int_identity(Thread& t, Object* self, const CallArgs& a) {
  if (Dunder ? !no_dunder_args(t, a, Name) : !no_method_args(t, a, Name)) return nullptr;
  return plain_int(t, self);
}
constexpr char kInt[] = "__int__", kIndex[] = "__index__", kTrunc[] = "__trunc__", kFloor[] = "__floor__",
               kCeil[] = "__ceil__", kConjugate[] = "int.conjugate";

Value int_abs(Thread& t, Object* self, const CallArgs& a) {
  if (!no_dunder_args(t, a, "__abs__")) return nullptr;
  Int* i = as_int(self);
  if (!i->is_big && i->small >= 0) return make_int(i->small);
  if (!i->is_big && i->small != INT64_MIN) return make_int(-i->small);
  return make_int(i->to_big().abs());
}

Value int_float(Thread& t, Object* self, const CallArgs& a) {
  if (!no_dunder_args(t, a, "__float__")) return nullptr;
  Int* i = as_int(self);
  if (!i->is_big) return make_float(static_cast<double>(i->small));
  auto d = i->big.to_double();
  if (!d) return raise_num(t, d.error());
  return make_float(*d);
}

Value int_getnewargs(Thread& t, Object* self, const CallArgs& a) {
  if (!no_dunder_args(t, a, "__getnewargs__")) return nullptr;
  Value v = plain_int(t, self);
  return make_tuple({v});
}

// __round__(ndigits): unchanged for ndigits >= 0, else half-to-even at 10**-ndigits.
Value int_round(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "__round__", 0, 1)) return nullptr;
  if (a.nargs == 0) return plain_int(t, self);
  int64_t n;
  if (!as_index(t, a.arg(0), &n)) return nullptr;
  if (n >= 0) return plain_int(t, self);
  return make_int(as_int(self)->to_big().round_digits(n));
}

// divmod(self, other) / divmod(other, self) for two ints; NotImplemented for anything else.
Value int_divmod_values(Thread& t, Object* x, Object* y) {
  if (!is_int(x) || !is_int(y)) return Value::borrow(NotImplemented);
  auto r = BigInt::divmod(as_int(x)->to_big(), as_int(y)->to_big());
  if (!r) return raise_num(t, r.error());
  return make_tuple({make_int(std::move(r->first)), make_int(std::move(r->second))});
}
Value int_divmod(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "__divmod__", 1, 1)) return nullptr;
  return int_divmod_values(t, self, a.arg(0));
}
Value int_rdivmod(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "__rdivmod__", 1, 1)) return nullptr;
  return int_divmod_values(t, a.arg(0), self);
}

// pow(base, exp, mod) for __pow__ / __rpow__ with their optional third argument.
Value int_pow_values(Thread& t, Object* base, Object* exp, Object* mod) {
  if (!mod || mod == None) return int_binary(t, BinaryOp::Pow, base, exp);
  if (!is_int(base) || !is_int(exp) || !is_int(mod)) return Value::borrow(NotImplemented);
  return big_result(t, BigInt::pow_mod(as_int(base)->to_big(), as_int(exp)->to_big(), as_int(mod)->to_big()));
}
Value int_pow(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "__pow__", 1, 2)) return nullptr;
  return int_pow_values(t, self, a.arg(0), a.nargs > 1 ? a.arg(1) : nullptr);
}
Value int_rpow(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "__rpow__", 1, 2)) return nullptr;
  return int_pow_values(t, a.arg(0), self, a.nargs > 1 ? a.arg(1) : nullptr);
}

Value int_bit_count(Thread& t, Object* self, const CallArgs& a) {
  if (!no_method_args(t, a, "int.bit_count")) return nullptr;
  Int* i = as_int(self);
  if (!i->is_big) {
    uint64_t m = i->small < 0 ? 0 - static_cast<uint64_t>(i->small) : static_cast<uint64_t>(i->small);
    return make_int(static_cast<int64_t>(__builtin_popcountll(m)));
  }
  int64_t n = 0;
  for (BigInt::Limb limb : i->big.limbs()) n += __builtin_popcount(limb);
  return make_int(n);
}

Value int_as_integer_ratio(Thread& t, Object* self, const CallArgs& a) {
  if (!no_method_args(t, a, "int.as_integer_ratio")) return nullptr;
  Value n = plain_int(t, self);
  return make_tuple({n, make_int(1)});
}

// --- to_bytes / from_bytes ------------------------------------------------------------------------
// Parses (length, byteorder, *, signed) as CPython's Argument Clinic does; `first` names the
// first positional parameter ("length" or "bytes").
bool parse_bytes_args(Thread& t, const CallArgs& a, const char* fname, const char* first, Object** out) {
  if (a.nargs > 2) {
    t.raise(exc::TypeError, std::string(fname) + "() takes at most 2 positional arguments (" + std::to_string(a.nargs) + " given)");
    return false;
  }
  const char* names[] = {first, "byteorder", "signed"};
  for (size_t i = 0; i < 3; ++i) out[i] = i < a.nargs ? a.arg(i) : nullptr;
  for (size_t k = 0; k < a.nkw(); ++k) {
    const std::string& key = cast<Str>(a.kwnames->items[k].get())->text;
    size_t i = 0;
    while (i < 3 && key != names[i]) ++i;
    if (i == 3) {
      t.raise(exc::TypeError, "'" + key + "' is an invalid keyword argument for " + fname + "()");
      return false;
    }
    if (i < a.nargs) {
      t.raise(exc::TypeError, std::string("argument for ") + fname + "() given by name ('" + key + "') and position (" +
                                  std::to_string(i + 1) + ")");
      return false;
    }
    out[i] = a.kwvalue(k);
  }
  return true;
}

// byteorder: "little" or "big" (the default); sets *little.
bool parse_byteorder(Thread& t, Object* o, const char* fname, bool* little) {
  *little = false;
  if (!o) return true;
  if (!is_str(o)) {
    t.raise(exc::TypeError, std::string(fname) + "() argument 'byteorder' must be str, not " + type_name(o));
    return false;
  }
  const std::string& s = cast<Str>(o)->text;
  if (s == "little" || s == "big") {
    *little = s == "little";
    return true;
  }
  t.raise(exc::ValueError, "byteorder must be either 'little' or 'big'");
  return false;
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
Value int_to_bytes(Thread& t, Object* self, const CallArgs& a) {
  Object* args[3];
  if (!parse_bytes_args(t, a, "to_bytes", "length", args)) return nullptr;
  int64_t length = 1;
  if (args[0] && !as_index(t, args[0], &length)) return nullptr;
  bool little;
  if (!parse_byteorder(t, args[1], "to_bytes", &little)) return nullptr;
  int is_signed = args[2] ? truth(t, args[2]) : 0;
  if (is_signed < 0) return nullptr;
  if (length < 0) return t.raise(exc::ValueError, "length argument must be non-negative");
  BigInt v = as_int(self)->to_big();
  if (v.is_negative() && !is_signed) return t.raise(exc::OverflowError, "can't convert negative int to unsigned");
  // The bits the value needs: a signed value keeps one more for its sign (CPython lets -1 fit
  // in zero bytes, as 0 does).
  uint64_t needed = v.is_negative() ? ((~v).is_zero() ? 0 : (~v).bit_length() + 1)
                                    : v.bit_length() + (is_signed && !v.is_zero() ? 1 : 0);
  if (needed > static_cast<uint64_t>(length) * 8) return t.raise(exc::OverflowError, "int too big to convert");
  if (v.is_negative()) {  // two's complement: v + 2**(8 * length)
    auto wrap = BigInt(1).shl(length * 8);
    if (!wrap) return raise_num(t, wrap.error());
    v = v + *wrap;
  }
  std::string out(static_cast<size_t>(length), '\0');
  size_t pos = 0;  // little-endian byte index
  for (BigInt::Limb limb : v.limbs()) {
    for (int b = 0; b < 4 && pos < out.size(); ++b, ++pos) out[pos] = static_cast<char>((limb >> (8 * b)) & 0xff);
  }
  if (!little) std::reverse(out.begin(), out.end());
  return make_bytes(std::move(out));
}

// int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod: a subclass gets cls(n).
Value int_from_bytes(Thread& t, Object*, const CallArgs& full) {
  Object* cls = full.arg(0);
  CallArgs a{full.args + 1, full.nargs - 1, full.kwnames};
  Object* args[3];
  if (!parse_bytes_args(t, a, "from_bytes", "bytes", args)) return nullptr;
  if (!args[0]) return t.raise(exc::TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  bool little;
  if (!parse_byteorder(t, args[1], "from_bytes", &little)) return nullptr;
  int is_signed = args[2] ? truth(t, args[2]) : 0;
  if (is_signed < 0) return nullptr;
  Value data = Value::borrow(args[0]);
  if (!is_bytes_like(data.get())) {  // any iterable of byte values, as bytes(x) takes it
    if (is_int(data.get()) || is_str(data.get())) {
      return t.raise(exc::TypeError, "cannot convert '" + type_name(data.get()) + "' object to bytes");
    }
    data = call1(t, bytes_type(), data.get());
    if (!data) return nullptr;
  }
  std::string bytes = cast<Bytes>(data.get())->data;
  if (!little) std::reverse(bytes.begin(), bytes.end());
  std::vector<BigInt::Limb> limbs((bytes.size() + 3) / 4, 0);
  for (size_t i = 0; i < bytes.size(); ++i) limbs[i / 4] |= static_cast<BigInt::Limb>(static_cast<uint8_t>(bytes[i])) << (8 * (i % 4));
  BigInt v = BigInt::from_limbs(std::move(limbs));
  if (is_signed && !bytes.empty() && (static_cast<uint8_t>(bytes.back()) & 0x80)) {
    auto wrap = BigInt(1).shl(static_cast<int64_t>(bytes.size()) * 8);
    if (!wrap) return raise_num(t, wrap.error());
    v = v - *wrap;
  }
  Value n = make_int(std::move(v));
  if (cls == int_type) return n;
  return call1(t, cls, n.get());
}

// Data attributes (property getters: the instance is the argument).
Value int_real(Thread& t, Object*, const CallArgs& a) { return plain_int(t, a.arg(0)); }
Value int_imag(Thread&, Object*, const CallArgs&) { return make_int(0); }
Value int_denominator(Thread&, Object*, const CallArgs&) { return make_int(1); }

}  // namespace

Value make_classmethod(Value f);  // class_object.cpp
Value make_native_attribute(Type* owner, const char* name, NativeFn fget);  // class_object.cpp

// real/imag/numerator/denominator and from_bytes need the property and classmethod types,
// which exist only after init_class_types.
void init_int_descriptors() {
  Type* t = int_type;
  auto set = [t](const char* name, Value v) { add_type_attribute(t, name, std::move(v)); };
  set("real", make_native_attribute(t, "real", int_real));
  set("numerator", make_native_attribute(t, "numerator", int_real));
  set("imag", make_native_attribute(t, "imag", int_imag));
  set("denominator", make_native_attribute(t, "denominator", int_denominator));
  set("from_bytes", make_classmethod(make<BuiltinFunction>("from_bytes", int_from_bytes)));
}

namespace {
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
  add_method(t, "bit_count", int_bit_count);
  add_method(t, "as_integer_ratio", int_as_integer_ratio);
  add_method(t, "to_bytes", int_to_bytes);
  add_method(t, "conjugate", int_identity<kConjugate, false>);
  add_method(t, "__int__", int_identity<kInt, true>);
  add_method(t, "__index__", int_identity<kIndex, true>);
  add_method(t, "__trunc__", int_identity<kTrunc, true>);
  add_method(t, "__floor__", int_identity<kFloor, true>);
  add_method(t, "__ceil__", int_identity<kCeil, true>);
  add_method(t, "__abs__", int_abs);
  add_method(t, "__float__", int_float);
  add_method(t, "__getnewargs__", int_getnewargs);
  add_method(t, "__round__", int_round);
  add_method(t, "__divmod__", int_divmod);
  add_method(t, "__rdivmod__", int_rdivmod);
  add_method(t, "__pow__", int_pow);    // before the slot methods: these take pow's modulus
  add_method(t, "__rpow__", int_rpow);

  Type* b = bool_type;
  b->repr = bool_repr;
  b->construct = bool_new;
  b->binary[int(BinaryOp::And)] = bool_and;
  b->binary[int(BinaryOp::Or)] = bool_or;
  b->binary[int(BinaryOp::Xor)] = bool_xor;
  // bool's own &, |, ^ methods (True.__and__(False) is False, not int's 0).
  add_method(b, "__and__", bool_method<BinaryOp::And, false>);
  add_method(b, "__rand__", bool_method<BinaryOp::And, true>);
  add_method(b, "__or__", bool_method<BinaryOp::Or, false>);
  add_method(b, "__ror__", bool_method<BinaryOp::Or, true>);
  add_method(b, "__xor__", bool_method<BinaryOp::Xor, false>);
  add_method(b, "__rxor__", bool_method<BinaryOp::Xor, true>);
  inherit_slots(b);
}

}  // namespace py
