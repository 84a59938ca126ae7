// multiprocessing's processes in the virtual clock: each one is a set of green threads (the
// threading scheduler's) with a module table of its own, so a child re-imports everything and
// re-runs the program as __mp_main__ (the spawn start method); objects crossing between
// processes are copied (lib/_mp_pickle.py). Processes run in parallel on the interpreter's
// virtual cores (virtual_cpu.hpp).
//
// Output follows CPython's when stdout is a pipe (the conformance oracle): a process's stdout is
// block-buffered once processes exist — a child's reaches the output when it exits or flushes,
// the parent's when it starts a process, flushes or exits — so outputs interleave as CPython's.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "py/thread.hpp"

namespace py {

struct ProcessContext {
  int64_t pid = 0;
  int64_t parent_pid = 0;
  Ref<Dict> modules;         // its sys.modules (the main process's: the interpreter's)
  std::string stdout_buffer;
  bool buffering = false;    // stdout is held until a flush (see the header comment)
  bool discard_output = false;  // terminated: what it prints is lost, as with SIGTERM
};

class ProcessTable {
 public:
  explicit ProcessTable(Interpreter& interp);
  ProcessContext& main() { return *processes_.front(); }
  ProcessContext& create(ProcessContext& parent);
  ProcessContext* find(int64_t pid);
  size_t count() const { return processes_.size(); }

 private:
  std::vector<std::unique_ptr<ProcessContext>> processes_;
  int64_t next_pid_;
};

// The process `t` runs in (the main one when no process was ever started).
ProcessContext& process_of(Thread& t);
ProcessTable& process_table(Interpreter& in);
// The process of the thread holding the GIL (for output written on its behalf).
ProcessContext* printing_process(Interpreter& in);

// Writes a process's stdout text: held in its buffer while buffering, else written at once.
// Gives false when the text was taken (buffered or discarded), true when the caller writes it.
bool buffer_stdout(Interpreter& in, std::string_view text);
// Writes out a process's held stdout (flush(), print(flush=True), its exit).
void flush_stdout(Interpreter& in, ProcessContext& p);
// At the program's end: multiprocessing's exit function (joins the children that are not
// daemons). False: the run stopped meanwhile (the error is pending).
bool join_processes_at_exit(Thread& t);
// The main process's held output, written out when the program ends.
void flush_main_stdout(Interpreter& in);

}  // namespace py
