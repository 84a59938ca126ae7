import asyncio

async def eternity():
    await asyncio.sleep(3600)
    print('yay!')

async def main():
    try:
        await asyncio.wait_for(eternity(), timeout=1.0)
    except asyncio.TimeoutError:
        print('timeout!')
    try:
        async with asyncio.timeout(10):
            await eternity()
    except TimeoutError as exc:
        print("The long operation timed out, but we've handled it.", exc)
    finally:
        print("done")

asyncio.run(main())
