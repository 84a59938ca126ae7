// Counting the process's heap for the memory cap (memory_cap.hpp). operator new/delete are
// replaced to add and subtract each block's usable size: one relaxed atomic add per allocation.
#include "py/memory_cap.hpp"

#include <atomic>
#include <cstdlib>
#include <new>

#if defined(__GLIBC__) || defined(__EMSCRIPTEN__)
#include <malloc.h>
#define PY_COUNT_HEAP 1
#endif

#include "py/objects.hpp"
#include "py/thread.hpp"

namespace py {
namespace {

std::atomic<int64_t> g_live{0};
#ifdef __EMSCRIPTEN__
std::atomic<int64_t> g_limit{int64_t{768} << 20};
#else
std::atomic<int64_t> g_limit{int64_t{1} << 30};
#endif

}  // namespace

int64_t live_heap_bytes() { return g_live.load(std::memory_order_relaxed); }
void set_memory_limit(int64_t bytes) { g_limit.store(bytes, std::memory_order_relaxed); }
int64_t memory_limit() { return g_limit.load(std::memory_order_relaxed); }

bool memory_exhausted(Thread& t, int64_t more) {
  int64_t limit = memory_limit();
  if (limit <= 0 || live_heap_bytes() + more <= limit) return false;
  t.raise(exc::MemoryError, "");
  return true;
}

}  // namespace py

#ifdef PY_COUNT_HEAP
namespace {
void* counted_alloc(std::size_t n) {
  void* p = std::malloc(n ? n : 1);
  if (!p) std::abort();  // no exceptions: what a failed new would end in anyway
  py::g_live.fetch_add(static_cast<int64_t>(malloc_usable_size(p)), std::memory_order_relaxed);
  return p;
}
void counted_free(void* p) {
  if (!p) return;
  py::g_live.fetch_sub(static_cast<int64_t>(malloc_usable_size(p)), std::memory_order_relaxed);
  std::free(p);
}
}  // namespace

void* operator new(std::size_t n) { return counted_alloc(n); }
void* operator new[](std::size_t n) { return counted_alloc(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return counted_alloc(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return counted_alloc(n); }
void operator delete(void* p) noexcept { counted_free(p); }
void operator delete[](void* p) noexcept { counted_free(p); }
void operator delete(void* p, std::size_t) noexcept { counted_free(p); }
void operator delete[](void* p, std::size_t) noexcept { counted_free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { counted_free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { counted_free(p); }
#endif
