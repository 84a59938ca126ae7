# wait_for timeout raises TimeoutError and cancels the inner task (its cleanup runs first).
import asyncio


async def slow():
    try:
        print("slow started")
        await asyncio.sleep(0.5)
        print("never")
    except asyncio.CancelledError:
        print("slow got CancelledError")
        raise
    finally:
        print("slow finally")


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, repr(str(e)))
        print("is builtin TimeoutError:", asyncio.TimeoutError is TimeoutError)
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0.05)
    except TimeoutError:
        print("task cancelled:", t.cancelled())


asyncio.run(main())
