# Decorators around coroutine functions: functools.wraps keeps names; wrappers count and retry.
import asyncio
import functools


def counted(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return await fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args)
                except ValueError as e:
                    print(f"{fn.__name__} attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return deco


state = {"n": 0}


@retry(3)
@counted
async def flaky(limit):
    """A flaky operation."""
    await asyncio.sleep(0)
    state["n"] += 1
    if state["n"] < limit:
        raise ValueError(f"n={state['n']}")
    return f"ok at n={state['n']}"


async def main():
    print(flaky.__name__, flaky.__doc__, asyncio.iscoroutinefunction(flaky))
    print(await flaky(2))
    state["n"] = 0
    try:
        await flaky(10)
    except RuntimeError as e:
        print(e)
    print("calls:", flaky.__wrapped__.calls)


asyncio.run(main())
