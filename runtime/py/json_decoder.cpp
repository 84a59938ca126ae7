// json.loads/load: a recursive-descent scanner with the rules of CPython's C scanner, so the
// same inputs fail with the same JSONDecodeError text ("Expecting ',' delimiter: line 1
// column 4 (char 3)"); positions are counted in code points like CPython's str indices.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "py/abstract.hpp"
#include "py/float_repr.hpp"
#include "py/json.hpp"
#include "py/native_modules.hpp"
#include "py/native_args.hpp"
#include "py/source.hpp"

namespace py {

namespace {

Type* decode_error_type = nullptr;

struct Decoder {
  Thread& t;
  const std::string& s;  // UTF-8
  Value object_hook, pairs_hook, parse_float, parse_int;
  bool strict = true;  // control characters inside strings are errors
  int depth = 0;
  Decoder(Thread& thread, const std::string& text) : t(thread), s(text) {}
};

// JSONDecodeError(msg, doc, pos): the byte offset `pos` becomes a code point index (an offset
// past the end counts one per byte, for raw_decode's idx).
std::nullptr_t fail(Decoder& d, const char* msg, size_t pos) {
  int64_t cp = utf8_length(std::string_view(d.s).substr(0, pos));
  if (pos > d.s.size()) cp += static_cast<int64_t>(pos - d.s.size());
  int64_t line = 1, col_start = 0, i = 0;
  for (size_t b = 0; b < pos && b < d.s.size();) {
    int32_t c = utf8_decode(d.s, b);
    ++i;
    if (c == '\n') {
      ++line;
      col_start = i;
    }
  }
  int64_t col = cp - col_start + 1;
  std::string text = std::string(msg) + ": line " + std::to_string(line) + " column " + std::to_string(col) + " (char " +
                     std::to_string(cp) + ")";
  auto e = make<BaseException>(json_decode_error_type(), make_tuple({make_str(text)}));
  e->dict = make_dict();
  dict_set_str(e->dict.get(), "msg", make_str(msg).get());
  dict_set_str(e->dict.get(), "doc", make_str(d.s).get());
  dict_set_str(e->dict.get(), "pos", make_int(cp).get());
  dict_set_str(e->dict.get(), "lineno", make_int(line).get());
  dict_set_str(e->dict.get(), "colno", make_int(col).get());
  d.t.set_exception(std::move(e));
  return nullptr;
}

size_t skip_ws(const std::string& s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  return i;
}

int hex4(const std::string& s, size_t i) {
  if (i + 4 > s.size()) return -1;
  int v = 0;
  for (size_t k = i; k < i + 4; ++k) {
    char c = s[k];
    int h = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

// The string whose opening quote is at s[begin - 1]; *end: just past the closing quote.
Value scan_string(Decoder& d, size_t begin, size_t* end) {
  const std::string& s = d.s;
  std::string out;
  size_t i = begin;
  for (;;) {
    size_t chunk = i;
    while (i < s.size() && s[i] != '"' && s[i] != '\\' && (static_cast<unsigned char>(s[i]) >= 0x20 || !d.strict)) ++i;
    out.append(s, chunk, i - chunk);
    if (i >= s.size()) return fail(d, "Unterminated string starting at", begin - 1);
    char c = s[i];
    if (c == '"') {
      *end = i + 1;
      return make_str(std::move(out));
    }
    if (c != '\\') return fail(d, "Invalid control character at", i);
    ++i;
    if (i >= s.size()) return fail(d, "Unterminated string starting at", begin - 1);
    char esc = s[i];
    if (esc != 'u') {
      const char* table = "\"\"\\\\//b\bf\fn\nr\rt\t";
      const char* hit = nullptr;
      for (const char* p = table; *p; p += 2) {
        if (*p == esc) hit = p + 1;
      }
      if (!hit) return fail(d, "Invalid \\escape", i - 1);
      out += *hit;
      ++i;
      continue;
    }
    ++i;  // past 'u'
    int cp = hex4(s, i);
    if (cp < 0) return fail(d, "Invalid \\uXXXX escape", i - 1);
    i += 4;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.size() && s[i] == '\\' && s[i + 1] == 'u') {
      int low = hex4(s, i + 2);
      if (low < 0) return fail(d, "Invalid \\uXXXX escape", i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + (((cp - 0xd800) << 10) | (low - 0xdc00));
        i += 6;
      }
    }
    utf8_append(out, static_cast<uint32_t>(cp));
  }
}

Value scan(Decoder& d, size_t i, size_t* end);

Value scan_object(Decoder& d, size_t i, size_t* end) {
  const std::string& s = d.s;
  auto dict = make_dict();
  std::vector<Value> pairs;
  i = skip_ws(s, i);
  if (i < s.size() && s[i] == '}') {
    *end = i + 1;
  } else {
    for (;;) {
      if (i >= s.size() || s[i] != '"') return fail(d, "Expecting property name enclosed in double quotes", i);
      Value key = scan_string(d, i + 1, &i);
      if (!key) return nullptr;
      key = intern(cast<Str>(key.get())->text);
      i = skip_ws(s, i);
      if (i >= s.size() || s[i] != ':') return fail(d, "Expecting ':' delimiter", i);
      i = skip_ws(s, i + 1);
      Value value = scan(d, i, &i);
      if (!value) return d.t.has_exception() ? nullptr : fail(d, "Expecting value", i);
      if (d.pairs_hook) pairs.push_back(make_tuple({key, value}));
      else if (!dict_set(d.t, dict.get(), key.get(), value.get())) return nullptr;
      i = skip_ws(s, i);
      if (i < s.size() && s[i] == '}') {
        *end = i + 1;
        break;
      }
      if (i >= s.size() || s[i] != ',') return fail(d, "Expecting ',' delimiter", i);
      i = skip_ws(s, i + 1);
    }
  }
  if (d.pairs_hook) return call1(d.t, d.pairs_hook.get(), make_list(std::move(pairs)).get());
  if (d.object_hook) return call1(d.t, d.object_hook.get(), dict.get());
  return dict;
}

Value scan_array(Decoder& d, size_t i, size_t* end) {
  const std::string& s = d.s;
  std::vector<Value> items;
  i = skip_ws(s, i);
  if (i < s.size() && s[i] == ']') {
    *end = i + 1;
    return make_list();
  }
  for (;;) {
    Value value = scan(d, i, &i);
    if (!value) return d.t.has_exception() ? nullptr : fail(d, "Expecting value", i);
    items.push_back(value);
    i = skip_ws(s, i);
    if (i < s.size() && s[i] == ']') {
      *end = i + 1;
      return make_list(std::move(items));
    }
    if (i >= s.size() || s[i] != ',') return fail(d, "Expecting ',' delimiter", i);
    i = skip_ws(s, i + 1);
  }
}

bool is_digit(const std::string& s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

// A number per the JSON grammar; null with no exception when s[i] doesn't start one.
Value scan_number(Decoder& d, size_t start, size_t* end) {
  const std::string& s = d.s;
  size_t i = start;
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0') ++i;
  else if (is_digit(s, i) && s[i] != '0') {
    while (is_digit(s, i)) ++i;
  } else {
    return nullptr;
  }
  bool is_float = false;
  if (i + 1 < s.size() && s[i] == '.' && is_digit(s, i + 1)) {
    is_float = true;
    i += 2;
    while (is_digit(s, i)) ++i;
  }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t e = i + 1;
    if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
    if (is_digit(s, e)) {
      while (is_digit(s, e)) ++e;
      is_float = true;
      i = e;
    }
  }
  *end = i;
  std::string text = s.substr(start, i - start);
  if (is_float) {
    if (d.parse_float) return call1(d.t, d.parse_float.get(), make_str(text).get());
    auto v = parse_float(text);
    return make_float(v ? *v : NAN);
  }
  if (d.parse_int) return call1(d.t, d.parse_int.get(), make_str(text).get());
  auto v = BigInt::parse(text);
  if (!v) return d.t.raise(exc::ValueError, v.error().message);
  return make_int(std::move(*v));
}

bool starts(const std::string& s, size_t i, const char* word) { return s.compare(i, std::strlen(word), word) == 0; }

// One value at s[i]; null with no exception pending: nothing there ("Expecting value").
Value scan(Decoder& d, size_t i, size_t* end) {
  const std::string& s = d.s;
  if (i >= s.size()) return nullptr;
  switch (s[i]) {
    case '"': return scan_string(d, i + 1, end);
    case '{':
    case '[': {
      if (++d.depth > 900) {
        return d.t.raise(exc::RecursionError, "maximum recursion depth exceeded while decoding a JSON " +
                                                  std::string(s[i] == '{' ? "object" : "array") + " from a unicode string");
      }
      Value v = s[i] == '{' ? scan_object(d, i + 1, end) : scan_array(d, i + 1, end);
      --d.depth;
      return v;
    }
    default: break;
  }
  struct Constant {
    const char* word;
    int kind;  // 0 null, 1 true, 2 false, 3 NaN, 4 Infinity, 5 -Infinity
  };
  static const Constant kConstants[] = {{"null", 0}, {"true", 1}, {"false", 2}, {"NaN", 3}, {"Infinity", 4}, {"-Infinity", 5}};
  for (const Constant& c : kConstants) {
    if (!starts(s, i, c.word)) continue;
    *end = i + std::strlen(c.word);
    switch (c.kind) {
      case 0: return none();
      case 1: return boolean(true);
      case 2: return boolean(false);
      default: break;
    }
    double v = c.kind == 3 ? NAN : c.kind == 4 ? INFINITY : -INFINITY;
    return make_float(v);
  }
  return scan_number(d, i, end);
}

bool configure(Decoder& d, const CallArgs& a, const char* fname) {
  static const char* const kKnown[] = {"s", "fp", "cls", "object_hook", "parse_float", "parse_int", "parse_constant",
                                       "object_pairs_hook", "strict"};
  (void)fname;
  for (size_t k = 0; k < a.nkw(); ++k) {
    const std::string& n = cast<Str>(a.kwnames->items[k].get())->text;
    if (std::none_of(std::begin(kKnown), std::end(kKnown), [&](const char* x) { return n == x; })) {
      d.t.raise(exc::TypeError, "JSONDecoder.__init__() got an unexpected keyword argument '" + n + "'");
      return false;
    }
  }
  auto hook = [&](const char* name, Value* out) {
    Object* v = kwarg(a, name);
    if (v && v != None) *out = Value::borrow(v);
  };
  hook("object_hook", &d.object_hook);
  hook("object_pairs_hook", &d.pairs_hook);
  hook("parse_float", &d.parse_float);
  hook("parse_int", &d.parse_int);
  if (Object* strict = kwarg(a, "strict")) {
    int b = truth(d.t, strict);
    if (b < 0) return false;
    d.strict = b;
  }
  Object* constant = kwarg(a, "parse_constant");
  if (constant && constant != None) {
    d.t.raise(exc::NotImplementedError, "json parse_constant= is not supported yet");
    return false;
  }
  return true;
}

// The whole text as one value (whitespace around it allowed): JSONDecoder.decode.
Value decode_document(Decoder& d) {
  size_t i = skip_ws(d.s, 0), end = i;
  Value v = scan(d, i, &end);
  if (!v) return d.t.has_exception() ? nullptr : fail(d, "Expecting value", i);
  end = skip_ws(d.s, end);
  if (end != d.s.size()) return fail(d, "Extra data", end);
  return v;
}

// --- JSONDecoder: the object loads(cls=...) builds; decode() and raw_decode() --------------------------
Type* decoder_type = nullptr;

struct DecoderObject : Object {
  Value object_hook, pairs_hook, parse_float, parse_int;
  bool strict = true;
  DecoderObject() : Object(decoder_type) {}
};

Value decoder_new(Thread& t, Type*, const CallArgs& a) {
  if (a.nargs) {
    return t.raise(exc::TypeError, "JSONDecoder.__init__() takes 1 positional argument but " + std::to_string(a.nargs + 1) + " were given");
  }
  static const std::string empty;
  Decoder options(t, empty);
  if (!configure(options, a, "JSONDecoder")) return nullptr;
  if (kwarg(a, "s") || kwarg(a, "fp") || kwarg(a, "cls")) {
    return t.raise(exc::TypeError, "JSONDecoder.__init__() got an unexpected keyword argument '" +
                                       std::string(kwarg(a, "s") ? "s" : kwarg(a, "fp") ? "fp" : "cls") + "'");
  }
  auto d = make<DecoderObject>();
  d->object_hook = options.object_hook;
  d->pairs_hook = options.pairs_hook;
  d->parse_float = options.parse_float;
  d->parse_int = options.parse_int;
  d->strict = options.strict;
  return d;
}
bool decoder_text(Thread& t, const CallArgs& a, const char* fname, size_t hi, const std::string** out) {
  if (!positional_args(t, a, fname, 1, hi)) return false;
  if (a.arg(0)->type != str_type) {
    t.raise(exc::TypeError, "expected string or bytes-like object, got '" + type_name(a.arg(0)) + "'");
    return false;
  }
  *out = &cast<Str>(a.arg(0))->text;
  return true;
}
void take_options(Decoder& d, Object* self) {
  auto* o = cast<DecoderObject>(self);
  d.object_hook = o->object_hook;
  d.pairs_hook = o->pairs_hook;
  d.parse_float = o->parse_float;
  d.parse_int = o->parse_int;
  d.strict = o->strict;
}
Value decoder_decode(Thread& t, Object* self, const CallArgs& a) {
  const std::string* text;
  if (!decoder_text(t, a, "decode", 1, &text)) return nullptr;
  Decoder d(t, *text);
  take_options(d, self);
  return decode_document(d);
}
// raw_decode(s, idx=0) -> (value, end): no whitespace skipping; positions in code points.
Value decoder_raw_decode(Thread& t, Object* self, const CallArgs& a) {
  const std::string* text;
  if (!decoder_text(t, a, "raw_decode", 2, &text)) return nullptr;
  int64_t idx = 0;
  if (a.nargs > 1 && !as_index(t, a.arg(1), &idx)) return nullptr;
  if (idx < 0) return t.raise(exc::ValueError, "idx cannot be negative");
  Decoder d(t, *text);
  take_options(d, self);
  size_t byte = 0;
  for (int64_t k = 0; k < idx; ++k) {
    if (byte >= text->size()) {
      byte += static_cast<size_t>(idx - k);
      break;
    }
    utf8_decode(*text, byte);
  }
  size_t end = byte;
  Value v = byte < text->size() ? scan(d, byte, &end) : nullptr;
  if (!v) return t.has_exception() ? nullptr : fail(d, "Expecting value", byte);
  return make_tuple({v, make_int(utf8_length(std::string_view(*text).substr(0, end)))});
}

// loads(s, cls=C, **kw): C(**kw).decode(s).
Value decode_with_class(Thread& t, Object* cls, Object* doc, const CallArgs& a) {
  if (doc->type != str_type) {
    return t.raise(exc::TypeError, "the JSON object must be str, bytes or bytearray, not " + type_name(doc));
  }
  std::vector<Value> names;
  std::vector<Object*> values;
  for (size_t k = 0; k < a.nkw(); ++k) {
    const std::string& n = cast<Str>(a.kwnames->items[k].get())->text;
    if (n == "s" || n == "fp" || n == "cls") continue;
    names.push_back(a.kwnames->items[k]);
    values.push_back(a.kwvalue(k));
  }
  auto kwnames = make_tuple(std::move(names));
  CallArgs ca;
  ca.args = values.data();
  ca.kwnames = kwnames.get();
  Value decoder = call(t, cls, ca);
  if (!decoder) return nullptr;
  return call_method(t, decoder.get(), "decode", doc);
}

Value decode(Thread& t, Object* doc, const CallArgs& a, const char* fname) {
  Object* cls = kwarg(a, "cls");
  if (cls && cls != None) return decode_with_class(t, cls, doc, a);
  if (doc->type != str_type) {
    return t.raise(exc::TypeError, "the JSON object must be str, bytes or bytearray, not " + type_name(doc));
  }
  const std::string& s = cast<Str>(doc)->text;
  Decoder d(t, s);
  if (!configure(d, a, fname)) return nullptr;
  if (s.compare(0, 3, "\xEF\xBB\xBF") == 0) return fail(d, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
  return decode_document(d);
}

}  // namespace

Type* decoder_type_object() {
  static const bool once = [] {
    decoder_type = make_native_type("json.decoder.JSONDecoder", "json.decoder");
    decoder_type->construct = decoder_new;
    add_method(decoder_type, "decode", decoder_decode);
    add_method(decoder_type, "raw_decode", decoder_raw_decode);
    inherit_slots(decoder_type);
    return true;
  }();
  (void)once;
  return decoder_type;
}

Type* json_decode_error_type() {
  static const bool once = [] {
    Type* ty = decode_error_type = new Type(type_type, "JSONDecodeError", exc::ValueError);
    ty->refcnt = kImmortal;
    ty->is_base_exception = true;
    ty->is_builtin = false;
    ty->dict = make_dict();
    dict_set_str(ty->dict.get(), "__module__", intern("json.decoder").get());
    inherit_slots(ty);
    return true;
  }();
  (void)once;
  return decode_error_type;
}

Value json_loads(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs > 1) return t.raise(exc::TypeError, "loads() takes 1 positional argument but " + std::to_string(a.nargs) + " were given");
  Object* s = a.nargs ? a.arg(0) : kwarg(a, "s");
  if (!s) return t.raise(exc::TypeError, "loads() missing 1 required positional argument: 's'");
  return decode(t, s, a, "loads");
}

Value json_load(Thread& t, Object*, const CallArgs& a) {
  if (a.nargs > 1) return t.raise(exc::TypeError, "load() takes 1 positional argument but " + std::to_string(a.nargs) + " were given");
  Object* fp = a.nargs ? a.arg(0) : kwarg(a, "fp");
  if (!fp) return t.raise(exc::TypeError, "load() missing 1 required positional argument: 'fp'");
  Value text = call_method(t, fp, "read");
  if (!text) return nullptr;
  return decode(t, text.get(), a, "load");
}

}  // namespace py
