// Code objects to bytes and back. The build compiles the frozen library once
// (tools/precompile_library.cpp) and `import` reads these bytes instead of lexing, parsing and
// compiling the module's source at run time (precompiled_library.hpp).
//
// Every field of Code that the compiler fills is listed once, in code_serializer.cpp's
// visit_code_fields, which both directions share: a new field is one line there.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "py/code.hpp"

namespace py {

// Identifies the byte layout: the format's version and the opcode table (names, in order).
// Bytes written under another fingerprint are never read.
uint64_t code_format_fingerprint();

// FNV-1a, 64 bits: how a precompiled module names the source it was compiled from.
uint64_t fingerprint_text(std::string_view text);

// The bytes of `code` and of every code object among its constants. Empty, with `error` set,
// when a constant has a type the format doesn't carry (the compiler never makes one today).
std::string serialize_code(const Code& code, std::string* error = nullptr);

// The Code those bytes describe, its filename (and that of every nested code) set to
// `filename` (filenames are the loader's business, not the compiler's). Null when `bytes` is not
// a whole, well-formed serialization; malformed bytes never crash.
Ref<Code> deserialize_code(std::string_view bytes, const std::string& filename);

}  // namespace py
