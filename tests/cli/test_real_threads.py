#!/usr/bin/env python3
"""Python threads in the real clock (`--clock real`): OS threads under a real GIL. The schedule
is the OS's, so each program here prints what CPython prints whatever the schedule (sums under a
lock, queue pipelines, joins, events, executor maps, executors awaited from asyncio), and
CPython, run by this test, is the oracle. Each program runs several times to give races a chance
to show. Also: the GIL hands over while a thread spins, a run whose threads spin or block is
stopped by --timeout, and daemon threads left running don't keep the program from ending.

usage: python3 tests/cli/test_real_threads.py [--loopscope CMD] [unittest options]   (default
CMD: $LOOPSCOPE, else build/native-debug/loopscope)
"""
import os
import subprocess
import sys
import tempfile
import unittest

import cli_runner

RUNS = 3  # each program, per test

PROGRAMS = {
    "lock_sum": """import threading
total = 0
lock = threading.Lock()

def add(n):
    global total
    for i in range(n):
        with lock:
            total += 1

threads = [threading.Thread(target=add, args=(20000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total, threading.active_count())
""",
    "queue_pipeline": """import queue, threading
q1, q2 = queue.Queue(maxsize=8), queue.Queue()

def produce():
    for i in range(500):
        q1.put(i)
    q1.put(None)

def square():
    while (item := q1.get()) is not None:
        q2.put(item * item)
    q2.put(None)

threads = [threading.Thread(target=produce), threading.Thread(target=square)]
for t in threads:
    t.start()
results = []
while (item := q2.get()) is not None:
    results.append(item)
for t in threads:
    t.join()
print(len(results), sum(results), results[:5])
""",
    "event_condition_semaphore_barrier": """import threading, time
ready = threading.Event()
seen = []
cond = threading.Condition()
items = []
sem = threading.BoundedSemaphore(2)
inside = 0
most = 0
barrier = threading.Barrier(3)
passed = []

def waiter():
    ready.wait()
    seen.append("woken")

def consumer():
    with cond:
        cond.wait_for(lambda: len(items) == 3)
        seen.append(sorted(items))

def limited():
    global inside, most
    with sem:
        inside += 1
        most = max(most, inside)
        time.sleep(0.01)
        inside -= 1

def at_barrier(i):
    barrier.wait()
    passed.append(i)

ts = [threading.Thread(target=waiter), threading.Thread(target=consumer)]
ts += [threading.Thread(target=limited) for _ in range(5)]
ts += [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
time.sleep(0.02)
ready.set()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
for t in ts:
    t.join()
print(sorted(map(str, seen)), most <= 2, sorted(passed), ready.wait(0))
""",
    "join_timeout_and_local": """import threading, time
stop = threading.Event()
data = threading.local()
names = []

def slow():
    stop.wait()

def own(i):
    data.value = i
    time.sleep(0.01)
    names.append(data.value == i)

t = threading.Thread(target=slow, name="slow")
t.start()
t.join(timeout=0.05)
print(t.is_alive(), t.name)
stop.set()
t.join()
print(t.is_alive())
ts = [threading.Thread(target=own, args=(i,)) for i in range(8)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print(names.count(True), hasattr(data, "value"))
print(threading.current_thread() is threading.main_thread(), threading.current_thread().name)
timer_fired = []
tm = threading.Timer(0.01, lambda: timer_fired.append(1))
tm.start()
tm.join()
print(timer_fired)
""",
    "thread_pool_map": """from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import time

def work(x):
    time.sleep(0.001 * (x % 5))
    return x * x

with ThreadPoolExecutor(max_workers=4, thread_name_prefix="w") as ex:
    print(list(ex.map(work, range(20))))
    futures = [ex.submit(work, i) for i in range(10)]
    print(sorted(f.result() for f in as_completed(futures)))
    done, pending = wait(futures)
    print(len(done), len(pending))
    bad = ex.submit(lambda: 1 / 0)
    print(type(bad.exception()).__name__)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("raised", e)
""",
    "asyncio_executor": """import asyncio, threading, time

def blocking(x):
    time.sleep(0.02)
    return x + 1

async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, i) for i in range(6)))
    print(results)
    print(await asyncio.to_thread(blocking, 10))
    fut = loop.create_future()
    threading.Thread(target=lambda: loop.call_soon_threadsafe(fut.set_result, "from a thread")).start()
    print(await fut)
    ticks = 0
    async def ticker():
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.005)
    task = asyncio.create_task(ticker())
    await loop.run_in_executor(None, time.sleep, 0.1)
    task.cancel()
    print("the loop ran meanwhile:", ticks > 3)

asyncio.run(main())
""",
    "thread_exception": """import threading

def fail():
    raise ValueError("in a thread")

t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
print("main continues")
""",
    "nested_and_shared_state": """import threading, time, queue, asyncio, sys
q = queue.Queue()
try:
    q.get(timeout=0.02)
except queue.Empty:
    print("empty")
c = threading.Condition()
with c:
    print(c.wait(0.02))
tm = threading.Timer(10, print, ("never",))
tm.start()
tm.cancel()
tm.join()
shared = []

def spawner():
    ts = [threading.Thread(target=lambda i=i: shared.append(i)) for i in range(50)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()

sp = [threading.Thread(target=spawner) for _ in range(4)]
for t in sp:
    t.start()
for t in sp:
    t.join()
print(len(shared), sum(shared))
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print("sys.exit in a thread ends only the thread")

async def double(x):
    await asyncio.sleep(0.01)
    return x * 2

async def main():
    loop = asyncio.get_running_loop()
    worker = lambda: asyncio.run_coroutine_threadsafe(double(21), loop).result()
    print(await loop.run_in_executor(None, worker))

asyncio.run(main())
d = {}

def mutate(k):
    for i in range(2000):
        d[(k, i)] = i
        if i % 3 == 0:
            d.pop((k, i))

ts = [threading.Thread(target=mutate, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d))

def slow():
    time.sleep(0.05)
    print("the thread ends after the main module failed")

threading.Thread(target=slow).start()
raise ValueError("main fails")
""",
    "daemon_left_running": """import threading, time

def spin():
    while True:
        pass

def sleepy():
    while True:
        time.sleep(0.01)

for f in (spin, sleepy):
    threading.Thread(target=f, daemon=True).start()
time.sleep(0.05)
print("main ends, daemons still running")
""",
}


