# Handle.cancel() prevents a scheduled callback; cancelled() reports it; TimerHandle.when().
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    h1 = loop.call_soon(log.append, "soon kept")
    h2 = loop.call_soon(log.append, "soon cancelled")
    h3 = loop.call_later(0.01, log.append, "later cancelled")
    h4 = loop.call_later(0.02, log.append, "later kept")
    h2.cancel()
    h3.cancel()
    h3.cancel()
    print("cancelled:", h1.cancelled(), h2.cancelled(), h3.cancelled(), h4.cancelled())
    print("types:", type(h1).__name__, type(h4).__name__)
    print("when in future:", h4.when() > loop.time())
    await asyncio.sleep(0.05)
    print(log)
    h1.cancel()
    print("cancel after run:", h1.cancelled())


asyncio.run(main())
