# Async generator attributes and the state they report.
class Pause:
    def __await__(self):
        yield "pause"


async def agen():
    await Pause()
    yield 1
    yield 2


g = agen()
print(g.ag_running, g.ag_frame is not None, g.ag_await)
a = g.__anext__()
print(a.send(None))
print(g.ag_running, g.ag_await is not None)
try:
    a.send(None)
except StopIteration as e:
    print("value", e.value)
print(g.ag_running)
print([name for name in ["__anext__", "__aiter__", "asend", "athrow", "aclose"] if hasattr(g, name)])
print([name for name in ["send", "throw", "close", "__next__", "__iter__"] if hasattr(g, name)])
c = g.aclose()
try:
    c.send(None)
except StopIteration:
    print("closed")
print(g.ag_frame)


class Holder:
    async def items(self):
        yield self


h = Holder()
print(type(h.items()).__name__, h.items().__qualname__)