def cpython(source):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
        path = f.name
    try:
        return subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=120)
    finally:
        os.unlink(path)


def loopscope(source, *options, timeout=120, **popen):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
        path = f.name
    try:
        return subprocess.run(cli_runner.command + ["run", "--clock", "real", *options, path],
                              capture_output=True, text=True, timeout=timeout, **popen)
    finally:
        os.unlink(path)


class MatchesCPython(unittest.TestCase):
    def check(self, name):
        source = PROGRAMS[name]
        want = cpython(source)
        for _ in range(RUNS):
            got = loopscope(source)
            self.assertEqual(got.stdout, want.stdout, got.stderr)
            self.assertEqual(got.returncode, want.returncode, got.stderr)
            if name == "thread_exception":
                self.assertIn("ValueError: in a thread", got.stderr)
                self.assertIn("Exception in thread failing", got.stderr)
            # Tracebacks name their temporary files: compare the error lines.
            self.assertEqual(got.stderr.strip().splitlines()[-1:], want.stderr.strip().splitlines()[-1:])


for _name in PROGRAMS:
    setattr(MatchesCPython, "test_" + _name, lambda self, n=_name: self.check(n))


class RealGil(unittest.TestCase):
    def test_spinning_threads_take_turns(self):
        # Two threads spin for 1 s of wall time each: without hand-overs at the switch
        # interval the second would only start once the first is done (2 turns in all).
        source = """import threading, time
turns = []
def spin(name):
    end = time.monotonic() + 1
    while time.monotonic() < end:
        if not turns or turns[-1] != name:
            turns.append(name)
a = threading.Thread(target=spin, args=("a",))
b = threading.Thread(target=spin, args=("b",))
a.start(); b.start(); a.join(); b.join()
print(len(turns) > 4, sys_interval := __import__("sys").getswitchinterval())
"""
        got = loopscope(source)
        self.assertEqual(got.stdout, "True 0.005\n", got.stderr)

    def test_timeout_stops_spinning_threads(self):
        got = loopscope("""import threading
def spin():
    while True:
        pass
for _ in range(2):
    threading.Thread(target=spin).start()
""", "--timeout", "1", timeout=60)
        self.assertEqual(got.returncode, 124, got.stderr)
        self.assertIn("--timeout", got.stderr)

    def test_timeout_stops_a_deadlock(self):
        got = loopscope("""import threading
a, b = threading.Lock(), threading.Lock()
a.acquire(); b.acquire()
threading.Thread(target=a.acquire).start()
b.acquire()
""", "--timeout", "1", timeout=60)
        self.assertEqual(got.returncode, 124, got.stderr)

    def test_cant_start_new_thread(self):
        # With 1.5 GB of address space, 500 threads of 8 MB stacks can't all start: the program
        # gets CPython's RuntimeError, and the threads it did start still end normally.
        source = """import threading, time
ts = []
try:
    for i in range(500):
        t = threading.Thread(target=time.sleep, args=(0.5,))
        t.start()
        ts.append(t)
except RuntimeError as e:
    print("RuntimeError:", e, len(ts) > 0)
for t in ts:
    t.join()
print("done")
"""
        import resource
        limit = lambda: resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))
        got = loopscope(source, preexec_fn=limit)
        if "Sanitizer" in got.stderr:
            self.skipTest("sanitizers need more address space than the limit")
        self.assertEqual(got.stdout, "RuntimeError: can't start new thread True\ndone\n", got.stderr)
        self.assertEqual(got.returncode, 0, got.stderr)


if __name__ == "__main__":
    cli_runner.main()
