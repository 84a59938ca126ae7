// float: arithmetic mixing with int, repr and formatting from float_repr / format_spec.
#include <cmath>

#include "py/abstract.hpp"
#include "py/float_repr.hpp"
#include "py/format_spec.hpp"
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
}

}  // namespace py
