from collections.abc import (AsyncIterator, Awaitable, Callable, Coroutine, Iterable, Iterator,
                             Mapping, MutableMapping, Sequence, Sized, Hashable, Generator)
import collections.abc
import asyncio


def apply(fn: Callable[[int], str], items: Iterable[int]) -> list[str]:
    return [fn(i) for i in items]


print(apply(str, range(3)))
print(Callable[[int], str], Callable[..., Awaitable[int]], Iterable[int], Mapping[str, int])
print(AsyncIterator[bytes], Coroutine[None, None, str], Generator[int, None, None])
print(isinstance([1], Iterable), isinstance(3, Iterable), isinstance(iter([]), Iterator))
print(isinstance([], Iterator), isinstance({}, Mapping), isinstance([], Sequence), isinstance("s", Sized))
print(isinstance(len, Callable), isinstance(1, Callable), isinstance([], Hashable), isinstance(1, Hashable))
print(isinstance({}, MutableMapping), isinstance((1,), Sequence))
print(collections.abc.Iterable, issubclass(list, collections.abc.Iterable))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    c = Countdown(3)
    print(isinstance(c, AsyncIterator))
    coro = asyncio.sleep(0)
    print(isinstance(coro, Awaitable), isinstance(coro, Coroutine))
    await coro
    print([x async for x in c])


asyncio.run(main())
