// _heapq: the list-based heap functions, with CPython's sift algorithm (so equal items end up in
// the same order) and only `<` comparisons through the interpreter's rich compare.
#include "py/abstract.hpp"
#include "py/call_args.hpp"
#include "py/library_modules.hpp"
#include "py/thread.hpp"

namespace py {

namespace {

// Whether a comes first: a < b for the min-heap, b < a for the max-heap (_heapify_max & co).
template <bool Max>
int before(Thread& t, Object* a, Object* b) {
  Value x = Value::borrow(a), y = Value::borrow(b);  // the comparison may mutate the list
  return Max ? compare_bool(t, y.get(), x.get(), CompareOp::Lt) : compare_bool(t, x.get(), y.get(), CompareOp::Lt);
}

bool changed_size(Thread& t, std::vector<Value>& heap, size_t size) {
  if (heap.size() == size) return false;
  t.raise(exc::RuntimeError, "list changed size during iteration");
  return true;
}

// Moves heap[pos] up towards startpos while it comes before its parent.
template <bool Max>
bool sift_down(Thread& t, std::vector<Value>& heap, size_t startpos, size_t pos) {
  size_t size = heap.size();
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    int lt = before<Max>(t, heap[pos].get(), heap[parentpos].get());
    if (lt < 0) return false;
    if (changed_size(t, heap, size)) return false;
    if (!lt) break;
    std::swap(heap[parentpos], heap[pos]);
    pos = parentpos;
  }
  return true;
}

// Moves the smaller child up until a leaf is reached, then sifts heap[pos]'s item down to its
// place (the "bottom-up" variant CPython uses: fewer comparisons).
template <bool Max>
bool sift_up(Thread& t, std::vector<Value>& heap, size_t pos) {
  size_t endpos = heap.size(), startpos = pos, limit = endpos >> 1;
  while (pos < limit) {
    size_t childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      int lt = before<Max>(t, heap[childpos].get(), heap[childpos + 1].get());
      if (lt < 0) return false;
      if (changed_size(t, heap, endpos)) return false;
      if (!lt) childpos += 1;
    }
    std::swap(heap[childpos], heap[pos]);
    pos = childpos;
  }
  return sift_down<Max>(t, heap, startpos, pos);
}

List* heap_arg(Thread& t, const CallArgs& a, const char* fname, size_t nargs) {
  if (a.nkw()) {
    t.raise(exc::TypeError, std::string("_heapq.") + fname + "() takes no keyword arguments");
    return nullptr;
  }
  if (a.nargs != nargs) {
    if (nargs == 1) {
      t.raise(exc::TypeError, std::string("_heapq.") + fname + "() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
    } else {
      t.raise(exc::TypeError, std::string(fname) + " expected " + std::to_string(nargs) + " arguments, got " + std::to_string(a.nargs));
    }
    return nullptr;
  }
  if (!is_list(a.arg(0))) {
    t.raise(exc::TypeError, std::string(fname) + (nargs == 1 ? "() argument must be list, not " : "() argument 1 must be list, not ") +
                                type_name(a.arg(0)));
    return nullptr;
  }
  return cast<List>(a.arg(0));
}

Value heappush(Thread& t, Object*, const CallArgs& a) {
  List* l = heap_arg(t, a, "heappush", 2);
  if (!l) return nullptr;
  l->items.push_back(Value::borrow(a.arg(1)));
  if (!sift_down<false>(t, l->items, 0, l->items.size() - 1)) return nullptr;
  return none();
}

template <bool Max>
Value heappop(Thread& t, Object*, const CallArgs& a) {
  List* l = heap_arg(t, a, Max ? "_heappop_max" : "heappop", 1);
  if (!l) return nullptr;
  auto& heap = l->items;
  if (heap.empty()) return t.raise(exc::IndexError, "index out of range");
  Value last = std::move(heap.back());
  heap.pop_back();
  if (heap.empty()) return last;
  Value result = std::move(heap[0]);
  heap[0] = std::move(last);
  if (!sift_up<Max>(t, heap, 0)) return nullptr;
  return result;
}

template <bool Max>
Value heapreplace(Thread& t, Object*, const CallArgs& a) {
  List* l = heap_arg(t, a, Max ? "_heapreplace_max" : "heapreplace", 2);
  if (!l) return nullptr;
  auto& heap = l->items;
  if (heap.empty()) return t.raise(exc::IndexError, "index out of range");
  Value result = std::move(heap[0]);
  heap[0] = Value::borrow(a.arg(1));
  if (!sift_up<Max>(t, heap, 0)) return nullptr;
  return result;
}

Value heappushpop(Thread& t, Object*, const CallArgs& a) {
  List* l = heap_arg(t, a, "heappushpop", 2);
  if (!l) return nullptr;
  auto& heap = l->items;
  if (heap.empty()) return Value::borrow(a.arg(1));
  int lt = before<false>(t, heap[0].get(), a.arg(1));
  if (lt < 0) return nullptr;
  if (!lt) return Value::borrow(a.arg(1));
  if (heap.empty()) return t.raise(exc::IndexError, "index out of range");
  Value result = std::move(heap[0]);
  heap[0] = Value::borrow(a.arg(1));
  if (!sift_up<false>(t, heap, 0)) return nullptr;
  return result;
}

template <bool Max>
Value heapify(Thread& t, Object*, const CallArgs& a) {
  List* l = heap_arg(t, a, Max ? "_heapify_max" : "heapify", 1);
  if (!l) return nullptr;
  for (size_t i = l->items.size() / 2; i-- > 0;) {
    if (!sift_up<Max>(t, l->items, i)) return nullptr;
  }
  return none();
}

void def(Module* m, const char* name, NativeFn fn) {
  auto f = make<BuiltinFunction>(name, fn);
  dict_set_str(m->dict.get(), name, f.get());
}

}  // namespace

void build_heapq_native(Module* m) {
  def(m, "heappush", heappush);
  def(m, "heappop", heappop<false>);
  def(m, "heapreplace", heapreplace<false>);
  def(m, "heappushpop", heappushpop);
  def(m, "heapify", heapify<false>);
  def(m, "_heappop_max", heappop<true>);
  def(m, "_heapreplace_max", heapreplace<true>);
  def(m, "_heapify_max", heapify<true>);
}

}  // namespace py
