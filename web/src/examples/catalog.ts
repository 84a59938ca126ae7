// Titles and groups of the examples. The code comes from tests/seeds/*.py and
// tests/conformance/playground/*.py at build time (examples.ts); a file missing from this list still shows, under "More examples", titled from its
// file name, so the gallery always holds every seed.
export const GROUPS = [
  'Basics',
  'Running things concurrently',
  'Errors and timeouts',
  'Synchronisation',
  'Async iteration and context managers',
  'Threads and processes',
  'More examples',
] as const;

export type Group = (typeof GROUPS)[number];

export interface CatalogEntry {
  title: string;
  group: Group;
  about: string; // one line: what to look at on the timeline
}

export const CATALOG: Record<string, CatalogEntry> = {
  s000_06_hello_async: { group: 'Basics', title: 'Hello, async world', about: 'One coroutine awaits another that sleeps for a second.' },
  s003_01_fetch_data: { group: 'Basics', title: 'Awaiting a coroutine', about: 'main() waits while fetch_data() sleeps: one task, one wait.' },
  s001_01_run_ctime: { group: 'Basics', title: 'asyncio.run and the clock', about: 'Hello, a one-second sleep, Goodbye, stamped with time.ctime().' },
  s001_02_low_level_loop: { group: 'Basics', title: 'The loop by hand', about: 'get_event_loop, create_task and run_until_complete instead of asyncio.run.' },
  s003_08_sync_to_async: { group: 'Basics', title: 'Calling async code from sync code', about: 'A plain function runs a coroutine with asyncio.run.' },
  s000_01_sync_tasks: { group: 'Basics', title: 'Sequential (blocking) tasks', about: 'time.sleep blocks: three tasks take six seconds, one after another.' },

  s000_02_async_tasks: { group: 'Running things concurrently', title: 'Three tasks at once', about: 'create_task + gather: three two-second tasks finish together after two seconds.' },
  s000_04_async_workers: { group: 'Running things concurrently', title: 'Workers with create_task', about: 'Three workers sleep side by side.' },
  s003_02_gather_users: { group: 'Running things concurrently', title: 'gather', about: 'Three one-second fetches take one second in all.' },
  s003_03_create_task: { group: 'Running things concurrently', title: 'create_task starts at once', about: 'Tasks are scheduled before main() awaits them.' },
  s001_03_gather_factorial: { group: 'Running things concurrently', title: 'gather: interleaved factorials', about: 'Three coroutines take turns at every sleep.' },
  s002_07_as_completed: { group: 'Running things concurrently', title: 'as_completed', about: 'Results in the order they finish, not the order they started.' },
  s003_04_wait: { group: 'Running things concurrently', title: 'asyncio.wait', about: 'FIRST_COMPLETED, then a timeout; the rest are cancelled.' },
  s003_12_aiohttp_fetch_all: { group: 'Running things concurrently', title: 'Fetching pages (simulated aiohttp)', about: 'A simulated HTTP client: three requests in flight together.' },

  s003_05_gather_exceptions: { group: 'Errors and timeouts', title: 'gather(return_exceptions=True)', about: 'A failing task becomes a result instead of an exception.' },
  s003_06_task_exception: { group: 'Errors and timeouts', title: 'An exception in a task', about: 'Awaiting a failed task raises its exception.' },
  s003_07_timeouts: { group: 'Errors and timeouts', title: 'timeout and wait_for', about: 'A ten-second task cut off after half a second, twice.' },
  s003_11_forgot_await: { group: 'Errors and timeouts', title: 'Forgot to await', about: 'The coroutine never runs; Python warns about it.' },
  s002_09_safe_async_iterator: { group: 'Errors and timeouts', title: 'Errors inside an async iterator', about: '__anext__ raises; the loop catches it and goes on.' },
  cancel_task: { group: 'Errors and timeouts', title: 'Cancelling a task', about: 'CancelledError arrives at the await where the task waits.' },
  taskgroup_failure: { group: 'Errors and timeouts', title: 'TaskGroup: one fails, the rest are cancelled', about: 'except* catches the ExceptionGroup.' },

  s002_02_resource_pool: { group: 'Synchronisation', title: 'A connection pool', about: 'An async context manager that waits for a free slot.' },
  lock_counter: { group: 'Synchronisation', title: 'Lock', about: 'One task at a time in the critical section; the others wait on the lock.' },
  semaphore_downloads: { group: 'Synchronisation', title: 'Semaphore', about: 'At most two downloads at once; the rest wait for a slot.' },
  event_start_signal: { group: 'Synchronisation', title: 'Event', about: 'Tasks wait on an event; one set() wakes them all.' },
  queue_producer_consumer: { group: 'Synchronisation', title: 'Queue: producer and consumers', about: 'A bounded queue: waits on put when full, on get when empty.' },

  s002_01_time_measurer: { group: 'Async iteration and context managers', title: 'A timing context manager', about: '__aenter__ and __aexit__ around a sleep.' },
  s002_10_safe_async_context: { group: 'Async iteration and context managers', title: 'A context manager that swallows errors', about: '__aexit__ returns True: the exception stops there.' },
  s002_03_async_range: { group: 'Async iteration and context managers', title: 'An async range', about: 'A class with __aiter__ and __anext__.' },
  s002_04_data_streamer: { group: 'Async iteration and context managers', title: 'Streaming data', about: 'async for over items that take time to arrive.' },
  s002_05_async_counter: { group: 'Async iteration and context managers', title: 'An async generator', about: 'yield inside async def.' },
  s002_06_batch_processor: { group: 'Async iteration and context managers', title: 'Batches from an async generator', about: 'Items grouped in twos, with a pause per batch.' },
  s002_08_async_processor: { group: 'Async iteration and context managers', title: 'Context manager + async generator', about: 'async with around async for.' },

  s000_05_threading: { group: 'Threads and processes', title: 'Threads', about: 'Five threading.Thread workers, started and joined.' },
  s000_03_multiprocessing: { group: 'Threads and processes', title: 'Processes', about: 'Five multiprocessing.Process workers.' },
  s001_04_run_in_executor: { group: 'Threads and processes', title: 'run_in_executor', about: 'A blocking function runs off the loop.' },
  s003_09_thread_pool_executor: { group: 'Threads and processes', title: 'ThreadPoolExecutor', about: 'Blocking I/O in a thread pool, awaited from the loop.' },
  cpu_bound_threads_vs_processes: { group: 'Threads and processes', title: 'CPU-bound: threads vs processes', about: 'The same work on 4 threads (one GIL: as slow as serial) and on 4 processes (4 cores: a quarter).' },
  s003_10_process_pool_executor: { group: 'Threads and processes', title: 'ProcessPoolExecutor', about: 'CPU-bound work in a process pool.' },
  to_thread_blocking: { group: 'Threads and processes', title: 'asyncio.to_thread', about: 'Blocking I/O moves to a thread; the loop keeps ticking.' },
};
