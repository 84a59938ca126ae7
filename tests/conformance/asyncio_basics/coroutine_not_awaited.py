# Calling an async function without awaiting does nothing (warning goes to stderr only).
import asyncio

log = []


async def side_effect():
    log.append("ran")


async def main():
    side_effect()
    await asyncio.sleep(0)
    print("log after forgetting await:", log)
    await side_effect()
    print("log after awaiting:", log)
    c = side_effect()
    c.close()
    print("closed coroutine:", log)


asyncio.run(main())
