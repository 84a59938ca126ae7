# Which names the asyncio module has in 3.11: present ones print True, 3.12+ additions False.
import asyncio

names = [
    "run", "Runner", "create_task", "gather", "wait", "wait_for", "as_completed", "shield", "sleep",
    "timeout", "timeout_at", "Timeout", "TaskGroup", "Task", "Future", "Event", "Lock", "Condition",
    "Semaphore", "BoundedSemaphore", "Barrier", "BrokenBarrierError", "Queue", "PriorityQueue",
    "LifoQueue", "QueueEmpty", "QueueFull", "to_thread", "current_task", "all_tasks", "ensure_future",
    "get_event_loop", "get_running_loop", "new_event_loop", "set_event_loop", "iscoroutine",
    "iscoroutinefunction", "isfuture", "CancelledError", "InvalidStateError", "TimeoutError",
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "run_coroutine_threadsafe", "wrap_future",
    "eager_task_factory", "QueueShutDown", "create_eager_task_factory", "TaskGroup",
]
for n in names:
    print(n, hasattr(asyncio, n))
print(hasattr(asyncio.Queue(), "shutdown"))
try:
    asyncio.eager_task_factory
except AttributeError as e:
    print(type(e).__name__, e)
