# remove_done_callback removes all registrations of that callback and returns the count.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    calls = []

    def cb(fut):
        calls.append("cb")

    def other(fut):
        calls.append("other")

    f.add_done_callback(cb)
    f.add_done_callback(other)
    f.add_done_callback(cb)
    print("removed:", f.remove_done_callback(cb))
    print("removed again:", f.remove_done_callback(cb))
    print("removed never added:", f.remove_done_callback(print))
    f.set_result(None)
    await asyncio.sleep(0)
    print(calls)


asyncio.run(main())
