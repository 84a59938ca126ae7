"""ProcessPoolExecutor on multiprocessing's processes: a multiprocessing Pool of max_workers
worker processes (cpu_count by default, started at the first submit) runs each call; the
arguments and the result (or the exception, re-raised by Future.result()) are copied between
the processes, and a call that can't be copied fails its Future with pickle's error."""

from concurrent.futures import Executor, Future, BrokenExecutor

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(BrokenExecutor):
    pass


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        import os
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None and (not isinstance(max_tasks_per_child, int) or max_tasks_per_child <= 0):
            raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._pool = None
        self._shutdown_thread = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown_thread:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if self._pool is None:
            from multiprocessing.pool import Pool
            self._pool = Pool(self._max_workers, self._initializer, self._initargs, self._max_tasks_per_child)
        future = Future()
        future.set_running_or_notify_cancel()

        def done(result):
            future.set_result(result)

        def failed(exc):
            future.set_exception(exc)
        self._pool.apply_async(fn, args, kwargs, callback=done, error_callback=failed)
        return future

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown_thread = True
        if self._pool is not None:
            self._pool.close()
            if wait:
                self._pool.join()
