#include "aio/condition.hpp"

#include <optional>

namespace aio {

Result<void> ConditionState::notify(size_t n) {
  if (!lock_.locked()) return Error::runtime("cannot notify on un-acquired lock");
  size_t woken = 0;
  for (const Waiter& w : waiters_) {
    if (woken >= n) break;
    if (!w->done()) {  // already notified or cancelled: does not count
      ++woken;
      (void)w->set_result();
    }
  }
  return {};
}

Coro<void> ConditionState::wait(std::shared_ptr<ConditionState> self) {
  if (!self->lock_.locked()) co_await raise(Error::runtime("cannot wait on un-acquired lock"));
  (void)self->lock_.release();  // held: cannot fail

  EventLoop& loop = co_await this_loop();
  std::optional<Error> error;  // how the wait itself ended, raised after re-acquiring
  if (Result<Waiter> waiter = self->new_waiter(loop); !waiter) {
    error = std::move(waiter).error();
  } else {
    QueuedWaiter queued(self->waiters_, *waiter);
    Result<void> woken = co_await Future<void>(*waiter);
    if (!woken) error = std::move(woken).error();
  }

  // Must re-acquire even when cancelled: keep trying, and remember that we were.
  bool cancelled = false;
  for (;;) {
    Result<void> acquired = co_await self->lock_.acquire();
    if (acquired) break;
    if (!acquired.error().is_cancelled()) co_await raise(std::move(acquired).error());
    cancelled = true;
  }
  if (cancelled) co_await raise(Error::cancelled());  // a new, bare CancelledError, as 3.11
  if (error) co_await raise(std::move(*error));
}

}  // namespace aio
