// Counting the process's heap for the memory cap (memory_cap.hpp). operator new/delete are
// replaced to add and subtract each block's usable size, summed per thread and shared in batches.
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
// Each thread adds up its own allocations and frees and moves the sum to the shared count once
// it passes kFlushBytes either way: an atomic add per allocation was ~10 % of an
// allocation-heavy program. The shared count is off by under kFlushBytes per thread.
constexpr int64_t kFlushBytes = int64_t{64} << 10;
struct UnflushedBytes {
  int64_t delta = 0;
  ~UnflushedBytes() {  // thread exit: hand over what is left
    py::g_live.fetch_add(delta, std::memory_order_relaxed);
    delta = 0;
  }
};
thread_local UnflushedBytes t_unflushed;

inline void count(int64_t bytes) {
  int64_t& delta = t_unflushed.delta;
  delta += bytes;
  if (delta > kFlushBytes || delta < -kFlushBytes) {
    py::g_live.fetch_add(delta, std::memory_order_relaxed);
    delta = 0;
  }
}
void* counted_alloc(std::size_t n) {
  void* p = std::malloc(n ? n : 1);
  if (!p) std::abort();  // no exceptions: what a failed new would end in anyway
  count(static_cast<int64_t>(malloc_usable_size(p)));
  return p;
}
void counted_free(void* p) {
  if (!p) return;
  count(-static_cast<int64_t>(malloc_usable_size(p)));
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
