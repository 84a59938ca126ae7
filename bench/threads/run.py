#!/usr/bin/env python3
"""Real-clock threads: wall time of the same jobs run serially and on threads, by Loopscope
(`loopscope run --clock real`) and by CPython (python3) in the same run. Prints figures; asserts
nothing. Expected shape, as CPython's: a CPU-bound job on 2 threads takes about as long as
serially (the GIL: ratio ≈ 1), a blocking sleep on 4 threads about a quarter (ratio ≈ 4).

usage: python3 bench/threads/run.py [--loopscope CMD] [--repeat N]
(default CMD: build/native-release/loopscope)
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

# The job prints "serial threads" wall seconds; each engine runs the very same source.
JOB = """import threading, time

def cpu(n):
    s = 0
    for i in range(n):
        s += i * i
    return s

def sleep(n):
    time.sleep(n)

def timed(fn, args, workers):
    t0 = time.perf_counter()
    for a in args:
        fn(a)
    serial = time.perf_counter() - t0
    t0 = time.perf_counter()
    threads = [threading.Thread(target=fn, args=(a,)) for a in args]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return serial, time.perf_counter() - t0

N = {n}
print("cpu", *timed(cpu, [N] * 2, 2))
print("sleep", *timed(sleep, [0.2] * 4, 4))
"""


def run(command, source):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
        path = f.name
    try:
        out = subprocess.run(command + [path], capture_output=True, text=True, timeout=600)
    finally:
        os.unlink(path)
    if out.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{out.stderr}")
    figures = {}
    for line in out.stdout.splitlines():
        name, serial, threads = line.split()
        figures[name] = (float(serial), float(threads))
    return figures


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--loopscope", default=os.path.join(ROOT, "build", "native-release", "loopscope"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--n", type=int, default=2_000_000, help="loop iterations of the CPU job")
    args = ap.parse_args()
    engines = {
        "loopscope": shlex.split(args.loopscope) + ["run", "--clock", "real"],
        "cpython": [sys.executable],
    }
    source = JOB.format(n=args.n)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average {load:.2f}, cores {os.cpu_count()}, best of {args.repeat}")
    print(f"{'engine':10} {'job':6} {'serial s':>9} {'threads s':>10} {'speed-up':>9}")
    for name, command in engines.items():
        best = {}
        for _ in range(args.repeat):
            for job, (serial, threads) in run(command, source).items():
                old = best.get(job)
                best[job] = (min(serial, old[0]), min(threads, old[1])) if old else (serial, threads)
        for job, (serial, threads) in best.items():
            print(f"{name:10} {job:6} {serial:9.3f} {threads:10.3f} {serial / threads:8.2f}x")


if __name__ == "__main__":
    main()
