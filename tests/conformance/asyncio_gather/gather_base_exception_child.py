# gather(return_exceptions=True) does not swallow SystemExit raised by a child: it escapes the loop.
import asyncio
import sys


async def ok():
    await asyncio.sleep(0)
    return "ok"


async def quits():
    await asyncio.sleep(0)
    sys.exit(5)


async def main():
    r = await asyncio.gather(ok(), quits(), return_exceptions=True)
    print("gather returned", r)


try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit escaped asyncio.run with code", e.code)
