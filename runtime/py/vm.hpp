// The VM: frames live on the heap and a Python-to-Python call pushes a frame and continues the
// same loop — no C++ recursion per call, so depth is a counter and frames can be suspended
// (generators and coroutines next). C++ code that calls Python (sorted(key=…), __repr__ from
// print) runs a nested loop on the same thread.
#pragma once

#include <functional>
#include <vector>

#include "py/code.hpp"
#include "py/frame.hpp"
#include "py/thread.hpp"

namespace py {

struct Generator;

// Runs `frame` (and whatever it calls) until it returns: its value, or null with the
// exception pending. Takes ownership of the frame (unless a generator owns it). `throwing`:
// start by raising the pending exception at the frame's current instruction.
Value run_frame(Thread& t, Frame* frame, bool throwing = false);

// A generator owns its suspended frame; next/send/throw resume that frame in the VM loop.
// (`for` loops and `yield from` over a generator resume it inline, without a nested loop.)
// Coroutines (`async def`) and async generators (`async def` with `yield`) are the same object
// with another type and kind: the VM suspends and resumes all three the same way.
enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };
struct Generator : Object {
  Frame* frame = nullptr;  // null once it has finished
  Ref<Str> name, qualname;
  bool started = false, running = false;
  GenKind kind = GenKind::Generator;
  // Async generators: the last value came from a `yield` (it completes the pending __anext__),
  // not from an `await` inside (that value goes up to the event loop) — CPython's wrapped value.
  bool ag_wrapped = false;
  bool ag_running_async = false, ag_closed = false, ag_hooks_inited = false;
  bool ag_finalized = false;  // already handed to the finalizer hook once (it is not called again)
  Thread* thread = nullptr;  // where it was created: finalisation runs close() there
  explicit Generator(Frame* f, Type* type = generator_type);
  ~Generator() override;
};
// Resumes `g`: with `sent` pushed as the value of the pending yield (null: nothing pushed), or
// raising the pending exception inside it (`throwing`). Gives what it yielded (g->frame still
// set), what it returned (g->frame null), or null with an exception pending.
Value generator_resume(Thread& t, Generator* g, Object* sent, bool throwing);
// gen.send(v) / next(gen): the yielded value, or StopIteration(return value) raised.
Value generator_send(Thread& t, Generator* g, Object* value);
// Raises the pending exception inside `g` where it is suspended (through a pending `yield from`
// / `await` to the innermost delegate first). Same results as generator_resume.
Value generator_throw(Thread& t, Generator* g);
Value generator_throw_pending(Thread& t, Generator* g);  // the same
// gen.close(): None, or null with an exception pending ("generator ignored GeneratorExit").
Value generator_close(Thread& t, Generator* g);
// The exception gen.throw(typ[, val[, tb]]) / athrow(...) raises into `g`, made pending; false
// (the error raised) when the call is bad and the error goes to the caller instead.
bool set_thrown_exception(Thread& t, const CallArgs& a, const char* method, Generator* g);
// The object a suspended generator / coroutine is delegating to (`yield from`, `await`), or null.
Object* generator_delegate(Generator* g);

bool is_coroutine(Object* o);           // a coroutine object (what calling an `async def` gives)
bool is_coroutine_function(Object* o);  // a Function of an `async def` without `yield`
bool is_async_generator(Object* o);
// types.coroutine(f) for a generator function f: its generators become awaitable (as
// asyncio.sleep(0)'s bare yield is); false when f is not a generator function.
bool mark_iterable_coroutine(Object* func);

// `await x`: the iterator the awaiting frame delegates to (x itself for a coroutine), or null
// with TypeError / RuntimeError raised. `where`: 0 await, 1 __aenter__'s result, 2 __aexit__'s.
Value get_awaitable(Thread& t, Object* o, int where);
// `async for`: aiter(x) with CPython's TypeErrors; the awaitable of aiter.__anext__().
Value get_aiter(Thread& t, Object* o);
Value get_anext_awaitable(Thread& t, Object* aiter);
// The coroutine a coroutine_wrapper (coro.__await__()) iterates.
Value coroutine_wrapper_target(Object* wrapper);
// asyncio's async-generator hooks (CPython's sys.set_asyncgen_hooks), per Interpreter.
// firstiter: called at an async generator's first __anext__/asend/athrow/aclose (asyncio keeps a
// registry of them for loop.shutdown_asyncgens()). finalizer: an async generator that was
// iterated and not finished lost its last reference: it receives a new async_generator object
// that owns the suspended frame (the old one can't be revived), to schedule its aclose() on the
// loop. Without a finalizer the generator is closed synchronously (GeneratorExit thrown in).
struct AsyncGenHooks {
  std::function<void(Thread&, Generator* agen)> firstiter;
  std::function<void(Thread&, Generator* agen)> finalizer;
  // Any generator firstiter saw is being freed (finished or not; before `finalizer`): drop it
  // from a registry of live generators (what shutdown_asyncgens() closes).
  std::function<void(Thread&, Generator* agen)> forget;
};
// The asyncio core registers, once at start-up, how to find the hooks in force on a thread
// (null: none; e.g. those of the loop running there); the hooks live in its own state.
using AsyncGenHooksLookup = AsyncGenHooks* (*)(Thread& t);
void set_asyncgen_hooks_lookup(AsyncGenHooksLookup lookup);
AsyncGenHooks* asyncgen_hooks(Thread& t);

// `except*` (except_star.cpp). Matching a handler's `type` against what is left of the
// exception: `match` (None: no match) and the new rest (None: all handled).
bool exception_group_match(Thread& t, Object* rest, Object* type, Value* match, Value* new_rest);
// What leaves a try/except* statement: `orig` combined with what the handlers raised and what
// none of them handled (`results`); None when nothing is left.
Value exception_group_reraise(Thread& t, Object* orig, List* results);

// The builtins aiter(x) and anext(it[, default]) (registered by builtins.cpp).
Value builtin_aiter(Thread& t, Object* self, const CallArgs& a);
Value builtin_anext(Thread& t, Object* self, const CallArgs& a);
// agen.__anext__() (the async_generator_asend object).
Value async_generator_anext(Thread& t, Generator* agen);

// C++ code that recurses through Python objects (a nested list's repr, comparing nested tuples)
// counts towards the recursion limit as Python calls do (CPython's Py_EnterRecursiveCall), and
// every nested VM loop checks the native stack too, so no data or program can overflow it.
class RecursionGuard {
 public:
  RecursionGuard(Thread& t, const char* where);  // where: CPython's suffix, " in comparison"
  ~RecursionGuard() {
    if (ok_) --t_.depth;
  }
  bool ok() const { return ok_; }  // false: RecursionError raised

 private:
  Thread& t_;
  bool ok_;
};
// True when the native stack of this OS thread is nearly used up.
bool native_stack_exhausted();

// Builds the frame for calling `func` with `args`; null (TypeError raised) on a bad call.
Frame* make_frame(Thread& t, Function* func, const CallArgs& args);

// Runs a module's code with `globals` as its namespace.
Value run_module(Thread& t, Code* code, Dict* globals);

// Runs a class body (`func`'s code) with `ns` as its namespace; gives the __class__ cell or None.
Value run_class_body(Thread& t, Function* func, Dict* ns);

// The function-call slot of Function objects.
Value call_function(Thread& t, Object* func, const CallArgs& args);

// The exception currently being handled (for __context__ and bare `raise`), or null.
Object* current_handled(Thread& t);

}  // namespace py
