// float: arithmetic mixing with int, repr and formatting from float_repr / format_spec.
#include <algorithm>
#include <cctype>
#include <cfloat>
#include <cmath>

#include "py/abstract.hpp"
#include "py/float_repr.hpp"
#include "py/format_spec.hpp"
#include "py/native_args.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"

namespace py {

Float::Float(double v) : Object(float_type), value(v) {}
Value make_float(double v) { return make<Float>(v); }

namespace {

Value raise_num(Thread& t, const NumError& e) {
  std::string_view name = e.type;
  Type* type = name == "OverflowError"       ? exc::OverflowError
               : name == "ZeroDivisionError" ? exc::ZeroDivisionError
               : name == "TypeError"         ? exc::TypeError
                                             : exc::ValueError;
  return t.raise(type, e.message);
}

// A float or int operand as a double; false when it isn't a number (NotImplemented).
bool to_double(Thread& t, Object* o, double* out, bool* error) {
  *error = false;
  if (is_float(o)) {
    *out = cast<Float>(o)->value;
    return true;
  }
  if (is_int(o)) {
    Int* i = cast<Int>(o);
    if (!i->is_big) {
      *out = static_cast<double>(i->small);
      return true;
    }
    auto d = i->big.to_double();
    if (!d) {
      raise_num(t, d.error());
      *error = true;
      return false;
    }
    *out = *d;
    return true;
  }
  return false;
}

Value float_binary(Thread& t, BinaryOp op, Object* a, Object* b) {
  if (a->type == float_type && b->type == float_type) {  // the hot case: no conversions
    double p = cast<Float>(a)->value, q = cast<Float>(b)->value;
    switch (op) {
      case BinaryOp::Add: return make_float(p + q);
      case BinaryOp::Sub: return make_float(p - q);
      case BinaryOp::Mul: return make_float(p * q);
      case BinaryOp::TrueDiv:
        if (q != 0.0) return make_float(p / q);
        break;
      default: break;
    }
  }
  double x, y;
  bool err;
  if (!to_double(t, a, &x, &err)) return err ? nullptr : Value::borrow(NotImplemented);
  if (!to_double(t, b, &y, &err)) return err ? nullptr : Value::borrow(NotImplemented);
  NumResult<double> r = 0.0;
  switch (op) {
    case BinaryOp::Add: return make_float(x + y);
    case BinaryOp::Sub: return make_float(x - y);
    case BinaryOp::Mul: return make_float(x * y);
    case BinaryOp::TrueDiv: r = float_truediv(x, y); break;
    case BinaryOp::FloorDiv: r = float_floordiv(x, y); break;
    case BinaryOp::Mod: r = float_mod(x, y); break;
    case BinaryOp::Pow:
      r = float_pow(x, y);
      if (!r && std::string_view(r.error().type) == "complex") {
        return t.raise(exc::NotImplementedError, "complex numbers are not supported yet");
      }
      break;
    default: return Value::borrow(NotImplemented);
  }
  if (!r) return raise_num(t, r.error());
  return make_float(*r);
}

#define FLOAT_OP(name) \
  Value float_##name(Thread& t, Object* a, Object* b) { return float_binary(t, BinaryOp::name, a, b); }
FLOAT_OP(Add) FLOAT_OP(Sub) FLOAT_OP(Mul) FLOAT_OP(TrueDiv) FLOAT_OP(FloorDiv) FLOAT_OP(Mod) FLOAT_OP(Pow)
#undef FLOAT_OP

Value float_compare(Thread& t, Object* a, Object* b, CompareOp op) {
  double x, y;
  bool err;
  if (is_int(a) != is_int(b) && (is_int(a) || is_int(b))) {
    // int vs float compares exactly (2**53 + 1 != float(2**53 + 1)), as CPython does.
    Object* io = is_int(a) ? a : b;
    Object* fo = is_int(a) ? b : a;
    if (is_float(fo) && std::isfinite(cast<Float>(fo)->value)) {
      double f = cast<Float>(fo)->value;
      double whole = std::trunc(f);
      auto fb = BigInt::from_double(whole);
      if (fb) {
        auto ord = cast<Int>(io)->to_big() <=> *fb;
        int c = ord < 0 ? -1 : ord > 0 ? 1 : (f - whole > 0 ? -1 : f - whole < 0 ? 1 : 0);  // sign(int - float)
        if (!is_int(a)) c = -c;  // sign(a - b)
        switch (op) {
          case CompareOp::Lt: return boolean(c < 0);
          case CompareOp::Le: return boolean(c <= 0);
          case CompareOp::Eq: return boolean(c == 0);
          case CompareOp::Ne: return boolean(c != 0);
          case CompareOp::Gt: return boolean(c > 0);
          case CompareOp::Ge: return boolean(c >= 0);
        }
      }
    }
  }
  if (!to_double(t, a, &x, &err)) return err ? nullptr : Value::borrow(NotImplemented);
  if (!to_double(t, b, &y, &err)) return err ? nullptr : Value::borrow(NotImplemented);
  switch (op) {
    case CompareOp::Lt: return boolean(x < y);
    case CompareOp::Le: return boolean(x <= y);
    case CompareOp::Eq: return boolean(x == y);
    case CompareOp::Ne: return boolean(x != y);
    case CompareOp::Gt: return boolean(x > y);
    case CompareOp::Ge: return boolean(x >= y);
  }
  return Value::borrow(NotImplemented);
}

Value float_repr_slot(Thread&, Object* o) { return make_str(float_repr(cast<Float>(o)->value)); }
bool float_hash(Thread&, Object* o, int64_t* out) {
  double v = cast<Float>(o)->value;
  *out = std::isnan(v) ? static_cast<int64_t>(reinterpret_cast<uintptr_t>(o) >> 4) : hash_double(v);
  return true;
}
int float_truth(Thread&, Object* o) { return cast<Float>(o)->value != 0.0; }
Value float_negative(Thread&, Object* o) { return make_float(-cast<Float>(o)->value); }
Value float_positive(Thread&, Object* o) { return make_float(cast<Float>(o)->value); }

Value float_new(Thread& t, Type*, const CallArgs& args) {
  if (args.nkw() || args.nargs > 1) return t.raise(exc::TypeError, "float expected at most 1 argument, got " + std::to_string(args.nargs));
  if (args.nargs == 0) return make_float(0.0);
  Object* x = args.arg(0);
  if (x->type == float_type) return Value::borrow(x);
  if (is_str(x)) {
    auto r = parse_float(cast<Str>(x)->text);
    if (!r) return raise_num(t, r.error());
    return make_float(*r);
  }
  double d;
  bool err;
  if (to_double(t, x, &d, &err)) return make_float(d);
  if (err) return nullptr;
  return t.raise(exc::TypeError, "float() argument must be a string or a real number, not '" + type_name(x) + "'");
}

Value float_format(Thread& t, Object* self, const CallArgs& args) {
  if (args.nargs != 1 || args.arg(0)->type != str_type) return t.raise(exc::TypeError, "format spec must be a str");
  auto r = format_float(cast<Float>(self)->value, cast<Str>(args.arg(0))->text, "float");
  if (!r) return raise_num(t, r.error());
  return make_str(std::move(*r));
}

Value float_is_integer_method(Thread&, Object* self, const CallArgs&) {
  return boolean(float_is_integer(cast<Float>(self)->value));
}


// --- methods and attributes (CPython's float: the numbers.Real interface) -------------------------
// They return plain floats and ints, also for subclass instances.
double value_of(Object* self) { return cast<Float>(self)->value; }

Value int_of(Thread& t, double d) {
  auto r = BigInt::from_double(d);
  if (!r) return raise_num(t, r.error());
  return make_int(std::move(*r));
}

constexpr char kFloatDunder[] = "__float__", kConjugate[] = "float.conjugate";
template <const char* Name, bool Dunder>
Value float_identity(Thread& t, Object* self, const CallArgs& a) {
  if (Dunder ? !no_dunder_args(t, a, Name) : !no_method_args(t, a, Name)) return nullptr;
  return make_float(value_of(self));
}

// __int__, __trunc__, __floor__, __ceil__: the float rounded by `Round`, as an int.
constexpr char kInt[] = "__int__", kTrunc[] = "__trunc__", kFloor[] = "__floor__", kCeil[] = "__ceil__";
template <const char* Name, double (*Round)(double)>
Value float_to_int(Thread& t, Object* self, const CallArgs& a) {
  if (!no_dunder_args(t, a, Name)) return nullptr;
  double d = value_of(self);
  return int_of(t, std::isfinite(d) ? Round(d) : d);
}
double round_trunc(double d) { return std::trunc(d); }
double round_floor(double d) { return std::floor(d); }
double round_ceil(double d) { return std::ceil(d); }

Value float_abs(Thread& t, Object* self, const CallArgs& a) {
  if (!no_dunder_args(t, a, "__abs__")) return nullptr;
  return make_float(std::fabs(value_of(self)));
}

Value float_getnewargs(Thread& t, Object* self, const CallArgs& a) {
  if (!no_dunder_args(t, a, "__getnewargs__")) return nullptr;
  return make_tuple({make_float(value_of(self))});
}

// divmod of two numbers when one is a float; NotImplemented for anything else.
Value float_divmod_values(Thread& t, Object* x, Object* y) {
  double p, q;
  bool err;
  if (!to_double(t, x, &p, &err)) return err ? nullptr : Value::borrow(NotImplemented);
  if (!to_double(t, y, &q, &err)) return err ? nullptr : Value::borrow(NotImplemented);
  auto r = float_divmod(p, q);
  if (!r) return raise_num(t, r.error());
  return make_tuple({make_float(r->first), make_float(r->second)});
}
Value float_divmod_method(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "__divmod__", 1, 1)) return nullptr;
  return float_divmod_values(t, self, a.arg(0));
}
Value float_rdivmod_method(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "__rdivmod__", 1, 1)) return nullptr;
  return float_divmod_values(t, a.arg(0), self);
}

