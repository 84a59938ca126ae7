#include "py/code_serializer.hpp"

#include <cstring>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "py/bytes_object.hpp"
#include "py/objects.hpp"

namespace py {

Object* ellipsis_object();  // object_type.cpp

namespace {

// Bump when the layout changes in a way the opcode table doesn't show.
constexpr uint32_t kFormatVersion = 1;

constexpr int kOpCount = 0
#define PY_OP(name, arg) +1
#include "py/opcodes.def"
#undef PY_OP
    ;

// The fields of Code the compiler fills, in the order they are stored. Not stored: filename
// (the loader's), name_str and qualname_str (made when a function first uses the code),
// global_cache (the VM's). A new field of Code: one line here, plus an overload in Writer and
// Reader if its type is none of integer, std::string, Ref<Str>, Value, Instr or a vector of
// those (vectors of integers are stored as deltas, so line and column tables stay small).
template <class Io, class C>
void visit_code_fields(Io& io, C& c) {
  io(c.name);
  io(c.qualname);
  io(c.first_line);
  io(c.flags);
  io(c.argcount);
  io(c.posonlyargcount);
  io(c.kwonlyargcount);
  io(c.varnames);
  io(c.cellvars);
  io(c.freevars);
  io(c.names);
  io(c.consts);
  io(c.code);
  io(c.lines);
  io(c.positions.bytes);
  io(c.cell_of_arg);
  io(c.max_stack);
}

// A tripwire for the list above: adding a field to Code changes its size. When this fires,
// add the field to visit_code_fields (or say there why it isn't stored), then update the sizes.
static_assert(sizeof(Code) == (sizeof(void*) == 8 ? 408 : 208),
              "Code changed: update visit_code_fields in code_serializer.cpp");

// How a constant is stored: a tag byte, then the value.
enum class Tag : uint8_t { Null, None, True, False, Int, BigInt, Float, InternedStr, Str, Bytes, Tuple, Ellipsis, Code };
constexpr uint8_t kTagCount = static_cast<uint8_t>(Tag::Code) + 1;

// Constants nest (tuples in tuples, code in code); real code stays far below this.
constexpr int kMaxDepth = 200;

void put_varint(std::string& out, uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

uint64_t zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t unzigzag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

template <class T>
constexpr bool kIsNumber = std::is_integral_v<T> || std::is_enum_v<T>;

// Layout of a serialization: the strings it uses (count, then length + bytes each), then the
// top-level code's fields. Strings are referred to by index, so each is stored, and interned
// when read, once per module.
class Writer {
 public:
  void operator()(const std::string& s) { put_varint(body_, string_index(s)); }
  void operator()(const Ref<Str>& s) { put_varint(body_, string_index(s->text)); }
  template <class T>
    requires kIsNumber<T>
  void operator()(T v) {
    put_varint(body_, zigzag(static_cast<int64_t>(v)));
  }
  void operator()(const Instr& i) {
    body_.push_back(static_cast<char>(i.op));
    put_varint(body_, i.arg);
  }
  // Bytes that are already a compact encoding (the position table): stored as they are.
  void operator()(const std::vector<uint8_t>& bytes) {
    put_varint(body_, bytes.size());
    body_.append(bytes.begin(), bytes.end());
  }
  template <class T>
  void operator()(const std::vector<T>& items) {
    put_varint(body_, items.size());
    if constexpr (kIsNumber<T>) {
      int64_t previous = 0;
      for (T item : items) {
        put_varint(body_, zigzag(static_cast<int64_t>(item) - previous));
        previous = static_cast<int64_t>(item);
      }
    } else {
      for (const T& item : items) (*this)(item);
    }
  }
  void operator()(const Value& v) {
    Object* o = v.get();
    if (!o) return tag(Tag::Null);
    if (o == None) return tag(Tag::None);
    if (o == True) return tag(Tag::True);
    if (o == False) return tag(Tag::False);
    if (o == ellipsis_object()) return tag(Tag::Ellipsis);
    if (o->type == int_type) {
      Int* i = cast<Int>(o);
      if (!i->is_big) {
        tag(Tag::Int);
        return put_varint(body_, zigzag(i->small));
      }
      tag(Tag::BigInt);
      return (*this)(i->big.to_base(16));
    }
    if (o->type == float_type) {
      tag(Tag::Float);
      uint64_t bits;
      std::memcpy(&bits, &cast<Float>(o)->value, sizeof bits);
      for (int i = 0; i < 8; ++i) body_.push_back(static_cast<char>(bits >> (8 * i)));
      return;
    }
    if (o->type == str_type) {
      Str* s = cast<Str>(o);
      tag(intern(s->text).get() == s ? Tag::InternedStr : Tag::Str);
      return (*this)(s->text);
    }
    if (o->type == bytes_type()) {
      tag(Tag::Bytes);
      return (*this)(cast<Bytes>(o)->data);
    }
    if (o->type == tuple_type) {
      tag(Tag::Tuple);
      return (*this)(cast<Tuple>(o)->items);
    }
    if (o->type == code_type) {
      tag(Tag::Code);
      return visit_code_fields(*this, *cast<Code>(o));
    }
    if (error_.empty()) error_ = "a constant of type " + o->type->name + " can't be serialized";
  }

  const std::string& error() const { return error_; }
  std::string finish() const {
    std::string out;
    put_varint(out, strings_.size());
    for (const std::string* s : strings_) {
      put_varint(out, s->size());
      out += *s;
    }
    return out + body_;
  }

 private:
  void tag(Tag t) { body_.push_back(static_cast<char>(t)); }
  uint64_t string_index(const std::string& s) {
    auto [it, added] = index_.try_emplace(s, strings_.size());
    if (added) strings_.push_back(&it->first);
    return it->second;
  }

  std::string body_;
  std::unordered_map<std::string, uint64_t> index_;
  std::vector<const std::string*> strings_;  // in index order (unordered_map keys don't move)
  std::string error_;
};

// Reads what Writer wrote. Any inconsistency (truncation, an index out of range, an unknown tag
// or opcode) sets failed_, after which every read gives a default value.
class Reader {
 public:
  Reader(std::string_view bytes, const std::string& filename) : in_(bytes), filename_(filename) {}

  bool read_strings() {
    uint64_t n = varint();
    if (n > remaining()) return fail();
    strings_.reserve(n);
    for (uint64_t i = 0; i < n && !failed_; ++i) {
      uint64_t size = varint();
      if (size > remaining()) return fail();
      strings_.push_back(in_.substr(pos_, size));
      pos_ += size;
    }
    interned_.resize(strings_.size());
    return !failed_;
  }

  Ref<Code> code() {
    if (++depth_ > kMaxDepth) {
      fail();
      return nullptr;
    }
    auto c = make<Code>();
    visit_code_fields(*this, *c);
    c->filename = filename_;
    --depth_;
    return failed_ ? nullptr : c;
  }

  bool finished() const { return !failed_ && pos_ == in_.size(); }

  void operator()(std::string& s) { s = std::string(string_at(varint())); }
  void operator()(Ref<Str>& s) { s = interned(varint()); }
  template <class T>
    requires kIsNumber<T>
  void operator()(T& v) {
    v = static_cast<T>(unzigzag(varint()));
  }
  void operator()(Instr& i) {
    uint8_t op = byte();
    uint64_t arg = varint();
    if (op >= kOpCount || arg > UINT32_MAX) return (void)fail();
    i = {static_cast<Op>(op), static_cast<uint32_t>(arg)};
  }
  void operator()(std::vector<uint8_t>& bytes) {
    uint64_t n = varint();
    if (n > remaining()) return (void)fail();
    bytes.clear();
    bytes.reserve(n);
    for (uint64_t i = 0; i < n && !failed_; ++i) bytes.push_back(byte());
  }
  template <class T>
  void operator()(std::vector<T>& items) {
    uint64_t n = varint();
    if (n > remaining()) return (void)fail();  // every item takes at least a byte
    items.clear();
    items.reserve(n);
    int64_t previous = 0;
    for (uint64_t i = 0; i < n && !failed_; ++i) {
      if constexpr (kIsNumber<T>) {
        previous += unzigzag(varint());
        items.push_back(static_cast<T>(previous));
      } else {
        (*this)(items.emplace_back());
      }
    }
  }
  void operator()(Value& v) {
    uint8_t t = byte();
    if (t >= kTagCount) return (void)fail();
    switch (static_cast<Tag>(t)) {
      case Tag::Null: v = nullptr; return;
      case Tag::None: v = none(); return;
      case Tag::True: v = boolean(true); return;
      case Tag::False: v = boolean(false); return;
      case Tag::Ellipsis: v = Value::borrow(ellipsis_object()); return;
      case Tag::Int: v = make_int(unzigzag(varint())); return;
      case Tag::BigInt: {
        auto big = BigInt::parse(string_at(varint()), 16, 0);
        if (!big) return (void)fail();
        v = make_int(std::move(*big));
        return;
      }
      case Tag::Float: {
        if (remaining() < 8) return (void)fail();
        uint64_t bits = 0;
        for (int i = 0; i < 8; ++i) bits |= uint64_t{static_cast<uint8_t>(in_[pos_ + i])} << (8 * i);
        pos_ += 8;
        double d;
        std::memcpy(&d, &bits, sizeof d);
        v = make_float(d);
        return;
      }
      case Tag::InternedStr: v = interned(varint()); return;
      case Tag::Str: v = make_str(std::string(string_at(varint()))); return;
      case Tag::Bytes: v = make_bytes(std::string(string_at(varint()))); return;
      case Tag::Tuple: {
        if (++depth_ > kMaxDepth) return (void)fail();
        std::vector<Value> items;
        (*this)(items);
        --depth_;
        v = make_tuple(std::move(items));
        return;
      }
      case Tag::Code: v = code(); return;
    }
  }

 private:
  bool fail() {
    failed_ = true;
    pos_ = in_.size();
    return false;
  }
  size_t remaining() const { return in_.size() - pos_; }
  uint8_t byte() {
    if (pos_ >= in_.size()) return fail(), 0;
    return static_cast<uint8_t>(in_[pos_++]);
  }
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) return fail(), 0;
      uint8_t b = static_cast<uint8_t>(in_[pos_++]);
      v |= uint64_t{b & 0x7fu} << shift;
      if (!(b & 0x80)) return v;
    }
    return fail(), 0;
  }
  std::string_view string_at(uint64_t i) {
    if (i >= strings_.size()) return fail(), std::string_view();
    return strings_[i];
  }
  Ref<Str> interned(uint64_t i) {
    if (i >= strings_.size()) {
      fail();
      return intern("");
    }
    if (!interned_[i]) interned_[i] = intern(strings_[i]);
    return interned_[i];
  }

  std::string_view in_;
  size_t pos_ = 0;
  const std::string& filename_;
  std::vector<std::string_view> strings_;
  std::vector<Ref<Str>> interned_;  // made on first use
  int depth_ = 0;
  bool failed_ = false;
};

}  // namespace

uint64_t fingerprint_text(std::string_view text) {
  uint64_t h = 14695981039346656037ull;
  for (char c : text) {
    h ^= static_cast<uint8_t>(c);
    h *= 1099511628211ull;
  }
  return h;
}

uint64_t code_format_fingerprint() {
  std::string layout = "loopscope code v" + std::to_string(kFormatVersion);
#define PY_OP(name, arg) layout += " " #name;
#include "py/opcodes.def"
#undef PY_OP
  return fingerprint_text(layout);
}

std::string serialize_code(const Code& code, std::string* error) {
  Writer w;
  visit_code_fields(w, code);
  if (!w.error().empty()) {
    if (error) *error = w.error();
    return {};
  }
  return w.finish();
}

Ref<Code> deserialize_code(std::string_view bytes, const std::string& filename) {
  Reader r(bytes, filename);
  if (!r.read_strings()) return nullptr;
  Ref<Code> code = r.code();
  return r.finished() ? code : nullptr;
}

}  // namespace py
