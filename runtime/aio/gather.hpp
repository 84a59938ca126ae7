// asyncio.gather (tasks.py, CPython 3.11). Returns at once a future (a _GatheringFuture) for
// the results of all children, in argument order; coroutine arguments become tasks, in order.
// Each child reports through a done callback (so the outer completes one loop iteration after
// the last child, as in CPython). Without return_exceptions the first error — or a child's
// CancelledError — fails the outer future while the other children keep running. Cancelling
// the outer future cancels the children; it then fails with CancelledError even with
// return_exceptions.
//
//   auto r = co_await aio::gather(tasks);                        // Result<std::vector<T>>
//   auto r = co_await aio::gather(aio::return_exceptions, tasks); // Result<vector<Result<T>>>
//   auto r = co_await aio::gather(a(), task_b, fut_c);           // Result<std::tuple<A, B, C>>
//   auto r = co_await aio::gather(aio::return_exceptions, a(), b());  // tuple<Result<A>, …>
// Task<void> contributes std::monostate. Coroutine arguments need a running loop.
#pragma once

#include <cassert>
#include <functional>
#include <memory>
#include <string>
#include <tuple>
#include <utility>
#include <unordered_set>
#include <vector>

#include "aio/coro.hpp"
#include "aio/wait.hpp"

namespace aio {

struct ReturnExceptions {};
inline constexpr ReturnExceptions return_exceptions{};

// gather's outer future: cancel() cancels the children instead of the future itself.
template <class R>
class GatheringFuture final : public FutureState<R> {
 public:
  using Collect = std::function<R()>;  // builds the result once every child is done

  GatheringFuture(EventLoop& loop, bool return_exceptions) : FutureState<R>(loop), return_exceptions_(return_exceptions) {
    this->set_wait_info(WaitKind::Gather, this->id());
  }

  bool cancel(std::string msg = {}) override {
    if (this->done()) return false;
    bool ret = false;
    for (auto& child : children_) {
      if (child->cancel(msg)) ret = true;
    }
    // Propagate the cancellation whatever return_exceptions says (bpo-32684).
    if (ret) cancel_requested_ = true;
    return ret;
  }
  bool cancel_requested() const { return cancel_requested_; }
  const std::vector<std::shared_ptr<FutureBase>>& children() const { return children_; }

  // Adds the next argument's future; a repeated future is listed again but counted once.
  bool add_child(std::shared_ptr<FutureBase> child) {
    // A set, like CPython's arg_to_fut dict: a linear scan made gather of 100k quadratic.
    bool repeated = !distinct_.insert(child.get()).second;
    children_.push_back(std::move(child));
    if (!repeated) ++nfuts_;
    return !repeated;
  }
  void set_collect(Collect collect) { collect_ = std::move(collect); }

  // gather's _done_callback.
  void on_child_done(FutureBase& child) {
    ++nfinished_;
    if (this->done()) return;
    if (!return_exceptions_ && child.error()) {  // an exception, or a CancelledError
      (void)this->set_exception(*child.error());
      return;
    }
    if (nfinished_ < nfuts_) return;
    if (cancel_requested_) {
      // CPython raises the last child's CancelledError (its loop variable outlives the loop).
      FutureBase& last = *children_.back();
      (void)this->set_exception(last.cancelled() ? *last.error() : Error::cancelled());
    } else {
      (void)this->set_result(collect_());
    }
  }

