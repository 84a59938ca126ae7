# The context dict passed to the loop exception handler for an unretrieved task exception.
import asyncio

contexts = []


async def failing():
    raise LookupError("lost")


async def main():
    asyncio.get_running_loop().set_exception_handler(lambda loop, ctx: contexts.append(ctx))
    t = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t
    await asyncio.sleep(0)


asyncio.run(main())
for ctx in contexts:
    print(sorted(ctx), ctx["message"], repr(ctx["exception"]), type(ctx["future"]).__name__)
