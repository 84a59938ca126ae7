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
  std::vector<Value> items = is_tuple(o) ? cast<Tuple>(o)->items : cast<List>(o)->items;
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
  if (is_str(k)) {
    *out = cast<Str>(k)->text;
  } else if (is_float(k)) {
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
  if (e.has_indent) e.newline(level + 1);  // even when skipkeys drops every key, like CPython
  bool first = true;
  for (auto& pair : pairs) {
    Object* k = cast<Tuple>(pair.get())->items[0].get();
    Object* v = cast<Tuple>(pair.get())->items[1].get();
    std::string key;
    bool skip;
    if (!key_text(e, k, &key, &skip)) return false;
    if (skip) continue;
    if (!first) {
      e.out += e.item_sep;
      if (e.has_indent) e.newline(level + 1);
    }
    first = false;
    encode_string(key, e.ensure_ascii, e.out);
    e.out += e.key_sep;
    if (!encode(e, v, level + 1)) return false;
  }
  if (e.has_indent) e.newline(level);
  e.out += '}';
  e.stack.pop_back();
  return true;
}

bool encode(Encoder& e, Object* o, int level) {
  if (o == None) {
    e.out += "null";
  } else if (o == True || o == False) {
    e.out += o == True ? "true" : "false";
  } else if (is_str(o)) {
    encode_string(cast<Str>(o)->text, e.ensure_ascii, e.out);
  } else if (is_int(o)) {
    std::string s;
    if (!int_text(e.t, o, &s)) return false;
    e.out += s;
  } else if (is_float(o)) {
    std::string s;
    if (!float_text(e, cast<Float>(o)->value, &s)) return false;
    e.out += s;
  } else if (is_list(o) || is_tuple(o)) {
    return encode_list(e, o, level);
  } else if (is_dict(o)) {
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

// The options of an encoding, by name: dumps' keywords or a JSONEncoder's attributes. Null
// entries keep the defaults.
struct Options {
  Object *skipkeys = nullptr, *ensure_ascii = nullptr, *check_circular = nullptr, *allow_nan = nullptr, *sort_keys = nullptr;
  Object *indent = nullptr, *separators = nullptr, *item_sep = nullptr, *key_sep = nullptr, *default_fn = nullptr;
};

bool apply(Encoder& e, const Options& o) {
  Thread& t = e.t;
  if (!flag(t, o.skipkeys, &e.skipkeys) || !flag(t, o.ensure_ascii, &e.ensure_ascii) ||
      !flag(t, o.check_circular, &e.check_circular) || !flag(t, o.allow_nan, &e.allow_nan) || !flag(t, o.sort_keys, &e.sort_keys)) {
    return false;
  }
  if (o.indent && o.indent != None) {
    e.has_indent = true;
    if (o.indent->type == str_type) {
      e.indent = cast<Str>(o.indent)->text;
    } else {
      int64_t n;
      if (!as_index(t, o.indent, &n)) return false;
      if (n > 0) e.indent.append(static_cast<size_t>(n), ' ');
    }
    e.item_sep.assign(1, ',');  // (assigning a literal trips a GCC 12 -Wrestrict false positive)
  }
  std::vector<Value> parts;
  if (o.separators && o.separators != None) {
    if (!collect(t, o.separators, &parts)) return false;
    if (parts.size() != 2) {
      t.raise(exc::ValueError, parts.size() > 2 ? "too many values to unpack (expected 2)"
                                                : "not enough values to unpack (expected 2, got " + std::to_string(parts.size()) + ")");
      return false;
    }
  } else if (o.item_sep && o.key_sep) {
    parts = {Value::borrow(o.item_sep), Value::borrow(o.key_sep)};
  }
  if (!parts.empty()) {
    if (parts[0]->type != str_type || parts[1]->type != str_type) {
      t.raise(exc::TypeError, "make_encoder() argument 6 must be str, not " + type_name(parts[parts[0]->type == str_type ? 1 : 0].get()));
      return false;
    }
    e.item_sep = cast<Str>(parts[0].get())->text;
    e.key_sep = cast<Str>(parts[1].get())->text;
  }
  if (o.default_fn && o.default_fn != None) e.default_fn = Value::borrow(o.default_fn);
  return true;
}

const char* const kEncoderOptions[] = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent", "separators", "default", "sort_keys"};

bool unexpected_keywords(Thread& t, const CallArgs& a, std::initializer_list<const char*> also_allowed) {
  for (size_t k = 0; k < a.nkw(); ++k) {
    const std::string& n = cast<Str>(a.kwnames->items[k].get())->text;
    auto same = [&](const char* x) { return n == x; };
    if (std::none_of(std::begin(kEncoderOptions), std::end(kEncoderOptions), same) && std::none_of(also_allowed.begin(), also_allowed.end(), same)) {
      t.raise(exc::TypeError, "JSONEncoder.__init__() got an unexpected keyword argument '" + n + "'");
      return true;
    }
  }
  return false;
}

Options keyword_options(const CallArgs& a) {
  Options o;
  o.skipkeys = kwarg(a, "skipkeys");
  o.ensure_ascii = kwarg(a, "ensure_ascii");
  o.check_circular = kwarg(a, "check_circular");
  o.allow_nan = kwarg(a, "allow_nan");
  o.sort_keys = kwarg(a, "sort_keys");
  o.indent = kwarg(a, "indent");
  o.separators = kwarg(a, "separators");
  o.default_fn = kwarg(a, "default");
  return o;
}

// --- JSONEncoder: the class `cls=` names; subclasses override default() ------------------------------
Type* encoder_type = nullptr;

struct EncoderObject : Object {
  Ref<Dict> dict;       // the options, as attributes (CPython keeps them there too)
  Ref<Type> heap_type;  // a Python subclass stays alive while its instances do
  bool initialised = false;  // JSONEncoder.__init__ ran (see encode_with_class)
  explicit EncoderObject(Type* t) : Object(t), dict(make_dict()) {}
};

Value encoder_init(Thread& t, Object* self, const CallArgs& a);

Value encoder_alloc(Thread& t, Type* cls) {
  auto e = make<EncoderObject>(cls);
  if (cls != encoder_type) e->heap_type = Ref<Type>::borrow(cls);
  if (!encoder_init(t, e.get(), CallArgs{})) return nullptr;  // the defaults
  e->initialised = false;
  return e;
}
Dict* encoder_dict(Object* o) { return cast<EncoderObject>(o)->dict.get(); }

Value encoder_init(Thread& t, Object* self, const CallArgs& a) {
  cast<EncoderObject>(self)->initialised = true;
  if (a.nargs > 0) {
    return t.raise(exc::TypeError, "JSONEncoder.__init__() takes 1 positional argument but " + std::to_string(a.nargs + 1) + " were given");
  }
  if (unexpected_keywords(t, a, {})) return nullptr;
  Dict* d = encoder_dict(self);
  auto set = [&](const char* name, Object* given, Value fallback) { dict_set_str(d, name, given ? given : fallback.get()); };
  set("skipkeys", kwarg(a, "skipkeys"), boolean(false));
  set("ensure_ascii", kwarg(a, "ensure_ascii"), boolean(true));
  set("check_circular", kwarg(a, "check_circular"), boolean(true));
  set("allow_nan", kwarg(a, "allow_nan"), boolean(true));
  set("sort_keys", kwarg(a, "sort_keys"), boolean(false));
  Object* indent = kwarg(a, "indent");
  set("indent", indent, none());
  Object* seps = kwarg(a, "separators");
  if (seps && seps != None) {
    std::vector<Value> parts;
    if (!collect(t, seps, &parts)) return nullptr;
    if (parts.size() != 2) return t.raise(exc::ValueError, "too many values to unpack (expected 2)");
    dict_set_str(d, "item_separator", parts[0].get());
    dict_set_str(d, "key_separator", parts[1].get());
  } else {
    dict_set_str(d, "item_separator", make_str(indent && indent != None ? "," : ", ").get());
    dict_set_str(d, "key_separator", make_str(": ").get());
  }
  Object* def = kwarg(a, "default");
  if (def && def != None) dict_set_str(d, "default", def);
  return none();
}
Value encoder_new(Thread& t, Type* cls, const CallArgs& a) {
  Value self = encoder_alloc(t, cls);
  if (!encoder_init(t, self.get(), a)) return nullptr;
  return self;
}
Value encoder_default(Thread& t, Object*, const CallArgs& a) {
  if (!positional_args(t, a, "default", 1, 1)) return nullptr;
  return t.raise(exc::TypeError, "Object of type " + type_name(a.arg(0)) + " is not JSON serializable");
}
Value encoder_encode(Thread& t, Object* self, const CallArgs& a) {
  if (!positional_args(t, a, "encode", 1, 1)) return nullptr;
  std::vector<Value> keep;
  auto attr = [&](const char* name) -> Object* {
    Value v = lookup_attr(t, self, intern(name).get());
    keep.push_back(v);
    return v.get();
  };
  Options o;
  o.skipkeys = attr("skipkeys");
  o.ensure_ascii = attr("ensure_ascii");
  o.check_circular = attr("check_circular");
  o.allow_nan = attr("allow_nan");
  o.sort_keys = attr("sort_keys");
  o.indent = attr("indent");
  o.item_sep = attr("item_separator");
  o.key_sep = attr("key_separator");
  o.default_fn = attr("default");
  if (t.has_exception()) return nullptr;
  Encoder e(t);
  if (!apply(e, o) || !encode(e, a.arg(0), 0)) return nullptr;
  return make_str(std::move(e.out));
}

Type* encoder_type_object() {
  static const bool once = [] {
    encoder_type = make_native_type("json.encoder.JSONEncoder", "json.encoder");
    encoder_type->alloc = encoder_alloc;
    encoder_type->instance_dict = encoder_dict;
    encoder_type->construct = encoder_new;
    encoder_type->getattr = generic_getattr;
    encoder_type->setattr = generic_setattr;
    add_method(encoder_type, "__init__", encoder_init);
    add_method(encoder_type, "default", encoder_default);
    add_method(encoder_type, "encode", encoder_encode);
    inherit_slots(encoder_type);
    return true;
  }();
  (void)once;
  return encoder_type;
}

// cls(skipkeys=..., …, **kw).encode(obj), as dumps does when given cls.
Value encode_with_class(Thread& t, Object* cls, Object* obj, const CallArgs& a) {
  std::vector<Value> names, values;
  Options o = keyword_options(a);
  Object* given[] = {o.skipkeys, o.ensure_ascii, o.check_circular, o.allow_nan, o.indent, o.separators, o.default_fn, o.sort_keys};
  Value defaults[] = {boolean(false), boolean(true), boolean(true), boolean(true), none(), none(), none(), boolean(false)};
  for (size_t i = 0; i < 8; ++i) {
    names.push_back(intern(kEncoderOptions[i]));
    values.push_back(given[i] ? Value::borrow(given[i]) : defaults[i]);
  }
  for (size_t k = 0; k < a.nkw(); ++k) {  // the rest of **kw goes to cls
    const std::string& n = cast<Str>(a.kwnames->items[k].get())->text;
    if (n == "obj" || n == "fp" || n == "cls" ||
        std::any_of(std::begin(kEncoderOptions), std::end(kEncoderOptions), [&](const char* x) { return n == x; })) {
      continue;
    }
    names.push_back(a.kwnames->items[k]);
    values.push_back(Value::borrow(a.kwvalue(k)));
  }
  std::vector<Object*> raw;
  for (auto& v : values) raw.push_back(v.get());
  auto kwnames = make_tuple(std::move(names));
  CallArgs ca;
  ca.args = raw.data();
  ca.kwnames = kwnames.get();
  Value encoder = call(t, cls, ca);
  if (!encoder) return nullptr;
  // A Python subclass without its own __init__ is created without running the native one
  // (class_object.cpp's instance_new only calls Python __init__s): apply the options here.
  if (isinstance(encoder.get(), encoder_type_object()) && !cast<EncoderObject>(encoder.get())->initialised) {
    CallArgs options = ca;
    auto option_names = make_tuple(std::vector<Value>(kwnames->items.begin(), kwnames->items.begin() + 8));
    options.kwnames = option_names.get();
    if (!encoder_init(t, encoder.get(), options)) return nullptr;
  }
  return call_method(t, encoder.get(), "encode", obj);
}

// dumps/dump's text for obj: through cls when given, else directly.
Value dumps_text(Thread& t, Object* obj, const CallArgs& a, std::initializer_list<const char*> positional_names) {
  Object* cls = kwarg(a, "cls");
  if (cls && cls != None) return encode_with_class(t, cls, obj, a);
  std::vector<const char*> allowed(positional_names);
  allowed.push_back("cls");
  for (size_t k = 0; k < a.nkw(); ++k) {
    const std::string& n = cast<Str>(a.kwnames->items[k].get())->text;
    if (std::any_of(allowed.begin(), allowed.end(), [&](const char* x) { return n == x; })) continue;
    if (std::none_of(std::begin(kEncoderOptions), std::end(kEncoderOptions), [&](const char* x) { return n == x; })) {
      return t.raise(exc::TypeError, "JSONEncoder.__init__() got an unexpected keyword argument '" + n + "'");
    }
  }
  Encoder e(t);
  if (!apply(e, keyword_options(a)) || !encode(e, obj, 0)) return nullptr;
  return make_str(std::move(e.out));
}

Value json_dumps(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs > 1) return t.raise(exc::TypeError, "dumps() takes 1 positional argument but " + std::to_string(a.nargs) + " were given");
  Object* obj = a.nargs ? a.arg(0) : kwarg(a, "obj");
  if (!obj) return t.raise(exc::TypeError, "dumps() missing 1 required positional argument: 'obj'");
  return dumps_text(t, obj, a, {"obj"});
}

Value json_dump(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs > 2) return t.raise(exc::TypeError, "dump() takes 2 positional arguments but " + std::to_string(a.nargs) + " were given");
  Object* obj = a.nargs > 0 ? a.arg(0) : kwarg(a, "obj");
  Object* fp = a.nargs > 1 ? a.arg(1) : kwarg(a, "fp");
  if (!obj || !fp) {
    return t.raise(exc::TypeError, std::string("dump() missing ") + (obj ? "1 required positional argument: 'fp'" : "2 required positional arguments: 'obj' and 'fp'"));
  }
  Value text = dumps_text(t, obj, a, {"obj", "fp"});
  if (!text) return nullptr;
  Value r = call_method(t, fp, "write", text.get());
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
  module_set(m, "JSONEncoder", Value::borrow(encoder_type_object()));
  module_set(m, "JSONDecoder", Value::borrow(decoder_type_object()));
}

}  // namespace py
