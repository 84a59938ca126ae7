// float repr/parse/round/hash/arithmetic against CPython: tests/data/numbers/float.txt.
#include <gtest/gtest.h>

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "number_cases.hpp"
#include "py/float_repr.hpp"

namespace {

using py::NumResult;
using number_cases::Case;

using number_cases::data_path;
using number_cases::load;

double hexf(const std::string& s) {
  if (s == "nan") return NAN;
  return std::strtod(s.c_str(), nullptr);  // float.hex() text, "inf" and "-inf"
}

std::string R(const NumResult<double>& r) { return r ? py::float_repr(*r) : "!" + r.error().describe(); }

std::string check(const std::vector<std::string>& c) {
  const std::string& op = c[0];
  const std::string& want = c.back();
  std::string got;
  if (op == "parse") {
    got = R(py::parse_float(c[1]));
  } else {
    double x = hexf(c[1]);
    if (op == "repr") got = py::float_repr(x);
    else if (op == "hash") got = std::to_string(py::hash_double(x));
    else if (op == "is_integer") got = py::float_is_integer(x) ? "True" : "False";
    else if (op == "roundint") {
      auto r = py::round_double_to_int(x);
      got = r ? *r->to_string(0) : "!" + r.error().describe();
    } else if (op == "round") got = R(py::round_double(x, std::atoll(c[2].c_str())));
    else {
      double y = hexf(c[2]);
      if (op == "truediv") got = R(py::float_truediv(x, y));
      else if (op == "floordiv") got = R(py::float_floordiv(x, y));
      else if (op == "mod") got = R(py::float_mod(x, y));
      else if (op == "pow") got = R(py::float_pow(x, y));
      else if (op == "divmod") {
        auto r = py::float_divmod(x, y);
        got = r ? py::float_repr(r->first) + " " + py::float_repr(r->second) : "!" + r.error().describe();
      } else {
        got = "?unknown op";
      }
    }
  }
  return got == want ? "" : got;
}

TEST(FloatRepr, MatchesCPythonCases) {
  std::vector<Case> cases = load("float.txt");
  ASSERT_GT(cases.size(), 10000u) << "missing " << data_path("float.txt");
  std::map<std::string, int> failed;
  size_t passed = 0;
  for (const Case& c : cases) {
    std::string got = check(c);
    if (got.empty()) {
      ++passed;
    } else if (++failed[c[0]] <= 5) {
      std::string line;
      for (const std::string& f : c) line += f + " | ";
      ADD_FAILURE() << line << "\n  got: " << got;
    }
  }
  std::printf("float: %zu of %zu CPython cases pass\n", passed, cases.size());
  for (auto& [op, n] : failed) std::printf("  %s: %d failures\n", op.c_str(), n);
  EXPECT_EQ(passed, cases.size());
}

TEST(FloatRepr, Basics) {
  EXPECT_EQ(py::float_repr(1.0), "1.0");
  EXPECT_EQ(py::float_repr(-0.0), "-0.0");
  EXPECT_EQ(py::float_repr(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(py::float_repr(1e16), "1e+16");
  EXPECT_EQ(py::float_repr(5e-324), "5e-324");
  EXPECT_EQ(py::parse_float("x").error().describe(), "ValueError: could not convert string to float: 'x'");
  EXPECT_EQ(py::float_pow(0.0, -1.0).error().describe(),
            "ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(py::float_repr(*py::round_double(2.675, 2)), "2.67");
}

#if defined(__GLIBCXX__)
// libstdc++ has shortest std::to_chars (libc++ 14 does not): a second oracle for the digit
// algorithm over every power of two and its neighbours, subnormals and random bit patterns.
TEST(FloatRepr, ShortestDigitsAgreeWithToChars) {
  size_t checked = 0, differ = 0;
  auto check = [&](double d) {
    if (d == 0 || !std::isfinite(d)) return;
    char buf[64];
    *std::to_chars(buf, buf + sizeof buf, std::fabs(d), std::chars_format::scientific).ptr = 0;
    std::string want;
    for (const char* c = buf; *c != 'e'; ++c) {
      if (*c != '.') want += *c;
    }
    int want_decpt = std::atoi(std::strchr(buf, 'e') + 1) + 1;
    std::string digits;
    int decpt = 0;
    py::shortest_digits(d, &digits, &decpt);
    ++checked;
    if ((digits != want || decpt != want_decpt) && ++differ <= 5) ADD_FAILURE() << buf << " got " << digits << " e" << decpt;
  };
  for (int e = -1074; e <= 1023; ++e) {
    double p = std::ldexp(1.0, e);
    check(p);
    check(std::nextafter(p, 0.0));
    check(std::nextafter(p, HUGE_VAL));
  }
  uint64_t s = 0x9E3779B97F4A7C15ull;
  for (int i = 0; i < 100000; ++i) {
    s ^= s << 13, s ^= s >> 7, s ^= s << 17;
    double d;
    uint64_t bits = i % 10 == 0 ? s % 100000 : s;  // some tiny subnormals
    std::memcpy(&d, &bits, 8);
    check(d);
  }
  std::printf("shortest digits: %zu doubles checked against std::to_chars, %zu differ\n", checked, differ);
  EXPECT_EQ(differ, 0u);
}
#endif

// Figures, not assertions: repr is snprintf/strtod probing, so print what it costs.
TEST(FloatRepr, SpeedFigures) {
  std::vector<double> xs;
  uint64_t s = 88172645463325252ull;
  for (int i = 0; i < 20000; ++i) {
    s ^= s << 13, s ^= s >> 7, s ^= s << 17;
    double d;
    uint64_t bits = (s & 0x800FFFFFFFFFFFFFull) | (uint64_t{(s >> 52) % 200 + 923} << 52);
    std::memcpy(&d, &bits, 8);
    xs.push_back(d);
  }
  size_t total = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (double d : xs) total += py::float_repr(d).size();
  auto t1 = std::chrono::steady_clock::now();
  for (int i = 0; i < 20000; ++i) total += py::float_repr(i * 0.25).size();
  auto t2 = std::chrono::steady_clock::now();
  auto us = [](auto a, auto b) { return std::chrono::duration<double, std::micro>(b - a).count() / 20000; };
  std::printf("repr: %.2f us per random double, %.2f us per short one (%zu chars)\n", us(t0, t1), us(t1, t2), total);
}

}  // namespace
