// Coro<T>: the C++ coroutine type of the runtime (what `async def` is in Python).
//
// A task drives a stack of coroutine frames from a trampoline (CoroDriver::run): awaiting a
// Coro pushes its frame, finishing pops it, and awaiting a future suspends the whole task.
// Nothing resumes a coroutine from inside another's await_suspend — no symmetric transfer,
// no C++ stack growth with await depth (TOOLCHAIN.md: it breaks on wasm).
//
// Errors are values: `co_return error;` (non-void), or `co_await aio::raise(error)` anywhere,
// ends the coroutine with that error; AIO_TRY / AIO_CHECK propagate a failed Result.
#pragma once

#include <cassert>
#include <cstdlib>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "aio/coro_compat.hpp"
#include "aio/task.hpp"

namespace aio {

// The trampoline of one task: its stack of C++ coroutine frames and how the top one suspended.
class CoroDriver {
 public:
  explicit CoroDriver(EventLoop& loop) : loop_(&loop) {}

  EventLoop& loop() const { return *loop_; }

  // Resumes frames until the task suspends on a future, yields, or its root frame finishes.
  StepOutcome run(co::coroutine_handle<> root, std::optional<Error> inject);

  // --- called by awaiters from await_suspend ---
  void push(co::coroutine_handle<> frame) { stack_.push_back(frame); }
  void pop() { stack_.pop_back(); }
  void await_future(std::shared_ptr<FutureBase> future) {
    signal_ = Signal::Await;
    awaited_ = std::move(future);
  }
  void yield() { signal_ = Signal::Yield; }
  // --- called by awaiters from await_resume: the error to raise instead of the result ---
  std::optional<Error> take_injected() { return std::exchange(injected_, std::nullopt); }

  // Destroys a suspended task's frames without recursion (a pending 100k-deep chain would
  // overflow the C++ stack): while tearing down, each Coro hands its frame here instead of
  // destroying it from inside its parent's frame destructor.
  void tear_down(co::coroutine_handle<> root) {
    stack_.clear();
    tearing_down_ = true;
    deferred_.push_back(root);
    while (!deferred_.empty()) {
      co::coroutine_handle<> frame = deferred_.back();
      deferred_.pop_back();
      frame.destroy();  // its awaited child, if any, lands in deferred_
    }
    tearing_down_ = false;
  }
  bool tearing_down() const { return tearing_down_; }
  void defer_destroy(co::coroutine_handle<> frame) { deferred_.push_back(frame); }

 private:
  enum class Signal : uint8_t { None, Await, Yield };
  EventLoop* loop_;
  // The frame stack keeps its first frames inline: most tasks never await more than a few
  // nested Coros, and a heap buffer per task was a third of task create+complete (bench/).
  class FrameStack {
   public:
    void push_back(co::coroutine_handle<> frame) {
      if (size_ < kInline) inline_[size_] = frame;
      else more_.push_back(frame);
      ++size_;
    }
    void pop_back() {
      if (--size_ >= kInline) more_.pop_back();
    }
    co::coroutine_handle<> back() const { return size_ <= kInline ? inline_[size_ - 1] : more_.back(); }
    bool empty() const { return size_ == 0; }
    void clear() {
      size_ = 0;
      more_.clear();
    }

   private:
    static constexpr size_t kInline = 4;
    co::coroutine_handle<> inline_[kInline];
    size_t size_ = 0;
    std::vector<co::coroutine_handle<>> more_;  // frames beyond the first kInline
  };

