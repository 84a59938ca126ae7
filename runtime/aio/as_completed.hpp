// asyncio.as_completed(fs, timeout) (tasks.py, CPython 3.11): one awaitable per future; the
// k-th awaited gives the result (or error) of the k-th future to finish. Finished futures go
// through a queue (asyncio.Queue's get/put_nowait wake-up order, replicated here); when the
// timeout fires, every awaitable not yet satisfied fails with TimeoutError.
//
//   auto ac = aio::as_completed(tasks, 5.0);
//   for (auto next : ac) { AIO_TRY(int v, co_await std::move(next)); … }
// or `for (size_t i = 0; i < ac.size(); ++i) { … co_await ac.next() … }`.
// Coroutines become tasks in argument order (CPython: in set order); repeats count once.
#pragma once

#include <cassert>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

#include "aio/coro.hpp"
#include "aio/wait.hpp"

namespace aio {

template <class T>
class AsCompleted {
  struct State {
    EventLoop* loop = nullptr;
    uint64_t id = 0;
    size_t count = 0;
    std::vector<std::shared_ptr<FutureState<T>>> todo;
    std::vector<uint64_t> tokens;                           // todo[i]'s done callback
    std::deque<std::shared_ptr<FutureState<T>>> done;       // null: the timeout's marker
    std::deque<std::shared_ptr<FutureState<void>>> getters;  // awaitables waiting for `done`
    TimerHandle timeout_handle;

    // Queue._wakeup_next(getters)
    void wakeup_next() {
      while (!getters.empty()) {
        auto g = std::move(getters.front());
        getters.pop_front();
        if (!g->done()) {
          (void)g->set_result();
          break;
        }
      }
    }
    void put(std::shared_ptr<FutureState<T>> f) {
      done.push_back(std::move(f));
      wakeup_next();
    }
    void on_timeout() {
      for (size_t i = 0; i < todo.size(); ++i) {
        todo[i]->remove_done_callback(tokens[i]);
        put(nullptr);
      }
      todo.clear();
      tokens.clear();
    }
    void on_completion(FutureBase& f) {
      if (todo.empty()) return;  // the timeout came first
      for (size_t i = 0; i < todo.size(); ++i) {
        if (todo[i].get() != &f) continue;
        auto fut = std::move(todo[i]);
        todo.erase(todo.begin() + static_cast<std::ptrdiff_t>(i));
        tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i));
        put(std::move(fut));
        break;
      }
      if (todo.empty()) timeout_handle.cancel();
    }
  };

 public:
  template <class X>
  AsCompleted(EventLoop& loop, std::vector<X> fs, std::optional<double> timeout) : s_(std::make_shared<State>()) {
    s_->loop = &loop;
    s_->id = loop.next_id();
    for (X& x : fs) {
      Future<T> f = ensure_future(loop, std::move(x));
      bool seen = false;
      for (auto& t : s_->todo) seen = seen || t == f.state();
      if (!seen) s_->todo.push_back(f.state());
    }
    // Weak: the futures' callbacks must not keep the state alive (no cycle through todo).
    std::weak_ptr<State> weak = s_;
    for (auto& f : s_->todo) {
      s_->tokens.push_back(f->add_done_callback([weak](FutureBase& done) {
        if (auto s = weak.lock()) s->on_completion(done);
      }));
    }
    if (!s_->todo.empty() && timeout) {
      s_->timeout_handle = loop.call_later(*timeout, [weak] {
        if (auto s = weak.lock()) s->on_timeout();
      });
    }
    s_->count = s_->todo.size();
  }

  // How many awaitables there are (the number of distinct futures).
  size_t size() const { return s_->count; }

  // One awaitable (tasks._wait_for_one): the next result in completion order.
  Coro<T> next() { return wait_for_one(s_); }

  class iterator {
   public:
    iterator(AsCompleted* owner, size_t i) : owner_(owner), i_(i) {}
    Coro<T> operator*() const { return owner_->next(); }
    iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(const iterator& o) const { return i_ != o.i_; }

   private:
    AsCompleted* owner_;
    size_t i_;
  };
  iterator begin() { return iterator(this, 0); }
  iterator end() { return iterator(this, size()); }

 private:
  static Coro<T> wait_for_one(std::shared_ptr<State> s) {
    // Queue.get(): wait while empty; on cancellation pass the wake-up on if items remain.
    while (s->done.empty()) {
      auto getter = s->loop->template create_future<void>().state();
      getter->set_wait_info(WaitKind::Wait, s->id);
      s->getters.push_back(getter);
      Result<void> r = co_await Future<void>(getter);
      if (!r) {
        getter->cancel();
        for (auto it = s->getters.begin(); it != s->getters.end(); ++it) {
          if (*it == getter) {
            s->getters.erase(it);
            break;
          }
        }
        if (!s->done.empty() && !getter->cancelled()) s->wakeup_next();
        co_await raise(std::move(r).error());
      }
    }
    auto f = std::move(s->done.front());
    s->done.pop_front();
    if (!f) AIO_RETURN_RESULT(T, Result<T>(Error::timeout()));
    AIO_RETURN_RESULT(T, f->result());
  }

  std::shared_ptr<State> s_;
};

// asyncio.as_completed. `fs`: Task<T>, Future<T> or Coro<T> (tasks on the running loop).
template <class X>
  requires Awaitable<X>
AsCompleted<future_value_t<X>> as_completed(std::vector<X> fs, std::optional<double> timeout = std::nullopt) {
  EventLoop* loop = get_running_loop();
  if (!loop && !fs.empty()) loop = detail::loop_of(fs.front());
  assert(loop && "as_completed() needs a running loop");
  return AsCompleted<future_value_t<X>>(*loop, std::move(fs), timeout);
}

}  // namespace aio
