#!/usr/bin/env python3
"""Python threads in the virtual clock, where CPython can't be the oracle: a deadlock ends the
run with a report naming each thread and what it waits for (CPython would hang), 1000 threads
start and join, CPU-bound threads take turns under the GIL (CPython's schedule is not
reproducible), and a blocking call the green threads can't serve fails clearly.

usage: python3 tests/cli/test_threads.py [--loopscope CMD] [unittest options]   (default CMD:
$LOOPSCOPE, else build/native-debug/loopscope)
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

import cli_runner

run = cli_runner.run_source


DEADLOCK = """import threading, time
a = threading.Lock()
b = threading.Lock()

def one():
    with a:
        time.sleep(0.1)
        with b:
            print("one never gets here")

def two():
    with b:
        time.sleep(0.1)
        with a:
            print("two never gets here")

t1 = threading.Thread(target=one, name="first")
t2 = threading.Thread(target=two, name="second")
t1.start()
t2.start()
print("started")
t1.join()
"""

THOUSAND = """import threading
total = 0
lock = threading.Lock()

def work(i):
    global total
    with lock:
        total += i

threads = [threading.Thread(target=work, args=(i,)) for i in range(1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total, threading.active_count())
"""

CPU_BOUND = """import threading, time
order = []

def count(name):
    for i in range(600_000):
        if i % 100_000 == 0:
            order.append(name)

start = time.perf_counter()
threads = [threading.Thread(target=count, args=(n,)) for n in "ab"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("".join(order))
print(round(time.perf_counter() - start, 3))
"""

NESTED_BLOCK = """import threading
lock = threading.Lock()
lock.acquire()

def key(x):
    lock.acquire()   # inside sorted(): a native call; only the main thread could release it
    return x

def worker():
    try:
        sorted([2, 1], key=key)
    except RuntimeError as e:
        print("RuntimeError:", e)

t = threading.Thread(target=worker)
t.start()
t.join()
"""


class Threads(unittest.TestCase):
    def test_deadlock_names_each_thread_and_its_wait(self):
        r = run(DEADLOCK)
        self.assertEqual(r.stdout, "started\n")
        self.assertEqual(r.returncode, 1)
        self.assertIn("deadlock", r.stderr)
        self.assertIn("MainThread waits for first to finish (join())", r.stderr)
        self.assertIn("first waits for Lock.acquire() (held by second)", r.stderr)
        self.assertIn("second waits for Lock.acquire() (held by first)", r.stderr)

    def test_a_thousand_threads_start_and_join(self):
        r = run(THOUSAND)
        self.assertEqual(r.stderr, "")
        self.assertEqual(r.stdout, "499500 1\n")
        self.assertEqual(r.returncode, 0)

    def test_cpu_bound_threads_take_turns_and_the_same_run_gives_the_same_output(self):
        first = run(CPU_BOUND)
        self.assertEqual(first.returncode, 0, first.stderr)
        order, elapsed = first.stdout.split()
        self.assertEqual(sorted(order), sorted("a" * 6 + "b" * 6))
        self.assertNotEqual(order, "a" * 6 + "b" * 6)  # the GIL changed hands before a finished
        self.assertGreater(float(elapsed), 0)            # virtual CPU time was charged
        self.assertEqual(run(CPU_BOUND).stdout, first.stdout)

    def test_trace_has_a_lane_per_thread_and_perfetto_can_read_it(self):
        from test_cli import chrome_trace_problems
        with tempfile.TemporaryDirectory() as d:
            trace = os.path.join(d, "trace.json")
            with open(os.path.join(d, "main.py"), "w") as f:
                f.write(CPU_BOUND)
            r = subprocess.run(cli_runner.command + ["run", "--trace", trace, "--timeline", os.path.join(d, "main.py")],
                               capture_output=True, text=True, timeout=120)
            self.assertEqual(r.returncode, 0, r.stderr)
            for name in ("MainThread (thread)", "Thread-1 (count) (thread)", "Thread-2 (count) (thread)"):
                self.assertIn(name, r.stderr)
            with open(trace) as f:
                events = json.load(f)
            self.assertEqual(chrome_trace_problems(events), [])

    def test_blocking_inside_a_native_callback_on_a_lock_only_a_thread_below_can_release(self):
        r = run(NESTED_BLOCK)
        self.assertIn("RuntimeError: thread 'Thread-1 (worker)' blocked inside a native call", r.stdout)
        self.assertNotIn("Traceback", r.stderr)


if __name__ == "__main__":
    cli_runner.main()
