# asyncio.run(debug=True/False) sets loop.get_debug(); results are unaffected.
import asyncio


async def main():
    return asyncio.get_running_loop().get_debug()


print(asyncio.run(main(), debug=False))
print(asyncio.run(main(), debug=True))
