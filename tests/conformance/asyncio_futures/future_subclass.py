# Subclasses of Future and Task work with await and gather; overridden methods are used.
import asyncio


class TaggedFuture(asyncio.Future):
    def __init__(self, tag, **kw):
        super().__init__(**kw)
        self.tag = tag

    def describe(self):
        return f"{self.tag}: {self.result() if self.done() else 'pending'}"


class LoggingTask(asyncio.Task):
    def cancel(self, msg=None):
        print("LoggingTask.cancel called with", msg)
        return super().cancel(msg)


async def main():
    f = TaggedFuture("answer")
    print(f.describe())
    asyncio.get_running_loop().call_soon(f.set_result, 42)
    print(await f, f.describe(), isinstance(f, asyncio.Future))
    t = LoggingTask(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel("stop")
    r = await asyncio.gather(t, return_exceptions=True)
    print(type(r[0]).__name__, type(t).__name__, isinstance(t, asyncio.Task))


asyncio.run(main())
