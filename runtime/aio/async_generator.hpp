// AsyncGenerator<T>: an async generator for C++ (what `async def` with `yield` is in Python).
//
//   aio::AsyncGenerator<int> ticks(int n) {
//     for (int i = 0; i < n; ++i) {
//       AIO_CHECK(co_await aio::sleep(1));
//       co_yield i;
//     }
//   }
//   …
//   auto gen = ticks(3);
//   for (;;) {                                   // async for i in ticks(3):
//     AIO_TRY(std::optional<int> i, co_await gen.next());
//     if (!i) break;                             // StopAsyncIteration
//   }
//
// Like Python's, the generator runs inside the task that iterates it: `next()` pushes its frame
// on that task's trampoline stack and `co_yield` pops it. An error (returned, raised, or a
// cancellation arriving while it awaits) ends the generator and is what `next()` gives; after
// that, or after it finishes, `next()` gives nullopt. Destroying the generator runs its frame's
// destructors (Python's aclose()).
#pragma once

#include <optional>

#include "aio/coro.hpp"

namespace aio {

template <class T>
class [[nodiscard]] AsyncGenerator {
 public:
  struct promise_type : PromiseBase {
    std::optional<T> current;
    bool exhausted = false;

    AsyncGenerator get_return_object() {
      return AsyncGenerator(co::coroutine_handle<promise_type>::from_promise(*this));
    }
    co::suspend_always initial_suspend() noexcept { return {}; }
    detail::FinalAwaiter final_suspend() noexcept { return {}; }
    void return_void() { exhausted = true; }

    // `co_yield v`: hand v to the consumer and give its frame back control.
    struct YieldAwaiter {
      bool await_ready() const noexcept { return false; }
      void await_suspend(co::coroutine_handle<promise_type> h) noexcept { h.promise().driver->pop(); }
      void await_resume() const noexcept {}
    };
    YieldAwaiter yield_value(T value) {
      current.emplace(std::move(value));
      return {};
    }
  };
  using Handle = co::coroutine_handle<promise_type>;

  explicit AsyncGenerator(Handle h) : h_(h) {}
  AsyncGenerator(AsyncGenerator&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  AsyncGenerator& operator=(AsyncGenerator&& o) noexcept {
    if (this != &o) {
      close();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  ~AsyncGenerator() { close(); }

  // Python's aclose(): finish the generator now, running its frame's destructors.
  void close() {
    if (h_) h_.destroy();
    h_ = {};
  }

  struct NextAwaiter {
    Handle h;
    bool await_ready() const noexcept { return !h || h.promise().exhausted; }
    template <class P>
    void await_suspend(co::coroutine_handle<P> consumer) noexcept {
      h.promise().driver = consumer.promise().driver;
      h.promise().current.reset();
      h.promise().driver->push(h);
    }
    Result<std::optional<T>> await_resume() {
      if (!h) return std::optional<T>();
      promise_type& p = h.promise();
      if (p.error) {
        p.exhausted = true;
        return *std::exchange(p.error, std::nullopt);
      }
      if (p.exhausted || !p.current) return std::optional<T>();
      return std::optional<T>(std::move(*std::exchange(p.current, std::nullopt)));
    }
  };
  // Python's __anext__(): the next value, nullopt when the generator is finished, or its error.
  NextAwaiter next() { return NextAwaiter{h_}; }

 private:
  Handle h_;
};

}  // namespace aio
