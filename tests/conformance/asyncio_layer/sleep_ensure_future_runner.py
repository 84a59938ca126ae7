import asyncio

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return 'from awaitable'

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

def blocking(x, y=1):
    return x * y

async def main():
    print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(0.05, result='later'))
    print(await asyncio.sleep(-1, 'neg'))
    t = asyncio.ensure_future(Awaitable())
    print(type(t).__name__, await t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError', e)
    t = asyncio.create_task(add(1, 2), name='adder')
    print(t.get_name(), await t)
    print(asyncio.isfuture(t), asyncio.isfuture(add), asyncio.iscoroutine(add(0, 0).__class__))
    # plain future cancelled with a message inside gather(return_exceptions=True)
    f1 = asyncio.get_running_loop().create_future()
    f2 = asyncio.get_running_loop().create_future()
    g = asyncio.gather(f1, f2, return_exceptions=True)
    f1.cancel('why')
    f2.cancel()
    print([repr(x) for x in await g])
    print(await asyncio.to_thread(blocking, 6, y=7))
    print(await asyncio.to_thread(blocking, 5))
    try:
        asyncio.run(add(1, 1))
    except RuntimeError as e:
        print('RuntimeError', e)
    coro = add(1, 1)
    try:
        asyncio.run_coroutine_threadsafe(1, asyncio.get_running_loop())
    except TypeError as e:
        print('TypeError', e)
    coro.close()
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))
    return 'main result'

print(asyncio.run(main()))
with asyncio.Runner() as runner:
    print(runner.run(add(2, 3)))
    print(runner.run(add(4, 5)))
    loop = runner.get_loop()
    print(loop.is_closed(), loop.is_running())
print(loop.is_closed())
try:
    runner.run(add(1, 2))
except RuntimeError as e:
    print('RuntimeError', e)
r = asyncio.Runner()
r.close()
try:
    asyncio.run(42)
except ValueError as e:
    print('ValueError', e)
async def boom():
    raise KeyError('boom')
try:
    asyncio.run(boom())
except KeyError as e:
    print('KeyError', e)
print(asyncio.TimeoutError is TimeoutError, asyncio.CancelledError.__mro__[1].__name__)
