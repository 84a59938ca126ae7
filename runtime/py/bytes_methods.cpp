// The methods of bytes and bytearray (the type itself: bytes_object.cpp).
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "py/abstract.hpp"
#include "py/bytes_object.hpp"
#include "py/call_args.hpp"
#include "py/native_args.hpp"
#include "py/thread.hpp"

namespace py {

namespace {

std::string& D(Object* o) { return cast<Bytes>(o)->data; }
Value like(Object* self, std::string d) {
  return self->type == bytearray_type() ? make_bytearray(std::move(d)) : make_bytes(std::move(d));
}
bool buffer_arg(Thread& t, Object* o, std::string* out) {
  if (is_bytes_like(o)) {
    *out = D(o);
    return true;
  }
  t.raise(exc::TypeError, "a bytes-like object is required, not '" + type_name(o) + "'");
  return false;
}
bool str_arg(Thread& t, Object* o, const char* fname, const char* what, std::string* out) {
  if (o->type != str_type) {
    t.raise(exc::TypeError, std::string(fname) + "() argument '" + what + "' must be str, not " + type_name(o));
    return false;
  }
  *out = cast<Str>(o)->text;
  return true;
}

Value m_decode(Thread& t, Object* self, const CallArgs& a) {
  Object* args[2] = {};
  if (!parse_args(t, a, "decode", {"encoding", "errors"}, 0, args)) return nullptr;
  std::string enc = "utf-8", err = "strict";
  if (args[0] && !str_arg(t, args[0], "decode", "encoding", &enc)) return nullptr;
  if (args[1] && !str_arg(t, args[1], "decode", "errors", &err)) return nullptr;
  return decode_bytes(t, D(self), enc, err);
}

Value m_hex(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs || a.nkw()) return t.raise(exc::NotImplementedError, "hex() with a separator is not supported yet");
  std::string out;
  char buf[4];
  for (unsigned char c : D(self)) {
    std::snprintf(buf, sizeof buf, "%02x", c);
    out += buf;
  }
  return make_str(std::move(out));
}

Value fromhex(Thread& t, const CallArgs& a, bool to_bytearray) {
  if (a.nargs != 1 || a.nkw()) return t.raise(exc::TypeError, "fromhex() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  if (a.arg(0)->type != str_type) return t.raise(exc::TypeError, "fromhex() argument must be str, not " + type_name(a.arg(0)));
  const std::string& s = cast<Str>(a.arg(0))->text;
  std::string out;
  auto digit = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) ? (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(c) - 'a' + 10) : -1; };
  for (size_t i = 0; i < s.size();) {
    if (std::isspace(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    int hi = digit(s[i]), lo = i + 1 < s.size() ? digit(s[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t pos = hi < 0 ? i : i + 1;
      return t.raise(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position " + std::to_string(pos));
    }
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return to_bytearray ? make_bytearray(std::move(out)) : make_bytes(std::move(out));
}

Value m_join(Thread& t, Object* self, const CallArgs& a) {
  if (a.nargs != 1) return t.raise(exc::TypeError, "join() takes exactly one argument (" + std::to_string(a.nargs) + " given)");
  std::vector<Value> items;
  if (!collect(t, a.arg(0), &items)) return nullptr;
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_bytes_like(items[i].get())) {
      return t.raise(exc::TypeError, "sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                                         type_name(items[i].get()) + " found");
    }
    if (i) out += D(self);
    out += D(items[i].get());
  }
  return like(self, std::move(out));
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

Value split_impl(Thread& t, Object* self, const CallArgs& a, bool from_right) {
  Object* args[2] = {};
  if (!parse_args(t, a, from_right ? "rsplit" : "split", {"sep", "maxsplit"}, 0, args)) return nullptr;
  int64_t maxsplit = -1;
  if (args[1] && !as_index(t, args[1], &maxsplit)) return nullptr;
  const std::string& s = D(self);
  std::vector<std::string> parts;
  if (!args[0] || args[0] == None) {
    if (!from_right) {
      size_t i = 0;
      while (true) {
        while (i < s.size() && is_ws(s[i])) ++i;
        if (i >= s.size()) break;
        if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
          size_t end = s.size();
          while (end > i && is_ws(s[end - 1])) --end;
          parts.push_back(s.substr(i, end - i));
          break;
        }
        size_t j = i;
        while (j < s.size() && !is_ws(s[j])) ++j;
        parts.push_back(s.substr(i, j - i));
        i = j;
      }
    } else {
      size_t i = s.size();
      while (true) {
        while (i > 0 && is_ws(s[i - 1])) --i;
        if (i == 0) break;
        if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
          size_t start = 0;
          while (start < i && is_ws(s[start])) ++start;
          parts.push_back(s.substr(start, i - start));
          break;
        }
        size_t j = i;
        while (j > 0 && !is_ws(s[j - 1])) --j;
        parts.push_back(s.substr(j, i - j));
        i = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    std::string sep;
    if (!buffer_arg(t, args[0], &sep)) return nullptr;
    if (sep.empty()) return t.raise(exc::ValueError, "empty separator");
    if (!from_right) {
      size_t i = 0;
      while (true) {
        size_t j = s.find(sep, i);
        if (j == std::string::npos || (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit)) {
          parts.push_back(s.substr(i));
          break;
        }
        parts.push_back(s.substr(i, j - i));
        i = j + sep.size();
      }
    } else {
      size_t end = s.size();
      while (true) {
        size_t j = end >= sep.size() ? s.rfind(sep, end - sep.size()) : std::string::npos;
        if (j == std::string::npos || (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit)) {
          parts.push_back(s.substr(0, end));
          break;
        }
        parts.push_back(s.substr(j + sep.size(), end - j - sep.size()));
        end = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  }
  std::vector<Value> out;
  for (auto& p : parts) out.push_back(like(self, p));
  return make_list(std::move(out));
}
Value m_split(Thread& t, Object* self, const CallArgs& a) { return split_impl(t, self, a, false); }
Value m_rsplit(Thread& t, Object* self, const CallArgs& a) { return split_impl(t, self, a, true); }

// start/end arguments as CPython's slice-style clamping.
bool range_args(Thread& t, const CallArgs& a, size_t first, size_t len, size_t* start, size_t* end) {
  int64_t s = 0, e = static_cast<int64_t>(len);
  if (a.nargs > first && a.arg(first) != None && !as_index(t, a.arg(first), &s)) return false;
  if (a.nargs > first + 1 && a.arg(first + 1) != None && !as_index(t, a.arg(first + 1), &e)) return false;
  auto clamp = [&](int64_t v) {
    if (v < 0) v += static_cast<int64_t>(len);
    return static_cast<size_t>(std::clamp<int64_t>(v, 0, static_cast<int64_t>(len)));
  };
  *start = clamp(s);
  *end = clamp(e);
  return true;
}
bool needle(Thread& t, Object* o, std::string* out) {
  if (is_int(o)) {
    int64_t v;
    if (!as_index(t, o, &v)) return false;
    if (v < 0 || v > 255) {
      t.raise(exc::ValueError, "byte must be in range(0, 256)");
      return false;
    }
    *out = std::string(1, static_cast<char>(v));
    return true;
  }
  if (is_bytes_like(o)) {
    *out = D(o);
    return true;
  }
  t.raise(exc::TypeError, "argument should be integer or bytes-like object, not '" + type_name(o) + "'");
  return false;
}

template <int kind>  // 0 find, 1 rfind, 2 index, 3 rindex, 4 count
Value m_find(Thread& t, Object* self, const CallArgs& a) {
  static const char* names[] = {"find", "rfind", "index", "rindex", "count"};
  if (!positional_args(t, a, names[kind], 1, 3)) return nullptr;
  std::string sub;
  if (!needle(t, a.arg(0), &sub)) return nullptr;
  const std::string& s = D(self);
  size_t start, end;
  if (!range_args(t, a, 1, s.size(), &start, &end)) return nullptr;
  if (kind == 4) {
    if (end < start) return make_int(0);
    int64_t n = 0;
    if (sub.empty()) return make_int(static_cast<int64_t>(end - start) + 1);
    for (size_t i = s.find(sub, start); i != std::string::npos && i + sub.size() <= end; i = s.find(sub, i + sub.size())) ++n;
    return make_int(n);
  }
  int64_t found = -1;
  if (end >= start && end - start >= sub.size()) {
    if (kind == 0 || kind == 2) {
      size_t i = s.find(sub, start);
      if (i != std::string::npos && i + sub.size() <= end) found = static_cast<int64_t>(i);
    } else {
      size_t i = s.rfind(sub, end - sub.size());
      if (i != std::string::npos && i >= start) found = static_cast<int64_t>(i);
    }
  }
  if (found < 0 && kind >= 2) return t.raise(exc::ValueError, "subsection not found");
  return make_int(found);
}

template <bool ends>
Value m_startswith(Thread& t, Object* self, const CallArgs& a) {
  const char* fname = ends ? "endswith" : "startswith";
  if (!positional_args(t, a, fname, 1, 3)) return nullptr;
  const std::string& s = D(self);
  size_t start, end;
  if (!range_args(t, a, 1, s.size(), &start, &end)) return nullptr;
  std::vector<Object*> options;
  if (is_tuple(a.arg(0))) {
    for (auto& v : cast<Tuple>(a.arg(0))->items) options.push_back(v.get());
  } else {
    options.push_back(a.arg(0));
  }
  for (Object* o : options) {
    if (!is_bytes_like(o)) {
      return t.raise(exc::TypeError, std::string(fname) + " first arg must be bytes or a tuple of bytes, not " + type_name(o));
    }
    const std::string& p = D(o);
    if (end < start || end - start < p.size()) continue;
    if (ends ? s.compare(end - p.size(), p.size(), p) == 0 : s.compare(start, p.size(), p) == 0) return boolean(true);
  }
  return boolean(false);
}

Value m_replace(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "replace", 2, 3)) return nullptr;
  std::string old, repl;
  if (!buffer_arg(t, a.arg(0), &old) || !buffer_arg(t, a.arg(1), &repl)) return nullptr;
  int64_t count = -1;
  if (a.nargs > 2 && !as_index(t, a.arg(2), &count)) return nullptr;
  const std::string& s = D(self);
  std::string out;
  if (old.empty()) {
    int64_t n = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (count < 0 || n < count) {
        out += repl;
        ++n;
      }
      if (i < s.size()) out += s[i];
    }
    return like(self, std::move(out));
  }
  size_t i = 0;
  int64_t n = 0;
  while (count < 0 || n < count) {
    size_t j = s.find(old, i);
    if (j == std::string::npos) break;
    out.append(s, i, j - i);
    out += repl;
    i = j + old.size();
    ++n;
  }
  out.append(s, i, std::string::npos);
  return like(self, std::move(out));
}

template <int which>  // 0 strip, 1 lstrip, 2 rstrip
Value m_strip(Thread& t, Object* self, const CallArgs& a) {
  static const char* names[] = {"strip", "lstrip", "rstrip"};
  if (!positional_args(t, a, names[which], 0, 1)) return nullptr;
  std::string chars = " \t\n\r\v\f";
  if (a.nargs == 1 && a.arg(0) != None && !buffer_arg(t, a.arg(0), &chars)) return nullptr;
  const std::string& s = D(self);
  size_t b = 0, e = s.size();
  if (which != 2) {
    while (b < e && chars.find(s[b]) != std::string::npos) ++b;
  }
  if (which != 1) {
    while (e > b && chars.find(s[e - 1]) != std::string::npos) --e;
  }
  return like(self, s.substr(b, e - b));
}

template <int which>  // 0 upper, 1 lower
Value m_case(Thread&, Object* self, const CallArgs&) {
  std::string s = D(self);
  for (char& c : s) c = static_cast<char>(which == 0 ? std::toupper(static_cast<unsigned char>(c)) : std::tolower(static_cast<unsigned char>(c)));
  return like(self, std::move(s));
}
template <int which>  // 0 isdigit, 1 isalpha, 2 isspace, 3 isalnum
Value m_is(Thread&, Object* self, const CallArgs&) {
  const std::string& s = D(self);
  if (s.empty()) return boolean(false);
  for (unsigned char c : s) {
    bool ok = which == 0 ? std::isdigit(c) : which == 1 ? std::isalpha(c) : which == 2 ? is_ws(static_cast<char>(c)) : std::isalnum(c);
    if (!ok || c >= 0x80) return boolean(false);
  }
  return boolean(true);
}

// --- bytearray mutations ---------------------------------------------------------------------
bool byte_arg(Thread& t, Object* o, char* out) {
  if (!is_int(o)) {
    t.raise(exc::TypeError, "'" + type_name(o) + "' object cannot be interpreted as an integer");
    return false;
  }
  int64_t v;
  if (!as_index(t, o, &v)) return false;
  if (v < 0 || v > 255) {
    t.raise(exc::ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<char>(v);
  return true;
}
Value m_append(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "append", 1, 1)) return nullptr;
  char c;
  if (!byte_arg(t, a.arg(0), &c)) return nullptr;
  D(self) += c;
  return none();
}
Value m_extend(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "extend", 1, 1)) return nullptr;
  if (is_bytes_like(a.arg(0))) {
    std::string more = D(a.arg(0));
    D(self) += more;
    return none();
  }
  if (a.arg(0)->type == str_type) return t.raise(exc::TypeError, "expected iterable of integers; got: 'str'");
  std::vector<Value> items;
  if (!collect(t, a.arg(0), &items)) return nullptr;
  std::string more;
  for (auto& v : items) {
    char c;
    if (!byte_arg(t, v.get(), &c)) return nullptr;
    more += c;
  }
  D(self) += more;
  return none();
}
Value m_pop(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "pop", 0, 1)) return nullptr;
  std::string& s = D(self);
  if (s.empty()) return t.raise(exc::IndexError, "pop from empty bytearray");
  int64_t i = -1;
  if (a.nargs && !as_index(t, a.arg(0), &i)) return nullptr;
  if (!normalize_index(t, &i, static_cast<int64_t>(s.size()), "pop index out of range")) return nullptr;
  auto c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
  s.erase(static_cast<size_t>(i), 1);
  return make_int(c);
}
Value m_insert(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "insert", 2, 2)) return nullptr;
  int64_t i;
  char c;
  if (!as_index(t, a.arg(0), &i) || !byte_arg(t, a.arg(1), &c)) return nullptr;
  std::string& s = D(self);
  auto n = static_cast<int64_t>(s.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  s.insert(static_cast<size_t>(i), 1, c);
  return none();
}
Value m_remove(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "remove", 1, 1)) return nullptr;
  char c;
  if (!byte_arg(t, a.arg(0), &c)) return nullptr;
  size_t i = D(self).find(c);
  if (i == std::string::npos) return t.raise(exc::ValueError, "value not found in bytearray");
  D(self).erase(i, 1);
  return none();
}
Value m_clear(Thread&, Object* self, const CallArgs&) {
  D(self).clear();
  return none();
}
Value m_copy(Thread&, Object* self, const CallArgs&) { return make_bytearray(D(self)); }
Value m_reverse(Thread&, Object* self, const CallArgs&) {
  std::reverse(D(self).begin(), D(self).end());
  return none();
}

}  // namespace

