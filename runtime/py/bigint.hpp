// BigInt: Python's int (arbitrary precision, floor division, two's-complement bitwise ops),
// plus the int64 fast-path helpers the VM uses before it switches to BigInt on overflow.
// Errors are values (NumResult): a Python exception type name and CPython 3.11's message.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace py {

// A Python exception raised by the number libraries: "ValueError", "division by zero", ...
struct NumError {
  const char* type;  // "ValueError", "OverflowError", "ZeroDivisionError", "TypeError"
  std::string message;
  // As a traceback's last line shows it: "ValueError: msg", or just "MemoryError".
  std::string describe() const { return message.empty() ? std::string(type) : std::string(type) + ": " + message; }
};

template <class T>
class [[nodiscard]] NumResult {
 public:
  NumResult(T value) : v_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit
  NumResult(NumError error) : v_(std::in_place_index<1>, std::move(error)) {}  // NOLINT
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const NumError& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, NumError> v_;
};

// repr() of a str as CPython puts it in messages like `invalid literal for int()`, cut to
// max_chars characters (CPython's "%.200R"); max_chars = 0 means no cut.
std::string repr_for_message(std::string_view utf8, size_t max_chars = 0);

// What int() and float() parse: Unicode decimal digits become ASCII digits, Unicode spaces
// become ' ', other non-ASCII characters '?' (which no parser accepts).
std::string number_text_to_ascii(std::string_view utf8);
// Strips the ASCII whitespace str.strip() removes.
std::string_view strip_number_spaces(std::string_view s);

// CPython 3.11's default sys.get_int_max_str_digits(); 0 disables the limit.
inline constexpr int kDefaultMaxStrDigits = 4300;

// ---- int64 fast path: false means "overflowed, redo it with BigInt". ----
inline bool add_i64(int64_t a, int64_t b, int64_t* out) { return !__builtin_add_overflow(a, b, out); }
inline bool sub_i64(int64_t a, int64_t b, int64_t* out) { return !__builtin_sub_overflow(a, b, out); }
inline bool mul_i64(int64_t a, int64_t b, int64_t* out) { return !__builtin_mul_overflow(a, b, out); }
// Python's // and % (result takes the divisor's sign). b must be nonzero; false only for
// INT64_MIN // -1, whose quotient does not fit.
bool floordiv_i64(int64_t a, int64_t b, int64_t* out);
int64_t mod_i64(int64_t a, int64_t b);
// hash(n) for a small int, as CPython (modulus 2**61 - 1, hash(-1) == -2).
int64_t hash_i64(int64_t v);

class BigInt {
 public:
  using Limb = uint32_t;  // base 2**32; 64-bit intermediates work the same on wasm32

  BigInt() = default;
  BigInt(int64_t v);  // NOLINT: implicit, ints mix freely
  static BigInt from_u64(uint64_t v, bool negative = false);
  // From a little-endian base-2**32 magnitude (high zero limbs allowed).
  static BigInt from_limbs(std::vector<Limb> mag, bool negative = false);
  // int(x) for a float: truncates toward zero.
  static NumResult<BigInt> from_double(double d);
  // int(s, base): base 0 or 2..36; whitespace, sign, prefixes and single underscores as
  // CPython accepts them. max_digits limits base-10 (non power-of-two) digit counts.
  static NumResult<BigInt> parse(std::string_view s, int base = 10,
                                 int max_digits = kDefaultMaxStrDigits);

  bool is_zero() const { return mag_.empty(); }
  bool is_negative() const { return neg_; }
  int sign() const { return neg_ ? -1 : (mag_.empty() ? 0 : 1); }
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1); }
  std::optional<int64_t> to_int64() const;
  bool fits_int64() const { return to_int64().has_value(); }
  // float(n): correctly rounded (ties to even).
  NumResult<double> to_double() const;
  // str(n). Fails past max_digits decimal digits like CPython (0 = no limit).
  NumResult<std::string> to_string(int max_digits = kDefaultMaxStrDigits) const;
  // Digits in base 2..36 with a leading '-' and no prefix (bin/oct/hex add theirs).
  std::string to_base(int base, bool upper = false) const;
  uint64_t bit_length() const;
  int64_t hash() const;

  BigInt operator-() const;
  BigInt abs() const;
  BigInt operator~() const;  // -(n + 1)
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt& operator+=(const BigInt& b) { return *this = *this + b; }
  BigInt& operator-=(const BigInt& b) { return *this = *this - b; }
  BigInt& operator*=(const BigInt& b) { return *this = *this * b; }
  friend bool operator==(const BigInt& a, const BigInt& b) { return a.neg_ == b.neg_ && a.mag_ == b.mag_; }
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b);

  // Python's //, %, divmod (floor semantics), / (correctly rounded float).
  static NumResult<BigInt> floordiv(const BigInt& a, const BigInt& b);
  static NumResult<BigInt> mod(const BigInt& a, const BigInt& b);
  static NumResult<std::pair<BigInt, BigInt>> divmod(const BigInt& a, const BigInt& b);
  static NumResult<double> truediv(const BigInt& a, const BigInt& b);
  // a ** b for b >= 0 (a negative b is a float power: the caller's job).
  static NumResult<BigInt> pow(const BigInt& a, const BigInt& b);
  // pow(a, b, m); a negative b uses the modular inverse like CPython 3.8+.
  static NumResult<BigInt> pow_mod(const BigInt& a, const BigInt& b, const BigInt& m);
  NumResult<BigInt> shl(int64_t n) const;  // n < 0: ValueError
  NumResult<BigInt> shr(int64_t n) const;  // floor(a / 2**n)
  static BigInt gcd(BigInt a, BigInt b);
  // round(n, ndigits): for ndigits < 0, to a multiple of 10**-ndigits, ties to even.
  BigInt round_digits(int64_t ndigits) const;

  // Truncated division of magnitudes (signs ignored); for callers that need exact rationals.
  static void divmod_abs(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  const std::vector<Limb>& limbs() const { return mag_; }

 private:
  void trim();
  bool neg_ = false;
  std::vector<Limb> mag_;  // little-endian magnitude, no high zero limbs; zero is empty
};

}  // namespace py
