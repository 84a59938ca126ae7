// The number tests' case files (tests/data/numbers/*.txt, written by
// tests/tools/gen_number_cases.py from CPython): one case per line, tab-separated fields.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace number_cases {

using Case = std::vector<std::string>;

// The repo's tests/data: LOOPSCOPE_SOURCE_DIR under CMake, else walk up from the cwd.
inline std::string data_path(const std::string& name) {
#ifdef LOOPSCOPE_SOURCE_DIR
  std::string p = std::string(LOOPSCOPE_SOURCE_DIR) + "/tests/data/numbers/" + name;
  if (std::filesystem::exists(p)) return p;
#endif
  std::filesystem::path dir = std::filesystem::current_path();
  for (int i = 0; i < 8; ++i, dir = dir.parent_path()) {
    if (std::filesystem::exists(dir / "tests/data/numbers" / name)) return (dir / "tests/data/numbers" / name).string();
  }
  return name;
}

inline std::string unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char c = s[++i];
      out += c == 't' ? '\t' : c == 'n' ? '\n' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

inline std::vector<Case> load(const std::string& name) {
  std::vector<Case> cases;
  std::ifstream in(data_path(name), std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    Case c;
    size_t start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      c.push_back(unescape(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

}  // namespace number_cases
