import asyncio

async def fetch(n: int) -> dict[str, int]:
    await asyncio.sleep(n / 10)
    return {"n": n, "sq": n ** 2}

async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(i), name=f"fetch-{i}") for i in range(5)]
    print([t.result()["sq"] for t in tasks])
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for fut in asyncio.as_completed(tasks):
        res = await fut
        print(res)

if __name__ == "__main__":
    asyncio.run(main())
