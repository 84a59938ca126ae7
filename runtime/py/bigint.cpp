// Sign-magnitude integers in base 2**32. Schoolbook multiply and Knuth's algorithm D are
// enough here: factorial(1000) and 10k-digit str() stay in the low milliseconds.
#include "py/bigint.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "py/source.hpp"

namespace py {

using Limb = BigInt::Limb;
using Mag = std::vector<Limb>;

// ---------------------------------------------------------------- messages

std::string repr_for_message(std::string_view s, size_t max_chars) {
  // Quote choice and escapes follow str.__repr__.
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out(1, quote);
  static const char* hex = "0123456789abcdef";
  for (size_t i = 0; i < s.size();) {
    int32_t cp = utf8_decode(s, i);
    if (cp < 0) cp = 0xFFFD;
    if (cp == quote || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && !is_printable(static_cast<uint32_t>(cp)))) {
      int width = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
      out += width == 2 ? "\\x" : width == 4 ? "\\u" : "\\U";
      for (int k = width - 1; k >= 0; --k) out += hex[(cp >> (4 * k)) & 15];
    } else {
      utf8_append(out, static_cast<uint32_t>(cp));
    }
  }
  out += quote;
  if (max_chars > 0 && static_cast<size_t>(utf8_length(out)) > max_chars) {
    size_t i = 0;
    for (size_t n = 0; n < max_chars; ++n) utf8_decode(out, i);
    out.resize(i);
  }
  return out;
}

// ---------------------------------------------------------------- int64 helpers

bool floordiv_i64(int64_t a, int64_t b, int64_t* out) {
  if (a == INT64_MIN && b == -1) return false;
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  *out = q;
  return true;
}

int64_t mod_i64(int64_t a, int64_t b) {
  if (b == -1) return 0;  // avoids INT64_MIN % -1
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

static constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;

int64_t hash_i64(int64_t v) {
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  m = (m & kHashModulus) + (m >> 61);
  if (m >= kHashModulus) m -= kHashModulus;
  int64_t h = v < 0 ? -static_cast<int64_t>(m) : static_cast<int64_t>(m);
  return h == -1 ? -2 : h;
}

// ---------------------------------------------------------------- magnitudes

static void trim_mag(Mag& a) {
  while (!a.empty() && a.back() == 0) a.pop_back();
}

static int cmp_mag(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

static Mag add_mag(const Mag& a, const Mag& b) {
  const Mag& x = a.size() >= b.size() ? a : b;
  const Mag& y = a.size() >= b.size() ? b : a;
  Mag r(x.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    uint64_t s = uint64_t{x[i]} + (i < y.size() ? y[i] : 0) + carry;
    r[i] = static_cast<Limb>(s);
    carry = s >> 32;
  }
  r[x.size()] = static_cast<Limb>(carry);
  trim_mag(r);
  return r;
}

// a - b for a >= b.
static Mag sub_mag(const Mag& a, const Mag& b) {
  Mag r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t t = int64_t{a[i]} - (i < b.size() ? int64_t{b[i]} : 0) - borrow;
    borrow = t < 0;
    r[i] = static_cast<Limb>(t);
  }
  trim_mag(r);
  return r;
}

static Mag mul_mag(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  Mag r(a.size() + b.size(), 0);
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    uint64_t ai = a[i];
    if (ai == 0) continue;
    for (size_t j = 0; j < b.size(); ++j) {
      uint64_t t = ai * b[j] + r[i + j] + carry;  // < 2**64: (2^32-1)^2 + 2*(2^32-1)
      r[i + j] = static_cast<Limb>(t);
      carry = t >> 32;
    }
    r[i + b.size()] = static_cast<Limb>(carry);
  }
  trim_mag(r);
  return r;
}

// a = a * m + add, in place.
static void mul_add_small(Mag& a, Limb m, Limb add) {
  uint64_t carry = add;
  for (Limb& limb : a) {
    uint64_t t = uint64_t{limb} * m + carry;
    limb = static_cast<Limb>(t);
    carry = t >> 32;
  }
  if (carry) a.push_back(static_cast<Limb>(carry));
}

// a /= d in place; returns the remainder. Inlined so a constant d becomes a multiplication.
static inline Limb div_small(Mag& a, Limb d) {
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<Limb>(cur / d);
    rem = cur % d;
  }
  trim_mag(a);
  return static_cast<Limb>(rem);
}

