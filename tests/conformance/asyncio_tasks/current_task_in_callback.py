# current_task() is None inside plain loop callbacks; set_name(None) gives the string 'None'.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    seen = []
    loop.call_soon(lambda: seen.append(asyncio.current_task()))
    await asyncio.sleep(0)
    print("in callback:", seen)
    t = asyncio.create_task(asyncio.sleep(0), name=123)
    print(repr(t.get_name()))
    t.set_name(None)
    print(repr(t.get_name()))
    await t


asyncio.run(main())
