# run_until_complete with a future created on another loop raises ValueError.
import asyncio

a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
f = a.create_future()
try:
    b.run_until_complete(f)
except ValueError as e:
    print(type(e).__name__, e)
f.cancel()
a.close()
b.close()
print("closed:", a.is_closed(), b.is_closed())
