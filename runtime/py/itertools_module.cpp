// itertools: lazy native iterators with CPython's algorithms, messages and reprs. The simple
// ones live here; the combinatoric ones, groupby and tee in itertools_combinatoric.cpp.
#include "py/itertools.hpp"

#include "py/abstract.hpp"
#include "py/native_args.hpp"
#include "py/native_modules.hpp"

namespace py {

namespace itertools {

Type* types[kKindCount] = {};

Value self_iter(Thread&, Object* o) { return Value::borrow(o); }

Value make_iter(Kind kind) { return make<It>(types[kind]); }

// it.__next__() / it.__iter__() called by name (the slots serve next() and for loops).
Value method_next(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "__next__", 0, 0)) return nullptr;
  Value v = self->type->next(t, self);
  if (!v && !t.has_exception()) t.set_exception(make<BaseException>(exc::StopIteration, make_tuple({})));
  return v;
}
Value method_iter(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "__iter__", 0, 0)) return nullptr;
  return Value::borrow(self);
}

namespace {

It* I(Object* o) { return cast<It>(o); }

// --- count(start=0, step=1) ------------------------------------------------------------------
bool is_number(Object* o) { return is_int(o) || o->type == float_type || !o->type->is_builtin; }

Value count_new(Thread& t, Type*, const CallArgs& a) {
  Object* args[2];
  if (!parse_args(t, a, "count", {"start", "step"}, 0, args)) return nullptr;
  Value start = args[0] ? Value::borrow(args[0]) : make_int(0);
  Value step = args[1] ? Value::borrow(args[1]) : make_int(1);
  if (!is_number(start.get()) || !is_number(step.get())) return t.raise(exc::TypeError, "a number is required");
  Value it = make_iter(kCount);
  I(it.get())->a = start;
  I(it.get())->b = step;
  return it;
}
Value count_next(Thread& t, Object* o) {
  It* it = I(o);
  Value next = binary_op(t, BinaryOp::Add, it->a.get(), it->b.get());
  if (!next) return nullptr;
  Value current = std::move(it->a);
  it->a = std::move(next);
  return current;
}
Value count_repr(Thread& t, Object* o) {
  It* it = I(o);
  std::string start, step;
  if (!repr_text(t, it->a.get(), &start)) return nullptr;
  Object* s = it->b.get();
  if (is_int(s) && !cast<Int>(s)->is_big && cast<Int>(s)->small == 1) return make_str("count(" + start + ")");
  if (!repr_text(t, s, &step)) return nullptr;
  return make_str("count(" + start + ", " + step + ")");
}

// --- cycle(iterable) ---------------------------------------------------------------------------
Value cycle_new(Thread& t, Type*, const CallArgs& a) {
  if (!positional_args(t, a, "cycle", 1, 1)) return nullptr;
  Value src = iter(t, a.arg(0));
  if (!src) return nullptr;
  Value it = make_iter(kCycle);
  I(it.get())->src = src;
  return it;
}
Value cycle_next(Thread& t, Object* o) {
  It* it = I(o);
  if (!it->flag) {
    Value v = next(t, it->src.get());
    if (v) {
      it->saved.push_back(v);
      return v;
    }
    if (t.has_exception()) return nullptr;
    it->flag = true;  // the source is exhausted: replay what it gave
    it->src.reset();
  }
  if (it->saved.empty()) return nullptr;
  Value v = it->saved[static_cast<size_t>(it->n)];
  it->n = (it->n + 1) % static_cast<int64_t>(it->saved.size());
  return v;
}

// --- repeat(object[, times]) -------------------------------------------------------------------
Value repeat_new(Thread& t, Type*, const CallArgs& a) {
  Object* args[2];
  if (!parse_args(t, a, "repeat", {"object", "times"}, 1, args)) return nullptr;
  int64_t times = -1;
  if (args[1]) {
    if (!as_index(t, args[1], &times)) return nullptr;
    if (times < 0) times = 0;
  }
  Value it = make_iter(kRepeat);
  I(it.get())->a = Value::borrow(args[0]);
  I(it.get())->n = times;
  return it;
}
Value repeat_next(Thread&, Object* o) {
  It* it = I(o);
  if (it->n == 0) return nullptr;
  if (it->n > 0) --it->n;
  return it->a;
}
Value repeat_repr(Thread& t, Object* o) {
  It* it = I(o);
  std::string r;
  if (!repr_text(t, it->a.get(), &r)) return nullptr;
  if (it->n < 0) return make_str("repeat(" + r + ")");
  return make_str("repeat(" + r + ", " + std::to_string(it->n) + ")");
}
Value repeat_length_hint(Thread& t, Object* self, const CallArgs&) {
  if (I(self)->n < 0) return t.raise(exc::TypeError, "len() of unsized object");
  return make_int(I(self)->n);
}

// --- accumulate(iterable, func=None, *, initial=None) ------------------------------------------
Value accumulate_new(Thread& t, Type*, const CallArgs& a) {
  Object* args[3];
  if (a.nargs > 2) return t.raise(exc::TypeError, "accumulate() takes at most 2 positional arguments (" + std::to_string(a.nargs) + " given)");
  if (!parse_args(t, a, "accumulate", {"iterable", "func", "initial"}, 1, args)) return nullptr;
  Value src = iter(t, args[0]);
  if (!src) return nullptr;
  Value it = make_iter(kAccumulate);
  I(it.get())->src = src;
  if (args[1] && args[1] != None) I(it.get())->func = Value::borrow(args[1]);
  if (args[2] && args[2] != None) I(it.get())->b = Value::borrow(args[2]);
  return it;
}
Value accumulate_next(Thread& t, Object* o) {
  It* it = I(o);
  if (it->b) {  // the initial value comes first
    it->a = std::move(it->b);
    return it->a;
  }
  if (!it->src) return nullptr;
  Value v = next(t, it->src.get());
  if (!v) return nullptr;
  if (!it->a) {
    it->a = v;
    return v;
  }
  Value total = it->func ? call2(t, it->func.get(), it->a.get(), v.get()) : binary_op(t, BinaryOp::Add, it->a.get(), v.get());
  if (!total) return nullptr;
  it->a = total;
  return total;
}

// --- chain(*iterables), chain.from_iterable(iterable) ----------------------------------------------
Value chain_new(Thread& t, Type*, const CallArgs& a) {
  if (a.nkw()) return t.raise(exc::TypeError, "chain() takes no keyword arguments");
  std::vector<Value> items;
  for (size_t i = 0; i < a.nargs; ++i) items.push_back(Value::borrow(a.arg(i)));
  Value it = make_iter(kChain);
  I(it.get())->src = iter(t, make_tuple(std::move(items)).get());
  return it;
}
Value chain_from_iterable(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "from_iterable", 1, 1)) return nullptr;
  Value src = iter(t, a.arg(0));
  if (!src) return nullptr;
  Value it = make_iter(kChain);
  I(it.get())->src = src;
  return it;
}
Value chain_next(Thread& t, Object* o) {
  It* it = I(o);
  for (;;) {
    if (it->a) {
      Value v = next(t, it->a.get());
      if (v || t.has_exception()) return v;
      it->a.reset();
    }
    if (!it->src) return nullptr;
    Value iterable = next(t, it->src.get());
    if (!iterable) {
      it->src.reset();
      return nullptr;
    }
    it->a = iter(t, iterable.get());
    if (!it->a) return nullptr;
  }
}

