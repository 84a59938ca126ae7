// asyncio.Queue, PriorityQueue and LifoQueue: one queue logic (queues.py) over three ways of
// keeping items (its _init/_put/_get overrides), chosen by a storage policy.
//
// Waiting getters and putters are futures in FIFO deques. put_nowait wakes the first live
// getter, get_nowait the first live putter — popping it from its deque; a woken task that was
// cancelled before it ran passes the turn on ("wake next"). put()/get() loop: a woken task may
// find the queue full/empty again and waits anew.
//
//   aio::Queue<int> q(2);                      // maxsize 2 (<= 0: unbounded)
//   AIO_CHECK(co_await q.put(1));              // waits while full
//   AIO_TRY(int x, co_await q.get());          // waits while empty
//   AIO_CHECK(q.task_done());  AIO_CHECK(co_await q.join());
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "aio/coro.hpp"
#include "aio/event.hpp"
#include "aio/lock.hpp"

namespace aio {

// --- storage policies ----------------------------------------------------------------------------
// Each keeps items and says how to add and take one; push/pop may fail (a comparison error).

template <class T>
class FifoStorage {
 public:
  static constexpr const char* python_type = "asyncio.queues.Queue";
  size_t size() const { return items_.size(); }
  Result<void> push(T item) {
    items_.push_back(std::move(item));
    return {};
  }
  Result<T> pop() {
    T item = std::move(items_.front());
    items_.pop_front();
    return item;
  }
  const std::deque<T>& items() const { return items_; }

 private:
  std::deque<T> items_;
};

template <class T>
class LifoStorage {
 public:
  static constexpr const char* python_type = "asyncio.queues.LifoQueue";
  size_t size() const { return items_.size(); }
  Result<void> push(T item) {
    items_.push_back(std::move(item));
    return {};
  }
  Result<T> pop() {
    T item = std::move(items_.back());
    items_.pop_back();
    return item;
  }
  const std::vector<T>& items() const { return items_; }

 private:
  std::vector<T> items_;
};

// heapq, step for step (the swap-based sift of CPython's _heapq), so items that compare equal
// come out in the same order as in CPython — not FIFO: five equal keys pushed a..e pop as
// "acfebd" for six a..f. `Less` answers bool, or Result<bool> when comparing can fail (Python's
// TypeError); then the heap is left as _heapq leaves it, and a failed pop loses its item.
template <class T, class Less = std::less<T>>
class HeapStorage {
 public:
  static constexpr const char* python_type = "asyncio.queues.PriorityQueue";
  explicit HeapStorage(Less less = Less()) : less_(std::move(less)) {}

  size_t size() const { return items_.size(); }
  Result<void> push(T item) {  // heappush
    items_.push_back(std::move(item));
    return sift_down(0, items_.size() - 1);
  }
  Result<T> pop() {  // heappop
    T last = std::move(items_.back());
    items_.pop_back();
    if (items_.empty()) return last;
    T top = std::move(items_.front());
    items_.front() = std::move(last);
    if (auto r = sift_up(0); !r) return std::move(r).error();
    return top;
  }
  const std::vector<T>& items() const { return items_; }  // the heap list, in heap order

 private:
  Result<bool> less(const T& a, const T& b) {
    if constexpr (std::is_same_v<std::decay_t<std::invoke_result_t<Less&, const T&, const T&>>, Result<bool>>) {
      return less_(a, b);
    } else {
      return static_cast<bool>(less_(a, b));
    }
  }
  // Moves the item at `pos` up while it is smaller than its parent.
  Result<void> sift_down(size_t start, size_t pos) {
    while (pos > start) {
      size_t parent = (pos - 1) >> 1;
      Result<bool> lt = less(items_[pos], items_[parent]);
      if (!lt) return std::move(lt).error();
      if (!*lt) break;
      std::swap(items_[pos], items_[parent]);
      pos = parent;
    }
    return {};
  }
  // Bubbles the smaller child up to a leaf, then sifts the item there back down.
  Result<void> sift_up(size_t pos) {
    size_t end = items_.size();
    size_t start = pos;
    while (pos < end / 2) {
      size_t child = 2 * pos + 1;
      if (child + 1 < end) {
        Result<bool> lt = less(items_[child], items_[child + 1]);
        if (!lt) return std::move(lt).error();
        if (!*lt) ++child;  // ties go right, as in _heapq
      }
      std::swap(items_[pos], items_[child]);
      pos = child;
    }
    return sift_down(start, pos);
  }

