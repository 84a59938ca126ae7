import time
from concurrent.futures import ThreadPoolExecutor

def nap(s):
    time.sleep(s)
    return s

with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(nap, 0.2)
    second = pool.submit(nap, 0.1)
    print("cancel second:", second.cancel())
    print("cancel first (running):", first.cancel())
    print(first.result(), second.cancelled())
