# result()/exception() of a cancelled future raise CancelledError carrying the cancel message.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("cancel:", f.cancel("no longer needed"))
    print("cancel again:", f.cancel())
    print("cancelled:", f.cancelled(), "done:", f.done())
    for m in (f.result, f.exception):
        try:
            m()
        except asyncio.CancelledError as e:
            print(m.__name__, "raised CancelledError", e.args)
    try:
        await f
    except asyncio.CancelledError as e:
        print("await raised", e.args)
    g = loop.create_future()
    g.set_result(1)
    print("cancel done future:", g.cancel())


asyncio.run(main())
