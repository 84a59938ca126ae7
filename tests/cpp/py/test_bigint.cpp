// BigInt against CPython: tests/data/numbers/bigint.txt comes from gen_number_cases.py.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "number_cases.hpp"
#include "py/bigint.hpp"

namespace {

using py::BigInt;
using py::NumResult;
using number_cases::Case;

using number_cases::data_path;
using number_cases::load;

BigInt num(const std::string& s) { return *BigInt::parse(s, 10, 0); }
std::string str(const BigInt& v) { return *v.to_string(0); }

// Python's repr(float) without depending on float_repr (tested on its own).
std::string repr17(double d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  return buf;
}
// Expected float reprs compare by value: parse CPython's repr with strtod.
bool same_float(double got, const std::string& want) {
  if (want == "inf") return got == HUGE_VAL;
  if (want == "-inf") return got == -HUGE_VAL;
  double w = std::strtod(want.c_str(), nullptr);
  return got == w && std::signbit(got) == std::signbit(w);
}

template <class T>
std::string shown(const NumResult<T>& r, const std::function<std::string(const T&)>& f) {
  return r ? f(*r) : "!" + r.error().describe();
}

// Runs one case; returns "" when it matches, else what we produced.
std::string check(const Case& c) {
  const std::string& op = c[0];
  const std::string& want = c.back();
  auto S = [](const BigInt& v) { return str(v); };
  std::string got;
  if (op == "parse_hex") {
    got = shown<BigInt>(BigInt::parse(c[1], std::atoi(c[2].c_str())), [](const BigInt& v) { return v.to_base(16); });
  } else if (op == "parse") {
    got = shown<BigInt>(BigInt::parse(c[1], std::atoi(c[2].c_str())), S);
  } else if (op == "fromfloat") {
    double d = c[1] == "nan" ? NAN : c[1] == "inf" ? HUGE_VAL : std::strtod(c[1].c_str(), nullptr);
    got = shown<BigInt>(BigInt::from_double(d), S);
  } else if (op == "truediv" || op == "tofloat") {
    NumResult<double> r = op == "tofloat" ? num(c[1]).to_double() : BigInt::truediv(num(c[1]), num(c[2]));
    if (!r) got = "!" + r.error().describe();
    else return same_float(*r, want) ? "" : repr17(*r);
  } else {
    BigInt a = num(c[1]);
    if (op == "neg") got = S(-a);
    else if (op == "abs") got = S(a.abs());
    else if (op == "invert") got = S(~a);
    else if (op == "hash") got = std::to_string(a.hash());
    else if (op == "bit_length") got = std::to_string(a.bit_length());
    else if (op == "str") got = shown<std::string>(a.to_string(), [](const std::string& s) { return s; });
    else if (op == "hex") got = a.to_base(16);
    else if (op == "oct") got = a.to_base(8);
    else if (op == "bin") got = a.to_base(2);
    else if (op.rfind("base", 0) == 0) got = a.to_base(std::atoi(op.c_str() + 4));
    else if (op == "shl") got = shown<BigInt>(a.shl(std::atoll(c[2].c_str())), S);
    else if (op == "shr") got = shown<BigInt>(a.shr(std::atoll(c[2].c_str())), S);
    else if (op == "round") got = S(a.round_digits(std::atoll(c[2].c_str())));
    else {
      BigInt b = num(c[2]);
      if (op == "add") got = S(a + b);
      else if (op == "sub") got = S(a - b);
      else if (op == "mul") got = S(a * b);
      else if (op == "and") got = S(a & b);
      else if (op == "or") got = S(a | b);
      else if (op == "xor") got = S(a ^ b);
      else if (op == "cmp") got = std::to_string(a < b ? -1 : a > b ? 1 : 0);
      else if (op == "floordiv") got = shown<BigInt>(BigInt::floordiv(a, b), S);
      else if (op == "mod") got = shown<BigInt>(BigInt::mod(a, b), S);
      else if (op == "pow") got = shown<BigInt>(BigInt::pow(a, b), S);
      else if (op == "powmod") got = shown<BigInt>(BigInt::pow_mod(a, b, num(c[3])), S);
      else if (op == "divmod") {
        got = shown<std::pair<BigInt, BigInt>>(BigInt::divmod(a, b), [](const std::pair<BigInt, BigInt>& p) {
          return str(p.first) + " " + str(p.second);
        });
      } else {
        got = "?unknown op";
      }
    }
  }
  return got == want ? "" : got;
}

TEST(BigInt, MatchesCPythonCases) {
  std::vector<Case> cases = load("bigint.txt");
  ASSERT_GT(cases.size(), 10000u) << "missing " << data_path("bigint.txt");
  std::map<std::string, int> passed, failed;
  for (const Case& c : cases) {
    std::string got = check(c);
    if (got.empty()) {
      ++passed[c[0]];
      continue;
    }
    if (++failed[c[0]] <= 3) {
      std::string line;
      for (const std::string& f : c) line += (f.size() > 200 ? f.substr(0, 200) + "…" : f) + " | ";
      ADD_FAILURE() << line << "\n  got: " << got.substr(0, 300);
    }
  }
  int total = 0;
  for (auto& [op, n] : passed) total += n;
  std::printf("bigint: %d of %zu CPython cases pass\n", total, cases.size());
  EXPECT_EQ(static_cast<size_t>(total), cases.size());
}

TEST(BigInt, Int64FastPath) {
  int64_t out = 0;
  EXPECT_TRUE(py::add_i64(INT64_MAX - 1, 1, &out));
  EXPECT_FALSE(py::add_i64(INT64_MAX, 1, &out));
  EXPECT_FALSE(py::sub_i64(INT64_MIN, 1, &out));
  EXPECT_FALSE(py::mul_i64(int64_t{1} << 32, int64_t{1} << 31, &out));
  EXPECT_TRUE(py::mul_i64(-(int64_t{1} << 32), int64_t{1} << 31, &out));
  EXPECT_EQ(out, INT64_MIN);
  EXPECT_FALSE(py::floordiv_i64(INT64_MIN, -1, &out));
  ASSERT_TRUE(py::floordiv_i64(-7, 2, &out));
  EXPECT_EQ(out, -4);
  EXPECT_EQ(py::mod_i64(-7, 2), 1);
  EXPECT_EQ(py::mod_i64(7, -2), -1);
  EXPECT_EQ(py::mod_i64(INT64_MIN, -1), 0);
  EXPECT_EQ(py::hash_i64(-1), -2);
  EXPECT_EQ(py::hash_i64(INT64_MIN), BigInt(INT64_MIN).hash());
  EXPECT_EQ(py::hash_i64(INT64_MAX), BigInt(INT64_MAX).hash());
  EXPECT_EQ(BigInt(INT64_MIN).to_int64(), INT64_MIN);
  EXPECT_FALSE((BigInt(INT64_MIN) - BigInt(1)).fits_int64());
  EXPECT_FALSE((BigInt(INT64_MAX) + BigInt(1)).fits_int64());
}

TEST(BigInt, ErrorValues) {
  auto r = BigInt::parse("abc");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().describe(), "ValueError: invalid literal for int() with base 10: 'abc'");
  EXPECT_EQ(BigInt::truediv(1, 0).error().describe(), "ZeroDivisionError: division by zero");
  EXPECT_EQ(BigInt::floordiv(1, 0).error().describe(), "ZeroDivisionError: integer division or modulo by zero");
  // Sizes no heap holds fail as values (CPython: MemoryError), never abort.
  EXPECT_EQ(BigInt(1).shl(int64_t{1} << 40).error().describe(), "MemoryError");
  EXPECT_EQ(BigInt::pow(10, int64_t{1} << 40).error().describe(), "MemoryError");
  EXPECT_EQ(*BigInt(-1).shr(int64_t{1} << 40), BigInt(-1));
  EXPECT_EQ(*BigInt::pow(-1, int64_t{1} << 40), BigInt(1));
}