// --- compress / dropwhile / takewhile / filterfalse / starmap / pairwise -----------------------
Value compress_new(Thread& t, Type*, const CallArgs& a) {
  Object* args[2];
  if (!parse_args(t, a, "compress", {"data", "selectors"}, 2, args)) return nullptr;
  Value data = iter(t, args[0]);
  if (!data) return nullptr;
  Value selectors = iter(t, args[1]);
  if (!selectors) return nullptr;
  Value it = make_iter(kCompress);
  I(it.get())->src = data;
  I(it.get())->a = selectors;
  return it;
}
Value compress_next(Thread& t, Object* o) {
  It* it = I(o);
  for (;;) {
    Value v = next(t, it->src.get());
    if (!v) return nullptr;
    Value s = next(t, it->a.get());
    if (!s) return nullptr;
    int ok = truth(t, s.get());
    if (ok < 0) return nullptr;
    if (ok) return v;
  }
}

// Shared by dropwhile, takewhile, filterfalse, starmap: (function, iterable).
template <Kind K>
Value pred_new(Thread& t, Type*, const CallArgs& a) {
  static const char* const names[] = {"dropwhile", "takewhile", "filterfalse", "starmap"};
  const char* name = names[K == kDropwhile ? 0 : K == kTakewhile ? 1 : K == kFilterfalse ? 2 : 3];
  if (!positional_args(t, a, name, 2, 2)) return nullptr;
  Value src = iter(t, a.arg(1));
  if (!src) return nullptr;
  Value it = make_iter(K);
  I(it.get())->func = Value::borrow(a.arg(0));
  I(it.get())->src = src;
  return it;
}
int test(Thread& t, It* it, Object* v) {
  if (it->func.get() == None && it->type == types[kFilterfalse]) return truth(t, v);  // only filterfalse takes None
  Value r = call1(t, it->func.get(), v);
  if (!r) return -1;
  return truth(t, r.get());
}
Value dropwhile_next(Thread& t, Object* o) {
  It* it = I(o);
  for (;;) {
    Value v = next(t, it->src.get());
    if (!v || it->flag) return v;
    int ok = test(t, it, v.get());
    if (ok < 0) return nullptr;
    if (!ok) {
      it->flag = true;
      return v;
    }
  }
}
Value takewhile_next(Thread& t, Object* o) {
  It* it = I(o);
  if (it->flag) return nullptr;
  Value v = next(t, it->src.get());
  if (!v) return nullptr;
  int ok = test(t, it, v.get());
  if (ok < 0) return nullptr;
  if (ok) return v;
  it->flag = true;
  return nullptr;
}
Value filterfalse_next(Thread& t, Object* o) {
  It* it = I(o);
  for (;;) {
    Value v = next(t, it->src.get());
    if (!v) return nullptr;
    int ok = test(t, it, v.get());
    if (ok < 0) return nullptr;
    if (!ok) return v;
  }
}
Value starmap_next(Thread& t, Object* o) {
  It* it = I(o);
  Value args = next(t, it->src.get());
  if (!args) return nullptr;
  std::vector<Value> items;
  if (!collect(t, args.get(), &items)) return nullptr;
  std::vector<Object*> raw;
  for (auto& v : items) raw.push_back(v.get());
  CallArgs ca;
  ca.args = raw.data();
  ca.nargs = raw.size();
  return call(t, it->func.get(), ca);
}
Value pairwise_new(Thread& t, Type*, const CallArgs& a) {
  if (!positional_args(t, a, "pairwise", 1, 1)) return nullptr;
  Value src = iter(t, a.arg(0));
  if (!src) return nullptr;
  Value it = make_iter(kPairwise);
  I(it.get())->src = src;
  return it;
}
Value pairwise_next(Thread& t, Object* o) {
  It* it = I(o);
  if (!it->src) return nullptr;
  if (!it->a) {
    it->a = next(t, it->src.get());
    if (!it->a) {
      it->src.reset();
      return nullptr;
    }
  }
  Value v = next(t, it->src.get());
  if (!v) {
    it->src.reset();
    it->a.reset();
    return nullptr;
  }
  Value pair = make_tuple({it->a, v});
  it->a = v;
  return pair;
}

