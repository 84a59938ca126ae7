// Shortest digits come from an exact integer algorithm of our own, because std::to_chars has
// no floating-point overloads in libc++ 14 (em++ 3.1.6). Fixed-precision digits ('e', 'f',
// 'g') come from snprintf, which glibc and musl (Emscripten's libc) both compute exactly, so
// the two builds agree digit for digit.
#include "py/float_repr.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <type_traits>
#include <vector>

namespace py {

namespace {

// Correctly rounded p significant digits of |x| (x finite): digits and decpt as in
// shortest_digits; trailing zeros kept.
void fixed_count_digits(double x, int p, std::string* digits, int* decpt) {
  std::vector<char> buf(static_cast<size_t>(p) + 32);
  std::snprintf(buf.data(), buf.size(), "%.*e", p - 1, std::fabs(x));
  digits->clear();
  const char* c = buf.data();
  for (; *c && *c != 'e'; ++c) {
    if (*c != '.') *digits += *c;
  }
  *decpt = std::atoi(c + 1) + 1;
}

std::string exponent_suffix(int exp, char e) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%c%02d", e, exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
  return buf;
}

// Lays out digits (value 0.DIGITS * 10**decpt) in fixed or exponent notation.
std::string layout(const std::string& digits, int decpt, bool use_exp, bool want_point, char e) {
  std::string out;
  if (use_exp) {
    out += digits[0];
    if (digits.size() > 1 || want_point) out += '.';
    out.append(digits, 1, std::string::npos);
    out += exponent_suffix(decpt - 1, e);
  } else if (decpt <= 0) {
    out = "0.";
    out.append(static_cast<size_t>(-decpt), '0');
    out += digits;
  } else if (static_cast<size_t>(decpt) >= digits.size()) {
    out = digits;
    out.append(decpt - digits.size(), '0');
    if (want_point) out += '.';
  } else {
    out.assign(digits, 0, static_cast<size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<size_t>(decpt), std::string::npos);
  }
  return out;
}

// Digit loop of the free-format algorithm: v = r/s in [0.1, 1), interval half-widths mm/s
// below and mp/s above (ends included when `even`).
template <class U>
void generate_digits(U r, U s, U mp, U mm, bool even, std::string* digits) {
  digits->clear();
  const U ten(10);
  for (;;) {
    r = r * ten;
    mp = mp * ten;
    mm = mm * ten;
    int d = 0;
    if constexpr (std::is_same_v<U, BigInt>) {
      BigInt q;
      BigInt::divmod_abs(r, s, &q, &r);
      d = static_cast<int>(q.to_int64().value_or(0));
    } else {
      while (r >= s) r = r - s, ++d;  // one digit: cheaper than a 128-bit division call
    }
    bool low = even ? r <= mm : r < mm;
    bool high = even ? r + mp >= s : r + mp > s;
    if (!low && !high) {
      *digits += static_cast<char>('0' + d);
      continue;
    }
    if (low && high) {  // both ends work: the closer one, ties to the even digit
      U twice = r + r;
      if (twice > s || (twice == s && (d & 1))) ++d;
    } else if (high) {
      ++d;
    }
    *digits += static_cast<char>('0' + d);  // never 10: the interval's top is below 10**k
    return;
  }
}

using u128 = unsigned __int128;

u128 power(u128 base, int n) {
  u128 r = 1;
  for (int i = 0; i < n; ++i) r *= base;
  return r;
}
BigInt power(const BigInt& base, int n) { return *BigInt::pow(base, n); }

// Exact shortest digits (Steele & White / Burger & Dybvig "free-format") of x == f * 2**e in
// unsigned integers U: 128-bit where every quantity fits (e in [-110, 60]: most floats a
// program prints), BigInt elsewhere. Produces the shortest decimal that reads back as x, the
// closest one when several do: what CPython's repr prints.
template <class U>
void free_format(double x, uint64_t f, int e, std::string* digits, int* decpt) {
  // v = r / s; the rounding interval is [v - mm/s, v + mp/s], its ends included when f is
  // even (reading back rounds ties to even). At a power of two the gap below is half as wide.
  bool even = (f & 1) == 0;
  bool lopsided = f == (uint64_t{1} << 52) && e > -1074;
  U r, s, mp, mm;
  if (e >= 0) {
    U be = power(U(2), e);
    r = U(f) * be * U(lopsided ? 4 : 2);
    s = U(lopsided ? 4 : 2);
    mp = lopsided ? be * U(2) : be;
    mm = be;
  } else {
    r = U(f) * U(lopsided ? 4 : 2);
    s = power(U(2), (lopsided ? 2 : 1) - e);
    mp = U(lopsided ? 2 : 1);
    mm = U(1);
  }
  int k = static_cast<int>(std::ceil(std::log10(x)));  // an estimate; fixed up below
  U p10 = power(U(10), k < 0 ? -k : k);
  if (k >= 0) {
    s = s * p10;
  } else {
    r = r * p10;
    mp = mp * p10;
    mm = mm * p10;
  }
  auto above = [&](const U& high, const U& limit) { return even ? high >= limit : high > limit; };
  const U ten(10);
  while (above(r + mp, s)) s = s * ten, ++k;  // the interval's top must stay below 10**k
  while (!above((r + mp) * ten, s)) r = r * ten, mp = mp * ten, mm = mm * ten, --k;  // ...the least such k
  *decpt = k;
  if constexpr (std::is_same_v<U, u128>) {
    // Usually s < 2**59 by now: 64-bit arithmetic is much cheaper on wasm32, where 128-bit
    // operations are library calls.
    if (s < (u128{1} << 59)) {
      generate_digits<uint64_t>(static_cast<uint64_t>(r), static_cast<uint64_t>(s), static_cast<uint64_t>(mp),
                                static_cast<uint64_t>(mm), even, digits);
      return;
    }
  }
  generate_digits<U>(r, s, mp, mm, even, digits);
}

}  // namespace

