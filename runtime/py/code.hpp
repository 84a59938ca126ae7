// Code: a compiled function or module body — instructions, constants, names, and the line of
// every instruction (for tracebacks and the trace's source lines).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "py/objects.hpp"

namespace py {

enum class Op : uint8_t {
#define PY_OP(name, arg) name,
#include "py/opcodes.def"
};
const char* op_name(Op op);

struct Instr {
  Op op;
  uint32_t arg;
};

enum CodeFlags : uint32_t {
  kVarArgs = 1,      // *args
  kVarKeywords = 2,  // **kwargs
  kCoroutine = 4,    // async def
  kGenerator = 8,    // contains yield
  kModule = 16,      // module body: names are globals (LOAD_NAME)
  kIterableCoroutine = 32,  // a generator function marked by types.coroutine: its generators are awaitable
};

// PEP 657 source positions: the start and end (line, column) of the expression each instruction
// runs, for the `~~~^^^` lines under a traceback's source line. Columns are 0-based UTF-8 byte
// offsets; -1 means "no columns" (the instruction belongs to no one expression).
struct Position {
  int line = 0, end_line = 0, col = -1, end_col = -1;
  bool operator==(const Position&) const = default;
};

// A code object's positions, compactly: one run per change of position (instructions in a row
// often share one), each run a few varints. Read only to print a traceback, so lookups scan.
// This is the one field the compiler adds for tracebacks (serializers: copy `bytes`).
struct CodePositions {
  std::vector<uint8_t> bytes;

  // Encodes positions[i] (one per instruction).
  static CodePositions encode(const std::vector<Position>& positions);
  // The position of instruction `instr`; false if the table has none.
  bool find(size_t instr, Position* out) const;
};

// A field the compiler fills must also be listed in visit_code_fields (code_serializer.cpp):
// the library is precompiled to bytes at build time, and a static_assert there notices new fields.
struct Code : Object {
  std::string name;      // function name, or "<module>"
  std::string qualname;
  Ref<Str> name_str, qualname_str;  // the same as str objects, made once for every function of this code
  std::string filename;
  int first_line = 1;
  uint32_t flags = 0;
  int argcount = 0;         // positional parameters (positional-only included)
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  std::vector<Ref<Str>> varnames;   // locals: parameters first
  std::vector<Ref<Str>> cellvars;   // locals captured by inner functions
  std::vector<Ref<Str>> freevars;   // captured from outer functions
  std::vector<Ref<Str>> names;      // globals, attributes, imports
  std::vector<Value> consts;
  std::vector<Instr> code;
  std::vector<int> lines;  // lines[i]: the source line of code[i]
  CodePositions positions;  // the column ranges of code[i] (tracebacks' carets)
  // Local slots whose cells are created at entry: index into varnames, or -1.
  std::vector<int> cell_of_arg;
  int max_stack = 0;  // the deepest its value stack gets (max_stack_depth)
  // Where LOAD_GLOBAL last found each name (by index in `names`; filled by the VM): entry
  // `entry` of the globals, or of the builtins while the globals (`globals`, still at
  // `globals_version`) have no such key. Checked against the entry's key before use.
  struct GlobalCache {
    uint32_t entry = UINT32_MAX;
    bool builtin = false;
    Dict* globals = nullptr;
    uint64_t globals_version = 0;
  };
  std::vector<GlobalCache> global_cache;

  Code();
  size_t ncells() const { return cellvars.size() + freevars.size(); }
};

// The deepest the value stack of `code` gets on any path (stack_depth.cpp); the compiler
// stores it in max_stack once the code is complete.
int max_stack_depth(const Code& code);

}  // namespace py
