// CPython 3.11's random.Random over plain C++ types; see random_core.hpp.
// Every method makes the same draws, in the same order, with the same float operations as
// Lib/random.py and Modules/_randommodule.c, because the numbers must match bit for bit.
#include "py/random_core.hpp"

#include <algorithm>
#include <bit>
#include <climits>
#include <chrono>
#include <cmath>
#include <cstring>
#include <random>
#include <unordered_set>

// Python rounds every float operation on its own; a fused multiply-add would change the bits
// (and break the double-double arithmetic below). GCC does not fuse in ISO mode (-std=c++20).
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace py {

namespace {

NumError value_error(std::string message) { return {"ValueError", std::move(message)}; }
NumError float_division_by_zero() { return {"ZeroDivisionError", "float division by zero"}; }

// ============================================================================ SHA-512

// The first 64 bits of the fractional parts of the cube roots of the first 80 primes.
constexpr std::uint64_t kSha512K[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

// The first 64 bits of the fractional parts of the square roots of the first 8 primes.
constexpr std::uint64_t kSha512Init[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

constexpr std::uint64_t rotr(std::uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

void sha512_block(std::uint64_t h[8], const std::uint8_t block[128]) {
  std::uint64_t w[80];
  for (int t = 0; t < 16; ++t) {
    std::uint64_t v = 0;
    for (int b = 0; b < 8; ++b) v = (v << 8) | block[t * 8 + b];  // big-endian words
    w[t] = v;
  }
  for (int t = 16; t < 80; ++t) {
    std::uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
    std::uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  std::uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
  for (int t = 0; t < 80; ++t) {
    std::uint64_t sum1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
    std::uint64_t ch = (e & f) ^ (~e & g);
    std::uint64_t t1 = k + sum1 + ch + kSha512K[t] + w[t];
    std::uint64_t sum0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
    std::uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
    std::uint64_t t2 = sum0 + maj;
    k = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
}

}  // namespace

std::array<std::uint8_t, 64> sha512(std::string_view data) {
  std::uint64_t h[8];
  std::memcpy(h, kSha512Init, sizeof h);
  std::size_t full = data.size() / 128 * 128;
  for (std::size_t i = 0; i < full; i += 128) {
    sha512_block(h, reinterpret_cast<const std::uint8_t*>(data.data() + i));
  }
  // Padding: 0x80, zeros, then the length in bits as a 128-bit big-endian number.
  std::uint8_t tail[256] = {};
  std::size_t rest = data.size() - full;
  std::memcpy(tail, data.data() + full, rest);
  tail[rest] = 0x80;
  std::size_t tail_len = rest + 1 + 16 <= 128 ? 128 : 256;
  std::uint64_t bits_lo = static_cast<std::uint64_t>(data.size()) << 3;
  std::uint64_t bits_hi = static_cast<std::uint64_t>(data.size()) >> 61;
  for (int b = 0; b < 8; ++b) {
    tail[tail_len - 1 - b] = static_cast<std::uint8_t>(bits_lo >> (8 * b));
    tail[tail_len - 9 - b] = static_cast<std::uint8_t>(bits_hi >> (8 * b));
  }
  for (std::size_t i = 0; i < tail_len; i += 128) sha512_block(h, tail + i);
  std::array<std::uint8_t, 64> digest{};
  for (int i = 0; i < 64; ++i) digest[i] = static_cast<std::uint8_t>(h[i / 8] >> (56 - 8 * (i % 8)));
  return digest;
}

namespace {

// ============================================================================ helpers

constexpr double kTwoPi = 0x1.921fb54442d18p+2;         // math.tau
constexpr double kPi = 0x1.921fb54442d18p+1;            // math.pi
constexpr double kE = 0x1.5bf0a8b145769p+1;             // math.e
constexpr double kNvMagic = 0x1.b72cd3f331398p+0;       // 4 * exp(-0.5) / sqrt(2.0)
constexpr double kLog4 = 0x1.62e42fefa39efp+0;          // log(4.0)
constexpr double kSgMagic = 0x1.40859baee748fp+1;       // 1.0 + log(4.5)

using i128 = __int128;

std::string to_string(i128 v) {
  if (v == 0) return "0";
  bool negative = v < 0;
  unsigned __int128 u = negative ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  std::string digits;
  while (u != 0) {
    digits.push_back(static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  }
  if (negative) digits.push_back('-');
  std::reverse(digits.begin(), digits.end());
  return digits;
}

NumError empty_range_error(i128 start, i128 stop, i128 width) {
  return value_error("empty range for randrange() (" + to_string(start) + ", " + to_string(stop) + ", " +
                     to_string(width) + ")");
}

// Python's // on ints: rounds toward minus infinity.
i128 floor_div(i128 a, i128 b) {
  i128 q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

// Python's float %: the result takes the divisor's sign.
double float_mod(double x, double y) {
  double mod = std::fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) mod += y;
  } else {
    mod = std::copysign(0.0, y);
  }
  return mod;
}

// Python's float ** for the finite, non-negative bases the distributions use.
NumResult<double> float_pow(double x, double y) {
  if (x == 0.0 && y < 0.0) {
    return NumError{"ZeroDivisionError", "0.0 cannot be raised to a negative power"};
  }
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) {
    return NumError{"OverflowError", "(34, 'Numerical result out of range')"};
  }
  return r;
}

// bisect.bisect_right, step for step, so unsorted input lands where CPython's does.
template <class T, class X>
std::int64_t bisect_right(std::span<const T> a, X x, std::int64_t lo, std::int64_t hi) {
  while (lo < hi) {
    std::int64_t mid = lo + (hi - lo) / 2;
    if (x < a[static_cast<std::size_t>(mid)]) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

}  // namespace

// ============================================================================ libm

// Double-double arithmetic (Dekker, Knuth): a value as an unevaluated sum hi + lo, ~106 bits.
namespace {

struct DD {
  double hi;
  double lo;
};

DD quick_two_sum(double a, double b) {  // needs |a| >= |b|
  double s = a + b;
  return {s, b - (s - a)};
}

DD two_sum(double a, double b) {
  double s = a + b;
  double bb = s - a;
  return {s, (a - (s - bb)) + (b - bb)};
}

DD split(double a) {  // a = hi + lo with 26-bit halves, so their products are exact
  double t = 134217729.0 * a;  // 2**27 + 1
  double hi = t - (t - a);
  return {hi, a - hi};
}

DD two_prod(double a, double b) {  // exact product, without relying on an FMA instruction
  double p = a * b;
  DD x = split(a), y = split(b);
  return {p, ((x.hi * y.hi - p) + x.hi * y.lo + x.lo * y.hi) + x.lo * y.lo};
}

DD dd_add(DD a, DD b) {
  DD s = two_sum(a.hi, b.hi);
  DD t = two_sum(a.lo, b.lo);
  s = quick_two_sum(s.hi, s.lo + t.hi);
  return quick_two_sum(s.hi, s.lo + t.lo);
}

DD dd_neg(DD a) { return {-a.hi, -a.lo}; }
DD dd_sub(DD a, DD b) { return dd_add(a, dd_neg(b)); }

DD dd_mul(DD a, DD b) {
  DD p = two_prod(a.hi, b.hi);
  return quick_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}

DD dd_div(DD a, double b) {
  double q1 = a.hi / b;
  DD r = dd_sub(a, two_prod(q1, b));
  double q2 = r.hi / b;
  r = dd_sub(r, two_prod(q2, b));
  double q3 = r.hi / b;
  return dd_add(quick_two_sum(q1, q2), DD{q3, 0.0});
}

DD dd_div(DD a, DD b) {
  double q1 = a.hi / b.hi;
  DD r = dd_sub(a, dd_mul(DD{q1, 0.0}, b));
  double q2 = r.hi / b.hi;
  r = dd_sub(r, dd_mul(DD{q2, 0.0}, b));
  double q3 = r.hi / b.hi;
  return dd_add(quick_two_sum(q1, q2), DD{q3, 0.0});
}

constexpr DD kPiDD = {0x1.921fb54442d18p+1, 0x1.1a62633145c07p-53};
constexpr DD kPiOver2DD = {0x1.921fb54442d18p+0, 0x1.1a62633145c07p-54};
constexpr double kPiOver2Tail2 = -0x1.f1976b7ed8fbcp-110;  // pi/2 = kPiOver2DD + this, ~160 bits

// sin and cos of a reduced argument |r| <= pi/4, by their Taylor series until terms vanish.
void sin_cos_reduced(DD r, DD* sin_r, DD* cos_r) {
  DD r2 = dd_mul(r, r);
  DD sin_sum = r, term = r;
  for (int n = 2; std::fabs(term.hi) > 0x1p-112 * std::fabs(sin_sum.hi) && n < 60; n += 2) {
    term = dd_neg(dd_div(dd_mul(term, r2), static_cast<double>(n) * (n + 1)));
    sin_sum = dd_add(sin_sum, term);
  }
  DD cos_sum = {1.0, 0.0};
  term = {1.0, 0.0};
  for (int n = 1; std::fabs(term.hi) > 0x1p-112 && n < 60; n += 2) {
    term = dd_neg(dd_div(dd_mul(term, r2), static_cast<double>(n) * (n + 1)));
    cos_sum = dd_add(cos_sum, term);
  }
  *sin_r = sin_sum;
  *cos_r = cos_sum;
}

// sin(x) and cos(x) to ~100 bits, x = k*pi/2 + r; false when x is too large for this reduction.
bool sin_cos_dd(double x, DD* sin_x, DD* cos_x) {
  if (!(std::fabs(x) <= 0x1p+20)) return false;
  double k = std::nearbyint(x * 0x1.45f306dc9c883p-1);  // x * 2/pi
  DD r = dd_sub(DD{x, 0.0}, two_prod(k, kPiOver2DD.hi));
  r = dd_sub(r, two_prod(k, kPiOver2DD.lo));
  r = dd_sub(r, two_prod(k, kPiOver2Tail2));
  DD s, c;
  sin_cos_reduced(r, &s, &c);
  switch (static_cast<long long>(k) & 3) {
    case 0: *sin_x = s; *cos_x = c; break;
    case 1: *sin_x = c; *cos_x = dd_neg(s); break;
    case 2: *sin_x = dd_neg(s); *cos_x = dd_neg(c); break;
    default: *sin_x = dd_neg(c); *cos_x = s; break;
  }
  return true;
}

// asin(s) for |s| <= 0.5 (well conditioned): one Newton step on sin from libm's estimate.
DD asin_dd(DD s) {
  double y0 = std::asin(s.hi);
  DD sin_y, cos_y;
  sin_cos_dd(y0, &sin_y, &cos_y);
  return dd_add(DD{y0, 0.0}, dd_div(dd_sub(s, sin_y), cos_y));
}

// sqrt(a) of a double as a double-double.
DD sqrt_dd(double a) {
  double s = std::sqrt(a);
  if (s == 0.0) return {s, 0.0};
  DD sq = two_prod(s, s);
  return quick_two_sum(s, ((a - sq.hi) - sq.lo) / (2.0 * s));
}

}  // namespace

namespace float_math {

double sin(double x) {
  DD s, c;
  if (std::fabs(x) < 0x1p-26 || !sin_cos_dd(x, &s, &c)) return std::sin(x);  // tiny: sin(x) rounds to x
  return s.hi + s.lo;
}

double cos(double x) {
  DD s, c;
  if (std::fabs(x) < 0x1p-27 || !sin_cos_dd(x, &s, &c)) return std::cos(x);  // tiny: rounds to 1
  return c.hi + c.lo;
}

double acos(double x) {
  if (!(std::fabs(x) <= 1.0)) return std::acos(x);  // NaN: the domain error is the caller's
  DD r;
  if (x > 0.5) {
    r = asin_dd(sqrt_dd((1.0 - x) * 0.5));  // acos(x) = 2 asin(sqrt((1-x)/2)); 1-x is exact here
    r = {2.0 * r.hi, 2.0 * r.lo};
  } else if (x < -0.5) {
    r = asin_dd(sqrt_dd((1.0 + x) * 0.5));  // acos(x) = pi - 2 asin(sqrt((1+x)/2))
    r = dd_sub(kPiDD, DD{2.0 * r.hi, 2.0 * r.lo});
  } else {
    r = dd_sub(kPiOver2DD, asin_dd(DD{x, 0.0}));  // acos(x) = pi/2 - asin(x)
  }
  return r.hi + r.lo;
}

}  // namespace float_math

namespace {
// CPython calls the platform libm. Natively that is the same libm as the oracle's; Emscripten's
// musl sin/cos/acos disagree with glibc in 3-8% of last bits, so the wasm build rounds correctly
// instead, which agrees with glibc except where glibc itself misrounds (~0.1%).
#if defined(__EMSCRIPTEN__)
double libm_sin(double x) { return float_math::sin(x); }
double libm_cos(double x) { return float_math::cos(x); }
double libm_acos(double x) { return float_math::acos(x); }
#else
double libm_sin(double x) { return std::sin(x); }
double libm_cos(double x) { return std::cos(x); }
double libm_acos(double x) { return std::acos(x); }
#endif
}  // namespace

// ============================================================================ MT19937

namespace {
constexpr int kN = Random::kStateWords;
constexpr int kM = 397;
constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
constexpr std::uint32_t kUpperMask = 0x80000000U;
constexpr std::uint32_t kLowerMask = 0x7fffffffU;
}  // namespace

void Random::init_genrand(std::uint32_t s) {
  mt_[0] = s;
  for (int i = 1; i < kN; ++i) {
    mt_[i] = 1812433253U * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
  }
  index_ = kN;
}

void Random::init_by_array(std::span<const std::uint32_t> key) {
  init_genrand(19650218U);
  int i = 1;
  std::size_t j = 0;
  std::size_t length = key.size();
  for (std::size_t k = std::max<std::size_t>(kN, length); k > 0; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<std::uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
    if (j >= length) j = 0;
  }
  for (int k = kN - 1; k > 0; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941U)) - static_cast<std::uint32_t>(i);
    ++i;
    if (i >= kN) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
  }
  mt_[0] = 0x80000000U;  // non-zero initial state
}

void Random::twist() {
  auto mix = [](std::uint32_t upper, std::uint32_t lower, std::uint32_t far) {
    std::uint32_t y = (upper & kUpperMask) | (lower & kLowerMask);
    return far ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
  };
  int k = 0;
  for (; k < kN - kM; ++k) mt_[k] = mix(mt_[k], mt_[k + 1], mt_[k + kM]);
  for (; k < kN - 1; ++k) mt_[k] = mix(mt_[k], mt_[k + 1], mt_[k + kM - kN]);
  mt_[kN - 1] = mix(mt_[kN - 1], mt_[0], mt_[kM - 1]);
  index_ = 0;
}

std::uint32_t Random::genrand_uint32() {
  if (index_ >= kN) twist();
  std::uint32_t y = mt_[index_++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

// ============================================================================ seeding

void Random::seed() {
  // CPython reads 624 words from os.urandom; random_device is the portable equivalent
  // (getrandom natively, crypto.getRandomValues under Emscripten).
  std::random_device device;
  std::array<std::uint32_t, kN> key{};
  for (auto& word : key) word = device();
  key[0] ^= static_cast<std::uint32_t>(std::chrono::steady_clock::now().time_since_epoch().count());
  init_by_array(key);
  gauss_next_.reset();
}

void Random::seed(std::int64_t a) {
  std::uint64_t magnitude = a < 0 ? 0 - static_cast<std::uint64_t>(a) : static_cast<std::uint64_t>(a);
  std::uint32_t words[2] = {static_cast<std::uint32_t>(magnitude), static_cast<std::uint32_t>(magnitude >> 32)};
  seed_words(words);
}

void Random::seed_words(std::span<const std::uint32_t> abs_words) {
  // The key is as many words as the number needs, at least one (so 0 seeds with [0]).
  std::size_t used = abs_words.size();
  while (used > 0 && abs_words[used - 1] == 0) --used;
  if (used == 0) {
    const std::uint32_t zero[1] = {0};
    init_by_array(zero);
  } else {
    init_by_array(abs_words.first(used));
  }
  gauss_next_.reset();
}

void Random::seed_bytes(std::string_view bytes) {
  // int.from_bytes(bytes + sha512(bytes).digest()) is big-endian: the last byte is the
  // least significant, so the little-endian words are read from the end.
  std::string all(bytes);
  auto digest = sha512(bytes);
  all.append(reinterpret_cast<const char*>(digest.data()), digest.size());
  std::vector<std::uint32_t> words((all.size() + 3) / 4, 0);
  for (std::size_t i = 0; i < all.size(); ++i) {
    auto byte = static_cast<std::uint8_t>(all[all.size() - 1 - i]);
    words[i / 4] |= static_cast<std::uint32_t>(byte) << (8 * (i % 4));
  }
  seed_words(words);
}

Random::State Random::getstate() const { return State{mt_, index_, gauss_next_}; }

NumResult<bool> Random::setstate(const State& state) {
  if (state.index < 0 || state.index > kN) return value_error("invalid state");
  mt_ = state.mt;
  index_ = state.index;
  gauss_next_ = state.gauss_next;
  return true;
}

// ============================================================================ core draws

double Random::random() {
  std::uint32_t a = genrand_uint32() >> 5;
  std::uint32_t b = genrand_uint32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

NumResult<std::vector<std::uint32_t>> Random::getrandbits(std::int64_t k) {
  if (k > INT_MAX || k < INT_MIN) {
    // CPython takes k as a C int.
    return NumError{"OverflowError", "Python int too large to convert to C int"};
  }
  if (k < 0) return value_error("number of bits must be non-negative");
  std::vector<std::uint32_t> words(static_cast<std::size_t>((k + 31) / 32));
  for (auto& word : words) {
    std::uint32_t r = genrand_uint32();
    if (k < 32) r >>= (32 - k);  // the top word keeps the high bits of its draw
    word = r;
    k -= 32;
  }
  return words;
}

std::uint64_t Random::getrandbits64(int k) {
  if (k <= 0) return 0;
  if (k <= 32) return genrand_uint32() >> (32 - k);
  std::uint64_t low = genrand_uint32();
  std::uint64_t high = genrand_uint32() >> (64 - k);
  return low | (high << 32);
}

unsigned __int128 Random::getrandbits128(int k) {
  // Same draws as getrandbits(k): whole words from the bottom up, the top one shifted.
  unsigned __int128 r = 0;
  for (int shift = 0; k > 0; shift += 32, k -= 32) {
    std::uint32_t word = genrand_uint32();
    if (k < 32) word >>= (32 - k);
    r |= static_cast<unsigned __int128>(word) << shift;
  }
  return r;
}

std::uint64_t Random::randbelow(std::uint64_t n) {
  if (n == 0) return 0;  // CPython would loop forever; callers never ask
  int k = 64 - std::countl_zero(n);  // n.bit_length(), not (n-1)'s: n may be 1
  std::uint64_t r = getrandbits64(k);
  while (r >= n) r = getrandbits64(k);
  return r;
}

std::vector<std::uint32_t> Random::randbelow_words(std::span<const std::uint32_t> n) {
  std::size_t used = n.size();
  while (used > 0 && n[used - 1] == 0) --used;
  if (used == 0) return {};  // n == 0: CPython would loop forever; callers never ask
  auto k = static_cast<std::int64_t>(32 * (used - 1) + std::bit_width(n[used - 1]));
  auto below_n = [&](const std::vector<std::uint32_t>& r) {  // r has `used` words
    for (std::size_t i = used; i-- > 0;) {
      if (r[i] != n[i]) return r[i] < n[i];
    }
    return false;
  };
  std::vector<std::uint32_t> r = getrandbits(k).value();
  while (!below_n(r)) r = getrandbits(k).value();
  return r;
}

unsigned __int128 Random::randbelow128(unsigned __int128 n) {
  auto high = static_cast<std::uint64_t>(n >> 64);
  if (high == 0) return randbelow(static_cast<std::uint64_t>(n));  // the common, cheaper case
  int k = 128 - std::countl_zero(high);
  unsigned __int128 r = getrandbits128(k);
  while (r >= n) r = getrandbits128(k);
  return r;
}

NumResult<std::string> Random::randbytes(std::int64_t n) {
  if (n > INT64_MAX / 8 || n < INT64_MIN / 8) {
    return NumError{"OverflowError", "Python int too large to convert to C int"};
  }
  auto words = getrandbits(n * 8);
  if (!words) return words.error();
  std::string out(static_cast<std::size_t>(n), '\0');
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i] = static_cast<char>(words.value()[i / 4] >> (8 * (i % 4)));
  }
  return out;
}

// ============================================================================ integers

NumResult<std::int64_t> Random::randrange(std::int64_t stop) {
  if (stop > 0) return static_cast<std::int64_t>(randbelow(static_cast<std::uint64_t>(stop)));
  return value_error("empty range for randrange()");
}

NumResult<std::int64_t> Random::randrange(std::int64_t start, std::int64_t stop, std::int64_t step) {
  // Python ints do not overflow: width and count are computed in 128 bits.
  i128 width = static_cast<i128>(stop) - start;
  if (step == 1) {
    if (width > 0) return static_cast<std::int64_t>(start + static_cast<i128>(randbelow128(width)));
    return empty_range_error(start, stop, width);
  }
  i128 n;
  if (step > 0) {
    n = floor_div(width + step - 1, step);
  } else if (step < 0) {
    n = floor_div(width + step + 1, step);
  } else {
    return value_error("zero step for randrange()");
  }
  if (n <= 0) return value_error("empty range for randrange()");
  return static_cast<std::int64_t>(start + static_cast<i128>(step) * static_cast<i128>(randbelow128(n)));
}

NumResult<std::int64_t> Random::randint(std::int64_t a, std::int64_t b) {
  // randrange(a, b + 1), where b + 1 may be 2**63: the same steps, in 128 bits.
  i128 stop = static_cast<i128>(b) + 1;
  i128 width = stop - a;
  if (width > 0) return static_cast<std::int64_t>(a + static_cast<i128>(randbelow128(width)));
  return empty_range_error(a, stop, width);
}

// ============================================================================ sequences

NumResult<std::int64_t> Random::choice(std::int64_t len) {
  if (len <= 0) return NumError{"IndexError", "Cannot choose from an empty sequence"};
  return static_cast<std::int64_t>(randbelow(static_cast<std::uint64_t>(len)));
}

NumResult<std::vector<std::int64_t>> Random::sample(std::int64_t n, std::int64_t k) {
  if (k < 0 || k > n) return value_error("Sample larger than population or is negative");
  std::vector<std::int64_t> result(static_cast<std::size_t>(k));
  // CPython's size heuristic: an n-long pool list versus a k-element set of picks.
  // setsize = 21 + (k > 5 ? 4 ** ceil(log(k * 3, 4)) : 0), with the same float math.
  bool use_pool = n <= 21;
  if (k > 5) {
    double exponent = std::ceil(std::log(static_cast<double>(static_cast<i128>(k) * 3)) / std::log(4.0));
    use_pool = exponent >= 40 || n <= 21 + (static_cast<i128>(1) << (2 * static_cast<int>(exponent)));
  }
  if (use_pool) {
    std::vector<std::int64_t> pool(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) pool[static_cast<std::size_t>(i)] = i;
    for (std::int64_t i = 0; i < k; ++i) {
      auto j = static_cast<std::size_t>(randbelow(static_cast<std::uint64_t>(n - i)));
      result[static_cast<std::size_t>(i)] = pool[j];
      pool[j] = pool[static_cast<std::size_t>(n - i - 1)];  // move the unpicked last item into the gap
    }
  } else {
    std::unordered_set<std::int64_t> selected;
    for (std::int64_t i = 0; i < k; ++i) {
      auto j = static_cast<std::int64_t>(randbelow(static_cast<std::uint64_t>(n)));
      while (selected.count(j) != 0) j = static_cast<std::int64_t>(randbelow(static_cast<std::uint64_t>(n)));
      selected.insert(j);
      result[static_cast<std::size_t>(i)] = j;
    }
  }
  return result;
}

NumResult<std::vector<std::int64_t>> Random::sample(std::int64_t n, std::span<const std::int64_t> counts,
                                                    std::int64_t k) {
  std::vector<std::int64_t> cum_counts;
  cum_counts.reserve(counts.size());
  std::int64_t running = 0;
  for (std::int64_t count : counts) {
    if (__builtin_add_overflow(running, count, &running)) {
      return NumError{"OverflowError", "counts beyond 64 bits are not supported yet"};
    }
    cum_counts.push_back(running);
  }
  if (static_cast<std::int64_t>(cum_counts.size()) != n) {
    return value_error("The number of counts does not match the population");
  }
  if (cum_counts.empty()) return NumError{"IndexError", "pop from empty list"};
  std::int64_t total = cum_counts.back();
  cum_counts.pop_back();
  if (total <= 0) return value_error("Total of counts must be greater than zero");
  auto selections = sample(total, k);
  if (!selections) return selections;
  std::span<const std::int64_t> bounds(cum_counts);
  for (auto& s : selections.value()) s = bisect_right(bounds, s, 0, static_cast<std::int64_t>(bounds.size()));
  return selections;
}

std::vector<std::int64_t> Random::choices(std::int64_t n, std::int64_t k) {
  std::vector<std::int64_t> result;
  double size = static_cast<double>(n);
  for (std::int64_t i = 0; i < k; ++i) {
    auto index = static_cast<std::int64_t>(std::floor(random() * size));
    result.push_back(index);
    if (index >= n) break;  // CPython's indexing raises here; the caller's will too
  }
  return result;
}

NumResult<std::vector<std::int64_t>> Random::choices_weights(std::int64_t n, std::span<const double> weights,
                                                             std::int64_t k) {
  std::vector<double> cum_weights;
  cum_weights.reserve(weights.size());
  double running = 0.0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    running = i == 0 ? weights[0] : running + weights[i];  // accumulate() starts from the first item
    cum_weights.push_back(running);
  }
  return choices_cum_weights(n, cum_weights, k);
}

NumResult<std::vector<std::int64_t>> Random::choices_cum_weights(std::int64_t n,
                                                                 std::span<const double> cum_weights,
                                                                 std::int64_t k) {
  if (static_cast<std::int64_t>(cum_weights.size()) != n) {
    return value_error("The number of weights does not match the population");
  }
  if (cum_weights.empty()) return NumError{"IndexError", "list index out of range"};
  double total = cum_weights.back() + 0.0;
  if (total <= 0.0) return value_error("Total of weights must be greater than zero");
  if (!std::isfinite(total)) return value_error("Total of weights must be finite");
  std::vector<std::int64_t> result;
  for (std::int64_t i = 0; i < k; ++i) result.push_back(bisect_right(cum_weights, random() * total, 0, n - 1));
  return result;
}

// ============================================================================ real distributions

double Random::uniform(double a, double b) { return a + (b - a) * random(); }

double Random::triangular(double low, double high, std::optional<double> mode) {
  double u = random();
  double c = 0.5;
  if (mode) {
    if (high - low == 0.0) return low;  // CPython catches the ZeroDivisionError
    c = (*mode - low) / (high - low);
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return low + (high - low) * std::sqrt(u * c);
}

double Random::normalvariate(double mu, double sigma) {
  // Kinderman and Monahan's ratio of uniforms.
  double z;
  while (true) {
    double u1 = random();
    double u2 = 1.0 - random();
    z = kNvMagic * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return mu + z * sigma;
}

double Random::gauss(double mu, double sigma) {
  // Box-Muller gives two values; the second is kept for the next call.
  std::optional<double> z = gauss_next_;
  gauss_next_.reset();
  if (!z) {
    double x2pi = random() * kTwoPi;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - random()));
    z = libm_cos(x2pi) * g2rad;
    gauss_next_ = libm_sin(x2pi) * g2rad;
  }
  return mu + *z * sigma;
}

NumResult<double> Random::lognormvariate(double mu, double sigma) {
  double x = normalvariate(mu, sigma);
  double r = std::exp(x);
  if (std::isinf(r) && std::isfinite(x)) return NumError{"OverflowError", "math range error"};
  return r;
}

NumResult<double> Random::expovariate(double lambd) {
  double u = random();
  if (lambd == 0.0) return float_division_by_zero();
  return -std::log(1.0 - u) / lambd;
}

double Random::vonmisesvariate(double mu, double kappa) {
  if (kappa <= 1e-6) return kTwoPi * random();
  double s = 0.5 / kappa;
  double r = s + std::sqrt(1.0 + s * s);
  double z;
  while (true) {
    double u1 = random();
    z = libm_cos(kPi * u1);
    double d = z / (r + z);
    double u2 = random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
  }
  double q = 1.0 / r;
  double f = (q + z) / (1.0 + q * z);
  double u3 = random();
  if (u3 > 0.5) return float_mod(mu + libm_acos(f), kTwoPi);
  return float_mod(mu - libm_acos(f), kTwoPi);
}

NumResult<double> Random::gammavariate(double alpha, double beta) {
  if (alpha <= 0.0 || beta <= 0.0) return value_error("gammavariate: alpha and beta must be > 0.0");
  if (alpha > 1.0) {
    // Cheng's rejection algorithm GB.
    double ainv = std::sqrt(2.0 * alpha - 1.0);
    double bbb = alpha - kLog4;
    double ccc = alpha + ainv;
    while (true) {
      double u1 = random();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      double u2 = 1.0 - random();
      double v = std::log(u1 / (1.0 - u1)) / ainv;
      double x = alpha * std::exp(v);
      double z = u1 * u1 * u2;
      double r = bbb + ccc * v - x;
      if (r + kSgMagic - 4.5 * z >= 0.0 || r >= std::log(z)) return x * beta;
    }
  }
  if (alpha == 1.0) return -std::log(1.0 - random()) * beta;
  // alpha < 1: ALGORITHM GS of Statistical Computing (Kennedy & Gentle).
  double x;
  while (true) {
    double u = random();
    double b = (kE + alpha) / kE;
    double p = b * u;
    if (p <= 1.0) {
      auto power = float_pow(p, 1.0 / alpha);
      if (!power) return power;
      x = power.value();
    } else {
      x = -std::log((b - p) / alpha);
    }
    double u1 = random();
    if (p > 1.0) {
      auto power = float_pow(x, alpha - 1.0);
      if (!power) return power;
      if (u1 <= power.value()) break;
    } else if (u1 <= std::exp(-x)) {
      break;
    }
  }
  return x * beta;
}

NumResult<double> Random::betavariate(double alpha, double beta) {
  auto y = gammavariate(alpha, 1.0);
  if (!y) return y;
  if (y.value() != 0.0) {
    auto other = gammavariate(beta, 1.0);
    if (!other) return other;
    return y.value() / (y.value() + other.value());
  }
  return 0.0;
}

NumResult<double> Random::paretovariate(double alpha) {
  double u = 1.0 - random();
  if (alpha == 0.0) return float_division_by_zero();
  return float_pow(u, -1.0 / alpha);
}

NumResult<double> Random::weibullvariate(double alpha, double beta) {
  double u = 1.0 - random();
  if (beta == 0.0) return float_division_by_zero();
  auto power = float_pow(-std::log(u), 1.0 / beta);
  if (!power) return power;
  return alpha * power.value();
}

}  // namespace py