void shortest_digits(double x, std::string* digits, int* decpt) {
  x = std::fabs(x);
  if (x == 0 || !std::isfinite(x)) {  // outside the contract; keep callers safe anyway
    *digits = "0";
    *decpt = 1;
    return;
  }
  int e2 = 0;
  double fr = std::frexp(x, &e2);
  uint64_t f = static_cast<uint64_t>(std::ldexp(fr, 53));
  int e = e2 - 53;  // x == f * 2**e exactly
  if (e < -1074) {  // subnormal: the true spacing is 2**-1074
    f >>= (-1074 - e);
    e = -1074;
  }
  if (e >= -110 && e <= 60) free_format<u128>(x, f, e, digits, decpt);
  else free_format<BigInt>(x, f, e, digits, decpt);
}

std::string float_repr(double x) { return format_double(x, 'r', 0, false, true); }

std::string format_double(double x, char type, int precision, bool alt, bool add_dot_0) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  std::string sign = std::signbit(x) ? "-" : "";
  if (std::isnan(x)) return upper ? "NAN" : "nan";
  if (std::isinf(x)) return sign + (upper ? "INF" : "inf");
  char e = upper ? 'E' : 'e';
  std::string digits;
  int decpt = 1;
  switch (type) {
    case 'r': {
      if (x == 0) digits = "0";
      else shortest_digits(x, &digits, &decpt);
      bool use_exp = decpt <= -4 || decpt > 16;
      std::string body = layout(digits, decpt, use_exp, use_exp && alt, e);
      if (!use_exp && (add_dot_0 || alt) && body.find('.') == std::string::npos) body += ".0";
      return sign + body;
    }
    case 'e':
    case 'E':
      fixed_count_digits(x, precision + 1, &digits, &decpt);
      if (x == 0) decpt = 1;
      return sign + layout(digits, decpt, true, alt, e);
    case 'f':
    case 'F': {
      std::vector<char> buf(static_cast<size_t>(precision) + 400);
      std::snprintf(buf.data(), buf.size(), alt ? "%#.*f" : "%.*f", precision, std::fabs(x));
      return sign + buf.data();
    }
    default: {  // 'g', 'G'
      int p = precision == 0 ? 1 : precision;
      fixed_count_digits(x, p, &digits, &decpt);
      if (x == 0) decpt = 1;
      // With add_dot_0 one digit goes to ".0", so exponent notation starts one place earlier.
      bool use_exp = decpt <= -4 || decpt > (add_dot_0 ? p - 1 : p);
      if (!alt) {
        while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
      } else if (!use_exp && decpt > p) {
        digits.append(decpt - p, '0');
      }
      std::string body = layout(digits, decpt, use_exp, alt, e);
      if (!use_exp && add_dot_0 && body.find('.') == std::string::npos) body += ".0";
      return sign + body;
    }
  }
}

