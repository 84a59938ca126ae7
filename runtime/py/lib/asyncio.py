"""asyncio for Loopscope: the event loop, Future and Task are native (_asyncio, on the runtime's
scheduler); everything built on top of them is written in Python in the _asyncio_*.py modules,
with CPython 3.11's algorithms, messages and reprs."""

import _asyncio
from _asyncio import (Future, Task, Handle, TimerHandle, BaseEventLoop, AbstractEventLoop,
                      get_running_loop, _get_running_loop, _set_running_loop, get_event_loop,
                      set_event_loop, new_event_loop, current_task, all_tasks, iscoroutine,
                      iscoroutinefunction)
from _asyncio_exceptions import (BrokenBarrierError, CancelledError, InvalidStateError,
                                 TimeoutError, IncompleteReadError, LimitOverrunError,
                                 SendfileNotAvailableError, QueueEmpty, QueueFull)
from _asyncio_tasks import (create_task, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, wait,
                            wait_for, as_completed, sleep, gather, shield, ensure_future,
                            run_coroutine_threadsafe, to_thread, isfuture)
from _asyncio_locks import Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
from _asyncio_queues import Queue, PriorityQueue, LifoQueue
from _asyncio_timeouts import Timeout, timeout, timeout_at
from _asyncio_taskgroups import TaskGroup
from _asyncio_runners import Runner, run
from _asyncio_threadsafe import wrap_future
from _asyncio_protocols import (BaseProtocol, Protocol, DatagramProtocol, SubprocessProtocol,
                                BufferedProtocol)
from _asyncio_policies import (AbstractEventLoopPolicy, DefaultEventLoopPolicy,
                               get_event_loop_policy, set_event_loop_policy)

# The submodules programs reach through the package (asyncio.exceptions.CancelledError, ...).
import _asyncio_exceptions as exceptions
import _asyncio_tasks as tasks
import _asyncio_locks as locks
import _asyncio_queues as queues
import _asyncio_timeouts as timeouts
import _asyncio_taskgroups as taskgroups
import _asyncio_runners as runners
import _asyncio_protocols as protocols
futures = _asyncio
events = _asyncio

# The loop class on Linux (CPython's _UnixSelectorEventLoop).
SelectorEventLoop = BaseEventLoop

__all__ = (
    # events
    'AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
    'new_event_loop', '_set_running_loop', 'get_running_loop', '_get_running_loop',
    'BaseEventLoop', 'DefaultEventLoopPolicy', 'SelectorEventLoop',
    # coroutines
    'iscoroutinefunction', 'iscoroutine',
    # exceptions
    'BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
    'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError',
    # futures
    'Future', 'isfuture',
    # locks
    'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier',
    # runners
    'Runner', 'run',
    # queues
    'Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty',
    # tasks
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'wait',
    'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
    'run_coroutine_threadsafe', 'current_task', 'all_tasks',
    # (CPython 3.11 leaves TaskGroup out of asyncio.__all__: `from asyncio import *` misses it)
    # timeouts
    'Timeout', 'timeout', 'timeout_at',
    # threads
    'to_thread',
    # protocols
    'BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol',
    # not simulated: they raise NotImplementedError when called
    'open_connection', 'start_server', 'open_unix_connection', 'start_unix_server',
    'create_subprocess_exec', 'create_subprocess_shell',
    # futures
    'wrap_future',
)


def _unsupported(name, is_coroutine):
    # Networking, subprocesses and concurrent.futures are not simulated (yet): fail clearly.
    def fail(*args, **kwargs):
        raise NotImplementedError(f'asyncio.{name}() is not supported yet')

    async def fail_async(*args, **kwargs):
        fail()

    chosen = fail_async if is_coroutine else fail
    chosen.__name__ = chosen.__qualname__ = name
    return chosen


open_connection = _unsupported('open_connection', True)
start_server = _unsupported('start_server', True)
open_unix_connection = _unsupported('open_unix_connection', True)
start_unix_server = _unsupported('start_unix_server', True)
create_subprocess_exec = _unsupported('create_subprocess_exec', True)
create_subprocess_shell = _unsupported('create_subprocess_shell', True)
