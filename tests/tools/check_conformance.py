#!/usr/bin/env python3
"""Runs conformance programs through a runner and compares them with CPython's recorded results.

usage: check_conformance.py --runner CMD [--jobs N] [--timeout S] [--known-failures FILE] PATH...

PATH is a NAME.py with NAME.out beside it, or a directory searched recursively for them. CMD is a
shell command with {file} where the program's path goes. A program passes when its stdout equals
NAME.out (a `<CTIME>` there matches any time.ctime() text) and its exit status equals NAME.rc
(0 when absent). A known-failures file lists programs (path relative to the repository, then
" # why") that are expected to fail for now: they are reported, not counted as failures, and one
that starts passing is an error until it is removed from the list, so the list stays true.
Exit status 0 when everything passed as expected, 1 otherwise.
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import shlex
import signal
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CTIME = r"[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]\d \d\d:\d\d:\d\d \d{4}"


def matches(expected, actual):
    if "<CTIME>" not in expected:
        return expected == actual
    exp, act = expected.split("\n"), actual.split("\n")
    return len(exp) == len(act) and all(
        re.fullmatch(re.escape(e).replace(re.escape("<CTIME>"), CTIME), a) for e, a in zip(exp, act))


def programs(paths):
    found = []
    for p in paths:
        if os.path.isdir(p):
            for d, _, names in os.walk(p):
                found += [os.path.join(d, n) for n in names if n.endswith(".py")]
        else:
            found.append(p)
    return sorted(os.path.relpath(os.path.abspath(f), ROOT) for f in found if os.path.exists(f[:-3] + ".out"))


def known_failures(path):
    known = {}
    if path:
        for line in open(path, encoding="utf-8"):
            name, _, why = line.partition("#")
            if name.strip():
                known[name.strip()] = why.strip()
    return known


def run(rel, runner, timeout):
    path = os.path.join(ROOT, rel)
    expected = open(path[:-3] + ".out", encoding="utf-8").read()
    rc_path = path[:-3] + ".rc"
    want_rc = int(open(rc_path).read()) if os.path.exists(rc_path) else 0
    # Its own process group, so a program that never ends is killed with the shell around it.
    proc = subprocess.Popen(runner.replace("{file}", shlex.quote(path)), shell=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=os.path.dirname(path), start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return f"no result within {timeout:g} s"
    out = stdout.decode("utf-8", errors="replace")
    stderr_tail = stderr.decode("utf-8", errors="replace").strip().splitlines()[-1:]
    if not matches(expected, out):
        diff = list(difflib.unified_diff(expected.splitlines(), out.splitlines(), "CPython", "ours", lineterm="", n=1))
        return "stdout differs:\n    " + "\n    ".join(diff[2:14]) + (f"\n    stderr: {stderr_tail[0]}" if stderr_tail else "")
    if proc.returncode != want_rc:
        return f"exit status {proc.returncode}, CPython's is {want_rc}" + (f" (stderr: {stderr_tail[0]})" if stderr_tail else "")
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--runner", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--known-failures")
    args = ap.parse_args()
    files = programs(args.paths)
    known = known_failures(args.known_failures)
    passed, failed, expected_failures, unexpected_passes = 0, [], [], []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for rel, why in zip(files, pool.map(lambda f: run(f, args.runner, args.timeout), files)):
            if why is None and rel in known:
                unexpected_passes.append(rel)
            elif why is None:
                passed += 1
            elif rel in known:
                expected_failures.append(rel)
            else:
                failed.append(rel)
                print(f"FAIL {rel}: {why}")
    for rel in expected_failures:
        print(f"known failure {rel}: {known[rel]}")
    for rel in unexpected_passes:
        print(f"PASSES NOW {rel}: remove it from {os.path.relpath(args.known_failures, ROOT)}")
    print(f"{passed} passed, {len(failed)} failed, {len(expected_failures)} known failures, "
          f"{len(unexpected_passes)} known failures now passing")
    sys.exit(0 if passed and not failed and not unexpected_passes else 1)


if __name__ == "__main__":
    main()