 private:
  std::vector<std::shared_ptr<FutureBase>> children_;
  std::unordered_set<const FutureBase*> distinct_;
  Collect collect_;
  size_t nfuts_ = 0;
  size_t nfinished_ = 0;
  bool return_exceptions_;
  bool cancel_requested_ = false;
};

namespace detail {
template <class R>
void gather_add(const std::shared_ptr<GatheringFuture<R>>& outer, std::shared_ptr<FutureBase> child) {
  if (!outer->add_child(child)) return;
  // Weak: children must not keep the outer alive (no cycle through their callbacks).
  child->add_done_callback([w = std::weak_ptr<GatheringFuture<R>>(outer)](FutureBase& f) {
    if (auto o = w.lock()) o->on_child_done(f);
  });
}

// A child's entry with return_exceptions. CPython lists a new CancelledError carrying the
// child's _cancel_message, which is None for a task that ended by raising CancelledError (the
// usual way a task gets cancelled) and the cancel() message for a plain future.
template <class T>
Result<value_t<T>> gathered_outcome(const FutureState<T>& f) {
  if (f.cancelled() && dynamic_cast<const TaskCore*>(static_cast<const FutureBase*>(&f))) {
    return Error::cancelled();
  }
  return value_of(f);
}

template <class R, class X>
std::shared_ptr<FutureState<future_value_t<X>>> gather_child(EventLoop& loop, const std::shared_ptr<GatheringFuture<R>>& outer,
                                                            X&& arg) {
  Future<future_value_t<X>> f = ensure_future(loop, std::forward<X>(arg));
  gather_add(outer, f.base());
  return f.state();
}

inline EventLoop& gather_loop(EventLoop* fallback) {
  EventLoop* loop = get_running_loop();
  if (!loop) loop = fallback;
  assert(loop && "gather() of coroutines needs a running loop");
  return *loop;
}

template <class R>
Future<R> gather_empty(R empty) {
  Future<R> outer = gather_loop(nullptr).create_future<R>();
  (void)outer.set_result(std::move(empty));
  return outer;
}

template <bool ReturnExc, class X>
Future<std::conditional_t<ReturnExc, std::vector<Result<value_t<future_value_t<X>>>>,
                          std::vector<value_t<future_value_t<X>>>>>
gather_vector(std::vector<X> args) {
  using T = future_value_t<X>;
  using R = std::conditional_t<ReturnExc, std::vector<Result<value_t<T>>>, std::vector<value_t<T>>>;
  if (args.empty()) return gather_empty<R>({});
  EventLoop& loop = gather_loop(loop_of(args.front()));
  auto outer = std::make_shared<GatheringFuture<R>>(loop, ReturnExc);
  std::vector<std::shared_ptr<FutureState<T>>> typed;
  typed.reserve(args.size());
  for (X& arg : args) {
    typed.push_back(gather_child(loop, outer, std::move(arg)));
  }
  outer->set_collect([typed = std::move(typed)] {
    R results;
    results.reserve(typed.size());
    for (auto& f : typed) {
      if constexpr (ReturnExc) {
        results.push_back(gathered_outcome(*f));
      } else {
        results.push_back(*value_of(*f));
      }
    }
    return results;
  });
  return Future<R>(outer);
}

template <bool ReturnExc, class... X>
auto gather_tuple(X&&... args) {
  using R = std::conditional_t<ReturnExc, std::tuple<Result<value_t<future_value_t<X>>>...>,
                               std::tuple<value_t<future_value_t<X>>...>>;
  EventLoop* fallback = nullptr;
  ((fallback = fallback ? fallback : loop_of(args)), ...);
  EventLoop& loop = gather_loop(fallback);
  auto outer = std::make_shared<GatheringFuture<R>>(loop, ReturnExc);
  // Braced initialisation evaluates left to right: each child is created and registered in
  // argument order, as CPython's loop does.
  std::tuple<std::shared_ptr<FutureState<future_value_t<X>>>...> typed{
      gather_child(loop, outer, std::forward<X>(args))...};
  outer->set_collect([typed = std::move(typed)] {
    return std::apply(
        [](auto&... f) {
          if constexpr (ReturnExc) {
            return R(gathered_outcome(*f)...);
          } else {
            return R(*value_of(*f)...);
          }
        },
        typed);
  });
  return Future<R>(outer);
}
}  // namespace detail

// Homogeneous: a vector of Task<T>, Future<T> or Coro<T>.
template <class X>
  requires Awaitable<X>
auto gather(std::vector<X> args) {
  return detail::gather_vector<false>(std::move(args));
}
template <class X>
  requires Awaitable<X>
auto gather(ReturnExceptions, std::vector<X> args) {
  return detail::gather_vector<true>(std::move(args));
}

// Heterogeneous: any mix of Task, Future and Coro arguments.
template <class... X>
  requires(sizeof...(X) > 0 && (Awaitable<X> && ...))
auto gather(X&&... args) {
  return detail::gather_tuple<false>(std::forward<X>(args)...);
}
template <class... X>
  requires(sizeof...(X) > 0 && (Awaitable<X> && ...))
auto gather(ReturnExceptions, X&&... args) {
  return detail::gather_tuple<true>(std::forward<X>(args)...);
}

}  // namespace aio
