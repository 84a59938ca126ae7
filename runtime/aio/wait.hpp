// asyncio.wait(fs, timeout, return_when) and the helpers the combinators share (tasks.py):
// ensure_future, _release_waiter, _cancel_and_wait.
//
// wait() never raises TimeoutError: what is not done when the timeout fires is returned as
// pending. asyncio returns two sets; here `done` and `pending` are vectors in argument order
// (duplicates dropped, as set(fs) does) — CPython's set order follows object addresses.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "aio/coro.hpp"
#include "aio/error.hpp"
#include "aio/future.hpp"
#include "aio/loop.hpp"
#include "aio/result.hpp"
#include "aio/task.hpp"

// In a Coro<T> template: ends the coroutine with `result` (a Result<T>). Needed because a
// Coro<void> cannot `co_return` a Result.
#define AIO_RETURN_RESULT(T, ...)                                              \
  do {                                                                         \
    auto&& aio_rr = (__VA_ARGS__);                                             \
    if constexpr (std::is_void_v<T>) {                                         \
      if (!aio_rr) co_await ::aio::raise(std::move(aio_rr).error());           \
      co_return;                                                               \
    } else {                                                                   \
      co_return std::move(aio_rr);                                             \
    }                                                                          \
  } while (0)

namespace aio {

// What a void future contributes to a result list (gather of Task<void>).
template <class T>
using value_t = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

// T of a Task<T>, Future<T> or Coro<T>.
template <class X> struct future_value;
template <class T> struct future_value<Task<T>> { using type = T; };
template <class T> struct future_value<Future<T>> { using type = T; };
template <class T> struct future_value<Coro<T>> { using type = T; };
template <class X>
using future_value_t = typename future_value<std::remove_cvref_t<X>>::type;

template <class X>
concept Awaitable = requires { typename future_value<std::remove_cvref_t<X>>::type; };

// asyncio.ensure_future: a future stays itself, a coroutine becomes a task on `loop`.
template <class T>
Future<T> ensure_future(EventLoop& loop, Coro<T> coro) {
  return loop.create_task(std::move(coro)).as_future();
}
template <class T>
Future<T> ensure_future(EventLoop&, Task<T> task) {
  return task.as_future();
}
template <class T>
Future<T> ensure_future(EventLoop&, Future<T> future) {
  return future;
}

namespace detail {
// A done future's outcome with void mapped to std::monostate.
template <class T>
Result<value_t<T>> value_of(const FutureState<T>& f) {
  if constexpr (std::is_void_v<T>) {
    Result<void> r = f.result();
    if (!r) return std::move(r).error();
    return std::monostate{};
  } else {
    return f.result();
  }
}

inline std::shared_ptr<FutureBase> base_of(const std::shared_ptr<FutureBase>& f) { return f; }
template <class F>
std::shared_ptr<FutureBase> base_of(const F& f) {
  return f.base();
}

// Drops repeated futures, keeping the first occurrence (asyncio's set(fs)).
template <class F>
std::vector<F> unique(std::vector<F> fs) {
  std::vector<F> out;
  out.reserve(fs.size());
  for (F& f : fs) {
    bool seen = false;
    for (const F& o : out) seen = seen || base_of(o) == base_of(f);
    if (!seen) out.push_back(std::move(f));
  }
  return out;
}

// The loop of a Task or Future; null for a Coro (it has none until it becomes a task).
template <class X>
EventLoop* loop_of(const X& x) {
  if constexpr (std::is_same_v<std::remove_cvref_t<X>, Coro<future_value_t<X>>>) {
    return nullptr;
  } else {
    return &x.get_loop();
  }
}

// tasks._release_waiter
void release_waiter(FutureState<void>& waiter);

// tasks._cancel_and_wait: cancels `fut` and waits until it is done, without awaiting it
// directly (so the waiting itself stays cancellable).
Coro<void> cancel_and_wait(EventLoop& loop, std::shared_ptr<FutureBase> fut);
}  // namespace detail

enum class ReturnWhen : uint8_t { FirstCompleted, FirstException, AllCompleted };
inline constexpr ReturnWhen FIRST_COMPLETED = ReturnWhen::FirstCompleted;
inline constexpr ReturnWhen FIRST_EXCEPTION = ReturnWhen::FirstException;
inline constexpr ReturnWhen ALL_COMPLETED = ReturnWhen::AllCompleted;

template <class F>
struct WaitResult {
  std::vector<F> done;
  std::vector<F> pending;
};

namespace detail {
// tasks._wait on untyped futures: returns once `return_when` holds or the timeout fires.
Coro<void> wait_core(EventLoop& loop, std::vector<std::shared_ptr<FutureBase>> fs, std::optional<double> timeout,
                     ReturnWhen return_when);
}  // namespace detail

// asyncio.wait: F is Task<T>, Future<T> or std::shared_ptr<FutureBase> (mixed types).
// Coroutines are not accepted (3.11 forbids them too). An empty `fs` is a ValueError.
template <class F>
Coro<WaitResult<F>> wait(std::vector<F> fs, std::optional<double> timeout = std::nullopt,
                         ReturnWhen return_when = ALL_COMPLETED) {
  if (fs.empty()) co_return Error(ErrorKind::Value, "Set of Tasks/Futures is empty.");
  fs = detail::unique(std::move(fs));
  EventLoop& loop = co_await this_loop();
  std::vector<std::shared_ptr<FutureBase>> bases;
  bases.reserve(fs.size());
  for (const F& f : fs) bases.push_back(detail::base_of(f));
  AIO_CHECK(co_await detail::wait_core(loop, std::move(bases), timeout, return_when));
  WaitResult<F> out;
  for (F& f : fs) (detail::base_of(f)->done() ? out.done : out.pending).push_back(std::move(f));
  co_return out;
}

}  // namespace aio
