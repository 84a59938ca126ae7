import asyncio
import functools
import inspect


async def fetch(url: str, timeout: float = 1.0) -> bytes:
    return b""


def plain(a, b=2, *args, c, d=4, **kwargs):
    return a


def gen():
    yield 1


async def agen():
    yield 1


class Service:
    async def run(self):
        pass

    def stop(self, force=False):
        pass


print(inspect.iscoroutinefunction(fetch), inspect.iscoroutinefunction(plain))
print(inspect.iscoroutinefunction(Service().run), inspect.iscoroutinefunction(Service.run))
print(inspect.iscoroutinefunction(functools.partial(fetch, "x")))
print(inspect.isgeneratorfunction(gen), inspect.isasyncgenfunction(agen), inspect.isgeneratorfunction(fetch))
coro = fetch("u")
print(inspect.iscoroutine(coro), inspect.isawaitable(coro), inspect.isawaitable(42))
coro.close()
g = gen()
print(inspect.isgenerator(g), inspect.isgenerator([]), inspect.isasyncgen(agen()))
print(inspect.isfunction(plain), inspect.isfunction(len), inspect.ismethod(Service().stop))
print(inspect.isclass(Service), inspect.isclass(Service()), inspect.ismodule(inspect))
print(inspect.isbuiltin(len), inspect.isroutine(plain))


async def main():
    task = asyncio.ensure_future(fetch("a"))
    print(inspect.isawaitable(task))
    await task


asyncio.run(main())

print(inspect.signature(fetch))
print(inspect.signature(plain))
print(inspect.signature(Service().stop))
print(inspect.signature(lambda x, y=3: None))
sig = inspect.signature(fetch)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation)
bound = inspect.signature(plain).bind(1, 2, 3, c=5, z=9)
print(bound.arguments)
try:
    inspect.signature(plain).bind(1)
except TypeError as e:
    print("TypeError:", e)


@functools.wraps(fetch)
def wrapper(*args, **kwargs):
    return fetch(*args, **kwargs)


print(inspect.signature(wrapper), inspect.unwrap(wrapper) is fetch)


class Doc:
    """First line.

        Indented detail.
    """


print(repr(inspect.getdoc(Doc)))
