// What CPython 3.11 prints under a traceback's `File "...", line N, in f` line: the source line,
// stripped, and under it the PEP 657 markers of the failing expression (`~~~^~~~` for a binary
// operator or a subscript, `^^^^` for anything else), unless it spans the whole line.
#pragma once

#include <string>
#include <string_view>

#include "py/code.hpp"

namespace py {

// CPython has two printers that differ in corner cases: the interpreter's own (an uncaught
// exception; keeps trailing spaces, finds a binary operator by its characters) and the traceback
// module's (strips the line, and misplaces the operator's `^` after non-ASCII text, counting
// trailing spaces as indentation).
enum class TracebackStyle { Interpreter, Module };

// `line`: the whole source line of pos.line, without its newline. Empty if the line is blank.
std::string frame_source_lines(std::string_view line, const Position& pos, TracebackStyle style);

}  // namespace py