static Mag shl_mag(const Mag& a, uint64_t bits) {
  if (a.empty()) return {};
  size_t limbs = bits / 32;
  unsigned s = bits % 32;
  Mag r(a.size() + limbs + 1, 0);
  for (size_t i = 0; i < a.size(); ++i) {
    r[i + limbs] |= a[i] << s;
    if (s) r[i + limbs + 1] = a[i] >> (32 - s);
  }
  trim_mag(r);
  return r;
}

static Mag shr_mag(const Mag& a, uint64_t bits) {
  size_t limbs = bits / 32;
  if (limbs >= a.size()) return {};
  unsigned s = bits % 32;
  Mag r(a.size() - limbs);
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t lo = a[i + limbs];
    uint64_t hi = i + limbs + 1 < a.size() ? a[i + limbs + 1] : 0;
    r[i] = static_cast<Limb>(((hi << 32) | lo) >> s);
  }
  trim_mag(r);
  return r;
}

// True if any of the low `bits` bits of a is set.
static bool any_low_bits(const Mag& a, uint64_t bits) {
  size_t limbs = bits / 32;
  for (size_t i = 0; i < limbs && i < a.size(); ++i) {
    if (a[i]) return true;
  }
  unsigned s = bits % 32;
  return s && limbs < a.size() && (a[limbs] & ((Limb{1} << s) - 1));
}

static uint64_t bit_length_mag(const Mag& a) {
  if (a.empty()) return 0;
  return uint64_t{32} * (a.size() - 1) + (32 - static_cast<unsigned>(__builtin_clz(a.back())));
}

// Knuth, TAOCP vol. 2, 4.3.1, algorithm D: u = q*v + r, v has at least two limbs.
static void divmod_knuth(const Mag& u_in, const Mag& v_in, Mag& q, Mag& r) {
  size_t n = v_in.size();
  size_t m = u_in.size() - n;
  unsigned s = static_cast<unsigned>(__builtin_clz(v_in.back()));  // normalise: top bit set
  Mag v(n), u(u_in.size() + 1, 0);
  for (size_t i = n; i-- > 0;) v[i] = (v_in[i] << s) | (s && i ? v_in[i - 1] >> (32 - s) : 0);
  for (size_t i = u_in.size(); i-- > 0;) u[i] = (u_in[i] << s) | (s && i ? u_in[i - 1] >> (32 - s) : 0);
  u[u_in.size()] = s ? u_in.back() >> (32 - s) : 0;
  q.assign(m + 1, 0);
  const uint64_t base = uint64_t{1} << 32;
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (uint64_t{u[j + n]} << 32) | u[j + n - 1];
    uint64_t qhat = num / v[n - 1];
    uint64_t rhat = num % v[n - 1];
    while (qhat >= base || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
      --qhat;
      rhat += v[n - 1];
      if (rhat >= base) break;
    }
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * v[i] + carry;
      carry = p >> 32;
      int64_t t = int64_t{u[i + j]} - static_cast<int64_t>(p & 0xffffffffu) - borrow;
      u[i + j] = static_cast<Limb>(t);
      borrow = t < 0;
    }
    int64_t t = int64_t{u[j + n]} - static_cast<int64_t>(carry) - borrow;
    u[j + n] = static_cast<Limb>(t);
    if (t < 0) {  // qhat was one too big (rare): add v back
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t sum = uint64_t{u[i + j]} + v[i] + c;
        u[i + j] = static_cast<Limb>(sum);
        c = sum >> 32;
      }
      u[j + n] += static_cast<Limb>(c);
    }
    q[j] = static_cast<Limb>(qhat);
  }
  trim_mag(q);
  u.resize(n);
  trim_mag(u);
  r = s ? shr_mag(u, s) : u;
}

static void divmod_mag(const Mag& a, const Mag& b, Mag& q, Mag& r) {
  if (cmp_mag(a, b) < 0) {
    q.clear();
    r = a;
  } else if (b.size() == 1) {
    q = a;
    Limb rem = div_small(q, b[0]);
    r.clear();
    if (rem) r.push_back(rem);
  } else {
    divmod_knuth(a, b, q, r);
  }
}