// --- islice(iterable, stop) / islice(iterable, start, stop[, step]) --------------------------------
bool slice_int(Thread& t, Object* o, int64_t* out, const char* message) {
  if (o == None) return true;
  if (!is_int(o) || cast<Int>(o)->is_big || cast<Int>(o)->small < 0) {
    t.raise(exc::ValueError, message);
    return false;
  }
  *out = cast<Int>(o)->small;
  return true;
}
Value islice_new(Thread& t, Type*, const CallArgs& a) {
  if (!positional_args(t, a, "islice", 2, 4)) return nullptr;
  int64_t start = 0, stop = -1, step = 1;
  const char* bad_indices = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (a.nargs == 2) {
    if (!slice_int(t, a.arg(1), &stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")) return nullptr;
  } else {
    if (!slice_int(t, a.arg(1), &start, bad_indices)) return nullptr;
    if (!slice_int(t, a.arg(2), &stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")) return nullptr;
    if (a.nargs == 4 && a.arg(3) != None) {
      if (!is_int(a.arg(3)) || cast<Int>(a.arg(3))->is_big || cast<Int>(a.arg(3))->small < 1) {
        return t.raise(exc::ValueError, "Step for islice() must be a positive integer or None.");
      }
      step = cast<Int>(a.arg(3))->small;
    }
  }
  Value src = iter(t, a.arg(0));
  if (!src) return nullptr;
  Value it = make_iter(kIslice);
  I(it.get())->src = src;
  I(it.get())->n = start;  // the index of the next item to give
  I(it.get())->m = stop;
  I(it.get())->k = step;
  return it;
}
Value islice_next(Thread& t, Object* o) {
  It* it = I(o);
  if (!it->src) return nullptr;
  int64_t stop = it->m;
  while (it->cnt < it->n) {
    Value skipped = next(t, it->src.get());
    if (!skipped) {
      it->src.reset();
      return nullptr;
    }
    ++it->cnt;
  }
  if (stop != -1 && it->cnt >= stop) {
    it->src.reset();
    return nullptr;
  }
  Value v = next(t, it->src.get());
  if (!v) {
    it->src.reset();
    return nullptr;
  }
  ++it->cnt;
  int64_t prev = it->n;
  it->n += it->k;
  if (it->n > stop && stop != -1) it->n = stop;
  if (it->n < prev) it->n = stop;  // overflow
  return v;
}

// --- zip_longest(*iterables, fillvalue=None) -------------------------------------------------------
Value zip_longest_new(Thread& t, Type*, const CallArgs& a) {
  Value fill = none();
  for (size_t k = 0; k < a.nkw(); ++k) {
    if (cast<Str>(a.kwnames->items[k].get())->text != "fillvalue") {
      return t.raise(exc::TypeError, "zip_longest() got an unexpected keyword argument");
    }
    fill = Value::borrow(a.kwvalue(k));
  }
  Value it = make_iter(kZipLongest);
  for (size_t i = 0; i < a.nargs; ++i) {
    Value src = iter(t, a.arg(i));
    if (!src) return nullptr;
    I(it.get())->saved.push_back(src);
  }
  I(it.get())->a = fill;
  I(it.get())->n = static_cast<int64_t>(a.nargs);  // iterators still active
  return it;
}
Value zip_longest_next(Thread& t, Object* o) {
  It* it = I(o);
  if (it->saved.empty() || it->n == 0) return nullptr;
  std::vector<Value> out;
  for (auto& src : it->saved) {
    if (!src) {
      out.push_back(it->a);
      continue;
    }
    Value v = next(t, src.get());
    if (!v) {
      if (t.has_exception()) return nullptr;
      src.reset();
      if (--it->n == 0) return nullptr;
      v = it->a;
    }
    out.push_back(v);
  }
  return make_tuple(std::move(out));
}

Type* make_type(Kind kind, const char* name, NewFn construct, UnaryFn next_fn) {
  Type* ty = make_native_type(name, "itertools");
  ty->construct = construct;
  ty->iter = self_iter;
  ty->next = next_fn;
  if (next_fn) {
    add_method(ty, "__next__", method_next);
    add_method(ty, "__iter__", method_iter);
  }
  types[kind] = ty;
  return ty;
}

void init_simple_types() {
  make_type(kCount, "itertools.count", count_new, count_next)->repr = count_repr;
  make_type(kCycle, "itertools.cycle", cycle_new, cycle_next);
  Type* repeat = make_type(kRepeat, "itertools.repeat", repeat_new, repeat_next);
  repeat->repr = repeat_repr;
  add_method(repeat, "__length_hint__", repeat_length_hint);
  make_type(kAccumulate, "itertools.accumulate", accumulate_new, accumulate_next);
  Type* chain = make_type(kChain, "itertools.chain", chain_new, chain_next);
  auto from_iterable = make<BuiltinFunction>("from_iterable", chain_from_iterable);
  from_iterable->refcnt += kImmortal;  // shared by every interpreter, like add_method's functions
  dict_set_str(chain->dict.get(), "from_iterable", from_iterable.get());
  make_type(kCompress, "itertools.compress", compress_new, compress_next);
  make_type(kDropwhile, "itertools.dropwhile", pred_new<kDropwhile>, dropwhile_next);
  make_type(kTakewhile, "itertools.takewhile", pred_new<kTakewhile>, takewhile_next);
  make_type(kFilterfalse, "itertools.filterfalse", pred_new<kFilterfalse>, filterfalse_next);
  make_type(kStarmap, "itertools.starmap", pred_new<kStarmap>, starmap_next);
  make_type(kPairwise, "itertools.pairwise", pairwise_new, pairwise_next);
  make_type(kIslice, "itertools.islice", islice_new, islice_next);
  make_type(kZipLongest, "itertools.zip_longest", zip_longest_new, zip_longest_next);
}

}  // namespace

Type* new_iterator_type(Kind kind, const char* name, NewFn construct, UnaryFn next_fn) {
  return make_type(kind, name, construct, next_fn);
}

void init_types() {
  static const bool once = [] {
    init_simple_types();
    init_combinatoric_types();
    for (Type* ty : types) {
      if (ty) inherit_slots(ty);
    }
    return true;
  }();
  (void)once;
}

}  // namespace itertools

void build_itertools_module(Module* m) {
  itertools::init_types();
  for (Type* ty : itertools::types) {
    if (!ty || ty->name.rfind("itertools._", 0) == 0) continue;
    module_set(m, ty->name.c_str() + 10, Value::borrow(ty));
  }
  module_def(m, "tee", itertools::tee);
}

}  // namespace py
