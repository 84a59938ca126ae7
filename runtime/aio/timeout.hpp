// asyncio.timeout(delay) / asyncio.timeout_at(when): a scope that cancels the task running it
// when the deadline passes, and turns *that* cancellation into TimeoutError on exit
// (timeouts.py, CPython 3.11).
//
// C++ has no `async with`, so the scope has two shapes:
//   auto cm = aio::timeout(1.5);                      // or timeout(loop, 1.5), timeout_at(when)
//   AIO_TRY(int v, co_await cm.run(work()));          // enter; await work(); exit
// or, for code that must sit inline between enter and exit (and for embedders):
//   AIO_CHECK(cm.enter());                            // __aenter__ (never suspends)
//   Result<int> r = co_await work();
//   AIO_TRY(int v, cm.exit(std::move(r)));            // __aexit__: TimeoutError or r itself
// Every enter() must be followed by exit() in the same task, or the timer stays armed.
//
// Uncancel counting: on exit after expiry the task's cancel request is withdrawn (uncancel());
// the CancelledError becomes TimeoutError only if no other cancel request remains — so an outer
// timeout, or a real task.cancel(), still propagates as CancelledError.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "aio/coro.hpp"
#include "aio/handle.hpp"
#include "aio/result.hpp"

namespace aio {

class Timeout {
 public:
  enum class State : uint8_t { Created, Entered, Expiring, Expired, Exited };

  // A deadline in the loop's time; nullopt never expires (until rescheduled).
  explicit Timeout(std::optional<double> when);

  std::optional<double> when() const;
  // Moves the deadline (only while entered); a deadline already past fires on the next
  // iteration of the loop.
  Result<void> reschedule(std::optional<double> when);
  // Did the deadline pass while the scope was active?
  bool expired() const;
  State state() const;
  // "<Timeout [active] when=1.5>", as repr() in CPython.
  std::string repr() const;

  // __aenter__: binds the scope to the task running now. RuntimeError outside a task or when
  // entered twice.
  Result<void> enter();
  // __aexit__ given the error leaving the scope (nullopt: none). Returns TimeoutError when this
  // scope's expiry caused that error, otherwise success: the scope's own error (if any) then
  // propagates unchanged.
  Result<void> exit(const std::optional<Error>& exc);
  // The scope's outcome after exit: TimeoutError or `body` unchanged.
  template <class T>
  Result<T> exit(Result<T> body) {
    std::optional<Error> exc;
    if (!body) exc = body.error();
    if (Result<void> r = exit(exc); !r) return std::move(r).error();
    return body;
  }

  // `async with timeout: return await body`.
  template <class T>
  Coro<T> run(Coro<T> body) {
    return run_scope(*this, std::move(body));  // the frame holds a copy: `this` may be a temporary
  }

 private:
  struct Data;
  static void on_timeout(const std::shared_ptr<Data>& d);

  template <class T>
  static Coro<T> run_scope(Timeout self, Coro<T> body) {
    if (Result<void> e = self.enter(); !e) co_await raise(std::move(e).error());
    Result<T> r = co_await std::move(body);
    Result<T> out = self.exit(std::move(r));
    if constexpr (std::is_void_v<T>) {
      if (!out) co_await raise(std::move(out).error());
    } else {
      co_return out;
    }
  }

  std::shared_ptr<Data> d_;
};

// asyncio.timeout(delay): the deadline is loop.time() + delay (the running loop's, or `loop`).
Timeout timeout(std::optional<double> delay);
Timeout timeout(EventLoop& loop, std::optional<double> delay);
// asyncio.timeout_at(when): an absolute deadline in the loop's time.
Timeout timeout_at(std::optional<double> when);

}  // namespace aio
