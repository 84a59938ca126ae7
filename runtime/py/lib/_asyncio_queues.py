"""Queues: Queue (FIFO), PriorityQueue, LifoQueue, with CPython 3.11's wake-up order and reprs."""

from collections import deque
import heapq
import _asyncio
from _asyncio import _queue_try_get, _queue_try_put, _WOULD_BLOCK
from _asyncio_exceptions import QueueEmpty, QueueFull
from _asyncio_locks import Event, _LoopBoundMixin
from _asyncio_generic_alias import GenericAlias

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

# The native methods raise these.
_asyncio._queue_setup(QueueEmpty, QueueFull)


class Queue(_LoopBoundMixin):
    """A queue for coordinating producer and consumer coroutines (maxsize <= 0: unbounded)."""
    __module__ = 'asyncio.queues'

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        # Futures of the tasks blocked in get() and in put().
        self._getters = deque()
        self._putters = deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished._timeline_wait = ('queue_join', self)
        self._finished.set()
        self._init(maxsize)

    # The methods marked native are C++ (runtime/py/asyncio_queue.cpp), doing what CPython's
    # Python does; they call the others through self, so overriding any of them works.

    # The three storage hooks subclasses override.
    def _init(self, maxsize):
        self._queue = deque()

    _get = _asyncio._Queue__get  # native: self._queue.popleft()
    _put = _asyncio._Queue__put  # native: self._queue.append(item)
    # native: wakes the first waiter that isn't done (popping the done ones before it).
    _wakeup_next = _asyncio._Queue__wakeup_next

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):
            result += f' _queue={list(self._queue)!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    qsize = _asyncio._Queue_qsize  # native: len(self._queue)

    @property
    def maxsize(self):
        """Number of items allowed in the queue."""
        return self._maxsize

    empty = _asyncio._Queue_empty  # native: not self._queue
    full = _asyncio._Queue_full  # native: maxsize > 0 and self.qsize() >= maxsize

    async def put(self, item):
        """Put an item into the queue, waiting while it is full."""
        # CPython's `while self.full(): wait` with its first test (and, when not full, the
        # put_nowait) done natively.
        result = _queue_try_put(self, item)
        if result is not _WOULD_BLOCK:
            return result
        while True:
            putter = self._get_loop().create_future()
            _asyncio._mark_wait(putter, 'queue_put', self)  # for the timeline
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()  # just in case putter is not done yet
                try:
                    # Clean self._putters from canceled putters.
                    self._putters.remove(putter)
                except ValueError:
                    # The putter was removed from self._putters by a previous get_nowait call.
                    pass
                if not self.full() and not putter.cancelled():
                    # We were woken up by get_nowait(), but can't take the call: wake the next.
                    self._wakeup_next(self._putters)
                raise
            if not self.full():
                break
        return self.put_nowait(item)

    # native: QueueFull if self.full(), else self._put(item), count it, clear _finished and
    # wake the first getter.
    put_nowait = _asyncio._Queue_put_nowait

    async def get(self):
        """Remove and return an item from the queue, waiting while it is empty."""
        # As put(): CPython's `while self.empty(): wait`, first test done natively.
        item = _queue_try_get(self)
        if item is not _WOULD_BLOCK:
            return item
        while True:
            getter = self._get_loop().create_future()
            _asyncio._mark_wait(getter, 'queue_get', self)  # for the timeline
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()  # just in case getter is not done yet
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
            if not self.empty():
                break
        return self.get_nowait()

    # native: QueueEmpty if self.empty(), else self._get() and wake the first putter.
    get_nowait = _asyncio._Queue_get_nowait
    # native: ValueError when called too often; sets _finished when the count reaches 0.
    task_done = _asyncio._Queue_task_done

    async def join(self):
        """Block until every item put into the queue has been marked task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that retrieves entries in priority order (lowest first)."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that retrieves most recently added entries first."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
