# A bounded Queue: the producer waits when it is full (queue put), the consumers when it is
# empty (queue get), and join() waits until every item is done.
import asyncio

async def producer(queue):
    for i in range(6):
        await queue.put(i)
        print(f"put {i}")
    print("producer done")

async def consumer(name, queue):
    while True:
        item = await queue.get()
        await asyncio.sleep(0.2)
        print(f"{name} handled {item}")
        queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(f"consumer {i}", queue)) for i in range(2)]
    await producer(queue)
    await queue.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print("all items handled")

asyncio.run(main())
