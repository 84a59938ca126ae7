"""The runtime's five benchmark workloads in CPython 3.11's asyncio (bench/aio/workloads.hpp
is the C++ side; keep the two in step). Prints one JSON object on stdout:
  {"harness":"cpython","python":"3.11.7","results":[{"name":…,"ns_per_op":…,"ops":…},…]}
Wall (ns_per_op) and process CPU time (cpu_ns_per_op) per operation, median and best (min_*) of
the timed runs after one warm-up run, each on a fresh event loop (asyncio.run). Figures only:
nothing is asserted.
Usage: python3 bench/aio_cpython.py [reps] [workload-name]
"""
import asyncio
import json
import platform
import statistics
import sys
import time

SWITCHES = 100_000
TASKS = 100_000
TASK_BATCH = 1_000
GATHER_TASKS = 100_000
ROUND_TRIPS = 100_000
HAND_OFFS = 100_000
LOCK_TASKS = 2


async def sleep_switches(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def trivial(i):
    return i


async def create_and_await(n):
    loop = asyncio.get_running_loop()
    total = 0
    for _ in range(0, n, TASK_BATCH):
        tasks = [loop.create_task(trivial(i)) for i in range(TASK_BATCH)]
        for t in tasks:
            total += await t
    return total


async def gather_all(n):
    loop = asyncio.get_running_loop()
    tasks = [loop.create_task(trivial(i)) for i in range(n)]
    return sum(await asyncio.gather(*tasks))


async def pinger(there, back, n):
    total = 0
    for i in range(n):
        await there.put(i)
        total += await back.get()
    return total


async def ponger(there, back, n):
    for _ in range(n):
        v = await there.get()
        await back.put(v + 1)
    return n


async def queue_ping_pong(n):
    there, back = asyncio.Queue(), asyncio.Queue()
    pong = asyncio.get_running_loop().create_task(ponger(there, back, n))
    total = await pinger(there, back, n)
    await pong
    return total


async def locker(lock, n):
    for _ in range(n):
        await lock.acquire()
        try:
            await asyncio.sleep(0)
        finally:
            lock.release()
    return n


async def lock_hand_offs(n):
    lock = asyncio.Lock()
    loop = asyncio.get_running_loop()
    tasks = [loop.create_task(locker(lock, n // LOCK_TASKS)) for _ in range(LOCK_TASKS)]
    total = 0
    for t in tasks:
        total += await t
    return total


WORKLOADS = [
    ("sleep0_switch", "switch", SWITCHES, sleep_switches),
    ("task_create_complete", "task", TASKS, create_and_await),
    ("gather_100k", "task", GATHER_TASKS, gather_all),
    ("queue_ping_pong", "round trip", ROUND_TRIPS, queue_ping_pong),
    ("lock_hand_off", "hand-off", HAND_OFFS, lock_hand_offs),
]


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    only = sys.argv[2] if len(sys.argv) > 2 else None
    results = []
    for name, unit, ops, body in WORKLOADS:
        if only and name != only:
            continue
        wall, cpu = [], []
        for i in range(reps + 1):
            cpu_start, start = time.process_time_ns(), time.perf_counter_ns()
            asyncio.run(body(ops))
            elapsed, cpu_elapsed = time.perf_counter_ns() - start, time.process_time_ns() - cpu_start
            if i > 0:  # the first run warms up
                wall.append(elapsed / ops)
                cpu.append(cpu_elapsed / ops)
        results.append({"name": name, "unit": unit, "ops": ops, "reps": reps,
                        "ns_per_op": round(statistics.median(wall), 2),
                        "min_ns_per_op": round(min(wall), 2),
                        "cpu_ns_per_op": round(statistics.median(cpu), 2),
                        "min_cpu_ns_per_op": round(min(cpu), 2)})
    print(json.dumps({"harness": "cpython", "python": platform.python_version(),
                      "results": results}))


if __name__ == "__main__":
    main()
