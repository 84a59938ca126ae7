"""asyncio.timeout(): a context manager that cancels the current task at a deadline and turns
that cancellation into TimeoutError on exit (CPython 3.11's algorithm, based on Task.uncancel)."""

from _asyncio import get_running_loop, current_task
from _asyncio_exceptions import CancelledError

__all__ = ('Timeout', 'timeout', 'timeout_at')


class _State:
    # Stands in for CPython's enum.Enum of the same name.
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_State.{self.name}: {self.value!r}>'

    def __str__(self):
        return f'_State.{self.name}'


_CREATED = _State('CREATED', 'created')
_ENTERED = _State('ENTERED', 'active')
_EXPIRING = _State('EXPIRING', 'expiring')
_EXPIRED = _State('EXPIRED', 'expired')
_EXITED = _State('EXITED', 'finished')


class Timeout:
    """Asynchronous context manager for cancelling overdue coroutines; use timeout()."""
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """Return the current deadline."""
        return self._when

    def reschedule(self, when):
        """Reschedule the timeout (None: no deadline)."""
        if self._state is not _ENTERED:
            if self._state is _CREATED:
                raise RuntimeError('Timeout has not been entered')
            raise RuntimeError(f'Cannot change state of {self._state.value} Timeout')

        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Is timeout expired during execution?"""
        return self._state is _EXPIRING or self._state is _EXPIRED

    def __repr__(self):
        info = ['']
        if self._state is _ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f'when={when}')
        info_str = ' '.join(info)
        return f'<Timeout [{self._state.value}]{info_str}>'

    async def __aenter__(self):
        if self._state is not _CREATED:
            raise RuntimeError('Timeout has already been entered')
        task = current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _ENTERED
        self._task = task
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state is _ENTERED or self._state is _EXPIRING

        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None

        if self._state is _EXPIRING:
            self._state = _EXPIRED
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                # Our own cancellation: it becomes a TimeoutError.
                raise TimeoutError from exc_val
        elif self._state is _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        assert self._state is _ENTERED
        self._task.cancel()
        self._state = _EXPIRING
        # The handle has fired: nothing to cancel on exit.
        self._timeout_handler = None


def timeout(delay):
    """Timeout async context manager: the block is cancelled after `delay` seconds (None: never)."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """Schedule the timeout at absolute loop time `when` (None: never)."""
    return Timeout(when)