// __pow__ / __rpow__ with pow's optional modulus, which floats refuse.
template <bool Reflected>
Value float_pow_method(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, Reflected ? "__rpow__" : "__pow__", 1, 2)) return nullptr;
  if (a.nargs > 1 && a.arg(1) != None) {
    return t.raise(exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  }
  return Reflected ? float_binary(t, BinaryOp::Pow, a.arg(0), self) : float_binary(t, BinaryOp::Pow, self, a.arg(0));
}

// as_integer_ratio: doubling until the float is whole gives the ratio in lowest terms.
Value float_as_integer_ratio(Thread& t, Object* self, const CallArgs& a) {
  if (!no_method_args(t, a, "float.as_integer_ratio")) return nullptr;
  double d = value_of(self);
  if (std::isnan(d)) return t.raise(exc::ValueError, "cannot convert NaN to integer ratio");
  if (std::isinf(d)) return t.raise(exc::OverflowError, "cannot convert Infinity to integer ratio");
  int exp = 0;
  double m = std::frexp(d, &exp);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --exp;
  }
  auto num = BigInt::from_double(m);
  if (!num) return raise_num(t, num.error());
  BigInt den(1);
  auto scaled = exp > 0 ? num->shl(exp) : den.shl(-exp);
  if (!scaled) return raise_num(t, scaled.error());
  if (exp > 0) return make_tuple({make_int(std::move(*scaled)), make_int(1)});
  return make_tuple({make_int(std::move(*num)), make_int(std::move(*scaled))});
}

