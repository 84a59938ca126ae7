import time
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor

def slow():
    time.sleep(1)
    return "slow result"

with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(slow)
    try:
        f.result(timeout=0.2)
    except concurrent.futures.TimeoutError:
        print("timed out, still running:", f.running())
    print(f.result())
