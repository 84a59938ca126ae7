// How asyncio shows values and callbacks in reprs and error messages: CPython's reprlib.repr
// (bounded reprs: 6 list items, 30 characters of a string, …) and format_helpers'
// _format_callback ("print('a', 1)", "partial_target('x')(2)").
#include <algorithm>

#include "py/abstract.hpp"
#include "py/asyncio_objects.hpp"

namespace py {

namespace {

// reprlib.Repr's defaults.
constexpr int kMaxLevel = 6, kMaxSeq = 6, kMaxDict = 4, kMaxString = 30, kMaxLong = 40, kMaxOther = 30;

// Code-point slicing of UTF-8 text (reprs of str may hold any text).
size_t utf8_offset(const std::string& s, int64_t cp) {
  size_t i = 0;
  while (i < s.size() && cp > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --cp;
  }
  return i;
}
int64_t utf8_length(const std::string& s) {
  int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// s[:i] + '...' + s[len(s)-j:] when s is longer than `limit` code points.
std::string shorten(const std::string& s, int limit) {
  int64_t n = utf8_length(s);
  if (n <= limit) return s;
  int64_t i = std::max(0, (limit - 3) / 2), j = std::max(0, limit - 3 - static_cast<int>(i));
  return s.substr(0, utf8_offset(s, i)) + "..." + s.substr(utf8_offset(s, n - j));
}

bool repr1(Thread& t, Object* o, int level, std::string* out);

// The items of a list, tuple or set, as reprlib shows them.
bool repr_items(Thread& t, const std::vector<Value>& items, int level, const char* left, const char* right,
                bool one_trailing_comma, std::string* out) {
  *out += left;
  if (level <= 0 && !items.empty()) {
    *out += "...";
  } else {
    for (size_t i = 0; i < items.size() && i < static_cast<size_t>(kMaxSeq); ++i) {
      if (i) *out += ", ";
      if (!repr1(t, items[i].get(), level - 1, out)) return false;
    }
    if (items.size() > static_cast<size_t>(kMaxSeq)) *out += ", ...";
    if (items.size() == 1 && one_trailing_comma) *out += ",";
  }
  *out += right;
  return true;
}

// sorted(x) when the items can be ordered, else their own order (reprlib._possibly_sorted).
std::vector<Value> possibly_sorted(Thread& t, std::vector<Value> items) {
  std::vector<Value> sorted = items;
  bool failed = false;
  std::stable_sort(sorted.begin(), sorted.end(), [&](const Value& a, const Value& b) {
    if (failed) return false;
    int lt = compare_bool(t, a.get(), b.get(), CompareOp::Lt);
    if (lt < 0) {
      failed = true;
      t.take_exception();
      return false;
    }
    return lt == 1;
  });
  return failed ? items : sorted;
}

bool repr_other(Thread& t, Object* o, int limit, std::string* out) {
  std::string text;
  if (!repr_text(t, o, &text)) return false;
  *out += shorten(text, limit);
  return true;
}

bool repr1(Thread& t, Object* o, int level, std::string* out) {
  Type* ty = o->type;
  if (ty == list_type) return repr_items(t, cast<List>(o)->items, level, "[", "]", false, out);
  if (ty == tuple_type) return repr_items(t, cast<Tuple>(o)->items, level, "(", ")", true, out);
  if (ty == set_type || ty == frozenset_type) {
    std::vector<Value> items;
    if (!collect(t, o, &items)) return false;
    bool frozen = ty == frozenset_type;
    if (items.empty()) {
      *out += frozen ? "frozenset()" : "set()";
      return true;
    }
    return repr_items(t, possibly_sorted(t, std::move(items)), level, frozen ? "frozenset({" : "{", frozen ? "})" : "}", false, out);
  }
  if (ty == dict_type) {
    auto* d = cast<Dict>(o);
    if (d->used == 0) {
      *out += "{}";
      return true;
    }
    if (level <= 0) {
      *out += "{...}";
      return true;
    }
    std::vector<Value> keys;
    for (auto& e : d->entries) {
      if (e.key) keys.push_back(e.key);
    }
    keys = possibly_sorted(t, std::move(keys));
    *out += "{";
    for (size_t i = 0; i < keys.size() && i < static_cast<size_t>(kMaxDict); ++i) {
      if (i) *out += ", ";
      if (!repr1(t, keys[i].get(), level - 1, out)) return false;
      *out += ": ";
      Object* v = dict_get(t, d, keys[i].get());
      if (!v || !repr1(t, v, level - 1, out)) return false;
    }
    if (keys.size() > static_cast<size_t>(kMaxDict)) *out += ", ...";
    *out += "}";
    return true;
  }
  if (ty == str_type) {
    // repr of the first 30 characters; when even that is too long, of its two ends.
    const std::string& s = cast<Str>(o)->text;
    std::string head = s.substr(0, utf8_offset(s, kMaxString));
    std::string text;
    if (!repr_text(t, make_str(head).get(), &text)) return false;
    if (utf8_length(text) > kMaxString) {
      int64_t n = cast<Str>(o)->length;
      int64_t i = std::max(0, (kMaxString - 3) / 2), j = std::max(0, kMaxString - 3 - static_cast<int>(i));
      std::string ends = s.substr(0, utf8_offset(s, i)) + s.substr(utf8_offset(s, n - j));
      if (!repr_text(t, make_str(ends).get(), &text)) return false;
      int64_t len = utf8_length(text);
      text = text.substr(0, utf8_offset(text, i)) + "..." + text.substr(utf8_offset(text, len - j));
    }
    *out += text;
    return true;
  }
  if (ty == int_type) return repr_other(t, o, kMaxLong, out);
  return repr_other(t, o, kMaxOther, out);
}

}  // namespace

bool reprlib_repr(Thread& t, Object* o, std::string* out) { return repr1(t, o, kMaxLevel, out); }

namespace {

bool format_args(Thread& t, const std::vector<Value>& args, std::string* out) {
  *out += "(";
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) *out += ", ";
    if (!reprlib_repr(t, args[i].get(), out)) return false;
  }
  *out += ")";
  return true;
}

// functools.partial's target and bound arguments, when `fn` is one.
bool partial_parts(Thread& t, Object* fn, Value* func, std::vector<Value>* args) {
  if (type_name(fn) != "partial") return false;
  Value inner = lookup_attr(t, fn, intern("func").get());
  Value bound = inner ? lookup_attr(t, fn, intern("args").get()) : nullptr;
  if (!inner || !bound || bound->type != tuple_type) {
    if (t.has_exception()) t.take_exception();
    return false;
  }
  *func = inner;
  *args = cast<Tuple>(bound.get())->items;
  return true;
}

// format_helpers._format_callback: "name(args)" + suffix, a partial shown through.
bool format_callback(Thread& t, Object* fn, const std::vector<Value>& args, const std::string& suffix, std::string* out) {
  Value inner;
  std::vector<Value> bound;
  if (partial_parts(t, fn, &inner, &bound)) {
    std::string own;
    if (!format_args(t, args, &own)) return false;
    return format_callback(t, inner.get(), bound, own + suffix, out);
  }
  Value name = lookup_attr(t, fn, intern("__qualname__").get());
  if (!name || name->type != str_type || cast<Str>(name.get())->text.empty()) {
    if (t.has_exception()) t.take_exception();
    name = lookup_attr(t, fn, intern("__name__").get());
  }
  if (name && name->type == str_type && !cast<Str>(name.get())->text.empty()) {
    *out += cast<Str>(name.get())->text;
  } else {
    if (t.has_exception()) t.take_exception();
    std::string text;
    if (!repr_text(t, fn, &text)) return false;
    *out += text;
  }
  if (!format_args(t, args, out)) return false;
  *out += suffix;
  return true;
}

}  // namespace

bool format_callback_source(Thread& t, Object* fn, const std::vector<Value>& args, std::string* out) {
  if (!format_callback(t, fn, args, "", out)) return false;
  // Where a Python function (or the one a partial wraps) is defined.
  Object* target = fn;
  Value inner;
  std::vector<Value> bound;
  while (partial_parts(t, target, &inner, &bound)) target = inner.get();
  if (target->type == function_type) {
    *out += " at " + t.interp().filename + ":" + std::to_string(cast<Function>(target)->code->first_line);
  }
  return true;
}

}  // namespace py
