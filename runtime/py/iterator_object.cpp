// Iterators over the built-in containers, and the dict views (keys(), values(), items()).
#include "py/abstract.hpp"
#include "py/objects.hpp"
#include "py/source.hpp"
#include "py/thread.hpp"

namespace py {

SeqIterator::SeqIterator(Value s, int k) : Object(iterator_type), seq(std::move(s)), kind(k) {}
RangeIterator::RangeIterator(int64_t start, int64_t s, int64_t len)
    : Object(range_iterator_type), next(start), step(s), remaining(len) {}

namespace {

Value self_iter(Thread&, Object* o) { return Value::borrow(o); }

Value seq_next(Thread& t, Object* o) {
  auto* it = cast<SeqIterator>(o);
  if (!it->seq) return nullptr;
  Object* s = it->seq.get();
  switch (it->kind) {
    case 0: {
      auto& items = is_tuple(s) ? cast<Tuple>(s)->items : cast<List>(s)->items;
      if (it->index < items.size()) return items[it->index++];
      break;
    }
    case 1: {
      const std::string& text = cast<Str>(s)->text;
      if (it->index < text.size()) {
        size_t start = it->index;
        utf8_decode(text, it->index);
        return make_str(text.substr(start, it->index - start));
      }
      break;
    }
    case 5: {
      Value index = make_int(static_cast<int64_t>(it->index));
      Value item = getitem(t, s, index.get());
      if (item) {
        ++it->index;
        return item;
      }
      if (!t.exception_matches(exc::IndexError) && !t.exception_matches(exc::StopIteration)) return nullptr;
      t.take_exception();
      break;
    }
    default: {
      auto* d = cast<Dict>(s);
      if (it->index == 0) it->remaining_check = d->used;
      if (d->used != it->remaining_check) {
        it->seq.reset();
        return t.raise(exc::RuntimeError, "dictionary changed size during iteration");
      }
      while (it->index < d->entries.size() && !d->entries[it->index].key) ++it->index;
      if (it->index < d->entries.size()) {
        auto& e = d->entries[it->index++];
        if (it->kind == 2) return e.key;
        if (it->kind == 3) return e.value;
        return make_tuple({e.key, e.value});
      }
    }
  }
  it->seq.reset();  // exhausted iterators stay exhausted
  return nullptr;
}

Value range_next(Thread&, Object* o) {
  auto* it = cast<RangeIterator>(o);
  if (it->remaining <= 0) return nullptr;
  --it->remaining;
  int64_t v = it->next;
  it->next += it->step;
  return make_int(v);
}

// --- dict views ---
Value view_iter(Thread&, Object* o) {
  auto* v = cast<SeqIterator>(o);
  return make<SeqIterator>(v->seq, v->kind);
}
int64_t view_length(Thread&, Object* o) { return static_cast<int64_t>(cast<Dict>(cast<SeqIterator>(o)->seq.get())->used); }
Value view_repr(Thread& t, Object* o) {
  auto* v = cast<SeqIterator>(o);
  Value it = view_iter(t, o);
  std::vector<Value> items;
  if (!collect(t, it.get(), &items)) return nullptr;
  std::string inner;
  if (!repr_text(t, make_list(std::move(items)).get(), &inner)) return nullptr;
  const char* name = v->kind == 2 ? "dict_keys" : v->kind == 3 ? "dict_values" : "dict_items";
  return make_str(std::string(name) + "(" + inner + ")");
}
int view_contains(Thread& t, Object* o, Object* item) {
  auto* v = cast<SeqIterator>(o);
  if (v->kind == 2) return contains(t, v->seq.get(), item);
  Value it = view_iter(t, o);
  for (;;) {
    Value x = next(t, it.get());
    if (!x) return t.has_exception() ? -1 : 0;
    int eq = equals(t, x.get(), item);
    if (eq != 0) return eq;
  }
}

}  // namespace

void init_iterator_types() {
  iterator_type->iter = self_iter;
  iterator_type->next = seq_next;
  range_iterator_type->iter = self_iter;
  range_iterator_type->next = range_next;
  for (Type* view : {dict_keys_type, dict_values_type, dict_items_type}) {
    view->iter = view_iter;
    view->length = view_length;
    view->repr = view_repr;
    view->contains = view_contains;
  }
}

}  // namespace py