// Two's complement of a magnitude in `limbs` limbs (for the bitwise operators).
static Mag twos(const Mag& a, bool neg, size_t limbs) {
  Mag r(limbs, 0);
  std::copy(a.begin(), a.end(), r.begin());
  if (!neg) return r;
  uint64_t carry = 1;
  for (Limb& limb : r) {
    uint64_t t = uint64_t{static_cast<Limb>(~limb)} + carry;
    limb = static_cast<Limb>(t);
    carry = t >> 32;
  }
  return r;
}

// ---------------------------------------------------------------- construction

void BigInt::trim() {
  trim_mag(mag_);
  if (mag_.empty()) neg_ = false;
}

BigInt::BigInt(int64_t v) {
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  *this = from_u64(m, v < 0);
}

BigInt BigInt::from_limbs(std::vector<Limb> mag, bool negative) {
  BigInt r;
  r.mag_ = std::move(mag);
  r.neg_ = negative;
  r.trim();
  return r;
}

BigInt BigInt::from_u64(uint64_t v, bool negative) {
  BigInt r;
  if (v) r.mag_.push_back(static_cast<Limb>(v));
  if (v >> 32) r.mag_.push_back(static_cast<Limb>(v >> 32));
  r.neg_ = negative && v;
  return r;
}

NumResult<BigInt> BigInt::from_double(double d) {
  if (std::isinf(d)) return NumError{"OverflowError", "cannot convert float infinity to integer"};
  if (std::isnan(d)) return NumError{"ValueError", "cannot convert float NaN to integer"};
  d = std::trunc(d);
  if (std::fabs(d) < 9223372036854775808.0) return BigInt(static_cast<int64_t>(d));
  int exp = 0;
  double fr = std::frexp(std::fabs(d), &exp);  // |d| = fr * 2**exp, fr in [0.5, 1)
  uint64_t mant = static_cast<uint64_t>(std::ldexp(fr, 53));
  BigInt r = from_u64(mant);
  r.mag_ = shl_mag(r.mag_, static_cast<uint64_t>(exp - 53));
  r.neg_ = d < 0;
  return r;
}

std::optional<int64_t> BigInt::to_int64() const {
  if (mag_.size() > 2) return std::nullopt;
  uint64_t m = 0;
  if (mag_.size() > 0) m = mag_[0];
  if (mag_.size() > 1) m |= uint64_t{mag_[1]} << 32;
  if (neg_) {
    if (m > (uint64_t{1} << 63)) return std::nullopt;
    return static_cast<int64_t>(0 - m);
  }
  if (m >= (uint64_t{1} << 63)) return std::nullopt;
  return static_cast<int64_t>(m);
}

uint64_t BigInt::bit_length() const { return bit_length_mag(mag_); }

// ---------------------------------------------------------------- float conversion

// The correctly rounded double nearest to (mag + epsilon) * 2**exp2, where `sticky` says a
// nonzero epsilon below mag's last bit was cut off (callers give >= 2 extra bits then).
// Handles subnormals; returns false on overflow.
static bool round_to_double(const Mag& mag, int64_t exp2, bool sticky, double* out) {
  if (mag.empty()) {
    *out = 0.0;
    return true;
  }
  int64_t top = static_cast<int64_t>(bit_length_mag(mag)) - 1 + exp2;  // exponent of the top bit
  if (top > 1023) return false;
  if (top < -1076) {  // below half the smallest subnormal
    *out = 0.0;
    return true;
  }
  int64_t keep = std::max<int64_t>(top - 52, -1074);  // exponent of the result's last bit
  int64_t drop = keep - exp2;
  uint64_t mant;
  if (drop <= 0) {
    mant = 0;
    for (size_t i = std::min<size_t>(mag.size(), 2); i-- > 0;) mant = (mant << 32) | mag[i];
    mant <<= -drop;
  } else {
    Mag hi = shr_mag(mag, static_cast<uint64_t>(drop));
    mant = 0;
    for (size_t i = std::min<size_t>(hi.size(), 2); i-- > 0;) mant = (mant << 32) | hi[i];
    bool half = (bit_length_mag(mag) >= static_cast<uint64_t>(drop)) &&
                ((mag[(drop - 1) / 32] >> ((drop - 1) % 32)) & 1);
    bool below = any_low_bits(mag, static_cast<uint64_t>(drop - 1)) || sticky;
    if (half && (below || (mant & 1))) ++mant;
  }
  double d = std::ldexp(static_cast<double>(mant), static_cast<int>(keep));
  if (std::isinf(d)) return false;
  *out = d;
  return true;
}

