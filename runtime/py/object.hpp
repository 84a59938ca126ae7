// The heap object every Python value is, and Ref, the owning pointer to one.
// Reference counting (not a tracing GC) because CPython's observable behaviour depends on it:
// warnings and __del__ happen when the last reference goes (runtime/py/DESIGN.md).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace py {

struct Type;

struct Object {
  // Counts owners. Immortal objects (None, True, small ints, built-in types) start so high that
  // they never reach zero, so interpreters on several threads may share them.
  int64_t refcnt = 1;
  Type* type;

  explicit Object(Type* t) : type(t) {}
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;

  // Small objects (floats, ints, bound methods, tuples, ...) are mostly short-lived: their
  // blocks are kept on per-thread free lists by size instead of going back to malloc (object.cpp).
  static void* operator new(std::size_t size);
  static void operator delete(void* p, std::size_t size) noexcept;

  // Runs when the count reaches zero, before the object is freed, while it is still whole (a
  // Task logging "exception was never retrieved" shows its own repr). It may run Python code;
  // if it stores a new reference to the object, the object lives on (and isn't finalised again
  // unless its finaliser allows it).
  virtual void finalize() {}
};

inline constexpr int64_t kImmortal = int64_t{1} << 60;

// Frees an object whose count reached zero. Deep structures (a long linked list) are freed
// iteratively, not by C++ recursion, so they can't overflow the stack.
void destroy(Object* o);

inline void incref(Object* o) { ++o->refcnt; }
inline void decref(Object* o) {
  if (--o->refcnt == 0) destroy(o);
}

// An owning, nullable pointer. A null Ref returned from a function means "an exception is
// pending in the thread state" (CPython's NULL convention, without C++ exceptions).
template <class T = Object>
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}  // NOLINT: null is a valid Ref
  Ref(const Ref& o) : p_(o.p_) {
    if (p_) incref(p_);
  }
  Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  template <class U>
  Ref(const Ref<U>& o) : p_(o.get()) {  // NOLINT: upcasts are implicit
    if (p_) incref(p_);
  }
  template <class U>
  Ref(Ref<U>&& o) noexcept : p_(o.release()) {}  // NOLINT
  ~Ref() {
    if (p_) decref(p_);
  }
  Ref& operator=(Ref o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }

  // Takes over a reference the caller owns (a fresh object).
  static Ref steal(T* p) {
    Ref r;
    r.p_ = p;
    return r;
  }
  // Adds a reference to an object someone else owns.
  static Ref borrow(T* p) {
    if (p) incref(p);
    Ref r;
    r.p_ = p;
    return r;
  }

  T* get() const { return p_; }
  T* operator->() const { return p_; }
  T& operator*() const { return *p_; }
  explicit operator bool() const { return p_ != nullptr; }
  T* release() { return std::exchange(p_, nullptr); }
  void reset() { Ref().swap(*this); }
  void swap(Ref& o) noexcept { std::swap(p_, o.p_); }

  friend bool operator==(const Ref& a, const Ref& b) { return a.p_ == b.p_; }

 private:
  T* p_ = nullptr;
};

using Value = Ref<Object>;

template <class T, class... A>
Ref<T> make(A&&... args) {
  return Ref<T>::steal(new T(std::forward<A>(args)...));
}

// Downcast after a type check; the caller has checked.
template <class T>
T* cast(Object* o) {
  return static_cast<T*>(o);
}

}  // namespace py
