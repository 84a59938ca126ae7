// string: the character-class constants, capwords, and Template ($-substitution with CPython's
// default pattern; subclasses with another delimiter or idpattern are not supported).
#include <algorithm>

#include "py/abstract.hpp"
#include "py/source.hpp"
#include "py/native_args.hpp"
#include "py/native_modules.hpp"

namespace py {

namespace {

const char* const kLower = "abcdefghijklmnopqrstuvwxyz";
const char* const kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const char* const kDigits = "0123456789";
const char* const kPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const char* const kWhitespace = " \t\n\r\x0b\x0c";

// capwords(s, sep=None): sep.join(word.capitalize() for word in s.split(sep)), sep None -> ' '.
Value string_capwords(Thread& t, Object*, const CallArgs& a) {
  Object* args[2];
  if (!parse_args(t, a, "capwords", {"s", "sep"}, 1, args)) return nullptr;
  Object* sep = args[1] && args[1] != None ? args[1] : nullptr;
  Value words = sep ? call_method(t, args[0], "split", sep) : call_method(t, args[0], "split");
  if (!words) return nullptr;
  std::vector<Value> items;
  if (!collect(t, words.get(), &items)) return nullptr;
  for (auto& w : items) {
    w = call_method(t, w.get(), "capitalize");
    if (!w) return nullptr;
  }
  Value joiner = sep ? Value::borrow(sep) : Value(make_str(" "));
  return call_method(t, joiner.get(), "join", make_list(std::move(items)).get());
}

// --- Template ----------------------------------------------------------------------------------
Type* template_type = nullptr;

struct Template : Object {
  Value text;
  Template() : Object(template_type) {}
};

// One placeholder of the default pattern: $$, $name, ${name}, or an invalid lone $.
struct Placeholder {
  enum Kind { Escaped, Named, Invalid } kind;
  size_t start, end;  // the match, in bytes
  std::string name;
};

bool id_start(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool id_char(char c) { return id_start(c) || (c >= '0' && c <= '9'); }

std::vector<Placeholder> scan_template(const std::string& s) {
  std::vector<Placeholder> out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '$') continue;
    size_t j = i + 1;
    if (j < s.size() && s[j] == '$') {
      out.push_back({Placeholder::Escaped, i, j + 1, ""});
      i = j;
    } else if (j < s.size() && id_start(s[j])) {
      size_t k = j;
      while (k < s.size() && id_char(s[k])) ++k;
      out.push_back({Placeholder::Named, i, k, s.substr(j, k - j)});
      i = k - 1;
    } else if (j + 1 < s.size() && s[j] == '{' && id_start(s[j + 1])) {
      size_t k = j + 1;
      while (k < s.size() && id_char(s[k])) ++k;
      if (k < s.size() && s[k] == '}') {
        out.push_back({Placeholder::Named, i, k + 1, s.substr(j + 1, k - j - 1)});
        i = k;
      } else {
        out.push_back({Placeholder::Invalid, i, j, ""});
      }
    } else {
      out.push_back({Placeholder::Invalid, i, j, ""});
    }
  }
  return out;
}

bool template_text(Thread& t, Object* self, const std::string** out) {
  Object* text = cast<Template>(self)->text.get();
  if (text->type != str_type) {
    t.raise(exc::TypeError, "expected string or bytes-like object, got '" + type_name(text) + "'");
    return false;
  }
  *out = &cast<Str>(text)->text;
  return true;
}

std::nullptr_t invalid_placeholder(Thread& t, const std::string& s, size_t byte_pos) {
  std::string_view before = std::string_view(s).substr(0, byte_pos);
  int64_t line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < before.size(); ++i) {
    bool crlf = before[i] == '\r' && i + 1 < before.size() && before[i + 1] == '\n';
    if (crlf) ++i;
    if (before[i] == '\n' || before[i] == '\r') {
      if (i + 1 < before.size()) {
        ++line;
        line_start = i + 1;
      }
    }
  }
  int64_t col = utf8_length(before.substr(line_start));
  return t.raise(exc::ValueError, "Invalid placeholder in string: line " + std::to_string(line) + ", col " + std::to_string(col));
}

