"""multiprocessing's queues, shared by the processes that receive them: an item is copied when
put (in the sender's process, _mp_pickle) and rebuilt when got (in the receiver's). Their
methods run in whichever process calls them, so the exceptions they raise (queue.Empty,
queue.Full) are imported at the call, from the caller's own modules."""

import _thread
import threading
from collections import deque

from _mp_pickle import dumps, loads

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:
    _mp_shared = True

    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize if maxsize > 0 else 2147483647
        self._items = deque()
        self._mutex = threading.Lock()
        self._not_empty = threading.Condition(self._mutex)
        self._not_full = threading.Condition(self._mutex)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        data = dumps(obj)
        with self._not_full:
            if len(self._items) >= self._maxsize:
                if not block or not self._not_full.wait_for(lambda: len(self._items) < self._maxsize, timeout):
                    import queue
                    raise queue.Full
            self._items.append(data)
            self._put_one()
            self._not_empty.notify()

    def _put_one(self):
        pass

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        with self._not_empty:
            if not self._items:
                if timeout is not None and timeout < 0:
                    timeout = 0
                if not block or not self._not_empty.wait_for(lambda: self._items, timeout):
                    import queue
                    raise queue.Empty
            data = self._items.popleft()
            self._not_full.notify()
        return loads(data)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return len(self._items) >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        pass

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def __init__(self, maxsize=0, *, ctx=None):
        super().__init__(maxsize)
        self._unfinished = 0
        self._all_done = threading.Condition(self._mutex)

    def _put_one(self):
        self._unfinished += 1

    def task_done(self):
        with self._mutex:
            if self._unfinished <= 0:
                raise ValueError('task_done() called too many times')
            self._unfinished -= 1
            if self._unfinished == 0:
                self._all_done.notify_all()

    def join(self):
        with self._all_done:
            self._all_done.wait_for(lambda: self._unfinished == 0)


class SimpleQueue(Queue):
    def __init__(self, *, ctx=None):
        super().__init__()
