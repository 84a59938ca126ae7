#include "aio/timeout.hpp"

#include <cassert>
#include <cstdio>

#include "aio/loop.hpp"
#include "aio/task.hpp"

namespace aio {

struct Timeout::Data {
  State state = State::Created;
  std::optional<double> when;
  Handle handler;  // a TimerHandle, or a plain Handle for a deadline already past
  EventLoop* loop = nullptr;
  TaskCore* task = nullptr;
  std::shared_ptr<FutureBase> task_ref;  // keeps the task alive while the scope is active
  int cancelling = 0;                    // task.cancelling() at enter
};

namespace {
const char* state_value(Timeout::State s) {
  switch (s) {
    case Timeout::State::Created: return "created";
    case Timeout::State::Entered: return "active";
    case Timeout::State::Expiring: return "expiring";
    case Timeout::State::Expired: return "expired";
    case Timeout::State::Exited: return "finished";
  }
  return "?";
}

// repr(round(x, 3)) for the deadlines a loop produces.
std::string repr_rounded(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3f", x);
  std::string s = buf;
  while (s.size() > 1 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
  return s;
}
}  // namespace

Timeout::Timeout(std::optional<double> when) : d_(std::make_shared<Data>()) { d_->when = when; }

std::optional<double> Timeout::when() const { return d_->when; }
bool Timeout::expired() const { return d_->state == State::Expiring || d_->state == State::Expired; }
Timeout::State Timeout::state() const { return d_->state; }

std::string Timeout::repr() const {
  std::string info;
  if (d_->state == State::Entered) info = d_->when ? " when=" + repr_rounded(*d_->when) : " when=None";
  return std::string("<Timeout [") + state_value(d_->state) + "]" + info + ">";
}

Result<void> Timeout::reschedule(std::optional<double> when) {
  if (d_->state != State::Entered) {
    if (d_->state == State::Created) return Error::runtime("Timeout has not been entered");
    return Error::runtime(std::string("Cannot change state of ") + state_value(d_->state) + " Timeout");
  }
  d_->when = when;
  d_->handler.cancel();
  if (!when) {
    d_->handler = Handle();
    return {};
  }
  // The timer must not keep the scope alive: a scope dropped without exit() then does nothing.
  auto fire = [w = std::weak_ptr<Data>(d_)] {
    if (auto d = w.lock()) on_timeout(d);
  };
  if (*when <= d_->loop->time()) {
    d_->handler = d_->loop->call_soon(std::move(fire));
  } else {
    d_->handler = d_->loop->call_at(*when, std::move(fire));
  }
  return {};
}

Result<void> Timeout::enter() {
  if (d_->state != State::Created) return Error::runtime("Timeout has already been entered");
  EventLoop* loop = get_running_loop();
  TaskCore* task = loop ? loop->current_task() : nullptr;
  if (!task) return Error::runtime("Timeout should be used inside a task");
  d_->state = State::Entered;
  d_->loop = loop;
  d_->task = task;
  d_->task_ref = task->future().shared_from_this();
  d_->cancelling = task->cancelling();
  return reschedule(d_->when);
}

Result<void> Timeout::exit(const std::optional<Error>& exc) {
  if (d_->state != State::Entered && d_->state != State::Expiring) {
    return Error::runtime("Timeout has not been entered");
  }
  d_->handler.cancel();
  d_->handler = Handle();
  Result<void> out;
  if (d_->state == State::Expiring) {
    d_->state = State::Expired;
    // Withdraw our own cancel request; convert only if no one else's remains.
    if (d_->task->uncancel() <= d_->cancelling && exc && exc->is_cancelled()) out = Error::timeout();
  } else {
    d_->state = State::Exited;
  }
  d_->task = nullptr;
  d_->task_ref.reset();
  return out;
}

void Timeout::on_timeout(const std::shared_ptr<Data>& d) {
  assert(d->state == State::Entered);
  d->task->request_cancel({});
  d->state = State::Expiring;
  d->handler = Handle();
}

Timeout timeout(std::optional<double> delay) {
  EventLoop* loop = get_running_loop();
  assert(loop && "asyncio.timeout() needs a running loop");
  return timeout(*loop, delay);
}

Timeout timeout(EventLoop& loop, std::optional<double> delay) {
  return Timeout(delay ? std::optional<double>(loop.time() + *delay) : std::nullopt);
}

Timeout timeout_at(std::optional<double> when) { return Timeout(when); }

}  // namespace aio
