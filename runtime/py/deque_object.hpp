// collections.deque's layout, for native code that keeps its own deques (asyncio's queues and
// locks keep their waiters and items in real deques, which Python code may also read).
#pragma once

#include <deque>

#include "py/objects.hpp"

namespace py {

extern Type* deque_type;  // valid once deque_type_object() (library_modules.hpp) has run

struct Deque : Object {
  std::deque<Value> items;
  int64_t maxlen = -1;  // -1: unbounded
  uint64_t state = 0;   // bumped by every structural change; iterators compare it
  Deque() : Object(deque_type) {}
};

}  // namespace py
