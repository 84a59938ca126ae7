# Running an already running loop raises; stop before run_forever returns after one iteration.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print(type(e).__name__, e)
    c = asyncio.sleep(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()
    try:
        loop.close()
    except RuntimeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
loop = asyncio.new_event_loop()
loop.stop()
loop.call_soon(print, "callback in the single iteration")
loop.run_forever()
print("returned after one iteration")
loop.close()
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print(type(e).__name__, e)
