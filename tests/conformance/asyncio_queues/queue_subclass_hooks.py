# Subclasses overriding Queue's storage hooks (_init/_put/_get) and its tests (qsize/full/empty)
# are called by put/get/put_nowait/get_nowait, as CPython's Python Queue calls them.
import asyncio
import heapq


class LoggingQueue(asyncio.Queue):
    def _init(self, maxsize):
        print('  _init', maxsize)
        self._queue = []

    def _put(self, item):
        print('  _put', item)
        self._queue.insert(0, item)  # newest first

    def _get(self):
        item = self._queue.pop()
        print('  _get ->', item)
        return item


class TwoSlotQueue(asyncio.Queue):
    # full() through an overridden qsize(): counts each item twice.
    def qsize(self):
        return 2 * len(self._queue)


class NeverEmpty(asyncio.Queue):
    def empty(self):
        print('  empty() asked')
        return False

    def _get(self):
        return self._queue.popleft() if self._queue else 'made up'


class Reversed(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, -item)

    def _get(self):
        return -heapq.heappop(self._queue)


class CountingPutNowait(asyncio.Queue):
    def put_nowait(self, item):
        print('  put_nowait', item)
        super().put_nowait(item)
        return 'ret'

    def get_nowait(self):
        item = super().get_nowait()
        print('  get_nowait ->', item)
        return item


async def main():
    print('logging queue')
    q = LoggingQueue()
    for i in range(3):
        await q.put(i)
    print(' ', [await q.get() for _ in range(3)], q.qsize(), q.empty())

    print('two-slot queue')
    q = TwoSlotQueue(maxsize=4)
    q.put_nowait('a')
    q.put_nowait('b')
    print('  full:', q.full(), q.qsize())
    try:
        q.put_nowait('c')
    except asyncio.QueueFull:
        print('  QueueFull at 2 items')

    print('never empty')
    q = NeverEmpty()
    print(' ', await q.get(), q.get_nowait())

    print('reversed priority')
    q = Reversed()
    for x in [3, 1, 4, 1, 5]:
        q.put_nowait(x)
    print(' ', [q.get_nowait() for _ in range(5)])

    print('put_nowait/get_nowait overridden')
    q = CountingPutNowait(maxsize=1)
    print('  put returns', await q.put('x'))
    print('  get returns', await q.get())

    print('instance attribute overrides a method')
    q = asyncio.Queue()
    q.full = lambda: True
    try:
        q.put_nowait(1)
    except asyncio.QueueFull:
        print('  QueueFull from the instance full()')
    q._get = lambda: 'from instance _get'
    q._queue.append('real')
    print(' ', q.get_nowait(), list(q._queue))

    print('keyword arguments')
    q = asyncio.Queue()
    q.put_nowait(item=7)
    await q.put(item=8)
    print(' ', q.get_nowait(), await q.get())

    print('get() is a coroutine')
    q = asyncio.Queue()
    coro = q.get()
    print(' ', asyncio.iscoroutine(coro), type(coro).__name__)
    t = asyncio.create_task(coro)
    await asyncio.sleep(0)
    q.put_nowait('woken')
    print(' ', await t)
    print(' ', await asyncio.wait_for(q.put('w'), 1), await asyncio.wait_for(q.get(), 1))


asyncio.run(main())
