// format() specs and printf-style % against CPython: tests/data/numbers/format.txt, percent.txt.
#include <gtest/gtest.h>

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
#include "py/format_spec.hpp"

namespace {

using py::NumResult;
using number_cases::Case;

using number_cases::data_path;
using number_cases::load;

double hexf(const std::string& s) {
  if (s == "nan") return NAN;
  return std::strtod(s.c_str(), nullptr);
}

template <class T>
std::string shown(const NumResult<T>& r) {
  return r ? *r : "!" + r.error().describe();
}

py::PercentArg arg_of(const std::string& kind, const std::string& v) {
  if (kind == "int") return py::PercentArg::of(*py::BigInt::parse(v, 10, 0));
  if (kind == "float") return py::PercentArg::of(hexf(v));
  return py::PercentArg::of_str(v);
}

// Runs every case of a file through `run`; reports the first failures of each kind.
void run_file(const char* name, const std::function<std::string(const Case&)>& run) {
  std::vector<Case> cases = load(name);
  ASSERT_GT(cases.size(), 5000u) << "missing " << data_path(name);
  std::map<std::string, int> failed;
  size_t passed = 0, skipped = 0;
  for (const Case& c : cases) {
    if (c[2].find("%(") != std::string::npos) {  // mapping keys are the VM's job
      ++skipped;
      continue;
    }
    std::string got = run(c);
    if (got == c.back()) {
      ++passed;
    } else if (++failed[c[0]] <= 8) {
      ADD_FAILURE() << c[0] << " | " << c[1] << " | spec '" << c[2] << "' | want '" << c.back() << "'\n  got '" << got << "'";
    }
  }
  std::printf("%s: %zu of %zu CPython cases pass (%zu skipped)\n", name, passed, cases.size() - skipped, skipped);
  EXPECT_EQ(passed + skipped, cases.size());
}

TEST(FormatSpec, FormatMatchesCPythonCases) {
  run_file("format.txt", [](const Case& c) {
    if (c[0] == "int") return shown(py::format_int(*py::BigInt::parse(c[1], 10, 0), c[2]));
    if (c[0] == "float") return shown(py::format_float(hexf(c[1]), c[2]));
    return shown(py::format_str(c[1], c[2]));
  });
}

TEST(FormatSpec, PercentMatchesCPythonCases) {
  run_file("percent.txt", [](const Case& c) { return shown(py::percent_format(c[2], {arg_of(c[0], c[1])})); });
}

TEST(FormatSpec, Messages) {
  EXPECT_EQ(py::format_float(1.0, "d").error().describe(),
            "ValueError: Unknown format code 'd' for object of type 'float'");
  EXPECT_EQ(py::format_float(1.0, ".").error().describe(), "ValueError: Format specifier missing precision");
  EXPECT_EQ(py::format_int(1, ",s").error().describe(), "ValueError: Cannot specify ',' with 's'.");
  EXPECT_EQ(py::format_int(1, "abc", "bool").error().describe(),
            "ValueError: Invalid format specifier 'abc' for object of type 'bool'");
  EXPECT_EQ(*py::format_int(1234, "010,"), "00,001,234");
  EXPECT_EQ(*py::format_str("\xc3\xa9t\xc3\xa9", "*^7"), "**\xc3\xa9t\xc3\xa9**");
}

}  // namespace
