import time
from concurrent.futures import ThreadPoolExecutor

def slow_double(x):
    time.sleep(0.1 * (5 - x))
    return 2 * x

with ThreadPoolExecutor(max_workers=5) as pool:
    print(list(pool.map(slow_double, range(5))))
    print(list(pool.map(pow, [2, 3, 4], [5, 2, 1])))
