# Default task names count up: Task-N numbers grow by one per task created.
import asyncio


async def noop():
    return None


async def main():
    tasks = [asyncio.create_task(noop()) for _ in range(4)]
    nums = [int(t.get_name().split("-")[1]) for t in tasks]
    print([b - a for a, b in zip(nums, nums[1:])])
    main_num = int(asyncio.current_task().get_name().split("-")[1])
    print(nums[0] - main_num)
    await asyncio.gather(*tasks)


asyncio.run(main())
