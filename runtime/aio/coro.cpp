#include "aio/coro.hpp"

namespace aio {

namespace {
// Not inlined: a resume() inlined as a coroutine's last action needs wasm tail calls at -O2
// (TOOLCHAIN.md).
[[gnu::noinline]] void resume_frame(co::coroutine_handle<> frame) { frame.resume(); }
}  // namespace

StepOutcome CoroDriver::run(co::coroutine_handle<> root, std::optional<Error> inject) {
  if (!started_) {
    started_ = true;
    // Cancelled before it ever ran: CPython throws CancelledError in at the first line, which
    // no code of the coroutine can catch — so it never runs.
    if (inject) return StepOutcome::raised(std::move(*inject));
    stack_.push_back(root);
  } else {
    injected_ = std::move(inject);
  }
  for (;;) {
    signal_ = Signal::None;
    resume_frame(stack_.back());
    if (stack_.empty()) {
      injected_.reset();
      return StepOutcome::returned();  // CoroTask reads the root promise for value or error
    }
    switch (signal_) {
      case Signal::Await: return StepOutcome::awaiting(std::move(awaited_));
      case Signal::Yield: return StepOutcome::yielded();
      case Signal::None: break;  // a frame was pushed or popped: keep going
    }
  }
}

}  // namespace aio
