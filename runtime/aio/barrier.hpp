// asyncio.Barrier (3.11): `parties` tasks meet; wait() gives each its arrival index. Built, as
// in CPython, on a Condition: tasks arriving while the barrier drains (or resets) wait for it to
// fill again; abort() breaks it (BrokenBarrierError for waiters and later arrivals); reset()
// fails the current waiters and starts a new round.
#pragma once

#include <cassert>
#include <cstdint>
#include <memory>

#include "aio/condition.hpp"

namespace aio {

// asyncio's _BarrierState.
enum class BarrierPhase : uint8_t { Filling, Draining, Resetting, Broken };

class BarrierState : public LoopBound {
 public:
  explicit BarrierState(int parties) : LoopBound("asyncio.locks.Barrier", WaitKind::Barrier), parties_(parties) {}

  int parties() const { return parties_; }
  BarrierPhase phase() const { return phase_; }
  int n_waiting() const { return phase_ == BarrierPhase::Filling ? count_ : 0; }
  bool broken() const { return phase_ == BarrierPhase::Broken; }

  static Coro<int> wait(std::shared_ptr<BarrierState> self);
  static Coro<void> reset(std::shared_ptr<BarrierState> self);
  static Coro<void> abort(std::shared_ptr<BarrierState> self);

 private:
  void tag_for_trace(EventLoop& loop);
  void exit();

  Condition cond_;  // notified whenever the phase changes
  int parties_;
  BarrierPhase phase_ = BarrierPhase::Filling;
  int count_ = 0;  // tasks inside wait()
  bool tagged_ = false;
};

//   AIO_TRY(int index, co_await barrier.wait());
class Barrier {
 public:
  // Precondition parties > 0; create() checks it as Python does.
  explicit Barrier(int parties) : state_(std::make_shared<BarrierState>(parties)) { assert(parties > 0); }
  // ValueError "parties must be > 0".
  static Result<Barrier> create(int parties);

  // The arrival index, 0 … parties-1; BrokenBarrierError when aborted or reset meanwhile.
  Coro<int> wait() const { return BarrierState::wait(state_); }
  Coro<void> reset() const { return BarrierState::reset(state_); }
  Coro<void> abort() const { return BarrierState::abort(state_); }

  int parties() const { return state_->parties(); }
  int n_waiting() const { return state_->n_waiting(); }
  bool broken() const { return state_->broken(); }
  BarrierPhase phase() const { return state_->phase(); }

  const std::shared_ptr<BarrierState>& state() const { return state_; }

 private:
  std::shared_ptr<BarrierState> state_;
};

}  // namespace aio
