// str: immutable UTF-8 text indexed by code point, its methods and its formatting.
#include <algorithm>
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "py/abstract.hpp"
#include "py/ast_repr.hpp"
#include "py/format_spec.hpp"
#include "py/objects.hpp"
#include "py/source.hpp"
#include "py/bytes_object.hpp"
#include "py/call_args.hpp"
#include "py/memory_cap.hpp"
#include "py/native_args.hpp"
#include "py/thread.hpp"

namespace py {

Str::Str(std::string s) : Object(str_type), text(std::move(s)), length(utf8_length(text)) {}

Ref<Str> make_str(std::string s) { return make<Str>(std::move(s)); }

Ref<Str> intern(std::string_view s) {
  static std::mutex mutex;
  static auto* table = new std::unordered_map<std::string, Str*>();
  std::lock_guard<std::mutex> lock(mutex);
  auto it = table->find(std::string(s));
  if (it != table->end()) return Ref<Str>::borrow(it->second);
  auto* str = new Str(std::string(s));
  str->refcnt = kImmortal;
  table->emplace(str->text, str);
  return Ref<Str>::borrow(str);
}

bool str_append_in_place(Thread& t, Str* s, Str* tail) {
  if (memory_exhausted(t, static_cast<int64_t>(s->text.size() + tail->text.size()))) return false;
  s->text += tail->text;  // std::string grows geometrically: appends are amortised O(len(tail))
  s->length += tail->length;
  s->hash_cache = -1;
  return true;
}

Str* intern_cstr(const char* s) {
  struct Entry {
    const char* key;
    Str* str;
  };
  constexpr size_t kSize = 256;  // a power of two
  thread_local Entry cache[kSize];
  Entry& e = cache[(reinterpret_cast<uintptr_t>(s) >> 3) & (kSize - 1)];
  // The same address may hold another text later (a temporary's c_str()): compare the text.
  if (e.key == s && std::strcmp(e.str->text.c_str(), s) == 0) return e.str;
  e = {s, intern(s).release()};
  return e.str;
}

int64_t str_hash(Str* s) {
  if (s->hash_cache != -1) return s->hash_cache;
  // FNV-1a: deterministic (CPython randomises str hashes per process; no program may rely on them).
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s->text) h = (h ^ c) * 1099511628211ull;
  auto v = static_cast<int64_t>(h >> 1);
  if (v == -1) v = -2;
  s->hash_cache = v;
  return v;
}

