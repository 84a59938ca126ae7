// The itertools iterator objects: one layout for all of them (each kind uses the fields it
// needs), one type per kind. itertools_module.cpp has the simple kinds and the module,
// itertools_combinatoric.cpp product/permutations/combinations, groupby and tee.
#pragma once

#include <vector>

#include "py/objects.hpp"

namespace py::itertools {

enum Kind {
  kCount, kCycle, kRepeat, kAccumulate, kChain, kCompress, kDropwhile, kTakewhile, kFilterfalse,
  kStarmap, kPairwise, kIslice, kZipLongest, kProduct, kPermutations, kCombinations,
  kCombinationsWithReplacement, kGroupby, kGrouper, kTee, kTeeData, kKindCount
};
extern Type* types[kKindCount];

struct It : Object {
  Value src;                 // the source iterator
  Value func;                // predicate / function / key
  Value a, b, c;             // per-kind state (count: current and step; groupby: keys and value)
  std::vector<Value> saved;  // cycle's items, zip_longest's iterators, the combinatoric pool
  std::vector<std::vector<Value>> pools;  // product
  std::vector<int64_t> indices, cycles;
  int64_t n = 0, m = 0, k = 0, cnt = 0;
  bool flag = false;  // per-kind (cycle: replaying, dropwhile: done dropping, …)
  const void* current = nullptr;  // groupby: the grouper that may still advance (identity only)
  explicit It(Type* t) : Object(t) {}
};

Value make_iter(Kind kind);
Value self_iter(Thread& t, Object* o);
Type* new_iterator_type(Kind kind, const char* name, NewFn construct, UnaryFn next_fn);
void init_combinatoric_types();
void init_types();
Value tee(Thread& t, Object* self, const CallArgs& a);

}  // namespace py::itertools