template <bool Safe>
Value template_substitute(Thread& t, Object* self, const CallArgs& a) {
  const char* name = Safe ? "safe_substitute" : "substitute";
  if (a.nargs > 1) {
    return t.raise(exc::TypeError, std::string("Template.") + name + "() takes from 1 to 2 positional arguments but " +
                                       std::to_string(a.nargs + 1) + " were given");
  }
  const std::string* text;
  if (!template_text(t, self, &text)) return nullptr;
  Object* mapping = a.nargs ? a.arg(0) : nullptr;
  std::string out;
  size_t pos = 0;
  for (const Placeholder& p : scan_template(*text)) {
    out.append(*text, pos, p.start - pos);
    pos = p.end;
    if (p.kind == Placeholder::Escaped) {
      out += '$';
      continue;
    }
    if (p.kind == Placeholder::Invalid) {
      if (!Safe) return invalid_placeholder(t, *text, p.end);
      out += '$';
      continue;
    }
    Value value;
    if (Object* kw = kwarg(a, p.name.c_str())) value = Value::borrow(kw);
    else if (mapping) value = getitem(t, mapping, make_str(p.name).get());
    else if (!Safe) return t.raise_object(make<BaseException>(exc::KeyError, make_tuple({make_str(p.name)})).get());
    if (!value && Safe) {
      if (t.has_exception() && !t.exception_matches(exc::KeyError)) return nullptr;
      t.take_exception();
      out.append(*text, p.start, p.end - p.start);
      continue;
    }
    if (!value) return nullptr;
    std::string piece;
    if (!str_text(t, value.get(), &piece)) return nullptr;
    out += piece;
  }
  out.append(*text, pos, std::string::npos);
  return make_str(std::move(out));
}
Value template_get_identifiers(Thread& t, Object* self, const CallArgs&) {
  const std::string* text;
  if (!template_text(t, self, &text)) return nullptr;
  std::vector<std::string> seen;
  std::vector<Value> out;
  for (const Placeholder& p : scan_template(*text)) {
    if (p.kind != Placeholder::Named || std::find(seen.begin(), seen.end(), p.name) != seen.end()) continue;
    seen.push_back(p.name);
    out.push_back(make_str(p.name));
  }
  return make_list(std::move(out));
}
Value template_is_valid(Thread& t, Object* self, const CallArgs&) {
  const std::string* text;
  if (!template_text(t, self, &text)) return nullptr;
  for (const Placeholder& p : scan_template(*text)) {
    if (p.kind == Placeholder::Invalid) return boolean(false);
  }
  return boolean(true);
}
Value template_new(Thread& t, Type*, const CallArgs& a) {
  Object* args[1];
  if (a.nargs == 0 && !kwarg(a, "template")) {
    return t.raise(exc::TypeError, "Template.__init__() missing 1 required positional argument: 'template'");
  }
  if (!parse_args(t, a, "Template.__init__", {"template"}, 1, args)) return nullptr;
  auto tp = make<Template>();
  tp->text = Value::borrow(args[0]);
  return tp;
}
Value template_getattr(Thread& t, Object* o, Str* name) {
  if (name->text == "template") return cast<Template>(o)->text;
  if (name->text == "delimiter") return make_str("$");
  return generic_getattr(t, o, name);
}

Type* template_type_object() {
  static const bool once = [] {
    template_type = make_native_type("string.Template", "string");
    template_type->construct = template_new;
    template_type->getattr = template_getattr;
    add_method(template_type, "substitute", template_substitute<false>);
    add_method(template_type, "safe_substitute", template_substitute<true>);
    add_method(template_type, "get_identifiers", template_get_identifiers);
    add_method(template_type, "is_valid", template_is_valid);
    inherit_slots(template_type);
    return true;
  }();
  (void)once;
  return template_type;
}

}  // namespace

void build_string_module(Module* m) {
  std::string letters = std::string(kLower) + kUpper;
  module_set(m, "ascii_lowercase", make_str(kLower));
  module_set(m, "ascii_uppercase", make_str(kUpper));
  module_set(m, "ascii_letters", make_str(letters));
  module_set(m, "digits", make_str(kDigits));
  module_set(m, "hexdigits", make_str("0123456789abcdefABCDEF"));
  module_set(m, "octdigits", make_str("01234567"));
  module_set(m, "punctuation", make_str(kPunctuation));
  module_set(m, "whitespace", make_str(kWhitespace));
  module_set(m, "printable", make_str(std::string(kDigits) + letters + kPunctuation + kWhitespace));
  module_def(m, "capwords", string_capwords);
  module_set(m, "Template", Value::borrow(template_type_object()));
}

}  // namespace py
