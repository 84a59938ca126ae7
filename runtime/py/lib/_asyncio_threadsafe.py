"""Bridges between asyncio futures and concurrent.futures.Future, for code on other threads:
run_coroutine_threadsafe and wrap_future (CPython's futures._chain_future and friends).

They need the concurrent.futures module; where the interpreter has none yet they raise
NotImplementedError."""

import _asyncio
from _asyncio_exceptions import CancelledError, InvalidStateError
from _asyncio_tasks import ensure_future, isfuture, iscoroutine, _get_loop, _get_event_loop

__all__ = ('run_coroutine_threadsafe', 'wrap_future')


def _concurrent_futures(name):
    try:
        import concurrent.futures
    except ImportError:
        raise NotImplementedError(f'asyncio.{name}() is not supported yet') from None
    return concurrent.futures


def _convert_future_exc(cf, exc):
    # concurrent.futures' own exception classes become asyncio's.
    exc_class = type(exc)
    if exc_class is cf.CancelledError:
        return CancelledError(*exc.args)
    if exc_class is cf.TimeoutError:
        return TimeoutError(*exc.args)
    if exc_class is cf.InvalidStateError:
        return InvalidStateError(*exc.args)
    return exc


def _set_concurrent_future_state(cf, concurrent, source):
    assert source.done()
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(cf, exception))
    else:
        concurrent.set_result(source.result())


def _copy_future_state(cf, source, dest):
    # source may be a concurrent.futures.Future; dest is an asyncio future.
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(cf, exception))
        else:
            dest.set_result(source.result())


def _chain_future(cf, source, destination):
    """Copy source's outcome to destination when it is done; cancelling destination cancels
    source. Either may be an asyncio or a concurrent future; a loop is reached thread-safely."""
    if not isfuture(source) and not isinstance(source, cf.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination, cf.Future):
        raise TypeError('A future is required for destination argument')
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(cf, other, future)
        else:
            _set_concurrent_future_state(cf, future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if destination.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine object to a given event loop; returns a concurrent.futures.Future."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    cf = _concurrent_futures('run_coroutine_threadsafe')
    future = cf.Future()

    def callback():
        try:
            _chain_future(cf, ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


def wrap_future(future, *, loop=None):
    """Wrap a concurrent.futures.Future object in an asyncio future."""
    if isfuture(future):
        return future
    cf = _concurrent_futures('wrap_future')
    assert isinstance(future, cf.Future), f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = _get_event_loop()
    new_future = loop.create_future()
    _chain_future(cf, future, new_future)
    return new_future
