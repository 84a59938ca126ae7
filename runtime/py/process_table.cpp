// The table of multiprocessing's processes: see process_table.hpp.
#include "py/process_table.hpp"

#include "py/abstract.hpp"
#include "py/objects.hpp"
#include "py/run.hpp"
#include "py/threading_scheduler.hpp"

namespace py {

namespace {
constexpr int64_t kMainPid = 4242;      // os.getpid() of the program (stands for the playground's)
}  // namespace

ProcessTable::ProcessTable(Interpreter& interp) : next_pid_(kMainPid + 1) {
  auto main = std::make_unique<ProcessContext>();
  main->pid = kMainPid;
  main->modules = Ref<Dict>::borrow(interp.modules());
  processes_.push_back(std::move(main));
}

ProcessContext& ProcessTable::create() {
  auto p = std::make_unique<ProcessContext>();
  p->pid = next_pid_++;
  p->modules = make_dict();
  processes_.push_back(std::move(p));
  return *processes_.back();
}

ProcessContext* ProcessTable::find(int64_t pid) {
  for (auto& p : processes_) {
    if (p->pid == pid) return p.get();
  }
  return nullptr;
}

ProcessTable& process_table(Interpreter& in) {
  if (!in.processes) in.processes = std::make_unique<ProcessTable>(in);
  return *in.processes;
}

ProcessContext& process_of(Thread& t) { return t.process ? *t.process : process_table(t.interp()).main(); }

Dict* Thread::modules() const { return process ? process->modules.get() : interp_->modules(); }

ProcessContext* printing_process(Interpreter& in) {
  if (!in.processes) return nullptr;
  Thread* printing = in.scheduler && in.scheduler->current() ? in.scheduler->current()->t : in.main_thread;
  return printing && printing->process ? printing->process : &in.processes->main();
}

bool output_discarded(Interpreter& in) {
  ProcessContext* p = printing_process(in);
  return p && p->discard_output;
}

bool join_processes_at_exit(Thread& t) {
  Interpreter& in = t.interp();
  if (!in.processes) return true;
  Object* mp = dict_get_str(in.modules(), intern("multiprocessing").get());
  if (!mp) return true;
  Value exit_function = getattr(t, mp, "_exit_function");
  if (exit_function && call0(t, exit_function.get())) return true;
  if (in.stopping) return false;
  Ref<BaseException> exc = t.take_exception();
  if (exc) in.write_stderr(format_exception(t, exc.get(), in.main_source));
  return true;
}

}  // namespace py
