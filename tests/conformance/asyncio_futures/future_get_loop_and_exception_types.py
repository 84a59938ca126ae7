# Futures know their loop; asyncio.Future() outside a running loop needs an explicit loop.
import asyncio

loop = asyncio.new_event_loop()
f = asyncio.Future(loop=loop)
print(f.get_loop() is loop, f.done())
loop.call_soon(f.set_result, "set by callback")
print(loop.run_until_complete(f))
loop.close()


async def main():
    g = asyncio.Future()
    print(g.get_loop() is asyncio.get_running_loop())
    g.set_result(1)
    print(await g)


asyncio.run(main())