namespace {

Str* S(Object* o) { return cast<Str>(o); }

// Code point offsets of a non-ASCII string: byte offset of code point i.
std::vector<size_t> offsets(const std::string& s) {
  std::vector<size_t> out;
  size_t i = 0;
  while (i < s.size()) {
    out.push_back(i);
    utf8_decode(s, i);
  }
  out.push_back(s.size());
  return out;
}

std::string substr_cp(Str* s, int64_t start, int64_t count) {
  if (s->is_ascii()) return s->text.substr(static_cast<size_t>(start), static_cast<size_t>(count));
  auto off = offsets(s->text);
  return s->text.substr(off[start], off[start + count] - off[start]);
}

Value str_repr(Thread&, Object* o) { return make_str(repr_str(S(o)->text)); }
Value str_str(Thread&, Object* o) { return Value::borrow(o); }
bool str_hash_slot(Thread&, Object* o, int64_t* out) {
  *out = str_hash(S(o));
  return true;
}
int str_truth(Thread&, Object* o) { return !S(o)->text.empty(); }
int64_t str_length(Thread&, Object* o) { return S(o)->length; }

Value str_compare(Thread&, Object* a, Object* b, CompareOp op) {
  if (!is_str(a) || !is_str(b)) return Value::borrow(NotImplemented);
  // UTF-8 byte order equals code point order.
  int c = S(a)->text.compare(S(b)->text);
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

Value str_add(Thread& t, Object* a, Object* b) {
  if (!is_str(a)) return Value::borrow(NotImplemented);
  if (!is_str(b)) {
    return t.raise(exc::TypeError, "can only concatenate str (not \"" + type_name(b) + "\") to str");
  }
  if (memory_exhausted(t, static_cast<int64_t>(S(a)->text.size() + S(b)->text.size()))) return nullptr;
  std::string out;
  out.reserve(S(a)->text.size() + S(b)->text.size());
  out += S(a)->text;
  out += S(b)->text;
  return make<Str>(std::move(out), S(a)->length + S(b)->length);  // no rescan for the length
}

Value str_mul(Thread& t, Object* a, Object* b) {
  Object* s = is_str(a) ? a : b;
  Object* n = is_str(a) ? b : a;
  if (!is_str(s)) return Value::borrow(NotImplemented);
  if (!is_int(n)) {
    // A class's __rmul__ still gets its turn; built-in operands can't repeat a sequence.
    if (!n->type->is_builtin) return Value::borrow(NotImplemented);
    return t.raise(exc::TypeError, "can't multiply sequence by non-int of type '" + type_name(n) + "'");
  }
  int64_t count;
  if (!as_index(t, n, &count)) return nullptr;
  std::string out;
  if (count > 0) {
    auto size = static_cast<int64_t>(S(s)->text.size());
    if (size && (count > INT64_MAX / size || memory_exhausted(t, size * count))) {
      if (!t.has_exception()) t.raise(exc::MemoryError, "");
      return nullptr;
    }
    out.reserve(S(s)->text.size() * static_cast<size_t>(count));
    for (int64_t i = 0; i < count; ++i) out += S(s)->text;
  }
  return make_str(std::move(out));
}

Value str_mod(Thread& t, Object* a, Object* b) {
  if (!is_str(a)) return Value::borrow(NotImplemented);
  auto pieces = parse_percent_format(S(a)->text);
  if (!pieces) return t.raise(exc::ValueError, pieces.error().message);
  std::vector<Object*> values;
  if (is_tuple(b)) {
    for (auto& v : cast<Tuple>(b)->items) values.push_back(v.get());
  } else {
    values.push_back(b);
  }
  std::string out;
  size_t next = 0;
  std::vector<Value> keep;  // %(key)s lookups
  for (auto& p : *pieces) {
    if (!p.is_conversion) {
      out += p.literal;
      continue;
    }
    Object* v;
    if (p.spec.has_key) {
      Value item = getitem(t, b, make_str(p.spec.key).get());
      if (!item) return nullptr;
      keep.push_back(item);
      v = item.get();
    } else {
      if (next >= values.size()) return t.raise(exc::TypeError, "not enough arguments for format string");
      v = values[next++];
    }
    char c = static_cast<char>(p.spec.conversion);
    if (c == 's' || c == 'r' || c == 'a') {
      std::string text;
      if (!(c == 's' ? str_text(t, v, &text) : repr_text(t, v, &text))) return nullptr;
      out += percent_text(text, p.spec);
    } else if (std::string_view("diuoxX").find(c) != std::string_view::npos) {
      if (is_float(v)) {
        auto big = BigInt::from_double(cast<Float>(v)->value);
        if (!big) return t.raise(exc::ValueError, big.error().message);
        out += percent_int(*big, p.spec);
      } else if (is_int(v)) {
        out += percent_int(cast<Int>(v)->to_big(), p.spec);
      } else {
        return t.raise(exc::TypeError, std::string("%") + c + " format: a real number is required, not " + type_name(v));
      }
    } else if (std::string_view("eEfFgG").find(c) != std::string_view::npos) {
      double d;
      if (is_float(v)) d = cast<Float>(v)->value;
      else if (is_int(v)) {
        auto r = cast<Int>(v)->to_big().to_double();
        if (!r) return t.raise(exc::OverflowError, r.error().message);
        d = *r;
      } else {
        return t.raise(exc::TypeError, "must be real number, not " + type_name(v));
      }
      out += percent_float(d, p.spec);
    } else if (c == 'c') {
      std::string text;
      if (is_str(v)) text = S(v)->text;
      else if (is_int(v)) utf8_append(text, static_cast<uint32_t>(cast<Int>(v)->small));
      out += percent_text(text, p.spec);
    } else {
      return t.raise(exc::ValueError, std::string("unsupported format character '") + c + "'");
    }
  }
  if (next < values.size() && (is_tuple(b) || next == 0) && !is_dict(b)) {
    return t.raise(exc::TypeError, "not all arguments converted during string formatting");
  }
  return make_str(std::move(out));
}

Value str_getitem(Thread& t, Object* o, Object* key) {
  Str* s = S(o);
  if (key->type == slice_type) {
    int64_t start, stop, step, count;
    if (!slice_indices(t, cast<Slice>(key), s->length, &start, &stop, &step, &count)) return nullptr;
    if (step == 1) return make_str(substr_cp(s, start, count));
    auto off = offsets(s->text);
    std::string out;
    for (int64_t i = 0, k = start; i < count; ++i, k += step) out += s->text.substr(off[k], off[k + 1] - off[k]);
    return make_str(std::move(out));
  }
  int64_t i;
  if (!is_int(key)) return t.raise(exc::TypeError, "string indices must be integers, not '" + type_name(key) + "'");
  if (!as_index(t, key, &i)) return nullptr;
  if (!normalize_index(t, &i, s->length, "string index out of range")) return nullptr;
  return make_str(substr_cp(s, i, 1));
}

int str_contains(Thread& t, Object* o, Object* item) {
  if (!is_str(item)) {
    t.raise(exc::TypeError, "'in <string>' requires string as left operand, not " + type_name(item));
    return -1;
  }
  return S(o)->text.find(S(item)->text) != std::string::npos;
}

Value str_iter(Thread&, Object* o) { return make<SeqIterator>(Value::borrow(o), 1); }

Value str_new(Thread& t, Type*, const CallArgs& args) {
  Object* enc = args.nargs > 1 ? args.arg(1) : kwarg(args, "encoding");
  Object* err = args.nargs > 2 ? args.arg(2) : kwarg(args, "errors");
  if (args.nargs == 0 && !args.nkw()) return make_str("");
  if (args.nargs > 0 && (enc || err)) {  // str(b, encoding, errors): decoding
    if (!is_bytes_like(args.arg(0))) {
      if (args.arg(0)->type == str_type) return t.raise(exc::TypeError, "decoding str is not supported");
      return t.raise(exc::TypeError, "decoding to str: need a bytes-like object, " + type_name(args.arg(0)) + " found");
    }
    if ((enc && enc->type != str_type) || (err && err->type != str_type)) {
      return t.raise(exc::TypeError, "str() argument 'encoding' must be str, not " + type_name(enc && enc->type != str_type ? enc : err));
    }
    return decode_bytes(t, cast<Bytes>(args.arg(0))->data, enc ? S(enc)->text : "utf-8", err ? S(err)->text : "strict");
  }
  if (args.nargs == 0) return make_str("");
  return str(t, args.arg(0));
}

// str.encode(encoding='utf-8', errors='strict')
Value m_encode(Thread& t, Object* self, const CallArgs& a) {
  Object* args[2] = {};
  if (!parse_args(t, a, "encode", {"encoding", "errors"}, 0, args)) return nullptr;
  for (int i = 0; i < 2; ++i) {
    if (args[i] && args[i]->type != str_type) {
      return t.raise(exc::TypeError, std::string("encode() argument '") + (i ? "errors" : "encoding") + "' must be str, not " +
                                         type_name(args[i]));
    }
  }
  return encode_text(t, S(self)->text, args[0] ? S(args[0])->text : "utf-8", args[1] ? S(args[1])->text : "strict");
}

// --- methods ---------------------------------------------------------------------------------
bool want_str(Thread& t, const CallArgs& a, size_t i, const char* method, std::string* out) {
  if (i >= a.nargs) {
    t.raise(exc::TypeError, std::string(method) + "() takes at least " + std::to_string(i + 1) + " argument");
    return false;
  }
  if (!is_str(a.arg(i))) {
    t.raise(exc::TypeError, "must be str, not " + type_name(a.arg(i)));
    return false;
  }
  *out = S(a.arg(i))->text;
  return true;
}

std::string map_ascii(const std::string& s, int (*f)(int)) {
  std::string out = s;
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x80) c = static_cast<char>(f(static_cast<unsigned char>(c)));
  }
  return out;
}

