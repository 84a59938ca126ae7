"""loop.run_in_executor() and asyncio.to_thread() on threads: the call is submitted to a
concurrent.futures executor (the loop's default one is a ThreadPoolExecutor made on first use,
as CPython's) and its concurrent future is chained to an asyncio future of the loop. While the
loop has nothing to do, the worker threads run (threading_scheduler.hpp: the loop's idle wait)."""

import _asyncio
from _asyncio_threadsafe import wrap_future

_default_executors = {}  # loop -> its default executor


def run_in_executor(loop, executor, func, *args):
    if executor is None:
        executor = _default_executors.get(loop)
        if executor is None:
            import concurrent.futures
            executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
            _default_executors[loop] = executor
    fut = wrap_future(executor.submit(func, *args), loop=loop)
    _asyncio._mark_wait(fut, 'executor', executor)  # for the timeline
    return fut


def set_default_executor(loop, executor):
    import concurrent.futures
    if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor')
    _default_executors[loop] = executor


async def shutdown_default_executor(loop):
    # As CPython: the executor is shut down (its workers joined) on a thread of its own.
    executor = _default_executors.pop(loop, None)
    if executor is None:
        return
    import threading
    future = loop.create_future()

    def do_shutdown():
        try:
            executor.shutdown(wait=True)
            if not loop.is_closed():
                loop.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not loop.is_closed():
                loop.call_soon_threadsafe(future.set_exception, ex)

    thread = threading.Thread(target=do_shutdown)
    thread.start()
    try:
        await future
    finally:
        thread.join()
