// Test helpers: locate the repository (for the corpora under tests/parse) and read files.
#pragma once
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace py_test {

namespace fs = std::filesystem;

// The repository root: LOOPSCOPE_SOURCE_DIR (compile definition or environment variable), else
// the first of ., .., ../.., ../../.. that holds tests/parse.
inline fs::path repo_root() {
#ifdef LOOPSCOPE_SOURCE_DIR
  if (fs::exists(fs::path(LOOPSCOPE_SOURCE_DIR) / "tests" / "parse")) return LOOPSCOPE_SOURCE_DIR;
#endif
  if (const char* env = std::getenv("LOOPSCOPE_SOURCE_DIR"))
    if (fs::exists(fs::path(env) / "tests" / "parse")) return env;
  fs::path p = fs::current_path();
  for (int i = 0; i < 4; ++i) {
    if (fs::exists(p / "tests" / "parse")) return p;
    p = p.parent_path();
  }
  return {};
}

inline bool read_file(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Sorted paths of the files in `dir` ending with `ext`.
inline std::vector<fs::path> files_with_ext(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// A message pointing at the first difference of two long one-line texts.
inline std::string first_difference(const std::string& expected, const std::string& got) {
  size_t i = 0;
  while (i < expected.size() && i < got.size() && expected[i] == got[i]) ++i;
  size_t from = i > 120 ? i - 120 : 0;
  std::ostringstream m;
  m << "first difference at character " << i << "\n  expected: ..." << expected.substr(from, 240)
    << "\n  got:      ..." << got.substr(from, 240) << "\n";
  return m.str();
}

}  // namespace py_test
