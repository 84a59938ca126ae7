"""multiprocessing's synchronization primitives: threading's, shared by reference between the
processes that receive them (every process's threads run under one scheduler, so a lock of the
parent blocks a child's thread as it would block another thread)."""

import _thread
import threading

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']


class Lock:
    _mp_shared = True

    def __init__(self, *, ctx=None):
        self._lock = _thread.allocate_lock()
        self._owner = None

    def acquire(self, block=True, timeout=None):
        got = self._lock.acquire(block, -1 if timeout is None else max(timeout, 0)) if block else self._lock.acquire(False)
        if got:
            self._owner = _thread.get_ident()
        return got

    def release(self):
        if not self._lock.locked():
            raise ValueError('semaphore or lock released too many times')
        self._owner = None
        self._lock.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        if not self._lock.locked():
            return '<Lock(owner=None)>'
        import multiprocessing
        return '<Lock(owner=%s)>' % multiprocessing.current_process().name


class RLock(threading.RLock):
    _mp_shared = True

    def __init__(self, *, ctx=None):
        super().__init__()


class Semaphore(threading.Semaphore):
    _mp_shared = True

    def __init__(self, value=1, *, ctx=None):
        super().__init__(value)

    def get_value(self):
        return self._value


class BoundedSemaphore(threading.BoundedSemaphore):
    _mp_shared = True

    def __init__(self, value=1, *, ctx=None):
        super().__init__(value)


class Condition(threading.Condition):
    _mp_shared = True

    def __init__(self, lock=None, *, ctx=None):
        super().__init__(lock if lock is not None else RLock())


class Event(threading.Event):
    _mp_shared = True

    def __init__(self, *, ctx=None):
        super().__init__()


class Barrier(threading.Barrier):
    _mp_shared = True

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        super().__init__(parties, action, timeout)
