// py_parse_dump [--attributes] FILE.py: prints our ast.dump() of FILE (or the syntax error as CPython prints
// it, exit status 1). For comparing with `python3 -c "import ast; print(ast.dump(ast.parse(...)))"`.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "py/parser.hpp"

int main(int argc, char** argv) {
  bool attrs = argc > 2 && std::string(argv[1]) == "--attributes";
  if (attrs) ++argv, --argc;
  if (argc < 2) {
    std::fprintf(stderr, "usage: py_parse_dump [--attributes] FILE.py\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot open %s\n", argv[1]);
    return 2;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  py::Source src("main.py", ss.str());
  py::ast::Arena arena;
  py::ParseResult r = py::parse_module(src, arena);
  if (r.error) {
    std::fputs(r.error->format("main.py").c_str(), stderr);
    return 1;
  }
  std::puts(py::dump(*r.module, attrs).c_str());
  return 0;
}
