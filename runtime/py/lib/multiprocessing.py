"""multiprocessing on Loopscope's processes (process_table.hpp): Process, Pool, Queue, the
synchronization primitives, Value and Array, in the spawn start method. Processes run in parallel
on the virtual cores (os.cpu_count(), the run's --cpus); objects passed between them are copied
(_mp_pickle), except the queues, locks and shared values made for sharing."""

import os
import sys

from multiprocessing.process import (current_process, parent_process, active_children, Process,
                                     SpawnProcess, _children)

__all__ = ['Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort', 'Condition',
           'Event', 'JoinableQueue', 'Lock', 'Pool', 'Process', 'ProcessError', 'Queue', 'RLock',
           'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue', 'TimeoutError', 'Value', 'active_children',
           'cpu_count', 'current_process', 'freeze_support', 'get_all_start_methods', 'get_context',
           'get_start_method', 'parent_process', 'set_start_method']


# Classes of a child's __main__ (run as __mp_main__) are named __mp_main__.X: the parent finds them.
if '__main__' in sys.modules:
    sys.modules['__mp_main__'] = sys.modules['__main__']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    return os.cpu_count()


def freeze_support():
    pass


def Queue(maxsize=0):
    from multiprocessing.queues import Queue
    return Queue(maxsize)


def JoinableQueue(maxsize=0):
    from multiprocessing.queues import JoinableQueue
    return JoinableQueue(maxsize)


def SimpleQueue():
    from multiprocessing.queues import SimpleQueue
    return SimpleQueue()


def Lock():
    from multiprocessing.synchronize import Lock
    return Lock()


def RLock():
    from multiprocessing.synchronize import RLock
    return RLock()


def Semaphore(value=1):
    from multiprocessing.synchronize import Semaphore
    return Semaphore(value)


def BoundedSemaphore(value=1):
    from multiprocessing.synchronize import BoundedSemaphore
    return BoundedSemaphore(value)


def Condition(lock=None):
    from multiprocessing.synchronize import Condition
    return Condition(lock)


def Event():
    from multiprocessing.synchronize import Event
    return Event()


def Barrier(parties, action=None, timeout=None):
    from multiprocessing.synchronize import Barrier
    return Barrier(parties, action, timeout)


def Value(typecode_or_type, *args, lock=True):
    from multiprocessing.sharedctypes import Value
    return Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    from multiprocessing.sharedctypes import Array
    return Array(typecode_or_type, size_or_initializer, lock=lock)


def RawValue(typecode_or_type, *args):
    from multiprocessing.sharedctypes import RawValue
    return RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    from multiprocessing.sharedctypes import RawArray
    return RawArray(typecode_or_type, size_or_initializer)


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def Manager():
    raise NotImplementedError("multiprocessing.Manager is not supported yet (use Queue, Value or Array)")


# Start methods: every process here starts as with 'spawn' (the program runs again in the child).
_start_method = None


def get_all_start_methods():
    return ['spawn']


def get_start_method(allow_none=False):
    global _start_method
    if _start_method is None and not allow_none:
        _start_method = 'spawn'
    return _start_method


def set_start_method(method, force=False):
    global _start_method
    if _start_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method not in ('spawn', 'fork', 'forkserver', None):
        raise ValueError('cannot find context for %r' % method)
    if method in ('fork', 'forkserver'):
        raise NotImplementedError(f"the {method!r} start method is not supported by Loopscope (processes start as with 'spawn')")
    _start_method = method


class _Context:
    """What get_context() gives: this module's API under a start method's name."""

    def __init__(self, method):
        self._name = method

    def get_start_method(self, allow_none=False):
        return self._name

    def __getattr__(self, name):
        if name == 'Process':
            return SpawnProcess
        return globals()[name]


def get_context(method=None):
    if method is None:
        method = get_start_method()
    if method not in ('spawn', 'fork', 'forkserver'):
        raise ValueError('cannot find context for %r' % method)
    if method != 'spawn':
        raise NotImplementedError(f"the {method!r} start method is not supported by Loopscope (processes start as with 'spawn')")
    return _Context(method)


def _exit_function():
    """At exit (run by the interpreter, as CPython's atexit hook): daemonic children are
    terminated, the others joined."""
    for p in list(_children):
        if p.daemon and p.is_alive():
            p.terminate()
    for p in list(_children):
        if p._state is not None:
            p.join()
