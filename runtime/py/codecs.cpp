// str.encode and bytes.decode for utf-8, ascii and latin-1, with CPython's error handlers and
// messages ("'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)").
#include <cstdio>

#include "py/abstract.hpp"
#include "py/bytes_object.hpp"
#include "py/source.hpp"
#include "py/thread.hpp"

namespace py {

Type* unicode_encode_error_type();
Type* unicode_decode_error_type();

namespace {

enum class Codec { Utf8, Ascii, Latin1, Unknown };

Codec codec_of(const std::string& name, const char** canonical) {
  std::string n;
  for (char c : name) n += c == '_' || c == ' ' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf") return *canonical = "utf-8", Codec::Utf8;
  if (n == "ascii" || n == "us-ascii" || n == "646") return *canonical = "ascii", Codec::Ascii;
  if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1" || n == "8859" || n == "cp819" ||
      n == "latin") {
    return *canonical = "latin-1", Codec::Latin1;
  }
  return Codec::Unknown;
}

std::string hex2(unsigned v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02x", v);
  return buf;
}
// How CPython's messages show one character: '\xe9', '\u20ac', '\U0001f600'.
std::string char_repr(uint32_t cp) {
  char buf[16];
  if (cp < 0x100) std::snprintf(buf, sizeof buf, "'\\x%02x'", cp);
  else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "'\\u%04x'", cp);
  else std::snprintf(buf, sizeof buf, "'\\U%08x'", cp);
  return buf;
}

bool known_handler(const std::string& e) {
  return e == "strict" || e == "ignore" || e == "replace" || e == "backslashreplace" || e == "xmlcharrefreplace" ||
         e == "surrogateescape" || e == "namereplace" || e == "surrogatepass";
}

}  // namespace

Value encode_text(Thread& t, const std::string& text, const std::string& encoding, const std::string& errors) {
  const char* name = nullptr;
  Codec codec = codec_of(encoding, &name);
  if (codec == Codec::Unknown) return t.raise(exc::LookupError, "unknown encoding: " + encoding);
  if (codec == Codec::Utf8) return make_bytes(text);
  uint32_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
  std::vector<uint32_t> cps;
  for (size_t i = 0; i < text.size();) cps.push_back(static_cast<uint32_t>(utf8_decode(text, i)));
  std::string out;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (cps[i] < limit) {
      out += static_cast<char>(cps[i]);
      continue;
    }
    size_t end = i;
    while (end < cps.size() && cps[end] >= limit) ++end;
    if (errors == "strict" || !known_handler(errors)) {
      if (!known_handler(errors)) return t.raise(exc::LookupError, "unknown error handler name '" + errors + "'");
      std::string what = end - i == 1 ? "character " + char_repr(cps[i]) + " in position " + std::to_string(i)
                                      : "characters in position " + std::to_string(i) + "-" + std::to_string(end - 1);
      return t.raise(unicode_encode_error_type(), std::string("'") + name + "' codec can't encode " + what +
                                                      ": ordinal not in range(" + std::to_string(limit) + ")");
    }
    for (size_t j = i; j < end; ++j) {
      uint32_t cp = cps[j];
      if (errors == "replace") {
        out += '?';
      } else if (errors == "backslashreplace") {
        char buf[16];
        if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
        else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
        else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
        out += buf;
      } else if (errors == "xmlcharrefreplace") {
        out += "&#" + std::to_string(cp) + ";";
      } else if (errors != "ignore") {
        return t.raise(exc::NotImplementedError, "the '" + errors + "' error handler is not supported yet");
      }
    }
    i = end - 1;
  }
  return make_bytes(std::move(out));
}

namespace {

// The length of the valid UTF-8 sequence at data[i] (0: invalid), and how many bytes the
// maximal invalid prefix covers (CPython reports and replaces that much at once).
int utf8_sequence(const std::string& d, size_t i, size_t* bad_len, const char** reason) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(d[k]); };
  unsigned c = b(i);
  if (c < 0x80) return 1;
  int need;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c == 0xE0) need = 2, lo = 0xA0;
  else if (c == 0xED) need = 2, hi = 0x9F;
  else if (c >= 0xE1 && c <= 0xEF) need = 2;
  else if (c == 0xF0) need = 3, lo = 0x90;
  else if (c == 0xF4) need = 3, hi = 0x8F;
  else if (c >= 0xF1 && c <= 0xF3) need = 3;
  else {
    *bad_len = 1;
    *reason = "invalid start byte";
    return 0;
  }
  for (int k = 1; k <= need; ++k) {
    if (i + k >= d.size()) {
      *bad_len = d.size() - i;
      *reason = "unexpected end of data";
      return 0;
    }
    unsigned x = b(i + k);
    unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (x < l || x > h) {
      *bad_len = k;
      *reason = "invalid continuation byte";
      return 0;
    }
  }
  return need + 1;
}

}  // namespace

Value decode_bytes(Thread& t, const std::string& data, const std::string& encoding, const std::string& errors) {
  const char* name = nullptr;
  Codec codec = codec_of(encoding, &name);
  if (codec == Codec::Unknown) return t.raise(exc::LookupError, "unknown encoding: " + encoding);
  std::string out;
  for (size_t i = 0; i < data.size();) {
    auto c = static_cast<unsigned char>(data[i]);
    size_t bad = 0;
    const char* reason = "ordinal not in range(128)";
    if (codec == Codec::Latin1 || c < 0x80) {
      utf8_append(out, c);
      ++i;
      continue;
    }
    if (codec == Codec::Utf8) {
      int n = utf8_sequence(data, i, &bad, &reason);
      if (n) {
        out.append(data, i, static_cast<size_t>(n));
        i += static_cast<size_t>(n);
        continue;
      }
    } else {
      bad = 1;
    }
    if (errors == "strict" || !known_handler(errors)) {
      if (!known_handler(errors)) return t.raise(exc::LookupError, "unknown error handler name '" + errors + "'");
      std::string what = bad == 1 ? "byte 0x" + hex2(c) + " in position " + std::to_string(i)
                                  : "bytes in position " + std::to_string(i) + "-" + std::to_string(i + bad - 1);
      return t.raise(unicode_decode_error_type(), std::string("'") + name + "' codec can't decode " + what + ": " + reason);
    }
    if (errors == "replace") {
      out += "\xEF\xBF\xBD";
    } else if (errors == "backslashreplace") {
      for (size_t k = 0; k < bad; ++k) out += "\\x" + hex2(static_cast<unsigned char>(data[i + k]));
    } else if (errors == "surrogateescape") {
      // Lone surrogates can't live in our UTF-8 strings.
      return t.raise(exc::NotImplementedError, "the 'surrogateescape' error handler is not supported yet");
    } else if (errors != "ignore") {
      return t.raise(exc::NotImplementedError, "the '" + errors + "' error handler is not supported yet");
    }
    i += bad;
  }
  return make_str(std::move(out));
}

}  // namespace py

namespace py {

namespace {
Type* unicode_error_subtype(const char* name) {
  auto* ty = new Type(type_type, name, exc::UnicodeError);
  ty->refcnt = kImmortal;
  ty->is_base_exception = true;
  inherit_slots(ty);
  return ty;
}
}  // namespace

Type* unicode_encode_error_type() {
  static Type* ty = unicode_error_subtype("UnicodeEncodeError");
  return ty;
}
Type* unicode_decode_error_type() {
  static Type* ty = unicode_error_subtype("UnicodeDecodeError");
  return ty;
}

}  // namespace py
