// Frame: one running (or suspended) Python function, module or class body. Its locals, cells
// and value stack live in one block right after it, sized from its code (CPython's
// co_nlocals + cells + co_stacksize), and blocks are recycled through a per-thread free list
// (frame.cpp): a call takes no malloc and its stack needs no capacity checks.
#pragma once

#include <cassert>
#include <cstdint>
#include <new>
#include <vector>

#include "py/code.hpp"

namespace py {

struct Generator;

// A fixed run of slots in a frame's block (the locals, the cells).
template <class T>
struct FrameSlots {
  T* data = nullptr;
  uint32_t count = 0;
  T& operator[](size_t i) const { return data[i]; }
  size_t size() const { return count; }
  bool empty() const { return count == 0; }
  T* begin() const { return data; }
  T* end() const { return data + count; }
};

// The value stack: the slots below `top` hold values, those from `top` to `limit` are null
// (a pop leaves its slot null). The compiler's stack depth (stack_depth.cpp) guarantees pushes
// stay below `limit`.
struct ValueStack {
  Value* base = nullptr;
  Value* top = nullptr;
  Value* limit = nullptr;

  void push(Value v) {
    assert(top < limit && "value stack deeper than the code's max_stack");
    new (top) Value(std::move(v));  // over a null slot: nothing to destroy
    ++top;
  }
  Value pop() {
    --top;
    return std::move(*top);
  }
  void drop() {
    --top;
    if (Object* o = top->release()) decref(o);
  }
  // Drops values until `level` are left.
  void truncate(size_t level) {
    Value* keep = base + level;
    while (top > keep) drop();
  }
  Value& back() const { return top[-1]; }
  Value& peek(size_t n) const { return top[-static_cast<ptrdiff_t>(n)]; }  // 1: the top
  Value& operator[](size_t i) const { return base[i]; }
  size_t size() const { return static_cast<size_t>(top - base); }
  bool empty() const { return top == base; }
  // The names callers outside the VM know from std::vector.
  void push_back(Value v) { push(std::move(v)); }
  void pop_back() { drop(); }
};

struct Frame {
  Ref<Code> code;
  Ref<Function> func;    // null for module bodies
  Ref<Dict> globals;
  Ref<Dict> locals;      // module and class bodies: the namespace (names are not fast locals)
  FrameSlots<Value> fast;
  FrameSlots<Ref<Cell>> cells;  // cellvars, then freevars
  ValueStack stack;
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

  // A frame for running `code`: locals and cells empty, stack empty.
  static Frame* create(Code* code);
  // `delete frame` empties it and gives its block back to this thread's free list.
  void operator delete(Frame* f, std::destroying_delete_t);

  int line() const;
  // Public only because clang checks it for `delete` even with a destroying delete (which
  // doesn't run it); frames are made by create() and freed by `delete`.
  ~Frame() = default;

 private:
  friend struct FramePool;
  Frame() = default;
  void clear();                         // drops every reference it holds
  Value* slots() { return reinterpret_cast<Value*>(this + 1); }
  uint32_t capacity_ = 0;               // slots in the block after the frame
};

static_assert(sizeof(Value) == sizeof(Object*), "a value stack slot is an Object* (calls pass them as argv)");
static_assert(sizeof(Frame) % alignof(Value) == 0, "the slots follow the frame");

}  // namespace py
