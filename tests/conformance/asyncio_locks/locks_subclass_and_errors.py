# Lock, Semaphore, BoundedSemaphore and Event: subclasses overriding methods (async with goes
# through an overridden acquire; release through an overridden _wake_up_next), error messages,
# reprs with waiters, the attributes CPython's code keeps.
import asyncio


def r(obj):
    return repr(obj).replace(hex(id(obj)), 'ADDR')


class LoudLock(asyncio.Lock):
    async def acquire(self):
        print('  LoudLock.acquire')
        return await super().acquire()

    def release(self):
        print('  LoudLock.release')
        super().release()


class LoudSemaphore(asyncio.Semaphore):
    def locked(self):
        result = super().locked()
        print('  locked() ->', result)
        return result

    def _wake_up_next(self):
        print('  _wake_up_next, waiters:', len(self._waiters or ()))
        super()._wake_up_next()


class CountingEvent(asyncio.Event):
    sets = 0

    def set(self):
        self.sets += 1
        super().set()


async def hold(lock, name, log, delay=0):
    async with lock:
        log.append(f'{name} in')
        await asyncio.sleep(delay)
        log.append(f'{name} out')


async def main():
    print('Lock')
    lock = asyncio.Lock()
    print(' ', r(lock), lock.locked(), lock._locked, lock._waiters)
    try:
        lock.release()
    except RuntimeError as e:
        print('  RuntimeError:', e)
    log = []
    tasks = [asyncio.create_task(hold(lock, f't{i}', log)) for i in range(3)]
    await asyncio.sleep(0)
    print(' ', r(lock))
    tasks[1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(' ', log, r(lock))
    print('  acquire() returns', await lock.acquire(), lock.locked())
    lock.release()

    print('LoudLock')
    lock = LoudLock()
    async with lock:
        print('  inside', lock.locked())
    print('  after', lock.locked())

    print('Semaphore')
    sem = asyncio.Semaphore(2)
    print(' ', r(sem), sem._value)
    log = []
    tasks = [asyncio.create_task(hold(sem, f's{i}', log, 0.01)) for i in range(4)]
    await asyncio.sleep(0)
    print(' ', r(sem), sem.locked())
    await asyncio.gather(*tasks)
    print(' ', log, r(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('  ValueError:', e)

    print('LoudSemaphore')
    sem = LoudSemaphore(1)
    async with sem:
        waiter = asyncio.create_task(hold(sem, 'w', []))
        await asyncio.sleep(0)
    await waiter
    print(' ', sem._value)

    print('BoundedSemaphore')
    bsem = asyncio.BoundedSemaphore(1)
    async with bsem:
        print('  inside', r(bsem))
    try:
        bsem.release()
    except ValueError as e:
        print('  ValueError:', e)
    print(' ', r(bsem))

    print('Event')
    ev = CountingEvent()
    print(' ', r(ev), ev.is_set())
    order = []

    async def wait(name):
        await ev.wait()
        order.append(name)

    tasks = [asyncio.create_task(wait(n)) for n in 'abc']
    await asyncio.sleep(0)
    print(' ', r(ev))
    ev.set()
    ev.clear()  # the waiters were woken already; clearing doesn't stop them
    ev.set()
    await asyncio.gather(*tasks)
    print(' ', order, ev.sets, ev.is_set(), ev._value, r(ev))
    ev.clear()
    print(' ', ev.is_set(), r(ev))


asyncio.run(main())
