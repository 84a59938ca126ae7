// The frozen library compiled at build time: tools/precompile_library.cpp compiles every
// runtime/py/lib/*.py with this build's compiler and writes their Code as bytes
// (code_serializer.hpp) into a generated precompiled_library_data.cpp
// (cmake/LoopscopePrecompiled.cmake). `import` reads those bytes instead of compiling the source,
// the larger part of a cold `import asyncio` in wasm. The source stays embedded (frozen_modules.hpp):
// it is the fallback, and what the bytes are checked against.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "py/code.hpp"
#include "py/frozen_modules.hpp"

namespace py {

struct PrecompiledModule {
  const char* name;        // as FrozenModule::name
  uint64_t source_hash;    // fingerprint_text of the source it was compiled from
  const char* bytes;       // serialize_code of the module's code
  size_t size;
};

struct PrecompiledLibrary {
  uint64_t format;  // code_format_fingerprint of the writer
  const PrecompiledModule* modules;
  size_t count;
};

// Defined by the generated precompiled_library_data.cpp (or, in the tool that generates it, by
// tools/precompiled_library_none.cpp: no modules).
const PrecompiledLibrary& precompiled_library();

// The precompiled entry of `frozen`, or null when there is none or it can't be trusted: written
// under another format fingerprint, or from another source text than the one embedded now.
const PrecompiledModule* find_precompiled_module(const PrecompiledLibrary& library, const FrozenModule& frozen);

// The module's code read from the precompiled bytes (filenames set to `filename`), or null: no
// trustworthy entry (then the caller compiles the source).
Ref<Code> load_precompiled_code(const FrozenModule& frozen, const std::string& filename);

}  // namespace py
