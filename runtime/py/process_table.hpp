// multiprocessing's processes in the virtual clock: each one is a set of green threads (the
// threading scheduler's) with a module table of its own, so a child re-imports everything and
// re-runs the program as __mp_main__ (the spawn start method); objects crossing between
// processes are copied (lib/_mp_pickle.py). Processes run in parallel on the interpreter's
// virtual cores (virtual_cpu.hpp).
//
// Output: every process writes to the same stdout as it prints (CPython's behavior with a
// terminal or PYTHONUNBUFFERED, in virtual-time order); a terminated process prints nothing more.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "py/thread.hpp"

namespace py {

struct ProcessContext {
  int64_t pid = 0;
  Ref<Dict> modules;            // its sys.modules (the main process's: the interpreter's)
  bool discard_output = false;  // terminated: what it would print later is lost, as with SIGTERM
};

class ProcessTable {
 public:
  explicit ProcessTable(Interpreter& interp);
  ProcessContext& main() { return *processes_.front(); }
  ProcessContext& create();
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

// True when the thread holding the GIL belongs to a terminated process: its output is dropped.
bool output_discarded(Interpreter& in);
// At the program's end: multiprocessing's exit function (joins the children that are not
// daemons). False: the run stopped meanwhile (the error is pending).
bool join_processes_at_exit(Thread& t);

}  // namespace py
