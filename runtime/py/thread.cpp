#include "py/thread.hpp"

#include "py/abstract.hpp"
#include "py/asyncio_objects.hpp"
#include "py/objects.hpp"
#include "py/process_table.hpp"
#include "py/os_thread_gil.hpp"
#include "py/random_core.hpp"
#include "py/threading_scheduler.hpp"
#include "py/virtual_cpu.hpp"
#include "py/vm.hpp"

namespace py {

void install_builtins(Dict* builtins);  // builtins.cpp

Interpreter::Interpreter(OutputSink output) : output_(std::move(output)) {
  init_core_types();
  builtins_ = make_dict();
  modules_ = make_dict();
  install_builtins(builtins_.get());
}

bool Interpreter::read_line(std::string* line) {
  if (stdin_pos_ >= stdin_text.size()) return false;
  size_t nl = stdin_text.find('\n', stdin_pos_);
  size_t end = nl == std::string::npos ? stdin_text.size() : nl;
  *line = stdin_text.substr(stdin_pos_, end - stdin_pos_);
  stdin_pos_ = nl == std::string::npos ? stdin_text.size() : nl + 1;
  return true;
}

Interpreter::~Interpreter() = default;

bool Interpreter::tick(Thread& t) {
  int64_t events = tick_interval - ticks_left;  // VM events since the last tick
  ticks_left = tick_interval;
  int64_t uncharged = events - precharged_events;  // a clock read charged the others already
  precharged_events = 0;
  if (stopping) return static_cast<bool>(t.raise(exc::SystemExit, "stopped"));  // already stopping: keep unwinding
  charge_cpu(t, uncharged);  // virtual CPU time (virtual_cpu.hpp)
  if (scheduler && !scheduler->tick(t, events)) return false;  // CPU time, GIL hand-over
  if (os_threads && !os_threads->tick(t)) return false;        // real GIL hand-over
  if (!should_stop) return true;
  // should_stop counts each call as 1 << 14 iterations; threads tick more often than that.
  stop_check_events += events;
  if (stop_check_events < kStopCheckEvents) return true;
  stop_check_events = 0;
  std::string reason = should_stop();
  if (reason.empty()) return true;
  stopping = true;
  stop_reason = std::move(reason);
  t.raise(exc::SystemExit, "stopped: " + stop_reason);
  return false;
}

void Interpreter::emit(aio::TraceEvent event) {
  if (!trace) return;
  event.time_ns = clock.now_ns();
  trace->emit(event);
}

void Interpreter::write(std::string_view text, bool is_stderr) {
  if (processes && output_discarded(*this)) return;  // a terminated process's (process_table.hpp)
  output_.write(text, is_stderr);
  if (!trace || text.empty()) return;
  aio::TraceEvent e{.kind = aio::EventKind::Output, .value = is_stderr ? 1 : 0, .detail = std::string(text)};
  Thread* printing = main_thread;
  if (scheduler && scheduler->current()) printing = scheduler->current()->t;  // the thread holding the GIL
  if (printing && printing->frame) e.line = static_cast<uint32_t>(printing->frame->line());
  if (asyncio && asyncio->running) {
    if (aio::TaskCore* task = asyncio->running->loop->current_task()) e.id = task->task_id();
  }
  emit(std::move(e));
}

Random& Interpreter::random() {
  if (!random_) random_ = std::make_unique<Random>();
  return *random_;
}

Ref<BaseException> Thread::take_exception() { return std::move(exception_); }

void Thread::set_exception(Ref<BaseException> exc) {
  // Implicit chaining: raised while handling another exception (`During handling of …`).
  if (exc) {
    Object* handled = current_handled(*this);
    if (handled && handled != exc.get()) {
      // Avoid cycles: don't chain an exception that is already in the handled one's context.
      bool cycle = false;
      for (Object* c = handled; c; c = cast<BaseException>(c)->context.get()) {
        if (c == exc.get()) {
          cycle = true;
          break;
        }
      }
      if (!cycle) exc->context = Value::borrow(handled);
    }
  }
  exception_ = std::move(exc);
}

std::nullptr_t Thread::raise(Type* type, std::string message) {
  set_exception(make_exception(type, std::move(message)));
  return nullptr;
}

std::nullptr_t Thread::raise_object(Object* e) {
  if (e->type == type_type && cast<Type>(e)->is_subtype(exc::BaseException)) {
    Value instance = call0(*this, e);
    if (!instance) return nullptr;
    if (!instance->type->is_subtype(exc::BaseException)) {
      return raise(exc::TypeError, "calling " + cast<Type>(e)->name +
                                       " should have returned an instance of BaseException, not " + type_name(instance.get()));
    }
    set_exception(Ref<BaseException>::steal(cast<BaseException>(instance.release())));
    return nullptr;
  }
  if (e->type->is_subtype(exc::BaseException)) {
    set_exception(Ref<BaseException>::borrow(cast<BaseException>(e)));
    return nullptr;
  }
  return raise(exc::TypeError, "exceptions must derive from BaseException");
}

bool Thread::exception_matches(Type* type) const { return exception_ && exception_->type->is_subtype(type); }

}  // namespace py
