# get_running_loop outside a loop raises RuntimeError; inside, it is the running loop.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    asyncio.current_task()
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    asyncio.all_tasks()
except RuntimeError as e:
    print(type(e).__name__, e)


async def main():
    loop = asyncio.get_running_loop()
    print("running:", loop.is_running())
    print("same as get_event_loop:", loop is asyncio.get_event_loop())
    print("closed:", loop.is_closed())
    return loop


loop = asyncio.run(main())
print("after run closed:", loop.is_closed(), "running:", loop.is_running())

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(type(e).__name__, e)