  Less less_;
  std::vector<T> items_;
};

// --- the queue logic that does not depend on the item type ------------------------------------------

class QueueCore;

// One side of a queue — its getters or its putters: a FIFO of waiter futures, and WaitOnce's
// State for one wait for a turn (see lock.hpp). A woken waiter has already been popped.
class QueueWaiters {
 public:
  QueueWaiters(QueueCore& queue, WaitKind kind) : queue_(&queue), kind_(kind) {}

  size_t size() const { return waiters_.size(); }
  // _wakeup_next: pops waiters until one that is not done, and wakes it.
  void wakeup_next();

  bool try_now() const { return false; }  // put()/get() check full()/empty() themselves
  Result<Waiter> add_waiter(EventLoop& running);
  // The `except:` branch: if we had been woken but cannot use the turn (cancelled before we
  // ran), and the queue could still serve the next in line, wake it.
  Result<void> finish(const Waiter& waiter, Result<void> woken);
  void forget(const Waiter& waiter) { remove_waiter(waiters_, waiter); }

 private:
  QueueCore* queue_;
  WaitKind kind_;
  WaiterQueue waiters_;
};

class QueueCore : public LoopBound {
 public:
  QueueCore(int maxsize, const char* python_type);
  QueueCore(const QueueCore&) = delete;
  QueueCore& operator=(const QueueCore&) = delete;
  virtual ~QueueCore() = default;

  virtual size_t qsize() const = 0;
  int maxsize() const { return maxsize_; }
  bool empty() const { return qsize() == 0; }
  bool full() const { return maxsize_ > 0 && qsize() >= static_cast<size_t>(maxsize_); }
  int unfinished_tasks() const { return unfinished_tasks_; }
  size_t getter_count() const { return getters_.size(); }
  size_t putter_count() const { return putters_.size(); }
  // ValueError "task_done() called too many times".
  Result<void> task_done();

  // join(): Event.wait on "no unfinished tasks", shown on the timeline as a wait on the queue.
  class [[nodiscard]] Join : public Event::Wait {
   public:
    explicit Join(std::shared_ptr<QueueCore> queue)
        : Event::Wait(queue->finished_.state()), queue_(std::move(queue)) {}
    template <class P>
    bool await_suspend(co::coroutine_handle<P> h) {
      queue_->finished_.state()->set_trace_tag(WaitKind::QueueJoin, queue_->trace_id(h.promise().driver->loop()));
      return Event::Wait::await_suspend(h);
    }

   private:
    std::shared_ptr<QueueCore> queue_;
  };

 protected:
  using Turn = WaitOnce<QueueWaiters>;
  // One wait of put()/get() for a turn; the queue stays alive while it waits.
  static Turn turn(const std::shared_ptr<QueueCore>& self, QueueWaiters& side) {
    return Turn(std::shared_ptr<QueueWaiters>(self, &side));
  }
  void item_added();  // put_nowait's bookkeeping after _put
  void item_taken() { putters_.wakeup_next(); }

  QueueWaiters getters_{*this, WaitKind::QueueGet};
  QueueWaiters putters_{*this, WaitKind::QueuePut};

 private:
  int maxsize_;
  int unfinished_tasks_ = 0;
  Event finished_;  // set while unfinished_tasks_ == 0
};

template <class T, class Storage>
class QueueState final : public QueueCore {
 public:
  explicit QueueState(int maxsize, Storage storage = Storage())
      : QueueCore(maxsize, Storage::python_type), storage_(std::move(storage)) {}

  size_t qsize() const override { return storage_.size(); }
  const Storage& storage() const { return storage_; }

  // QueueFull when full.
  Result<void> put_nowait(T item) {
    if (full()) return Error(ErrorKind::QueueFull);
    if (auto r = storage_.push(std::move(item)); !r) return r;
    item_added();
    return {};
  }
  // QueueEmpty when empty.
  Result<T> get_nowait() {
    if (empty()) return Error(ErrorKind::QueueEmpty);
    Result<T> item = storage_.pop();
    if (item) item_taken();
    return item;
  }

