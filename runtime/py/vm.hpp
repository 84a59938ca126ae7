// The VM: frames live on the heap and a Python-to-Python call pushes a frame and continues the
// same loop — no C++ recursion per call, so depth is a counter and frames can be suspended
// (generators and coroutines next). C++ code that calls Python (sorted(key=…), __repr__ from
// print) runs a nested loop on the same thread.
#pragma once

#include <vector>

#include "py/code.hpp"
#include "py/thread.hpp"

namespace py {

struct Generator;

struct Frame {
  Ref<Code> code;
  Ref<Function> func;    // null for module bodies
  Ref<Dict> globals;
  Ref<Dict> locals;      // module and class bodies: the namespace (names are not fast locals)
  std::vector<Value> fast;
  std::vector<Ref<Cell>> cells;  // cellvars, then freevars
  std::vector<Value> stack;
  struct Block {
    uint32_t handler;
    uint32_t stack_level;
    uint32_t handled_level;
  };
  std::vector<Block> blocks;
  std::vector<Value> handled;  // exceptions being handled here (innermost last)
  size_t ip = 0;
  Frame* back = nullptr;
  bool is_entry = false;  // returning from it returns to the C++ caller of run_frame
  Generator* gen = nullptr;  // the generator that owns this frame (it outlives its runs)

  int line() const;
};

// Runs `frame` (and whatever it calls) until it returns: its value, or null with the
// exception pending. Takes ownership of the frame (unless a generator owns it). `throwing`:
// start by raising the pending exception at the frame's current instruction.
Value run_frame(Thread& t, Frame* frame, bool throwing = false);

// A generator owns its suspended frame; next/send/throw resume that frame in the VM loop.
// (`for` loops and `yield from` over a generator resume it inline, without a nested loop.)
struct Generator : Object {
  Frame* frame = nullptr;  // null once it has finished
  Ref<Str> name, qualname;
  bool started = false, running = false;
  Thread* thread = nullptr;  // where it was created: finalisation runs close() there
  explicit Generator(Frame* f);
  ~Generator() override;
};
// Resumes `g`: with `sent` pushed as the value of the pending yield (null: nothing pushed), or
// raising the pending exception inside it (`throwing`). Gives what it yielded (g->frame still
// set), what it returned (g->frame null), or null with an exception pending.
Value generator_resume(Thread& t, Generator* g, Object* sent, bool throwing);
// gen.send(v) / next(gen): the yielded value, or StopIteration(return value) raised.
Value generator_send(Thread& t, Generator* g, Object* value);

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
