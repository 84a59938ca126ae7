// itertools' combinatoric iterators (product, permutations, combinations,
// combinations_with_replacement), groupby with its _grouper, and tee — CPython's algorithms,
// so the order of results and the points where the source is consumed are the same.
#include "py/abstract.hpp"
#include "py/itertools.hpp"
#include "py/native_args.hpp"
#include "py/thread.hpp"

namespace py::itertools {

namespace {

It* I(Object* o) { return cast<It>(o); }

Value tuple_of(const std::vector<Value>& pool, const std::vector<int64_t>& indices, size_t r) {
  std::vector<Value> out;
  out.reserve(r);
  for (size_t i = 0; i < r; ++i) out.push_back(pool[static_cast<size_t>(indices[i])]);
  return make_tuple(std::move(out));
}

// --- product(*iterables, repeat=1) ---------------------------------------------------------------
Value product_new(Thread& t, Type*, const CallArgs& a) {
  if (!check_kwargs(t, a, "product", {"repeat"})) return nullptr;
  int64_t repeat = 1;
  if (Object* r = kwarg(a, "repeat")) {
    if (!as_index(t, r, &repeat)) return nullptr;
    if (repeat < 0) return t.raise(exc::ValueError, "repeat argument cannot be negative");
  }
  std::vector<std::vector<Value>> pools(a.nargs);
  for (size_t i = 0; i < a.nargs; ++i) {
    if (!collect(t, a.arg(i), &pools[i])) return nullptr;
  }
  Value it = make_iter(kProduct);
  for (int64_t r = 0; r < repeat; ++r) {
    for (auto& p : pools) I(it.get())->pools.push_back(p);
  }
  return it;
}
Value product_next(Thread&, Object* o) {
  It* it = I(o);
  if (it->flag) return nullptr;
  size_t npools = it->pools.size();
  if (!it->a) {
    std::vector<Value> first;
    for (auto& pool : it->pools) {
      if (pool.empty()) {
        it->flag = true;
        return nullptr;
      }
      first.push_back(pool[0]);
    }
    it->indices.assign(npools, 0);
    it->a = make_tuple(std::move(first));
    return it->a;
  }
  std::vector<Value> result = cast<Tuple>(it->a.get())->items;
  size_t i = npools;
  while (i-- > 0) {
    auto& pool = it->pools[i];
    if (++it->indices[i] == static_cast<int64_t>(pool.size())) {
      it->indices[i] = 0;
      result[i] = pool[0];
      continue;
    }
    result[i] = pool[static_cast<size_t>(it->indices[i])];
    it->a = make_tuple(std::move(result));
    return it->a;
  }
  it->flag = true;
  return nullptr;
}

// --- permutations / combinations / combinations_with_replacement ---------------------------------
template <Kind K>
Value combinatoric_new(Thread& t, Type*, const CallArgs& a) {
  const char* name = K == kPermutations ? "permutations" : K == kCombinations ? "combinations" : "combinations_with_replacement";
  Object* args[2];
  if (!parse_args(t, a, name, {"iterable", "r"}, K == kPermutations ? 1 : 2, args)) return nullptr;
  Value it = make_iter(K);
  It* p = I(it.get());
  if (!collect(t, args[0], &p->saved)) return nullptr;
  int64_t n = static_cast<int64_t>(p->saved.size()), r = n;
  if (args[1] && (K != kPermutations || args[1] != None)) {
    if (K == kPermutations && !is_int(args[1])) return t.raise(exc::TypeError, "Expected int as r");
    if (!as_index(t, args[1], &r)) return nullptr;
    if (r < 0) return t.raise(exc::ValueError, "r must be non-negative");
  }
  p->n = n;
  p->m = r;
  if (K == kCombinationsWithReplacement) {
    p->indices.assign(static_cast<size_t>(r), 0);
  } else {
    for (int64_t i = 0; i < n; ++i) p->indices.push_back(i);
  }
  if (K == kPermutations) {
    for (int64_t i = 0; i < r && r <= n; ++i) p->cycles.push_back(n - i);
  }
  return it;
}
Value permutations_next(Thread&, Object* o) {
  It* it = I(o);
  int64_t n = it->n, r = it->m;
  if (it->flag) return nullptr;
  if (!it->k) {  // the first result
    it->k = 1;
    if (r > n) {
      it->flag = true;
      return nullptr;
    }
    return tuple_of(it->saved, it->indices, static_cast<size_t>(r));
  }
  if (n == 0) {
    it->flag = true;
    return nullptr;
  }
  auto& idx = it->indices;
  for (int64_t i = r - 1; i >= 0; --i) {
    if (--it->cycles[static_cast<size_t>(i)] == 0) {
      // indices[i:] = indices[i+1:] + indices[i:i+1]
      int64_t moved = idx[static_cast<size_t>(i)];
      for (int64_t j = i; j < n - 1; ++j) idx[static_cast<size_t>(j)] = idx[static_cast<size_t>(j + 1)];
      idx[static_cast<size_t>(n - 1)] = moved;
      it->cycles[static_cast<size_t>(i)] = n - i;
    } else {
      int64_t j = it->cycles[static_cast<size_t>(i)];
      std::swap(idx[static_cast<size_t>(i)], idx[static_cast<size_t>(n - j)]);
      return tuple_of(it->saved, idx, static_cast<size_t>(r));
    }
  }
  it->flag = true;
  return nullptr;
}
Value combinations_next(Thread&, Object* o) {
  It* it = I(o);
  int64_t n = it->n, r = it->m;
  if (it->flag) return nullptr;
  auto& idx = it->indices;
  if (!it->k) {
    it->k = 1;
    if (r > n) {
      it->flag = true;
      return nullptr;
    }
    return tuple_of(it->saved, idx, static_cast<size_t>(r));
  }
  int64_t i = r - 1;
  while (i >= 0 && idx[static_cast<size_t>(i)] == i + n - r) --i;
  if (i < 0) {
    it->flag = true;
    return nullptr;
  }
  idx[static_cast<size_t>(i)]++;
  for (int64_t j = i + 1; j < r; ++j) idx[static_cast<size_t>(j)] = idx[static_cast<size_t>(j - 1)] + 1;
  return tuple_of(it->saved, idx, static_cast<size_t>(r));
}
Value cwr_next(Thread&, Object* o) {
  It* it = I(o);
  int64_t n = it->n, r = it->m;
  if (it->flag) return nullptr;
  auto& idx = it->indices;
  if (!it->k) {
    it->k = 1;
    if (n == 0 && r > 0) {
      it->flag = true;
      return nullptr;
    }
    return tuple_of(it->saved, idx, static_cast<size_t>(r));
  }
  int64_t i = r - 1;
  while (i >= 0 && idx[static_cast<size_t>(i)] == n - 1) --i;
  if (i < 0) {
    it->flag = true;
    return nullptr;
  }
  int64_t v = idx[static_cast<size_t>(i)] + 1;
  for (int64_t j = i; j < r; ++j) idx[static_cast<size_t>(j)] = v;
  return tuple_of(it->saved, idx, static_cast<size_t>(r));
}

// --- groupby(iterable, key=None): a = target key, b = current key, c = current value ------------
Value groupby_new(Thread& t, Type*, const CallArgs& a) {
  Object* args[2];
  if (!parse_args(t, a, "groupby", {"iterable", "key"}, 1, args)) return nullptr;
  Value src = iter(t, args[0]);
  if (!src) return nullptr;
  Value it = make_iter(kGroupby);
  I(it.get())->src = src;
  if (args[1] && args[1] != None) I(it.get())->func = Value::borrow(args[1]);
  return it;
}
// Reads the next value and its key; false when exhausted or failed.
bool groupby_step(Thread& t, It* g) {
  Value v = next(t, g->src.get());
  if (!v) return false;
  Value key = g->func ? call1(t, g->func.get(), v.get()) : v;
  if (!key) return false;
  g->c = v;
  g->b = key;
  return true;
}
Value groupby_next(Thread& t, Object* o) {
  It* g = I(o);
  g->current = nullptr;
  for (;;) {  // skip the rest of the current group
    if (g->b) {
      if (!g->a) break;
      int eq = compare_bool(t, g->a.get(), g->b.get(), CompareOp::Eq);
      if (eq < 0) return nullptr;
      if (!eq) break;
    }
    if (!groupby_step(t, g)) return nullptr;
  }
  g->a = g->b;
  Value grouper = make_iter(kGrouper);
  I(grouper.get())->a = Value::borrow(o);
  I(grouper.get())->b = g->a;
  g->current = grouper.get();
  return make_tuple({g->b, grouper});
}
Value grouper_next(Thread& t, Object* o) {
  It* self = I(o);
  It* g = I(self->a.get());
  if (g->current != self) return nullptr;
  if (!g->c && !groupby_step(t, g)) return nullptr;
  int eq = compare_bool(t, self->b.get(), g->b.get(), CompareOp::Eq);
  if (eq <= 0) return nullptr;
  Value v = std::move(g->c);
  return v;
}

// --- tee(iterable, n=2): the _tee objects share a _tee_dataobject (src + saved buffer) ---------
Value new_tee(Value data, int64_t index) {
  Value it = make_iter(kTee);
  I(it.get())->b = std::move(data);
  I(it.get())->n = index;
  return it;
}
Value tee_next(Thread& t, Object* o) {
  It* self = I(o);
  It* data = I(self->b.get());
  auto index = static_cast<size_t>(self->n);
  if (index < data->saved.size()) {
    ++self->n;
    return data->saved[index];
  }
  if (!data->src) return nullptr;
  Value v = next(t, data->src.get());
  if (!v) {
    if (!t.has_exception()) data->src.reset();
    return nullptr;
  }
  data->saved.push_back(v);
  ++self->n;
  return v;
}
Value tee_copy(Thread&, Object* self, const CallArgs&) { return new_tee(I(self)->b, I(self)->n); }
Value tee_new(Thread& t, Type*, const CallArgs& a) {
  if (!positional_args(t, a, "_tee", 1, 1)) return nullptr;
  if (a.arg(0)->type == types[kTee]) return new_tee(I(a.arg(0))->b, I(a.arg(0))->n);
  Value src = iter(t, a.arg(0));
  if (!src) return nullptr;
  Value data = make_iter(kTeeData);
  I(data.get())->src = src;
  return new_tee(data, 0);
}

}  // namespace

Value tee(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "tee", 1, 2)) return nullptr;
  int64_t n = 2;
  if (a.nargs > 1 && !as_index(t, a.arg(1), &n)) return nullptr;
  if (n < 0) return t.raise(exc::ValueError, "n must be >= 0");
  std::vector<Value> out;
  if (n == 0) return make_tuple({});
  Value first;
  if (a.arg(0)->type == types[kTee]) {
    first = new_tee(I(a.arg(0))->b, I(a.arg(0))->n);
  } else {
    Value src = iter(t, a.arg(0));
    if (!src) return nullptr;
    Value data = make_iter(kTeeData);
    I(data.get())->src = src;
    first = new_tee(data, 0);
  }
  out.push_back(first);
  for (int64_t i = 1; i < n; ++i) out.push_back(new_tee(I(first.get())->b, I(first.get())->n));
  return make_tuple(std::move(out));
}

void init_combinatoric_types() {
  new_iterator_type(kProduct, "itertools.product", product_new, product_next);
  new_iterator_type(kPermutations, "itertools.permutations", combinatoric_new<kPermutations>, permutations_next);
  new_iterator_type(kCombinations, "itertools.combinations", combinatoric_new<kCombinations>, combinations_next);
  new_iterator_type(kCombinationsWithReplacement, "itertools.combinations_with_replacement",
                    combinatoric_new<kCombinationsWithReplacement>, cwr_next);
  new_iterator_type(kGroupby, "itertools.groupby", groupby_new, groupby_next);
  new_iterator_type(kGrouper, "itertools._grouper", nullptr, grouper_next);
  Type* tee_type = new_iterator_type(kTee, "itertools._tee", tee_new, tee_next);
  add_method(tee_type, "__copy__", tee_copy);
  new_iterator_type(kTeeData, "itertools._tee_dataobject", nullptr, nullptr);
}

}  // namespace py::itertools
