#include "py/object.hpp"

#include <vector>

namespace py {

namespace {
// Objects whose count reached zero while another object was being freed: freed by the
// outermost destroy() in a loop (CPython's "trashcan"), so freeing a 1M-long chain of objects
// doesn't recurse 1M deep in C++.
thread_local std::vector<Object*>* t_pending = nullptr;
}  // namespace

void destroy(Object* o) {
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
