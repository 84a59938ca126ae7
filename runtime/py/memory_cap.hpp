// The memory cap: a runaway program (`x = []; while True: x.append('a' * 10**6)`) ends with
// MemoryError, as in CPython on a machine that runs out, instead of taking the process (or the
// browser tab) down. Every C++ allocation of the process is counted (global operator new/delete
// are replaced in memory_cap.cpp); the VM checks the count where a loop goes round, and big
// single allocations (repeats, concatenations) are checked before they are made.
#pragma once

#include <cstddef>
#include <cstdint>

namespace py {

class Thread;

// Bytes the process holds through operator new right now (0 where the platform can't tell).
int64_t live_heap_bytes();
// The cap, for the whole process (the interpreters in it share one heap). Default: 1 GiB
// natively, 768 MiB in wasm (32-bit address space); 0 turns it off.
void set_memory_limit(int64_t bytes);
int64_t memory_limit();

// True (and MemoryError raised) when the heap is over the cap, or would be after allocating
// `more` bytes.
bool memory_exhausted(Thread& t, int64_t more = 0);

}  // namespace py