  FrameStack stack_;
  Signal signal_ = Signal::None;
  std::shared_ptr<FutureBase> awaited_;
  std::optional<Error> injected_;
  bool started_ = false;
  bool tearing_down_ = false;
  std::vector<co::coroutine_handle<>> deferred_;
};

// Every promise of the runtime knows the driver of the task it runs in.
struct PromiseBase {
  CoroDriver* driver = nullptr;
  std::optional<Error> error;  // set when the coroutine ended with an error
  void unhandled_exception() { std::abort(); }  // never: the runtime has no C++ exceptions
};

namespace detail {
// Pops the finished frame off its task's stack; the trampoline resumes the awaiting frame.
struct FinalAwaiter {
  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(co::coroutine_handle<P> h) const noexcept {
    if (h.promise().driver) h.promise().driver->pop();
  }
  void await_resume() const noexcept {}
};

template <class T>
struct PromiseValue : PromiseBase {
  std::optional<T> value;
  void return_value(Result<T> r) {
    if (r) value.emplace(std::move(*r));
    else error = std::move(r).error();
  }
  Result<T> take() { return error ? Result<T>(std::move(*error)) : Result<T>(std::move(*value)); }
};
template <>
struct PromiseValue<void> : PromiseBase {
  void return_void() {}
  Result<void> take() { return error ? Result<void>(std::move(*error)) : Result<void>(); }
};
}  // namespace detail

template <class T = void>
class [[nodiscard]] Coro {
 public:
  struct promise_type : detail::PromiseValue<T> {
    Coro get_return_object() { return Coro(co::coroutine_handle<promise_type>::from_promise(*this)); }
    co::suspend_always initial_suspend() noexcept { return {}; }
    detail::FinalAwaiter final_suspend() noexcept { return {}; }
  };
  using Handle = co::coroutine_handle<promise_type>;

