// The precompiled library of a binary that has none: the tool that generates the real one
// (tools/precompile_library.cpp) can't contain its own output.
#include "py/precompiled_library.hpp"

namespace py {

const PrecompiledLibrary& precompiled_library() {
  static const PrecompiledLibrary none{0, nullptr, 0};
  return none;
}

}  // namespace py