NumResult<double> BigInt::to_double() const {
  if (mag_.size() <= 2) {
    std::optional<int64_t> v = to_int64();
    if (v) return static_cast<double>(*v);
  }
  double d = 0;
  if (!round_to_double(mag_, 0, false, &d)) return NumError{"OverflowError", "int too large to convert to float"};
  return neg_ ? -d : d;
}

NumResult<double> BigInt::truediv(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return NumError{"ZeroDivisionError", "division by zero"};
  bool neg = a.neg_ != b.neg_;
  uint64_t na = a.bit_length(), nb = b.bit_length();
  if (na <= 53 && nb <= 53) {  // both exact as doubles: one IEEE division rounds correctly
    return *a.to_double() / *b.to_double();
  }
  if (a.is_zero()) return neg ? -0.0 : 0.0;
  int64_t diff = static_cast<int64_t>(na) - static_cast<int64_t>(nb);
  if (diff > 1025) return NumError{"OverflowError", "integer division result too large for a float"};
  if (diff < -1080) return neg ? -0.0 : 0.0;
  int64_t s = 55 - diff;  // quotient gets 55 or 56 bits
  Mag num = s > 0 ? shl_mag(a.mag_, static_cast<uint64_t>(s)) : a.mag_;
  Mag den = s < 0 ? shl_mag(b.mag_, static_cast<uint64_t>(-s)) : b.mag_;
  Mag q, r;
  divmod_mag(num, den, q, r);
  double d = 0;
  if (!round_to_double(q, -s, !r.empty(), &d)) {
    return NumError{"OverflowError", "integer division result too large for a float"};
  }
  return neg ? -d : d;
}

// ---------------------------------------------------------------- strings

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Zeros of the Unicode decimal digit runs (category Nd, Unicode 14 as in CPython 3.11).
static const uint32_t kDigitZeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,   0xce6,
    0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,  0x19d0,
    0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,  0xa9f0,
    0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450,
    0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

static bool is_unicode_space(int32_t cp) {
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

std::string number_text_to_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out += s[i++];
      continue;
    }
    int32_t cp = utf8_decode(s, i);
    char c = '?';
    if (is_unicode_space(cp)) c = ' ';
    for (uint32_t zero : kDigitZeros) {
      if (cp >= 0 && static_cast<uint32_t>(cp) >= zero && static_cast<uint32_t>(cp) < zero + 10) {
        c = static_cast<char>('0' + (static_cast<uint32_t>(cp) - zero));
      }
    }
    out += c;
  }
  return out;
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

