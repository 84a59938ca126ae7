// bytes and bytearray: one layout (a byte string), two types; bytearray is the mutable one.
#pragma once

#include <string>

#include "py/objects.hpp"

namespace py {

struct Bytes : Object {
  std::string data;
  int64_t hash_cache = -1;
  Bytes(Type* t, std::string d) : Object(t), data(std::move(d)) {}
};

Type* bytes_type();
Type* bytearray_type();
Value make_bytes(std::string data);
Value make_bytearray(std::string data);
// bytes, bytearray or a Python subclass of either.
inline bool is_bytes_like(Object* o) { return o->type->layout & kBytesLayout; }

// str.encode / bytes.decode (codecs.cpp): utf-8, ascii, latin-1 with errors strict, ignore,
// replace (and backslashreplace / xmlcharrefreplace / surrogateescape where they apply).
Value encode_text(Thread& t, const std::string& text, const std::string& encoding, const std::string& errors);
Value decode_bytes(Thread& t, const std::string& data, const std::string& encoding, const std::string& errors);

void install_bytes_builtins(Dict* builtins);

}  // namespace py
