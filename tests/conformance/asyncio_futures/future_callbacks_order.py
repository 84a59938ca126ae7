# Done callbacks run in registration order, receive the future, and run via call_soon (not inline).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    log = []
    for name in ["first", "second", "third"]:
        f.add_done_callback(lambda fut, name=name: log.append((name, fut is f, fut.result())))
    f.set_result("R")
    log.append("right after set_result")
    await asyncio.sleep(0)
    for entry in log:
        print(entry)
    g = loop.create_future()
    g.set_result(0)
    g.add_done_callback(lambda fut: print("callback on done future runs soon"))
    print("added to done future")
    await asyncio.sleep(0)


asyncio.run(main())
