// The rest of CPython 3.11's math module: inverse/hyperbolic functions, special functions,
// float decomposition, exact summation (fsum), integer combinatorics over BigInt, with
// CPython's results and error types/messages. build_math (modules.cpp) calls add_math_functions.
#include <cfloat>
#include <climits>
#include <cmath>

#include "py/abstract.hpp"
#include "py/native_args.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"

namespace py {

bool real_as_double(Thread& t, Object* o, double* out) {
  if (is_float(o)) {
    *out = cast<Float>(o)->value;
    return true;
  }
  if (is_int(o)) {
    auto d = cast<Int>(o)->to_big().to_double();
    if (!d) {
      t.raise(exc::OverflowError, d.error().message);
      return false;
    }
    *out = *d;
    return true;
  }
  t.raise(exc::TypeError, "must be real number, not " + type_name(o));
  return false;
}

namespace {

Value domain_error(Thread& t) { return t.raise(exc::ValueError, "math domain error"); }
Value range_error(Thread& t) { return t.raise(exc::OverflowError, "math range error"); }
Value not_integer(Thread& t, Object* o) {
  return t.raise(exc::TypeError, "'" + type_name(o) + "' object cannot be interpreted as an integer");
}

// float(o) as the new math functions take it: real_as_double, after objects with
// __float__ or __index__, else TypeError.
bool to_double(Thread& t, Object* o, double* out) {
  if (!is_float(o) && !is_int(o)) {
    if (o->type->lookup("__float__")) {
      Value f = call_method(t, o, "__float__");
      if (!f) return false;
      if (!is_float(f.get())) {
        t.raise(exc::TypeError, type_name(o) + ".__float__ returned non-float (type " + type_name(f.get()) + ")");
        return false;
      }
      *out = cast<Float>(f.get())->value;
      return true;
    }
    if (o->type->lookup("__index__")) {
      Value i = call_method(t, o, "__index__");
      return i && to_double(t, i.get(), out);
    }
  }
  return real_as_double(t, o, out);
}

bool one_arg(Thread& t, const CallArgs& a, const char* qualname) {
  if (a.nkw()) {
    t.raise(exc::TypeError, std::string(qualname) + " takes no keyword arguments");
    return false;
  }
  if (a.nargs == 1) return true;
  t.raise(exc::TypeError, std::string(qualname) + " takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  return false;
}

bool two_doubles(Thread& t, const CallArgs& a, const char* name, double* x, double* y) {
  return positional_args(t, a, name, 2, 2) && to_double(t, a.arg(0), x) && to_double(t, a.arg(1), y);
}

// CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite input is
// an overflow when the function can overflow (exp-like), else a domain error (pole: atanh(1)).
template <const char* Name, double (*F)(double), bool CanOverflow>
Value math_1(Thread& t, Object*, const CallArgs& a) {
  double x;
  if (!one_arg(t, a, Name) || !to_double(t, a.arg(0), &x)) return nullptr;
  double r = F(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(t);
  if (std::isinf(r) && std::isfinite(x)) return CanOverflow ? range_error(t) : domain_error(t);
  return make_float(r);
}

double d_acos(double x) { return std::acos(x); }
double d_asin(double x) { return std::asin(x); }
double d_atan(double x) { return std::atan(x); }
double d_acosh(double x) { return std::acosh(x); }
double d_asinh(double x) { return std::asinh(x); }
double d_atanh(double x) { return std::atanh(x); }
double d_cosh(double x) { return std::cosh(x); }
double d_sinh(double x) { return std::sinh(x); }
double d_tanh(double x) { return std::tanh(x); }
double d_cbrt(double x) { return std::cbrt(x); }
double d_erf(double x) { return std::erf(x); }
double d_erfc(double x) { return std::erfc(x); }
double d_exp2(double x) { return std::exp2(x); }
double d_expm1(double x) { return std::expm1(x); }
double d_log1p(double x) { return x == -1.0 ? -HUGE_VAL : std::log1p(x); }
// gamma/lgamma: CPython computes these itself (a Lanczos approximation, g = 6.0246800407767296,
// N = 13, in Boost's rational form), not with libm, so the same algorithm gives its exact
// digits. Poles at 0 and the negative integers are domain errors; overflow is a range error.
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
// Coefficients of x(x+1)...(x+11), lowest power first.
constexpr double kLanczosDen[] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
                                  2637558.0, 357423.0,   32670.0,     1925.0,      66.0,        1.0};
constexpr int kLanczosN = 13;
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

// The rational sum, evaluated in whichever direction keeps it accurate for x.
double lanczos_sum(double x) {
  double num = 0, den = 0;
  if (x < 5.0) {
    for (int i = kLanczosN - 1; i >= 0; --i) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; ++i) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}
// sin(pi * x) without the error of multiplying by an inexact pi for large x.
double sin_pi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  double r;
  switch (static_cast<int>(std::round(2.0 * y))) {
    case 0: r = std::sin(M_PI * y); break;
    case 1: r = std::cos(M_PI * (y - 0.5)); break;
    case 2: r = std::sin(M_PI * (1.0 - y)); break;
    case 3: r = -std::cos(M_PI * (y - 1.5)); break;
    default: r = std::sin(M_PI * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}
bool is_pole(double x) { return x <= 0 && std::floor(x) == x; }
double d_gamma(double x) {
  if (std::isnan(x) || x == HUGE_VAL) return x;
  if (x == -HUGE_VAL || is_pole(x)) return NAN;
  if (std::floor(x) == x && x <= 23) {  // exact factorials
    double f = 1;
    for (int i = 2; i < static_cast<int>(x); ++i) f *= i;
    return f;
  }
  double ax = std::fabs(x);
  if (ax < 1e-20) return 1.0 / x;
  if (ax > 200.0) return x < 0 ? 0.0 / sin_pi(x) : HUGE_VAL;
  double y = ax + kLanczosGMinusHalf;
  // z: the rounding error of y, fed back into the result.
  double z = ax > kLanczosGMinusHalf ? (y - ax) - kLanczosGMinusHalf : (y - kLanczosGMinusHalf) - ax;
  z = z * kLanczosG / y;
  double r;
  if (x < 0) {
    r = -M_PI / sin_pi(ax) / ax * std::exp(y) / lanczos_sum(ax);
    r -= z * r;
    if (ax < 140.0) {
      r /= std::pow(y, ax - 0.5);
    } else {  // two half powers, so the intermediate does not overflow
      double half = std::pow(y, ax / 2.0 - 0.25);
      r /= half;
      r /= half;
    }
  } else {
    r = lanczos_sum(ax) / std::exp(y);
    r += z * r;
    if (ax < 140.0) {
      r *= std::pow(y, ax - 0.5);
    } else {
      double half = std::pow(y, ax / 2.0 - 0.25);
      r *= half;
      r *= half;
    }
  }
  return r;
}
double d_lgamma(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return HUGE_VAL;
  if (is_pole(x)) return NAN;
  if (std::floor(x) == x && x <= 2.0) return 0.0;  // lgamma(1) == lgamma(2) == 0 exactly
  double ax = std::fabs(x);
  if (ax < 1e-20) return -std::log(ax);
  double r = std::log(lanczos_sum(ax)) - kLanczosG;
  r += (ax - 0.5) * (std::log(ax + kLanczosG - 0.5) - 1);
  if (x < 0) r = kLogPi - std::log(std::fabs(sin_pi(ax))) - std::log(ax) - r;  // reflection
  return r;
}

#define MATH_NAME(n) constexpr char k_##n[] = "math." #n "()";
MATH_NAME(acos) MATH_NAME(asin) MATH_NAME(atan) MATH_NAME(acosh) MATH_NAME(asinh) MATH_NAME(atanh)
MATH_NAME(cosh) MATH_NAME(sinh) MATH_NAME(tanh) MATH_NAME(cbrt) MATH_NAME(erf) MATH_NAME(erfc)
MATH_NAME(exp2) MATH_NAME(expm1) MATH_NAME(log1p) MATH_NAME(gamma) MATH_NAME(lgamma)
MATH_NAME(degrees) MATH_NAME(radians) MATH_NAME(isfinite) MATH_NAME(isinf) MATH_NAME(isnan)
MATH_NAME(frexp) MATH_NAME(modf) MATH_NAME(ulp) MATH_NAME(isqrt)
#undef MATH_NAME

// degrees/radians: a plain product, overflowing to inf without an error like CPython's. (The
// factor comes from a function: clang 14, em++'s, takes no double template arguments.)
template <const char* Name, double (*Factor)()>
Value math_scale(Thread& t, Object*, const CallArgs& a) {
  double x;
  if (!one_arg(t, a, Name) || !to_double(t, a.arg(0), &x)) return nullptr;
  return make_float(x * Factor());
}
double degrees_per_radian() { return 180.0 / M_PI; }
double radians_per_degree() { return M_PI / 180.0; }

template <const char* Name, bool (*Test)(double)>
Value math_test(Thread& t, Object*, const CallArgs& a) {
  double x;
  if (!one_arg(t, a, Name) || !to_double(t, a.arg(0), &x)) return nullptr;
  return boolean(Test(x));
}
bool t_isfinite(double x) { return std::isfinite(x); }
bool t_isinf(double x) { return std::isinf(x); }
bool t_isnan(double x) { return std::isnan(x); }

Value math_atan2(Thread& t, Object*, const CallArgs& a) {
  double y, x;
  if (!two_doubles(t, a, "atan2", &y, &x)) return nullptr;
  return make_float(std::atan2(y, x));
}
Value math_copysign(Thread& t, Object*, const CallArgs& a) {
  double x, y;
  if (!two_doubles(t, a, "copysign", &x, &y)) return nullptr;
  return make_float(std::copysign(x, y));
}
Value math_fmod(Thread& t, Object*, const CallArgs& a) {
  double x, y;
  if (!two_doubles(t, a, "fmod", &x, &y)) return nullptr;
  if (std::isinf(y) && std::isfinite(x)) return make_float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(t);
  return make_float(r);
}
Value math_remainder(Thread& t, Object*, const CallArgs& a) {
  double x, y;
  if (!two_doubles(t, a, "remainder", &x, &y)) return nullptr;
  double r = std::remainder(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(t);
  return make_float(r);
}
Value math_nextafter(Thread& t, Object*, const CallArgs& a) {
  double x, y;
  if (!two_doubles(t, a, "nextafter", &x, &y)) return nullptr;
  return make_float(std::nextafter(x, y));
}
Value math_ulp(Thread& t, Object*, const CallArgs& a) {
  double x;
  if (!one_arg(t, a, k_ulp) || !to_double(t, a.arg(0), &x)) return nullptr;
  if (std::isnan(x)) return make_float(x);
  x = std::fabs(x);
  if (std::isinf(x)) return make_float(x);
  if (x == DBL_MAX) return make_float(x - std::nextafter(x, 0.0));
  return make_float(std::nextafter(x, HUGE_VAL) - x);
}
Value math_ldexp(Thread& t, Object*, const CallArgs& a) {
  double x;
  if (!positional_args(t, a, "ldexp", 2, 2) || !to_double(t, a.arg(0), &x)) return nullptr;
  if (!is_int(a.arg(1))) return t.raise(exc::TypeError, "Expected an int as second argument to ldexp.");
  BigInt e = cast<Int>(a.arg(1))->to_big();
  // Exponents beyond int range saturate: the result is 0 or an overflow either way.
  int exp = e > BigInt(INT_MAX) ? INT_MAX : e < BigInt(INT_MIN) ? INT_MIN : static_cast<int>(*e.to_int64());
  if (x == 0 || !std::isfinite(x)) return make_float(x);
  double r = std::ldexp(x, exp);
  if (std::isinf(r)) return range_error(t);
  return make_float(r);
}
Value math_frexp(Thread& t, Object*, const CallArgs& a) {
  double x;
  if (!one_arg(t, a, k_frexp) || !to_double(t, a.arg(0), &x)) return nullptr;
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
  return make_tuple({make_float(m), make_int(e)});
}
Value math_modf(Thread& t, Object*, const CallArgs& a) {
  double x;
  if (!one_arg(t, a, k_modf) || !to_double(t, a.arg(0), &x)) return nullptr;
  if (std::isinf(x)) return make_tuple({make_float(std::copysign(0.0, x)), make_float(x)});
  double ip;
  double frac = std::modf(x, &ip);
  return make_tuple({make_float(frac), make_float(ip)});
}

// --- fsum: Shewchuk's exact partials (non-overlapping, increasing magnitude), then the
// correctly rounded sum of them, with CPython's special-value and overflow rules.
Value math_fsum(Thread& t, Object*, const CallArgs& a) {
  if (!one_arg(t, a, "math.fsum()")) return nullptr;
  std::vector<Value> items;
  if (!collect(t, a.arg(0), &items)) return nullptr;
  std::vector<double> partials;
  double special_sum = 0, inf_sum = 0;
  for (const Value& item : items) {
    double x;
    if (!to_double(t, item.get(), &x)) return nullptr;
    double original = x;
    size_t kept = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0) partials[kept++] = lo;
      x = hi;
    }
    partials.resize(kept);
    if (x == 0) continue;
    if (std::isfinite(x)) {
      partials.push_back(x);
      continue;
    }
    // A non-finite running sum: an overflow of finite inputs, or an inf/nan input.
    if (std::isfinite(original)) return t.raise(exc::OverflowError, "intermediate overflow in fsum");
    if (std::isinf(original)) inf_sum += original;
    special_sum += original;
    partials.clear();
  }
  if (special_sum != 0) {
    if (std::isnan(inf_sum)) return t.raise(exc::ValueError, "-inf + inf in fsum");
    return make_float(special_sum);
  }
  double hi = 0, lo = 0;
  size_t n = partials.size();
  if (n > 0) {
    hi = partials[--n];
    // Add from the top while the sum stays exact.
    while (n > 0) {
      double x = hi, y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0) break;
    }
    // Half-way case: the rest of the partials break the tie of rounding hi + lo.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double y = lo * 2, x = hi + y;
      if (y == x - hi) hi = x;
    }
  }
  return make_float(hi);
}

// --- dist: CPython's vector_norm (scaled by a power of two, squares summed in double-length
// arithmetic, one correction step of the square root), so results match to the last bit.
struct DoubleLength {
  double hi, lo;
};
DoubleLength exact_product(double x, double y) {
  double p = x * y;
  return {p, std::fma(x, y, -p)};
}
DoubleLength fast_two_sum(double a, double b) {  // |a| >= |b|
  double s = a + b;
  return {s, b - (s - a)};
}
double vector_norm(std::vector<double>& v, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0 || v.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {  // subnormal range: 2**-max_e would overflow
    for (double& x : v) x /= DBL_MIN;
    return DBL_MIN * vector_norm(v, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0, frac2 = 0;
  for (double x : v) {
    x *= scale;
    DoubleLength sq = exact_product(x, x);
    DoubleLength s = fast_two_sum(csum, sq.hi);
    csum = s.hi;
    frac1 += sq.lo;
    frac2 += s.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength sq = exact_product(-h, h);
  DoubleLength s = fast_two_sum(csum, sq.hi);
  csum = s.hi;
  frac1 += sq.lo;
  frac2 += s.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  return (h + x / (2.0 * h)) / scale;
}
Value math_dist(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "dist", 2, 2)) return nullptr;
  std::vector<Value> p, q;
  if (!collect(t, a.arg(0), &p) || !collect(t, a.arg(1), &q)) return nullptr;
  if (p.size() != q.size()) return t.raise(exc::ValueError, "both points must have the same number of dimensions");
  std::vector<double> diffs;
  double max = 0;
  bool found_nan = false;
  for (size_t i = 0; i < p.size(); ++i) {
    double x, y;
    if (!to_double(t, p[i].get(), &x) || !to_double(t, q[i].get(), &y)) return nullptr;
    double d = std::fabs(x - y);
    diffs.push_back(d);
    found_nan |= std::isnan(d);
    if (d > max) max = d;
  }
  return make_float(vector_norm(diffs, max, found_nan));
}

// --- prod(iterable, *, start=1): the * operator in order, so ints stay exact ints.
Value math_prod(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs != 1) {
    return t.raise(exc::TypeError, "prod() takes exactly 1 positional argument (" + std::to_string(a.nargs) + " given)");
  }
  if (!check_kwargs(t, a, "prod", {"start"})) return nullptr;
  Object* start = kwarg(a, "start");
  Value acc = start ? Value::borrow(start) : make_int(1);
  std::vector<Value> items;
  if (!collect(t, a.arg(0), &items)) return nullptr;
  for (const Value& item : items) {
    acc = binary_op(t, BinaryOp::Mul, acc.get(), item.get());
    if (!acc) return nullptr;
  }
  return acc;
}

// --- integers: isqrt, comb, perm, lcm over BigInt.
bool int_arg(Thread& t, Object* o, BigInt* out) {
  if (!is_int(o) && o->type->lookup("__index__")) {
    Value i = call_method(t, o, "__index__");
    if (!i) return false;
    if (!is_int(i.get())) {
      t.raise(exc::TypeError, "__index__ returned non-int (type " + type_name(i.get()) + ")");
      return false;
    }
    *out = cast<Int>(i.get())->to_big();
    return true;
  }
  if (!is_int(o)) {
    not_integer(t, o);
    return false;
  }
  *out = cast<Int>(o)->to_big();
  return true;
}
BigInt floor_div(const BigInt& a, const BigInt& b) { return *BigInt::floordiv(a, b); }

Value math_isqrt(Thread& t, Object*, const CallArgs& a) {
  BigInt n;
  if (!one_arg(t, a, k_isqrt) || !int_arg(t, a.arg(0), &n)) return nullptr;
  if (n.is_negative()) return t.raise(exc::ValueError, "isqrt() argument must be nonnegative");
  if (n.is_zero()) return make_int(0);
  // Newton's iteration from a power of two above the root decreases monotonically to it.
  BigInt x = *BigInt(1).shl(static_cast<int64_t>((n.bit_length() + 1) / 2));
  while (true) {
    BigInt y = *(x + floor_div(n, x)).shr(1);
    if (y >= x) return make_int(std::move(x));
    x = std::move(y);
  }
}
// comb and perm share their argument checks; k larger than n gives 0.
bool comb_args(Thread& t, const CallArgs& a, BigInt* n, BigInt* k) {
  if (!int_arg(t, a.arg(0), n) || !int_arg(t, a.arg(1), k)) return false;
  if (n->is_negative()) {
    t.raise(exc::ValueError, "n must be a non-negative integer");
    return false;
  }
  if (k->is_negative()) {
    t.raise(exc::ValueError, "k must be a non-negative integer");
    return false;
  }
  return true;
}
Value math_comb(Thread& t, Object*, const CallArgs& a) {
  BigInt n, k;
  if (!positional_args(t, a, "comb", 2, 2) || !comb_args(t, a, &n, &k)) return nullptr;
  if (k > n) return make_int(0);
  if (n - k < k) k = n - k;
  auto steps = k.to_int64();
  if (!steps) return t.raise(exc::OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  BigInt r(1);
  for (int64_t i = 0; i < *steps; ++i) r = floor_div(r * (n - BigInt(i)), BigInt(i + 1));  // exact at each step
  return make_int(std::move(r));
}
Value math_perm(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "perm", 1, 2)) return nullptr;
  BigInt n, k;
  if (a.nargs == 1 || a.arg(1) == None) {
    // perm(n) is n!, with factorial's own messages.
    if (!int_arg(t, a.arg(0), &n)) return nullptr;
    if (n.is_negative()) return t.raise(exc::ValueError, "factorial() not defined for negative values");
    k = n;
  } else if (!comb_args(t, a, &n, &k)) {
    return nullptr;
  }
  if (k > n) return make_int(0);
  auto steps = k.to_int64();
  if (!steps) return t.raise(exc::OverflowError, "k must not exceed 9223372036854775807");
  BigInt r(1);
  for (int64_t i = 0; i < *steps; ++i) r *= n - BigInt(i);
  return make_int(std::move(r));
}
Value math_lcm(Thread& t, Object*, const CallArgs& a) {
  if (a.nkw()) return t.raise(exc::TypeError, "lcm() takes no keyword arguments");
  BigInt r(1);
  for (size_t i = 0; i < a.nargs; ++i) {
    BigInt x;
    if (!int_arg(t, a.arg(i), &x)) return nullptr;
    if (r.is_zero()) continue;  // still type-check the rest, as CPython does
    if (x.is_zero()) {
      r = BigInt(0);
      continue;
    }
    r = (floor_div(r, BigInt::gcd(r, x)) * x).abs();
  }
  return make_int(std::move(r));
}

