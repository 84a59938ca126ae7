// json: dumps/dump with CPython's output byte for byte (separators, indent, ensure_ascii escapes,
// float reprs, NaN/Infinity, sort_keys through the real sorted()) and its error messages.
// The decoder (loads/load and JSONDecodeError) is in json_decoder.cpp.
#include <algorithm>
#include <cmath>

#include "py/abstract.hpp"
#include "py/float_repr.hpp"
#include "py/json.hpp"
#include "py/native_args.hpp"
#include "py/native_modules.hpp"
#include "py/source.hpp"

namespace py {

namespace {

struct Encoder {
  Thread& t;
  bool skipkeys = false, ensure_ascii = true, check_circular = true, allow_nan = true, sort_keys = false;
  bool has_indent = false;
  std::string indent;
  std::string item_sep = ", ", key_sep = ": ";
  Value default_fn;
  std::vector<Object*> stack;  // containers being encoded (circular reference check)
  std::string out;
  explicit Encoder(Thread& thread) : t(thread) {}

  void newline(int level) {
    out += '\n';
    for (int i = 0; i < level; ++i) out += indent;
  }
};

void encode_string(const std::string& s, bool ensure_ascii, std::string& out) {
  out += '"';
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    int32_t cp = utf8_decode(s, i);
    char buf[16];
    switch (cp) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      default: break;
    }
    if (cp >= 0 && cp < 0x20) {
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      out += buf;
    } else if (ensure_ascii && (cp >= 0x7f || cp < 0)) {
      uint32_t c = cp < 0 ? 0xfffd : static_cast<uint32_t>(cp);
      if (c >= 0x10000) {
        c -= 0x10000;
        std::snprintf(buf, sizeof buf, "\\u%04x\\u%04x", 0xd800 | (c >> 10), 0xdc00 | (c & 0x3ff));
      } else {
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
      }
      out += buf;
    } else {
      out.append(s, start, i - start);
    }
  }
  out += '"';
}

bool float_text(Encoder& e, double d, std::string* out) {
  if (std::isfinite(d)) {
    *out = float_repr(d);
    return true;
  }
  if (!e.allow_nan) {
    e.t.raise(exc::ValueError, "Out of range float values are not JSON compliant");
    return false;
  }
  *out = std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
  return true;
}

bool int_text(Thread& t, Object* o, std::string* out) {
  Int* i = cast<Int>(o);
  if (!i->is_big) {
    *out = std::to_string(i->small);
    return true;
  }
  auto s = i->big.to_string();
  if (!s) {
    t.raise(exc::ValueError, s.error().message);
    return false;
  }
  *out = *s;
  return true;
}

bool encode(Encoder& e, Object* o, int level);

bool enter(Encoder& e, Object* o) {
  if (e.check_circular && std::find(e.stack.begin(), e.stack.end(), o) != e.stack.end()) {
    e.t.raise(exc::ValueError, "Circular reference detected");
    return false;
  }
  if (e.stack.size() > 990) {
    e.t.raise(exc::RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
    return false;
  }
  e.stack.push_back(o);
  return true;
}

bool encode_list(Encoder& e, Object* o, int level) {
  std::vector<Value> items = o->type == tuple_type ? cast<Tuple>(o)->items : cast<List>(o)->items;
  if (items.empty()) {
    e.out += "[]";
    return true;
  }
  if (!enter(e, o)) return false;
  e.out += '[';
  if (e.has_indent) e.newline(level + 1);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) {
      e.out += e.item_sep;
      if (e.has_indent) e.newline(level + 1);
    }
    if (!encode(e, items[i].get(), level + 1)) return false;
  }
  if (e.has_indent) e.newline(level);
  e.out += ']';
  e.stack.pop_back();
  return true;
}