// float.hex(): CPython's format, "0x1.8000000000000p+0": one leading digit, 13 fraction digits.
Value float_hex(Thread& t, Object* self, const CallArgs& a) {
  if (!no_method_args(t, a, "float.hex")) return nullptr;
  double x = value_of(self);
  if (std::isnan(x) || std::isinf(x)) return make_str(float_repr(x));
  if (x == 0.0) return make_str(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e = 0;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);  // subnormals keep a leading 0
  m = std::ldexp(m, shift);
  e -= shift;
  static const char digits[] = "0123456789abcdef";
  std::string s = std::signbit(x) ? "-0x" : "0x";
  s += digits[static_cast<int>(m)];
  m -= static_cast<int>(m);
  s += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    s += digits[static_cast<int>(m)];
    m -= static_cast<int>(m);
  }
  s += e < 0 ? "p-" : "p+";
  s += std::to_string(e < 0 ? -e : e);
  return make_str(std::move(s));
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
bool equals_lower(std::string_view s, std::string_view word) {
  if (s.size() != word.size()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != word[i]) return false;
  }
  return true;
}

// The value of `[sign] ['0x'] digits ['.' digits] ['p' [sign] decimal]`, correctly rounded (half
// to even), or the ValueError / OverflowError CPython's float.fromhex raises.
NumResult<double> parse_hex_float(std::string_view s) {
  const NumError invalid{"ValueError", "invalid hexadecimal floating-point string"};
  auto is_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (equals_lower(s, "inf") || equals_lower(s, "infinity")) return negative ? -HUGE_VAL : HUGE_VAL;
  if (equals_lower(s, "nan")) return negative ? -NAN : NAN;
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s.remove_prefix(2);
  std::string mantissa;  // all hex digits, the point removed
  int64_t fraction_digits = 0;
  size_t i = 0;
  while (i < s.size() && hex_digit(s[i]) >= 0) mantissa += s[i++];
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && hex_digit(s[i]) >= 0) {
      mantissa += s[i++];
      ++fraction_digits;
    }
  }
  if (mantissa.empty()) return invalid;
  int64_t exp = 0;
  if (i < s.size() && (s[i] == 'p' || s[i] == 'P')) {
    ++i;
    bool exp_negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
    if (i == s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return invalid;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
      if (exp < (int64_t{1} << 40)) exp = exp * 10 + (s[i] - '0');  // saturates: far beyond any double
      ++i;
    }
    if (exp_negative) exp = -exp;
  }
  if (i != s.size()) return invalid;
  auto m = BigInt::parse(mantissa, 16, 1 << 30);
  if (!m) return invalid;
  if (m->is_zero()) return negative ? -0.0 : 0.0;
  exp -= 4 * fraction_digits;                      // value = m * 2**exp
  int64_t top = static_cast<int64_t>(m->bit_length()) + exp;  // value < 2**top
  const NumError overflow{"OverflowError", "hexadecimal value too large to represent as a float"};
  if (top > DBL_MAX_EXP) return overflow;
  if (top <= DBL_MIN_EXP - DBL_MANT_DIG - 1) return negative ? -0.0 : 0.0;  // below half the least subnormal
  int64_t lsb = std::max<int64_t>(top - DBL_MANT_DIG, DBL_MIN_EXP - DBL_MANT_DIG);  // weight of the last kept bit
  BigInt kept = *m;
  if (lsb > exp) {
    int64_t dropped = lsb - exp;
    auto q = m->shr(dropped);
    auto back = q->shl(dropped);
    auto half = BigInt(1).shl(dropped - 1);
    BigInt rest = *m - *back;
    kept = *q;
    auto order = rest <=> *half;
    if (order > 0 || (order == 0 && kept.is_odd())) kept += BigInt(1);
    exp = lsb;
  }
  auto k = kept.to_double();  // at most 54 bits: exact
  if (!k) return overflow;
  double r = std::ldexp(*k, static_cast<int>(exp));
  if (std::isinf(r)) return overflow;
  return negative ? -r : r;
}

