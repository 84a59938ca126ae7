# Task reprs through the life cycle; the source path is replaced by FILE so output is path-free.
import asyncio


def clean(obj):
    # replace each source path (between " at " and the ":line" that follows) with FILE
    r = repr(obj)
    out, i = [], 0
    while (j := r.find(" at ", i)) >= 0:
        k = r.find(":", j)
        out.append(r[i:j + 4] + "FILE")
        i = k
    out.append(r[i:])
    return "".join(out)


async def work(x):
    await asyncio.sleep(0.01)
    return x


async def fail():
    raise ValueError("bad")


async def main():
    t = asyncio.create_task(work(1), name="worker")
    print(clean(t))
    await asyncio.sleep(0)
    print(clean(t))
    await t
    print(clean(t))
    f = asyncio.create_task(fail(), name="failing")
    await asyncio.sleep(0)
    print(clean(f))
    f.exception()
    c = asyncio.create_task(work(2), name="cancelled")
    await asyncio.sleep(0)
    c.cancel()
    print(clean(c))
    await asyncio.gather(c, return_exceptions=True)
    print(clean(c))


asyncio.run(main())