// ---------------------------------------------------------------- parsing

namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if ((a[i] | 0x20) != b[i]) return false;
  }
  return true;
}

// Appends a run of digits with single underscores between them; false if malformed.
bool take_digits(std::string_view s, size_t& i, std::string& out, bool& any) {
  bool last_digit = false;
  while (i < s.size()) {
    if (s[i] >= '0' && s[i] <= '9') {
      out += s[i++];
      last_digit = any = true;
    } else if (s[i] == '_') {
      if (!last_digit || i + 1 >= s.size() || s[i + 1] < '0' || s[i + 1] > '9') return false;
      ++i;
      last_digit = false;
    } else {
      break;
    }
  }
  return true;
}

}  // namespace

NumResult<double> parse_float(std::string_view text) {
  auto fail = [&]() { return NumError{"ValueError", "could not convert string to float: " + repr_for_message(text)}; };
  std::string ascii = number_text_to_ascii(text);
  std::string_view s = strip_number_spaces(ascii);
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  std::string_view rest = s.substr(i);
  if (iequals(rest, "inf") || iequals(rest, "infinity")) return neg ? -HUGE_VAL : HUGE_VAL;
  if (iequals(rest, "nan")) return neg ? -std::nan("") : std::nan("");
  std::string clean = neg ? "-" : "";
  bool any = false;
  if (!take_digits(s, i, clean, any)) return fail();
  if (i < s.size() && s[i] == '.') {
    clean += s[i++];
    if (i < s.size() && s[i] == '_') return fail();
    if (!take_digits(s, i, clean, any)) return fail();
  }
  if (!any) return fail();
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    clean += s[i++];
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean += s[i++];
    bool exp_digits = false;
    if (i < s.size() && s[i] == '_') return fail();
    if (!take_digits(s, i, clean, exp_digits) || !exp_digits) return fail();
  }
  if (i != s.size()) return fail();
  // strtod rounds correctly; its ERANGE on overflow/underflow is what Python ignores too.
  return std::strtod(clean.c_str(), nullptr);
}

// ---------------------------------------------------------------- hash, round

int64_t hash_double(double x) {
  if (std::isnan(x)) return 0;
  if (std::isinf(x)) return x > 0 ? 314159 : -314159;
  const uint64_t P = (uint64_t{1} << 61) - 1;
  int e = 0;
  double fr = std::frexp(std::fabs(x), &e);  // |x| = m * 2**(e - 53)
  uint64_t m = static_cast<uint64_t>(std::ldexp(fr, 53));
  int k = ((e - 53) % 61 + 61) % 61;  // 2**61 == 1 mod P, so multiplying is a 61-bit rotation
  uint64_t h = k ? (((m << k) & P) | (m >> (61 - k))) : m;
  if (h >= P) h -= P;
  int64_t v = x < 0 ? -static_cast<int64_t>(h) : static_cast<int64_t>(h);
  return v == -1 ? -2 : v;
}

bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