// Case mapping beyond ASCII for the common alphabets (Latin-1, Latin Extended-A, Greek,
// Cyrillic, fullwidth Latin); other scripts (Hangul, CJK) have no case.
int32_t map_case(int32_t c, bool upper) {
  if (upper) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    if ((c >= 0xE0 && c <= 0xFE && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) || (c >= 0x430 && c <= 0x44F)) return c - 32;
    if (c == 0xFF) return 0x178;
    if (c == 0xB5) return 0x39C;
    if (c == 0x3C2) return 0x3A3;
    if (c >= 0x450 && c <= 0x45F) return c - 80;
    if (c >= 0xFF41 && c <= 0xFF5A) return c - 32;
    if (c == 0x131) return 'I';
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return (c & 1) ? c - 1 : c;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c : c - 1;
    if (c == 0x3AC) return 0x386;
    if (c >= 0x3AD && c <= 0x3AF) return c - 37;
    if (c == 0x3CC) return 0x38C;
    if (c == 0x3CD || c == 0x3CE) return c - 63;
    return c;
  }
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F)) return c + 32;
  if (c == 0x178) return 0xFF;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0xFF21 && c <= 0xFF3A) return c + 32;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return (c & 1) ? c : c + 1;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  return c;
}
std::string map_unicode_case(const std::string& s, bool upper) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += static_cast<char>(upper ? std::toupper(c) : std::tolower(c));
      ++i;
      continue;
    }
    int32_t cp = utf8_decode(s, i);
    if (upper && cp == 0xDF) {
      out += "SS";  // ß
      continue;
    }
    utf8_append(out, static_cast<uint32_t>(map_case(cp, upper)));
  }
  return out;
}
Value m_upper(Thread&, Object* self, const CallArgs&) { return make_str(map_unicode_case(S(self)->text, true)); }
Value m_lower(Thread&, Object* self, const CallArgs&) { return make_str(map_unicode_case(S(self)->text, false)); }

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f; }

