# Reprs mentioning Python callbacks and gather futures; source paths replaced by FILE.
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


def on_done(fut):
    pass


class Listener:
    def notify(self, fut):
        pass


async def val(x):
    await asyncio.sleep(0)
    return x


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(on_done)
    f.add_done_callback(Listener().notify)
    print(clean(f))
    h = loop.call_soon(on_done, f)
    print(clean(h))
    h.cancel()
    f.cancel()
    g = asyncio.gather(val(1), val(2))
    print(clean(g))
    await g
    print(clean(g))


asyncio.run(main())