NumResult<double> round_double(double x, int64_t ndigits) {
  // Beyond these, CPython returns x or a signed zero without rounding (0.0 * inf is nan).
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  if (!std::isfinite(x) || x == 0.0) return x;
  int e = 0;
  double fr = std::frexp(std::fabs(x), &e);
  BigInt m = BigInt::from_u64(static_cast<uint64_t>(std::ldexp(fr, 53)));
  int64_t e2 = e - 53;  // |x| == m * 2**e2 exactly
  BigInt ten_k = *BigInt::pow(BigInt(10), BigInt(ndigits < 0 ? -ndigits : ndigits));
  // q = round_half_even(|x| * 10**ndigits) as num / den.
  BigInt num = e2 > 0 ? *m.shl(e2) : m;
  BigInt den = e2 < 0 ? *BigInt(1).shl(-e2) : BigInt(1);
  if (ndigits >= 0) num = num * ten_k;
  else den = den * ten_k;
  BigInt q, r;
  BigInt::divmod_abs(num, den, &q, &r);
  auto c = (r + r) <=> den;
  if (c > 0 || (c == 0 && q.is_odd())) q = q + BigInt(1);
  double out = 0;
  if (ndigits >= 0) {
    out = *BigInt::truediv(q, ten_k);
  } else {
    auto d = (q * ten_k).to_double();
    if (!d) return NumError{"OverflowError", "rounded value too large to represent"};
    out = *d;
  }
  return std::copysign(out, x);
}

NumResult<BigInt> round_double_to_int(double x) {
  return BigInt::from_double(std::nearbyint(x));  // ties to even in the default rounding mode
}

// ---------------------------------------------------------------- arithmetic

NumResult<double> float_truediv(double a, double b) {
  if (b == 0) return NumError{"ZeroDivisionError", "float division by zero"};
  return a / b;
}

namespace {

// Python's divmod for floats: fmod keeps a's sign; move it to b's, and keep the quotient
// consistent with it (a == q*b + r, q integral, r with b's sign).
void divmod_core(double a, double b, double* div_out, double* mod_out) {
  double mod = std::fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, b);
  }
  double floordiv;
  if (div != 0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;  // (a - mod) / b was inexact
  } else {
    floordiv = std::copysign(0.0, a / b);
  }
  *div_out = floordiv;
  *mod_out = mod;
}

}  // namespace

NumResult<double> float_floordiv(double a, double b) {
  if (b == 0) return NumError{"ZeroDivisionError", "float floor division by zero"};
  double d, m;
  divmod_core(a, b, &d, &m);
  return d;
}

NumResult<double> float_mod(double a, double b) {
  if (b == 0) return NumError{"ZeroDivisionError", "float modulo"};
  double d, m;
  divmod_core(a, b, &d, &m);
  return m;
}

NumResult<std::pair<double, double>> float_divmod(double a, double b) {
  if (b == 0) return NumError{"ZeroDivisionError", "float divmod()"};
  double d, m;
  divmod_core(a, b, &d, &m);
  return std::pair<double, double>(d, m);
}

NumResult<double> float_pow(double a, double b) {
  if (b == 0) return 1.0;
  if (std::isnan(a)) return a;
  if (std::isnan(b)) return a == 1.0 ? 1.0 : b;
  bool b_odd_int = std::isfinite(b) && std::fmod(std::fabs(b), 2.0) == 1.0;
  if (std::isinf(b)) {
    double aa = std::fabs(a);
    if (aa == 1.0) return 1.0;
    return ((aa > 1.0) == (b > 0)) ? HUGE_VAL : 0.0;
  }
  if (std::isinf(a)) {
    double mag = b > 0 ? HUGE_VAL : 0.0;
    return (b_odd_int && a < 0) ? -mag : mag;
  }
  if (a == 0) {
    if (b < 0) return NumError{"ZeroDivisionError", "0.0 cannot be raised to a negative power"};
    return b_odd_int ? a : 0.0;
  }
  if (a < 0 && std::floor(b) != b) {
    return NumError{"complex", "negative number cannot be raised to a fractional power"};
  }
  double r = std::pow(a, b);
  if (std::isinf(r)) return NumError{"OverflowError", "(34, 'Numerical result out of range')"};
  return r;
}

}  // namespace py