// float.fromhex(string), a classmethod: a subclass gets cls(value).
Value float_fromhex(Thread& t, Object*, const CallArgs& a) {
  Object* cls = a.arg(0);
  if (a.nkw()) return t.raise(exc::TypeError, "float.fromhex() takes no keyword arguments");
  if (a.nargs != 2) {
    return t.raise(exc::TypeError, "float.fromhex() takes exactly one argument (" + std::to_string(a.nargs - 1) + " given)");
  }
  if (!is_str(a.arg(1))) return t.raise(exc::TypeError, "bad argument type for built-in operation");
  auto r = parse_hex_float(cast<Str>(a.arg(1))->text);
  if (!r) return raise_num(t, r.error());
  Value f = make_float(*r);
  if (cls == float_type) return f;
  return call1(t, cls, f.get());
}

// float.__getformat__(typestr), a classmethod: this build's doubles are IEEE little-endian.
Value float_getformat(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "__getformat__", 2, 2)) return nullptr;
  Object* what = a.arg(1);
  if (!is_str(what)) return t.raise(exc::TypeError, "__getformat__() argument must be str, not " + type_name(what));
  const std::string& s = cast<Str>(what)->text;
  if (s != "double" && s != "float") return t.raise(exc::ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return make_str("IEEE, little-endian");
}