// Not a timed assertion: prints figures (DESIGN.md), fails only far beyond any sane budget.
TEST(BigInt, SpeedFigures) {
  auto t0 = std::chrono::steady_clock::now();
  BigInt f(1);
  for (int i = 2; i <= 1000; ++i) f = f * BigInt(i);
  auto t1 = std::chrono::steady_clock::now();
  std::string s = *f.to_string();
  auto t2 = std::chrono::steady_clock::now();
  BigInt big = *BigInt::pow(BigInt(7), BigInt(11833));  // ~10k digits
  std::string s10k = *big.to_string(0);
  auto t3 = std::chrono::steady_clock::now();
  BigInt back = *BigInt::parse(s10k, 10, 0);
  auto t4 = std::chrono::steady_clock::now();
  BigInt q = *BigInt::floordiv(big, f);
  auto t5 = std::chrono::steady_clock::now();
  auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
  std::printf("factorial(1000): %.3f ms, its str (%zu digits): %.3f ms\n", ms(t0, t1), s.size(), ms(t1, t2));
  std::printf("7**11833 + str (%zu digits): %.3f ms; parse back: %.3f ms; 10k-digit // 2.6k-digit: %.3f ms\n",
              s10k.size(), ms(t2, t3), ms(t3, t4), ms(t4, t5));
  EXPECT_EQ(back, big);
  EXPECT_EQ(s.size(), 2568u);
  EXPECT_LT(ms(t0, t1), 1000.0);
}

}  // namespace
