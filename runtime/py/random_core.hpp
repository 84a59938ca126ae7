// The engine of Python's `random` module: CPython 3.11's random.Random (MT19937 and the
// methods built on it), over plain C++ types, so that `random.seed(n)` gives CPython's numbers.
//
// Sequence methods work on indices: choice/sample/choices return positions in the population
// and the caller (the VM) indexes its own sequence. Int arguments are int64 here; a Python int
// beyond that goes through seed_words / getrandbits / randbelow_words as 32-bit words, which the
// VM's BigInt assembles (randrange/randint over BigInts are then the VM's few lines on top).
// Errors are values (NumResult, as in bigint.hpp): the Python exception type and CPython's message.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "py/bigint.hpp"  // NumError / NumResult: the number libraries' errors as values

namespace py {

// SHA-512 digest (FIPS 180-4), needed by seed(str/bytes). hashlib may reuse it later.
std::array<std::uint8_t, 64> sha512(std::string_view data);

// sin, cos and acos evaluated in double-double and rounded once (correct except in rare
// near-midpoint cases). The wasm build uses them instead of musl's; see random_core.cpp.
namespace float_math {
double sin(double x);
double cos(double x);
double acos(double x);
}  // namespace float_math

class Random {
 public:
  static constexpr int kStateWords = 624;  // MT19937's N

  // What getstate() holds: the 624 words, the position in them, and gauss()'s cached value.
  struct State {
    std::array<std::uint32_t, kStateWords> mt{};
    int index = kStateWords;
    std::optional<double> gauss_next;
  };

  Random() { seed(); }  // like random.Random(): seeded from entropy
  explicit Random(std::int64_t a) { seed(a); }

  // ---- seeding (each also drops gauss()'s cached value, as Random.seed does)
  // seed() / seed(None): OS entropy (random_device, mixed with the clock), so not reproducible;
  // the VM may pin a seed for deterministic runs by calling seed(int) instead.
  void seed();
  // seed(int): all bits of |a| are used; negative seeds give the same stream as their abs.
  // A float seed is seed(abs(hash(x))), which the VM computes.
  void seed(std::int64_t a);
  // seed(int) of any size: |a| as 32-bit words, least significant first.
  void seed_words(std::span<const std::uint32_t> abs_words);
  // seed(str/bytes/bytearray), version 2: the int of bytes + sha512(bytes), big-endian.
  // A str is passed as its UTF-8 encoding.
  void seed_bytes(std::string_view bytes);

  State getstate() const;
  NumResult<bool> setstate(const State& state);

  // ---- the core generator
  std::uint32_t genrand_uint32();
  double random();  // [0, 1), 53 bits from two draws
  // getrandbits(k): the int's 32-bit words, least significant first (empty for k == 0).
  NumResult<std::vector<std::uint32_t>> getrandbits(std::int64_t k);
  std::uint64_t getrandbits64(int k);  // 0 <= k <= 64, same draws as getrandbits(k)
  std::uint64_t randbelow(std::uint64_t n);  // _randbelow: [0, n) for n > 0, by rejection
  // _randbelow for n of any size (n > 0), as 32-bit words least significant first, and the
  // result likewise: what randrange/choice over a BigInt range will use.
  std::vector<std::uint32_t> randbelow_words(std::span<const std::uint32_t> n);
  NumResult<std::string> randbytes(std::int64_t n);

  // ---- integers
  NumResult<std::int64_t> randrange(std::int64_t stop);
  NumResult<std::int64_t> randrange(std::int64_t start, std::int64_t stop, std::int64_t step = 1);
  NumResult<std::int64_t> randint(std::int64_t a, std::int64_t b);

  // ---- sequences, by index
  NumResult<std::int64_t> choice(std::int64_t len);
  // Shuffles in place with CPython's draws; Seq needs size() and operator[].
  template <class Seq>
  void shuffle(Seq& x) {
    for (std::size_t i = x.size(); i-- > 1;) {
      auto j = static_cast<std::size_t>(randbelow(i + 1));
      using std::swap;
      swap(x[i], x[j]);
    }
  }
  // sample(range(n), k): indices in selection order (pool or set algorithm, as CPython picks).
  NumResult<std::vector<std::int64_t>> sample(std::int64_t n, std::int64_t k);
  // sample(population, k, counts=counts) with len(population) == n.
  NumResult<std::vector<std::int64_t>> sample(std::int64_t n, std::span<const std::int64_t> counts,
                                              std::int64_t k);
  // choices(population, k=k), len(population) == n. For n == 0 (and k > 0) CPython raises while
  // indexing the population after one draw: the result then holds the one bad index 0, and the
  // VM's indexing raises the sequence's own IndexError.
  std::vector<std::int64_t> choices(std::int64_t n, std::int64_t k);
  // choices with weights / cum_weights (as floats: int weights beyond 2**53 are not exact yet).
  NumResult<std::vector<std::int64_t>> choices_weights(std::int64_t n, std::span<const double> weights,
                                                       std::int64_t k);
  NumResult<std::vector<std::int64_t>> choices_cum_weights(std::int64_t n, std::span<const double> cum_weights,
                                                           std::int64_t k);

  // ---- real-valued distributions. Int arguments arrive as floats, which is what CPython computes
  // with too, except e.g. uniform(a, b) with ints beyond 2**53, where CPython subtracts exactly.
  double uniform(double a, double b);
  double triangular(double low = 0.0, double high = 1.0, std::optional<double> mode = {});
  double normalvariate(double mu = 0.0, double sigma = 1.0);
  double gauss(double mu = 0.0, double sigma = 1.0);
  NumResult<double> lognormvariate(double mu, double sigma);
  NumResult<double> expovariate(double lambd);
  double vonmisesvariate(double mu, double kappa);
  NumResult<double> gammavariate(double alpha, double beta);
  NumResult<double> betavariate(double alpha, double beta);
  NumResult<double> paretovariate(double alpha);
  NumResult<double> weibullvariate(double alpha, double beta);

 private:
  void init_genrand(std::uint32_t s);
  void init_by_array(std::span<const std::uint32_t> key);
  void twist();
  // The int64 API's widest range, randint(-2**63, 2**63 - 1), has 2**64 values.
  unsigned __int128 getrandbits128(int k);             // 0 <= k <= 128
  unsigned __int128 randbelow128(unsigned __int128 n);

  std::array<std::uint32_t, kStateWords> mt_{};
  int index_ = kStateWords;
  std::optional<double> gauss_next_;
};

}  // namespace py
