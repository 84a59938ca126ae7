# A failing task that nobody awaits: "Task exception was never retrieved" goes to stderr; stdout continues.
import asyncio


async def doomed():
    print("doomed running")
    raise ValueError("nobody will see this on stdout")


async def main():
    asyncio.create_task(doomed())
    await asyncio.sleep(0.01)
    print("main continues")


asyncio.run(main())
print("program ends")