void init_bytes_methods(Type* bytes, Type* bytearray) {
  for (Type* ty : {bytes, bytearray}) {
    add_method(ty, "decode", m_decode);
    add_method(ty, "hex", m_hex);
    add_method(ty, "join", m_join);
    add_method(ty, "split", m_split);
    add_method(ty, "rsplit", m_rsplit);
    add_method(ty, "find", m_find<0>);
    add_method(ty, "rfind", m_find<1>);
    add_method(ty, "index", m_find<2>);
    add_method(ty, "rindex", m_find<3>);
    add_method(ty, "count", m_find<4>);
    add_method(ty, "startswith", m_startswith<false>);
    add_method(ty, "endswith", m_startswith<true>);
    add_method(ty, "replace", m_replace);
    add_method(ty, "strip", m_strip<0>);
    add_method(ty, "lstrip", m_strip<1>);
    add_method(ty, "rstrip", m_strip<2>);
    add_method(ty, "upper", m_case<0>);
    add_method(ty, "lower", m_case<1>);
    add_method(ty, "isdigit", m_is<0>);
    add_method(ty, "isalpha", m_is<1>);
    add_method(ty, "isspace", m_is<2>);
    add_method(ty, "isalnum", m_is<3>);
  }
  add_method(bytearray, "append", m_append);
  add_method(bytearray, "extend", m_extend);
  add_method(bytearray, "pop", m_pop);
  add_method(bytearray, "insert", m_insert);
  add_method(bytearray, "remove", m_remove);
  add_method(bytearray, "clear", m_clear);
  add_method(bytearray, "copy", m_copy);
  add_method(bytearray, "reverse", m_reverse);
  // fromhex is called on the class: a plain function in the type's namespace, as dict.fromkeys.
  auto from_b = make<BuiltinFunction>("fromhex", [](Thread& t, Object*, const CallArgs& a) { return fromhex(t, a, false); });
  auto from_ba = make<BuiltinFunction>("fromhex", [](Thread& t, Object*, const CallArgs& a) { return fromhex(t, a, true); });
  for (auto* f : {from_b.get(), from_ba.get()}) f->refcnt += kImmortal;
  dict_set_str(bytes->dict.get(), "fromhex", from_b.get());
  dict_set_str(bytearray->dict.get(), "fromhex", from_ba.get());
}

}  // namespace py
