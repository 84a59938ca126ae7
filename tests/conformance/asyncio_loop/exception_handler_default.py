# call_exception_handler with a custom handler receives the context dict unchanged.
import asyncio


def handler(loop, context):
    print("handler got keys:", sorted(context))
    print("message:", context["message"])


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "custom problem", "extra": 1})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print(type(e).__name__, e)


asyncio.run(main())