// A dict key as JSON text, or false with *skip set when skipkeys drops it.
bool key_text(Encoder& e, Object* k, std::string* out, bool* skip) {
  *skip = false;
  if (k->type == str_type) {
    *out = cast<Str>(k)->text;
  } else if (k->type == float_type) {
    if (!float_text(e, cast<Float>(k)->value, out)) return false;
  } else if (k == True || k == False) {
    *out = k == True ? "true" : "false";
  } else if (k == None) {
    *out = "null";
  } else if (is_int(k)) {
    if (!int_text(e.t, k, out)) return false;
  } else if (e.skipkeys) {
    *skip = true;
  } else {
    e.t.raise(exc::TypeError, "keys must be str, int, float, bool or None, not " + type_name(k));
    return false;
  }
  return true;
}

bool encode_dict(Encoder& e, Object* o, int level) {
  Dict* d = cast<Dict>(o);
  if (d->used == 0) {
    e.out += "{}";
    return true;
  }
  if (!enter(e, o)) return false;
  std::vector<Value> pairs;
  for (auto& entry : d->entries) {
    if (entry.key) pairs.push_back(make_tuple({entry.key, entry.value}));
  }
  if (e.sort_keys) {  // sorted(dct.items()), as CPython does
    Value list = make_list(std::move(pairs));
    Value sorted = call1(e.t, dict_get_str(e.t.interp().builtins(), intern("sorted").get()), list.get());
    if (!sorted) return false;
    pairs = cast<List>(sorted.get())->items;
  }
  e.out += '{';
  bool first = true;
  for (auto& pair : pairs) {
    Object* k = cast<Tuple>(pair.get())->items[0].get();
    Object* v = cast<Tuple>(pair.get())->items[1].get();
    std::string key;
    bool skip;
    if (!key_text(e, k, &key, &skip)) return false;
    if (skip) continue;
    if (first) {
      if (e.has_indent) e.newline(level + 1);
    } else {
      e.out += e.item_sep;
      if (e.has_indent) e.newline(level + 1);
    }
    first = false;
    encode_string(key, e.ensure_ascii, e.out);
    e.out += e.key_sep;
    if (!encode(e, v, level + 1)) return false;
  }
  if (e.has_indent && !first) e.newline(level);
  e.out += '}';
  e.stack.pop_back();
  return true;
}

bool encode(Encoder& e, Object* o, int level) {
  if (o == None) {
    e.out += "null";
  } else if (o == True || o == False) {
    e.out += o == True ? "true" : "false";
  } else if (o->type == str_type) {
    encode_string(cast<Str>(o)->text, e.ensure_ascii, e.out);
  } else if (is_int(o)) {
    std::string s;
    if (!int_text(e.t, o, &s)) return false;
    e.out += s;
  } else if (o->type == float_type) {
    std::string s;
    if (!float_text(e, cast<Float>(o)->value, &s)) return false;
    e.out += s;
  } else if (o->type == list_type || o->type == tuple_type) {
    return encode_list(e, o, level);
  } else if (o->type == dict_type) {
    return encode_dict(e, o, level);
  } else if (e.default_fn) {
    if (!enter(e, o)) return false;
    Value replacement = call1(e.t, e.default_fn.get(), o);
    if (!replacement) return false;
    if (!encode(e, replacement.get(), level)) return false;
    e.stack.pop_back();
  } else {
    e.t.raise(exc::TypeError, "Object of type " + type_name(o) + " is not JSON serializable");
    return false;
  }
  return true;
}

bool flag(Thread& t, Object* v, bool* out) {
  if (!v) return true;
  int b = truth(t, v);
  if (b < 0) return false;
  *out = b;
  return true;
}