  // The waiting halves of put() and get(), run only when they cannot finish at once. A woken
  // task may find the queue full (empty) again — someone took the turn first — and waits anew.
  static Coro<void> put_waiting(std::shared_ptr<QueueState> self, T item) {
    while (self->full()) AIO_CHECK(co_await turn(self, self->putters_));
    AIO_CHECK(self->put_nowait(std::move(item)));
  }
  static Coro<T> get_waiting(std::shared_ptr<QueueState> self) {
    while (self->empty()) AIO_CHECK(co_await turn(self, self->getters_));
    co_return self->get_nowait();
  }

 private:
  Storage storage_;
};

namespace detail {
// `co_await q.get()` / `co_await q.put(x)`: decided when awaited (Python's laziness). Finishes in
// await_ready when it need not wait — no allocation — else runs the waiting coroutine in the
// awaiting task, exactly as `await coro()` does.
template <class T>
class FastOrWait {
 public:
  Result<T> await_resume() {
    if (fast_) return std::move(*fast_);
    return typename Coro<T>::Awaiter{waiting_.handle()}.await_resume();
  }

 protected:
  template <class P>
  void run_waiting(co::coroutine_handle<P> h, Coro<T> waiting) {
    waiting_ = std::move(waiting);
    typename Coro<T>::Awaiter{waiting_.handle()}.await_suspend(h);
  }
  std::optional<Result<T>> fast_;
  Coro<T> waiting_;
};
}  // namespace detail

template <class T, class Storage>
class BasicQueue {
 public:
  using State = QueueState<T, Storage>;

  class [[nodiscard]] Get : public detail::FastOrWait<T> {
   public:
    explicit Get(std::shared_ptr<State> s) : s_(std::move(s)) {}
    bool await_ready() {
      if (s_->empty()) return false;
      this->fast_.emplace(s_->get_nowait());
      return true;
    }
    template <class P>
    void await_suspend(co::coroutine_handle<P> h) { this->run_waiting(h, State::get_waiting(s_)); }

   private:
    std::shared_ptr<State> s_;
  };

  class [[nodiscard]] Put : public detail::FastOrWait<void> {
   public:
    Put(std::shared_ptr<State> s, T item) : s_(std::move(s)), item_(std::move(item)) {}
    bool await_ready() {
      if (s_->full()) return false;
      this->fast_.emplace(s_->put_nowait(std::move(item_)));
      return true;
    }
    template <class P>
    void await_suspend(co::coroutine_handle<P> h) { this->run_waiting(h, State::put_waiting(s_, std::move(item_))); }

   private:
    std::shared_ptr<State> s_;
    T item_;
  };

  explicit BasicQueue(int maxsize = 0, Storage storage = Storage())
      : state_(std::make_shared<State>(maxsize, std::move(storage))) {}

  size_t qsize() const { return state_->qsize(); }
  int maxsize() const { return state_->maxsize(); }
  bool empty() const { return state_->empty(); }
  bool full() const { return state_->full(); }

  Put put(T item) const { return Put(state_, std::move(item)); }  // → Result<void>
  Get get() const { return Get(state_); }                         // → Result<T>
  Result<void> put_nowait(T item) const { return state_->put_nowait(std::move(item)); }
  Result<T> get_nowait() const { return state_->get_nowait(); }
  Result<void> task_done() const { return state_->task_done(); }
  // Waits until every item put has been matched by a task_done().
  QueueCore::Join join() const { return QueueCore::Join(state_); }

  const std::shared_ptr<State>& state() const { return state_; }

 private:
  std::shared_ptr<State> state_;
};

template <class T>
using Queue = BasicQueue<T, FifoStorage<T>>;
// Smallest first by `Less` (heapq order; see HeapStorage for ties).
template <class T, class Less = std::less<T>>
using PriorityQueue = BasicQueue<T, HeapStorage<T, Less>>;
template <class T>
using LifoQueue = BasicQueue<T, LifoStorage<T>>;

}  // namespace aio
