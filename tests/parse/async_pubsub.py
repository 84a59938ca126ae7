import asyncio
from typing import Callable, Awaitable

Handler = Callable[[str], Awaitable[None]]


class Broker:
    def __init__(self) -> None:
        self.subscribers: dict[str, list[asyncio.Queue]] = {}

    def subscribe(self, topic: str) -> asyncio.Queue:
        q: asyncio.Queue = asyncio.Queue()
        self.subscribers.setdefault(topic, []).append(q)
        return q

    async def publish(self, topic: str, message: str) -> int:
        queues = self.subscribers.get(topic, [])
        for q in queues:
            await q.put(message)
        return len(queues)


async def listener(name: str, q: asyncio.Queue, count: int) -> None:
    for _ in range(count):
        msg = await q.get()
        print(f"[{name}] {msg}")


async def main() -> None:
    broker = Broker()
    listeners = [
        listener("L1", broker.subscribe("news"), 2),
        listener("L2", broker.subscribe("news"), 2),
        listener("L3", broker.subscribe("sport"), 1),
    ]
    tasks = [asyncio.create_task(l) for l in listeners]
    await broker.publish("news", "hello")
    await broker.publish("sport", "goal!")
    await broker.publish("news", "bye")
    await asyncio.wait(tasks)

asyncio.run(main())
