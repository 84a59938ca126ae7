// asyncio.Task: a runtime task (aio::TaskCore, whose step is CPython's Task.__step) driving a
// Python coroutine. Each step resumes the coroutine's frame chain; what it yields decides what
// the task does next: a Future → wait for it, None → run again next iteration (sleep(0)).
#include "py/abstract.hpp"
#include "py/asyncio_objects.hpp"
#include "py/call_args.hpp"
#include "py/thread.hpp"

namespace py {

Type* task_type = nullptr;

class PyTaskState : public aio::TaskState<Value> {
 public:
  PyTaskState(LoopObject& loop, std::string name, TaskObject* task, Ref<Generator> coro)
      : aio::TaskState<Value>(*loop.loop, std::move(name)), owner(task), coro(std::move(coro)), thread(loop.thread) {}

  void begin(const std::shared_ptr<PyTaskState>& self) { start(self); }

  TaskObject* owner;            // alive while the task is pending (keep_alive)
  Ref<TaskObject> keep_alive;   // a pending task lives on even if nobody holds it (as CPython's loop does)
  Ref<Generator> coro;
  Thread* thread;
  int first_line = 0;  // where the coroutine's function is defined (for reprs once it is done)

 protected:
  aio::StepOutcome run_step(std::optional<aio::Error> inject) override;
  void store_result() override { (void)set_result(std::move(result_)); }
  void release() override { drop_keep_alive(); }
  void on_finished() override { drop_keep_alive(); }
  std::string code_label() const override { return (coro->qualname ? coro->qualname->text : "<coroutine>") + "()"; }

