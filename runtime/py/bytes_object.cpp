// bytes and bytearray: construction, repr (CPython's quoting), sequence protocol, comparison,
// and the common methods (decode, hex/fromhex, join, split, find, replace, strip, …); bytearray
// adds the mutations. Codecs live in codecs.cpp.
#include <algorithm>
#include <cstdio>

#include "py/abstract.hpp"
#include "py/ast_repr.hpp"
#include "py/bytes_object.hpp"
#include "py/call_args.hpp"
#include "py/memory_cap.hpp"
#include "py/thread.hpp"

namespace py {

namespace {

Type* g_bytes = nullptr;
Type* g_bytearray = nullptr;
Type* g_iter = nullptr;

Bytes* B(Object* o) { return cast<Bytes>(o); }
const std::string& data_of(Object* o) { return B(o)->data; }
bool mutable_(Object* o) { return o->type == g_bytearray; }
Value same_kind(Object* like, std::string d) { return mutable_(like) ? make_bytearray(std::move(d)) : make_bytes(std::move(d)); }

Value bytes_repr(Thread&, Object* o) {
  if (mutable_(o)) return make_str("bytearray(" + repr_bytes(data_of(o)) + ")");
  return make_str(repr_bytes(data_of(o)));
}

// The bytes an argument stands for: bytes-like only ("a bytes-like object is required, not 'str'").
bool buffer_of(Thread& t, Object* o, std::string* out) {
  if (is_bytes_like(o)) {
    *out = data_of(o);
    return true;
  }
  t.raise(exc::TypeError, "a bytes-like object is required, not '" + type_name(o) + "'");
  return false;
}
bool byte_value(Thread& t, Object* o, unsigned char* out, const char* what = "byte") {
  int64_t v;
  if (!is_int(o)) {
    t.raise(exc::TypeError, "'" + type_name(o) + "' object cannot be interpreted as an integer");
    return false;
  }
  if (!as_index(t, o, &v)) return false;
  if (v < 0 || v > 255) {
    t.raise(exc::ValueError, std::string(what) + " must be in range(0, 256)");
    return false;
  }
  *out = static_cast<unsigned char>(v);
  return true;
}
bool from_iterable(Thread& t, Object* src, std::string* out, const char* what = "byte") {
  std::vector<Value> items;
  if (!collect(t, src, &items)) return false;
  for (auto& v : items) {
    unsigned char c;
    if (!byte_value(t, v.get(), &c, what)) return false;
    *out += static_cast<char>(c);
  }
  return true;
}

Value bytes_construct(Thread& t, Type* type, const CallArgs& a) {
  const char* fname = type == g_bytearray ? "bytearray" : "bytes";
  if (!check_kwargs(t, a, fname, {"source", "encoding", "errors"})) return nullptr;
  Object* src = a.nargs > 0 ? a.arg(0) : kwarg(a, "source");
  Object* enc = a.nargs > 1 ? a.arg(1) : kwarg(a, "encoding");
  Object* err = a.nargs > 2 ? a.arg(2) : kwarg(a, "errors");
  std::string d;
  if (!src) {
    if (enc || err) return t.raise(exc::TypeError, enc ? "encoding without a string argument" : "errors without a string argument");
  } else if (src->type == str_type) {
    if (!enc) return t.raise(exc::TypeError, "string argument without an encoding");
    if (enc->type != str_type || (err && err->type != str_type)) return t.raise(exc::TypeError, "encoding must be str");
    Value b = encode_text(t, cast<Str>(src)->text, cast<Str>(enc)->text, err ? cast<Str>(err)->text : "strict");
    if (!b) return nullptr;
    d = data_of(b.get());
  } else if (enc || err) {
    return t.raise(exc::TypeError, enc ? "encoding without a string argument" : "errors without a string argument");
  } else if (is_bytes_like(src)) {
    d = data_of(src);
  } else if (is_int(src)) {
    int64_t n;
    if (!as_index(t, src, &n)) return nullptr;
    if (n < 0) return t.raise(exc::ValueError, "negative count");
    if (memory_exhausted(t, n)) return nullptr;
    d.assign(static_cast<size_t>(n), '\0');
  } else {
    if (!src->type->iter && !src->type->getitem) {
      return t.raise(exc::TypeError, "cannot convert '" + type_name(src) + "' object to " + fname);
    }
    if (!from_iterable(t, src, &d, type == g_bytearray ? "byte" : "bytes")) return nullptr;
  }
  if (type == g_bytearray) return make_bytearray(std::move(d));
  return make_bytes(std::move(d));
}

bool bytes_hash(Thread&, Object* o, int64_t* out) {
  Bytes* b = B(o);
  if (b->hash_cache == -1) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a like str_hash, so b'a' and 'a' agree as CPython's do
    for (unsigned char c : b->data) h = (h ^ c) * 1099511628211ull;
    auto v = static_cast<int64_t>(h >> 1);
    b->hash_cache = v == -1 ? -2 : v;
  }
  *out = b->hash_cache;
  return true;
}

Value bytes_compare(Thread&, Object* a, Object* b, CompareOp op) {
  if (!is_bytes_like(a) || !is_bytes_like(b)) return Value::borrow(NotImplemented);
  int c = data_of(a).compare(data_of(b));
  switch (op) {
    case CompareOp::Lt: return boolean(c < 0);
    case CompareOp::Le: return boolean(c <= 0);
    case CompareOp::Eq: return boolean(c == 0);
    case CompareOp::Ne: return boolean(c != 0);
    case CompareOp::Gt: return boolean(c > 0);
    case CompareOp::Ge: return boolean(c >= 0);
  }
  return Value::borrow(NotImplemented);
}

int64_t bytes_length(Thread&, Object* o) { return static_cast<int64_t>(data_of(o).size()); }
int bytes_truth(Thread&, Object* o) { return !data_of(o).empty(); }

struct BytesIter : Object {
  Value seq;
  size_t i = 0;
  explicit BytesIter(Value s) : Object(g_iter), seq(std::move(s)) {}
};
Value bytes_iter(Thread&, Object* o) { return make<BytesIter>(Value::borrow(o)); }
Value iter_self(Thread&, Object* o) { return Value::borrow(o); }
Value iter_next(Thread&, Object* o) {
  auto* it = cast<BytesIter>(o);
  const std::string& d = data_of(it->seq.get());
  if (it->i >= d.size()) return nullptr;
  return make_int(static_cast<unsigned char>(d[it->i++]));
}

Value bytes_getitem(Thread& t, Object* o, Object* key) {
  const std::string& d = data_of(o);
  if (key->type == slice_type) {
    int64_t start, stop, step, count;
    if (!slice_indices(t, cast<Slice>(key), static_cast<int64_t>(d.size()), &start, &stop, &step, &count)) return nullptr;
    std::string out;
    for (int64_t k = 0, i = start; k < count; ++k, i += step) out += d[static_cast<size_t>(i)];
    return same_kind(o, std::move(out));
  }
  if (!is_int(key) && !key->type->lookup("__index__")) {
    return t.raise(exc::TypeError, std::string(mutable_(o) ? "bytearray" : "byte") + " indices must be integers or slices, not " +
                                       type_name(key));
  }
  int64_t i;
  if (!as_index(t, key, &i)) return nullptr;
  if (!normalize_index(t, &i, static_cast<int64_t>(d.size()), mutable_(o) ? "bytearray index out of range" : "index out of range")) {
    return nullptr;
  }
  return make_int(static_cast<unsigned char>(d[static_cast<size_t>(i)]));
}

bool bytearray_setitem(Thread& t, Object* o, Object* key, Object* value) {
  std::string& d = B(o)->data;
  if (key->type == slice_type) {
    int64_t start, stop, step, count;
    if (!slice_indices(t, cast<Slice>(key), static_cast<int64_t>(d.size()), &start, &stop, &step, &count)) return false;
    std::string repl;
    if (value) {
      if (is_bytes_like(value)) repl = data_of(value);
      else if (value->type == str_type || is_int(value)) {
        t.raise(exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
      } else if (!from_iterable(t, value, &repl)) {
        return false;
      }
    }
    if (step == 1) {
      if (stop < start) stop = start;
      d.replace(static_cast<size_t>(start), static_cast<size_t>(stop - start), repl);
      return true;
    }
    if (!value) {
      std::string out;
      for (int64_t i = 0; i < static_cast<int64_t>(d.size()); ++i) {
        bool drop = step > 0 ? (i >= start && i < stop && (i - start) % step == 0)
                             : (i <= start && i > stop && (start - i) % (-step) == 0);
        if (!drop) out += d[static_cast<size_t>(i)];
      }
      d = std::move(out);
      return true;
    }
    if (static_cast<int64_t>(repl.size()) != count) {
      t.raise(exc::ValueError, "attempt to assign bytes of size " + std::to_string(repl.size()) + " to extended slice of size " +
                                   std::to_string(count));
      return false;
    }
    for (int64_t k = 0, i = start; k < count; ++k, i += step) d[static_cast<size_t>(i)] = repl[static_cast<size_t>(k)];
    return true;
  }
  int64_t i;
  if (!as_index(t, key, &i)) return false;
  if (!normalize_index(t, &i, static_cast<int64_t>(d.size()), "bytearray index out of range")) return false;
  if (!value) {
    d.erase(static_cast<size_t>(i), 1);
    return true;
  }
  unsigned char c;
  if (!byte_value(t, value, &c)) return false;
  d[static_cast<size_t>(i)] = static_cast<char>(c);
  return true;
}

int bytes_contains(Thread& t, Object* o, Object* item) {
  if (is_int(item)) {
    unsigned char c;
    if (!byte_value(t, item, &c)) return -1;
    return data_of(o).find(static_cast<char>(c)) != std::string::npos;
  }
  std::string sub;
  if (!buffer_of(t, item, &sub)) return -1;
  return data_of(o).find(sub) != std::string::npos;
}

Value bytes_add(Thread& t, Object* a, Object* b) {
  if (!is_bytes_like(a)) return Value::borrow(NotImplemented);
  if (!is_bytes_like(b)) {
    if (!b->type->is_builtin) return Value::borrow(NotImplemented);
    return t.raise(exc::TypeError, "can't concat " + type_name(b) + " to " + type_name(a));
  }
  if (memory_exhausted(t, static_cast<int64_t>(data_of(a).size() + data_of(b).size()))) return nullptr;
  return same_kind(a, data_of(a) + data_of(b));
}
Value bytes_mul(Thread& t, Object* a, Object* b) {
  Object* s = is_bytes_like(a) ? a : b;
  Object* n = s == a ? b : a;
  if (!is_bytes_like(s)) return Value::borrow(NotImplemented);
  if (!is_int(n)) {
    if (!n->type->is_builtin) return Value::borrow(NotImplemented);
    return t.raise(exc::TypeError, "can't multiply sequence by non-int of type '" + type_name(n) + "'");
  }
  int64_t count;
  if (!as_index(t, n, &count)) return nullptr;
  std::string out;
  const std::string& d = data_of(s);
  if (count > 0 && !d.empty()) {
    auto size = static_cast<int64_t>(d.size());
    if (count > INT64_MAX / size || memory_exhausted(t, size * count)) {
      if (!t.has_exception()) t.raise(exc::MemoryError, "");
      return nullptr;
    }
    out.reserve(d.size() * static_cast<size_t>(count));
    for (int64_t i = 0; i < count; ++i) out += d;
  }
  return same_kind(s, std::move(out));
}

Value bytes_inplace_add(Thread& t, Object* self, const CallArgs& a) {  // bytearray.__iadd__
  std::string more;
  if (a.nargs != 1) return t.raise(exc::TypeError, "expected 1 argument");
  if (!is_bytes_like(a.arg(0))) {
    return t.raise(exc::TypeError, "can't concat " + type_name(a.arg(0)) + " to bytearray");
  }
  B(self)->data += data_of(a.arg(0));
  return Value::borrow(self);
}

}  // namespace

Type* bytes_type() { return g_bytes; }
Type* bytearray_type() { return g_bytearray; }
Value make_bytes(std::string data) { return make<Bytes>(g_bytes, std::move(data)); }
Value make_bytearray(std::string data) { return make<Bytes>(g_bytearray, std::move(data)); }

void init_bytes_methods(Type* bytes, Type* bytearray);  // bytes_methods.cpp

void init_bytes_types() {
  if (g_bytes) return;
  g_bytes = new Type(type_type, "bytes", object_type);
  g_bytearray = new Type(type_type, "bytearray", object_type);
  g_iter = new Type(type_type, "bytes_iterator", object_type);
  for (Type* ty : {g_bytes, g_bytearray, g_iter}) ty->refcnt = kImmortal;
  for (Type* ty : {g_bytes, g_bytearray}) {
    ty->construct = bytes_construct;
    ty->repr = bytes_repr;
    ty->str = bytes_repr;
    ty->compare = bytes_compare;
    ty->length = bytes_length;
    ty->truth = bytes_truth;
    ty->iter = bytes_iter;
    ty->getitem = bytes_getitem;
    ty->contains = bytes_contains;
    ty->binary[int(BinaryOp::Add)] = bytes_add;
    ty->binary[int(BinaryOp::Mul)] = bytes_mul;
  }
  g_bytes->hash = bytes_hash;
  g_bytearray->setitem = bytearray_setitem;
  add_method(g_bytearray, "__iadd__", bytes_inplace_add);
  g_iter->iter = iter_self;
  g_iter->next = iter_next;
  init_bytes_methods(g_bytes, g_bytearray);
  for (Type* ty : {g_bytes, g_bytearray, g_iter}) inherit_slots(ty);
  g_bytearray->hash = nullptr;
}

Type* unicode_encode_error_type();  // codecs.cpp
Type* unicode_decode_error_type();

void install_bytes_builtins(Dict* builtins) {
  dict_set_str(builtins, "bytes", g_bytes);
  dict_set_str(builtins, "bytearray", g_bytearray);
  dict_set_str(builtins, "UnicodeEncodeError", unicode_encode_error_type());
  dict_set_str(builtins, "UnicodeDecodeError", unicode_decode_error_type());
}

}  // namespace py
