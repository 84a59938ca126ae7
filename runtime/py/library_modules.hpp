// Native parts of library modules (imported as _collections, _heapq, _functools; the public
// modules are Python files in runtime/py/lib/ that re-export them).
#pragma once

#include "py/objects.hpp"

namespace py {

void build_collections_native(Module* m);  // _collections: deque, …
void build_heapq_native(Module* m);        // _heapq
void build_functools_native(Module* m);    // _functools
void build_inspect_native(Module* m);      // _inspect (inspect_module.cpp)
void build_multiprocessing_native(Module* m);  // _multiprocessing (process_module.cpp)

Type* deque_type_object();  // collections.deque (created on first use)

}  // namespace py
