import asyncio
print(asyncio.Queue[int], asyncio.PriorityQueue[tuple[int, str]], asyncio.LifoQueue[str])
print(asyncio.Queue[int, ...], asyncio.Queue[None], asyncio.Queue[asyncio.Lock], asyncio.Queue[list[int]])
q = asyncio.Queue[int](3)
print(type(q).__name__, q.maxsize)
a = asyncio.Queue[int]
print(a.__origin__ is asyncio.Queue, a.__args__, a == asyncio.Queue[int], a == asyncio.Queue[str])
def f(x: asyncio.Queue[int]) -> asyncio.LifoQueue[str]:
    pass
print(f.__annotations__)