Value strip_impl(Thread& t, Object* self, const CallArgs& a, bool left, bool right) {
  const std::string& s = S(self)->text;
  std::string chars;
  bool custom = a.nargs > 0 && a.arg(0) != None;
  if (custom && !want_str(t, a, 0, "strip", &chars)) return nullptr;
  auto strip_it = [&](unsigned char c) { return custom ? chars.find(static_cast<char>(c)) != std::string::npos : is_space(c); };
  size_t b = 0, e = s.size();
  if (left) while (b < e && strip_it(s[b])) ++b;
  if (right) while (e > b && strip_it(s[e - 1])) --e;
  return make_str(s.substr(b, e - b));
}
Value m_strip(Thread& t, Object* self, const CallArgs& a) { return strip_impl(t, self, a, true, true); }
Value m_lstrip(Thread& t, Object* self, const CallArgs& a) { return strip_impl(t, self, a, true, false); }
Value m_rstrip(Thread& t, Object* self, const CallArgs& a) { return strip_impl(t, self, a, false, true); }

Value m_split(Thread& t, Object* self, const CallArgs& a) {
  const std::string& s = S(self)->text;
  std::vector<Value> parts;
  int64_t maxsplit = -1;
  if (a.nargs > 1 && !as_index(t, a.arg(1), &maxsplit)) return nullptr;
  if (a.nargs == 0 || a.arg(0) == None) {
    size_t i = 0;
    while (true) {
      while (i < s.size() && is_space(s[i])) ++i;
      if (i >= s.size()) break;
      if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
        size_t e = s.size();
        while (e > i && is_space(s[e - 1])) --e;
        parts.push_back(make_str(s.substr(i, e - i)));
        break;
      }
      size_t j = i;
      while (j < s.size() && !is_space(s[j])) ++j;
      parts.push_back(make_str(s.substr(i, j - i)));
      i = j;
    }
    return make_list(std::move(parts));
  }
  std::string sep;
  if (!want_str(t, a, 0, "split", &sep)) return nullptr;
  if (sep.empty()) return t.raise(exc::ValueError, "empty separator");
  size_t i = 0;
  while (true) {
    size_t j = s.find(sep, i);
    if (j == std::string::npos || (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit)) {
      parts.push_back(make_str(s.substr(i)));
      break;
    }
    parts.push_back(make_str(s.substr(i, j - i)));
    i = j + sep.size();
  }
  return make_list(std::move(parts));
}

Value m_join(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "str.join() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  std::vector<Value> items;
  if (!collect(t, a.arg(0), &items)) return nullptr;
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i].get())) {
      return t.raise(exc::TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                         type_name(items[i].get()) + " found");
    }
    if (i) out += S(self)->text;
    out += S(items[i].get())->text;
  }
  return make_str(std::move(out));
}

Value m_replace(Thread& t, Object* self, const CallArgs& a) {
  std::string old_s, new_s;
  if (!want_str(t, a, 0, "replace", &old_s) || !want_str(t, a, 1, "replace", &new_s)) return nullptr;
  int64_t count = -1;
  if (a.nargs > 2 && !as_index(t, a.arg(2), &count)) return nullptr;
  const std::string& s = S(self)->text;
  std::string out;
  size_t i = 0;
  int64_t done = 0;
  if (old_s.empty()) {
    // Inserts between every code point (and at both ends).
    size_t k = 0;
    while (k <= s.size() && (count < 0 || done < count)) {
      out += new_s;
      ++done;
      if (k == s.size()) { k = s.size() + 1; break; }
      size_t n = k;
      utf8_decode(s, n);
      out += s.substr(k, n - k);
      k = n;
    }
    if (k <= s.size()) out += s.substr(k);
    return make_str(std::move(out));
  }
  while (count < 0 || done < count) {
    size_t j = s.find(old_s, i);
    if (j == std::string::npos) break;
    out += s.substr(i, j - i);
    out += new_s;
    i = j + old_s.size();
    ++done;
  }
  out += s.substr(i);
  return make_str(std::move(out));
}

