# asyncio: 10 000 tasks behind a Semaphore(100), each doing await asyncio.sleep(0) inside.
import asyncio


async def worker(sem, state):
    async with sem:
        state[0] += 1
        state[1] = max(state[1], state[0])
        await asyncio.sleep(0)
        state[0] -= 1
        state[2] += 1


async def main():
    sem = asyncio.Semaphore(100)
    state = [0, 0, 0]  # inside now, most inside at once, done
    await asyncio.gather(*(worker(sem, state) for _ in range(10_000)))
    print(state)


asyncio.run(main())