std::string_view strip_number_spaces(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

NumResult<BigInt> BigInt::parse(std::string_view text, int base, int max_digits) {
  if (base != 0 && (base < 2 || base > 36)) {
    return NumError{"ValueError", "int() base must be >= 2 and <= 36, or 0"};
  }
  const int given_base = base;
  auto invalid = [&]() {
    return NumError{"ValueError", "invalid literal for int() with base " + std::to_string(given_base) + ": " +
                                      repr_for_message(text.substr(0, std::min<size_t>(text.size(), 800)), 200)};
  };
  std::string ascii = number_text_to_ascii(text);
  std::string_view s = strip_number_spaces(ascii);
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  bool prefixed = false;
  if (i + 1 < s.size() && s[i] == '0') {
    char p = static_cast<char>(s[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      i += 2;
      prefixed = true;
    }
  }
  bool base0 = base == 0;
  if (base0) base = 10;
  std::string digits;
  digits.reserve(s.size() - i);
  bool need_digit = !prefixed;  // "0x_1" is fine: one underscore may follow the prefix
  for (; i < s.size(); ++i) {
    if (s[i] == '_') {
      if (need_digit) return invalid();
      need_digit = true;
      continue;
    }
    if (digit_value(s[i]) >= base) return invalid();
    digits += s[i];
    need_digit = false;
  }
  if (digits.empty() || need_digit) return invalid();
  if (base0 && !prefixed && digits[0] == '0' && digits.find_first_not_of('0') != std::string::npos) {
    return invalid();  // base 0 rejects leading zeros ("010"): they looked like octal in Python 2
  }
  BigInt r;
  if ((base & (base - 1)) == 0) {
    unsigned bits = static_cast<unsigned>(__builtin_ctz(static_cast<unsigned>(base)));
    uint64_t pos = 0;
    r.mag_.assign((digits.size() * bits) / 32 + 1, 0);
    for (size_t k = digits.size(); k-- > 0; pos += bits) {
      uint64_t v = static_cast<uint64_t>(digit_value(digits[k])) << (pos % 32);
      r.mag_[pos / 32] |= static_cast<Limb>(v);
      if (v >> 32) r.mag_[pos / 32 + 1] |= static_cast<Limb>(v >> 32);
    }
  } else {
    if (max_digits > 0 && digits.size() > static_cast<size_t>(max_digits)) {
      return NumError{"ValueError", "Exceeds the limit (" + std::to_string(max_digits) +
                                        " digits) for integer string conversion: value has " +
                                        std::to_string(digits.size()) +
                                        " digits; use sys.set_int_max_str_digits() to increase the limit"};
    }
    // Consume the largest chunk of digits whose base**k fits in a limb.
    Limb chunk_pow = static_cast<Limb>(base);
    size_t chunk = 1;
    while (uint64_t{chunk_pow} * static_cast<unsigned>(base) <= 0xffffffffu) {
      chunk_pow *= static_cast<Limb>(base);
      ++chunk;
    }
    for (size_t k = 0; k < digits.size();) {
      size_t take = std::min(chunk, digits.size() - k);
      Limb mult = 1, val = 0;
      for (size_t t = 0; t < take; ++t, ++k) {
        mult *= static_cast<Limb>(base);
        val = val * static_cast<Limb>(base) + static_cast<Limb>(digit_value(digits[k]));
      }
      mul_add_small(r.mag_, mult, val);
    }
  }
  r.neg_ = neg;
  r.trim();
  return r;
}

NumResult<std::string> BigInt::to_string(int max_digits) const {
  if (auto v = to_int64()) return std::to_string(*v);
  auto too_many = [&]() {
    return NumError{"ValueError", "Exceeds the limit (" + std::to_string(max_digits) +
                                      " digits) for integer string conversion; use "
                                      "sys.set_int_max_str_digits() to increase the limit"};
  };
  // n >= 2**(bits-1) >= 10**max_digits means more than max_digits digits: fail before work.
  if (max_digits > 0 && static_cast<double>(bit_length() - 1) * 0.30102999566398120 > max_digits + 1) {
    return too_many();
  }
  Mag m = mag_;
  std::vector<Limb> chunks;  // base 10**9, little-endian
  chunks.reserve(m.size() * 10 / 9 + 1);
  while (!m.empty()) chunks.push_back(div_small(m, 1000000000u));  // constant divisor: no div instruction
  std::string out = neg_ ? "-" : "";
  out += std::to_string(chunks.back());
  char buf[16];
  for (size_t i = chunks.size() - 1; i-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09u", static_cast<unsigned>(chunks[i]));
    out += buf;
  }
  if (max_digits > 0 && out.size() - (neg_ ? 1 : 0) > static_cast<size_t>(max_digits)) return too_many();
  return out;
}

std::string BigInt::to_base(int base, bool upper) const {
  const char* digs = upper ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : "0123456789abcdefghijklmnopqrstuvwxyz";
  if (mag_.empty()) return "0";
  std::string out;
  if ((base & (base - 1)) == 0) {
    unsigned bits = static_cast<unsigned>(__builtin_ctz(static_cast<unsigned>(base)));
    uint64_t total = bit_length();
    for (uint64_t pos = 0; pos < total; pos += bits) {
      uint64_t lo = mag_[pos / 32] >> (pos % 32);
      if (pos % 32 + bits > 32 && pos / 32 + 1 < mag_.size()) lo |= uint64_t{mag_[pos / 32 + 1]} << (32 - pos % 32);
      out += digs[lo & static_cast<unsigned>(base - 1)];
    }
  } else {
    Mag m = mag_;
    while (!m.empty()) out += digs[div_small(m, static_cast<Limb>(base))];
  }
  if (neg_) out += '-';
  std::reverse(out.begin(), out.end());
  return out;
}

int64_t BigInt::hash() const {
  // 2**32 * h mod (2**61 - 1) is a 61-bit rotation, since 2**61 == 1 there.
  uint64_t h = 0;
  for (size_t i = mag_.size(); i-- > 0;) {
    h = ((h << 32) & kHashModulus) | (h >> 29);
    h += mag_[i];
    if (h >= kHashModulus) h -= kHashModulus;
  }
  int64_t v = neg_ ? -static_cast<int64_t>(h) : static_cast<int64_t>(h);
  return v == -1 ? -2 : v;
}

// ---------------------------------------------------------------- arithmetic

BigInt BigInt::operator-() const {
  BigInt r = *this;
  r.neg_ = !neg_ && !mag_.empty();
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.neg_ = false;
  return r;
}

BigInt BigInt::operator~() const { return -(*this) - BigInt(1); }

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.neg_ == b.neg_) {
    r.mag_ = add_mag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else if (cmp_mag(a.mag_, b.mag_) >= 0) {
    r.mag_ = sub_mag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else {
    r.mag_ = sub_mag(b.mag_, a.mag_);
    r.neg_ = b.neg_;
  }
  r.trim();
  return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt r;
  r.mag_ = mul_mag(a.mag_, b.mag_);
  r.neg_ = a.neg_ != b.neg_;
  r.trim();
  return r;
}

std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? std::strong_ordering::less : std::strong_ordering::greater;
  int c = cmp_mag(a.mag_, b.mag_);
  if (a.neg_) c = -c;
  return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
}

void BigInt::divmod_abs(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  Mag qm, rm;
  divmod_mag(a.mag_, b.mag_, qm, rm);
  if (q) {
    q->mag_ = std::move(qm);
    q->neg_ = false;
  }
  if (r) {
    r->mag_ = std::move(rm);
    r->neg_ = false;
  }
}

NumResult<std::pair<BigInt, BigInt>> BigInt::divmod(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return NumError{"ZeroDivisionError", "integer division or modulo by zero"};
  BigInt q, r;
  divmod_mag(a.mag_, b.mag_, q.mag_, r.mag_);
  q.neg_ = a.neg_ != b.neg_;
  r.neg_ = a.neg_;
  q.trim();
  r.trim();
  // Truncation rounds toward zero; Python floors, so fix up when signs differ.
  if (!r.is_zero() && a.neg_ != b.neg_) {
    q = q - BigInt(1);
    r = r + b;
  }
  return std::pair<BigInt, BigInt>(std::move(q), std::move(r));
}

NumResult<BigInt> BigInt::floordiv(const BigInt& a, const BigInt& b) {
  auto qr = divmod(a, b);
  if (!qr) return qr.error();
  return std::move(qr->first);
}

NumResult<BigInt> BigInt::mod(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return NumError{"ZeroDivisionError", "integer modulo by zero"};
  auto qr = divmod(a, b);
  return std::move(qr->second);
}

// Results past this many bits would exhaust a wasm32 heap: MemoryError, like CPython's failed
// allocation, instead of an abort.
static constexpr uint64_t kMaxBits = uint64_t{1} << 32;

NumResult<BigInt> BigInt::pow(const BigInt& a, const BigInt& b) {
  if (b.is_negative()) return NumError{"ValueError", "negative exponent"};
  if (a.mag_.size() > 1 || (a.mag_.size() == 1 && a.mag_[0] > 1)) {
    std::optional<int64_t> e = b.to_int64();
    if (!e || static_cast<double>(a.bit_length() - 1) * static_cast<double>(*e) > static_cast<double>(kMaxBits)) {
      return NumError{"MemoryError", ""};
    }
  }
  BigInt result(1), base = a;
  uint64_t bits = b.bit_length();
  for (uint64_t i = 0; i < bits; ++i) {
    if ((b.mag_[i / 32] >> (i % 32)) & 1) result = result * base;
    if (i + 1 < bits) base = base * base;
  }
  return result;
}

NumResult<BigInt> BigInt::pow_mod(const BigInt& a, const BigInt& b, const BigInt& m) {
  if (m.is_zero()) return NumError{"ValueError", "pow() 3rd argument cannot be 0"};
  BigInt mod = m.abs();
  BigInt base = *BigInt::mod(a, mod);
  BigInt e = b;
  if (b.is_negative()) {
    // Modular inverse by the extended Euclidean algorithm.
    BigInt r0 = mod, r1 = base, t0(0), t1(1);
    while (!r1.is_zero()) {
      auto qr = *divmod(r0, r1);
      BigInt t2 = t0 - qr.first * t1;
      r0 = std::move(r1);
      r1 = std::move(qr.second);
      t0 = std::move(t1);
      t1 = std::move(t2);
    }
    if (r0 != BigInt(1)) return NumError{"ValueError", "base is not invertible for the given modulus"};
    base = *BigInt::mod(t0, mod);
    e = -b;
  }
  BigInt result = *BigInt::mod(BigInt(1), mod);
  uint64_t bits = e.bit_length();
  for (uint64_t i = 0; i < bits; ++i) {
    if ((e.mag_[i / 32] >> (i % 32)) & 1) result = *BigInt::mod(result * base, mod);
    if (i + 1 < bits) base = *BigInt::mod(base * base, mod);
  }
  // Python's result takes the modulus' sign.
  if (m.is_negative() && !result.is_zero()) result = result - mod;
  return result;
}

NumResult<BigInt> BigInt::shl(int64_t n) const {
  if (n < 0) return NumError{"ValueError", "negative shift count"};
  if (!mag_.empty() && static_cast<uint64_t>(n) > kMaxBits) return NumError{"MemoryError", ""};
  BigInt r;
  r.mag_ = shl_mag(mag_, static_cast<uint64_t>(n));
  r.neg_ = neg_;
  r.trim();
  return r;
}

NumResult<BigInt> BigInt::shr(int64_t n) const {
  if (n < 0) return NumError{"ValueError", "negative shift count"};
  BigInt r;
  if (!neg_) {
    r.mag_ = shr_mag(mag_, static_cast<uint64_t>(n));
    return r;
  }
  // floor(-m / 2**n) == -((m - 1) >> n) - 1
  r.mag_ = shr_mag(sub_mag(mag_, Mag{1}), static_cast<uint64_t>(n));
  r.trim();
  return -r - BigInt(1);
}

template <class Op>
static BigInt bitwise(const BigInt& a, const BigInt& b, Op op) {
  size_t limbs = std::max(a.limbs().size(), b.limbs().size()) + 1;
  Mag x = twos(a.limbs(), a.is_negative(), limbs);
  Mag y = twos(b.limbs(), b.is_negative(), limbs);
  for (size_t i = 0; i < limbs; ++i) x[i] = op(x[i], y[i]);
  bool neg = x.back() >> 31;
  if (neg) x = twos(x, true, limbs);  // back from two's complement to a magnitude
  trim_mag(x);
  return BigInt::from_limbs(std::move(x), neg);
}

BigInt operator&(const BigInt& a, const BigInt& b) { return bitwise(a, b, [](Limb x, Limb y) { return x & y; }); }
BigInt operator|(const BigInt& a, const BigInt& b) { return bitwise(a, b, [](Limb x, Limb y) { return x | y; }); }
BigInt operator^(const BigInt& a, const BigInt& b) { return bitwise(a, b, [](Limb x, Limb y) { return x ^ y; }); }

BigInt BigInt::gcd(BigInt a, BigInt b) {
  a = a.abs();
  b = b.abs();
  while (!b.is_zero()) {
    BigInt r;
    divmod_abs(a, b, nullptr, &r);
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

BigInt BigInt::round_digits(int64_t ndigits) const {
  if (ndigits >= 0 || is_zero()) return *this;
  // 10**k > 2 * |n| rounds to zero, whatever the ties rule; skip building huge powers.
  if (static_cast<double>(-ndigits) > static_cast<double>(bit_length()) * 0.30103 + 2) return BigInt(0);
  BigInt p = *pow(BigInt(10), BigInt(-ndigits));
  auto qr = *divmod(*this, p);  // floor division: remainder in [0, p)
  BigInt twice = qr.second + qr.second;
  auto c = twice <=> p;
  if (c > 0 || (c == 0 && qr.first.is_odd())) qr.first = qr.first + BigInt(1);
  return qr.first * p;
}

}  // namespace py
