import asyncio
from concurrent.futures import ThreadPoolExecutor
import threading

def which():
    return threading.current_thread().name

async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as pool:
        print(await loop.run_in_executor(pool, which))
        print(await loop.run_in_executor(pool, which))
    print(await asyncio.to_thread(which))

asyncio.run(main())
