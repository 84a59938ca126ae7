#include "py/object.hpp"

#include "py/objects.hpp"

#include <vector>

namespace py {

namespace {

#if defined(__SANITIZE_ADDRESS__)
#define PY_OBJECT_FREE_LISTS 0  // ASan must see every free to catch a use after it
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PY_OBJECT_FREE_LISTS 0
#endif
#endif
#ifndef PY_OBJECT_FREE_LISTS
#define PY_OBJECT_FREE_LISTS 1
#endif

// Blocks of freed objects by size class (16-byte steps up to 256 bytes), at most kMaxFree each:
// what the lists hold stays counted by the memory cap (memory_cap.cpp) and is bounded.
constexpr size_t kGrain = 16, kClasses = 16, kMaxFree = 512;
struct FreeBlock {
  FreeBlock* next;
};
struct FreeLists {
  FreeBlock* head[kClasses] = {};
  size_t count[kClasses] = {};
  ~FreeLists() {
    for (size_t c = 0; c < kClasses; ++c) {
      while (FreeBlock* b = head[c]) {
        head[c] = b->next;
        ::operator delete(b);
      }
      count[c] = kMaxFree;  // objects freed later on this thread (other thread_locals) go to malloc
    }
  }
};
thread_local FreeLists t_free_lists;

[[maybe_unused]] size_t size_class(std::size_t size) { return size == 0 ? 0 : (size - 1) / kGrain; }

}  // namespace

void* Object::operator new(std::size_t size) {
#if PY_OBJECT_FREE_LISTS
  size_t c = size_class(size);
  if (c < kClasses) {
    FreeLists& lists = t_free_lists;
    if (FreeBlock* b = lists.head[c]) {
      lists.head[c] = b->next;
      --lists.count[c];
      return b;
    }
    return ::operator new((c + 1) * kGrain);
  }
#endif
  return ::operator new(size);
}

void Object::operator delete(void* p, std::size_t size) noexcept {
#if PY_OBJECT_FREE_LISTS
  size_t c = size_class(size);
  if (c < kClasses) {
    FreeLists& lists = t_free_lists;
    if (lists.count[c] < kMaxFree) {
      auto* b = static_cast<FreeBlock*>(p);
      b->next = lists.head[c];
      lists.head[c] = b;
      ++lists.count[c];
      return;
    }
  }
#else
  (void)size;
#endif
  ::operator delete(p);
}

namespace {
// Objects whose count reached zero while another object was being freed: freed by the
// outermost destroy() in a loop (CPython's "trashcan"), so freeing a 1M-long chain of objects
// doesn't recurse 1M deep in C++.
thread_local std::vector<Object*>* t_pending = nullptr;
}  // namespace

void destroy(Object* o) {
  Type* type = o->type;
  if (type == float_type || type == int_type || type == str_type) {
    delete o;  // the commonest garbage: no finaliser, no objects inside
    return;
  }
  o->refcnt = 1;  // alive while its finaliser runs
  o->finalize();
  if (--o->refcnt != 0) return;  // the finaliser kept it: resurrected
  if (t_pending) {
    t_pending->push_back(o);
    return;
  }
  std::vector<Object*> pending;
  t_pending = &pending;
  delete o;
  while (!pending.empty()) {
    Object* next = pending.back();
    pending.pop_back();
    delete next;
  }
  t_pending = nullptr;
}

}  // namespace py