  Coro() = default;
  explicit Coro(Handle h) : h_(h) {}
  Coro(Coro&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  Coro& operator=(Coro&& o) noexcept {
    if (this != &o) {
      reset();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  ~Coro() { reset(); }

  Handle handle() const { return h_; }
  explicit operator bool() const { return static_cast<bool>(h_); }
  void reset() {
    if (h_) {
      CoroDriver* driver = h_.promise().driver;
      if (driver && driver->tearing_down()) {
        driver->defer_destroy(h_);
      } else {
        h_.destroy();
      }
    }
    h_ = {};
  }
  Handle take_handle() { return std::exchange(h_, {}); }

  // `co_await child()` runs the child in the same task, as `await coro()` does in Python.
  struct Awaiter {
    Handle child;
    bool await_ready() const noexcept { return false; }
    template <class P>
    void await_suspend(co::coroutine_handle<P> parent) noexcept {
      child.promise().driver = parent.promise().driver;
      child.promise().driver->push(child);
    }
    Result<T> await_resume() { return child.promise().take(); }
  };
  Awaiter operator co_await() && { return Awaiter{h_}; }

 private:
  Handle h_;
};

// `co_await aio::raise(error)`: ends the running coroutine with `error` (works in Coro<void>).
struct RaiseAwaiter {
  Error error;
  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(co::coroutine_handle<P> h) {
    h.promise().error = std::move(error);
    h.promise().driver->pop();  // finished, as at final_suspend; the owner destroys the frame
  }
  void await_resume() const noexcept {}
};
inline RaiseAwaiter raise(Error error) { return RaiseAwaiter{std::move(error)}; }

#define AIO_CAT_(a, b) a##b
#define AIO_CAT(a, b) AIO_CAT_(a, b)
// AIO_TRY(auto x, co_await something()); — binds the value or propagates the error.
#define AIO_TRY(decl, ...)                                                              \
  auto&& AIO_CAT(aio_try_, __LINE__) = (__VA_ARGS__);                                  \
  if (!AIO_CAT(aio_try_, __LINE__)) co_await ::aio::raise(std::move(AIO_CAT(aio_try_, __LINE__)).error()); \
  decl = std::move(*AIO_CAT(aio_try_, __LINE__))
// AIO_CHECK(co_await something()); — propagates the error, drops the value.
#define AIO_CHECK(...)                                                                  \
  do {                                                                                  \
    auto&& aio_check_r = (__VA_ARGS__);                                                 \
    if (!aio_check_r) co_await ::aio::raise(std::move(aio_check_r).error());           \
  } while (0)

// Awaiting a future: suspends the task until the future is done, then gives its result.
template <class T>
struct FutureAwaiter {
  std::shared_ptr<FutureState<T>> future;
  CoroDriver* driver = nullptr;

  bool await_ready() const noexcept { return future->done(); }
  template <class P>
  void await_suspend(co::coroutine_handle<P> h) {
    driver = h.promise().driver;
    driver->await_future(future);
  }
  Result<T> await_resume() {
    if (driver) {
      if (auto e = driver->take_injected()) return std::move(*e);
    }
    return future->result();
  }
};

template <class T>
FutureAwaiter<T> operator co_await(const Future<T>& f) {
  return FutureAwaiter<T>{f.state()};
}
template <class T>
FutureAwaiter<T> operator co_await(const Task<T>& t) {
  return FutureAwaiter<T>{t.state()};
}

// A bare yield to the loop (what asyncio.sleep(0) does): other ready work runs first.
struct YieldAwaiter {
  CoroDriver* driver = nullptr;
  bool await_ready() const noexcept { return false; }
  template <class P>
  void await_suspend(co::coroutine_handle<P> h) {
    driver = h.promise().driver;
    driver->yield();
  }
  Result<void> await_resume() {
    if (auto e = driver->take_injected()) return std::move(*e);
    return {};
  }
};
inline YieldAwaiter yield_now() { return {}; }

// Gives the running task's loop without thread-locals (safe across co_await on wasm).
struct ThisLoopAwaiter {
  EventLoop* loop = nullptr;
  bool await_ready() const noexcept { return false; }
  template <class P>
  bool await_suspend(co::coroutine_handle<P> h) {
    loop = &h.promise().driver->loop();
    return false;  // resume at once
  }
  EventLoop& await_resume() const noexcept { return *loop; }
};
inline ThisLoopAwaiter this_loop() { return {}; }

// A task that drives a Coro<T>.
template <class T>
class CoroTask final : public TaskState<T> {
 public:
  CoroTask(EventLoop& loop, Coro<T> coro, std::string name)
      : TaskState<T>(loop, std::move(name)), driver_(loop), coro_(std::move(coro)) {
    coro_.handle().promise().driver = &driver_;
  }

  static std::shared_ptr<CoroTask> create(EventLoop& loop, Coro<T> coro, std::string name) {
    auto task = std::make_shared<CoroTask>(loop, std::move(coro), std::move(name));
    task->start(task);
    return task;
  }

 private:
  StepOutcome run_step(std::optional<Error> inject) override {
    StepOutcome outcome = driver_.run(coro_.handle(), std::move(inject));
    // The root frame finished: with a value, or with an error it returned or raised.
    if (outcome.kind == StepOutcome::Kind::Returned && coro_.handle().promise().error) {
      Error error = *coro_.handle().promise().error;
      // A frame that raised is suspended mid-body: destroy it now, so its locals' destructors
      // (a Guard's release, as Python's `finally`/`async with`) run in this step, before the
      // task's done callbacks are scheduled.
      coro_.reset();
      return StepOutcome::raised(std::move(error));
    }
    return outcome;
  }
  void store_result() override {
    auto r = coro_.handle().promise().take();
    if constexpr (std::is_void_v<T>) {
      (void)this->set_result();
    } else {
      (void)this->set_result(std::move(*r));
    }
    coro_.reset();
  }
  void release() override {
    if (coro_) driver_.tear_down(coro_.take_handle());
  }

  CoroDriver driver_;
  Coro<T> coro_;
};

// --- EventLoop's templates ---------------------------------------------------------------------

template <class T>
Task<T> EventLoop::create_task(Coro<T> coro, std::string name) {
  return Task<T>(CoroTask<T>::create(*this, std::move(coro), std::move(name)));
}

template <class T>
Future<T> EventLoop::create_future() {
  return Future<T>(std::make_shared<FutureState<T>>(*this));
}

template <class T>
Result<T> EventLoop::run_until_complete(Future<T> future) {
  if (auto r = run_until_done(*future.state()); !r) return std::move(r).error();
  return future.result();
}

template <class T>
Result<T> EventLoop::run_until_complete(Task<T> task) {
  return run_until_complete(task.as_future());
}

template <class T>
Result<T> EventLoop::run_until_complete(Coro<T> coro) {
  return run_until_complete(create_task(std::move(coro)));
}

// asyncio.create_task on the running loop.
template <class T>
Task<T> create_task(Coro<T> coro, std::string name = {}) {
  EventLoop* loop = get_running_loop();
  assert(loop && "create_task needs a running loop");
  return loop->create_task(std::move(coro), std::move(name));
}

}  // namespace aio
