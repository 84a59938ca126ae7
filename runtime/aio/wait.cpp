#include "aio/wait.hpp"

namespace aio::detail {

void release_waiter(FutureState<void>& waiter) {
  if (!waiter.done()) (void)waiter.set_result();
}

Coro<void> cancel_and_wait(EventLoop& loop, std::shared_ptr<FutureBase> fut) {
  Future<void> waiter = loop.create_future<void>();
  waiter.state()->set_wait_info(fut->wait_kind(), fut->wait_object());
  uint64_t token = fut->add_done_callback([w = waiter.state()](FutureBase&) { release_waiter(*w); });
  fut->cancel();
  Result<void> r = co_await waiter;
  fut->remove_done_callback(token);
  if (!r) co_await raise(std::move(r).error());
}

namespace {
// What _wait's closures share; holds no child future, so children never keep it in a cycle.
struct WaitShared {
  std::shared_ptr<FutureState<void>> waiter;
  TimerHandle timeout_handle;
  size_t counter = 0;
  ReturnWhen return_when = ALL_COMPLETED;
};
}  // namespace

Coro<void> wait_core(EventLoop& loop, std::vector<std::shared_ptr<FutureBase>> fs, std::optional<double> timeout,
                     ReturnWhen return_when) {
  auto shared = std::make_shared<WaitShared>();
  shared->waiter = loop.create_future<void>().state();
  shared->waiter->set_wait_info(WaitKind::Wait, shared->waiter->id());
  shared->return_when = return_when;
  shared->counter = fs.size();
  if (timeout) {
    shared->timeout_handle = loop.call_later(*timeout, [w = shared->waiter] { release_waiter(*w); });
  }
  std::vector<uint64_t> tokens;
  tokens.reserve(fs.size());
  for (auto& f : fs) {
    tokens.push_back(f->add_done_callback([shared](FutureBase& done) {
      --shared->counter;
      bool failed = !done.cancelled() && done.error().has_value();
      if (shared->counter == 0 || shared->return_when == FIRST_COMPLETED ||
          (shared->return_when == FIRST_EXCEPTION && failed)) {
        shared->timeout_handle.cancel();
        release_waiter(*shared->waiter);
      }
    }));
  }
  Result<void> r = co_await Future<void>(shared->waiter);
  // finally: whether woken or cancelled
  shared->timeout_handle.cancel();
  for (size_t i = 0; i < fs.size(); ++i) fs[i]->remove_done_callback(tokens[i]);
  if (!r) co_await raise(std::move(r).error());
}

}  // namespace aio::detail