void define(Module* m, const char* name, NativeFn fn) {
  auto f = make<BuiltinFunction>(name, fn);
  dict_set_str(m->dict.get(), name, f.get());
}

}  // namespace

void add_math_functions(Module* m) {
  define(m, "acos", math_1<k_acos, d_acos, false>);
  define(m, "asin", math_1<k_asin, d_asin, false>);
  define(m, "atan", math_1<k_atan, d_atan, false>);
  define(m, "acosh", math_1<k_acosh, d_acosh, false>);
  define(m, "asinh", math_1<k_asinh, d_asinh, false>);
  define(m, "atanh", math_1<k_atanh, d_atanh, false>);
  define(m, "cosh", math_1<k_cosh, d_cosh, true>);
  define(m, "sinh", math_1<k_sinh, d_sinh, true>);
  define(m, "tanh", math_1<k_tanh, d_tanh, false>);
  define(m, "cbrt", math_1<k_cbrt, d_cbrt, false>);
  define(m, "erf", math_1<k_erf, d_erf, false>);
  define(m, "erfc", math_1<k_erfc, d_erfc, false>);
  define(m, "exp2", math_1<k_exp2, d_exp2, true>);
  define(m, "expm1", math_1<k_expm1, d_expm1, true>);
  define(m, "log1p", math_1<k_log1p, d_log1p, false>);
  define(m, "gamma", math_1<k_gamma, d_gamma, true>);
  define(m, "lgamma", math_1<k_lgamma, d_lgamma, true>);
  define(m, "degrees", math_scale<k_degrees, degrees_per_radian>);
  define(m, "radians", math_scale<k_radians, radians_per_degree>);
  define(m, "isfinite", math_test<k_isfinite, t_isfinite>);
  define(m, "isinf", math_test<k_isinf, t_isinf>);
  define(m, "isnan", math_test<k_isnan, t_isnan>);
  define(m, "atan2", math_atan2);
  define(m, "copysign", math_copysign);
  define(m, "fmod", math_fmod);
  define(m, "remainder", math_remainder);
  define(m, "nextafter", math_nextafter);
  define(m, "ulp", math_ulp);
  define(m, "ldexp", math_ldexp);
  define(m, "frexp", math_frexp);
  define(m, "modf", math_modf);
  define(m, "fsum", math_fsum);
  define(m, "dist", math_dist);
  define(m, "prod", math_prod);
  define(m, "isqrt", math_isqrt);
  define(m, "comb", math_comb);
  define(m, "perm", math_perm);
  define(m, "lcm", math_lcm);
}

}  // namespace py
