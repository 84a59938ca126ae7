# iscoroutinefunction for partials, methods, lambdas, async generators and classes.
import asyncio
import functools


async def afn(x):
    return x


async def agen():
    yield 1


class C:
    async def method(self):
        return 1

    @staticmethod
    async def static():
        return 2


for name, obj in [("afn", afn), ("partial", functools.partial(afn, 1)), ("method", C().method),
                  ("static", C.static), ("lambda", lambda: afn(1)), ("agen", agen), ("class", C)]:
    print(name, asyncio.iscoroutinefunction(obj))
c = afn(1)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(agen()))
c.close()