 private:
  void drop_keep_alive() {
    Ref<TaskObject> k = std::move(keep_alive);  // may free the Python object (not this state)
  }
  Value result_;
  Ref<BaseException> throw_next_;  // a bad yield: raised into the coroutine at its next step
};

namespace {

TaskObject* T(Object* o) { return cast<TaskObject>(o); }

// The line the coroutine chain is suspended at: its innermost frame in the program itself
// (`await asyncio.sleep(1)` is where a task sleeps, not a line inside the asyncio library).
uint32_t suspended_line(Generator* g) {
  Frame* f = g->frame;
  if (!f) return 0;
  Frame* shown = f;
  while (f->ip < f->code->code.size() && f->code->code[f->ip].op == Op::YIELD_FROM && !f->stack.empty()) {
    Object* d = f->stack.back().get();
    if (!(d->type == generator_type || is_coroutine(d)) || !cast<Generator>(d)->frame) break;
    f = cast<Generator>(d)->frame;
    if (f->code->filename.rfind("<frozen", 0) != 0) shown = f;  // not library code
  }
  return static_cast<uint32_t>(shown->line());
}

// Where code comes from: the program's path, or the library module's "<frozen NAME>".
std::string code_file(const Code* code, const std::string& program) {
  return code->filename.rfind("<frozen", 0) == 0 ? code->filename : program;
}

std::string coro_name(Generator* g) { return g->qualname ? g->qualname->text : std::string("<coroutine>"); }

}  // namespace

aio::StepOutcome PyTaskState::run_step(std::optional<aio::Error> inject) {
  Thread& t = *thread;
  Ref<TaskObject> self = Ref<TaskObject>::borrow(owner);
  Value r;
  if (inject || throw_next_) {
    t.set_exception(inject ? to_python_exception(*inject) : std::move(throw_next_));
    throw_next_.reset();
    r = generator_throw_pending(t, coro.get());
  } else {
    r = generator_resume(t, coro.get(), None, false);
  }
  if (!r) {
    Ref<BaseException> e = t.take_exception();
    if (e->type->is_subtype(exc::SystemExit) || e->type->is_subtype(exc::KeyboardInterrupt)) {
      // As CPython: the task ends with it, and it ends the run too.
      LoopObject* loop = owner->loop.get();
      if (!loop->fatal) loop->fatal = e;
      loop->loop->stop();
    }
    // An exception nobody retrieves is logged when the task is collected.
    if (!e->type->is_subtype(exc::CancelledError)) owner->log_traceback = true;
    return aio::StepOutcome::raised(to_aio_error(std::move(e)));
  }
  if (!coro->frame) {
    result_ = std::move(r);
    return aio::StepOutcome::returned();
  }
  uint32_t line = TaskCore::get_loop().tracing() ? suspended_line(coro.get()) : 0;
  if (r.get() == None) return aio::StepOutcome::yielded(line);
  std::string problem;
  if (is_future(r.get())) {
    auto* f = cast<FutureObject>(r.get());
    if (f == owner) {
      problem = "Task cannot await on itself: ";
    } else if (f->loop.get() != owner->loop.get()) {
      problem = "Task got Future attached to a different loop: ";
    } else {
      f->asyncio_future_blocking = false;
      return aio::StepOutcome::awaiting(f->state, line);
    }
  } else {
    problem = "Task got bad yield: ";
  }
  std::string text;
  if (!repr_text(t, r.get(), &text)) t.take_exception();
  throw_next_ = make_exception(exc::RuntimeError, problem + text);
  return aio::StepOutcome::yielded(line);
}

TaskObject::TaskObject(Ref<LoopObject> l) : FutureObject(task_type, std::move(l)), task(nullptr) {}

void TaskObject::finalize() {
  if (state && !state->done() && loop && loop->thread && !pending_logged) {
    pending_logged = true;
    call_exception_handler(*loop->thread, loop.get(), "Task was destroyed but it is pending!", {{"task", Value::borrow(this)}});
  }
  log_unretrieved();
}

TaskObject::~TaskObject() {
  if (task) task->owner = nullptr;
}

TaskObject* task_object(aio::TaskCore* task) {
  auto* py = dynamic_cast<PyTaskState*>(task);
  return py ? py->owner : nullptr;
}

FutureObject* future_object(aio::FutureBase* f) {
  if (auto* p = dynamic_cast<PyFutureState*>(f)) return p->owner;
  if (auto* p = dynamic_cast<PyTaskState*>(f)) return p->owner;
  return nullptr;
}

Value create_task(Thread& t, LoopObject* loop, Object* coro, Object* name) {
  if (!is_coroutine(coro)) {
    std::string r;
    if (!repr_text(t, coro, &r)) return nullptr;
    return t.raise(exc::TypeError, "a coroutine was expected, got " + r);
  }
  std::string name_text;
  if (name && name != None && !str_text(t, name, &name_text)) return nullptr;
  auto obj = make<TaskObject>(Ref<LoopObject>::borrow(loop));
  auto st = std::make_shared<PyTaskState>(*loop, std::move(name_text), obj.get(), Ref<Generator>::borrow(cast<Generator>(coro)));
  obj->state = st;
  obj->task = st.get();
  if (Frame* f = st->coro->frame) st->first_line = f->code->first_line;
  st->keep_alive = obj;
  st->begin(st);
  return obj;
}

namespace {

Value m_get_name(Thread&, Object* self, const CallArgs&) { return make_str(T(self)->task->get_name()); }

Value m_set_name(Thread& t, Object* self, const CallArgs& a) {
  if (!arity(t, a, "set_name", 1, 1)) return nullptr;
  std::string name;
  if (!str_text(t, a.arg(0), &name)) return nullptr;
  T(self)->task->set_name(std::move(name));
  return none();
}

Value m_get_coro(Thread&, Object* self, const CallArgs&) { return T(self)->task->coro; }
// get_stack(*, limit=None): the suspended coroutine's frame, innermost chain not shown (there
// are no frame objects to walk); [] once it is done.
Value m_get_stack(Thread& t, Object* self, const CallArgs& a) {
  if (!check_kwargs(t, a, "get_stack", {"limit"})) return nullptr;
  std::vector<Value> frames;
  Generator* g = T(self)->task->coro.get();
  if (g->frame) {
    Value f = getattr(t, g, "cr_frame");
    if (!f) return nullptr;
    frames.push_back(std::move(f));
  }
  return make_list(std::move(frames));
}

Value m_cancelling(Thread&, Object* self, const CallArgs&) { return make_int(T(self)->task->cancelling()); }
Value m_uncancel(Thread&, Object* self, const CallArgs&) { return make_int(T(self)->task->uncancel()); }

Value m_cancel(Thread& t, Object* self, const CallArgs& a) {
  if (!check_kwargs(t, a, "cancel", {"msg"})) return nullptr;
  Object* msg = a.nargs ? a.arg(0) : kwarg(a, "msg");
  std::string text;
  if (msg && msg != None && !str_text(t, msg, &text)) return nullptr;
  TaskObject* task = T(self);
  task->log_traceback = false;
  return boolean(task->task->request_cancel(std::move(text)));
}

// <Task pending name='Task-1' coro=<main() running at main.py:5> wait_for=<Future pending>>
Value task_repr(Thread& t, Object* o) {
  TaskObject* task = T(o);
  std::string out = "<Task ";
  std::string info;
  if (!future_repr_info(t, task, &info)) return nullptr;
  // The state word first, then the name, then the rest (exception=…, cb=[…]).
  size_t space = info.find(' ');
  std::string state = info.substr(0, space);
  if (state == "pending" && task->task->cancelling() > 0) state = "cancelling";
  out += state + " name='" + task->task->get_name() + "'";
  Generator* g = task->task->coro.get();
  const std::string& file = t.interp().filename;
  if (g->frame) {
    // The task's own coroutine frame (not what it awaits), as CPython's cr_frame.f_lineno.
    int line = g->started ? g->frame->line() : task->task->first_line;
    out += " coro=<" + coro_name(g) + "() running at " + code_file(g->frame->code.get(), file) + ":" + std::to_string(line) + ">";
  } else {
    out += " coro=<" + coro_name(g) + "() done, defined at " + file + ":" + std::to_string(task->task->first_line) + ">";
  }
  if (space != std::string::npos) out += info.substr(space);
  if (const auto& waiter = task->task->fut_waiter()) {
    if (FutureObject* w = future_object(waiter.get())) {
      std::string wr;
      if (!repr_text(t, w, &wr)) return nullptr;
      out += " wait_for=" + wr;
    }
  }
  return make_str(out + ">");
}

Value task_new(Thread& t, Type*, const CallArgs& a) {
  if (!check_kwargs(t, a, "Task", {"loop", "name", "context"})) return nullptr;
  if (!arity(t, a, "Task", 1, 1)) return nullptr;
  Object* loop = kwarg(a, "loop");
  if (!loop || loop == None) loop = running_loop(t);
  if (!loop) {
    Object* current = asyncio_state(t).current.get();
    if (current && current != None) loop = current;
  }
  if (!loop) return t.raise(exc::RuntimeError, "no running event loop");
  if (loop->type != loop_type) return t.raise(exc::TypeError, "loop must be an event loop");
  return create_task(t, cast<LoopObject>(loop), a.arg(0), kwarg(a, "name"));
}

// A Python class derived from Task: the task task_new makes, typed as that class.
Value task_subclass_new(Thread& t, Type* cls, const CallArgs& a) {
  Value task = task_new(t, task_type, a);
  if (!task) return nullptr;
  auto* f = cast<FutureObject>(task.get());
  f->type = cls;
  f->heap_type = Ref<Type>::borrow(cls);
  return task;
}

}  // namespace

void init_future_methods(Type* ty);

void init_task_type() {
  task_type = new Type(type_type, "_asyncio.Task", future_type);
  task_type->refcnt = kImmortal;
  init_future_methods(task_type);
  task_type->repr = task_repr;
  task_type->construct = task_new;
  // Python subclasses: made from the constructor's arguments (the coroutine), with Future's
  // attribute handling and instance dict.
  task_type->new_subclass_instance = task_subclass_new;
  task_type->alloc = future_type->alloc;
  task_type->instance_dict = future_type->instance_dict;
  add_method(task_type, "cancel", m_cancel);
  add_method(task_type, "set_result", [](Thread& t, Object*, const CallArgs&) -> Value {
    return t.raise(exc::RuntimeError, "Task does not support set_result operation");
  });
  add_method(task_type, "set_exception", [](Thread& t, Object*, const CallArgs&) -> Value {
    return t.raise(exc::RuntimeError, "Task does not support set_exception operation");
  });
  add_method(task_type, "get_name", m_get_name);
  add_method(task_type, "set_name", m_set_name);
  add_method(task_type, "get_coro", m_get_coro);
  add_method(task_type, "get_stack", m_get_stack);
  add_method(task_type, "cancelling", m_cancelling);
  add_method(task_type, "uncancel", m_uncancel);
  inherit_slots(task_type);
}

}  // namespace py
