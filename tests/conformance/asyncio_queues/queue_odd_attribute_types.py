# Queue and Semaphore attributes of unusual types go through Python's operations, as in
# CPython's Python code: a float maxsize, a list as _queue without matching _get/_put, a deque
# with maxlen, a float semaphore value, big ints.
import asyncio
from collections import deque


class ListQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []  # but _get still calls popleft()


class BoundedDequeQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = deque(maxlen=2)  # drops the oldest item silently


async def main():
    q = asyncio.Queue(maxsize=2.5)
    for i in range(3):
        q.put_nowait(i)
    print('float maxsize:', q.qsize(), q.full(), str(q))

    q = ListQueue()
    q.put_nowait('a')
    try:
        q.get_nowait()
    except AttributeError as e:
        print('AttributeError:', e)
    print('after the failed get:', q.qsize(), q._unfinished_tasks)

    q = BoundedDequeQueue()
    for i in range(4):
        await q.put(i)
    print('maxlen deque:', q.qsize(), [q.get_nowait() for _ in range(q.qsize())], q._unfinished_tasks)

    q = asyncio.Queue()
    q._unfinished_tasks = 2 ** 70
    q.task_done()
    print('big count:', q._unfinished_tasks, q._finished.is_set())
    q._unfinished_tasks = 1.0
    q.task_done()
    print('float count:', q._unfinished_tasks, q._finished.is_set())

    sem = asyncio.Semaphore(1.5)
    async with sem:
        print('float semaphore inside:', sem._value, sem.locked())
    print('float semaphore after:', sem._value, sem.locked())
    sem = asyncio.Semaphore(True)
    await sem.acquire()
    print('bool semaphore:', sem._value, sem.locked())
    sem.release()
    print('released:', sem._value, type(sem._value).__name__)

    lock = asyncio.Lock()
    lock._locked = 0  # falsy: acquirable
    print('acquire with _locked=0:', await lock.acquire(), lock._locked)
    lock._locked = 'yes'
    lock.release()
    print('released:', lock._locked)

    ev = asyncio.Event()
    ev._value = 0
    print('event with _value=0:', ev.is_set())
    ev.set()
    print('set:', ev.is_set())


asyncio.run(main())
