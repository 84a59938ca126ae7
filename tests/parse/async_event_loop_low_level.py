import asyncio


def hello_world(loop):
    print('Hello World')
    loop.stop()


loop = asyncio.new_event_loop()
loop.call_soon(hello_world, loop)
try:
    loop.run_forever()
finally:
    loop.close()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = loop.create_future()
loop.call_later(0.1, fut.set_result, 42)
print(loop.run_until_complete(fut))
loop.close()
