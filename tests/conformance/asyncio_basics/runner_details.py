# Runner(debug=True) applies to the loop; get_loop() before any run creates it; closed runner errors.
import asyncio


async def debug_flag():
    return asyncio.get_running_loop().get_debug()


r = asyncio.Runner(debug=True)
loop = r.get_loop()
print("loop created lazily:", loop.is_closed() is False)
print("debug:", r.run(debug_flag()))
print("same loop:", r.get_loop() is loop)
r.close()
try:
    r.get_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
with asyncio.Runner() as r2:
    print("debug default:", r2.run(debug_flag()))
