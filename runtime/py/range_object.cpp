// range and slice.
#include "py/abstract.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"

namespace py {

Range::Range(int64_t a, int64_t b, int64_t c) : Object(range_type), start(a), stop(b), step(c) {
  if (step > 0) length = start < stop ? (stop - start - 1) / step + 1 : 0;
  else length = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

Slice::Slice(Value a, Value b, Value c) : Object(slice_type), start(std::move(a)), stop(std::move(b)), step(std::move(c)) {}
Value make_slice(Value start, Value stop, Value step) { return make<Slice>(std::move(start), std::move(stop), std::move(step)); }

bool slice_indices(Thread& t, Slice* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step, int64_t* count) {
  *step = 1;
  if (s->step.get() != None) {
    if (!as_index(t, s->step.get(), step)) return false;
    if (*step == 0) {
      t.raise(exc::ValueError, "slice step cannot be zero");
      return false;
    }
  }
  auto clamp = [&](Object* v, int64_t dflt, int64_t* out) {
    if (v == None) {
      *out = dflt;
      return true;
    }
    if (!as_index(t, v, out)) return false;
    if (*out < 0) {
      *out += len;
      if (*out < 0) *out = *step < 0 ? -1 : 0;
    } else if (*out >= len) {
      *out = *step < 0 ? len - 1 : len;
    }
    return true;
  };
  if (!clamp(s->start.get(), *step < 0 ? len - 1 : 0, start)) return false;
  if (!clamp(s->stop.get(), *step < 0 ? -1 : len, stop)) return false;
  if (*step > 0) *count = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
  else *count = *start > *stop ? (*start - *stop - 1) / (-*step) + 1 : 0;
  return true;
}

namespace {

Range* R(Object* o) { return cast<Range>(o); }

Value range_new(Thread& t, Type*, const CallArgs& a) {
  if (a.nargs < 1 || a.nargs > 3) {
    return t.raise(exc::TypeError, a.nargs == 0 ? "range expected at least 1 argument, got 0"
                                                : "range expected at most 3 arguments, got " + std::to_string(a.nargs));
  }
  int64_t v[3] = {0, 0, 1};
  for (size_t i = 0; i < a.nargs; ++i) {
    if (!is_int(a.arg(i))) {
      return t.raise(exc::TypeError, "'" + type_name(a.arg(i)) + "' object cannot be interpreted as an integer");
    }
    if (!as_index(t, a.arg(i), &v[i])) return nullptr;
  }
  if (a.nargs == 1) return make<Range>(0, v[0], 1);
  if (v[2] == 0) return t.raise(exc::ValueError, "range() arg 3 must not be zero");
  return make<Range>(v[0], v[1], v[2]);
}

Value range_repr(Thread&, Object* o) {
  Range* r = R(o);
  std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) s += ", " + std::to_string(r->step);
  return make_str(s + ")");
}
int64_t range_length(Thread&, Object* o) { return R(o)->length; }
int range_truth(Thread&, Object* o) { return R(o)->length > 0; }
Value range_iter(Thread&, Object* o) { return make<RangeIterator>(R(o)->start, R(o)->step, R(o)->length); }
Value range_getitem(Thread& t, Object* o, Object* key) {
  Range* r = R(o);
  if (key->type == slice_type) {
    int64_t start, stop, step, count;
    if (!slice_indices(t, cast<Slice>(key), r->length, &start, &stop, &step, &count)) return nullptr;
    int64_t s0 = r->start + start * r->step;
    return make<Range>(s0, s0 + count * step * r->step, step * r->step);
  }
  int64_t i;
  if (!as_index(t, key, &i)) return nullptr;
  if (!normalize_index(t, &i, r->length, "range object index out of range")) return nullptr;
  return make_int(r->start + i * r->step);
}
int range_contains(Thread& t, Object* o, Object* item) {
  Range* r = R(o);
  if (!is_int(item) || cast<Int>(item)->is_big) {
    Value it = range_iter(t, o);
    for (;;) {
      Value x = next(t, it.get());
      if (!x) return 0;
      int eq = equals(t, x.get(), item);
      if (eq != 0) return eq;
    }
  }
  int64_t v = cast<Int>(item)->small;
  if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
  return (v - r->start) % r->step == 0;
}
Value range_compare(Thread&, Object* a, Object* b, CompareOp op) {
  if (a->type != range_type || b->type != range_type || (op != CompareOp::Eq && op != CompareOp::Ne)) {
    return Value::borrow(NotImplemented);
  }
  Range *x = R(a), *y = R(b);
  bool eq = x->length == y->length &&
            (x->length == 0 || (x->start == y->start && (x->length == 1 || x->step == y->step)));
  return boolean(eq == (op == CompareOp::Eq));
}

// CPython hashes the tuple (len, start, step), with None for what equality ignores.
bool range_hash(Thread& t, Object* o, int64_t* out) {
  Range* r = R(o);
  Value start = r->length == 0 ? none() : make_int(r->start);
  Value step = r->length <= 1 ? none() : make_int(r->step);
  auto key = make_tuple({make_int(r->length), std::move(start), std::move(step)});
  return hash(t, key.get(), out);
}

Value slice_repr(Thread& t, Object* o) {
  auto* s = cast<Slice>(o);
  std::string a, b, c;
  if (!repr_text(t, s->start.get(), &a) || !repr_text(t, s->stop.get(), &b) || !repr_text(t, s->step.get(), &c)) return nullptr;
  return make_str("slice(" + a + ", " + b + ", " + c + ")");
}

}  // namespace

void init_range_type() {
  Type* t = range_type;
  t->construct = range_new;
  t->repr = range_repr;
  t->length = range_length;
  t->truth = range_truth;
  t->iter = range_iter;
  t->getitem = range_getitem;
  t->contains = range_contains;
  t->compare = range_compare;
  t->hash = range_hash;
}

void init_slice_type() { slice_type->repr = slice_repr; }

}  // namespace py