bool byte_range(Thread& t, Str* s, const CallArgs& a, size_t first, size_t* b, size_t* e);

Value affix(Thread& t, Object* self, const CallArgs& a, bool start) {
  // The optional start and end narrow the text tested, as a slice would (s[start:end]); a start
  // past the end matches nothing, not even "".
  size_t b = 0, e = 0;
  if (!byte_range(t, S(self), a, 1, &b, &e)) return nullptr;
  int64_t first = 0;
  if (a.nargs > 1 && a.arg(1) != None && as_index(t, a.arg(1), &first) && first > S(self)->length) return boolean(false);
  const std::string_view s = std::string_view(S(self)->text).substr(b, e - b);
  auto test = [&](Object* p) -> int {
    if (!is_str(p)) {
      t.raise(exc::TypeError, std::string(start ? "startswith" : "endswith") +
                                  " first arg must be str or a tuple of str, not " + type_name(p));
      return -1;
    }
    const std::string& x = S(p)->text;
    if (x.size() > s.size()) return 0;
    return start ? s.compare(0, x.size(), x) == 0 : s.compare(s.size() - x.size(), x.size(), x) == 0;
  };
  if (a.nargs < 1) return t.raise(exc::TypeError, "startswith() takes at least 1 argument (0 given)");
  if (is_tuple(a.arg(0))) {
    for (auto& p : cast<Tuple>(a.arg(0))->items) {
      int r = test(p.get());
      if (r < 0) return nullptr;
      if (r) return boolean(true);
    }
    return boolean(false);
  }
  int r = test(a.arg(0));
  if (r < 0) return nullptr;
  return boolean(r);
}
Value m_startswith(Thread& t, Object* self, const CallArgs& a) { return affix(t, self, a, true); }
Value m_endswith(Thread& t, Object* self, const CallArgs& a) { return affix(t, self, a, false); }

int64_t cp_index_of_byte(Str* s, size_t byte) {
  if (s->is_ascii()) return static_cast<int64_t>(byte);
  return utf8_length(std::string_view(s->text).substr(0, byte));
}

// The byte range of code points [start, end) given as optional arguments a.arg(first), a.arg(first+1).
bool byte_range(Thread& t, Str* s, const CallArgs& a, size_t first, size_t* b, size_t* e) {
  int64_t start = 0, stop = s->length;
  for (size_t k = 0; k < 2; ++k) {
    if (a.nargs <= first + k || a.arg(first + k) == None) continue;
    int64_t v;
    if (!as_index(t, a.arg(first + k), &v)) return false;
    if (v < 0) v = std::max<int64_t>(0, v + s->length);
    v = std::min(v, s->length);
    (k == 0 ? start : stop) = v;
  }
  if (stop < start) stop = start;
  if (s->is_ascii()) {
    *b = static_cast<size_t>(start);
    *e = static_cast<size_t>(stop);
  } else {
    auto off = offsets(s->text);
    *b = off[static_cast<size_t>(start)];
    *e = off[static_cast<size_t>(stop)];
  }
  return true;
}

Value find_impl(Thread& t, Object* self, const CallArgs& a, bool raise_missing, bool reverse) {
  std::string sub;
  if (!want_str(t, a, 0, "find", &sub)) return nullptr;
  size_t b, e;
  if (!byte_range(t, S(self), a, 1, &b, &e)) return nullptr;
  std::string_view s = std::string_view(S(self)->text).substr(0, e);
  size_t at = std::string::npos;
  if (e - b >= sub.size()) at = reverse ? s.rfind(sub) : s.find(sub, b);
  if (at != std::string::npos && at < b) at = std::string::npos;
  if (at == std::string::npos) {
    if (raise_missing) return t.raise(exc::ValueError, "substring not found");
    return make_int(-1);
  }
  return make_int(cp_index_of_byte(S(self), at));
}
Value m_find(Thread& t, Object* self, const CallArgs& a) { return find_impl(t, self, a, false, false); }
Value m_rfind(Thread& t, Object* self, const CallArgs& a) { return find_impl(t, self, a, false, true); }
Value m_index(Thread& t, Object* self, const CallArgs& a) { return find_impl(t, self, a, true, false); }