// Data attributes (property getters: the instance is the argument).
Value float_real(Thread&, Object*, const CallArgs& a) { return make_float(value_of(a.arg(0))); }
Value float_imag(Thread&, Object*, const CallArgs&) { return make_float(0.0); }
}  // namespace

// round(float, ndigits) for the round() builtin.
Value float_round(Thread& t, double x, Object* ndigits) {
  if (!ndigits || ndigits == None) {
    auto r = round_double_to_int(x);
    if (!r) return raise_num(t, r.error());
    return make_int(std::move(*r));
  }
  int64_t n;
  if (!as_index(t, ndigits, &n)) return nullptr;
  auto r = round_double(x, n);
  if (!r) return raise_num(t, r.error());
  return make_float(*r);
}

namespace {
// float.__round__(ndigits=None)
Value float_round_method(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "__round__", 0, 1)) return nullptr;
  return float_round(t, value_of(self), a.nargs ? a.arg(0) : nullptr);
}
}  // namespace

Value make_classmethod(Value f);  // class_object.cpp
Value make_native_attribute(Type* owner, const char* name, NativeFn fget);  // class_object.cpp

// real/imag, fromhex and __getformat__ need the property and classmethod types, which exist
// only after init_class_types.
void init_float_descriptors() {
  Type* t = float_type;
  auto set = [t](const char* name, Value v) { add_type_attribute(t, name, std::move(v)); };
  set("real", make_native_attribute(t, "real", float_real));
  set("imag", make_native_attribute(t, "imag", float_imag));
  set("fromhex", make_classmethod(make<BuiltinFunction>("fromhex", float_fromhex)));
  set("__getformat__", make_classmethod(make<BuiltinFunction>("__getformat__", float_getformat)));
}

void init_float_type() {
  Type* t = float_type;
  t->repr = float_repr_slot;
  t->hash = float_hash;
  t->truth = float_truth;
  t->compare = float_compare;
  t->negative = float_negative;
  t->positive = float_positive;
  t->construct = float_new;
  t->binary[int(BinaryOp::Add)] = float_Add;
  t->binary[int(BinaryOp::Sub)] = float_Sub;
  t->binary[int(BinaryOp::Mul)] = float_Mul;
  t->binary[int(BinaryOp::TrueDiv)] = float_TrueDiv;
  t->binary[int(BinaryOp::FloorDiv)] = float_FloorDiv;
  t->binary[int(BinaryOp::Mod)] = float_Mod;
  t->binary[int(BinaryOp::Pow)] = float_Pow;
  add_method(t, "__format__", float_format);
  add_method(t, "is_integer", float_is_integer_method);
  add_method(t, "as_integer_ratio", float_as_integer_ratio);
  add_method(t, "hex", float_hex);
  add_method(t, "conjugate", float_identity<kConjugate, false>);
  add_method(t, "__float__", float_identity<kFloatDunder, true>);
  add_method(t, "__int__", float_to_int<kInt, round_trunc>);
  add_method(t, "__trunc__", float_to_int<kTrunc, round_trunc>);
  add_method(t, "__floor__", float_to_int<kFloor, round_floor>);
  add_method(t, "__ceil__", float_to_int<kCeil, round_ceil>);
  add_method(t, "__abs__", float_abs);
  add_method(t, "__getnewargs__", float_getnewargs);
  add_method(t, "__round__", float_round_method);
  add_method(t, "__divmod__", float_divmod_method);
  add_method(t, "__rdivmod__", float_rdivmod_method);
  add_method(t, "__pow__", float_pow_method<false>);  // before the slot methods: pow's modulus
  add_method(t, "__rpow__", float_pow_method<true>);
}

}  // namespace py
