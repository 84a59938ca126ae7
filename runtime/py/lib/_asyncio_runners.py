"""asyncio.run() and asyncio.Runner: create a loop, run the main coroutine, cancel what is left,
close the loop (CPython 3.11's sequence; no SIGINT handling and no contextvars here)."""

import _asyncio
from _asyncio import iscoroutine, all_tasks
from _asyncio_exceptions import CancelledError
from _asyncio_tasks import gather

__all__ = ('Runner', 'run')

_CREATED = 'created'
_INITIALIZED = 'initialized'
_CLOSED = 'closed'


class Runner:
    """A context manager that runs several coroutines on one event loop."""
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Shutdown and close the event loop."""
        if self._state != _INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                _asyncio.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _CLOSED

    def get_loop(self):
        """Return the embedded event loop."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine inside the embedded event loop."""
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if _asyncio._get_running_loop() is not None:
            # fail fast with short traceback
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            if self._interrupt_count > 0:
                uncancel = getattr(task, 'uncancel', None)
                if uncancel is not None and uncancel() == 0:
                    raise KeyboardInterrupt()
            raise

    def _lazy_init(self):
        if self._state == _CLOSED:
            raise RuntimeError('Runner is closed')
        if self._state == _INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = _asyncio.new_event_loop()
            if not self._set_event_loop:
                # Call set_event_loop only once to avoid calling attach_loop multiple times.
                _asyncio.set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = _INITIALIZED


def run(main, *, debug=None):
    """Execute the coroutine and return the result, on a new event loop closed at the end."""
    if _asyncio._get_running_loop() is not None:
        # fail fast with short traceback
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
