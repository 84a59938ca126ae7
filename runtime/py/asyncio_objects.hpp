// The native half of Python's asyncio (module `_asyncio`): Future, Task, the event loop and its
// handles, as Python objects over the runtime (runtime/aio). A Python Task is an aio::TaskCore
// whose step resumes the coroutine's frame, so the ordering rules of runtime/aio — pinned
// against CPython by tests/cpp/aio — hold for Python programs unchanged. The rest of asyncio
// (gather, locks, queues, run, …) is Python code in runtime/py/lib/ built on these, with the hot
// methods of the queues and locks in C++ (asyncio_queue.cpp, asyncio_locks.cpp).
#pragma once

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "aio/loop.hpp"
#include "aio/task.hpp"
#include "py/objects.hpp"
#include "py/vm.hpp"

namespace py {

struct LoopObject;
struct TaskObject;

// Types of `_asyncio` (created once per process, like the built-in types).
extern Type* future_type;
extern Type* task_type;
extern Type* loop_type;
extern Type* handle_type;
extern Type* timer_handle_type;
extern Type* future_iter_type;
namespace exc {
extern Type* CancelledError;
extern Type* InvalidStateError;
}  // namespace exc

// --- errors crossing between Python and the runtime -----------------------------------------
// A Python exception travelling through the runtime keeps its object, so the exception a
// gather or a task's result() raises is the very object that was raised.
struct PyErrorInfo : aio::ErrorInfo {
  Ref<BaseException> exception;
};
aio::Error to_aio_error(Ref<BaseException> exc);
// The Python exception for a runtime error (the original object when it came from Python).
Ref<BaseException> to_python_exception(const aio::Error& error);

// --- Future -----------------------------------------------------------------------------------
using FutureStateV = aio::FutureState<Value>;
struct FutureObject;

// A plain future's runtime state, knowing its Python object (to show what a task waits for).
struct PyFutureState : FutureStateV {
  FutureObject* owner;  // cleared when the Python object dies
  PyFutureState(aio::EventLoop& loop, FutureObject* o) : FutureStateV(loop), owner(o) {}
  // A class derived in Python may override cancel() (gather's future does): the runtime's
  // cancellations (a task cancelling what it waits on) go through the override, as in CPython.
  bool cancel(std::string msg) override;
};
// The Python object of a runtime future made by Python code (a Future or a Task), or null.
FutureObject* future_object(aio::FutureBase* f);
bool future_repr_info(Thread& t, FutureObject* f, std::string* out);

struct FutureObject : Object {
  std::shared_ptr<FutureStateV> state;
  Ref<LoopObject> loop;
  // Python done callbacks not scheduled yet: the runtime's token for each (for removal).
  struct Callback {
    uint64_t token;
    Value fn;
  };
  std::vector<Callback> callbacks;
  bool log_traceback = false;  // an exception nobody retrieved: logged when the future dies
  bool asyncio_future_blocking = false;
  bool cancelled_exc_taken = false;  // see cancelled_error() in asyncio_future.cpp
  Ref<Dict> dict;  // attributes set by Python code
  Ref<Type> heap_type;  // a class derived in Python: instances keep it alive

