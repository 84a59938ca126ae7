#!/usr/bin/env python3
"""multiprocessing in the virtual clock, where CPython can't be the oracle: --cpus sets the
virtual cores (os.cpu_count()), the CPU-bound demo (tests/demos) shows threads ≈ serial and
processes ≈ serial / cores on every run, single-threaded code takes virtual CPU time, and
processes waiting on each other forever end with a deadlock report instead of hanging.

usage: python3 tests/cli/test_processes.py [--loopscope CMD] [unittest options]   (default CMD:
$LOOPSCOPE, else build/native-debug/loopscope)
"""
import os
import re
import unittest

import cli_runner

DEMO = os.path.join(cli_runner.ROOT, "tests", "demos", "cpu_bound_threads_vs_processes.py")

CPU_COUNT = """import os, multiprocessing
print(os.cpu_count(), multiprocessing.cpu_count())
"""

CPU_TIME = """import time
def spin(n):
    for _ in range(n):
        pass
start = time.perf_counter()
spin(100_000)
print(time.perf_counter() - start > 0.001)
"""

STUCK = """import multiprocessing as mp

def wait_forever(q):
    q.get()

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=wait_forever, args=(q,), name="stuck-child")
    p.start()
    p.join()
"""


def demo_ratios(*options):
    with open(DEMO) as f:
        source = f.read()
    r = cli_runner.run_source(source, options=options)
    assert r.returncode == 0, r.stderr
    threads = float(re.search(r"4 threads: .*\((\d+\.\d+) x serial\)", r.stdout).group(1))
    processes = float(re.search(r"4 processes: .*\((\d+\.\d+) x serial\)", r.stdout).group(1))
    return r.stdout, threads, processes


class Cpus(unittest.TestCase):
    def test_default_is_four(self):
        r = cli_runner.run_source(CPU_COUNT)
        self.assertEqual((r.returncode, r.stdout), (0, "4 4\n"), r.stderr)

    def test_option_sets_the_count(self):
        r = cli_runner.run_source(CPU_COUNT, options=["--cpus", "2"])
        self.assertEqual((r.returncode, r.stdout), (0, "2 2\n"), r.stderr)

    def test_bad_values_are_usage_errors(self):
        for bad in ["0", "-1", "two", "1.5", "2000"]:
            r = cli_runner.run_source(CPU_COUNT, options=["--cpus", bad])
            self.assertEqual(r.returncode, 2, bad)
            self.assertIn("--cpus takes a whole number of cores from 1 to 1024", r.stderr)


class Demo(unittest.TestCase):
    def test_threads_serial_processes_quarter(self):
        out, threads, processes = demo_ratios()
        self.assertAlmostEqual(threads, 1.0, delta=0.05, msg=out)
        self.assertGreater(processes, 0.2, out)
        self.assertLess(processes, 0.35, out)

    def test_two_cores_halve(self):
        out, threads, processes = demo_ratios("--cpus", "2")
        self.assertAlmostEqual(threads, 1.0, delta=0.05, msg=out)
        self.assertAlmostEqual(processes, 0.5, delta=0.06, msg=out)

    def test_one_core_is_serial(self):
        out, _, processes = demo_ratios("--cpus", "1")
        self.assertAlmostEqual(processes, 1.0, delta=0.06, msg=out)

    def test_same_figures_every_run(self):
        self.assertEqual(demo_ratios()[0], demo_ratios()[0])


class CpuTime(unittest.TestCase):
    def test_a_loop_takes_virtual_time(self):
        r = cli_runner.run_source(CPU_TIME)
        self.assertEqual((r.returncode, r.stdout), (0, "True\n"), r.stderr)


class Deadlock(unittest.TestCase):
    def test_processes_waiting_forever_are_reported(self):
        r = cli_runner.run_source(STUCK)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn("deadlock", r.stderr)
        self.assertIn("stuck-child waits for", r.stderr)
        self.assertIn("MainThread waits for", r.stderr)


if __name__ == "__main__":
    cli_runner.main()
