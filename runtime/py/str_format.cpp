// str.format(): replacement fields {}, {0}, {name}, {x.attr}, {x[key]}, !r/!s/!a, nested specs.
#include "py/abstract.hpp"
#include "py/objects.hpp"
#include "py/thread.hpp"

namespace py {

Value format_builtin(Thread& t, Object* value, Str* spec);  // builtins.cpp

namespace {

struct Formatter {
  Thread& t;
  const CallArgs& a;  // a.arg(0) is the format string's self? no: positional args follow self
  size_t auto_index = 0;
  bool used_auto = false, used_manual = false;

  Value lookup_field(const std::string& field) {
    size_t i = 0;
    while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
    std::string first = field.substr(0, i);
    Value obj;
    if (first.empty()) {
      if (used_manual) return t.raise(exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
      used_auto = true;
      if (auto_index >= a.nargs) return t.raise(exc::IndexError, "Replacement index " + std::to_string(auto_index) + " out of range for positional args tuple");
      obj = Value::borrow(a.arg(auto_index++));
    } else if (std::isdigit(static_cast<unsigned char>(first[0]))) {
      if (used_auto) return t.raise(exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
      used_manual = true;
      size_t n = std::stoul(first);
      if (n >= a.nargs) return t.raise(exc::IndexError, "Replacement index " + std::to_string(n) + " out of range for positional args tuple");
      obj = Value::borrow(a.arg(n));
    } else {
      for (size_t k = 0; k < a.nkw(); ++k) {
        if (cast<Str>(a.kwnames->items[k].get())->text == first) obj = Value::borrow(a.kwvalue(k));
      }
      if (!obj) return t.raise(exc::KeyError, "'" + first + "'");
    }
    while (i < field.size()) {
      if (field[i] == '.') {
        size_t j = i + 1;
        while (j < field.size() && field[j] != '.' && field[j] != '[') ++j;
        obj = getattr(t, obj.get(), intern(field.substr(i + 1, j - i - 1)).get());
        if (!obj) return nullptr;
        i = j;
      } else {
        size_t j = field.find(']', i);
        if (j == std::string::npos) return t.raise(exc::ValueError, "Missing ']' in format string");
        std::string key = field.substr(i + 1, j - i - 1);
        Value k = !key.empty() && std::isdigit(static_cast<unsigned char>(key[0])) ? make_int(std::stoll(key)) : Value(make_str(key));
        obj = getitem(t, obj.get(), k.get());
        if (!obj) return nullptr;
        i = j + 1;
      }
    }
    return obj;
  }

  bool run(const std::string& fmt, std::string* out, int depth) {
    if (depth > 2) {
      t.raise(exc::ValueError, "Max string recursion exceeded");
      return false;
    }
    size_t i = 0;
    while (i < fmt.size()) {
      char c = fmt[i];
      if (c == '}') {
        if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
          *out += '}';
          i += 2;
          continue;
        }
        t.raise(exc::ValueError, "Single '}' encountered in format string");
        return false;
      }
      if (c != '{') {
        *out += c;
        ++i;
        continue;
      }
      if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
        *out += '{';
        i += 2;
        continue;
      }
      // Find the matching '}' (specs may nest one level of {}).
      size_t j = i + 1;
      int nest = 1;
      while (j < fmt.size()) {
        if (fmt[j] == '{') ++nest;
        else if (fmt[j] == '}' && --nest == 0) break;
        ++j;
      }
      if (j >= fmt.size()) {
        t.raise(exc::ValueError, "expected '}' before end of string");
        return false;
      }
      std::string body = fmt.substr(i + 1, j - i - 1);
      i = j + 1;
      std::string field = body, conv, spec;
      size_t colon = std::string::npos, bang = std::string::npos;
      for (size_t k = 0; k < body.size(); ++k) {
        if (body[k] == '[') {
          k = body.find(']', k);
          if (k == std::string::npos) break;
          continue;
        }
        if (body[k] == '!' && bang == std::string::npos) bang = k;
        if (body[k] == ':') {
          colon = k;
          break;
        }
      }
      if (colon != std::string::npos) spec = body.substr(colon + 1);
      size_t field_end = bang != std::string::npos ? bang : colon;
      if (field_end != std::string::npos) field = body.substr(0, field_end);
      if (bang != std::string::npos) conv = body.substr(bang + 1, (colon == std::string::npos ? body.size() : colon) - bang - 1);
      Value v = lookup_field(field);
      if (!v) return false;
      if (!conv.empty()) {
        if (conv == "r" || conv == "a") v = repr(t, v.get());
        else if (conv == "s") v = str(t, v.get());
        else {
          t.raise(exc::ValueError, "Unknown conversion specifier " + conv);
          return false;
        }
        if (!v) return false;
      }
      std::string expanded;
      if (!run(spec, &expanded, depth + 1)) return false;
      Value s = format_builtin(t, v.get(), make_str(expanded).get());
      if (!s) return false;
      *out += cast<Str>(s.get())->text;
    }
    return true;
  }
};

}  // namespace

Value str_format_method(Thread& t, Object* self, const CallArgs& a) {
  Formatter f{t, a};
  std::string out;
  if (!f.run(cast<Str>(self)->text, &out, 0)) return nullptr;
  return make_str(std::move(out));
}

}  // namespace py
