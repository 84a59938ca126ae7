# BaseException subclasses (SystemExit) propagate out of asyncio.run; SystemExit(3) sets the exit code.
import asyncio


async def main():
    print("about to exit")
    await asyncio.sleep(0)
    raise SystemExit(3)


try:
    asyncio.run(main())
finally:
    print("finally after run")
