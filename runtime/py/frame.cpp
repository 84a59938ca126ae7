// Frame blocks and their per-thread free list. A block is a Frame followed by its slots;
// blocks are kept by size class (multiples of kClassSlots slots) so a call reuses the block a
// returned call left, without malloc or free. Generator and coroutine frames come from the
// same lists and go back to whichever thread frees them.
#include "py/frame.hpp"

namespace py {

namespace {

constexpr uint32_t kClassSlots = 8;
constexpr uint32_t kClasses = 33;          // blocks of up to 256 slots are kept
// Beyond this many per class (deep recursion unwound) blocks are freed. Under ASan none are
// kept, so it sees every frame's lifetime.
#if defined(__SANITIZE_ADDRESS__)
constexpr uint32_t kMaxKeptPerClass = 0;
#else
constexpr uint32_t kMaxKeptPerClass = 256;
#endif

// Zero-initialised thread-locals (no constructor, so no guard on each access).
thread_local Frame* t_free[kClasses];
thread_local uint32_t t_kept[kClasses];
thread_local bool t_pool_armed = false;  // the cleanup below is registered for this thread
thread_local bool t_pool_gone = false;   // the thread is exiting: blocks are freed, not kept

}  // namespace

struct FramePool {
  static Frame* allocate(uint32_t capacity) {
    void* block = ::operator new(sizeof(Frame) + size_t{capacity} * sizeof(Value));
    Frame* f = new (block) Frame();
    f->capacity_ = capacity;
    Value* s = f->slots();
    for (uint32_t i = 0; i < capacity; ++i) new (s + i) Value();
    return f;
  }
  static void free(Frame* f) {
    f->~Frame();
    ::operator delete(f);
  }
  // Frees the blocks this thread kept when it exits.
  struct Cleanup {
    void arm() {}
    ~Cleanup() {
      t_pool_gone = true;
      for (uint32_t c = 0; c < kClasses; ++c) {
        while (Frame* f = t_free[c]) {
          t_free[c] = f->back;
          FramePool::free(f);
        }
        t_kept[c] = 0;
      }
    }
  };
};

namespace {
thread_local FramePool::Cleanup t_cleanup;
}  // namespace

Frame* Frame::create(Code* code) {
  uint32_t nfast = static_cast<uint32_t>(code->varnames.size());
  uint32_t ncells = static_cast<uint32_t>(code->ncells());
  uint32_t nstack = static_cast<uint32_t>(code->max_stack);
  uint32_t need = nfast + ncells + nstack;
  uint32_t cls = (need + kClassSlots - 1) / kClassSlots;
  Frame* f;
  if (cls < kClasses && t_free[cls]) {
    f = t_free[cls];
    t_free[cls] = f->back;
    f->back = nullptr;
    --t_kept[cls];
  } else {
    f = FramePool::allocate(cls < kClasses ? cls * kClassSlots : need);
  }
  // Every slot of a free block is null (clear() leaves them so): nothing to initialise.
  Value* s = f->slots();
  auto* cells = reinterpret_cast<Ref<Cell>*>(s + nfast);
  f->fast = {s, nfast};
  f->cells = {cells, ncells};
  f->stack.base = f->stack.top = s + nfast + ncells;
  f->stack.limit = f->stack.base + nstack;
  f->code = Ref<Code>::borrow(code);
  return f;
}

void Frame::clear() {
  // What it holds may run finalisers (Python code): the frame is already out of every chain,
  // and each slot is null before its value goes. Locals, cells and stack are one run of slots.
  if (!handled.empty()) handled.clear();
  blocks.clear();
  for (Value* p = slots(); p < stack.top; ++p) {
    if (Object* o = p->release()) decref(o);
  }
  stack.top = stack.base;
  locals.reset();
  globals.reset();
  func.reset();
  code.reset();
  ip = 0;
  back = nullptr;
  is_entry = false;
  gen = nullptr;
}

void Frame::operator delete(Frame* f, std::destroying_delete_t) {
  f->clear();
  uint32_t cls = f->capacity_ / kClassSlots;
  bool keep = f->capacity_ % kClassSlots == 0 && cls < kClasses && !t_pool_gone && t_kept[cls] < kMaxKeptPerClass;
  if (!keep) {
    FramePool::free(f);
    return;
  }
  if (!t_pool_armed) {
    t_pool_armed = true;
    t_cleanup.arm();  // constructs it, so its destructor runs when the thread exits
  }
  f->back = t_free[cls];
  t_free[cls] = f;
  ++t_kept[cls];
}

}  // namespace py