  FutureObject(Type* type, Ref<LoopObject> loop);
  ~FutureObject() override;
  void finalize() override;
  void log_unretrieved();
};
bool is_future(Object* o);  // an asyncio Future or Task (ours)
Ref<FutureObject> make_future(LoopObject* loop);
// set_result / set_exception for C++ callers; false with InvalidStateError pending when done.
bool future_set_result(Thread& t, FutureObject* f, Object* value);
bool future_set_exception(Thread& t, FutureObject* f, Object* exc);
// result(): the value, or null with the exception (or CancelledError) raised.
Value future_result(Thread& t, FutureObject* f);

// --- Task -------------------------------------------------------------------------------------
class PyTaskState;
struct TaskObject : FutureObject {
  PyTaskState* task;  // the same object as `state`, seen as a task
  bool pending_logged = false;  // "Task was destroyed but it is pending!" said once
  TaskObject(Ref<LoopObject> loop);
  ~TaskObject() override;
  void finalize() override;
};
// loop.create_task(coro, name=): null with TypeError raised when `coro` isn't a coroutine.
Value create_task(Thread& t, LoopObject* loop, Object* coro, Object* name);
// The Python object of a runtime task of a Python loop.
TaskObject* task_object(aio::TaskCore* task);

// --- the event loop -----------------------------------------------------------------------------
struct LoopObject : Object {
  std::unique_ptr<aio::EventLoop> loop;
  Thread* thread;  // where its callbacks and tasks run
  Ref<BaseException> fatal;  // SystemExit / KeyboardInterrupt raised in a callback: ends the run
  Value exception_handler;   // None: the default handler
  bool debug = false;
  double slow_callback_duration = 0.1;  // only reported by debug mode in CPython; kept for the API
  Value task_factory;                   // None: tasks are ours
  // Async generators first iterated while this loop ran and not freed yet: what
  // shutdown_asyncgens() closes (CPython's loop._asyncgens).
  AsyncGenHooks asyncgen_hooks;
  std::vector<Generator*> asyncgens;
  explicit LoopObject(Thread& t);
  ~LoopObject() override;
};
Ref<LoopObject> new_event_loop(Thread& t);
Value call_asyncgens_helper(Thread& t, LoopObject* loop, const char* name, Value arg);
// The loop running on this thread (borrowed), or null.
LoopObject* running_loop(Thread& t);
// loop.call_exception_handler(context) for C++ callers: `message` plus optional entries.
void call_exception_handler(Thread& t, LoopObject* loop, const std::string& message,
                            std::vector<std::pair<const char*, Value>> entries);
// Runs a Python callable as a loop callback: errors go to the loop's exception handler;
// SystemExit and KeyboardInterrupt stop the loop and end the run.
void run_callback(Thread& t, LoopObject* loop, Object* fn, const std::vector<Value>& args, Object* handle);

// A type's name without its module ("_asyncio.Task" → "Task"), as reprs show it.
inline std::string short_type_name(const Type* type) { return type->name.substr(type->name.rfind('.') + 1); }

// How asyncio shows values and callbacks (asyncio_format.cpp): reprlib.repr's bounded repr,
// and a callback as "name(args) at file:line" (format_helpers._format_callback_source).
bool reprlib_repr(Thread& t, Object* o, std::string* out);
bool format_callback_source(Thread& t, Object* fn, const std::vector<Value>& args, std::string* out);

// Per-interpreter asyncio state: the running loop and the loop set by set_event_loop.
struct AsyncioState {
  LoopObject* running = nullptr;  // borrowed: the loop's run_forever holds it
  Value current;                  // set_event_loop / get_event_loop (None at start)
  // Ids of the objects tasks wait on (locks, queues), for the trace: the same object keeps its
  // id. Keyed by address; an object freed and another made at its place may share an id.
  std::unordered_map<Object*, uint64_t> object_ids;
  // Default task names (Task-N) count from 1 in each interpreter, as in a fresh CPython process.
  std::atomic<uint64_t> task_counter{0};
  // What the native queue methods raise (asyncio.QueueEmpty / QueueFull, Python classes).
  Value queue_empty, queue_full;
  // Lock.acquire / Semaphore.acquire and which non-waiting branch each has (asyncio_locks.cpp).
  std::vector<std::pair<Value, int>> fast_acquire;
};
AsyncioState& asyncio_state(Thread& t);

// The native methods of asyncio's Python classes, placed in the `_asyncio` module for
// _asyncio_queues.py and _asyncio_locks.py to put in their class bodies.
void add_queue_functions(Module* m);
void add_lock_functions(Module* m);

// Type set-up, called once by the `_asyncio` module.
void init_future_types();
void init_task_type();
void init_loop_types();

}  // namespace py
