# An exception escaping asyncio.run propagates to the caller; uncaught -> traceback on stderr, exit 1.
import asyncio


async def fail(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad value {n}")


async def main():
    print("main starts")
    await fail(7)
    print("not reached")


try:
    asyncio.run(main())
except ValueError as e:
    print("caught:", type(e).__name__, e)

print("now uncaught")
asyncio.run(main())
print("not printed")
