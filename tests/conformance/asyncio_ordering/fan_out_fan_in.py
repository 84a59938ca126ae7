# Fan-out/fan-in: split work into chunks processed by tasks; merge results in chunk order.
import asyncio


async def process(chunk_id, chunk):
    await asyncio.sleep(0.02 * ((chunk_id * 3) % 5))
    return chunk_id, sum(x * x for x in chunk)


async def main():
    data = list(range(1, 23))
    chunks = [data[i:i + 5] for i in range(0, len(data), 5)]
    results = await asyncio.gather(*(process(i, c) for i, c in enumerate(chunks)))
    for cid, s in results:
        print("chunk", cid, s)
    print("total", sum(s for _, s in results), "check", sum(x * x for x in data))
    done_order = []
    for fut in asyncio.as_completed([process(i, c) for i, c in enumerate(chunks)]):
        done_order.append((await fut)[0])
    print("completion order:", done_order)


asyncio.run(main())
