# new_event_loop / set_event_loop / get_event_loop outside asyncio.run.
import asyncio


async def answer():
    return 42


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("same loop:", asyncio.get_event_loop() is loop)
print(loop.run_until_complete(answer()))
print("running:", loop.is_running(), "closed:", loop.is_closed())
loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_until_complete(answer())
except RuntimeError as e:
    print(type(e).__name__, e)
asyncio.set_event_loop(None)

loop2 = asyncio.new_event_loop()
print("different:", loop2 is not loop)
print(loop2.run_until_complete(asyncio.sleep(0, "slept")))
loop2.close()
loop2.close()
print("close twice ok")
