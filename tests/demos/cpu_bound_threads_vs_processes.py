# The same CPU-bound work four times: one after another, on 4 threads, on 4 processes.
# Threads share one GIL, so they take as long as the serial run; processes run on their own
# cores (os.cpu_count() of them; loopscope run --cpus N), so four take about a quarter.
# Loopscope's virtual clock makes the figures the same on every run; look at the timeline.
import os
import threading
import time
from multiprocessing import Process

N = 200_000


def work(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def timed(make_worker):
    start = time.perf_counter()
    workers = [make_worker(target=work, args=(N,)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return time.perf_counter() - start


if __name__ == "__main__":
    start = time.perf_counter()
    for _ in range(4):
        work(N)
    serial = time.perf_counter() - start
    threads = timed(threading.Thread)
    processes = timed(Process)
    print(f"cores: {os.cpu_count()}")
    print(f"serial:      {serial * 1000:6.1f} ms")
    print(f"4 threads:   {threads * 1000:6.1f} ms  ({threads / serial:.2f} x serial)")
    print(f"4 processes: {processes * 1000:6.1f} ms  ({processes / serial:.2f} x serial)")
