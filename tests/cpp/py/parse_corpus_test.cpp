// The parser's oracle test: for every tests/parse/NAME.py (and every scenario seed), our dump()
// must equal CPython 3.11's ast.dump() stored in NAME.ast by tests/tools/gen_parse_expected.py.
#include <gtest/gtest.h>

#include <algorithm>

#include "py/parser.hpp"
#include "test_files.hpp"

namespace {

using namespace py_test;

// Parses `py_path` and compares with `ast_path`; returns an empty string on success.
std::string check_one(const fs::path& py_path, const fs::path& ast_path, bool attributes = false) {
  std::string text, expected;
  if (!read_file(py_path, text)) return "cannot read " + py_path.string();
  if (!read_file(ast_path, expected))
    return "missing " + ast_path.string() + " (run python3 tests/tools/gen_parse_expected.py)";
  while (!expected.empty() && (expected.back() == '\n' || expected.back() == '\r')) expected.pop_back();
  py::Source src(py_path.filename().string(), text);
  py::ast::Arena arena;
  py::ParseResult r = py::parse_module(src, arena);
  if (r.error) return py_path.string() + ": unexpected error\n" + r.error->format("main.py");
  std::string got = py::dump(*r.module, attributes);
  if (got == expected) return "";
  return py_path.string() + ": dump differs from CPython's\n" + first_difference(expected, got);
}

TEST(ParseCorpus, MatchesCPythonAstDump) {
  fs::path root = repo_root();
  ASSERT_FALSE(root.empty()) << "cannot find tests/parse (set LOOPSCOPE_SOURCE_DIR)";
  auto files = files_with_ext(root / "tests" / "parse", ".py");
  EXPECT_GE(files.size(), 60u);
  int failures = 0;
  for (const auto& py_path : files) {
    fs::path ast_path = py_path;
    ast_path.replace_extension(".ast");
    std::string msg = check_one(py_path, ast_path);
    if (!msg.empty()) {
      ++failures;
      ADD_FAILURE() << msg;
    }
  }
  std::printf("[ corpus   ] %zu files, %d failures\n", files.size(), failures);
}

// Positions (lineno, col_offset, end_...) as ast.dump(..., include_attributes=True) prints them:
// CPython 3.11 tracebacks underline expressions with them.
TEST(ParseCorpus, LocationsMatchCPython) {
  fs::path root = repo_root();
  ASSERT_FALSE(root.empty());
  auto files = files_with_ext(root / "tests" / "parse" / "locations", ".py");
  EXPECT_GE(files.size(), 5u);
  for (const auto& py_path : files) {
    fs::path ast_path = py_path;
    ast_path.replace_extension(".ast");
    std::string msg = check_one(py_path, ast_path, true);
    if (!msg.empty()) ADD_FAILURE() << msg;
  }
}

TEST(ParseCorpus, ScenarioSeedsMatchCPythonAstDump) {
  fs::path root = repo_root();
  ASSERT_FALSE(root.empty());
  fs::path seeds = root.parent_path() / "shared" / "scenarios" / "seeds";
  if (!fs::is_directory(seeds)) GTEST_SKIP() << "no scenario seeds at " << seeds.string();
  auto files = files_with_ext(seeds, ".py");
  int failures = 0;
  for (const auto& py_path : files) {
    fs::path ast_path = root / "tests" / "parse" / "seeds" / py_path.filename();
    ast_path.replace_extension(".ast");
    std::string msg = check_one(py_path, ast_path);
    if (!msg.empty()) {
      ++failures;
      ADD_FAILURE() << msg;
    }
  }
  std::printf("[ seeds    ] %zu files, %d failures\n", files.size(), failures);
}

}  // namespace
