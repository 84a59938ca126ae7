# The classic first program: two greetings separated by sleeps, in a deterministic order.
import asyncio


async def say(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    print("started")
    await say(0.1, "hello")
    await say(0.05, "world")
    t1 = asyncio.create_task(say(0.1, "first task"))
    t2 = asyncio.create_task(say(0.05, "second task"))
    print("tasks created")
    await t1
    await t2
    print("finished")


asyncio.run(main())
