# Runner: explicit close, close is idempotent, run after close fails, non-coroutine rejected.
import asyncio


async def value():
    return "v"


r = asyncio.Runner()
print(r.run(value()))
r.close()
r.close()
print("closed twice fine")
try:
    r.run(value())
except RuntimeError as e:
    print(type(e).__name__, e)

with asyncio.Runner() as r2:
    try:
        r2.run(123)
    except ValueError as e:
        print(type(e).__name__, e)
    print(r2.run(value()))

