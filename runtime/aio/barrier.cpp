#include "aio/barrier.hpp"

namespace aio {

Result<Barrier> Barrier::create(int parties) {
  if (parties < 1) return Error(ErrorKind::Value, "parties must be > 0");
  return Barrier(parties);
}

void BarrierState::tag_for_trace(EventLoop& loop) {
  // Tasks waiting on the inner Condition (or its Lock) show on the timeline as on the Barrier.
  if (tagged_) return;
  tagged_ = true;
  uint64_t id = trace_id(loop);
  cond_.state()->set_trace_tag(WaitKind::Barrier, id);
  cond_.lock().state()->set_trace_tag(WaitKind::Barrier, id);
}

void BarrierState::exit() {
  // The last task out ends the draining (or resetting) and lets blocked arrivals in.
  if (count_ != 0) return;
  if (phase_ == BarrierPhase::Resetting || phase_ == BarrierPhase::Draining) phase_ = BarrierPhase::Filling;
  (void)cond_.notify_all();
}

Coro<int> BarrierState::wait(std::shared_ptr<BarrierState> self) {
  BarrierState& b = *self;
  b.tag_for_trace(co_await this_loop());
  AIO_TRY(auto held, co_await b.cond_.scoped());

  // _block: wait while the barrier drains or resets; a broken barrier fails at once.
  AIO_CHECK(co_await b.cond_.wait_for(
      [&b] { return b.phase_ != BarrierPhase::Draining && b.phase_ != BarrierPhase::Resetting; }));
  if (b.phase_ == BarrierPhase::Broken) co_await raise(Error(ErrorKind::BrokenBarrier, "Barrier aborted"));

  int index = b.count_++;
  Result<void> outcome;
  if (index + 1 == b.parties_) {
    // _release: the last arrival starts draining and wakes everyone.
    b.phase_ = BarrierPhase::Draining;
    (void)b.cond_.notify_all();
  } else if (auto r = co_await b.cond_.wait_for([&b] { return b.phase_ != BarrierPhase::Filling; }); !r) {
    outcome = std::move(r).error();
  } else if (b.phase_ == BarrierPhase::Broken || b.phase_ == BarrierPhase::Resetting) {
    outcome = Error(ErrorKind::BrokenBarrier, "Abort or reset of barrier");
  }
  // finally: leave, waking arrivals blocked on the drain (the guard then releases the lock).
  --b.count_;
  b.exit();
  if (!outcome) co_await raise(std::move(outcome).error());
  co_return index;
}

Coro<void> BarrierState::reset(std::shared_ptr<BarrierState> self) {
  BarrierState& b = *self;
  b.tag_for_trace(co_await this_loop());
  AIO_TRY(auto held, co_await b.cond_.scoped());
  // Waiters inside fail with BrokenBarrierError; the last one out refills the barrier.
  b.phase_ = b.count_ > 0 ? BarrierPhase::Resetting : BarrierPhase::Filling;
  (void)b.cond_.notify_all();
}

Coro<void> BarrierState::abort(std::shared_ptr<BarrierState> self) {
  BarrierState& b = *self;
  b.tag_for_trace(co_await this_loop());
  AIO_TRY(auto held, co_await b.cond_.scoped());
  b.phase_ = BarrierPhase::Broken;
  (void)b.cond_.notify_all();
}

}  // namespace aio
