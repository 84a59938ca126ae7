"""Synchronization primitives: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.

Same algorithms as CPython 3.11 (waiters are futures woken in FIFO order), so fairness and
the order in which waiting tasks resume match it. The methods marked native are C++
(runtime/py/asyncio_locks.cpp) doing what CPython's Python does; they call the others through
self, so a subclass overriding any of them works.
"""

from collections import deque
import _asyncio
from _asyncio import _try_acquire, _lock_try_acquire, _semaphore_try_acquire
from _asyncio_exceptions import CancelledError, BrokenBarrierError

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')


def _object_repr(obj):
    # object.__repr__: '<module.QualName object at 0x...>'.
    cls = type(obj)
    return f'<{cls.__module__}.{cls.__qualname__} object at {id(obj):#x}>'


def _repr_with(obj, extra):
    return f'<{_object_repr(obj)[1:-1]} [{extra}]>'


class _LoopBoundMixin:
    # A primitive binds to the loop of the first task that has to wait on it.
    _loop = None

    def _get_loop(self):
        loop = _asyncio._get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin:
    async def __aenter__(self):
        # When self.acquire is Lock's or Semaphore's own and needn't wait, _try_acquire does
        # what it would do, natively, without a second coroutine.
        if not _try_acquire(self):
            await self.acquire()
        # Returns None, unlike threading's locks: `async with lock as x` gives x = None.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    """Primitive lock objects."""
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _repr_with(self, extra)

    locked = _asyncio._Lock_locked  # native: self._locked

    async def acquire(self):
        """Acquire a lock; blocks until it is unlocked, then sets it to locked."""
        # native: `if not self._locked and (self._waiters is None or
        # all(w.cancelled() for w in self._waiters))`, then self._locked = True.
        if _lock_try_acquire(self):
            return True

        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        _asyncio._mark_wait(fut, 'lock', self)  # for the timeline
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            # We were woken up but cancelled before running: pass the turn on.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    # native: RuntimeError when unlocked, else unlock and self._wake_up_first().
    release = _asyncio._Lock_release
    # native: the first waiter, unless done, gets True.
    _wake_up_first = _asyncio._Lock__wake_up_first


_asyncio._register_acquire(Lock.acquire, 'lock')


class Event(_LoopBoundMixin):
    """Asynchronous equivalent to threading.Event."""
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = deque()
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _repr_with(self, extra)

    is_set = _asyncio._Event_is_set  # native: self._value
    # native: unless set, sets the flag and gives True to every waiter not done.
    set = _asyncio._Event_set
    clear = _asyncio._Event_clear  # native: self._value = False

    async def wait(self):
        """Block until the internal flag is true; returns True."""
        if self._value:
            return True
        fut = self._get_loop().create_future()
        # For the timeline: what waits (a Queue's join() waits on its event).
        _asyncio._mark_wait(fut, *getattr(self, '_timeline_wait', ('event', self)))
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    """Asynchronous equivalent to threading.Condition."""
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        # The lock's methods, exported as ours.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = deque()

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _repr_with(self, extra)

    async def wait(self):
        """Wait until notified; the lock is released meanwhile and re-acquired before returning."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')

        self.release()
        try:
            fut = self._get_loop().create_future()
            _asyncio._mark_wait(fut, 'condition', self)  # for the timeline
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock must be re-acquired even if the wait is cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true; returns its last value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n tasks waiting on this condition."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake up all tasks waiting on this condition."""
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    """A Semaphore: a counter decremented by acquire() and incremented by release()."""
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return _repr_with(self, extra)

    # native: self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))
    locked = _asyncio._Semaphore_locked

    async def acquire(self):
        """Acquire a semaphore; waits (FIFO) while the counter is zero."""
        # native: `if not self.locked(): self._value -= 1`
        if _semaphore_try_acquire(self):
            return True

        if self._waiters is None:
            self._waiters = deque()
        fut = self._get_loop().create_future()
        _asyncio._mark_wait(fut, 'semaphore', self)  # for the timeline
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                # Woken (and counted) but cancelled before running: give the unit back.
                self._value += 1
                self._wake_up_next()
            raise

        if self._value > 0:
            self._wake_up_next()
        return True

    # native: self._value += 1, then self._wake_up_next().
    release = _asyncio._Semaphore_release
    # native: the first waiter not done takes a unit (self._value -= 1) and gets True.
    _wake_up_next = _asyncio._Semaphore__wake_up_next


_asyncio._register_acquire(Semaphore.acquire, 'semaphore')


class BoundedSemaphore(Semaphore):
    """A bounded semaphore: releasing above the initial value raises ValueError."""
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class _BarrierState:
    # Stands in for CPython's enum.Enum of the same name.
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_BarrierState.{self.name}: {self.value!r}>'

    def __str__(self):
        return f'_BarrierState.{self.name}'


_FILLING = _BarrierState('FILLING', 'filling')
_DRAINING = _BarrierState('DRAINING', 'draining')
_RESETTING = _BarrierState('RESETTING', 'resetting')
_BROKEN = _BarrierState('BROKEN', 'broken')


class Barrier(_LoopBoundMixin):
    """Asyncio equivalent to threading.Barrier: `parties` tasks wait for each other."""
    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0  # tasks inside wait()

    def __repr__(self):
        extra = f'{self._state.value}'
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return _repr_with(self, extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait for the barrier; returns this task's index in 0..parties-1."""
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()
                else:
                    await self._wait()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # Wait while a previous cycle drains or resets.
        await self._cond.wait_for(lambda: self._state is not _DRAINING and
                                  self._state is not _RESETTING)
        if self._state is _BROKEN:
            raise BrokenBarrierError('Barrier aborted')

    async def _release(self):
        self._state = _DRAINING
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state is not _FILLING)
        if self._state is _BROKEN or self._state is _RESETTING:
            raise BrokenBarrierError('Abort or reset of barrier')

    def _exit(self):
        if self._count == 0:
            if self._state is _RESETTING or self._state is _DRAINING:
                self._state = _FILLING
            self._cond.notify_all()

    async def reset(self):
        """Reset the barrier to its initial state; waiting tasks get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state is not _RESETTING:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Put the barrier into a broken state."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """Number of tasks required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Number of tasks waiting in the barrier while filling."""
        if self._state is _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """True if the barrier is broken."""
        return self._state is _BROKEN
