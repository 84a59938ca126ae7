// Bump allocator owning every AST node, list and decoded string of one parse.
#pragma once
#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>
#include <cstdint>
#include <vector>

namespace py::ast {

// An immutable array living in the arena (nodes are trivially destructible; the arena frees all).
template <class T>
struct Seq {
  T* items = nullptr;
  uint32_t count = 0;
  T* begin() const { return items; }
  T* end() const { return items + count; }
  size_t size() const { return count; }
  bool empty() const { return count == 0; }
  T& operator[](size_t i) const { return items[i]; }
};

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* alloc(size_t size, size_t align) {
    size_t pad = (align - (reinterpret_cast<uintptr_t>(cur_) & (align - 1))) & (align - 1);
    if (cur_ == nullptr || pad + size > left_) {
      size_t block = size + align > kBlock ? size + align : kBlock;
      blocks_.emplace_back(new char[block]);
      cur_ = blocks_.back().get();
      left_ = block;
      pad = (align - (reinterpret_cast<uintptr_t>(cur_) & (align - 1))) & (align - 1);
    }
    char* p = cur_ + pad;
    cur_ = p + size;
    left_ -= pad + size;
    return p;
  }

  // A value-initialised (zeroed) T; callers fill the fields.
  template <class T>
  T* make() {
    static_assert(std::is_trivially_destructible_v<T>, "arena nodes are never destroyed");
    return new (alloc(sizeof(T), alignof(T))) T{};
  }

  template <class T>
  Seq<T> seq(const std::vector<T>& v) {
    Seq<T> s;
    if (v.empty()) return s;
    s.items = static_cast<T*>(alloc(sizeof(T) * v.size(), alignof(T)));
    for (size_t i = 0; i < v.size(); ++i) new (s.items + i) T(v[i]);
    s.count = static_cast<uint32_t>(v.size());
    return s;
  }

  std::string_view str(std::string_view s) {
    if (s.empty()) return {};
    char* p = static_cast<char*>(alloc(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

 private:
  static constexpr size_t kBlock = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cur_ = nullptr;
  size_t left_ = 0;
};

}  // namespace py::ast
