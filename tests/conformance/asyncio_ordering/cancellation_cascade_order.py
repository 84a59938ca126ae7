# Cancelling a parent that awaits a chain of tasks: the order cleanup handlers run, innermost first.
import asyncio

log = []


async def level(n):
    try:
        if n == 0:
            await asyncio.sleep(1)
        else:
            await asyncio.create_task(level(n - 1))
    except asyncio.CancelledError:
        log.append(f"level {n} cancelled")
        raise
    finally:
        log.append(f"level {n} finally")


async def main():
    t = asyncio.create_task(level(3))
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("\n".join(log))


asyncio.run(main())