Value m_count(Thread& t, Object* self, const CallArgs& a) {
  std::string sub;
  if (!want_str(t, a, 0, "count", &sub)) return nullptr;
  size_t b, e;
  if (!byte_range(t, S(self), a, 1, &b, &e)) return nullptr;
  std::string_view s = std::string_view(S(self)->text).substr(b, e - b);
  if (sub.empty()) return make_int(utf8_length(s) + 1);
  int64_t n = 0;
  for (size_t i = s.find(sub); i != std::string::npos; i = s.find(sub, i + sub.size())) ++n;
  return make_int(n);
}

Value pad(Thread& t, Object* self, const CallArgs& a, char align) {
  int64_t width;
  if (a.nargs < 1 || !as_index(t, a.arg(0), &width)) {
    if (!t.has_exception()) t.raise(exc::TypeError, "expected at least 1 argument");
    return nullptr;
  }
  std::string fill = " ";
  if (a.nargs > 1) {
    if (!is_str(a.arg(1)) || S(a.arg(1))->length != 1) {
      return t.raise(exc::TypeError, "The fill character must be exactly one character long");
    }
    fill = S(a.arg(1))->text;
  }
  Str* s = S(self);
  int64_t missing = width - s->length;
  if (missing <= 0) return Value::borrow(self);
  int64_t left = align == '<' ? 0 : align == '>' ? missing : missing / 2 + (missing & width & 1);
  std::string out;
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += s->text;
  for (int64_t i = 0; i < missing - left; ++i) out += fill;
  return make_str(std::move(out));
}
Value m_ljust(Thread& t, Object* self, const CallArgs& a) { return pad(t, self, a, '<'); }
Value m_rjust(Thread& t, Object* self, const CallArgs& a) { return pad(t, self, a, '>'); }
Value m_center(Thread& t, Object* self, const CallArgs& a) { return pad(t, self, a, '^'); }

Value m_zfill(Thread& t, Object* self, const CallArgs& a) {
  int64_t width;
  if (a.nargs != 1 || !as_index(t, a.arg(0), &width)) return nullptr;
  std::string s = S(self)->text;
  int64_t missing = width - S(self)->length;
  if (missing <= 0) return Value::borrow(self);
  size_t at = (!s.empty() && (s[0] == '+' || s[0] == '-')) ? 1 : 0;
  s.insert(at, static_cast<size_t>(missing), '0');
  return make_str(std::move(s));
}

Value predicate(Object* self, bool (*ok)(unsigned char)) {
  const std::string& s = S(self)->text;
  if (s.empty()) return boolean(false);
  for (unsigned char c : s) {
    if (!ok(c)) return boolean(false);
  }
  return boolean(true);
}
Value m_isdigit(Thread&, Object* self, const CallArgs&) { return predicate(self, [](unsigned char c) { return c >= '0' && c <= '9'; }); }
Value m_isalpha(Thread&, Object* self, const CallArgs&) {
  return predicate(self, [](unsigned char c) { return c >= 0x80 || std::isalpha(c) != 0; });
}
Value m_isspace(Thread&, Object* self, const CallArgs&) { return predicate(self, is_space); }

Value m_title(Thread&, Object* self, const CallArgs&) {
  std::string s = S(self)->text;
  bool prev_cased = false;
  for (char& c : s) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) {
      c = static_cast<char>(prev_cased ? std::tolower(u) : std::toupper(u));
      prev_cased = true;
    } else {
      prev_cased = false;
    }
  }
  return make_str(std::move(s));
}
Value m_capitalize(Thread&, Object* self, const CallArgs&) {
  std::string s = map_ascii(S(self)->text, ::tolower);
  if (!s.empty() && static_cast<unsigned char>(s[0]) < 0x80) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return make_str(std::move(s));
}