// The keyword arguments of dumps/dump.
bool configure(Encoder& e, const CallArgs& a, const char* fname, size_t first_kw) {
  Thread& t = e.t;
  static const char* const kKnown[] = {"obj", "fp", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent",
                                       "separators", "default", "sort_keys"};
  for (size_t k = 0; k < a.nkw(); ++k) {
    const std::string& n = cast<Str>(a.kwnames->items[k].get())->text;
    bool known = std::any_of(std::begin(kKnown), std::end(kKnown), [&](const char* x) { return n == x; });
    if (!known || (n == "fp" && first_kw == 1)) {
      t.raise(exc::TypeError, "JSONEncoder.__init__() got an unexpected keyword argument '" + n + "'");
      return false;
    }
  }
  if (!flag(t, kwarg(a, "skipkeys"), &e.skipkeys) || !flag(t, kwarg(a, "ensure_ascii"), &e.ensure_ascii) ||
      !flag(t, kwarg(a, "check_circular"), &e.check_circular) || !flag(t, kwarg(a, "allow_nan"), &e.allow_nan) ||
      !flag(t, kwarg(a, "sort_keys"), &e.sort_keys)) {
    return false;
  }
  Object* cls = kwarg(a, "cls");
  if (cls && cls != None) {
    t.raise(exc::NotImplementedError, "json cls= is not supported yet");
    return false;
  }
  Object* indent = kwarg(a, "indent");
  if (indent && indent != None) {
    e.has_indent = true;
    if (indent->type == str_type) {
      e.indent = cast<Str>(indent)->text;
    } else {
      int64_t n;
      if (!as_index(t, indent, &n)) return false;
      if (n > 0) e.indent.append(static_cast<size_t>(n), ' ');
    }
    e.item_sep.assign(1, ',');  // (assigning a literal trips a GCC 12 -Wrestrict false positive)
  }
  Object* seps = kwarg(a, "separators");
  if (seps && seps != None) {
    std::vector<Value> parts;
    if (!collect(t, seps, &parts)) return false;
    if (parts.size() != 2) {
      t.raise(exc::ValueError, "too many values to unpack (expected 2)");
      return false;
    }
    if (parts[0]->type != str_type || parts[1]->type != str_type) {
      t.raise(exc::TypeError, "make_encoder() argument 6 must be str, not " + type_name(parts[parts[0]->type == str_type ? 1 : 0].get()));
      return false;
    }
    e.item_sep = cast<Str>(parts[0].get())->text;
    e.key_sep = cast<Str>(parts[1].get())->text;
  }
  Object* def = kwarg(a, "default");
  if (def && def != None) e.default_fn = Value::borrow(def);
  return true;
}

Value json_dumps(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs > 1) return t.raise(exc::TypeError, "dumps() takes 1 positional argument but " + std::to_string(a.nargs) + " were given");
  Object* obj = a.nargs ? a.arg(0) : kwarg(a, "obj");
  if (!obj) return t.raise(exc::TypeError, "dumps() missing 1 required positional argument: 'obj'");
  Encoder e(t);
  if (!configure(e, a, "dumps", 1)) return nullptr;
  if (!encode(e, obj, 0)) return nullptr;
  return make_str(std::move(e.out));
}

Value json_dump(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs > 2) return t.raise(exc::TypeError, "dump() takes 2 positional arguments but " + std::to_string(a.nargs) + " were given");
  Object* obj = a.nargs > 0 ? a.arg(0) : kwarg(a, "obj");
  Object* fp = a.nargs > 1 ? a.arg(1) : kwarg(a, "fp");
  if (!obj || !fp) {
    return t.raise(exc::TypeError, std::string("dump() missing ") + (obj ? "1 required positional argument: 'fp'" : "2 required positional arguments: 'obj' and 'fp'"));
  }
  Encoder e(t);
  if (!configure(e, a, "dump", 2)) return nullptr;
  if (!encode(e, obj, 0)) return nullptr;
  Value r = call_method(t, fp, "write", make_str(std::move(e.out)).get());
  if (!r) return nullptr;
  return none();
}

}  // namespace

void build_json_module(Module* m) {
  module_def(m, "dumps", json_dumps);
  module_def(m, "dump", json_dump);
  module_def(m, "loads", json_loads);
  module_def(m, "load", json_load);
  module_set(m, "JSONDecodeError", Value::borrow(json_decode_error_type()));
}

}  // namespace py
