// asyncio.shield(aw) (tasks.py, CPython 3.11): a new outer future that follows the inner one.
// Cancelling the outer (for example by cancelling the task awaiting it) leaves the inner
// running; cancelling the inner cancels the outer. An inner already done is returned as is.
//
//   AIO_TRY(int v, co_await aio::shield(task));
#pragma once

#include <cassert>
#include <memory>

#include "aio/coro.hpp"
#include "aio/wait.hpp"

namespace aio {

template <class T>
Future<T> shield(Future<T> inner) {
  if (inner.done()) return inner;
  EventLoop& loop = inner.get_loop();
  Future<T> outer = loop.create_future<T>();
  outer.state()->set_wait_info(inner.state()->wait_kind(), inner.state()->wait_object());
  // Weak: the inner must not keep the outer alive (the awaiting task holds it while waiting).
  uint64_t token = inner.add_done_callback([w = std::weak_ptr<FutureState<T>>(outer.state())](FutureBase& done) {
    auto out = w.lock();
    if (!out || out->cancelled()) return;
    if (done.cancelled()) {
      out->cancel();
    } else if (done.error()) {
      (void)out->set_exception(*done.error());
    } else if constexpr (std::is_void_v<T>) {
      (void)out->set_result();
    } else {
      (void)out->set_result(*static_cast<FutureState<T>&>(done).result());
    }
  });
  outer.add_done_callback([in = inner.state(), token](FutureBase&) {
    if (!in->done()) in->remove_done_callback(token);
  });
  return outer;
}

template <class T>
Future<T> shield(Task<T> inner) {
  return shield(inner.as_future());
}

// A coroutine becomes a task on the running loop first.
template <class T>
Future<T> shield(Coro<T> coro) {
  EventLoop* loop = get_running_loop();
  assert(loop && "shield() of a coroutine needs a running loop");
  return shield(ensure_future(*loop, std::move(coro)));
}

}  // namespace aio
