import asyncio
from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    payload: Optional[dict] = None


async def producer(q: asyncio.PriorityQueue, n: int) -> None:
    for i in range(n):
        await q.put(Job(priority=n - i, name=f"job{i}"))
    await q.put(Job(priority=10**6, name="STOP"))


async def consumer(q: asyncio.PriorityQueue) -> list:
    seen = []
    while (job := await q.get()).name != "STOP":
        seen.append(job.name)
        q.task_done()
    return seen


async def main():
    q: asyncio.PriorityQueue[Job] = asyncio.PriorityQueue(maxsize=0)
    _, seen = await asyncio.gather(producer(q, 5), consumer(q))
    print(*seen, sep=", ")

asyncio.run(main())