Value m_rindex(Thread& t, Object* self, const CallArgs& a) { return find_impl(t, self, a, true, true); }
bool is_alnum_byte(unsigned char c) { return c >= 0x80 || std::isalnum(c) != 0; }
Value m_isalnum(Thread&, Object* self, const CallArgs&) { return predicate(self, is_alnum_byte); }
Value m_isdecimal(Thread&, Object* self, const CallArgs&) {
  return predicate(self, [](unsigned char c) { return c >= '0' && c <= '9'; });
}
// isupper/islower: at least one cased character and none of the other case (ASCII letters).
Value case_check(Object* self, bool upper) {
  bool cased = false;
  for (unsigned char c : S(self)->text) {
    if (std::isupper(c)) {
      if (!upper) return boolean(false);
      cased = true;
    } else if (std::islower(c)) {
      if (upper) return boolean(false);
      cased = true;
    }
  }
  return boolean(cased);
}
Value m_isupper(Thread&, Object* self, const CallArgs&) { return case_check(self, true); }
Value m_islower(Thread&, Object* self, const CallArgs&) { return case_check(self, false); }
Value m_istitle(Thread& t, Object* self, const CallArgs& a) {
  Value titled = m_title(t, self, a);
  bool cased = false;
  for (unsigned char c : S(self)->text) cased |= std::isalpha(c) != 0;
  return boolean(cased && S(titled.get())->text == S(self)->text);
}
Value m_isidentifier(Thread&, Object* self, const CallArgs&) {
  const std::string& s = S(self)->text;
  if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return boolean(false);
  for (unsigned char c : s) {
    if (!(c >= 0x80 || std::isalnum(c) || c == '_')) return boolean(false);
  }
  return boolean(true);
}
Value m_swapcase(Thread&, Object* self, const CallArgs&) {
  std::string s = S(self)->text;
  for (char& c : s) {
    auto u = static_cast<unsigned char>(c);
    if (std::isupper(u)) c = static_cast<char>(std::tolower(u));
    else if (std::islower(u)) c = static_cast<char>(std::toupper(u));
  }
  return make_str(std::move(s));
}
Value m_splitlines(Thread& t, Object* self, const CallArgs& a) {
  bool keepends = false;
  if (a.nargs > 0) {
    int k = truth(t, a.arg(0));
    if (k < 0) return nullptr;
    keepends = k == 1;
  } else if (a.nkw() == 1) {
    int k = truth(t, a.kwvalue(0));
    if (k < 0) return nullptr;
    keepends = k == 1;
  }
  const std::string& s = S(self)->text;
  std::vector<Value> parts;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] != '\n' && s[j] != '\r' && s[j] != '\v' && s[j] != '\f' && s[j] != 0x1c &&
           s[j] != 0x1d && s[j] != 0x1e)
      ++j;
    size_t eol = j;
    if (j < s.size()) eol = (s[j] == '\r' && j + 1 < s.size() && s[j + 1] == '\n') ? j + 2 : j + 1;
    parts.push_back(make_str(s.substr(i, (keepends ? eol : j) - i)));
    i = eol;
  }
  return make_list(std::move(parts));
}
Value m_rsplit(Thread& t, Object* self, const CallArgs& a) {
  int64_t maxsplit = -1;
  if (a.nargs > 1 && !as_index(t, a.arg(1), &maxsplit)) return nullptr;
  if (maxsplit < 0) return m_split(t, self, a);
  const std::string& s = S(self)->text;
  std::vector<Value> parts;
  if (a.nargs == 0 || a.arg(0) == None) {
    size_t e = s.size();
    while (true) {
      while (e > 0 && is_space(s[e - 1])) --e;
      if (e == 0) break;
      if (static_cast<int64_t>(parts.size()) == maxsplit) {
        size_t b = 0;
        while (b < e && is_space(s[b])) ++b;
        parts.push_back(make_str(s.substr(b, e - b)));
        break;
      }
      size_t b = e;
      while (b > 0 && !is_space(s[b - 1])) --b;
      parts.push_back(make_str(s.substr(b, e - b)));
      e = b;
    }
  } else {
    std::string sep;
    if (!want_str(t, a, 0, "rsplit", &sep)) return nullptr;
    if (sep.empty()) return t.raise(exc::ValueError, "empty separator");
    size_t e = s.size();
    while (true) {
      size_t j = e >= sep.size() ? s.rfind(sep, e - sep.size()) : std::string::npos;
      if (j == std::string::npos || static_cast<int64_t>(parts.size()) == maxsplit) {
        parts.push_back(make_str(s.substr(0, e)));
        break;
      }
      parts.push_back(make_str(s.substr(j + sep.size(), e - j - sep.size())));
      e = j;
    }
  }
  std::reverse(parts.begin(), parts.end());
  return make_list(std::move(parts));
}
Value partition_impl(Thread& t, Object* self, const CallArgs& a, bool reverse) {
  std::string sep;
  if (!want_str(t, a, 0, reverse ? "rpartition" : "partition", &sep)) return nullptr;
  if (sep.empty()) return t.raise(exc::ValueError, "empty separator");
  const std::string& s = S(self)->text;
  size_t at = reverse ? s.rfind(sep) : s.find(sep);
  if (at == std::string::npos) {
    if (reverse) return make_tuple({make_str(""), make_str(""), Value::borrow(self)});
    return make_tuple({Value::borrow(self), make_str(""), make_str("")});
  }
  return make_tuple({make_str(s.substr(0, at)), make_str(sep), make_str(s.substr(at + sep.size()))});
}
Value m_partition(Thread& t, Object* self, const CallArgs& a) { return partition_impl(t, self, a, false); }
Value m_rpartition(Thread& t, Object* self, const CallArgs& a) { return partition_impl(t, self, a, true); }
Value m_removeprefix(Thread& t, Object* self, const CallArgs& a) {
  std::string p;
  if (!want_str(t, a, 0, "removeprefix", &p)) return nullptr;
  const std::string& s = S(self)->text;
  if (!p.empty() && s.compare(0, p.size(), p) == 0) return make_str(s.substr(p.size()));
  return Value::borrow(self);
}
Value m_removesuffix(Thread& t, Object* self, const CallArgs& a) {
  std::string p;
  if (!want_str(t, a, 0, "removesuffix", &p)) return nullptr;
  const std::string& s = S(self)->text;
  if (!p.empty() && s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0) {
    return make_str(s.substr(0, s.size() - p.size()));
  }
  return Value::borrow(self);
}

