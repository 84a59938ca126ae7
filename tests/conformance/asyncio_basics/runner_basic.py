# asyncio.Runner runs several coroutines on one loop and closes it at exit.
import asyncio

state = []


async def step(n):
    state.append(n)
    await asyncio.sleep(0)
    return n * 10


with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    loop = runner.get_loop()
    print("loop closed inside:", loop.is_closed())
    print("running:", loop.is_running())

print("state:", state)
print("loop closed after:", loop.is_closed())

try:
    runner.run(step(3))
except RuntimeError as e:
    print(type(e).__name__, e)
