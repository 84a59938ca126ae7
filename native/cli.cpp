// The native `loopscope` binary: runs a Python scenario file with the CLI contract of
// DESIGN.md (stdout, stderr, CPython's exit status). Used by the tests; the npm CLI wraps the
// same engine in wasm.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "py/objects.hpp"
#include "py/run.hpp"

namespace {

constexpr int kUsageError = 2;

int usage(const char* problem) {
  if (problem) std::fprintf(stderr, "loopscope: %s\n", problem);
  std::fprintf(stderr,
               "usage: loopscope run FILE.py [--clock virtual|real] [ARGS...]\n"
               "       (FILE '-' reads the program from stdin)\n");
  return kUsageError;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc >= 2 && (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h"))) {
    usage(nullptr);
    return 0;
  }
  if (argc < 3 || std::strcmp(argv[1], "run") != 0) return usage("expected: run FILE.py");
  py::RunOptions options;
  std::string path;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (path.empty() && arg == "--clock" && i + 1 < argc) {
      std::string clock = argv[++i];
      if (clock != "virtual" && clock != "real") return usage("--clock takes virtual or real");
      options.virtual_clock = clock == "virtual";
    } else if (path.empty()) {
      path = arg;
    } else {
      options.argv.push_back(arg);
    }
  }
  if (path.empty()) return usage("no program file given");
  std::string source;
  if (path == "-") {
    std::stringstream ss;
    ss << std::cin.rdbuf();
    source = ss.str();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "loopscope: can't open file '%s'\n", path.c_str());
      return kUsageError;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    source = ss.str();
  }
  py::OutputSink sink{[](std::string_view text, bool is_stderr) {
    if (is_stderr) {
      std::fflush(stdout);
      std::fwrite(text.data(), 1, text.size(), stderr);
    } else {
      std::fwrite(text.data(), 1, text.size(), stdout);
    }
  }};
  int status = py::run_program(source, options, sink);
  std::fflush(stdout);
  return status;
}