Value m_format_spec(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 1 || !is_str(a.arg(0))) return t.raise(exc::TypeError, "format spec must be a str");
  auto r = format_str(S(self)->text, S(a.arg(0))->text, "str");
  if (!r) return t.raise(exc::ValueError, r.error().message);
  return make_str(std::move(*r));
}

}  // namespace

// str.format(*args, **kwargs): fields {}, {0}, {name}, {x.attr}, {x[0]}, with !r/!s and specs.
Value str_format_method(Thread& t, Object* self, const CallArgs& a);

void init_str_type() {
  Type* t = str_type;
  t->repr = str_repr;
  t->str = str_str;
  t->hash = str_hash_slot;
  t->truth = str_truth;
  t->length = str_length;
  t->compare = str_compare;
  t->getitem = str_getitem;
  t->contains = str_contains;
  t->iter = str_iter;
  t->construct = str_new;
  t->binary[int(BinaryOp::Add)] = str_add;
  t->binary[int(BinaryOp::Mul)] = str_mul;
  t->binary[int(BinaryOp::Mod)] = str_mod;
  add_method(t, "upper", m_upper);
  add_method(t, "encode", m_encode);
  add_method(t, "lower", m_lower);
  add_method(t, "strip", m_strip);
  add_method(t, "lstrip", m_lstrip);
  add_method(t, "rstrip", m_rstrip);
  add_method(t, "split", m_split);
  add_method(t, "join", m_join);
  add_method(t, "replace", m_replace);
  add_method(t, "startswith", m_startswith);
  add_method(t, "endswith", m_endswith);
  add_method(t, "find", m_find);
  add_method(t, "rfind", m_rfind);
  add_method(t, "index", m_index);
  add_method(t, "count", m_count);
  add_method(t, "ljust", m_ljust);
  add_method(t, "rjust", m_rjust);
  add_method(t, "center", m_center);
  add_method(t, "zfill", m_zfill);
  add_method(t, "isdigit", m_isdigit);
  add_method(t, "isalpha", m_isalpha);
  add_method(t, "isspace", m_isspace);
  add_method(t, "title", m_title);
  add_method(t, "capitalize", m_capitalize);
  add_method(t, "format", str_format_method);
  add_method(t, "rindex", m_rindex);
  add_method(t, "isalnum", m_isalnum);
  add_method(t, "isdecimal", m_isdecimal);
  add_method(t, "isnumeric", m_isdecimal);
  add_method(t, "isupper", m_isupper);
  add_method(t, "islower", m_islower);
  add_method(t, "istitle", m_istitle);
  add_method(t, "isidentifier", m_isidentifier);
  add_method(t, "swapcase", m_swapcase);
  add_method(t, "casefold", m_lower);
  add_method(t, "splitlines", m_splitlines);
  add_method(t, "rsplit", m_rsplit);
  add_method(t, "partition", m_partition);
  add_method(t, "rpartition", m_rpartition);
  add_method(t, "removeprefix", m_removeprefix);
  add_method(t, "removesuffix", m_removesuffix);
  add_method(t, "__format__", m_format_spec);
}

}  // namespace py
