"""asyncio's exception classes: the two the loop raises are native, the rest are plain Python."""

from _asyncio import CancelledError, InvalidStateError

# asyncio.TimeoutError has been the builtin TimeoutError since 3.11.
TimeoutError = TimeoutError

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError',
           'QueueEmpty', 'QueueFull')


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""
    __module__ = 'asyncio.exceptions'


class IncompleteReadError(EOFError):
    """Incomplete read error."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        shown = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {shown} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """Reached the buffer limit while looking for a separator."""
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return type(self), (self.args[0], self.consumed)


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
    __module__ = 'asyncio.exceptions'


# CPython defines these two in asyncio.queues, which is what their class repr shows.
class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = 'asyncio.queues'
