import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED

def nap(s):
    time.sleep(s)
    return s

with ThreadPoolExecutor(max_workers=3) as pool:
    fs = [pool.submit(nap, s) for s in (0.5, 0.1, 0.3)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(sorted(f.result() for f in done), len(not_done))
